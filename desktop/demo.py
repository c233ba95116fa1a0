"""Realistic Polish sample data, generated in bulk (``etap demo``; ``etap --demo`` on an empty database).

A million deals take well under a minute: rows are generated as tuples and written with the driver's
bulk path in one transaction, never as one ORM object per row.
"""

from __future__ import annotations

import hashlib
import queue
import random
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from desktop.domain.identifiers import NIP_WEIGHTS, company_name_key
from desktop.domain.probability import effective_probability
from desktop.domain.roles import Role
from desktop.domain.stages import StageKind
from desktop.domain.templates import SOURCES
from desktop.domain.text import SEARCH_SEPARATOR, deal_keys, search_text, sort_key
from desktop.domain.timeutil import local_day_start_utc, utcnow
from desktop.services.actor import Actor
from desktop.services.deals import probability
from desktop.services.processes import processes
from desktop.store import bulk, localdays, search
from desktop.store.db import atomic, database, is_postgres
from desktop.store.models import DealSequence, User

# Sample data speaks Polish: the stage names of both templates, as a Polish team would name them.
POLISH = {
    "New leads": "Nowe leady",
    "In acquisition": "W trakcie pozyskania",
    "Offered": "Zaofertowany",
    "Won": "Pozyskany",
    "Resigned": "Rezygnacja",
    "Call scheduled": "Umówiony na telco",
    "After call – meeting": "Po telco – spotkanie",
    "To be offered": "Do zaofertowania",
    "Negotiating": "W trakcie negocjacji",
    "Contract sent": "Umowa wysłana",
    "Data gathering": "Zbieranie danych",
    "Contact": "Kontakt",
    "Needs analysis": "Rozpoznanie potrzeb",
    "Offering": "Ofertowanie",
    "Lost": "Utracony",
    "Direct visit": "Bezpośrednia wizyta",
    "Contact form": "Formularz kontaktowy",
    "Phone": "Kontakt telefoniczny",
    "E-mail": "Wiadomość e-mail",
    "Live call": "Livecall",
    "Chat": "Chat",
    "Social media": "Media społecznościowe",
    "Partner": "Partner",
    "Check the company's data": "Weryfikacja danych firmy",
    "Identify the decision maker": "Ustalenie osoby decyzyjnej",
    "First phone call": "Pierwsza rozmowa telefoniczna",
    "First meeting": "Pierwsze spotkanie",
    "Budget confirmed": "Potwierdzony budżet",
    "Offer sent": "Wysłana oferta",
    "Offer discussed with the client": "Oferta omówiona z klientem",
}
FIRST = [
    "Anna",
    "Małgorzata",
    "Katarzyna",
    "Agnieszka",
    "Magdalena",
    "Żaneta",
    "Joanna",
    "Ewa",
    "Łucja",
    "Piotr",
    "Krzysztof",
    "Paweł",
    "Łukasz",
    "Michał",
    "Grzegorz",
    "Tomasz",
    "Jędrzej",
    "Maciej",
    "Wojciech",
    "Bożena",
    "Zdzisław",
    "Stanisław",
    "Jolanta",
    "Mirosław",
    "Dorota",
]
LAST = [
    "Nowak",
    "Kowalski",
    "Wiśniewski",
    "Wójcik",
    "Kowalczyk",
    "Kamiński",
    "Lewandowski",
    "Zieliński",
    "Szymański",
    "Woźniak",
    "Dąbrowski",
    "Kozłowski",
    "Jankowski",
    "Mazur",
    "Kwiatkowski",
    "Krawczyk",
    "Piotrowski",
    "Grabowski",
    "Nowakowski",
    "Pawłowski",
    "Michalski",
    "Król",
    "Wieczorek",
    "Jabłoński",
    "Wróbel",
    "Żak",
    "Sęk",
    "Ścibor",
    "Gołębiowski",
    "Łęcki",
]
COMPANY_A = [
    "Zakład",
    "Przedsiębiorstwo",
    "Hurtownia",
    "Spółdzielnia",
    "Firma",
    "Pracownia",
    "Biuro",
    "Fabryka",
]
COMPANY_B = [
    "Okien",
    "Mebli",
    "Stali",
    "Opakowań",
    "Usług IT",
    "Kosmetyków",
    "Części Zamiennych",
    "Żywności",
    "Energii Słonecznej",
    "Druku",
    "Łożysk",
    "Szkła",
    "Oprogramowania",
    "Tekstyliów",
]
COMPANY_C = ["Sp. z o.o.", "S.A.", "s.c.", "Sp.j.", "S.R.L.", ""]
CITIES = [
    "Warszawa",
    "Kraków",
    "Łódź",
    "Wrocław",
    "Poznań",
    "Gdańsk",
    "Szczecin",
    "Bydgoszcz",
    "Lublin",
    "Białystok",
    "Katowice",
    "Gdynia",
    "Częstochowa",
    "Radom",
    "Toruń",
    "Rzeszów",
    "Kielce",
    "Zielona Góra",
    "București",
    "Cluj-Napoca",
    "Timișoara",
]
TITLES = [
    "Dostawa {p}",
    "Wdrożenie {p}",
    "Modernizacja {p}",
    "Serwis {p}",
    "Abonament {p}",
    "Wymiana {p}",
    "Rozbudowa {p}",
    "Zakup {p}",
]
PRODUCTS = [
    "okien PCV",
    "linii produkcyjnej",
    "systemu CRM",
    "floty aut",
    "paneli fotowoltaicznych",
    "serwerów",
    "drzwi antywłamaniowych",
    "oprogramowania ERP",
    "regałów magazynowych",
    "oświetlenia LED",
    "klimatyzacji",
    "wózków widłowych",
    "mebli biurowych",
    "szkoleń sprzedażowych",
]
LOST_REASONS = [
    "Za wysoka cena",
    "Wybrali konkurencję",
    "Brak budżetu",
    "Projekt wstrzymany",
    "Brak kontaktu",
]


def _polish(_context: str, text: str) -> str:
    return POLISH.get(text, text)


def generate(
    deals: int, seed: int = 7, now: datetime | None = None, progress: Callable[[str], None] | None = None
) -> dict[str, int]:
    """Fill an (empty or not) database with sample users, two processes, companies, contacts and deals."""
    rng = random.Random(seed)
    now = now or utcnow()
    say = progress or (lambda _msg: None)
    with bulk.fast_load(), atomic():
        admin = _ensure_admin(now)
        owners = _users(now)
        procs = []
        for name, template, fmt in (
            ("Sprzedaż B2B", "b2b", "B2B/{year}/{seq:05}"),
            ("Lejek sprzedaży", "sales_funnel", "LEJ/{year}/{seq:05}"),
        ):
            existing = [p for p in processes.list_processes() if p.name == name]
            procs.append(
                existing[0] if existing else processes.create_process(admin, name, template, fmt, _polish, now=now)
            )
        n_companies = max(5, min(deals // 20, 60_000))
        n_contacts = max(10, min(deals // 4, 250_000))
        big = deals >= BIG_LOAD
        # the search indexes are rebuilt once at the end whatever the size: through the row triggers each row's
        # terms become an FTS5 segment of their own (see store.search.set_based), 20,000 deals took 18 s; a
        # large load builds the other indexes once after too (250,000 contacts through their 15 indexes row
        # by row took over a minute)
        people = ("company", "contact") if big else ()
        with bulk.deferred_indexes(people), search.deferred_index("company", "contact"):
            first_company = bulk.next_id("company")
            say(f"companies: {n_companies}")
            names = _Names(first_company)
            bulk.insert_rows(
                "company",
                (
                    "id",
                    "name",
                    "tax_id",
                    "nip",
                    "name_key",
                    "city",
                    "phone",
                    "email",
                    "created_at",
                    "version",
                    "search_text",
                ),
                names.companies(_companies(rng, n_companies, first_company, now)),
                plain=True,
            )
            bulk.sync_serial("company")
            first_contact = bulk.next_id("contact")
            say(f"contacts: {n_contacts}")
            bulk.insert_rows(
                "contact",
                (
                    "id",
                    "first_name",
                    "last_name",
                    "email",
                    "phone",
                    "company_id",
                    "created_at",
                    "marketing_consent",
                    "consent_date",
                    "consent_source",
                    "version",
                    "search_text",
                    "company_sort",
                ),
                names.contacts(_contacts(rng, n_contacts, first_contact, first_company, n_companies, now)),
                plain=True,
            )
            bulk.sync_serial("contact")
        say(f"deals: {deals}")
        tables = ("deal", "stage_stay", "event", "deal_path") if big else ()
        first_deal = bulk.next_id("deal")
        # SQLite drops the summaries' row triggers for a large load: the loader counts the totals itself
        counted = big and not is_postgres()
        with bulk.deferred_indexes(tables, counted=counted), search.deferred_index("deal"):
            _deals(
                rng, deals, procs, owners, first_contact, n_contacts, first_company, n_companies, now, names, counted
            )
        _won_activities(first_deal)
    bulk.analyze()
    _showcase(admin, procs, now, rng)
    bulk.vacuum_analyze()
    return {"deals": deals, "contacts": n_contacts, "companies": n_companies}


def _won_activities(first_deal: int) -> None:
    """A won deal has done its process's mandatory activities (the rule the app enforces before a deal is won),
    by its owner, when it was won; with a note, and a file, where the activity asks for them. One statement (its
    rows numbered activity by activity, whichever index the database walks)."""
    p = database.param
    database.execute_sql(
        "INSERT INTO deal_activity (deal_id, activity_id, done_by_id, done_at, note, file_name, file_data, "
        "file_sha256) "
        f"SELECT d.id, a.id, d.owner_id, d.stage_entered_at, CASE WHEN a.requires = 'nothing' THEN '' ELSE {p} END, "
        f"CASE WHEN a.requires = 'note_file' THEN {p} ELSE '' END, "
        f"CASE WHEN a.requires = 'note_file' THEN {p} ELSE NULL END, "
        f"CASE WHEN a.requires = 'note_file' THEN {p} ELSE '' END "
        "FROM deal d JOIN stage won ON won.id = d.stage_id "
        "JOIN stage s ON s.process_id = d.process_id JOIN activity a ON a.stage_id = s.id "
        f"WHERE won.kind = 'won' AND a.mandatory AND d.id >= {p} ORDER BY a.id, d.id",
        (
            "Zrobione zgodnie z planem.",
            "potwierdzenie.txt",
            WON_FILE,
            hashlib.sha256(WON_FILE).hexdigest(),
            first_deal,
        ),
    )


WON_FILE = b"Potwierdzenie klienta\n"
SHOWCASE_DEALS = 30  # the deals that get tasks, notes and the rest: enough to see each screen filled


def _showcase(admin: Actor, procs, now: datetime, rng: random.Random) -> None:
    """What a team has after some weeks of use, written through the services (history, keys and rules as in
    the app): tasks (overdue, today, later), notes, a few attachments, a catalogue with a price list and a rate,
    calculations with variants, e-mail templates, a trigger and a campaign. Added once per database (skipped
    when it already has a catalogue)."""
    from desktop.domain.activities import Requirement
    from desktop.domain.triggers import Action
    from desktop.services.activities import activities, tasks
    from desktop.services.calculation import calculations, catalogue
    from desktop.services.clients import campaigns
    from desktop.services.deals import notes_files
    from desktop.services.mail import email_templates
    from desktop.services.triggers import rules
    from desktop.store.models import Contact, Deal, Product, Stage

    if Product.select().exists():
        return
    open_stages = [s.id for s in processes.list_stages(procs[0].id) if s.kind is StageKind.OPEN]
    per_stage = max(1, SHOWCASE_DEALS // max(1, len(open_stages)))
    picked: list[tuple[int, int | None]] = []
    done_before: dict[int, list] = {}  # deal -> the activities done so far (its stage's earlier ones)
    finished: list = []  # activities of the stages a deal has passed
    for stage_id in open_stages:  # the cards at the top of each column of the board, where they are seen
        top = (
            Deal.select(Deal.id, Deal.owner)
            .where((Deal.stage == stage_id) & (Deal.spam == False))  # noqa: E712 - SQL comparison
            .order_by(Deal.board_rank, Deal.id)
            .limit(per_stage)
            .tuples()
        )
        here = activities.stage_activities(stage_id)
        for k, (deal_id, owner) in enumerate(top):
            picked.append((deal_id, owner))
            done_before[deal_id] = finished + here[: k % (len(here) + 1)]
        finished = finished + here
    for deal_id, rows in done_before.items():  # probabilities follow from the activities done
        for row in rows:
            with_file = row.requires is Requirement.NOTE_FILE
            activities.complete_activity(
                admin,
                deal_id,
                row.id,
                note="Zrobione zgodnie z planem.",
                file_name="potwierdzenie.txt" if with_file else "",
                file_data=b"Potwierdzenie klienta\n" if with_file else None,
                now=now,
            )
    jobs = ("Zadzwonić w sprawie oferty", "Wysłać poprawioną ofertę", "Spotkanie u klienta", "Potwierdzić termin")
    local_today = now.replace(tzinfo=UTC).astimezone().date()
    day_end = local_day_start_utc(local_today) + timedelta(days=1)
    # overdue, later today, in three days at 10:00
    due = (now - timedelta(days=2), now + (day_end - now) / 2, day_end + timedelta(days=3, hours=10))
    for i, (deal_id, owner) in enumerate(picked):
        tasks.create_task(admin, jobs[i % len(jobs)], deal_id, due[i % 3], owner_id=owner or admin.id, now=now)
        if i % 2 == 0:
            notes_files.add_note(admin, deal_id, rng.choice(SHOWCASE_NOTES), now=now - timedelta(days=i % 7))
    for deal_id, _owner in picked[:3]:
        text = "Notatka ze spotkania\n\nKlient porównuje dwie oferty; decyzja do końca miesiąca.\n"
        notes_files.add_file(admin, deal_id, "notatka_ze_spotkania.txt", text.encode("utf-8"), now=now)

    products = [
        catalogue.save_product(
            admin, code=code, name=name, unit=unit, currency="PLN", net_price=Decimal(price), cost=Decimal(cost)
        )
        for code, name, unit, price, cost in SHOWCASE_PRODUCTS
    ]
    price_list = catalogue.save_price_list(admin, "Cennik 2026", "PLN")
    for product in products:
        catalogue.set_price(admin, price_list, product.id, product.net_price * Decimal("0.95"))
    catalogue.save_rate(admin, "EUR", "PLN", Decimal("4.30"), now=now)
    for deal_id, _owner in picked[:5]:
        first = calculations.add_calculation(admin, deal_id, "Wariant podstawowy", now=now)
        for product in products[:2]:
            calculations.add_line(admin, first.id, product.id, now=now, quantity=Decimal(rng.randrange(1, 20)))
        second = calculations.copy_calculation(admin, first.id, "Wariant rozszerzony", now=now)
        calculations.add_line(admin, second.id, products[2].id, now=now, quantity=Decimal(2))

    for name, subject, body in SHOWCASE_TEMPLATES:
        email_templates.save_template(admin, name, subject, body, now=now)
    campaign = campaigns.create_campaign(admin, "Newsletter — wiosna", now=now)
    people = [
        i
        for (i,) in Contact.select(Contact.id).where(Contact.marketing_consent).order_by(Contact.id).limit(25).tuples()
    ]
    campaigns.add_contacts(admin, campaign.id, people, now=now)
    offer_stage = Stage.get_by_id(open_stages[min(2, len(open_stages) - 1)])
    rules.save_trigger(
        admin, offer_stage.id, 14, Action.TASK, {"title": "Oferta czeka 14 dni: zadzwonić do klienta"}, now=now
    )


SHOWCASE_NOTES = (
    "Klient prosi o rabat przy zamówieniu powyżej 50 sztuk.",
    "Decyzję podejmuje zarząd na posiedzeniu w przyszłym tygodniu.",
    "Konkurencja zaproponowała krótszy termin dostawy.",
    "Wysłano próbki; klient odezwie się po testach.",
)
SHOWCASE_PRODUCTS = (
    ("OKN-01", "Okno PCV 120×150", "szt.", "1450.00", "980.00"),
    ("DRZ-02", "Drzwi zewnętrzne stalowe", "szt.", "3200.00", "2250.00"),
    ("MON-03", "Montaż (roboczogodzina)", "h", "120.00", "70.00"),
    ("ROL-04", "Roleta zewnętrzna", "szt.", "890.00", "560.00"),
    ("SER-05", "Przegląd serwisowy", "usł.", "350.00", "150.00"),
)
SHOWCASE_TEMPLATES = (
    (
        "Podziękowanie za spotkanie",
        "Dziękujemy za spotkanie — {{deal_title}}",
        "Dzień dobry {{contact_first_name}},\n\ndziękuję za rozmowę. W załączeniu podsumowanie ustaleń.\n\n"
        "{{owner_signature}}",
    ),
    (
        "Przypomnienie o ofercie",
        "Oferta {{deal_number}} czeka na decyzję",
        "Dzień dobry {{contact_name}},\n\nprzypominam o ofercie na {{deal_value}}, ważnej do "
        "{{offer_valid_until}}.\n\n{{owner_signature}}",
    ),
)


def _ensure_admin(now: datetime) -> Actor:
    user = User.select().where(User.role == Role.ADMIN).order_by(User.id).first()
    if user is None:
        user = User.create(username="admin", display_name="Administrator", role=Role.ADMIN, created_at=now)
    return Actor(user.id, user.role, user.display_name)


def _users(now: datetime) -> list[int]:
    people = [
        ("a.nowak", "Anna Nowak", Role.MANAGER),
        ("p.wisniewski", "Piotr Wiśniewski", Role.AGENT),
        ("k.zielinska", "Katarzyna Zielińska", Role.AGENT),
        ("l.dabrowski", "Łukasz Dąbrowski", Role.AGENT),
        ("m.wojcik", "Małgorzata Wójcik", Role.AGENT),
        ("g.krol", "Grzegorz Król", Role.AGENT),
        ("z.gołebiowska", "Żaneta Gołębiowska", Role.AGENT),
        ("i.popescu", "Ioana Popescu", Role.AGENT),
    ]
    ids = []
    for username, name, role in people:
        user = User.get_or_none(User.username == username)
        if user is None:
            user = User.create(
                username=username,
                display_name=name,
                role=role,
                email=f"{username}@example.pl",
                created_at=now,
            )
        ids.append(user.id)
    return ids


def _nip(rng: random.Random) -> str:
    """A random NIP with a correct check digit (a body whose checksum is 10 has none, so draw again)."""
    while True:
        body = f"{rng.randrange(10**8, 10**9)}"
        check = sum(int(d) * w for d, w in zip(body, NIP_WEIGHTS, strict=True)) % 11
        if check != 10:
            return body + str(check)


def _companies(rng: random.Random, n: int, first_id: int, now: datetime) -> Iterator[tuple]:
    below = rng._randbelow  # the draws of ``rng.choice`` and ``rng.randrange``, without their argument checks
    name_keys: dict[str, str] = {}  # 20,160 names: each reduced once
    created_text: dict[int, str] = {}
    for i in range(n):
        name = (
            f"{COMPANY_A[below(len(COMPANY_A))]} {COMPANY_B[below(len(COMPANY_B))]} {LAST[below(len(LAST))]} "
            f"{COMPANY_C[below(len(COMPANY_C))]}".strip()
        )
        name_key = name_keys.get(name)
        if name_key is None:
            name_key = name_keys[name] = company_name_key(name)
        nip = _nip(rng)
        city = CITIES[below(len(CITIES))]
        phone = f"+48{500 + below(399)}{100 + below(899)}{100 + below(899)}"
        days = 900 + below(300)
        created = created_text.get(days)
        if created is None:
            created = created_text[days] = (now - timedelta(days=days)).isoformat(" ")
        yield (first_id + i, name, nip, nip, name_key, city, phone, f"biuro{i}@firma{i}.pl", created, 1)


CONSENT_SOURCES = ("formularz na stronie", "rozmowa telefoniczna", "targi", "umowa")

_ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def _contacts(
    rng: random.Random, n: int, first_id: int, first_company: int, n_companies: int, now: datetime
) -> Iterator[tuple]:
    # the draws of ``rng.choice(seq)`` and ``rng.randrange(a, b)``, made without their argument checks (a
    # quarter million contacts draw six times each)
    below = rng._randbelow
    random_ = rng.random
    n_first, n_last, n_sources = len(FIRST), len(LAST), len(CONSENT_SOURCES)
    created_text = {}  # days ago -> (the moment's text, as a datetime is written; its date's)
    mailbox = {}  # (first, last) -> the e-mail's name part, folded to plain ASCII lower case
    for i in range(n):
        first, last = FIRST[below(n_first)], LAST[below(n_last)]
        if first.endswith("a") and last.endswith(("ski", "cki", "dzki")):
            last = last[:-1] + "a"  # Kowalski -> Kowalska for women
        name = mailbox.get((first, last))
        if name is None:
            name = mailbox[(first, last)] = f"{first}.{last}".lower().translate(_ASCII)
        days = 1 + below(899)
        created = created_text.get(days)
        if created is None:
            moment = now - timedelta(days=days)
            created = created_text[days] = (moment.isoformat(" "), moment.date().isoformat())
        consent = random_() < 0.6  # RODO: campaigns and bulk follow-ups skip the others
        yield (
            first_id + i,
            first,
            last,
            f"{name}{i}@example.pl",
            f"+48{500 + below(399)}{100 + below(899)}{100 + below(899)}",
            first_company + below(n_companies) if random_() < 0.9 else None,
            created[0],
            consent,
            created[1] if consent else None,
            CONSENT_SOURCES[below(n_sources)] if consent else "",
            1,
        )


DEAL_COLUMNS = (
    "id",
    "process_id",
    "stage_id",
    "number",
    "title",
    "value_minor",
    "currency",
    "cost_minor",
    "owner_id",
    "contact_id",
    "company_id",
    "source",
    "substage",
    "created_at",
    "expected_close",
    "next_contact",
    "lost_reason",
    "probability",
    "probability_manual",
    "board_rank",
    "stage_entered_at",
    "last_activity_at",
    "spam",
    "version",
)
DEAL_KEY_COLUMNS = ("contact_sort", "company_sort", "owner_sort", "search_text")
STAY_COLUMNS = ("deal_id", "stage_id", "stage_name", "entered_at", "left_at", "user_id")
PATH_COLUMNS = ("deal_id", "process_id", "path", "stage_id", "cycle_days")
EVENT_COLUMNS = ("deal_id", "process_id", "user_id", "at", "kind", "payload")
BIG_LOAD = 50_000  # deals: from this many the load drops and rebuilds the indexes and counts its own totals
SLOT = 300  # sample timestamps fall on 5-minute slots, so their text is looked up, not formatted per row
CHUNK = 20_000


class _Names:
    """The derived columns of the generated companies and contacts (``searchkeys``): each row is written with
    its search text, and the parts each deal row needs are kept, so no row is looked up again."""

    def __init__(self, first_company: int) -> None:
        self.first_company = first_company
        self.company_name: list[str] = []
        self.contact: list[tuple[str, str]] = []  # (sort key, folded "name\ne-mail")
        self.company: list[tuple[str, str]] = []

    def companies(self, rows: Iterator[tuple]) -> Iterator[tuple]:
        """What ``deal_keys`` and ``company_text`` give, from the parts (as ``contacts``): a name's and a
        city's folded forms made once."""
        named: dict[str, tuple[str, str]] = {}
        cities: dict[str, str] = {}
        for row in rows:  # (id, name, tax_id, nip, name_key, city, phone, email, created_at, version)
            name = named.get(row[1])
            if name is None:  # (sort key, folded)
                name = named[row[1]] = deal_keys("", "", None, None, None, row[1], None)[1:4:2]
            city = cities.get(row[5])
            if city is None:
                city = cities[row[5]] = search_text(row[5])
            self.company_name.append(row[1])
            self.company.append(name)
            # company_text(name, tax_id, nip, "", city, email, phone): the NIP is the tax id, written once
            tax = _folded(row[2]) if row[3] == row[2] else _joined(_folded(row[2]), _folded(row[3]))
            yield (*row, _joined(name[1], tax, city, _folded(row[7]), _folded(row[6])))

    def contacts(self, rows: Iterator[tuple]) -> Iterator[tuple]:
        """What ``deal_keys`` and ``contact_text`` give, from the parts: a search text is its fields' folded
        forms joined, so a name's (750 of them) and a company's are folded once, an e-mail and a phone
        (plain ASCII) are just lower case."""
        named: dict[tuple[str, str], tuple[str, str]] = {}
        for row in rows:  # (id, first, last, email, phone, company_id, ...)
            name = named.get((row[1], row[2]))
            if name is None:
                full = f"{row[1] or ''} {row[2] or ''}".strip()
                name = named[(row[1], row[2])] = (sort_key(full), search_text(full))
            email, phone = _folded(row[3]), _folded(row[4])
            self.contact.append((name[0], _joined(name[1], email)))
            company_sort, company_folded = self.company[row[5] - self.first_company] if row[5] is not None else ("", "")
            yield (*row, _joined(name[1], company_folded, email, phone), company_sort)


def _folded(text: str | None) -> str:
    """``search_text`` of one field: plain ASCII without spaces (an e-mail, a phone, a number) is its lower case."""
    if text and text.isascii() and text.isprintable() and " " not in text:
        return text.lower()
    return search_text(text)


def _joined(*folded: str) -> str:
    return SEARCH_SEPARATOR.join(part for part in folded if part)


def _deals(rng, n, procs, owners, first_contact, n_contacts, first_company, n_companies, now, names, counted) -> None:
    """Rows are generated on a worker thread while this thread (which owns the connection) writes the
    previous chunk: SQLite releases the GIL while it works, so the two overlap on two cores. ``counted``: the
    summaries' triggers are off for the load, the totals of the rows are counted as they are made and added
    after."""
    chunks: queue.Queue = queue.Queue(maxsize=2)
    failure: list[BaseException] = []
    totals = _Totals() if counted else None
    context = _DealContext(
        rng, procs, owners, first_contact, n_contacts, first_company, n_companies, now, names, totals
    )

    def produce() -> None:
        try:
            for chunk in context.chunks(n):
                chunks.put(chunk)
        except BaseException as exc:  # handed to the writing thread, which re-raises it
            failure.append(exc)
        finally:
            chunks.put(None)

    worker = threading.Thread(target=produce, name="demo-rows", daemon=True)
    worker.start()
    while (chunk := chunks.get()) is not None:
        deal_rows, stay_rows, path_rows = chunk
        bulk.insert_rows("deal", DEAL_COLUMNS + DEAL_KEY_COLUMNS, deal_rows, plain=True)
        bulk.insert_rows("stage_stay", STAY_COLUMNS, stay_rows, plain=True)
        bulk.insert_rows("deal_path", PATH_COLUMNS, path_rows, plain=True)
    worker.join()
    if failure:
        raise failure[0]
    if totals is not None:
        totals.write()
    _events(context.first_deal)
    for (process_id, year), last in context.seqs.items():
        DealSequence.insert(process=process_id, year=year, last_value=last).on_conflict(
            conflict_target=[DealSequence.process, DealSequence.year], update={DealSequence.last_value: last}
        ).execute()
    bulk.sync_serial("deal")  # PostgreSQL: explicit ids do not advance the serial


class _Totals:
    """SQLite, a large load made without the summaries' and stage_time's row triggers: what counting them afresh
    from the rows (``summaries.recount``, ``deal_paths.recount_stage_time``) would add for the generated deals,
    counted as they are generated and written as a few thousand rows (four grouped passes over millions of rows
    cost six seconds at a million deals). Added to the rows already there (``--append``)."""

    def __init__(self) -> None:
        self.first_second = 0  # stage_time's seconds (``localdays.seconds_sql``) of the first slot's text
        self.deals: dict[tuple, list[int]] = {}  # (stage, owner or 0, currency, source) -> deals, value, weighted
        self.paths: dict[tuple[int, str], int] = {}  # (process, path) -> deals
        self.cycles: dict[tuple[int, int], int] = {}  # (stage, days or -1) -> deals
        self.stays: dict[int, list[int]] = {}  # stage -> stays, open stays, Σ open entry seconds, Σ closed seconds

    def _stage(self, stage_id: int) -> list[int]:
        row = self.stays.get(stage_id)
        if row is None:
            row = self.stays[stage_id] = [0, 0, 0, 0]
        return row

    def deal(self, stage_id, owner, currency, source, value_minor, chance, entered_slot) -> None:
        """A deal (never spam) and its open stay, entered at ``entered_slot``."""
        key = (stage_id, owner or 0, currency, source)
        row = self.deals.get(key)
        if row is None:
            row = self.deals[key] = [0, 0, 0]
        row[0] += 1
        row[1] += value_minor
        row[2] += value_minor * chance
        stay = self._stage(stage_id)
        stay[0] += 1
        stay[1] += 1
        stay[2] += self.first_second + entered_slot * SLOT

    def path(self, process_id: int, path: str, stage_id: int, days: int | None) -> None:
        key = (process_id, path)
        self.paths[key] = self.paths.get(key, 0) + 1
        cycle = (stage_id, -1 if days is None else days)
        self.cycles[cycle] = self.cycles.get(cycle, 0) + 1

    def closed_stays(self, path, slot: int, cuts: list[int]) -> None:
        """The stays a deal left: the stages of ``path`` before its last, entered at ``slot`` then at each cut."""
        entered = slot
        for (stage_id, _name), cut in zip(path, cuts, strict=False):
            stay = self._stage(stage_id)
            stay[0] += 1
            stay[3] += (cut - entered) * SLOT
            entered = cut

    def write(self) -> None:
        cursor = database.cursor()
        cursor.executemany(
            "INSERT INTO deal_total (stage_id, owner_id, currency, source, deals, value_minor, weighted) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stage_id, owner_id, currency, source) DO UPDATE SET "
            "deals = deals + excluded.deals, value_minor = value_minor + excluded.value_minor, "
            "weighted = weighted + excluded.weighted",
            [(*key, *row) for key, row in self.deals.items()],
        )
        cursor.executemany(
            "INSERT INTO path_total (process_id, path, deals) VALUES (?, ?, ?) "
            "ON CONFLICT (process_id, path) DO UPDATE SET deals = deals + excluded.deals",
            [(*key, deals) for key, deals in self.paths.items()],
        )
        cursor.executemany(
            "INSERT INTO cycle_total (stage_id, cycle_days, deals) VALUES (?, ?, ?) "
            "ON CONFLICT (stage_id, cycle_days) DO UPDATE SET deals = deals + excluded.deals",
            [(*key, deals) for key, deals in self.cycles.items()],
        )
        cursor.executemany(
            "INSERT INTO stage_time (stage_id, stays, open_stays, open_entered, closed_seconds) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (stage_id) DO UPDATE SET stays = stays + excluded.stays, "
            "open_stays = open_stays + excluded.open_stays, open_entered = open_entered + excluded.open_entered, "
            "closed_seconds = closed_seconds + excluded.closed_seconds",
            [(stage_id, *row) for stage_id, row in self.stays.items()],
        )


def _events(first_deal: int) -> None:
    """The deals' history, made in SQL from the rows just written: each deal's 'created' event, then one
    'moved' event for each of its stays after the first (a deal's stays were written one after another, so
    the stay before is the one with the id before)."""
    p = database.param
    quote = (lambda x: f"to_json({x})::text") if is_postgres() else (lambda x: f"json_quote({x})")
    database.execute_sql(
        "INSERT INTO event (deal_id, process_id, user_id, at, kind, payload) "
        "SELECT id, process_id, owner_id, created_at, 'created', "
        f"""'{{"number": ' || {quote("number")} || ', "title": ' || {quote("title")} || '}}' """
        f"FROM deal WHERE id >= {p} ORDER BY id",
        (first_deal,),
    )
    database.execute_sql(
        "INSERT INTO event (deal_id, process_id, user_id, at, kind, payload) "
        "SELECT b.deal_id, s.process_id, b.user_id, b.entered_at, 'moved', "
        f"""'{{"from_stage": ' || {quote("a.stage_name")} || ', "to_stage": ' || {quote("b.stage_name")} || '}}' """
        "FROM stage_stay b JOIN stage_stay a ON a.id = b.id - 1 AND a.deal_id = b.deal_id "
        f"JOIN stage s ON s.id = b.stage_id WHERE b.deal_id >= {p} ORDER BY b.id",
        (first_deal,),
    )


def _stamps(origin: datetime, count: int) -> list[str]:
    """The text of ``count`` moments ``SLOT`` seconds apart from ``origin`` (``str`` of each, as written for a
    datetime): a million deals stamp ten million moments on 115,200 slots. A day holds a whole number of slots,
    so a slot's text is its date's and its time of day's, each made once."""
    per_day = 86400 // SLOT
    times = [str(origin + timedelta(seconds=k * SLOT))[10:] for k in range(per_day)]
    midnight = origin.replace(hour=0, minute=0, second=0, microsecond=0)
    since_midnight = (origin - midnight) // timedelta(seconds=SLOT)  # whole slots: the date turns after them
    dates = [str((origin + timedelta(days=d)).date()) for d in range(count // per_day + 2)]
    return [dates[(since_midnight + k) // per_day] + times[k % per_day] for k in range(count)]


class _DealContext:
    """Everything the row generator needs, read from the database up front (the worker thread must not
    touch the connection)."""

    def __init__(
        self, rng, procs, owners, first_contact, n_contacts, first_company, n_companies, now, names, totals=None
    ) -> None:
        self.rng, self.procs, self.owners, self.now, self.names = rng, procs, owners, now, names
        self.totals: _Totals | None = totals
        self.owner_sort = {u: sort_key(n) for u, n in User.select(User.id, User.display_name).tuples()}
        self.first_contact, self.n_contacts = first_contact, n_contacts
        self.first_company, self.n_companies = first_company, n_companies
        self.stages = {p.id: processes.list_stages(p.id) for p in procs}
        self.weights = {p.id: probability.total_weight(p.id) for p in procs}
        self.first_deal = bulk.next_id("deal")
        self.seqs: dict[tuple[int, int], int] = {}
        self.existing = {(s.process_id, s.year): s.last_value for s in DealSequence.select()}
        # the zone the reports count a deal's days to its stage in (``deal_paths.rebuild``): none known, none counted
        setting = database.execute_sql(
            f"SELECT value FROM setting WHERE key = {database.param}", [localdays.DAYS_ZONE_SETTING]
        ).fetchone()
        self.days_zone = ZoneInfo(setting[0]) if setting else None
        self.span_slots = 400 * 86400 // SLOT
        self.origin = now - timedelta(seconds=self.span_slots * SLOT)
        if totals is not None:  # stage_time's seconds of the first slot, as the database reads its text
            totals.first_second = database.execute_sql(
                f"SELECT {localdays.seconds_sql(database.param, False)}", [_stamps(self.origin, 1)[0]]
            ).fetchone()[0]

    def _local_days(self, origin: datetime, span_slots: int) -> Callable[[int, int], int] | None:
        """``days(later, earlier)``: the local calendar days (in the reports' zone) between two slots; None when
        no zone is known. A slot's offset is its hour's (looked up once per hour; an hour the offset changes in
        is looked up per slot)."""
        zone = self.days_zone
        if zone is None:
            return None
        hour = 3600 // SLOT
        base = origin.replace(tzinfo=UTC)

        def offset(slot: int) -> int:
            moment = base + timedelta(seconds=slot * SLOT)
            return int(moment.astimezone(zone).utcoffset().total_seconds())

        offsets = []
        for h in range(span_slots // hour + 1):
            first, last = offset(h * hour), offset(h * hour + hour - 1)
            offsets.append(first if first == last else None)
        first_day = origin.toordinal()
        since_midnight = ((origin.hour * 60 + origin.minute) * 60 + origin.second) * 1_000_000 + origin.microsecond
        day_us = 86_400_000_000

        def local(slot: int) -> int:
            shift = offsets[slot // hour]
            if shift is None:
                shift = offset(slot)
            return first_day + (since_midnight + (slot * SLOT + shift) * 1_000_000) // day_us

        return lambda later, earlier: local(later) - local(earlier)

    def chunks(self, n: int):
        rng = self.rng
        random_ = rng.random
        span_slots, origin = self.span_slots, self.origin
        stamps = _stamps(origin, span_slots + 1)
        local_day = self._local_days(origin, span_slots)
        day_text = [str((origin + timedelta(days=d)).date()) for d in range(400 + 200)]
        now_day = 400
        sources = [POLISH[s] for s in SOURCES]
        n_sources = len(sources)
        titles = [t.format(p=p) for t in TITLES for p in PRODUCTS]
        n_titles = len(titles)
        title_text = [search_text(t) for t in titles]
        contact_keys, company_keys, owner_sort = self.names.contact, self.names.company, self.owner_sort
        # a deal's search text is its parts' folded forms joined (``_joined`` skips the empty ones: none is)
        separator = SEARCH_SEPARATOR
        plain = all(part for _, part in contact_keys) and all(part for _, part in company_keys)
        # each deal's probability as the domain rule gives it (what ``probability.refresh_process`` would set):
        # no manual value, and no activity done yet in an open stage (won deals get theirs, closed decides)
        facts = {
            s.id: (
                effective_probability(s.kind, s.default_probability, None, 0, self.weights[p]),
                "next_contact" in s.required,
                list(s.substages),
                s.kind is StageKind.LOST,
            )
            for p, ss in self.stages.items()
            for s in ss
        }
        # every path a deal can take (its first ``depth`` open stages, then maybe one closed stage): its stays'
        # stages and its text in deal_path, made once
        routes: dict[tuple[int, int, int], tuple[tuple[tuple[int, str], ...], str]] = {}
        layout = {}
        for proc in self.procs:
            ss = self.stages[proc.id]
            opened, closed = [s for s in ss if s.kind is StageKind.OPEN], [s for s in ss if s.kind.is_closed]
            layout[proc.id] = (len(opened), len(closed))
            for depth in range(1, len(opened) + 1):
                for c in range(-1, len(closed)):
                    path = opened[:depth] + ([closed[c]] if c >= 0 else [])
                    text = "," + ",".join([str(st.id) for st in path]) + ","
                    routes[(proc.id, depth, c)] = (tuple((st.id, st.name) for st in path), text)
        created = sorted(int(random_() * (span_slots - 12)) for _ in range(n))
        year_of = {}
        deal_rows, stay_rows, path_rows = [], [], []
        owners, n_owners = self.owners, len(self.owners)
        first_proc, second_proc = self.procs[0], self.procs[1]
        seqs, existing = self.seqs, self.existing
        n_contacts, n_companies = self.n_contacts, self.n_companies
        first_contact, first_company = self.first_contact, self.first_company
        n_lost = len(LOST_REASONS)
        deal_id = self.first_deal - 1
        totals = self.totals
        if totals is not None:
            count_deal, count_path, closed_stays = totals.deal, totals.path, totals.closed_stays
        for i, slot in enumerate(created):
            deal_id += 1
            proc = first_proc if random_() < 0.6 else second_proc
            process_id = proc.id
            n_open, n_closed = layout[process_id]
            age_days = (span_slots - slot) * SLOT // 86400
            depth = 1 + int(random_() * n_open)
            # older deals are more often closed
            path, path_text = routes[
                (process_id, depth, int(random_() * n_closed) if random_() < min(0.7, age_days / 500) else -1)
            ]
            stage_id = path[-1][0]
            chance, needs_next, substages, lost = facts[stage_id]
            day = slot * SLOT // 86400
            if day not in year_of:
                when = origin + timedelta(days=day)
                year_of[day] = (when.year, when.month)
            year, month = year_of[day]
            key = (process_id, year)
            seq = seqs[key] = seqs.get(key, existing.get(key, 0)) + 1
            number = proc.number_format.format(year=year, month=month, seq=seq)
            currency = "EUR" if random_() < 0.2 else "PLN"  # both have a minor unit of 1/100
            value = (1, 2, 5)[int(random_() * 3)] * 10 ** (3 + int(random_() * 3)) + int(random_() * 100) * 10
            cost = value * (45 + int(random_() * 40)) // 100
            owner = owners[int(random_() * n_owners)] if random_() < 0.95 else None
            # Stays: one per stage on the path, spread between creation and now.
            entered = stamps[slot]
            if len(path) == 1:
                last = slot
                stay_rows.append((deal_id, stage_id, path[0][1], entered, None, owner))
            else:
                remaining = span_slots - slot
                cuts = sorted([slot + int(random_() * remaining) for _ in range(len(path) - 1)])
                last = cuts[-1]
                for (st_id, st_name), cut in zip(path, cuts, strict=False):
                    left = stamps[cut]
                    stay_rows.append((deal_id, st_id, st_name, entered, left, owner))
                    entered = left
                stay_rows.append((deal_id, stage_id, path[-1][1], entered, None, owner))
                if totals is not None:
                    closed_stays(path, slot, cuts)
            t = int(random_() * n_titles)
            contact = int(random_() * n_contacts)
            company = int(random_() * n_companies)
            contact_sort, contact_part = contact_keys[contact]
            company_sort, company_part = company_keys[company]
            if plain:
                text = separator.join((_folded(number), title_text[t], contact_part, company_part))
            else:
                text = _joined(_folded(number), title_text[t], contact_part, company_part)
            source = sources[int(random_() * n_sources)]
            deal_rows.append(
                (
                    deal_id,
                    process_id,
                    stage_id,
                    number,
                    titles[t],
                    value * 100,
                    currency,
                    cost * 100,
                    owner,
                    first_contact + contact,
                    first_company + company,
                    source,
                    substages[int(random_() * len(substages))] if substages else "",
                    stamps[slot],
                    day_text[day + 14 + int(random_() * 166)],
                    day_text[now_day - 5 + int(random_() * 25)] if needs_next or random_() < 0.3 else None,
                    LOST_REASONS[int(random_() * n_lost)] if lost else "",
                    chance,
                    None,
                    float(-i),
                    stamps[last],
                    stamps[last],
                    False,
                    1,
                    contact_sort,
                    company_sort,
                    owner_sort.get(owner, ""),
                    text,
                )
            )
            # the reports' path of the deal (``deal_paths.rebuild``): its stages in the order of its stays, and
            # the local calendar days from its creation to entering the stage it is in
            days = None if local_day is None else local_day(last, slot)
            path_rows.append((deal_id, process_id, path_text, stage_id, days))
            if totals is not None:
                count_deal(stage_id, owner, currency, source, value * 100, chance, last)
                count_path(process_id, path_text, stage_id, days)
            if len(deal_rows) >= CHUNK:
                yield deal_rows, stay_rows, path_rows
                deal_rows, stay_rows, path_rows = [], [], []
        if deal_rows:
            yield deal_rows, stay_rows, path_rows
