"""What the contact and company sheets share: a form that saves only what the user changed (version-checked),
a warning when the entry looks like an existing record, and tabs with the client's deals and history.

A sheet is a non-modal window; several can be open at once. A new record's sheet creates it on the first save
and then stays open on it. ``changes()`` compares each field with what the form showed after loading, so an
untouched sheet has nothing to save and closes without asking.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, EtapError, ValidationError
from desktop.services.admin import users
from desktop.services.clients import client_deals
from desktop.ui.clients.picker import CompanyPicker
from desktop.ui.deal_sheet.history_tab import describe
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text
from desktop.ui.formatting import date_text, datetime_text, money_text
from desktop.ui.widgets import OptionalDateEdit

DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_text(reason: str) -> str:
    """Why a record looks like a duplicate: the services name the matching value's field."""
    return {
        "email": QCoreApplication.translate("ClientSheet", "same e-mail"),
        "nip": QCoreApplication.translate("ClientSheet", "same NIP"),
        "cui": QCoreApplication.translate("ClientSheet", "same CUI/CIF"),
        "name": QCoreApplication.translate("ClientSheet", "same name"),
    }.get(reason, reason)


def status_text(status: str) -> str:
    return {
        "queued": QCoreApplication.translate("ClientSheet", "queued"),
        "sending": QCoreApplication.translate("ClientSheet", "sending"),
        "sent": QCoreApplication.translate("ClientSheet", "sent"),
        "failed": QCoreApplication.translate("ClientSheet", "failed"),
        "unknown": QCoreApplication.translate("ClientSheet", "unknown — check"),
    }.get(status, status)


def direction_text(message) -> str:
    """“Received”, or “Sent” with the outbox's state when Etap sent it (a copy from another mail program found in
    the Sent folder is simply sent)."""
    if message.direction == "in":
        return QCoreApplication.translate("ClientSheet", "Received")
    if message.source == "outbox" and message.status != "sent":
        return QCoreApplication.translate("ClientSheet", "Sent (%1)").replace("%1", status_text(message.status))
    return QCoreApplication.translate("ClientSheet", "Sent")


class FieldBox:
    """One form field: its widget, how to read and show a value, and a change signal."""

    def __init__(self, key: str, widget: QWidget) -> None:
        self.key = key
        self.widget = widget

    def get(self) -> object:
        w = self.widget
        if isinstance(w, QLineEdit) and not isinstance(w, CompanyPicker):
            return w.text().strip()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        return w.value()  # OptionalDateEdit, CompanyPicker

    def set(self, value: object) -> None:
        w = self.widget
        if isinstance(w, CompanyPicker):
            w.set_value(value)
        elif isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        else:
            w.set_value(value)

    def connect(self, slot) -> None:
        w = self.widget
        if isinstance(w, CompanyPicker):
            w.changed.connect(slot)
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            w.textChanged.connect(slot)
        elif isinstance(w, QCheckBox):
            w.toggled.connect(slot)
        else:
            w.changed.connect(slot)


class ClientSheet(QWidget):
    """Subclasses define the fields (``build_fields``) and the service calls."""

    saved = Signal(int)
    open_deal = Signal(int)
    new_deal = Signal(object, object)  # contact id, company id
    open_existing = Signal(int)  # a duplicate the user chose to open

    KIND = ""

    def __init__(self, actor, record_id: int | None = None, parent=None, initial: dict | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.actor = actor
        self.record_id = record_id
        self.record = None
        self.fields: dict[str, FieldBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        self.shown: dict[str, object] = {}
        self._loading = False
        self._duplicate_id: int | None = None

        form_widget = QWidget(self)
        self.form = QFormLayout(form_widget)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.build_fields()
        for box in self.fields.values():
            box.connect(self._edited)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_widget)
        scroll.setMinimumWidth(420)

        self.duplicate = QLabel(self)
        self.duplicate.setObjectName("duplicateWarning")
        self.duplicate.setWordWrap(True)
        self.duplicate.setStyleSheet("color: #8a5a00;")
        self.open_duplicate = QPushButton(QCoreApplication.translate("ClientSheet", "Open the existing record"), self)
        self.open_duplicate.setObjectName("openDuplicate")
        self.open_duplicate.clicked.connect(self._open_duplicate)
        duplicate_row = QHBoxLayout()
        duplicate_row.addWidget(self.duplicate, 1)
        duplicate_row.addWidget(self.open_duplicate)
        self.duplicate.hide()
        self.open_duplicate.hide()
        self.message = QLabel(self)
        self.message.setObjectName("sheetMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName(f"save{self.KIND.title()}")
        self.revert_button = self.buttons.addButton(
            QCoreApplication.translate("ClientSheet", "Revert"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addLayout(duplicate_row)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.buttons)

        self.tabs = QTabWidget(self)
        self.deals_list = QTreeWidget(self)
        self.deals_list.setObjectName("clientDeals")
        self.deals_list.setRootIsDecorated(False)
        self.deals_list.setHeaderLabels(
            [
                QCoreApplication.translate("ClientSheet", "Number"),
                QCoreApplication.translate("ClientSheet", "Deal"),
                QCoreApplication.translate("ClientSheet", "Stage"),
                QCoreApplication.translate("ClientSheet", "Value"),
                QCoreApplication.translate("ClientSheet", "Owner"),
                QCoreApplication.translate("ClientSheet", "Expected close"),
            ]
        )
        self.deals_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.deals_list.itemActivated.connect(self._deal_activated)
        self.deals_summary = QLabel(self)
        self.deals_summary.setObjectName("clientDealsSummary")
        self.new_deal_button = QPushButton(QCoreApplication.translate("ClientSheet", "New deal for this client…"), self)
        self.new_deal_button.setObjectName("newDealForClient")
        self.new_deal_button.clicked.connect(self._new_deal)
        deals_tab = QWidget(self)
        deals_layout = QVBoxLayout(deals_tab)
        deals_layout.addWidget(self.deals_list, 1)
        deals_bar = QHBoxLayout()
        deals_bar.addWidget(self.deals_summary, 1)
        deals_bar.addWidget(self.new_deal_button)
        deals_layout.addLayout(deals_bar)
        self.history_list = QTreeWidget(self)
        self.history_list.setObjectName("clientHistory")
        self.history_list.setRootIsDecorated(False)
        self.history_list.setHeaderLabels(
            [
                QCoreApplication.translate("ClientSheet", "When"),
                QCoreApplication.translate("ClientSheet", "Who"),
                QCoreApplication.translate("ClientSheet", "Deal"),
                QCoreApplication.translate("ClientSheet", "What"),
            ]
        )
        self.history_list.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tasks_list = self._tree("clientTasks", ["Task", "Due", "Done", "Owner", "Deal"], stretch=0)
        self.tasks_list.itemActivated.connect(self._deal_activated)
        self.emails_list = self._tree("clientEmails", ["Date", "Direction", "From / To", "Subject", "Deal"], stretch=3)
        self.emails_list.itemActivated.connect(self._deal_activated)
        self.tabs.addTab(deals_tab, QCoreApplication.translate("ClientSheet", "Deals"))
        self.tabs.addTab(self.tasks_list, QCoreApplication.translate("ClientSheet", "Tasks"))
        self.tabs.addTab(self.emails_list, QCoreApplication.translate("ClientSheet", "E-mails"))
        self.tabs.addTab(self.history_list, QCoreApplication.translate("ClientSheet", "History"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for sequence, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Close, self.close),
        ):
            action = QAction(self)
            action.setShortcut(sequence)
            action.triggered.connect(slot)
            self.addAction(action)
        self.resize(1100, 700)
        if record_id is None:
            self._show_new(initial or {})
        else:
            self._show(self.load(record_id))

    def _tree(self, name: str, headers: list[str], stretch: int) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels([self.header_text(h) for h in headers])
        tree.header().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return tree

    @staticmethod
    def header_text(key: str) -> str:
        return {
            "Task": QCoreApplication.translate("ClientSheet", "Task"),
            "Due": QCoreApplication.translate("ClientSheet", "Due"),
            "Done": QCoreApplication.translate("ClientSheet", "Done"),
            "Owner": QCoreApplication.translate("ClientSheet", "Owner"),
            "Deal": QCoreApplication.translate("ClientSheet", "Deal"),
            "Date": QCoreApplication.translate("ClientSheet", "Date"),
            "Direction": QCoreApplication.translate("ClientSheet", "Direction"),
            "From / To": QCoreApplication.translate("ClientSheet", "From / To"),
            "Subject": QCoreApplication.translate("ClientSheet", "Subject"),
        }[key]

    # -- what subclasses provide ----------------------------------------------------------------------
    def build_fields(self) -> None:
        raise NotImplementedError

    def load(self, record_id: int):
        raise NotImplementedError

    def create(self, values: dict):
        raise NotImplementedError

    def edit(self, changes: dict):
        raise NotImplementedError

    def duplicates(self) -> list:
        """Existing records this entry may duplicate (services' ``Match`` rows)."""
        return []

    def display(self, record, key: str) -> object:
        """A stored value as the form shows it."""
        return getattr(record, key)

    def window_title(self) -> str:
        raise NotImplementedError

    def deals_filter(self) -> dict:
        raise NotImplementedError

    # -- building helpers -----------------------------------------------------------------------------
    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        """A form row: the input with its error message under it (hidden until a save is refused)."""
        self.fields[key] = FieldBox(key, widget)
        error = QLabel(self)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        cell = QWidget(self)
        cell.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # extra height goes below
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.rows[key] = cell
        self.form.addRow(label, cell)
        return widget

    def line(self, key: str, label: str) -> QLineEdit:
        widget = QLineEdit(self)
        widget.setObjectName(f"field_{key}")
        return self.add_field(key, label, widget)

    def text_box(self, key: str, label: str, lines: int = 3) -> QPlainTextEdit:
        widget = QPlainTextEdit(self)
        widget.setObjectName(f"field_{key}")
        widget.setTabChangesFocus(True)
        widget.setFixedHeight(widget.fontMetrics().lineSpacing() * lines + 14)
        return self.add_field(key, label, widget)

    def check(self, key: str, label: str, text: str) -> QCheckBox:
        widget = QCheckBox(text, self)
        widget.setObjectName(f"field_{key}")
        return self.add_field(key, label, widget)

    def date_box(self, key: str, label: str) -> OptionalDateEdit:
        widget = OptionalDateEdit(self)
        widget.setObjectName(f"field_{key}")
        widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return self.add_field(key, label, widget)

    def company_box(self, key: str, label: str) -> CompanyPicker:
        widget = CompanyPicker(self)
        widget.setObjectName(f"field_{key}")
        return self.add_field(key, label, widget)

    # -- showing --------------------------------------------------------------------------------------
    def _fill(self, values: dict) -> None:
        self._loading = True
        try:
            for key, box in self.fields.items():
                box.set(values.get(key))
            self.shown = {key: box.get() for key, box in self.fields.items()}
        finally:
            self._loading = False

    def _show_new(self, initial: dict) -> None:
        self.record = None
        self._fill({})
        for key, value in initial.items():  # prefilled values count as changes: they are not saved yet
            if key in self.fields:
                self.fields[key].set(value)
        self.setWindowTitle(self.window_title() + "[*]")
        self.tabs.setEnabled(False)
        self._edited()

    def _show(self, record) -> None:
        self.record = record
        self.record_id = record.id
        self._fill({key: self.display(record, key) for key in self.fields})
        self.setWindowTitle(self.window_title() + "[*]")
        self.tabs.setEnabled(True)
        self.clear_errors()
        self._set_dirty(False)
        self.reload_tabs()

    def reload(self) -> None:
        if self.record_id is None:
            self._show_new({})
            return
        try:
            self._show(self.load(self.record_id))
        except EtapError as err:
            dialogs.error(self, err)

    def reload_tabs(self) -> None:
        if self.record_id is None:
            return
        names = {u.id: u.display_name for u in users.list_users(active_only=False)}
        self.deals_list.clear()
        rows = client_deals.deals_of(self.actor, **self.deals_filter())
        open_count = sum(1 for d in rows if d.is_open)
        for deal in rows:
            item = QTreeWidgetItem(
                [
                    deal.number,
                    deal.title,
                    deal.stage,
                    money_text(deal.value, deal.currency),
                    deal.owner,
                    date_text(deal.expected_close),
                ]
            )
            item.setData(0, DEAL_ID_ROLE, deal.id)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not deal.is_open:
                for column in range(6):
                    item.setForeground(column, self.palette().placeholderText())
            self.deals_list.addTopLevelItem(item)
        for column in (0, 2, 3, 4):
            self.deals_list.resizeColumnToContents(column)
        self.deals_summary.setText(
            QCoreApplication.translate("ClientSheet", "Open: %1, closed: %2")
            .replace("%1", str(open_count))
            .replace("%2", str(len(rows) - open_count))
        )
        self.tasks_list.clear()
        for task in client_deals.tasks_of(self.actor, **self.deals_filter()):
            item = QTreeWidgetItem(
                [task.title, datetime_text(task.due_at), datetime_text(task.done_at), task.owner, task.deal_number]
            )
            item.setData(0, DEAL_ID_ROLE, task.deal_id)
            self.tasks_list.addTopLevelItem(item)
        self.emails_list.clear()
        for message in client_deals.emails_of(self.actor, **self.deals_filter()):
            other = message.from_addr if message.direction == "in" else message.to_addr
            item = QTreeWidgetItem(
                [datetime_text(message.at), direction_text(message), other, message.subject, message.deal_number]
            )
            item.setData(0, DEAL_ID_ROLE, message.deal_id)
            item.setToolTip(
                2,
                QCoreApplication.translate("ClientSheet", "From: %1\nTo: %2")
                .replace("%1", message.from_addr)
                .replace("%2", message.to_addr),
            )
            item.setToolTip(3, message.subject)
            self.emails_list.addTopLevelItem(item)
        for tree in (self.tasks_list, self.emails_list):
            tree.resizeColumnToContents(0)
        for column in (1, 2, 4):
            self.emails_list.resizeColumnToContents(column)
        cap = self.emails_list.fontMetrics().horizontalAdvance("m" * 16)  # a long address must leave the subject room
        self.emails_list.setColumnWidth(2, min(self.emails_list.columnWidth(2), cap))
        self.history_list.clear()
        for event in client_deals.history_of(self.actor, **self.deals_filter()):
            text = self.describe_event(event.kind, event.payload, names)
            item = QTreeWidgetItem([datetime_text(event.at), event.user, event.deal_number, text])
            item.setToolTip(3, text)
            self.history_list.addTopLevelItem(item)
        self.history_list.resizeColumnToContents(0)

    def describe_event(self, kind: str, payload: dict, names: dict) -> str:
        if kind.endswith("_changed") and kind.startswith(("contact", "company")):
            key = payload.get("field", "")
            label = self.label_of(key)
            old, new = (self.event_value(key, payload.get(k)) for k in ("old", "new"))
            return f"{label}: {old} → {new}"
        simple = {
            "contact_created": QCoreApplication.translate("ClientSheet", "Contact created"),
            "company_created": QCoreApplication.translate("ClientSheet", "Company created"),
            "contact_merged": QCoreApplication.translate("ClientSheet", "Another contact merged into this one: %1"),
            "company_merged": QCoreApplication.translate("ClientSheet", "Another company merged into this one: %1"),
            "contact_anonymised": QCoreApplication.translate("ClientSheet", "Personal data anonymised"),
        }
        if kind in simple:
            return simple[kind].replace("%1", str(payload.get("merged_name", "")))
        return describe(kind, payload, names)

    def event_value(self, key: str, value: object) -> str:
        if value in (None, ""):
            return "—"
        if isinstance(value, bool):
            return (
                QCoreApplication.translate("ClientSheet", "yes")
                if value
                else QCoreApplication.translate("ClientSheet", "no")
            )
        return str(value)

    def label_of(self, key: str) -> str:
        label = self.form.labelForField(self.rows[key]) if key in self.rows else None
        return label.text().rstrip(":") if label is not None else key

    # -- editing --------------------------------------------------------------------------------------
    def changes(self) -> dict:
        return {key: box.get() for key, box in self.fields.items() if box.get() != self.shown.get(key)}

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.setWindowModified(dirty)

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self._set_dirty(bool(self.changes()) or self.record_id is None)

    def check_duplicates(self) -> list:
        """Look for an existing record like this entry and say so next to the form."""
        try:
            matches = self.duplicates()
        except EtapError:
            matches = []
        if not matches:
            self._duplicate_id = None
            self.duplicate.hide()
            self.open_duplicate.hide()
            return []
        first = matches[0]
        self._duplicate_id = first.id
        text = (
            QCoreApplication.translate("ClientSheet", "Already in Etap: %1 (%2).")
            .replace("%1", first.label)
            .replace("%2", reason_text(first.reason))
        )
        if len(matches) > 1:
            text += " " + QCoreApplication.translate("ClientSheet", "%1 more similar.").replace(
                "%1", str(len(matches) - 1)
            )
        self.duplicate.setText(text)
        self.duplicate.show()
        self.open_duplicate.show()
        return matches

    def _open_duplicate(self) -> None:
        if self._duplicate_id is not None:
            self.open_existing.emit(self._duplicate_id)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.message.hide()

    def show_error(self, field: str | None, text: str) -> None:
        if field in self.errors:
            self.errors[field].setText(text)
            self.errors[field].show()
            self.fields[field].widget.setFocus()
        else:
            self.message.setText(text)
            self.message.show()

    def save(self) -> bool:
        changes = self.changes()
        if not changes and self.record_id is not None:
            return True
        self.clear_errors()
        if self.record_id is None:
            matches = self.check_duplicates()
            question = QCoreApplication.translate(
                "ClientSheet", "%1 is already in Etap. Save a new record anyway?"
            ).replace("%1", matches[0].label if matches else "")
            if matches and not dialogs.confirm(
                self, QCoreApplication.translate("ClientSheet", "Possible duplicate"), question
            ):
                return False
        try:
            record = self.create(changes) if self.record_id is None else self.edit(changes)
        except ValidationError as err:
            self.show_error(err.field, error_text(err))
            return False
        except ConflictError as err:
            self._conflict(err)
            return False
        except EtapError as err:
            self.show_error(None, error_text(err))
            return False
        self._show(record)
        self.saved.emit(record.id)
        return True

    def _conflict(self, err: ConflictError) -> None:
        text = error_text(err)
        current = err.current
        if current is not None:
            changed = [self.label_of(k) for k in self.fields if self.display(current, k) != self.shown.get(k)]
            if changed:
                text += "\n" + QCoreApplication.translate("ClientSheet", "Changed meanwhile: %1").replace(
                    "%1", ", ".join(changed)
                )
        self.show_error(None, text)
        question = (
            text
            + "\n\n"
            + QCoreApplication.translate("ClientSheet", "Load the current version? Your unsaved changes will be lost.")
        )
        if dialogs.confirm(self, QCoreApplication.translate("ClientSheet", "Changed elsewhere"), question):
            self.reload()

    def _deal_activated(self, item: QTreeWidgetItem) -> None:
        deal_id = item.data(0, DEAL_ID_ROLE)
        if deal_id is not None:
            self.open_deal.emit(int(deal_id))

    def _new_deal(self) -> None:
        self.new_deal.emit(*self.client_ids())

    def client_ids(self) -> tuple[int | None, int | None]:
        raise NotImplementedError

    def closeEvent(self, event) -> None:
        pending = self.changes() if self.record_id is not None else self._new_entry_typed()
        if (
            self.isVisible()
            and pending
            and not dialogs.confirm(
                self,
                QCoreApplication.translate("ClientSheet", "Unsaved changes"),
                QCoreApplication.translate("ClientSheet", "Close without saving your changes?"),
            )
        ):
            event.ignore()
            return
        super().closeEvent(event)

    def _new_entry_typed(self) -> dict:
        return {k: v for k, v in self.changes().items() if v not in ("", None, False)}
