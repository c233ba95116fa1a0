"""When trigger occurrences are due (F7): calendar days at the same local wall-clock time, across DST."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.triggers import due_at, latest_and_next, latest_due

WARSAW, BUCHAREST = ZoneInfo("Europe/Warsaw"), ZoneInfo("Europe/Bucharest")


def local(utc_naive: datetime, zone: ZoneInfo) -> datetime:
    return utc_naive.replace(tzinfo=ZoneInfo("UTC")).astimezone(zone).replace(tzinfo=None)


@pytest.mark.parametrize("period", [1, 10, 30])
def test_each_occurrence_is_k_times_n_calendar_days_at_the_same_wall_clock_time(period):
    entered = datetime(2026, 1, 10, 8, 30)  # 09:30 in Warsaw (winter)
    for k in (1, 2, 3):
        due = local(due_at(entered, k, period, WARSAW), WARSAW)
        assert (due.date() - datetime(2026, 1, 10).date()).days == k * period
        assert (due.hour, due.minute) == (9, 30)


@pytest.mark.parametrize("entered_local", [datetime(2026, 5, 4, 23, 30), datetime(2026, 5, 5, 0, 30)])
def test_entry_late_at_night_or_just_after_midnight_keeps_its_calendar_day(entered_local):
    entered = entered_local.replace(tzinfo=WARSAW).astimezone(ZoneInfo("UTC")).replace(tzinfo=None)
    due = local(due_at(entered, 1, 1, WARSAW), WARSAW)
    assert due.date() == entered_local.date().replace(day=entered_local.day + 1)
    assert (due.hour, due.minute) == (entered_local.hour, entered_local.minute)


@pytest.mark.parametrize("zone", [WARSAW, BUCHAREST])
def test_spring_forward_keeps_the_local_time_so_the_utc_instant_moves_an_hour(zone):
    entered_local = datetime(2026, 3, 28, 10, 0)  # the day before the spring change (29 March 2026)
    entered = entered_local.replace(tzinfo=zone).astimezone(ZoneInfo("UTC")).replace(tzinfo=None)
    due = due_at(entered, 1, 1, zone)
    assert local(due, zone) == datetime(2026, 3, 29, 10, 0)
    assert (due - entered).total_seconds() == 23 * 3600


@pytest.mark.parametrize("zone", [WARSAW, BUCHAREST])
def test_autumn_back_keeps_the_local_time_over_a_25_hour_day(zone):
    entered_local = datetime(2026, 10, 24, 10, 0)  # the day before the autumn change (25 October 2026)
    entered = entered_local.replace(tzinfo=zone).astimezone(ZoneInfo("UTC")).replace(tzinfo=None)
    due = due_at(entered, 1, 1, zone)
    assert local(due, zone) == datetime(2026, 10, 25, 10, 0)
    assert (due - entered).total_seconds() == 25 * 3600


def test_a_wall_time_skipped_by_the_spring_change_fires_right_after_the_gap():
    entered_local = datetime(2026, 3, 28, 2, 30)  # 02:30 does not exist on 29 March in Warsaw
    entered = entered_local.replace(tzinfo=WARSAW).astimezone(ZoneInfo("UTC")).replace(tzinfo=None)
    assert local(due_at(entered, 1, 1, WARSAW), WARSAW) == datetime(2026, 3, 29, 3, 30)


def test_leap_day_counts_as_a_calendar_day():
    entered = datetime(2028, 2, 28, 9, 0)
    assert due_at(entered, 1, 1, ZoneInfo("UTC")) == datetime(2028, 2, 29, 9, 0)
    assert due_at(entered, 1, 2, ZoneInfo("UTC")) == datetime(2028, 3, 1, 9, 0)
    assert due_at(datetime(2028, 2, 29, 9, 0), 1, 30, ZoneInfo("UTC")) == datetime(2028, 3, 30, 9, 0)


def test_latest_due_is_the_last_occurrence_that_has_come():
    entered = datetime(2026, 1, 1, 9, 0)
    utc = ZoneInfo("UTC")
    assert latest_due(entered, 10, datetime(2026, 1, 11, 8, 59), utc) == 0
    assert latest_due(entered, 10, datetime(2026, 1, 11, 9, 0), utc) == 1
    assert latest_due(entered, 10, datetime(2026, 2, 15, 0, 0), utc) == 4
    assert latest_due(entered, 1, datetime(2025, 12, 31), utc) == 0


@settings(max_examples=200, deadline=None)
@given(
    entered=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2027, 1, 1)),
    ahead=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=800)),
    period=st.sampled_from([1, 2, 7, 10, 30, 365]),
    zone=st.sampled_from([WARSAW, BUCHAREST, ZoneInfo("UTC")]),
)
def test_latest_and_next_agree_with_the_occurrence_definition_across_dst(entered, ahead, period, zone):
    now = entered + ahead

    def reference_due(k: int) -> datetime:  # k·N calendar days later at the same wall-clock time, via aware datetimes
        wall = local(entered, zone) + timedelta(days=k * period)
        return wall.replace(tzinfo=zone).astimezone(ZoneInfo("UTC")).replace(tzinfo=None)

    k, current, following = latest_and_next(entered, period, now, zone)
    # the definition: k is the largest occurrence whose due instant has come; the next one has not
    assert following == reference_due(k + 1) == due_at(entered, k + 1, period, zone)
    assert following > now
    if k:
        assert current == reference_due(k) <= now
    else:
        assert current is None
    assert k == latest_due(entered, period, now, zone)


def test_nothing_is_due_before_the_stay_began():
    entered = datetime(2026, 3, 29, 0, 30)
    assert latest_and_next(entered, 1, entered - timedelta(hours=2), WARSAW) == (
        0,
        None,
        due_at(entered, 1, 1, WARSAW),
    )
