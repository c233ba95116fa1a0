"""The printed offer: 60 lines paginate with the header row on every page and "Strona i z n" footers, every amount
comes back whole from the PDF's text (never wrapped), totals per VAT rate and the gross in words, a letterhead from
the settings, and the preview drawn from the same pages."""

import io
import re
from datetime import date
from decimal import Decimal as D  # noqa: N817 - short for hand-checked figures

import pypdf
import pytest
from PySide6.QtGui import QColor, QImage

from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.services.admin import users
from desktop.services.calculation import calculations, offers
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.ui.calculation import CalculationWidget
from desktop.ui.calculation.pdf import offer_page_images, offer_pdf

LONG_NAMES = (
    "Drzwi zewnętrzne dębowe z ościeżnicą regulowaną",
    "Ușă de exterior din stejar masiv, cu toc reglabil și feronerie",
    "Montaż",
)


@pytest.fixture
def big_offer(qapp, admin_actor):
    p = processes.create_process(admin_actor, "Lejek", "sales_funnel")
    deal = deals.create_deal(admin_actor, p.id, "Stolarka", source="Phone", expected_close=date(2026, 12, 31))
    calc = calculations.add_calculation(admin_actor, deal.id, "Wariant podstawowy")
    for i in range(60):
        calc = calculations.add_line(
            admin_actor,
            calc.id,
            description=LONG_NAMES[i % 3],
            quantity=str(1 + i % 7),
            unit="szt.",
            unit_price=str(D(1234567) / (i + 1) / 100)[:12],
            vat_pct=("23", "8", "0")[i % 3],
        )
    return calc


def _pages(pdf: bytes) -> list[list[str]]:
    """Each page's text lines, with non-breaking spaces read as spaces."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [
        [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in page.extract_text().splitlines()]
        for page in reader.pages
    ]


@pytest.mark.parametrize(("language", "word", "header"), [("pl", "Strona", "Nazwa"), ("ro", "Pagina", "Denumire")])
def test_sixty_lines_paginate_with_headers_page_numbers_and_every_amount_whole(
    admin_actor, big_offer, language, word, header
):
    html = offers.render_offer(admin_actor, big_offer.id, language)
    pages = _pages(offer_pdf(html, "x", offers.page_label(language)))
    count = len(pages)
    assert count >= 2
    of = {"pl": "z", "ro": "din"}[language]
    for number, lines in enumerate(pages, 1):
        assert f"{word} {number} {of} {count}" in lines, lines[-3:]
        assert any(header in line for line in lines[:6]), lines[:6]  # the header row repeats on every page
    all_lines = [line for lines in pages for line in lines]
    context = offers.offer_context(admin_actor, big_offer.id, language)
    amounts = [row[key] for row in context["lines"] for key in ("unit_price", "net", "gross")]
    amounts += [context["totals"][key] for key in ("net", "vat", "gross")]
    for amount in amounts:
        whole = amount.replace("\u00a0", " ")
        assert any(whole in line for line in all_lines), f"{whole!r} is not on one line"
    words = context["totals"]["gross_in_words"]
    assert words.split()[0] in " ".join(all_lines)


def test_product_names_wrap_only_between_words(admin_actor, big_offer):
    html = offers.render_offer(admin_actor, big_offer.id, "pl")
    text = "\n".join(line for lines in _pages(offer_pdf(html)) for line in lines)
    allowed = set(" ".join(LONG_NAMES).split()) | {"Transport"}
    for fragment in ("dębow", "ościeżni", "regulowan", "zewnętrz", "feroneri"):
        for found in re.findall(rf"\b{fragment}\w*", text):
            assert found in allowed, f"{found!r} is a broken word"


def test_totals_per_vat_rate_add_up_and_the_gross_is_spelt_out(qapp, admin_actor):
    p = processes.create_process(admin_actor, "Lejek", "sales_funnel")
    deal = deals.create_deal(admin_actor, p.id, "Okna", source="Phone", expected_close=date(2026, 12, 31))
    calc = calculations.add_calculation(admin_actor, deal.id, "A")
    calculations.add_line(admin_actor, calc.id, description="Okno", quantity="2", unit_price="1000", vat_pct="23")
    calculations.add_line(admin_actor, calc.id, description="Montaż", quantity="1", unit_price="500", vat_pct="8")
    context = offers.offer_context(admin_actor, calc.id, "pl")
    assert [(r["rate"], r["net"], r["vat"], r["gross"]) for r in context["vat_rates"]] == [
        ("23", "2\u00a0000,00\u00a0PLN", "460,00\u00a0PLN", "2\u00a0460,00\u00a0PLN"),
        ("8", "500,00\u00a0PLN", "40,00\u00a0PLN", "540,00\u00a0PLN"),
    ]
    assert context["totals"]["gross"] == "3\u00a0000,00\u00a0PLN"
    assert context["totals"]["gross_in_words"] == "trzy tysiące złotych, zero groszy"
    ro = offers.offer_context(admin_actor, calc.id, "ro")
    assert ro["totals"]["gross"] == "3.000,00\u00a0PLN"
    assert ro["totals"]["gross_in_words"] == "trei mii PLN 00/100"
    assert offers.amount_in_words(D("1.01"), "RON", "ro") == "un leu și un ban"


def test_letterhead_from_settings_heads_the_offer_and_refuses_a_non_image_logo(admin_actor, big_offer, tmp_path):
    image = QImage(60, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#1a5fb4"))
    image.save(str(tmp_path / "logo.png"))
    offers.save_letterhead(
        admin_actor,
        logo=(tmp_path / "logo.png").read_bytes(),
        company_name="Stolbud Sp. z o.o.",
        company_address="ul. Długa 12\n00-950 Warszawa",
        company_tax_id="525-000-00-00",
        company_bank_account="PL61 1090 1014 0000 0712 1981 2874",
    )
    with pytest.raises(ValidationError):
        offers.save_letterhead(admin_actor, logo=b"GIF89a....")
    html = offers.render_offer(admin_actor, big_offer.id, "pl")
    assert 'src="data:image/png;base64,' in html
    first_page = "\n".join(_pages(offer_pdf(html))[0])
    for text in ("Stolbud Sp. z o.o.", "ul. Długa 12", "00-950 Warszawa", "NIP: 525-000-00-00", "PL61 1090 1014"):
        assert text in first_page
    offers.save_letterhead(admin_actor, remove_logo=True)
    assert offers.letterhead()["logo"] == "" and offers.letterhead()["company_name"] == "Stolbud Sp. z o.o."


def test_only_managers_change_the_letterhead(admin_actor):
    agent = users.actor_for(users.create_user(admin_actor, "ala", "Ala", role="agent").id)
    with pytest.raises(PermissionDenied):
        offers.save_letterhead(agent, company_name="X")


def test_preview_shows_the_same_pages_as_the_pdf(qtbot, admin_actor, big_offer, fake_dialogs, tmp_path):
    widget = CalculationWidget(big_offer.deal_id, admin_actor)
    qtbot.addWidget(widget)
    widget.offer_bar.preview()
    preview = widget.offer_bar.last_preview
    html = offers.render_offer(admin_actor, big_offer.id, "pl")
    assert len(preview.pages) == len(_pages(offer_pdf(html))) >= 2
    assert preview.pages[0].width() < preview.pages[0].height()  # A4 portrait
    preview.close()
    fake_dialogs.answers.append(str(tmp_path / "o.pdf"))
    widget.offer_bar.export_pdf()
    name, _pdf = offers.latest_offer_pdf(admin_actor, big_offer.deal_id)
    assert name.startswith("Offer ") and name.endswith(".pdf")  # English ui here; "Oferta …" in Polish


def test_page_images_are_white_a4_pages(qapp):
    images = offer_page_images("<p>x</p>", dpi=50)
    assert len(images) == 1 and images[0].pixelColor(2, 2) == QColor("white")


def test_letterhead_dialog_saves_what_the_manager_typed_and_shows_refusals(qtbot, admin_actor, fake_dialogs, tmp_path):
    from desktop.ui.calculation.offer import LetterheadDialog

    dialog = LetterheadDialog(admin_actor)
    qtbot.addWidget(dialog)
    dialog.name.setText("Stolbud Sp. z o.o.")
    dialog.address.setPlainText("ul. Długa 12\n00-950 Warszawa")
    (tmp_path / "logo.gif").write_bytes(b"GIF89a not an image we take")
    fake_dialogs.answers.append(str(tmp_path / "logo.gif"))
    dialog.choose_logo()
    dialog.save()
    assert dialog.error.text() and offers.letterhead()["company_name"] == ""  # refused, nothing changed
    dialog.clear_logo()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert offers.letterhead()["company_address_lines"] == ["ul. Długa 12", "00-950 Warszawa"]
