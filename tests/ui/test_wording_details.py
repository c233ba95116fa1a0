"""Small things a salesperson notices: My tasks names the deal and the client, a manager's new task goes to the
deal's owner, and a stage named like its kind is not shown twice."""

from datetime import date

from desktop.domain.stages import StageKind
from desktop.services.activities import tasks
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store.models import Company
from desktop.ui.deal_sheet.tasks_tab import TasksTab


def _deal(admin, owner_id=None):
    p = processes.create_process(admin, "Lejek", "sales_funnel")
    company = Company.create(name="Szkoła nr 5")
    return deals.create_deal(
        admin, p.id, "Okna dla szkoły", source="Phone", expected_close=date(2026, 12, 31),
        company_id=company.id, owner_id=owner_id or admin.id,
    )  # fmt: skip


def test_my_tasks_label_names_the_deal_title_and_the_client(admin_actor):
    deal = _deal(admin_actor)
    assert tasks.deal_labels(admin_actor, [deal.id]) == {deal.id: f"{deal.number} Okna dla szkoły — Szkoła nr 5"}


def test_a_managers_new_task_defaults_to_the_deals_owner(qtbot, admin_actor):
    ala = users.create_user(admin_actor, "ala", "Ala Nowak")
    deal = _deal(admin_actor, owner_id=ala.id)
    tab = TasksTab(deal.id, admin_actor)
    qtbot.addWidget(tab)
    assert tab.owner.currentData() == ala.id


def test_a_closed_stage_named_like_its_kind_is_not_repeated(qtbot, admin_actor):
    from desktop.ui.configurator.dialog import ConfiguratorDialog
    from desktop.ui.errors import tr

    p = processes.create_process(admin_actor, "Lejek", "sales_funnel")
    dialog = ConfiguratorDialog(admin_actor, p.id)
    qtbot.addWidget(dialog)
    dialog.add_closed_stage(StageKind.CLOSED)
    label = dialog.stages.item(dialog.stages.count() - 1).text()
    assert label == tr("StageKind", "Closed (other)")
