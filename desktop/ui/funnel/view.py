"""The funnel view (SPEC F9, seed 002): sub-view tabs, filters, a lazy table, bulk actions, segments.

Layout state (column order, widths, visibility, sort) and row height are remembered per user in QSettings
under a layout version, so a changed column set starts clean instead of restoring a broken header.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
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
    QSpinBox,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError, MissingFields
from desktop.domain.funnel import COLUMNS, QUICK_RANGES, TEXT_COLUMNS, Criteria
from desktop.services import exporting
from desktop.services.actor import Actor
from desktop.services.admin import users
from desktop.services.changes import Changes
from desktop.services.deals import deals, spam
from desktop.services.pipeline import funnel, segments
from desktop.services.processes import processes
from desktop.ui import ops
from desktop.ui.background import Worker
from desktop.ui.board.fields_dialog import RequiredFieldsDialog
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import tr
from desktop.ui.formatting import date_text
from desktop.ui.funnel.model import DEAL_ID_ROLE, FunnelModel, column_title

LAYOUT_VERSION = 1
ALL, SPAM = "all", "spam"
# Default widths (pixels at 96 dpi) until the user resizes; scaled by the font height for high DPI.
WIDTHS = {
    "number": 125,
    "source": 150,
    "stage": 160,
    "substage": 150,
    "created": 120,
    "expected_close": 190,
    "contact": 160,
    "company": 210,
    "email": 220,
    "phone": 125,
    "title": 240,
    "owner": 160,
    "value": 125,
    "probability": 130,
    "spam": 55,
}


class FunnelView(QWidget):
    open_deal = Signal(int)
    process_chosen = Signal(int)  # a segment or search switched to another process
    new_deal_requested = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funnelView")
        self.actor = actor
        self.process_id: int | None = None
        self.base = Criteria()  # from a segment or the advanced search; the bar's filters add to it
        self.model = FunnelModel(actor, self)
        # the sub-view tab counts run in the background (a full count over a million deals takes a few
        # hundred ms); the table itself is painted first
        self.worker = Worker(self, "funnel-counts")
        self._count_token = 0
        self.counts: dict = {}
        self._layout_ready = False  # building the header must not overwrite the saved layout
        # one settings object for the view's life: a temporary one writes its file when it goes, ~10 ms on
        # every header click; this one is written by Qt in the background (and on exit)
        self._settings = QSettings(self)
        self._build()
        self._restore_layout()
        self._layout_ready = True
        ops.hub().changed.connect(self.on_changed)

    # -- building -------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("funnelSearch")
        self.search.setPlaceholderText(self.tr("Search number, subject, contact, company, e-mail…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)

        self.created = QComboBox(self)
        self.created.setObjectName("funnelCreated")
        self.created.addItem(self.tr("Created: any time"), "")
        for key, label in QUICK_RANGES.items():
            self.created.addItem(self.tr("Created: %1").replace("%1", tr("QuickRange", label)), key)
        self.created.currentIndexChanged.connect(self.apply_filters)

        self.owner = QComboBox(self)
        self.owner.setObjectName("funnelOwner")
        self.owner.addItem(self.tr("All owners"), "any")
        self.owner.addItem(self.tr("Unassigned"), None)
        for user in users.list_users():
            self.owner.addItem(user.display_name, user.id)
        self.owner.setVisible(self.actor.is_manager)
        self.owner.currentIndexChanged.connect(self.apply_filters)

        self.segment_button = QToolButton(self)
        self.segment_button.setObjectName("funnelSegments")
        self.segment_button.setText(self.tr("Segments") + " ▾")
        self.segment_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Fusion draws its own menu arrow over the text's last letters; the ▾ in the text replaces it
        self.segment_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.segment_menu = QMenu(self.segment_button)
        self.segment_menu.aboutToShow.connect(self._fill_segment_menu)
        self.segment_button.setMenu(self.segment_menu)

        self.column_filters: dict[str, str] = {}
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("funnelClearFilters")
        self.clear_button.clicked.connect(self.clear_filters)
        self.new_deal_button = QPushButton(self.tr("New deal…"), self)
        self.new_deal_button.setObjectName("funnelNewDeal")
        self.new_deal_button.clicked.connect(self.new_deal_requested.emit)
        self.search_button = QPushButton(self.tr("Advanced search…"), self)
        self.search_button.setObjectName("funnelAdvancedSearch")
        self.search_button.clicked.connect(self.advanced_search)

        self.row_height = QSpinBox(self)
        self.row_height.setObjectName("funnelRowHeight")
        self.row_height.setRange(18, 60)
        self.row_height.setPrefix(self.tr("Row height: "))
        self.row_height.valueChanged.connect(self._set_row_height)

        bar = QHBoxLayout()
        bar.addWidget(self.new_deal_button)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.created, 1)
        bar.addWidget(self.owner, 1)
        bar.addWidget(self.search_button)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.segment_button)
        bar.addWidget(self.row_height)

        # the filters a report, a segment or the advanced search set, each shown and removable on its own
        self.chip_bar = QWidget(self)
        self.chip_bar.setObjectName("funnelFilterChips")
        self.chip_layout = QHBoxLayout(self.chip_bar)
        self.chip_layout.setContentsMargins(0, 0, 0, 0)
        self.chip_layout.addStretch(1)
        self.chip_bar.hide()

        self.tabs = QTabBar(self)
        self.tabs.setObjectName("funnelTabs")
        self.tabs.setExpanding(False)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.table = QTableView(self)
        self.table.setObjectName("funnelTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sortIndicatorChanged.connect(lambda *_: self._save_layout())
        header.sectionMoved.connect(lambda *_: self._save_layout())
        header.sectionResized.connect(lambda *_: self._save_layout())
        header.setSortIndicator(FunnelModel.KEYS.index("created"), Qt.SortOrder.DescendingOrder)
        scale = self.fontMetrics().height() / 17
        for column, key in enumerate(FunnelModel.KEYS):
            header.resizeSection(column, int(WIDTHS[key] * max(1.0, scale)))
        self.table.doubleClicked.connect(self._activated)
        open_action = QAction(self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._activated(self.table.currentIndex()))
        self.table.addAction(open_action)

        self.summary = QLabel(self)
        self.summary.setObjectName("funnelSummary")
        self.owner_button = QPushButton(self.tr("Change owner…"), self)
        self.owner_button.setObjectName("funnelChangeOwner")
        self.owner_button.clicked.connect(self.change_owner)
        self.owner_button.setVisible(self.actor.is_manager)
        self.move_button = QPushButton(self.tr("Move to stage…"), self)
        self.move_button.setObjectName("funnelMove")
        self.move_button.clicked.connect(self.move_selected)
        self.spam_button = QPushButton(self.tr("Mark as spam"), self)
        self.spam_button.setObjectName("funnelSpam")
        self.spam_button.clicked.connect(self.toggle_spam)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("funnelExport")
        self.export_button.clicked.connect(self.export)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        for button in (self.owner_button, self.move_button, self.spam_button, self.export_button):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.chip_bar)
        layout.addWidget(self.tabs)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_summary())

    # -- state ----------------------------------------------------------------------------------------
    def _settings_key(self, name: str) -> str:
        return f"funnel/user{self.actor.id}/v{LAYOUT_VERSION}/{name}"

    def _save_layout(self) -> None:
        if not self._layout_ready:
            return
        self._settings.setValue(self._settings_key("header"), self.table.horizontalHeader().saveState())

    def _restore_layout(self) -> None:
        settings = QSettings()
        state = settings.value(self._settings_key("header"))
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        header = self.table.horizontalHeader()
        self.model.sort_key = (
            FunnelModel.KEYS[header.sortIndicatorSection()]
            if 0 <= header.sortIndicatorSection() < len(FunnelModel.KEYS)
            else "created"
        )
        self.model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.row_height.setValue(int(settings.value(self._settings_key("row_height"), 26)))

    def _set_row_height(self, value: int) -> None:
        self.table.verticalHeader().setDefaultSectionSize(value)
        if self._layout_ready:
            self._settings.setValue(self._settings_key("row_height"), value)

    def _header_menu(self, pos) -> None:
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        key = FunnelModel.KEYS[header.logicalIndexAt(pos)] if header.logicalIndexAt(pos) >= 0 else None
        if key in TEXT_COLUMNS:
            menu.addAction(
                self.tr("Filter “%1”…").replace("%1", column_title(key)), lambda: self.ask_column_filter(key)
            )
            menu.addSeparator()
        for column, (key, _) in enumerate(COLUMNS):
            action = menu.addAction(column_title(key))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_layout)
        menu.popup(header.mapToGlobal(pos))

    def ask_column_filter(self, key: str) -> None:
        text = dialogs.ask_text(
            self,
            self.tr("Filter column"),
            self.tr("Show rows whose “%1” contains:").replace("%1", column_title(key)),
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
        self.created.setCurrentIndex(0)
        self.base = Criteria(process_id=self.process_id)
        self.apply_filters()

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self._save_layout()

    def reset_layout(self) -> None:
        QSettings().remove(self._settings_key("header"))
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.setSectionHidden(column, False)
            header.moveSection(header.visualIndex(column), column)
        self._save_layout()

    # -- querying -------------------------------------------------------------------------------------
    def set_process(self, process_id: int | None) -> None:
        self.process_id = process_id
        self.base = Criteria(process_id=process_id)
        self._fill_tabs()
        self.apply_filters()

    def show_segment(self, criteria: Criteria) -> None:
        """Open a saved segment: its criteria become the base; the process switches with it."""
        self.base = criteria
        self.process_id = criteria.process_id
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._fill_tabs()
        self.apply_filters()

    def _fill_tabs(self) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        self.tabs.addTab(self.tr("All"))
        self.tabs.setTabData(0, ALL)
        if self.process_id is not None:
            for stage in processes.list_stages(self.process_id):
                index = self.tabs.addTab(stage.name)
                self.tabs.setTabData(index, stage.id)
        index = self.tabs.addTab(self.tr("Spam"))
        self.tabs.setTabData(index, SPAM)
        self.tabs.setCurrentIndex(0)
        self.tabs.blockSignals(False)

    def current_criteria(self) -> Criteria:
        c = Criteria(**{**self.base.__dict__})
        c.text = self.search.text().strip() or self.base.text
        c.contains = {**self.base.contains, **self.column_filters}
        quick = self.created.currentData()
        if quick:
            c.created_quick = quick  # kept relative, so a saved segment means "since yesterday" tomorrow too
        owner = self.owner.currentData()
        if self.actor.is_manager and owner != "any":
            c.owner_ids = [owner]
        tab = self.tabs.tabData(self.tabs.currentIndex()) if self.tabs.count() else ALL
        c.spam = tab == SPAM
        if tab not in (ALL, SPAM, None):
            c.stage_ids = [tab]
        return c

    def base_filters(self) -> list[tuple[str, dict]]:
        """The base criteria's filters as (label, the fields that remove it), in the order they are shown."""
        b = self.base
        names = funnel.filter_names(b)
        none = self.tr("(none)")

        def joined(values, name=lambda v: v) -> str:
            return ", ".join(name(v) for v in values)

        def span(low, high, text=date_text) -> str:
            if low is not None and high is not None:
                return f"{text(low)} – {text(high)}"
            return (self.tr("from %1") if low is not None else self.tr("until %1")).replace(
                "%1", text(low if low is not None else high)
            )

        out: list[tuple[str, dict]] = []

        def add(label: str, value: str, reset: dict) -> None:
            out.append((label.replace("%1", value), reset))

        if b.stage_ids:
            add(self.tr("Stages: %1"), joined(b.stage_ids, lambda i: names.stages.get(i, "?")), {"stage_ids": []})
        if b.owner_ids:
            who = joined(b.owner_ids, lambda i: self.tr("Unassigned") if i is None else names.owners.get(i, "?"))
            add(self.tr("Owners: %1"), who, {"owner_ids": []})
        if b.sources:
            add(self.tr("Sources: %1"), joined(b.sources, lambda v: v or none), {"sources": []})
        if b.created_from or b.created_to:
            add(self.tr("Created: %1"), span(b.created_from, b.created_to), {"created_from": None, "created_to": None})
        if b.close_from or b.close_to:
            add(self.tr("Expected close: %1"), span(b.close_from, b.close_to), {"close_from": None, "close_to": None})
        if b.closed_from or b.closed_to:
            add(self.tr("Closed: %1"), span(b.closed_from, b.closed_to), {"closed_from": None, "closed_to": None})
        if b.value_min is not None or b.value_max is not None:
            add(self.tr("Value: %1"), span(b.value_min, b.value_max, str), {"value_min": None, "value_max": None})
        if b.lost_reasons:
            add(self.tr("Lost reason: %1"), joined(b.lost_reasons, lambda v: v or none), {"lost_reasons": []})
        if b.product_ids:
            what = joined(b.product_ids, lambda i: none if i is None else names.products.get(i, "?"))
            add(self.tr("Products: %1"), what, {"product_ids": []})
        if b.through_stage_ids:
            stages = [names.stages.get(i, "?") for i in b.through_stage_ids]
            if b.through_in_order:
                add(self.tr("Went through in order: %1"), " → ".join(stages), {"through_stage_ids": []})
            else:
                add(self.tr("Went through: %1"), ", ".join(stages), {"through_stage_ids": []})
        return out

    def _fill_chips(self) -> None:
        while self.chip_layout.count() > 1:
            item = self.chip_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        filters = self.base_filters()
        for index, (label, reset) in enumerate(filters):
            chip = QToolButton(self.chip_bar)
            chip.setObjectName(f"funnelFilterChip{index}")
            chip.setText(f"{label}  ✕")
            chip.setToolTip(self.tr("Remove this filter"))
            chip.setAutoRaise(False)
            chip.clicked.connect(lambda _=False, r=reset: self.remove_filter(r))
            self.chip_layout.insertWidget(index, chip)
        self.chip_bar.setVisible(bool(filters))

    def remove_filter(self, reset: dict) -> None:
        """Drop one of the base criteria's filters (its chip's ✕)."""
        if "through_stage_ids" in reset:
            reset = {**reset, "through_in_order": False}
        self.base = replace(self.base, **reset)
        self.apply_filters()

    def apply_filters(self) -> None:
        self._fill_chips()
        try:
            criteria = self.current_criteria().check()
            self.model.set_criteria(criteria)
            self._update_counts(criteria)
        except EtapError as err:
            dialogs.error(self, err)
        self._update_summary()

    def _update_counts(self, criteria: Criteria) -> None:
        self._count_token += 1
        token = self._count_token
        self.worker.submit(
            funnel.counts,
            self.actor,
            criteria,
            on_done=lambda counts: self._counts_arrived(token, counts),
            on_error=lambda err: self._counts_arrived(token, err),
        )
        self.spam_button.setText(self.tr("Restore") if criteria.spam else self.tr("Mark as spam"))

    def _counts_arrived(self, token: int, counts: object) -> None:
        if token != self._count_token:
            return  # an older filter's answer
        if isinstance(counts, EtapError):
            dialogs.error(self, counts)
            return
        if isinstance(counts, Exception):
            raise counts
        self.counts = counts
        names = {s.id: s.name for s in processes.list_stages(self.process_id)} if self.process_id else {}
        for index in range(self.tabs.count()):
            key = self.tabs.tabData(index)
            base = self.tr("All") if key == ALL else self.tr("Spam") if key == SPAM else names.get(key, "")
            self.tabs.setTabText(index, f"{base} ({counts.get(key, 0)})")

    def wait_for_counts(self) -> None:
        """Block until the pending count is in (tests, shutdown)."""
        self.worker.wait_idle()

    def closeEvent(self, event) -> None:
        self.worker.close()
        super().closeEvent(event)

    def _tab_changed(self, _index: int) -> None:
        self.apply_filters()

    def _update_summary(self) -> None:
        selected = len(self.selected_ids())
        parts = [self.tr("Selected: %1").replace("%1", str(selected))] if selected else []
        parts += [f"{column_title(k)} ∋ „{v}”" for k, v in self.column_filters.items()]
        self.summary.setText("   ".join(parts))
        filtered = bool(
            self.column_filters
            or self.search.text()
            or self.created.currentIndex()
            or self.base != Criteria(process_id=self.process_id)
        )
        self.clear_button.setEnabled(filtered)
        for button in (self.owner_button, self.move_button, self.spam_button, self.export_button):
            button.setEnabled(selected > 0 or button is self.export_button)

    # -- actions --------------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return self.model.deal_ids(rows)

    def _activated(self, index) -> None:
        if index.isValid():
            self.open_deal.emit(int(index.data(DEAL_ID_ROLE)))

    def on_changed(self, changes: Changes) -> None:
        """A write anywhere in the app: read the rows and tab counts again when it touched this process."""
        if self.process_id is not None and self.process_id in changes.processes:
            self.apply_filters()

    def toggle_spam(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        restoring = self.current_criteria().spam
        ops.run(self, spam.restore if restoring else spam.mark_spam, self.actor, ids)

    def change_owner(self) -> None:
        ids = self.selected_ids()
        people = users.list_users()
        labels = [self.tr("Unassigned"), *[u.display_name for u in people]]
        choice = dialogs.ask_item(self, self.tr("Change owner"), self.tr("New owner of the selected deals:"), labels)
        if choice is None or not ids:
            return
        owner_id = None if choice == 0 else people[choice - 1].id
        ops.run(self, deals.change_owner, self.actor, ids, owner_id)

    def move_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.process_id is None:
            return
        stages = processes.list_stages(self.process_id)
        choice = dialogs.ask_item(self, self.tr("Move to stage"), self.tr("Stage:"), [s.name for s in stages])
        if choice is None:
            return
        stage = stages[choice]
        given: dict[str, object] = {}
        while True:
            try:
                ops.attempt(deals.move_many, self.actor, ids, stage.id, **given)
                break
            except MissingFields as err:
                # the stage needs fields: ask once, the answers apply to every selected deal
                subject = self.tr("%n selected deal(s)", "", len(ids))
                dialog = RequiredFieldsDialog(stage, list(err.fields), deals.get_deal(ids[0]), self, subject)
                accepted = dialogs.exec(dialog)
                values = dialog.values() if accepted else {}
                dialog.deleteLater()
                if not accepted:
                    return
                given.update(values)
            except EtapError as err:
                dialogs.error(self, err)
                return

    def export(self) -> None:
        path = dialogs.ask_save_path(
            self,
            self.tr("Export deals"),
            "etap.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)"),
        )
        if not path:
            return
        ids = self.selected_ids()
        rows = (
            funnel.rows_by_id(self.actor, ids)
            if ids
            else funnel.iter_rows(self.actor, self.model.criteria, self.model.sort_key, self.model.descending)
        )
        keys = [key for key, _ in COLUMNS]
        header = [column_title(k) for k in keys]
        count = exporting.write(path, header, ([r.cell(k) for k in keys] for r in rows))
        dialogs.info(self, self.tr("Export deals"), self.tr("Exported deals: %1").replace("%1", str(count)))

    def _fill_segment_menu(self) -> None:
        self.segment_menu.clear()
        self.segment_menu.addAction(self.tr("Save current view as segment…"), self.save_segment)
        saved = segments.list_segments(self.actor)
        if saved:
            self.segment_menu.addSeparator()
        for segment in saved:
            self.segment_menu.addAction(segment.name, lambda s=segment: self.open_segment(s.id))

    def open_segment(self, segment_id: int) -> None:
        """Re-evaluate a saved segment now and show it."""
        try:
            criteria = segments.get_segment(self.actor, segment_id).criteria
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.show_segment(criteria)
        self.process_chosen.emit(criteria.process_id or 0)

    def advanced_search(self) -> None:
        from desktop.ui.funnel.search_dialog import SearchDialog

        dialog = SearchDialog(self.actor, self.current_criteria(), self)
        if dialogs.exec(dialog) and dialog.result_criteria is not None:
            self.created.blockSignals(True)
            self.created.setCurrentIndex(0)
            self.created.blockSignals(False)
            self.show_segment(dialog.result_criteria)
            self.process_chosen.emit(dialog.result_criteria.process_id or 0)

    def save_segment(self) -> None:
        name = dialogs.ask_text(self, self.tr("Save segment"), self.tr("Name of the segment:"))
        if not name:
            return
        criteria = self.current_criteria()
        criteria.stage_ids = self.base.stage_ids or criteria.stage_ids
        try:
            segments.save_segment(self.actor, name, criteria)
        except EtapError as err:
            dialogs.error(self, err)
