"""The import wizard (Tools → Import…): a Polish semicolon file goes through every step into the database;
problems show on their cells; Revert import from the history undoes it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.store.models import Deal, ImportBatch
from desktop.ui.imports.history import ImportHistoryDialog
from desktop.ui.imports.wizard import ImportWizard, MappingPage, PreviewPage, RunPage, ValuesPage

CSV = (
    "Tytuł;Nazwa firmy;Wartość;Waluta;Etap;Opiekun;Data utworzenia\r\n"
    "Dostawa łożysk;Zakład Śrubek;1 234,56;zł;Wygrana;Nieznany Ktoś;01.12.2026\r\n"
    "Wymiana okien;Źródło Sp. z o.o.;12 000;PLN;Oferta;;15.11.2026\r\n"
    "Serwis;Beta;dużo;PLN;Oferta;;03.11.2026\r\n"
)


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "szanse.csv"
    path.write_bytes(CSV.encode("cp1250"))
    return path


def _walk_to(wizard, page_type):
    while not isinstance(wizard.currentPage(), page_type):
        wizard.next()


def test_wizard_imports_a_polish_file_and_marks_problem_cells(qtbot, admin_actor, fake_dialogs, csv_file):
    wizard = ImportWizard(admin_actor)
    qtbot.addWidget(wizard)
    fake_dialogs.answers.append(str(csv_file))
    wizard.file_page.choose()
    assert wizard.file_page.encoding.currentText() == "Windows-1250"
    assert wizard.file_page.delimiter.currentData() == ";"
    wizard.file_page.process.setCurrentText("Sprzedaż z pliku")
    wizard.show()
    _walk_to(wizard, MappingPage)
    assert [c.currentData() for c in wizard.mapping_page.combos] == [
        "title",
        "company",
        "value",
        "currency",
        "stage",
        "owner",
        "created",
    ]
    _walk_to(wizard, ValuesPage)
    whats = [(w, v) for w, v, _c in wizard.values_page.rows]
    assert ("owner", "Nieznany Ktoś") in whats and ("currency", "zł") in whats
    _walk_to(wizard, PreviewPage)
    preview = wizard.preview_page
    assert preview.table.rowCount() == 3
    value_col = next(
        c for c in range(preview.table.columnCount()) if preview.table.horizontalHeaderItem(c).text() == "Value"
    )
    bad = preview.table.item(2, value_col)
    assert "is not an amount" in bad.toolTip()
    assert preview.table.item(0, value_col).text() == "1\u00a0234,56"
    assert preview.table.item(1, 1).checkState() == Qt.CheckState.Checked
    preview.table.item(1, 1).setCheckState(Qt.CheckState.Unchecked)  # the user leaves "Wymiana okien" out
    assert not preview.table.item(2, 1).flags() & Qt.ItemFlag.ItemIsUserCheckable  # a broken row cannot be taken
    _walk_to(wizard, RunPage)
    wizard.run_page.start()
    qtbot.waitUntil(lambda: wizard.run_page.result is not None, timeout=20000)
    result = wizard.run_page.result
    assert (result.counts["created"], result.counts["failed"]) == (1, 2)
    assert [t for (t,) in Deal.select(Deal.title).tuples()] == ["Dostawa łożysk"]
    assert wizard.button(wizard.WizardButton.FinishButton).isEnabled()


def test_cancelled_wizard_import_leaves_nothing(qtbot, admin_actor, fake_dialogs, csv_file, monkeypatch):
    from desktop.services.imports import engine

    monkeypatch.setattr(engine, "CHUNK", 1)
    wizard = ImportWizard(admin_actor)
    qtbot.addWidget(wizard)
    assert wizard.open_file(str(csv_file))
    wizard.file_page.process.setCurrentText("P")
    wizard.show()
    _walk_to(wizard, RunPage)
    wizard.run_page.start()
    wizard.run_page.cancel()
    qtbot.waitUntil(lambda: wizard.run_page.job is None, timeout=20000)
    assert wizard.run_page.result is None
    assert "cancelled" in wizard.run_page.status.text()
    assert Deal.select().count() == 0 and ImportBatch.select().count() == 0


def test_bad_file_is_reported_and_the_wizard_stays_on_the_file_step(qtbot, admin_actor, fake_dialogs, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    wizard = ImportWizard(admin_actor)
    qtbot.addWidget(wizard)
    assert not wizard.open_file(str(path))
    assert fake_dialogs.messages == [("error", "The file is empty.")]
    assert not wizard.file_page.isComplete()


def test_history_reverts_an_import(qtbot, admin_actor, fake_dialogs, csv_file):
    from tests.services.imports.conftest import do_import

    do_import(admin_actor, csv_file, process="P")
    assert Deal.select().count() == 2
    dialog = ImportHistoryDialog(admin_actor)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert dialog.revert_button.isEnabled()
    fake_dialogs.answers.append(True)
    dialog.revert_selected()
    assert Deal.select().count() == 0
    assert fake_dialogs.messages[-1][0] == "info"
    dialog.table.selectRow(0)
    assert not dialog.revert_button.isEnabled()
