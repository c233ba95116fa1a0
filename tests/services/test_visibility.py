"""Every public read service, called as an agent against another agent's deal, returns nothing.

The services are collected automatically from ``desktop.services``: a new read service that forgets the
actor (or filters only in the UI) fails here. Arguments are made from parameter names (``deal_id``,
``calc_id``, ...); a read whose parameters the test does not know fails too, until a recipe or a reasoned
entry in one of the allow-lists below is added. Each read is also called as the deal's owner, who must see
something, so a recipe that points at nothing cannot pass unnoticed.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
from datetime import datetime, timedelta

import pytest

import desktop.services as services_package
from desktop.domain.errors import NotFound, PermissionDenied
from desktop.domain.funnel import Criteria
from desktop.domain.triggers import Action
from desktop.services import notifications
from desktop.services.activities import activities, tasks
from desktop.services.admin import users
from desktop.services.calculation import calculations, offers
from desktop.services.clients import campaigns
from desktop.services.deals import deals, notes_files
from desktop.services.pipeline import segments
from desktop.services.processes import processes
from desktop.services.triggers import rules
from desktop.store.models import (
    Company,
    Contact,
    OutboxMessage,
    ReceivedAddress,
    ReceivedAttachment,
    ReceivedMessage,
    TriggerFiring,
)

NOW = datetime(2026, 3, 2, 9, 0)

# Writes are not this test's subject (their own tests check the actor): a public function whose name starts
# with one of these verbs is a write or a helper, everything else is a read.
WRITE_PREFIXES = (
    "add_", "create_", "save", "delete_", "remove_", "set_", "update_", "edit_", "move_", "change_", "mark_",
    "complete_", "uncomplete_", "choose_", "copy_", "rename_", "restore", "place", "queue_", "send_", "retry",
    "claim", "notify", "record", "refresh_", "on_", "run", "store_", "generate", "reset_", "sign_in", "remember",
    "forget", "put", "announce", "require_", "can_", "check_", "connect", "answer", "neutralise", "write",
    "build_message", "pass_gate", "resend", "recover", "publish", "subscribe", "unsubscribe", "reset", "wire",
    "merge_", "duplicate_", "anonymise_", "purge_", "file_to_",
)  # fmt: skip

# Reads that return no deal-derived data, each with the reason.
NOT_DEAL_DATA = {
    "activities.process_activities", "activities.stage_activities", "probability.total_weight",  # configuration
    "catalogue.find_rate", "catalogue.get_product", "catalogue.list_price", "catalogue.list_price_lists",
    "catalogue.list_products", "catalogue.list_rates", "catalogue.price_list_items",  # the shared catalogue
    "clients.find_contacts",  # address book
    "configuration.load_draft",  # the process's configuration (managers)
    "credentials.recall",  # this computer's keyring
    "notes_files.deal_sources",  # the editable list of sources
    "deals.next_number", "visibility.visible",  # numbering; the visibility condition itself
    "email_templates.get_template", "email_templates.list_templates", "email_templates.sample_values",  # shared
    "mail_settings.get_password", "mail_settings.load", "mail_settings.tls_context",  # mail server set-up
    "offers.default_template", "offers.money_text", "offers.number_text", "offers.template_text",  # templates
    "offers.letterhead",  # the company's own letterhead from settings
    "offers.amount_in_words", "offers.amount_text", "offers.page_label",  # a given amount written out; page footer
    "actions.error_detail", "actions.unexpected_detail", "actions.detail",  # a given error or result as data
    "actions.stage_names", "rules.trigger_row",  # trigger configuration
    "probability.has_weights",  # configuration
    "processes.get_process", "processes.get_stage", "processes.list_processes", "processes.list_stages",
    "settings.calculations_enabled", "settings.get", "settings.get_text",  # global settings
    "tasks.state_of", "tasks.next_due_state",  # a pure rule on given times
    # subqueries of a deal column, for an outer query that decides which deals (board.columns)
    "tasks.next_due", "offer_tracking.offer_opened",
    "business_time.business_zone", "rules.get_trigger", "rules.stage_triggers",  # trigger configuration
    "users.find_user", "users.get_user", "users.list_users", "users.local_admin",
    "users.needs_first_admin", "users.has_local_admin", "users.actor_for",  # the team itself, not deals
    "notifications.managers", "notifications.users_with_roles",  # user ids by role
    "live.decode", "live.is_team", "live.revive",  # live-change messages and the kind of database
    "outbox.owner_name",  # this process's name for its outbox claims
    "companies.search", "pickers.user_label", "users.actor_by_username",  # address book and the team
    "processes.receiving_needs",  # a stage's configured required fields
    "reports.groupings", "reports.needs_process", "reports.period_means", "reports.title",  # a report's description
    "threads.in_worker", "threads.in_kept_worker", "threads.close_connection",  # worker threads and their connection
    "imap_settings.get_password", "imap_settings.load", "mail_html.sanitise",  # mailbox set-up; HTML made inert
    "received_mail.readable",  # the visibility condition of received mail itself
    # the shared address book: contacts and companies belong to the team, their deals do not
    "contacts.get_contact", "companies.get_company", "companies.choice", "campaigns.has_consent",
    "pickers.companies", "pickers.company_label", "pickers.contact_company", "pickers.contact_label",
    "pickers.contacts", "pickers.users", "merging.campaign_count",
    "offers.sample_context",  # made-up values for trying a template
    "business_time.system_zone_name", "business_time.zone_names",  # time zone names
    "funnel.filter_names",  # the names of the stages, people and products a funnel filter names by id
}  # fmt: skip

# Deal-derived reads with no acting user, each only called where the actor was already checked or where no
# user acts (the worker's own passes); none is reachable from the window with a deal id of the user's choice.
SYSTEM_READS = {
    "probability.done_weight", "probability.weights", "activities.missing_mandatory",  # inside writes (actor checked)
    "deals.deal_count",  # “is this database empty?” at start (a number, no deal data)
    "configuration.done_counts",  # how many deals did an activity (configurator, managers only)
    "users.owned_deal_count",  # the Users dialog's “owns N deals” (administrators only)
    "outbox.due_count", "outbox.due_ids",  # the sender's own pass over queued mail
    "tasks.due_for_reminder",  # the reminder pass (notifies each task's owner)
    "schedule.due_count", "schedule.next_due",  # the trigger clock's own pass
    "actions.attempt", "actions.perform", "schedule.schedule_trigger", "schedule.reschedule_all",  # trigger writes
    "transfer.stage_for",  # given a deal row the caller already read with the actor
    # the mail sync's own pass: matching a fetched message to a deal, reading the IMAP folders
    "mail_matching.by_contact", "mail_matching.by_reply", "mail_matching.by_sender_rule", "mail_matching.match",
    "mail_matching.outbox_of", "mail_sync.sent_folder", "mail_sync.settle_unknown", "mail_sync.sync_folder",
    "mail_sync.sync", "mail_matching.by_number", "mail_sync.watch",
    "contacts.deal_count", "companies.deal_count",  # how many deals keep a client from being deleted (a number)
}  # fmt: skip


# Whole modules that hold no per-deal reads, with the reason.
SYSTEM_MODULES = {
    "mail_sync_lock": "which running copy syncs the mailbox, and when the last pass ran (no deal data)",
    "client_lists": "the shared address book (contacts and companies with their own fields; no deal data)",
    "searchkeys": "writes derived columns (sort keys, search texts) inside other use-cases' transactions",
    "backups": "whole-database file copies, listings and integrity checks the app makes itself (restore: admins)",
    "stage_paths": "writes each deal's stage path from its stays (event subscribers and bulk writers; no reads)",
}

# Packages whose reads are checked by their own tests, with where.
PACKAGES_CHECKED_ELSEWHERE = {
    "desktop.services.reports.": "tests/services/test_reports*.py: each report of an agent holds only their deals",
    "desktop.services.imports.": "managers only (tests/services/imports/test_bad_input.py); reads the user's file",
}

# Reads whose right answer in this world is empty for the owner too (still checked for leaks), with the reason.
EMPTY_HERE = {
    "trash.trashed", "trash.trashed_ids",  # nothing is in the trash
    "campaigns.without_consent",  # the one member agreed to marketing e-mail
    "companies.duplicates", "contacts.duplicates",  # one contact, one company: nothing to match
    "business_time.stored_zone_name",  # no business time zone stored
    "offer_tracking.opened_deals",  # no offer was opened
}  # fmt: skip

# Reads refused to every agent (administrators only): the other agent must get nothing, and so does the owner.
ADMIN_ONLY = {"export_all.export_all"}


def _public_functions():
    """Every public function of every services module, packages included, as "module.function" (the module's
    own name, without its package: those are unique, which this checks)."""
    seen: dict[str, str] = {}
    for info in pkgutil.walk_packages(services_package.__path__, "desktop.services."):
        if info.name.startswith(tuple(PACKAGES_CHECKED_ELSEWHERE)):
            continue
        module = importlib.import_module(info.name)
        short = info.name.rsplit(".", 1)[-1]
        functions = [
            (name, func)
            for name, func in inspect.getmembers(module, inspect.isfunction)
            if func.__module__ == module.__name__ and not name.startswith("_")
        ]
        if not functions:
            continue  # e.g. a feature package's __init__ (it may share its main module's name)
        assert seen.setdefault(short, info.name) == info.name, f"two services modules named {short!r}"
        for name, func in functions:
            yield f"{short}.{name}", func


def _reads():
    return sorted(
        (key, func)
        for key, func in _public_functions()
        if not key.split(".")[1].startswith(WRITE_PREFIXES)
        and key not in NOT_DEAL_DATA | SYSTEM_READS
        and key.split(".")[0] not in SYSTEM_MODULES
    )


@pytest.fixture
def world(db, tmp_path):
    """Agent Ola's deal with everything a deal can have; agent Jan, who must see none of it."""
    admin = users.local_admin()
    ola = users.actor_for(users.create_user(admin, "ola", "Ola", "agent").id)
    jan = users.actor_for(users.create_user(admin, "jan", "Jan", "agent").id)
    process = processes.create_process(admin, "Sprzedaż", "b2b")
    company = Company.create(name="Klient sp. z o.o.", created_at=NOW)
    contact = Contact.create(
        first_name="Anna", last_name="Klientka", email="anna@klient.pl", marketing_consent=True, company=company.id,
        created_at=NOW,
    )  # fmt: skip
    deal = deals.create_deal(ola, process.id, "Okna dla Anny", now=NOW, contact_id=contact.id, company_id=company.id)
    note = notes_files.add_note(ola, deal.id, "Prosi o rabat", now=NOW)
    file = notes_files.add_file(ola, deal.id, "oferta.txt", b"tajne", now=NOW)
    task = tasks.create_task(ola, "Zadzwonić", deal.id, due_at=NOW + timedelta(days=1), now=NOW)
    calc = calculations.add_calculation(ola, deal.id, "Wariant A", now=NOW)
    offers.store_offer_pdf(ola, calc.id, "oferta.pdf", b"%PDF-1.4 tajne", "pl", now=NOW)
    activity = activities.stage_activities(deal.stage_id)[0]
    activities.complete_activity(ola, deal.id, activity.id, note="zrobione", file_name="a.txt", file_data=b"x", now=NOW)
    campaign = campaigns.create_campaign(admin, "Wiosna", now=NOW)
    campaigns.add_member(campaign.id, contact.id, deal.id, "user", NOW)
    trigger = rules.save_trigger(admin, deal.stage_id, 3, Action.NOTIFY, {"audience": "owner"}, now=NOW)
    TriggerFiring.create(
        trigger=trigger.id, deal=deal.id, stay=1, occurrence=1, due_at=NOW, at=NOW, status="fired", detail=""
    )
    OutboxMessage.create(
        deal=deal.id, user=ola.id, from_addr="biuro@firma.pl", to_addr="anna@klient.pl", subject="Oferta",
        message_id="<1@firma.pl>", queued_at=NOW,
    )  # fmt: skip
    notifications.notify([ola.id], "task_due", "Zadzwonić", deal.id, NOW)
    received = ReceivedMessage.create(
        message_key="k1", message_id="<r1@klient.pl>", folder="INBOX", direction="in", uidvalidity=1, uid=1,
        from_addr="anna@klient.pl", subject="Re: Oferta", received_at=NOW, body_text="Zgoda", deal=deal.id,
        matched_by="reply",
    )  # fmt: skip
    unfiled = ReceivedMessage.create(
        message_key="k2", message_id="<r2@klient.pl>", folder="INBOX", direction="in", uidvalidity=1, uid=2,
        from_addr="anna@klient.pl", to_addrs="biuro@firma.pl", subject="Pytanie", received_at=NOW, body_text="?",
    )  # fmt: skip  # unfiled: it concerns Ola, whose deal's contact sent it, and nobody else but managers
    ReceivedAddress.insert_many(
        [(unfiled.id, "anna@klient.pl", "from"), (unfiled.id, "biuro@firma.pl", "to")],
        fields=[ReceivedAddress.message, ReceivedAddress.address, ReceivedAddress.role],
    ).execute()
    attachment = ReceivedAttachment.create(
        message=received.id, name="zgoda.pdf", content_type="application/pdf", size=5, sha256="0" * 64, data=b"%PDF-"
    )
    segment = segments.save_segment(ola, "Moje okna", Criteria(process_id=process.id))
    values = {
        "deal_id": deal.id, "deal_ids": [deal.id], "calc_id": calc.id, "file_id": file.id, "note_id": note.id,
        "task_id": task.id, "campaign_id": campaign.id, "process_id": process.id, "stage_id": deal.stage_id,
        "stage_ids": [deal.stage_id], "criteria": Criteria(process_id=process.id), "number": deal.number,
        "now": NOW + timedelta(days=2), "day_start": NOW.replace(hour=0), "language": "pl", "subject": "Oferta",
        "body_text": "Dzień dobry {{contact_name}}", "body_html": "", "path": tmp_path / "export.csv",
        "header": ["a", "b", "c", "d", "e"], "target": tmp_path / "all.zip", "trigger_id": trigger.id,
        "segment_id": segment.id, "contact_id": contact.id, "company_id": company.id,
        "received_id": received.id, "attachment_id": attachment.id, "limits": {deal.stage_id: 60},
    }  # fmt: skip
    return {"owner": ola, "other": jan, "deal": deal, "values": values}


# Parameters a service takes one of, not both: the recipe leaves these out (the other one is tried).
LEAVE_OUT = {name: {"company_id"} for name in ("deals_of", "emails_of", "history_of", "tasks_of")}


def _arguments(func, actor, values) -> dict:
    args = {}
    values = {k: v for k, v in values.items() if k not in LEAVE_OUT.get(func.__name__, ())}
    for name, parameter in inspect.signature(func).parameters.items():
        if name == "actor":
            args[name] = actor
        elif name in values:
            args[name] = values[name]
        elif parameter.default is inspect.Parameter.empty and parameter.kind not in (
            parameter.VAR_POSITIONAL,
            parameter.VAR_KEYWORD,
        ):
            raise AssertionError(
                f"{func.__module__}.{func.__qualname__}: no recipe for parameter “{name}”; teach this test or "
                "allow-list the service with a reason"
            )
    return args


def _outcome(func, actor, values):
    """What the call shows: its result (iterators drained), or None when refused as invisible."""
    try:
        result = func(**_arguments(func, actor, values))
    except (NotFound, PermissionDenied):
        return None
    if inspect.isgenerator(result) or type(result).__name__.endswith("iterator"):
        result = list(result)
    if hasattr(result, "tuples") and hasattr(result, "sql"):  # a query the caller runs
        result = list(result.tuples())
    return result


# Fields that label a record which is not itself deal data (a stage's id in a totals row, a campaign's name).
LABELS = {"id", "name", "stage_id", "data"}  # data: an empty calendar file still has its header


def _is_nothing(value) -> bool:
    """None, empty, zero, or made only of such things (a totals row of zeros, a page of no rows)."""
    if value is None or value is False or value == 0 or value == "":
        return True
    if isinstance(value, dict):
        return all(_is_nothing(v) for v in value.values())
    if isinstance(value, list | tuple | set | frozenset):
        return all(_is_nothing(v) for v in value)
    if dataclasses.is_dataclass(value):
        return all(_is_nothing(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name not in LABELS)
    return False


def test_every_read_service_is_known_to_this_test():
    """The allow-lists name only functions that exist (a renamed service must be looked at again)."""
    names = {key for key, _ in _public_functions()}
    assert not (NOT_DEAL_DATA | SYSTEM_READS | ADMIN_ONLY) - names
    assert set(SYSTEM_MODULES) <= {key.split(".")[0] for key in names}


def test_an_agent_reads_nothing_of_another_agents_deal_through_any_service(world):
    leaks, blind, unknown = [], [], []
    for key, func in _reads():
        try:
            _arguments(func, world["owner"], world["values"])
        except AssertionError as err:
            unknown.append(str(err))
            continue
        owner_sees = _outcome(func, world["owner"], world["values"])
        if _is_nothing(owner_sees) and key not in ADMIN_ONLY | EMPTY_HERE:
            blind.append(key)
        other_sees = _outcome(func, world["other"], world["values"])
        if not _is_nothing(other_sees):
            leaks.append(f"{key} -> {other_sees!r}"[:300])
    assert not unknown, "\n".join(unknown)
    assert not leaks, "an agent sees another agent's deal through:\n" + "\n".join(leaks)
    assert not blind, "the owner sees nothing either (is the recipe right?):\n" + "\n".join(blind)


def test_campaign_export_holds_only_the_agents_own_clients(world, tmp_path):
    ola, jan = world["owner"], world["other"]
    process_id = world["values"]["process_id"]
    campaign_id = world["values"]["campaign_id"]
    mine = Contact.create(
        first_name="Jan", last_name="Klient", email="jk@klient.pl", marketing_consent=True, created_at=NOW
    )
    deal = deals.create_deal(jan, process_id, "Drzwi", now=NOW, contact_id=mine.id)
    campaigns.add_member(campaign_id, mine.id, deal.id, "trigger", NOW)
    path = tmp_path / "kampania.csv"
    assert campaigns.export_members(jan, campaign_id, path, ["Kontakt", "E-mail", "Firma", "Szansa", "Dodano"]) == 1
    exported = path.read_text(encoding="utf-8-sig")
    assert "jk@klient.pl" in exported and "anna@klient.pl" not in exported
    assert [m.email for m in campaigns.members(ola, campaign_id)] == ["anna@klient.pl"]
    manager = users.actor_for(users.create_user(users.local_admin(), "ewa", "Ewa", "manager").id)
    assert {m.email for m in campaigns.members(manager, campaign_id)} == {"anna@klient.pl", "jk@klient.pl"}


def test_agents_use_email_templates_but_only_managers_change_them(world):
    from desktop.services.mail import email_templates

    agent = world["other"]
    manager = users.actor_for(users.create_user(users.local_admin(), "ewa", "Ewa", "manager").id)
    template = email_templates.save_template(manager, "Oferta", "Oferta {{deal_number}}", "Dzień dobry")
    with pytest.raises(PermissionDenied):
        email_templates.save_template(agent, "Moja", "x", "y")
    with pytest.raises(PermissionDenied):
        email_templates.save_template(agent, "Oferta", "zmiana", "y", template_id=template.id)
    with pytest.raises(PermissionDenied):
        email_templates.delete_template(agent, template.id)
    assert [t.subject for t in email_templates.list_templates()] == ["Oferta {{deal_number}}"]
    rendered = email_templates.preview(world["owner"], template.subject, template.body_text, "", world["deal"].id)
    assert world["deal"].number in rendered.subject
