"""Backup rotation and unsafe-folder detection (pure rules)."""

from datetime import UTC, datetime, timedelta

from desktop.domain.backups import to_keep, unsafe_location


def test_rotation_keeps_newest_per_day_week_and_month_and_drops_the_rest():
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    taken = [start + timedelta(hours=6 * i) for i in range(4 * 400)]  # four a day for 400 days
    keep = to_keep(taken)
    newest = max(taken)
    assert newest in keep
    # the last 7 days each keep exactly their newest copy
    for back in range(7):
        day = (newest - timedelta(days=back)).date()
        assert max(t for t in taken if t.date() == day) in keep
    assert len({t.isocalendar()[:2] for t in keep}) >= 4
    assert len({(t.year, t.month) for t in keep}) == 12
    recent = {t for t in taken if newest - t < timedelta(days=2)}
    assert recent <= keep  # the last two days keep every copy (a pre-import copy survives the next one)
    older = keep - recent
    assert len(older) <= 7 + 4 + 12
    assert len({t.date() for t in older}) == len(older)  # older than that: one copy a day at most


def test_rotation_of_few_copies_keeps_them_all():
    taken = [datetime(2026, 3, d, tzinfo=UTC) for d in (1, 2, 3)]
    assert to_keep(taken) == set(taken)


def test_cloud_synced_and_network_folders_are_unsafe_and_a_plain_folder_is_not():
    assert unsafe_location("C:/Users/Ala/OneDrive - Firma/Etap/etap.db") == "cloud"
    assert unsafe_location("/home/ala/Dropbox/etap.db") == "cloud"
    assert unsafe_location("/Users/ala/Library/Mobile Documents/com~apple~CloudDocs/etap.db") == "cloud"
    assert unsafe_location("G:/My Drive/etap.db") == "cloud"
    assert unsafe_location("\\\\serwer\\dzial\\etap.db") == "network"
    assert unsafe_location("/mnt/share/etap.db", "cifs") == "network"
    assert unsafe_location("/home/ala/.local/share/Etap/etap.db", "ext4") is None
    assert unsafe_location("/home/ala/dropboxes-old/etap.db") is None
