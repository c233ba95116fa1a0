"""The business time zone (issue 19, item 2): with nothing stored, days are counted in the system's zone, so a
trigger across the 2026 daylight-saving changes fires at the local clock time computed here by hand."""

from datetime import datetime, timedelta

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.triggers import Action
from desktop.services import business_time
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.services.triggers import firing, rules
from desktop.store.models import Setting, TriggerFiring


@pytest.fixture
def warsaw(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Warsaw")


def _deal_entered(admin, at):
    process = processes.create_process(admin, "Sprzedaż")
    stage = processes.list_stages(process.id)[0]
    rules.save_trigger(admin, stage.id, 1, Action.TASK, {"title": "Zadzwoń"}, now=at)
    return deals.create_deal(admin, process.id, "Okna", stage_id=stage.id, now=at)


# Warsaw: CET (UTC+1) until 29 March 2026 02:00, CEST (UTC+2) until 25 October 2026 03:00, then CET again.
@pytest.mark.parametrize(
    ("entered_utc", "due_utc"),
    [
        (datetime(2026, 3, 28, 9, 0), datetime(2026, 3, 29, 8, 0)),  # 10:00 CET → 10:00 CEST the next day
        (datetime(2026, 10, 24, 8, 0), datetime(2026, 10, 25, 9, 0)),  # 10:00 CEST → 10:00 CET the next day
        (datetime(2026, 3, 28, 22, 30), datetime(2026, 3, 29, 21, 30)),  # 23:30 CET → 23:30 CEST
        (datetime(2026, 10, 24, 21, 30), datetime(2026, 10, 25, 22, 30)),  # 23:30 CEST → 23:30 CET
    ],
)
def test_without_a_stored_zone_days_are_counted_in_the_system_zone(db, admin, warsaw, entered_utc, due_utc):
    assert Setting.get_or_none(Setting.key == business_time.ZONE_SETTING) is None
    assert business_time.business_zone().key == "Europe/Warsaw"
    _deal_entered(admin, entered_utc)
    assert firing.run_due(due_utc - timedelta(minutes=1)).fired == 0
    assert firing.run_due(due_utc).fired == 1
    assert TriggerFiring.get().due_at == due_utc


def test_a_stored_zone_wins_over_the_system_zone_and_clearing_it_goes_back(db, admin, warsaw):
    business_time.set_business_zone(admin, "America/New_York")
    assert business_time.business_zone().key == "America/New_York"
    assert business_time.stored_zone_name() == "America/New_York"
    business_time.set_business_zone(admin, "")
    assert business_time.stored_zone_name() == "" and business_time.business_zone().key == "Europe/Warsaw"


@pytest.mark.parametrize("name", ["Mars/Olympus", "../../etc/passwd", "/etc/localtime", "Europe/Warsaw\0"])
def test_an_unknown_zone_is_refused(db, admin, name):
    with pytest.raises(ValidationError):
        business_time.set_business_zone(admin, name)
    assert Setting.get_or_none(Setting.key == business_time.ZONE_SETTING) is None


def test_the_system_zone_is_never_empty(monkeypatch):
    monkeypatch.setenv("TZ", "Nowhere/Atlantis")
    assert business_time.system_zone_name()  # a usable zone (what the machine says, or UTC), never ""
