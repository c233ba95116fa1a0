"""History and trigger-log rows read as sentences in the user's language: every event kind and every trigger
detail is rendered in Polish and Romanian and must differ from the English (untranslated text fails), with no
hashes or raw codes in the visible text; bursts of related events make one row."""

import ast
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.services import history
from desktop.ui.deal_sheet.history_tab import (
    DEAL_EVENT_KINDS,
    Shown,
    describe,
    describe_group,
    details_tooltip,
    group_events,
)
from desktop.ui.i18n import install_translators, installed_language, remove_translators
from desktop.ui.triggers.detail_text import DETAIL_KINDS, detail_text

ROOT = Path(__file__).resolve().parents[2]
SHA = "3322ee0f9a1b" * 5
PAYLOADS = {
    "created": {"number": "SPR/1", "stage": "X", "title": "T"},
    "field_changed": {"field": "value", "old": "7588.80", "new": "8181.36"},
    "moved": {"from_stage": "A", "to_stage": "B", "from_stage_id": 1, "to_stage_id": 2},
    "reordered": {"stage": "A"},
    "activity_done": {"activity": "Analiza", "note": "ok", "file": "", "sha256": SHA},
    "activity_undone": {"activity": "Analiza"},
    "calculation_added": {"name": "Wariant podstawowy"},
    "calculation_copied": {"name": "Wariant B"},
    "calculation_deleted": {"name": "Wariant B"},
    "offer_created": {"file": "Oferta SPR-1.pdf", "sha256": SHA},
    "task_created": {"title": "Zadzwoń", "due_at": "2026-03-01T09:00:00", "task": 3, "source": "user"},
    "task_done": {"title": "Zadzwoń", "task": 3},
    "task_reopened": {"title": "Zadzwoń", "task": 3},
    "note_added": {"note": 1, "text": "N"},
    "note_deleted": {"note": 1, "text": "N"},
    "file_added": {"file": 1, "name": "plan.pdf", "size": 10, "sha256": SHA},
    "file_deleted": {"file": 1, "name": "plan.pdf"},
    "email_queued": {"message": 5, "to": "a@b.pl", "subject": "S", "text": "", "attachments": []},
    "email_sent": {"message": 5, "to": "a@b.pl", "subject": "S", "text": ""},
    "email_failed": {"message": 5, "to": "a@b.pl", "subject": "S", "text": "", "error": "550"},
    "email_unknown": {"message": 5, "to": "a@b.pl", "subject": "S"},
    "email_marked_sent": {"message": 5, "to": "a@b.pl", "subject": "S"},
    "email_resent": {"message": 5, "to": "a@b.pl", "subject": "S"},
    "deal_deleted": {"number": "SPR/1", "title": "T"},
    "deal_restored": {},
    "imported": {"import_batch": 1, "fields": ["title", "value", "stage"]},
    "duplicated": {"source": "SPR/1"},
    "process_changed": {"from_process": "Okna", "to_process": "Drzwi"},
    "email_received": {
        "received": 4,
        "sender": "a@b.pl",
        "to": "me@firma.pl",
        "subject": "Re: S",
        "matched_by": "reply",
    },
    "email_sent_copy": {"received": 4, "sender": "me@firma.pl", "to": "a@b.pl", "subject": "S", "matched_by": "number"},
    "email_receipt": {"received": 4, "sender": "a@b.pl", "to": "me@firma.pl", "subject": "S", "matched_by": "reply"},
    "email_filed": {"received": 4, "sender": "a@b.pl", "subject": "S", "remembered": ""},
    "email_found_sent": {"message": 5, "to": "a@b.pl", "subject": "S"},
    "offer_accepted": {"offer": 2, "name": "Oferta SPR-1.pdf"},
    "offer_rejected": {"offer": 2, "name": "Oferta SPR-1.pdf"},
    "offer_reopened": {"offer": 2, "name": "Oferta SPR-1.pdf"},
    "spam_marked": {},
    "spam_restored": {},
    "trigger_fired": {
        "trigger": 1,
        "occurrence": 2,
        "action": "task",
        "detail": json.dumps({"what": "task", "title": "Z"}),
    },
    "trigger_failed": {
        "trigger": 1,
        "occurrence": 2,
        "action": "move",
        "detail": json.dumps({"what": "error", "template": "This campaign no longer exists.", "params": {}}),
    },
}
DETAILS = {
    "campaign_added": {"campaign": "C", "contact": "Jan"},
    "campaign_member": {"campaign": "C", "contact": "Jan"},
    "campaign_no_consent": {"campaign": "C", "contact": "Jan"},
    "task": {"title": "Z"},
    "notified": {"count": 3},
    "moved": {"stage": "B"},
    "email": {"subject": "S"},
    "error": {"template": "The deal has no contact to add to the campaign.", "params": {}},
    "unexpected": {"error": "KeyError: 'x'"},
}


def _render_all() -> dict[str, str]:
    shown = Shown({1: "Ala"}, "PLN")
    texts = {kind: describe(kind, PAYLOADS[kind], shown.names, shown) for kind in DEAL_EVENT_KINDS}
    texts |= {f"detail:{what}": detail_text(json.dumps({"what": what, **DETAILS[what]})) for what in DETAIL_KINDS}
    return texts


@pytest.fixture
def english(qapp):
    """Every text rendered in English; afterwards the language installed before (or none) is back."""
    before = installed_language()
    install_translators(qapp, "en")
    yield _render_all()
    if before is None:
        remove_translators(qapp)
    else:
        install_translators(qapp, before)


def _deal_event_kinds_recorded() -> set[str]:
    """Kinds of the ``history.record("kind", ..., deal_id=...)`` calls in the services (events of a deal)."""
    kinds = set()
    for path in (ROOT / "desktop" / "services").rglob("*.py"):  # feature packages included
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and (
                    (isinstance(node.func, ast.Attribute) and node.func.attr == "record")  # history.record(...)
                    or (isinstance(node.func, ast.Name) and node.func.id == "record")  # inside history.py
                )
                and any(k.arg == "deal_id" for k in node.keywords)
                and node.args
            ):
                first = node.args[0]
                branches = [first]
                while branches:  # "a" if x else ("b" if y else "c")
                    branch = branches.pop()
                    if isinstance(branch, ast.IfExp):
                        branches += [branch.body, branch.orelse]
                    elif isinstance(branch, ast.Constant) and branch is not first:
                        kinds.add(branch.value)
                if isinstance(first, ast.Constant):
                    kinds.add(first.value)
                elif isinstance(first, ast.JoinedStr):  # f"email_{status}", f"trigger_{status}"
                    prefix = first.values[0].value
                    statuses = {"email_": ("sent", "failed"), "offer_": ("accepted", "rejected", "reopened")}.get(
                        prefix, ("fired", "failed")
                    )
                    kinds |= {f"{prefix}{status}" for status in statuses}
    return kinds


def test_every_recorded_kind_of_deal_event_has_a_sentence():
    recorded = _deal_event_kinds_recorded()
    assert {"created", "moved", "email_sent", "trigger_failed"} <= recorded
    assert recorded <= set(DEAL_EVENT_KINDS), recorded - set(DEAL_EVENT_KINDS)
    assert set(PAYLOADS) == set(DEAL_EVENT_KINDS)


@pytest.mark.parametrize("language", ["pl", "ro"])
def test_every_event_and_log_detail_is_translated(qapp, english, language):
    install_translators(qapp, language)
    translated = _render_all()
    untranslated = [key for key, text in translated.items() if text == english[key]]
    assert not untranslated, untranslated
    for key, text in translated.items():
        assert SHA[:12] not in text and "_" not in text.replace("@", ""), (key, text)


def test_money_and_dates_read_in_the_users_locale_and_hashes_stay_in_the_tooltip(qapp):
    install_translators(qapp, "pl")
    shown = Shown({}, "PLN")
    assert describe("field_changed", PAYLOADS["field_changed"], {}, shown) == (
        "Wartość: 7\u00a0588,80 PLN → 8\u00a0181,36 PLN"
    )
    assert describe("calculation_added", PAYLOADS["calculation_added"], {}, shown) == (
        "Dodano kalkulację „Wariant podstawowy”"
    )
    assert "01.03.2026" in describe("task_created", PAYLOADS["task_created"], {}, shown).replace(
        "1.03.2026", "01.03.2026"
    )
    assert SHA in details_tooltip("offer_created", PAYLOADS["offer_created"])


def test_a_burst_of_related_events_is_one_row(qapp):
    at = datetime(2026, 3, 1, 9, 0)
    events = [
        history.EventRow(i, at - timedelta(seconds=i), "field_changed", 1, payload)
        for i, payload in enumerate(
            [
                {"field": "value", "old": "200", "new": "300"},
                {"field": "cost", "old": "20", "new": "30"},
                {"field": "value", "old": "100", "new": "200"},
                {"field": "cost", "old": "10", "new": "20"},
            ]
        )
    ] + [history.EventRow(9, at - timedelta(hours=1), "file_added", 1, PAYLOADS["file_added"])] * 3
    groups = group_events(events)
    assert [len(g) for g in groups] == [4, 3]
    shown = Shown({}, "PLN")
    install_translators(qapp, "en")
    assert describe_group(groups[0], shown) == "Cost: 10.00 PLN → 30.00 PLN; Value: 100.00 PLN → 300.00 PLN"
    install_translators(qapp, "pl")
    assert describe_group(groups[1], shown) == "Dołączono 3 pliki"
