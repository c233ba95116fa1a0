"""The Contacts and Companies views: quick search, column filters, a lazy table sorted by the database,
multi-select, export, and commands on the selection.

Layout state (column order, widths, visibility, sort) is remembered per user in QSettings under a layout
version, like the funnel's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.services import exporting
from desktop.services.actor import Actor
from desktop.services.clients import campaigns, client_lists, companies, contacts, merging
from desktop.ui.clients.list_model import ID_ROLE, ClientListModel
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import tr

LAYOUT_VERSION = 1
WIDTHS = {
    "name": 220,
    "company": 220,
    "position": 140,
    "email": 230,
    "phone": 140,
    "consent": 90,
    "created": 130,
    "nip": 110,
    "regon": 120,
    "cui": 110,
    "city": 130,
    "postcode": 110,
    "country": 110,
    "website": 180,
}


class ClientListView(QWidget):
    """What Contacts and Companies share; subclasses name their columns and services."""

    open_record = Signal(int)
    new_record = Signal()
    records_changed = Signal()

    KIND = ""
    COLUMNS: tuple = ()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.model = ClientListModel(self.COLUMNS, self.page, self)
        # one settings object for the view's life: a QSettings made per call writes the file when it goes, and
        # the header reports every section it lays out (a dozen writes before the first paint)
        self._settings = QSettings(self)
        self.column_filters: dict[str, str] = {}
        self._layout_ready = False
        self._loaded = False
        self._build()
        self._restore_layout()
        self._layout_ready = True

    # -- what subclasses provide ----------------------------------------------------------------------
    def page(self, criteria, sort, descending, after, limit):
        raise NotImplementedError

    def rows_for_export(self, ids: list[int]):
        raise NotImplementedError

    def delete_ids(self, ids: list[int]) -> None:
        raise NotImplementedError

    def search_hint(self) -> str:
        return ""

    def delete_question(self, count: int) -> str:
        raise NotImplementedError

    def labels(self, ids: list[int]) -> list[str]:
        raise NotImplementedError

    def merge(self, keep_id: int, drop_id: int) -> None:
        raise NotImplementedError

    def merge_question(self, keep: str, drop: str, drop_id: int) -> str:
        raise NotImplementedError

    def extra_filters(self, bar: QHBoxLayout) -> None:
        """Filters beyond the search box (contacts: consent)."""

    def extra_buttons(self) -> list[QPushButton]:
        return []

    def apply_extra(self, criteria: client_lists.ListCriteria) -> None:
        """Put the extra filters' state into ``criteria``."""

    # -- building -------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{self.KIND}Search")
        self.search.setPlaceholderText(self.search_hint())
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.clear_button = QPushButton(QCoreApplication.translate("ClientListView", "Clear filters"), self)
        self.clear_button.setObjectName(f"{self.KIND}ClearFilters")
        self.clear_button.clicked.connect(self.clear_filters)
        self.new_button = QPushButton(QCoreApplication.translate("ClientListView", "New…"), self)
        self.new_button.setObjectName(f"{self.KIND}New")
        self.new_button.clicked.connect(self.new_record.emit)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        self.extra_filters(bar)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        bar.addWidget(self.new_button)

        self.table = QTableView(self)
        self.table.setObjectName(f"{self.KIND}Table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sortIndicatorChanged.connect(lambda *_: self._save_layout())
        header.sectionMoved.connect(lambda *_: self._save_layout())
        header.sectionResized.connect(lambda *_: self._save_layout())
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        scale = max(1.0, self.fontMetrics().height() / 17)
        for column, key in enumerate(self.model.keys):
            header.resizeSection(column, int(WIDTHS.get(key, 120) * scale))
        self.table.doubleClicked.connect(self._activated)
        open_action = QAction(self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._activated(self.table.currentIndex()))
        self.table.addAction(open_action)

        self.summary = QLabel(self)
        self.summary.setObjectName(f"{self.KIND}Summary")
        self.delete_button = QPushButton(QCoreApplication.translate("ClientListView", "Delete"), self)
        self.delete_button.setObjectName(f"{self.KIND}Delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setVisible(self.actor.is_manager)
        self.export_button = QPushButton(QCoreApplication.translate("ClientListView", "Export…"), self)
        self.export_button.setObjectName(f"{self.KIND}Export")
        self.export_button.clicked.connect(self.export)
        self.selection_buttons = [*self.extra_buttons(), self.delete_button]
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        for button in (*self.selection_buttons, self.export_button):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_summary())
        self._update_summary()

    # -- layout ---------------------------------------------------------------------------------------
    def _settings_key(self, name: str) -> str:
        return f"{self.KIND}/user{self.actor.id}/v{LAYOUT_VERSION}/{name}"

    def _save_layout(self) -> None:
        if self._layout_ready:
            self._settings.setValue(self._settings_key("header"), self.table.horizontalHeader().saveState())

    def _restore_layout(self) -> None:
        state = self._settings.value(self._settings_key("header"))
        header = self.table.horizontalHeader()
        if state is not None:
            header.restoreState(state)
        section = header.sortIndicatorSection()
        self.model.sort_key = self.model.keys[section] if 0 <= section < len(self.model.keys) else "name"
        self.model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def column_title(self, key: str) -> str:
        return tr("ClientColumn", dict(self.COLUMNS)[key])

    def _header_menu(self, pos) -> None:
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        index = header.logicalIndexAt(pos)
        key = self.model.keys[index] if index >= 0 else None
        if key in client_lists.TEXT_FILTERABLE:
            menu.addAction(
                QCoreApplication.translate("ClientListView", "Filter “%1”…").replace("%1", self.column_title(key)),
                lambda: self.ask_column_filter(key),
            )
            menu.addSeparator()
        for column, column_key in enumerate(self.model.keys):
            action = menu.addAction(self.column_title(column_key))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("ClientListView", "Reset columns"), self.reset_layout)
        menu.popup(header.mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self._save_layout()

    def reset_layout(self) -> None:
        self._settings.remove(self._settings_key("header"))
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.setSectionHidden(column, False)
            header.moveSection(header.visualIndex(column), column)
        self._save_layout()

    # -- filtering ------------------------------------------------------------------------------------
    def ask_column_filter(self, key: str) -> None:
        text = dialogs.ask_text(
            self,
            QCoreApplication.translate("ClientListView", "Filter column"),
            QCoreApplication.translate("ClientListView", "Show rows whose “%1” contains:").replace(
                "%1", self.column_title(key)
            ),
            self.column_filters.get(key, ""),
        )
        if text is not None:
            self.set_column_filter(key, text)

    def set_column_filter(self, key: str, text: str) -> None:
        if text.strip():
            self.column_filters[key] = text.strip()
        else:
            self.column_filters.pop(key, None)
        self.apply_filters()

    def clear_filters(self) -> None:
        self.column_filters.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reset_extra()
        self.apply_filters()

    def reset_extra(self) -> None:
        """Put the extra filters back to "all"."""

    def current_criteria(self) -> client_lists.ListCriteria:
        criteria = client_lists.ListCriteria(text=self.search.text().strip(), contains=dict(self.column_filters))
        self.apply_extra(criteria)
        return criteria

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_criteria(self.current_criteria())
        self._loaded = True
        self._update_summary()

    def ensure_loaded(self) -> None:
        """First showing: query now (the view is built with the window but only read when shown)."""
        if not self._loaded:
            self.apply_filters()

    def _update_summary(self) -> None:
        selected = len(self.selected_ids())
        parts = (
            [QCoreApplication.translate("ClientListView", "Selected: %1").replace("%1", str(selected))]
            if selected
            else []
        )
        parts += [f"{self.column_title(k)} ∋ „{v}”" for k, v in self.column_filters.items()]
        self.summary.setText("   ".join(parts))
        criteria = self.current_criteria()
        self.clear_button.setEnabled(criteria != client_lists.ListCriteria())
        for button in self.selection_buttons:
            button.setEnabled(selected > 0)

    # -- actions --------------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return self.model.ids(rows)

    def _activated(self, index) -> None:
        if index.isValid():
            self.open_record.emit(int(index.data(ID_ROLE)))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if not dialogs.confirm(
            self, QCoreApplication.translate("ClientListView", "Delete"), self.delete_question(len(ids))
        ):
            return
        try:
            self.delete_ids(ids)
        except EtapError as err:
            dialogs.error(self, err)
        self.apply_filters()
        self.records_changed.emit()

    def merge_button(self) -> QPushButton:
        button = QPushButton(QCoreApplication.translate("ClientListView", "Merge…"), self)
        button.setObjectName(f"{self.KIND}Merge")
        button.setToolTip(QCoreApplication.translate("ClientListView", "Merge two selected duplicates into one"))
        button.clicked.connect(self.merge_selected)
        button.setVisible(self.actor.is_manager)
        return button

    def merge_selected(self) -> None:
        """Two selected records become one: the user picks which to keep, sees what moves, and confirms."""
        ids = self.selected_ids()
        title = QCoreApplication.translate("ClientListView", "Merge")
        if len(ids) != 2:
            dialogs.warn(self, title, QCoreApplication.translate("ClientListView", "Select exactly two records."))
            return
        labels = self.labels(ids)
        choice = dialogs.ask_item(
            self, title, QCoreApplication.translate("ClientListView", "Keep this record:"), labels
        )
        if choice is None:
            return
        keep, drop = ids[choice], ids[1 - choice]
        question = self.merge_question(labels[choice], labels[1 - choice], drop)
        if not dialogs.confirm(self, title, question):
            return
        try:
            self.merge(keep, drop)
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.apply_filters()
        self.records_changed.emit()
        self.open_record.emit(keep)

    def export(self) -> None:
        path = dialogs.ask_save_path(
            self,
            QCoreApplication.translate("ClientListView", "Export"),
            f"etap-{self.KIND}.xlsx",
            QCoreApplication.translate("ClientListView", "Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)"),
        )
        if not path:
            return
        ids = self.selected_ids()
        rows = self.rows_for_export(ids)
        keys = self.model.keys
        header = [self.column_title(k) for k in keys]
        count = exporting.write(path, header, ([self.export_cell(r, k) for k in keys] for r in rows))
        dialogs.info(
            self,
            QCoreApplication.translate("ClientListView", "Export"),
            QCoreApplication.translate("ClientListView", "Exported rows: %1").replace("%1", str(count)),
        )

    def export_cell(self, row, key: str) -> object:
        value = row.cell(key)
        if isinstance(value, bool):
            return (
                QCoreApplication.translate("ClientListView", "yes")
                if value
                else QCoreApplication.translate("ClientListView", "no")
            )
        return value


class ContactsView(ClientListView):
    KIND = "contacts"
    COLUMNS = client_lists.CONTACT_COLUMNS

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.setObjectName("contactsView")

    def page(self, criteria, sort, descending, after, limit):
        return client_lists.contacts_page(criteria, sort, descending, after, limit)

    def rows_for_export(self, ids: list[int]):
        if ids:
            return client_lists.contacts_by_id(ids)
        return client_lists.iter_contacts(self.model.criteria, self.model.sort_key, self.model.descending)

    def delete_ids(self, ids: list[int]) -> None:
        for contact_id in ids:
            contacts.delete_contact(self.actor, contact_id)

    def search_hint(self) -> str:
        return self.tr("Search name, company, e-mail, phone, position…")

    def delete_question(self, count: int) -> str:
        return self.tr("Delete %n contact(s)? This cannot be undone.", "", count)

    def extra_buttons(self) -> list[QPushButton]:
        self.campaign_button = QPushButton(self.tr("Add to campaign…"), self)
        self.campaign_button.setObjectName("contactsAddToCampaign")
        self.campaign_button.clicked.connect(self.add_to_campaign)
        return [self.campaign_button, self.merge_button()]

    def labels(self, ids: list[int]) -> list[str]:
        rows = {r.id: r for r in client_lists.contacts_by_id(ids)}
        return [f"{rows[i].name} — {rows[i].email or rows[i].company or i}" if i in rows else str(i) for i in ids]

    def merge(self, keep_id: int, drop_id: int) -> None:
        merging.merge_contacts(self.actor, keep_id, drop_id)

    def merge_question(self, keep: str, drop: str, drop_id: int) -> str:
        return (
            self.tr(
                "“%1” will be merged into “%2” and deleted. Its deals (%3), campaigns (%4), e-mails and history "
                "move to “%2”; empty fields of “%2” take its values. Merge?"
            )
            .replace("%1", drop)
            .replace("%2", keep)
            .replace("%3", str(contacts.deal_count(drop_id)))
            .replace("%4", str(merging.campaign_count(drop_id)))
        )

    def add_to_campaign(self) -> None:
        ids = self.selected_ids()
        rows = campaigns.list_campaigns(self.actor)
        title = self.tr("Add to campaign")
        if not rows:
            dialogs.info(self, title, self.tr("There is no campaign yet (Process → Campaigns…)."))
            return
        choice = dialogs.ask_item(self, title, self.tr("Campaign:"), [r.name for r in rows])
        if choice is None or not ids:
            return
        try:
            result = campaigns.add_contacts(self.actor, rows[choice].id, ids)
        except EtapError as err:
            dialogs.error(self, err)
            return
        text = (
            self.tr("Added: %1, already members: %2, skipped without marketing consent: %3")
            .replace("%1", str(result.added))
            .replace("%2", str(result.already))
            .replace("%3", str(result.no_consent))
        )
        dialogs.info(self, title, text)

    def extra_filters(self, bar: QHBoxLayout) -> None:
        self.consent = QComboBox(self)
        self.consent.setObjectName("contactsConsent")
        self.consent.addItem(self.tr("Consent: any"), None)
        self.consent.addItem(self.tr("With marketing consent"), True)
        self.consent.addItem(self.tr("Without marketing consent"), False)
        self.consent.currentIndexChanged.connect(self.apply_filters)
        bar.addWidget(self.consent, 1)

    def apply_extra(self, criteria: client_lists.ListCriteria) -> None:
        criteria.consent = self.consent.currentData()

    def reset_extra(self) -> None:
        self.consent.blockSignals(True)
        self.consent.setCurrentIndex(0)
        self.consent.blockSignals(False)


class CompaniesView(ClientListView):
    KIND = "companies"
    COLUMNS = client_lists.COMPANY_COLUMNS

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.setObjectName("companiesView")

    def page(self, criteria, sort, descending, after, limit):
        return client_lists.companies_page(criteria, sort, descending, after, limit)

    def rows_for_export(self, ids: list[int]):
        if ids:
            return client_lists.companies_by_id(ids)
        return client_lists.iter_companies(self.model.criteria, self.model.sort_key, self.model.descending)

    def delete_ids(self, ids: list[int]) -> None:
        for company_id in ids:
            companies.delete_company(self.actor, company_id)

    def search_hint(self) -> str:
        return self.tr("Search name, NIP, CUI, city, e-mail, phone…")

    def delete_question(self, count: int) -> str:
        return self.tr("Delete %n company(ies)? This cannot be undone.", "", count)

    def extra_buttons(self) -> list[QPushButton]:
        return [self.merge_button()]

    def labels(self, ids: list[int]) -> list[str]:
        rows = {r.id: r for r in client_lists.companies_by_id(ids)}
        return [
            f"{rows[i].name} — {rows[i].nip or rows[i].cui or rows[i].city or i}" if i in rows else str(i) for i in ids
        ]

    def merge(self, keep_id: int, drop_id: int) -> None:
        merging.merge_companies(self.actor, keep_id, drop_id)

    def merge_question(self, keep: str, drop: str, drop_id: int) -> str:
        return (
            self.tr(
                "“%1” will be merged into “%2” and deleted. Its deals (%3), contacts and history move to “%2”; "
                "empty fields of “%2” take its values. Merge?"
            )
            .replace("%1", drop)
            .replace("%2", keep)
            .replace("%3", str(companies.deal_count(drop_id)))
        )
