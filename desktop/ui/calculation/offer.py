"""Offer document actions of the Calculation widget: preview in the app or the web browser, export to PDF
(stored with the deal for e-mail follow-ups), and editing the offer template."""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.services.calculation import offers
from desktop.ui.calculation.pdf import offer_document, offer_page_images, offer_pdf
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text


class OfferPreview(QDialog):
    """The printed pages themselves (the PDF's layout drawn into images), so what is seen is what is sent."""

    def __init__(self, html: str, page_label: str = "{page} / {pages}", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Offer preview"))
        self.resize(880, 900)
        self.html = html
        self.pages = offer_page_images(html, dpi=96, page_label=page_label)
        column = QWidget(self)
        column.setStyleSheet("background: #8a8f96;")
        pages_layout = QVBoxLayout(column)
        pages_layout.setSpacing(12)
        self.page_labels: list[QLabel] = []
        for image in self.pages:
            label = QLabel(column)
            label.setPixmap(QPixmap.fromImage(image))
            pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        scroll = QScrollArea(self)
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def plain_text(self) -> str:
        return offer_document(self.html).toPlainText()


class LetterheadDialog(QDialog):
    """Managers set what heads every offer: company name, address, NIP, bank account and a logo."""

    def __init__(self, actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Offer letterhead"))
        current = offers.letterhead()
        self.name = QLineEdit(current["company_name"], self)
        self.address = QPlainTextEdit(current["company_address"], self)
        self.address.setFixedHeight(70)
        self.tax_id = QLineEdit(current["company_tax_id"], self)
        self.bank_account = QLineEdit(current["company_bank_account"], self)
        self.logo = QLabel(self)
        self.logo_bytes: bytes | None = None
        self.remove_logo = False
        self._show_logo(current["logo"])
        choose = QPushButton(self.tr("Choose logo…"), self)
        choose.clicked.connect(self.choose_logo)
        clear = QPushButton(self.tr("Remove logo"), self)
        clear.clicked.connect(self.clear_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(clear)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Company name:"), self.name)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Tax ID (NIP):"), self.tax_id)
        form.addRow(self.tr("Bank account:"), self.bank_account)
        form.addRow(self.tr("Logo:"), logo_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def _show_logo(self, data_url: str) -> None:
        if data_url:
            pixmap = QPixmap()
            pixmap.loadFromData(base64.b64decode(data_url.split(",", 1)[1]))
            self.logo.setPixmap(pixmap.scaledToHeight(48))
        else:
            self.logo.setText(self.tr("(no logo)"))

    def choose_logo(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("Choose logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        self.logo_bytes = Path(path).read_bytes()
        pixmap = QPixmap()
        if pixmap.loadFromData(self.logo_bytes):
            self.logo.setPixmap(pixmap.scaledToHeight(48))
        self.remove_logo = False

    def clear_logo(self) -> None:
        self.logo_bytes, self.remove_logo = None, True
        self.logo.setPixmap(QPixmap())
        self.logo.setText(self.tr("(no logo)"))

    def save(self) -> None:
        try:
            offers.save_letterhead(
                self.actor,
                logo=self.logo_bytes,
                remove_logo=self.remove_logo,
                company_name=self.name.text(),
                company_address=self.address.toPlainText(),
                company_tax_id=self.tax_id.text(),
                company_bank_account=self.bank_account.text(),
            )
        except EtapError as err:
            self.error.setText(error_text(err))
            return
        self.accept()


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
        self.language.addItem("Română", "ro")
        self.preview_button = QPushButton(self.tr("Preview offer"), self)
        self.browser_button = QPushButton(self.tr("Open in web browser"), self)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.template_button = QPushButton(self.tr("Edit template…"), self)
        self.template_button.setEnabled(calc_widget.actor.is_manager)
        self.letterhead_button = QPushButton(self.tr("Letterhead…"), self)
        self.letterhead_button.setEnabled(calc_widget.actor.is_manager)
        self.letterhead_button.clicked.connect(self.edit_letterhead)
        self.preview_button.clicked.connect(self.preview)
        self.browser_button.clicked.connect(self.open_in_browser)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.template_button.clicked.connect(self.edit_template)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Offer language:"), self))
        layout.addWidget(self.language)
        buttons = (self.preview_button, self.browser_button, self.pdf_button, self.template_button)
        for button in (*buttons, self.letterhead_button):
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
            self.last_preview = OfferPreview(html, offers.page_label(self.language.currentData()), self)
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
        language = self.language.currentData()
        name = offers.offer_file_name(actor, row.id, self.tr("Offer"))
        pdf = offer_pdf(html, title=name[:-4], page_label=offers.page_label(language))
        try:
            offers.store_offer_pdf(actor, row.id, name, pdf, language)
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

    def edit_letterhead(self) -> None:
        dialog = LetterheadDialog(self.calc_widget.actor, self)
        dialog.setModal(True)
        dialog.show()
        self.last_letterhead = dialog
