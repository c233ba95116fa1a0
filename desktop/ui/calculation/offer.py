"""Offer document actions of the Calculation widget: preview in the app or the web browser, export to PDF
(stored with the deal for e-mail follow-ups), and editing the offer template."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.services import offers
from desktop.ui.calculation.pdf import html_to_pdf, offer_font_family
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text


class OfferPreview(QDialog):
    def __init__(self, html: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Offer preview"))
        self.resize(860, 900)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # an offer's links never navigate inside the app
        self.browser.document().setDefaultFont(QFont(offer_font_family()))
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


class TemplateEditor(QDialog):
    def __init__(self, actor, language: str, parent=None) -> None:
        super().__init__(parent)
        self.actor, self.language = actor, language
        self.setWindowTitle(self.tr("Offer template (%1)").replace("%1", language))
        self.resize(820, 640)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(offers.template_text(language))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.editor.setPlainText(offers.default_template(language))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("HTML with Jinja2 placeholders, e.g. {{ deal.number }}, {{ totals.gross }}."), self)
        )
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            offers.save_template(self.actor, self.language, self.editor.toPlainText())
        except EtapError as err:
            self.error.setText(error_text(err))
            return
        self.accept()


class OfferBar(QWidget):
    """Needs ``parent().current()`` (the shown variant) and ``parent().actor``."""

    def __init__(self, calc_widget) -> None:
        super().__init__(calc_widget)
        self.calc_widget = calc_widget
        self.language = QComboBox(self)
        self.language.addItem("Polski", "pl")
        self.language.addItem("English", "en")
        self.preview_button = QPushButton(self.tr("Preview offer"), self)
        self.browser_button = QPushButton(self.tr("Open in web browser"), self)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.template_button = QPushButton(self.tr("Edit template…"), self)
        self.template_button.setEnabled(calc_widget.actor.is_manager)
        self.preview_button.clicked.connect(self.preview)
        self.browser_button.clicked.connect(self.open_in_browser)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.template_button.clicked.connect(self.edit_template)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Offer language:"), self))
        layout.addWidget(self.language)
        for button in (self.preview_button, self.browser_button, self.pdf_button, self.template_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.last_preview: OfferPreview | None = None
        self.last_pdf: bytes | None = None

    def _html(self) -> str | None:
        row = self.calc_widget.current()
        if row is None:
            return None
        try:
            return offers.render_offer(self.calc_widget.actor, row.id, self.language.currentData())
        except EtapError as err:
            self.calc_widget.show_message(error_text(err))
            return None

    def preview(self) -> None:
        html = self._html()
        if html is not None:
            self.last_preview = OfferPreview(html, self)
            self.last_preview.show()

    def open_in_browser(self) -> None:
        html = self._html()
        if html is None:
            return
        # a fresh private file each time: the browser may still be reading the previous one
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", suffix=".html", prefix="etap-offer-", delete=False
        ) as f:
            f.write(html)
        QDesktopServices.openUrl(QUrl.fromLocalFile(f.name))

    def export_pdf(self) -> None:
        """Store the PDF with the deal, then offer to save a copy to a file."""
        html = self._html()
        if html is None:
            return
        actor, row = self.calc_widget.actor, self.calc_widget.current()
        name = offers.offer_file_name(actor, row.id)
        pdf = html_to_pdf(html, title=name)
        try:
            offers.store_offer_pdf(actor, row.id, name, pdf, self.language.currentData())
        except EtapError as err:
            self.calc_widget.show_message(error_text(err))
            return
        self.last_pdf = pdf
        path = dialogs.ask_save_path(self, self.tr("Save offer as PDF"), name, self.tr("PDF files (*.pdf)"))
        if path:
            Path(path).write_bytes(pdf)
        self.calc_widget.show_message("")

    def edit_template(self) -> None:
        editor = TemplateEditor(self.calc_widget.actor, self.language.currentData(), self)
        editor.setModal(True)
        editor.show()
