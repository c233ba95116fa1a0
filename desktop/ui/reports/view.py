"""View → Reports: the list of reports; for the chosen one its filters, headline figures, a chart above a
table, exports (PNG, PDF, CSV, XLSX), and a click on a slice, bar or row opens those deals in the funnel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.domain.funnel import Criteria
from desktop.services import reports
from desktop.services.actor import Actor
from desktop.services.admin import users
from desktop.services.processes import processes
from desktop.services.reports import Filters, Report
from desktop.services.reports import table as report_table
from desktop.services.reports.base import PERIODS, local_today, period_range, sources_in_use
from desktop.ui.background import Worker
from desktop.ui.dialogs import dialogs
from desktop.ui.reports import export
from desktop.ui.reports.chart import ChartData, ChartWidget
from desktop.ui.reports.model import ReportTableModel, month_text, short_number, tr, value_text

CUSTOM = "custom"
DEFAULT_PERIOD = {"pipeline": "all", "won-lost": "last_12_months", "forecast": "next_6_months"}


class ReportsView(QWidget):
    open_deals = Signal(object)  # a funnel Criteria

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.actor = actor
        self.report: Report | None = None
        self.owner_ids: list[int | None] = []
        self.error = ""  # why the chosen report could not be made (shown where the chart would be)
        # reports are computed on a worker thread (at a million deals some take a tenth of a second or more: the
        # window stays live), on its own connection kept open while the view lives: set up as the main one
        # (the app's page cache), warm from one report to the next; closed with the view
        self.worker = Worker(self, "reports", keep_connection=True)
        self._token = 0
        self._loading = False
        self._build()

    # -- building -------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.list = QListWidget(self)
        self.list.setObjectName("reportList")
        for name in reports.NAMES:
            item = QListWidgetItem(tr(reports.title(name)))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        self.list.setFixedWidth(max(180, self.list.sizeHintForColumn(0) + 24))
        self.list.currentRowChanged.connect(self._report_chosen)

        self.process = QComboBox(self)
        self.process.setObjectName("reportProcess")
        self.period = QComboBox(self)
        self.period.setObjectName("reportPeriod")
        for key, label in PERIODS.items():
            self.period.addItem(tr(label), key)
        self.period.addItem(self.tr("Custom…"), CUSTOM)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(self.refresh)
        self.start.setObjectName("reportFrom")
        self.end.setObjectName("reportTo")
        # push buttons with a menu: their size includes the menu arrow, so "All owners" is never clipped
        self.owners = QPushButton(self)
        self.owners.setObjectName("reportOwners")
        self.owner_menu = QMenu(self.owners)
        self.owner_menu.aboutToShow.connect(self._fill_owner_menu)
        self.owners.setMenu(self.owner_menu)
        self.owners.setVisible(self.actor.is_manager)  # agents see their own numbers only
        self.source = QComboBox(self)
        self.source.setObjectName("reportSource")
        self.by = QComboBox(self)
        self.by.setObjectName("reportBy")
        self.view_choice = QComboBox(self)
        self.view_choice.setObjectName("reportChartView")
        for combo in (self.process, self.period, self.source, self.by, self.view_choice):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("reportExport")
        menu = QMenu(self.export_button)
        for label, kind in (
            (self.tr("Chart and table as PNG…"), "png"),
            (self.tr("Chart and table as PDF…"), "pdf"),
            (self.tr("Table as CSV…"), "csv"),
            (self.tr("Table as XLSX…"), "xlsx"),
        ):
            action = QAction(label, menu)
            action.triggered.connect(lambda _checked=False, k=kind: self.export(k))
            menu.addAction(action)
        self.export_button.setMenu(menu)

        for combo in (self.process, self.period, self.source, self.by):
            combo.currentIndexChanged.connect(self.refresh)
        self.view_choice.currentIndexChanged.connect(self._show_chart)
        # a pie (as Livespace shows the pipeline) or the same numbers as bars, easier to compare
        self.as_bars = QPushButton(self)
        self.as_bars.setObjectName("reportAsBars")
        self.as_bars.setText(self.tr("Bars"))
        self.as_bars.setToolTip(self.tr("Show the pie's numbers as bars"))
        self.as_bars.setCheckable(True)
        self.as_bars.toggled.connect(self._show_chart)
        self.as_bars.setVisible(False)

        # two rows, so the window fits a small screen: what the numbers are about (the filters), then how they
        # are shown (what the period means, grouping, chart, export)
        self.meaning = QLabel(self)
        self.meaning.setObjectName("reportMeaning")
        self.meaning.setStyleSheet("color: #6b737c")
        self.by_label = QLabel(self.tr("Group by"), self)
        self.view_label = QLabel(self.tr("Chart"), self)
        bar, shape = QHBoxLayout(), QHBoxLayout()
        for row, label, widget in (
            (bar, self.tr("Process"), self.process),
            (bar, self.tr("Period"), self.period),
            (bar, None, self.start),
            (bar, None, self.end),
            (bar, None, self.owners),
            (bar, self.tr("Source"), self.source),
            (shape, None, self.meaning),
            (shape, self.by_label, self.by),
            (shape, self.view_label, self.view_choice),
        ):
            if isinstance(label, QLabel):
                label.setBuddy(widget)
                row.addWidget(label)
            elif label:
                caption = QLabel(label, self)
                caption.setBuddy(widget)
                row.addWidget(caption)
            row.addWidget(widget)
            if widget is self.meaning:
                row.addStretch(1)
        bar.addStretch(1)
        shape.addWidget(self.as_bars)
        shape.addWidget(self.export_button)
        for combo in (self.process, self.source):
            combo.setMaximumWidth(280)  # a long name is cut in the closed box, shown whole in the list
        self.figures = QLabel(self)
        self.figures.setObjectName("reportFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)

        self.chart = ChartWidget(self)
        self.chart.category_clicked.connect(self.drill)
        self.model = ReportTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("reportTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda index: self.drill(index.row(), index.column()))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        right = QVBoxLayout()
        right.addLayout(bar)
        right.addLayout(shape)
        right.addWidget(self.figures)
        right.addWidget(split, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)
        self._update_owner_text()

    # -- filters --------------------------------------------------------------------------------------
    def reload_choices(self, process_id: int | None = None) -> None:
        """Fill the process and source lists from the database (call when shown)."""
        self._loading = True
        try:
            current = process_id if process_id is not None else self.process.currentData()
            self.process.clear()
            self.process.addItem(self.tr("All processes"), None)
            for p in processes.list_processes():
                self.process.addItem(p.name, p.id)
            index = self.process.findData(current)
            self.process.setCurrentIndex(index if index >= 0 else min(1, self.process.count() - 1))
            chosen = self.source.currentData()
            self.source.clear()
            self.source.addItem(self.tr("All sources"), None)
            for s in sources_in_use(self.actor):
                self.source.addItem(s, s)
            index = self.source.findData(chosen)
            self.source.setCurrentIndex(max(0, index))
        finally:
            self._loading = False
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        else:
            self.refresh()

    def _fill_owner_menu(self) -> None:
        self.owner_menu.clear()
        everyone = self.owner_menu.addAction(self.tr("All owners"))
        everyone.triggered.connect(lambda: self.set_owners([]))
        self.owner_menu.addSeparator()
        for label, owner_id in [(self.tr("Unassigned"), None)] + [(u.display_name, u.id) for u in users.list_users()]:
            action = self.owner_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(owner_id in self.owner_ids)
            action.toggled.connect(lambda on, o=owner_id: self._toggle_owner(o, on))

    def _toggle_owner(self, owner_id: int | None, on: bool) -> None:
        chosen = [o for o in self.owner_ids if o != owner_id] + ([owner_id] if on else [])
        self.set_owners(chosen)

    def set_owners(self, owner_ids: list[int | None]) -> None:
        self.owner_ids = list(owner_ids)
        self._update_owner_text()
        self.refresh()

    def _update_owner_text(self) -> None:
        n = len(self.owner_ids)
        self.owners.setText(self.tr("All owners") if not n else self.tr("Owners: %1").replace("%1", str(n)))

    def _report_chosen(self, row: int) -> None:
        name = self.current_name()
        if name is None:
            return
        self._loading = True
        try:
            self.by.clear()
            for key, label in reports.groupings(name).items():
                self.by.addItem(tr(label), key)
            self.by.setVisible(self.by.count() > 0)
            self.by_label.setVisible(self.by.count() > 0)
            saved = QSettings().value(f"reports/{name}/period", DEFAULT_PERIOD.get(name, "all"))
            index = self.period.findData(saved)
            self.period.setCurrentIndex(max(0, index))
        finally:
            self._loading = False
        self.refresh()

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_report(self, name: str) -> None:
        self.list.setCurrentRow(list(reports.NAMES).index(name))

    def filters(self) -> Filters:
        key = self.period.currentData()
        custom = key == CUSTOM
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        if custom:
            start, end = self.start.date().toPython(), self.end.date().toPython()
        else:
            start, end = period_range(key or "all", local_today())
        source = self.source.currentData()
        return Filters(
            process_id=self.process.currentData(),
            start=start,
            end=end,
            owner_ids=tuple(self.owner_ids) if self.actor.is_manager else (),
            sources=(source,) if source else (),
            by=self.by.currentData() or "",
        )

    # -- showing --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        name = self.current_name()
        if self._loading or name is None:
            return
        QSettings().setValue(f"reports/{name}/period", self.period.currentData())
        filters = self.filters()
        self.meaning.setText(self._meaning(name, filters))
        self.figures.setText(self.tr("Computing…"))
        self._token += 1
        token = self._token
        self.worker.submit(
            reports.run,
            name,
            self.actor,
            filters,
            on_done=lambda report: self._arrived(token, report),
            on_error=lambda err: self._arrived(token, err),
        )

    def _arrived(self, token: int, report: object) -> None:
        if token != self._token:
            return  # an older choice's answer
        if isinstance(report, EtapError):
            self.report = None
            self.model.set_report(None)
            self.figures.setText("")
            self.error = _error(report)
            self._fill_views()
            return
        if isinstance(report, Exception):
            raise report
        self.error = ""
        self.report = report
        self.model.set_report(report)
        self.figures.setText(self.figures_text(html=True))
        self._fill_views()

    def _meaning(self, name: str, f: Filters) -> str:
        text = tr(reports.period_means(name))
        if f.start or f.end:
            text += f": {_date_text(f.start) if f.start else '…'} – {_date_text(f.end) if f.end else '…'}"
        return text

    def figures_text(self, html: bool = False) -> str:
        if self.report is None:
            return ""
        parts = []
        for figure in self.report.summary:
            label = tr(figure.label) + (f" ({figure.currency})" if figure.currency else "")
            value = value_text(figure.kind, figure.value, figure.currency)
            if html:  # a figure never breaks inside; the line wraps between figures
                parts.append(f"{_nbsp(label)}:&nbsp;<b>{_nbsp(value)}</b>")
            else:
                parts.append(f"{label}: {value}")
        return "&nbsp;&nbsp;·&nbsp; ".join(parts) if html else "   ·   ".join(parts)

    def _fill_views(self) -> None:
        chosen = self.view_choice.currentIndex()
        self.view_choice.blockSignals(True)
        self.view_choice.clear()
        if self.report is not None:
            for view in self.report.chart.views:
                self.view_choice.addItem(tr(view.label) + (f" ({view.currency})" if view.currency else ""))
        self.view_choice.setCurrentIndex(chosen if 0 <= chosen < self.view_choice.count() else 0)
        self.view_choice.blockSignals(False)
        self.view_choice.setVisible(self.view_choice.count() > 1)
        self.view_label.setVisible(self.view_choice.count() > 1)
        self.as_bars.setVisible(self.report is not None and self.report.chart.kind == "pie")
        self.export_button.setEnabled(self.report is not None)  # nothing to export when the report could not run
        self._show_chart()

    def chart_data(self) -> ChartData | None:
        if self.report is None:
            return ChartData("bar", [], [], empty_text=self.error)
        chart = self.report.chart
        if self.report.rows:  # there are rows, but this chart's numbers are all zero
            empty = self.tr("Nothing to draw: every number in this chart is zero.")
        else:
            empty = self.tr("No deals match these filters.")
        if not chart.views:
            return ChartData(chart.kind, [], [], empty_text=empty)
        view = chart.views[max(0, self.view_choice.currentIndex())]
        month = self.report.columns[0].kind == "month"
        categories = [month_text(c, short=True) if month else value_text("text", c) for c in chart.categories]
        series = [(tr(s.label), s.values) for s in view.series]
        kind = "bar" if chart.kind == "pie" and self.as_bars.isChecked() else chart.kind
        return ChartData(
            kind,
            categories,
            series,
            format_value=lambda v, k=view.kind, c=view.currency: short_number(k, v, c),
            empty_text=empty,
        )

    def _show_chart(self) -> None:
        self.chart.set_data(self.chart_data())

    def wait_for_report(self) -> None:
        """Block until the pending report is in (tests, shutdown)."""
        self.worker.wait_idle()

    def closeEvent(self, event) -> None:
        self.worker.close()
        super().closeEvent(event)

    # -- acting ---------------------------------------------------------------------------------------
    def drill(self, row: int, column: int = -1) -> None:
        """Open the deals behind a row, slice or bar, or behind one count in the table (``column``), in the
        funnel view (where the report can say which)."""
        if self.report is None:
            return
        key = self.report.columns[column].key if 0 <= column < len(self.report.columns) else ""
        spec = self.report.drill_criteria(row, key)
        if spec is not None:
            self.open_deals.emit(Criteria(**spec))

    def export(self, kind: str) -> None:
        if self.report is None:
            return
        title = tr(self.report.title)
        filters = {
            "png": self.tr("PNG image (*.png)"),
            "pdf": self.tr("PDF document (*.pdf)"),
            "csv": self.tr("CSV file (*.csv)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
        }
        path = dialogs.ask_save_path(self, self.tr("Export report"), f"{title}.{kind}", filters[kind])
        if not path:
            return
        try:
            self.write(kind, path)
        except OSError as err:
            dialogs.warn(
                self, self.tr("Export report"), self.tr("Could not write the file: %1").replace("%1", str(err))
            )

    def write(self, kind: str, path: str) -> None:
        from pathlib import Path

        subtitle = self.meaning.text()
        chart = self.chart_data()
        if kind == "png":
            export.write_png(Path(path), self.report, chart, subtitle, self.figures_text())
        elif kind == "pdf":
            export.write_pdf(Path(path), self.report, chart, subtitle, self.figures_text())
        else:
            report_table.write(self.report, Path(path), tr)


def _nbsp(text: str) -> str:
    from html import escape

    return escape(text).replace(" ", "&nbsp;")


def _date_text(day: date) -> str:
    from desktop.ui.formatting import date_text

    return date_text(day)


def _error(err: EtapError) -> str:
    from desktop.ui.errors import error_text

    return error_text(err)
