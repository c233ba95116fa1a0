"""A file's repeated keys (deal numbers, e-mails, ...) are told apart in bounded memory: the keys met so far move
from a set to compact arrays as they pile up, and a repeat is found wherever its first copy is kept."""

from __future__ import annotations

from desktop.services.imports import engine
from tests.services.imports.conftest import do_import


def test_a_key_is_new_once_whether_its_first_copy_is_recent_or_moved_to_the_arrays(monkeypatch):
    monkeypatch.setattr(engine.SeenHashes, "RECENT", 8)
    seen = engine.SeenHashes()
    keys = [f"d:IMP-{i:05d}" for i in range(100)]
    assert all(seen.add(key) for key in keys)  # 12 moves to the arrays on the way
    assert not any(seen.add(key) for key in keys)  # the old ones from the arrays, the last few from the set
    assert seen.add("d:IMP-00100")
    assert not seen.add("d:IMP-00100")


def test_repeated_deal_numbers_far_apart_in_a_file_are_skipped_with_a_warning(db, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(engine.SeenHashes, "RECENT", 4)
    lines = ["Numer;Tytuł;Wartość;Etap"] + [f"N-{i};Szansa {i};100;Nowe leady" for i in range(1, 21)]
    lines += ["N-3;Znowu trzy;200;Nowe leady", "N-20;Znowu dwadzieścia;300;Nowe leady"]
    path = tmp_path / "szanse.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = do_import(admin, path, kind="deals", process="Sprzedaż")
    assert (result.counts["created"], result.counts["skipped"]) == (20, 2)
    assert [(r.line, r.problems[0].error.english()) for r in result.problems] == [
        (22, "The same record appears earlier in the file."),
        (23, "The same record appears earlier in the file."),
    ]
