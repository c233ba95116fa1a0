"""Catalogue dialog (products, price lists, rates) and the admin-only settings switch, driven like a user."""

from decimal import Decimal as D  # noqa: N817

import pytest

from desktop.services import settings as app_settings
from desktop.services.admin import users
from desktop.services.calculation import catalogue
from desktop.ui.calculation import picker
from desktop.ui.catalogue.dialog import CatalogueDialog
from desktop.ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, admin_actor, fake_dialogs):
    d = CatalogueDialog(admin_actor)
    qtbot.addWidget(d)
    return d


def test_a_product_typed_in_the_form_is_saved_and_searchable(dialog):
    tab = dialog.products
    tab.code.setText("OK-1")
    tab.name.setText("Okno „Łódź”")
    tab.price.setText("1250,50")
    tab.cost.setText("800")
    tab.save()
    assert tab.message.text() == ""
    assert catalogue.list_products("łódź")[0].net_price == D("1250.50")
    tab.search.setText("nothing-like-this")
    assert tab.table.rowCount() == 0


def test_a_duplicate_code_is_refused_with_a_message(dialog, admin_actor):
    catalogue.save_product(admin_actor, code="A", name="a")
    tab = dialog.products
    tab.clear_form()
    tab.code.setText("A")
    tab.name.setText("b")
    tab.save()
    assert "A" in tab.message.text()
    assert len(catalogue.list_products()) == 1


def test_price_list_and_rate_tabs(dialog, admin_actor, fake_dialogs, monkeypatch):
    product = catalogue.save_product(admin_actor, code="P", name="p", net_price="10")
    fake_dialogs.answers += ["Hurt", 1]  # name, EUR
    dialog.price_lists.add_list()
    monkeypatch.setattr(picker, "pick_product", lambda parent: product.id)
    dialog.price_lists.price.setText("8,5")
    dialog.price_lists.set_price()
    assert dialog.price_lists.items.rowCount() == 1
    dialog.rates.base.setCurrentText("EUR")
    dialog.rates.quote.setCurrentText("PLN")
    dialog.rates.rate.setText("4,31")
    dialog.rates.save()
    assert catalogue.find_rate("EUR", "PLN") == D("4.310000")


def test_settings_switch_is_disabled_with_the_reason_for_non_admins(qtbot, admin_actor):
    manager = users.actor_for(users.create_user(admin_actor, "ewa", "Ewa", "manager", password="secret-pass-1").id)
    d = SettingsDialog(manager)
    qtbot.addWidget(d)
    assert not d.without_calculation.isEnabled() and not d.reason.isHidden()
    d.without_calculation.setChecked(True)
    d.save()
    assert app_settings.calculations_enabled()


def test_admin_switches_deals_without_calculation(qtbot, admin_actor):
    d = SettingsDialog(admin_actor)
    qtbot.addWidget(d)
    assert d.without_calculation.isEnabled() and d.reason.isHidden()
    d.without_calculation.setChecked(True)
    d.save()
    assert not app_settings.calculations_enabled()


def test_main_window_has_tools_menu(qtbot, admin_actor):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    window.open_catalogue()
    found = window.findChild(CatalogueDialog)
    assert found is not None
    found.close()
    window.open_settings()
    assert window.findChild(SettingsDialog) is not None


def test_settings_choose_the_business_time_zone_and_go_back_to_the_system_one(qtbot, admin_actor, monkeypatch):
    from desktop.services import business_time

    monkeypatch.setenv("TZ", "Europe/Warsaw")
    d = SettingsDialog(admin_actor)
    qtbot.addWidget(d)
    assert d.zone.currentIndex() == 0 and "Europe/Warsaw" in d.zone.currentText()
    d.zone.setCurrentIndex(d.zone.findData("America/New_York"))
    d.save()
    assert business_time.stored_zone_name() == "America/New_York"
    again = SettingsDialog(admin_actor)
    qtbot.addWidget(again)
    assert again.zone.currentData() == "America/New_York"
    again.zone.setCurrentIndex(0)
    again.save()
    assert business_time.stored_zone_name() == "" and business_time.business_zone().key == "Europe/Warsaw"
