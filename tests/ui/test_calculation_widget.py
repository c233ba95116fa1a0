"""The Calculation widget end to end: variants, lines edited in place with refusals, totals, the deal value,
the global switch, and a real PDF whose text carries the totals and Polish/Romanian letters."""

import io
import re
from datetime import date
from decimal import Decimal as D  # noqa: N817 - short for hand-checked figures
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt

from desktop.services import settings as app_settings
from desktop.services.admin import users
from desktop.services.calculation import calculations, catalogue, offers
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.ui.calculation import CalculationWidget, open_calculation, picker
from desktop.ui.calculation.line_model import DISCOUNT, QUANTITY, UNIT_PRICE


@pytest.fixture
def deal(admin_actor):
    p = processes.create_process(admin_actor, "Lejek", "sales_funnel")
    return deals.create_deal(admin_actor, p.id, "Zażółć gęślą jaźń", source="Phone", expected_close=date(2026, 12, 31))


@pytest.fixture
def widget(qtbot, admin_actor, deal, fake_dialogs):
    w = CalculationWidget(deal.id, admin_actor)
    qtbot.addWidget(w)
    w.resize(1100, 700)
    return w


def test_line_model_passes_the_model_tester(qtmodeltester, widget, admin_actor, fake_dialogs):
    fake_dialogs.answers += ["A", "Okno"]
    widget.add_variant()
    widget.add_text_line()
    qtmodeltester.check(widget.model)


def test_adding_a_variant_and_typing_prices_updates_totals_and_the_deal(widget, admin_actor, deal, fake_dialogs):
    fake_dialogs.answers += ["Wariant A", "Okno PCV"]
    changed = []
    widget.deal_changed.connect(changed.append)
    widget.add_variant()
    widget.add_text_line()
    model = widget.model
    assert model.setData(model.index(0, QUANTITY), "3")
    assert model.setData(model.index(0, UNIT_PRICE), "100,50")
    assert model.setData(model.index(0, DISCOUNT), "10")
    # 3 × 100.50 × 0.9 = 271.35; VAT 23 % = 62.41 (62.4105)
    assert deals.get_deal(deal.id).value == D("271.35")
    assert "271.35" in widget.total_labels["net"].text().replace(",", ".").replace("\u00a0", "")
    assert "333.76" in widget.total_labels["gross"].text().replace(",", ".").replace("\u00a0", "")
    assert changed


def test_bad_input_is_refused_in_place_with_a_message(widget, fake_dialogs):
    fake_dialogs.answers += ["A", "Okno"]
    widget.add_variant()
    widget.add_text_line()
    assert not widget.model.setData(widget.model.index(0, DISCOUNT), "150")
    assert widget.message.text()  # the reason, shown under the table
    assert widget.model.rows[0].discount_pct == D(0)
    validator = widget.terms.rate.validator()
    assert validator.validate("-1", 0)[0].name != "Acceptable"
    assert validator.validate("abc", 0)[0].name == "Invalid"


def test_product_line_from_the_picker(widget, admin_actor, monkeypatch, fake_dialogs):
    product = catalogue.save_product(admin_actor, code="OK-1", name="Okno dachowe", net_price="1200", cost="700")
    monkeypatch.setattr(picker, "pick_product", lambda parent: product.id)
    fake_dialogs.answers += ["A"]
    widget.add_variant()
    widget.add_product_line()
    assert widget.model.rows[0].description == "Okno dachowe"
    assert widget.current().totals.margin == D("500.00")


def test_global_switch_hides_the_widget_content(widget, admin_actor, fake_dialogs):
    fake_dialogs.answers += ["A"]
    widget.add_variant()
    app_settings.set_deals_without_calculation(admin_actor, True)
    widget.reload()
    assert widget.content.isHidden() and not widget.disabled_note.isHidden()
    app_settings.set_deals_without_calculation(admin_actor, False)
    widget.reload()
    assert not widget.content.isHidden() and widget.variant_combo.count() == 1


def test_exported_pdf_has_totals_and_diacritics(widget, admin_actor, deal, fake_dialogs, tmp_path):
    fake_dialogs.answers += ["A", "Zażółć gęślą jaźń ăâîșț"]
    widget.add_variant()
    widget.add_text_line()
    widget.model.setData(widget.model.index(0, QUANTITY), "2")
    widget.model.setData(widget.model.index(0, UNIT_PRICE), "1234,56")
    target = tmp_path / "offer.pdf"
    fake_dialogs.answers.append(str(target))
    widget.offer_bar.export_pdf()
    stored_name, stored = offers.latest_offer_pdf(users.local_admin(), deal.id)
    assert stored == target.read_bytes() and stored_name.endswith(".pdf")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(stored)).pages)
    text = re.sub(r"\s+", " ", text)
    assert "Zażółć gęślą jaźń" in text and "ăâîșț" in text
    assert "2 469,12 PLN" in text  # net
    assert "3 037,02 PLN" in text  # gross: 2469.12 + 567.90 (VAT 567.8976 rounded half-up)


def test_preview_and_browser_show_the_rendered_offer(widget, monkeypatch, fake_dialogs):
    opened = []
    monkeypatch.setattr("desktop.ui.calculation.offer.QDesktopServices.openUrl", lambda url: opened.append(url))
    fake_dialogs.answers += ["A", "<script>alert(1)</script>"]
    widget.add_variant()
    widget.add_text_line()
    widget.offer_bar.preview()
    preview = widget.offer_bar.last_preview
    assert "<script>alert(1)</script>" in preview.plain_text()  # shown as text, not run
    preview.close()
    widget.offer_bar.open_in_browser()
    html = Path(opened[0].toLocalFile()).read_text(encoding="utf-8")
    assert "&lt;script&gt;" in html


def test_open_calculation_shows_a_dialog(qtbot, admin_actor, deal):
    dialog = open_calculation(None, admin_actor, deal.id)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.widget.deal_id == deal.id
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.close()


def test_choosing_a_variant_from_the_widget(widget, admin_actor, deal, fake_dialogs):
    fake_dialogs.answers += ["A", "x"]
    widget.add_variant()
    widget.add_text_line()
    widget.model.setData(widget.model.index(0, UNIT_PRICE), "10")
    fake_dialogs.answers += ["B"]
    widget.copy_variant()
    widget.model.setData(widget.model.index(0, UNIT_PRICE), "20")
    assert deals.get_deal(deal.id).value == D("10.00")
    widget.choose_variant()
    assert deals.get_deal(deal.id).value == D("20.00")
    assert [c.chosen for c in calculations.list_calculations(admin_actor, deal.id)] == [False, True]
