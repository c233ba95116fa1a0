"""The sample data fills every screen a salesperson opens (SPEC F1 demo, #15): tasks overdue, due today and
later, notes, attachments, a catalogue with a price list and a rate, calculations with two variants, e-mail
templates, a trigger and a campaign of consenting contacts; written once per database."""

from datetime import UTC, datetime, timedelta

from desktop import demo
from desktop.domain.timeutil import local_day_start_utc
from desktop.services.activities import tasks
from desktop.store.models import (
    Calculation,
    Campaign,
    CampaignMember,
    Contact,
    Deal,
    DealActivity,
    DealFile,
    DealNote,
    EmailTemplate,
    PriceList,
    Product,
    Task,
    Trigger,
)

NOW = datetime(2026, 3, 10, 9, 0)


def test_the_demo_shows_tasks_notes_files_catalogue_calculations_templates_a_trigger_and_a_campaign(db):
    demo.generate(200, now=NOW)
    day_start = local_day_start_utc(NOW.replace(tzinfo=UTC).astimezone().date())
    states = {tasks.state_of(t.due_at, NOW, day_start) for t in Task.select()}
    assert {tasks.OVERDUE, tasks.TODAY} <= states and len(states) == 3
    assert 0 < Task.select().count() <= demo.SHOWCASE_DEALS
    # activities done on the board's top cards, so their probabilities are not all 0 %
    shown = {t.deal_id for t in Task.select()}
    assert DealActivity.select().where(DealActivity.deal.in_(shown)).exists()
    assert Deal.select().where(Deal.id.in_(shown) & (Deal.probability > 0)).exists()
    assert DealNote.select().count() > 0 and DealFile.select().count() == 3
    assert Product.select().count() == len(demo.SHOWCASE_PRODUCTS) and PriceList.select().count() == 1
    variants = {}
    for calc in Calculation.select():
        variants.setdefault(calc.deal_id, []).append(calc.name)
    assert variants and all(len(names) == 2 for names in variants.values())
    assert EmailTemplate.select().count() == len(demo.SHOWCASE_TEMPLATES) and Trigger.select().count() == 1
    campaign = Campaign.get()
    members = [m.contact_id for m in CampaignMember.select().where(CampaignMember.campaign == campaign.id)]
    assert members and all(Contact.get_by_id(c).marketing_consent for c in members)


def test_sample_data_added_again_does_not_repeat_the_showcase(db):
    demo.generate(50, now=NOW)
    first = (Task.select().count(), Calculation.select().count(), EmailTemplate.select().count())
    demo.generate(50, now=NOW + timedelta(days=1))
    assert Product.select().count() == len(demo.SHOWCASE_PRODUCTS)
    assert (Task.select().count(), Calculation.select().count(), EmailTemplate.select().count()) == first


def test_no_won_sample_deal_misses_a_mandatory_activity(db):
    from desktop.services.activities import activities
    from desktop.store.models import Stage

    demo.generate(300, now=NOW)
    won = (
        Deal.select(Deal.id, Deal.process).join(Stage, on=(Deal.stage == Stage.id)).where(Stage.kind == "won").tuples()
    )
    assert won
    assert [d for d, process in won if activities.missing_mandatory(d, process)] == []
