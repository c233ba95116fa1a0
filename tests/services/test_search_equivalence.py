"""Search equivalence: a text typed in any casing finds the same records in the funnel and on the board as a
Python reference over the same rows (every Polish and Romanian letter, long and short terms)."""

import pytest

from desktop.domain.funnel import Criteria
from desktop.services.admin import users
from desktop.services.clients import companies, contacts
from desktop.services.deals import deals
from desktop.services.pipeline import board, funnel
from desktop.services.processes import processes
from tests.support import snapshot

WORDS = ["Żak", "Łódź", "Śląsk", "Gęślą", "Źdźbło", "Ćma", "Ńał", "Ștefan", "Țară", "Brașov", "Râmnic", "Înalt", "Ăsta"]


def casings(word: str) -> list[str]:
    mixed = "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(word))
    return sorted({word, word.lower(), word.upper(), word.swapcase(), mixed})


def terms() -> list[str]:
    """Whole words, their middles (three letters: the shortest the trigram index serves), two letters
    (matched by a scan) and a few phrases, each in every casing."""
    found = set()
    for word in WORDS:
        for part in (word, word[1:4], word[:2], f"Firma {word}", f"{word} Nowak"):
            found.update(casings(part))
    return sorted(found | {"@ex.pl", "x1@EX", "oferta dla"})


def _fill_book():
    """Deals whose title, contact (name, e-mail) or company carry the words, in assorted casings."""
    admin = users.local_admin()
    p = processes.create_process(admin, "Sprzedaż")
    stages = processes.list_stages(p.id)
    agent = users.create_user(admin, "ana", "Ana Pop")
    fields = []
    for i, word in enumerate(WORDS):
        casing = casings(word)[i % 5]
        firm = companies.create_company(admin, name=f"Firma {casing} {i}")
        person = contacts.create_contact(admin, first_name=casing, last_name=f"Nowak{i}", email=f"x{i}@ex.pl")
        fields.append({"title": f"Okna {i}", "contact_id": person.id})
        fields.append({"title": f"Oferta dla {casing.upper()}", "company_id": firm.id})
        fields.append({"title": f"Plain {i}"})
    rows = []
    for i, f in enumerate(fields):
        owner = agent.id if i % 3 == 0 else admin.id
        rows.append(deals.create_deal(admin, p.id, stage_id=stages[i % 4].id, owner_id=owner, **f))
    return p, stages, rows


# built once per module (issue 22); the module's tests without ``book`` start from the migrated template
_book_snapshots, db, book = snapshot.built_once(_fill_book, "book")


def searched_fields() -> dict[int, list[str]]:
    """Each deal's searched fields as the user sees them (number, title, contact name, e-mail, company)."""
    from desktop.store.models import Company, Contact, Deal

    fields = {}
    for deal in Deal.select():
        contact = Contact.get_or_none(Contact.id == deal.contact_id)
        company = Company.get_or_none(Company.id == deal.company_id)
        texts = [deal.number, deal.title]
        if contact:
            texts += [f"{contact.first_name} {contact.last_name}".strip(), contact.email]
        if company:
            texts.append(company.name)
        fields[deal.id] = [t for t in texts if t]
    return fields


def reference(term: str, fields: dict[int, list[str]] | None = None) -> set[int]:
    """What a contains search must find: the term, lower-cased, in any of the deal's searched fields."""
    fields = fields if fields is not None else searched_fields()
    return {deal_id for deal_id, texts in fields.items() if any(term.lower() in t.lower() for t in texts)}


def funnel_ids(actor, process_id: int, text: str) -> set[int]:
    rows, after = funnel.page(actor, Criteria(process_id=process_id, text=text), limit=5)
    while after is not None:
        more, after = funnel.page(actor, Criteria(process_id=process_id, text=text), after=after, limit=5)
        rows += more
    return {r.id for r in rows}


def board_ids(actor, stages, text: str) -> set[int]:
    return {i for s in stages for i in board.stage_deal_ids(actor, s.id, text)}


@pytest.fixture(params=["rare", "common", "common_trigrams", "sampled"])
def commonness(request, monkeypatch):
    """SQLite looks a rare text's rows up by id and checks a common one row by row (common: many rows match,
    or many rows hold the trigrams it asks the index for); PostgreSQL narrows a text its sample of the table
    says is rare by a few of its trigrams (sampled: a sample none of the rows' words are in, so every text
    with two trigrams of letters goes that way): run every way."""
    from desktop.store import search

    if request.param == "common":
        monkeypatch.setattr(search, "FEW", 0)
    elif request.param == "common_trigrams":
        monkeypatch.setattr(search, "CANDIDATES", 0)
    elif request.param == "sampled":
        monkeypatch.setattr(search, "_sample", lambda table: (["qqq"] * search.MIN_SAMPLE, {}))


def test_funnel_and_board_find_what_the_reference_finds_in_every_casing(admin, book, commonness):
    p, stages, _rows = book
    fields = searched_fields()
    for term in terms():
        expected = reference(term, fields)
        assert funnel_ids(admin, p.id, term) == expected, term
        assert board_ids(admin, stages, term) == expected, term
        counted = sum(t.count for t in board.totals(admin, [s.id for s in stages], term).values())
        assert counted == len(expected) == funnel.counts(admin, Criteria(process_id=p.id, text=term))["all"], term
    assert reference("żak") and reference("ștefan") and reference("ăs")  # the words are really there


def test_an_agent_finds_only_own_deals_by_the_same_text(admin, book):
    p, stages, rows = book
    agent = users.actor_for(next(r.owner_id for r in rows if r.owner_id != admin.id))
    own = {r.id for r in rows if r.owner_id == agent.id}
    for term in ("żak", "ĂST", "Łó"):
        assert funnel_ids(agent, p.id, term) == reference(term) & own
        assert board_ids(agent, stages, term) == reference(term) & own


def test_a_renamed_contact_is_found_by_its_new_name_only(admin, book):
    p, stages, rows = book
    deal = next(r for r in rows if r.contact_id)
    person = contacts.get_contact(deal.contact_id)
    contacts.edit_contact(admin, person.id, person.version, first_name="Șerban")
    assert funnel_ids(admin, p.id, "șERBAN") == {deal.id} == board_ids(admin, stages, "ȘERBAN")
    assert deal.id not in funnel_ids(admin, p.id, person.first_name)


def test_cedilla_and_comma_below_forms_of_romanian_letters_find_each_other(admin, book):
    p, _stages, _rows = book
    comma = funnel_ids(admin, p.id, "ștefan")
    assert comma and funnel_ids(admin, p.id, "ştefan") == comma  # s-cedilla, as older keyboards type it


def test_wildcards_and_quotes_are_searched_as_text(admin, book):
    p, _stages, _rows = book
    deals.create_deal(admin, p.id, 'Rabat 50% na "okna" [*?]')
    for term in ("50%", '"okna"', "[*?]", "%", "_", "*"):
        assert funnel_ids(admin, p.id, term) == reference(term), term


def contact_fields() -> dict[int, list[str]]:
    from desktop.store.models import Company, Contact

    fields = {}
    for c in Contact.select():
        company = Company.get_or_none(Company.id == c.company_id)
        texts = [f"{c.first_name} {c.last_name}".strip(), c.position, c.email, c.phone, company.name if company else ""]
        fields[c.id] = [t for t in texts if t]
    return fields


def test_contact_and_company_lists_and_pickers_find_what_the_reference_finds(admin, book, commonness):
    from desktop.services import pickers
    from desktop.services.clients import client_lists, clients
    from desktop.services.clients.client_lists import ListCriteria
    from desktop.store.models import Company

    people = contact_fields()
    firms = {c.id: [c.name] for c in Company.select()}
    for term in terms():
        expected = reference(term, people)
        listed, _after = client_lists.contacts_page(ListCriteria(text=term), limit=500)
        assert {r.id for r in listed} == expected, term
        assert {r.id for r in clients.find_contacts(term)} == expected, term
        assert {c.id for c in pickers.contacts(term, limit=500)} == expected, term
        expected = reference(term, firms)
        listed, _after = client_lists.companies_page(ListCriteria(text=term), limit=500)
        assert {r.id for r in listed} == expected, term
        assert {c.id for c in pickers.companies(term, limit=500)} == expected, term


def test_renaming_a_company_renames_it_in_its_peoples_and_deals_search(admin, book):
    from desktop.services import pickers

    p, _stages, _rows = book
    firm = companies.create_company(admin, name="Ursus")
    person = contacts.create_contact(admin, first_name="Olek", last_name="Bąk", company_id=firm.id)
    deal = deals.create_deal(admin, p.id, "Traktor", company_id=firm.id)
    companies.edit_company(admin, firm.id, firm.version, name="Țesătoria Nouă")
    assert [c.id for c in pickers.contacts("ȚESĂT")] == [person.id]
    assert [c.id for c in pickers.companies("țesăt")] == [firm.id]
    assert funnel_ids(admin, p.id, "Țesăt") == {deal.id}
    assert pickers.contacts("ursus") == [] and funnel_ids(admin, p.id, "ursus") == set()


def test_a_deleted_companys_people_are_no_longer_found_by_its_name(admin):
    from desktop.services import pickers

    firm = companies.create_company(admin, name="Ursus")
    person = contacts.create_contact(admin, first_name="Olek", last_name="Bąk", company_id=firm.id)
    assert [c.id for c in pickers.contacts("ursus")] == [person.id]
    companies.delete_company(admin, firm.id)
    assert pickers.contacts("ursus") == [] and [c.id for c in pickers.contacts("bąk")] == [person.id]
