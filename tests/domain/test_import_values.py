"""Parsing the numbers, dates, column titles and stage names other programs and offices write."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.imports.headers import Kind, Target, auto_map, guess_kind
from desktop.domain.imports.mapping import Mapping, OnDuplicate
from desktop.domain.imports.stages import closed_kind, stages_from_values, status_kind
from desktop.domain.imports.values import DateOrder, clean_text, date_order, parse_amount, parse_date, parse_datetime
from desktop.domain.stages import StageKind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("1234.56", "1234.56"),
        ("1234,5", "1234.5"),
        ("1.234.567", "1234567"),
        ("12 000 zł", "12000"),
        ("EUR 99,90", "99.90"),
        ("-5", "-5"),
        (1054, "1054"),
        (99.9, "99.9"),
    ],
)
def test_amounts_in_office_spellings_parse_exactly(text, expected):
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["12a", "1,2,3.4.5", "=1+1", "--", "1e9"])
def test_non_amounts_are_refused_with_a_message(text):
    with pytest.raises(ValidationError, match="is not an amount"):
        parse_amount(text)


def test_empty_amount_is_none():
    assert parse_amount("  ") is None
    assert parse_amount(None) is None


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2026-12-31", None, date(2026, 12, 31)),
        ("31.12.2026", DateOrder.DMY, date(2026, 12, 31)),
        ("31/12/2026", DateOrder.DMY, date(2026, 12, 31)),
        ("12/31/2026", DateOrder.MDY, date(2026, 12, 31)),
        ("03.04.26", DateOrder.DMY, date(2026, 4, 3)),
        ("46022", None, date(2025, 12, 31)),  # an Excel serial
        (46022.5, None, date(2025, 12, 31)),
        (datetime(2026, 1, 2, 10, 30), None, date(2026, 1, 2)),
    ],
)
def test_dates_in_iso_dotted_slashed_and_excel_serial_form(text, order, expected):
    assert parse_date(text, order) == expected


def test_iso_date_time_keeps_the_time():
    assert parse_datetime("2026-03-04T10:20:30Z") == datetime(2026, 3, 4, 10, 20, 30)


def test_a_day_month_date_without_a_chosen_order_is_refused_not_guessed():
    with pytest.raises(ValidationError, match="day or month first"):
        parse_date("03.04.2026", None)


def test_date_order_of_a_column_is_known_only_when_a_day_is_over_12():
    assert date_order(["01.02.2026", "31.12.2026"]) is DateOrder.DMY
    assert date_order(["12/31/2026", "01/02/2026"]) is DateOrder.MDY
    assert date_order(["01.02.2026", "03.04.2026"]) is None  # ambiguous: ask
    assert date_order(["2026-01-02"]) is DateOrder.YMD
    with pytest.raises(ValidationError):
        date_order(["31.01.2026", "01.31.2026"])


@pytest.mark.parametrize("text", ["31.02.2026", "yesterday", "2026-13-01", "99999999"])
def test_impossible_dates_are_refused(text):
    with pytest.raises(ValidationError, match="is not a date"):
        parse_date(text, DateOrder.DMY)


def test_text_is_stored_as_typed_formulas_stay_text_nul_removed_long_refused():
    assert clean_text('=HYPERLINK("x")', 200) == '=HYPERLINK("x")'
    assert clean_text("a\x00b", 200) == "ab"
    with pytest.raises(ValidationError, match="too long"):
        clean_text("x" * 201, 200)


def test_pipedrive_deal_export_maps_automatically():
    headers = [
        "Deal - Title",
        "Deal - Value",
        "Deal - Currency of Value",
        "Deal - Stage",
        "Deal - Status",
        "Deal - Owner",
        "Deal - Organization",
        "Deal - Contact person",
        "Deal - Expected close date",
        "Deal - Deal created",
        "Deal - Won time",
        "Deal - Lost time",
        "Deal - Lost reason",
        "Person - Email (Work)",
        "Person - Phone",
    ]
    assert guess_kind(headers) is Kind.DEALS
    mapped = auto_map(headers, Kind.DEALS)
    assert [mapped.get(i) for i in range(len(headers))] == [
        Target.TITLE,
        Target.VALUE,
        Target.CURRENCY,
        Target.STAGE,
        Target.STATUS,
        Target.OWNER,
        Target.COMPANY,
        Target.CONTACT,
        Target.EXPECTED_CLOSE,
        Target.CREATED,
        Target.CLOSED,
        Target.CLOSED,
        Target.LOST_REASON,
        Target.EMAIL,
        Target.PHONE,
    ]


def test_hubspot_polish_and_romanian_headers_map_automatically():
    hubspot = [
        "Record ID",
        "Deal Name",
        "Deal Stage",
        "Amount",
        "Close Date",
        "Deal owner",
        "Pipeline",
        "Create Date",
        "Associated Company",
    ]
    assert auto_map(hubspot, Kind.DEALS) == {
        0: Target.NUMBER,
        1: Target.TITLE,
        2: Target.STAGE,
        3: Target.VALUE,
        4: Target.CLOSED,
        5: Target.OWNER,
        7: Target.CREATED,
        8: Target.COMPANY,
    }
    polish = [
        "Tytuł",
        "Nazwa firmy",
        "NIP",
        "E-mail",
        "Telefon",
        "Wartość",
        "Waluta",
        "Etap",
        "Opiekun",
        "Data utworzenia",
        "Data zamknięcia",
    ]
    assert list(auto_map(polish, Kind.DEALS).values()) == [
        Target.TITLE,
        Target.COMPANY,
        Target.TAX_ID,
        Target.EMAIL,
        Target.PHONE,
        Target.VALUE,
        Target.CURRENCY,
        Target.STAGE,
        Target.OWNER,
        Target.CREATED,
        Target.CLOSED,
    ]
    romanian = ["Titlu", "Nume companie", "CUI", "Valoare", "Monedă", "Etapă", "Responsabil", "Data creării"]
    assert list(auto_map(romanian, Kind.DEALS).values()) == [
        Target.TITLE,
        Target.COMPANY,
        Target.TAX_ID,
        Target.VALUE,
        Target.CURRENCY,
        Target.STAGE,
        Target.OWNER,
        Target.CREATED,
    ]


def test_etap_funnel_export_in_polish_maps_its_status_column_to_the_stage():
    headers = ["Numer sprawy", "Status", "Utworzono", "Kontakt", "Firma", "Temat", "Opiekun", "Wartość"]
    mapped = auto_map(headers, Kind.DEALS)
    assert mapped[1] is Target.STAGE and mapped[5] is Target.TITLE and mapped[2] is Target.CREATED


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Won", StageKind.WON),
        ("Wygrana", StageKind.WON),
        ("Pozyskany", StageKind.WON),
        ("Câștigat", StageKind.WON),
        ("closedwon", StageKind.WON),
        ("Lost", StageKind.LOST),
        ("Przegrana", StageKind.LOST),
        ("Utracony", StageKind.LOST),
        ("Rezygnacja", StageKind.LOST),
        ("Pierdut", StageKind.LOST),
        ("Engaging", None),
        ("Oferta wysłana", None),
    ],
)
def test_closed_stage_names_are_recognised_in_three_languages(name, kind):
    assert closed_kind(name) is kind


def test_status_column_values():
    assert status_kind("open") is StageKind.OPEN
    assert status_kind("won") is StageKind.WON
    assert status_kind("maybe") is None


def test_a_process_from_file_values_puts_open_stages_in_sales_order_then_won_then_lost():
    stages = stages_from_values(["Lost", "Engaging", "Won", "Prospecting", "engaging", "Wygrana", "Rezygnacja"])
    assert stages == [
        ("Prospecting", StageKind.OPEN),  # the sales sequence, not the file's order: prospects are engaged later
        ("Engaging", StageKind.OPEN),
        ("Won", StageKind.WON),
        ("Lost", StageKind.LOST),
        ("Rezygnacja", StageKind.LOST),
    ]


def test_unknown_open_stages_keep_their_place_and_known_ones_take_the_sales_order_among_theirs():
    names = ["Negocjacje", "Etap własny", "Oferta", "Nowy", "Won"]
    assert [n for n, _k in stages_from_values(names)] == ["Nowy", "Etap własny", "Oferta", "Negocjacje", "Won"]
    assert [n for n, _k in stages_from_values(["B", "A"])] == ["B", "A"]  # nothing known: the file's order


def test_mapping_round_trips_through_json_and_accepts_column_titles():
    mapping = Mapping(
        Kind.DEALS,
        {0: Target.TITLE, 2: Target.CREATED},
        {2: DateOrder.MDY},
        process="P",
        on_duplicate={Kind.DEALS: OnDuplicate.UPDATE},
    )
    again = Mapping.from_json(mapping.to_json())
    assert again == mapping
    by_title = Mapping.from_json('{"kind": "deals", "columns": {"Temat": "title"}}', ["Numer", "Temat"])
    assert by_title.columns == {1: Target.TITLE}
    with pytest.raises(ValidationError, match="mapping file"):
        Mapping.from_json('{"kind": "deals", "columns": {"Nope": "title"}}', ["Numer"])
