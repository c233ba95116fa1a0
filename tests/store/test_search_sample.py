"""PostgreSQL: a rare text is narrowed by a few of its rarest trigrams, chosen by the table's own sample (the
search texts ANALYZE keeps as the column's histogram); the same rows are found either way."""

import pytest

from desktop.domain.text import search_term
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store import search
from desktop.store.db import database
from desktop.store.models import Deal

pytestmark = pytest.mark.postgres

WORDS = ["nowak", "kowalski", "meble", "okna", "dach", "brama", "sklep", "hurt"]


@pytest.fixture
def analysed(pg_only, admin):
    """Sixty-four deals whose titles pair the words, the table analysed."""
    p = processes.create_process(admin, "Sprzedaż")
    made = []
    for i in range(64):
        title = f"{WORDS[i % 8]} {WORDS[(i // 8) % 8]} zakład {i}"
        made.append(deals.create_deal(admin, p.id, title))
    database.execute_sql("ANALYZE deal")
    return p, made


def _sample_without_brama(monkeypatch) -> None:
    """The table's sample without the rows that name a gate: a text with "brama" in it is rare by it."""
    texts = [t for (t,) in Deal.select(Deal.search_text).tuples() if "brama" not in t]
    monkeypatch.setattr(search, "_sample", lambda table: (texts, {}))
    monkeypatch.setattr(search, "MIN_SAMPLE", len(texts))


@pytest.fixture
def pg_only(db):
    from desktop.store.db import is_postgres

    if not is_postgres():
        pytest.skip("PostgreSQL's sample")


def test_the_sample_is_the_tables_search_texts(analysed):
    texts, _holders = search._sample("deal")
    stored = {t for (t,) in Deal.select(Deal.search_text).tuples()}
    assert len(texts) >= search.MIN_SAMPLE and set(texts) <= stored


def test_a_text_no_sampled_row_holds_is_narrowed_by_its_rare_trigrams(analysed):
    grams = search._rare_grams("deal", search_term("Nowak Brama Zakład 999"))
    assert grams and all(g in "nowak brama zakład 999" for g in grams)
    assert "zak" not in grams[:1]  # in every row: never the first chosen


def test_a_text_many_sampled_rows_hold_is_not_narrowed(analysed):
    assert search._rare_grams("deal", search_term("zakład")) is None
    assert search._rare_grams("deal", search_term("nowak")) is None


def test_the_narrowed_search_finds_exactly_the_rows_holding_the_text(analysed, monkeypatch):
    from desktop.domain.funnel import Criteria
    from desktop.services.admin import users
    from desktop.services.pipeline import funnel

    p, made = analysed
    _sample_without_brama(monkeypatch)
    admin = users.local_admin()
    for text in ("Nowak Brama Zakład 4", "BRAMA KOWALSKI", "brama dach zakład 3", "Brama", "ama Sklep"):
        if text != "Brama":
            assert search._rare_grams("deal", search_term(text)), text
        rows, _after = funnel.page(admin, Criteria(process_id=p.id, text=text), limit=500)
        expected = {d.id for d in made if search_term(text) in search_term(d.title)}
        assert expected and {r.id for r in rows} == expected, text


def test_a_rare_texts_ids_are_looked_up_once_and_again_after_any_write(analysed, monkeypatch):
    from desktop.domain.funnel import Criteria
    from desktop.services.admin import users
    from desktop.services.pipeline import funnel
    from desktop.store.db import atomic

    p, _made = analysed
    _sample_without_brama(monkeypatch)
    admin = users.local_admin()
    criteria = Criteria(process_id=p.id, text="Brama Kowalski")
    probes = []
    real = search._like_any
    monkeypatch.setattr(search, "_like_any", lambda model, terms: probes.append(terms) or real(model, terms))

    def found() -> set[int]:
        return {r.id for r in funnel.page(admin, criteria, limit=500)[0]}

    first = found()
    assert len(first) == 1 and funnel.counts(admin, criteria)["all"] == 1 and found() == first
    assert len(probes) == 1  # the page, the tabs' counts and the page again: one lookup
    added = deals.create_deal(admin, p.id, "Brama kowalski bis")  # committed: another snapshot
    assert found() == first | {added.id}
    with atomic():  # the transaction's own write, which its snapshot does not show
        inside = deals.create_deal(admin, p.id, "brama KOWALSKI ter")
        assert found() == first | {added.id, inside.id}
    assert found() == first | {added.id, inside.id}
