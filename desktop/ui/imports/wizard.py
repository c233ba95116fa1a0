"""The import wizard: file (encoding, delimiter, sheet) and what the rows are → columns → values (stages,
owners, currencies, the order of ambiguous dates) → preview of the first 200 rows as they will be stored →
import with a progress bar and Cancel. Every error is shown translated; nothing is saved before the last page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.domain import money
from desktop.domain.errors import EtapError
from desktop.domain.imports.headers import KIND_LABELS, TARGET_LABELS, Kind, Target
from desktop.domain.imports.mapping import DUPLICATE_LABELS, NEW_USER, UNASSIGNED, OnDuplicate
from desktop.domain.imports.values import DateOrder
from desktop.services.actor import Actor
from desktop.services.imports.engine import OUTCOMES, ImportResult
from desktop.services.imports.reading import DELIMITERS, ENCODING_LABELS, ENCODINGS
from desktop.services.imports.session import ImportSession, shown
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text, tr
from desktop.ui.mail.send_worker import Background

ERROR_BRUSH = QBrush(QColor("#f8d0d0"))
WARNING_BRUSH = QBrush(QColor("#fbecc2"))
FILTERS = "CSV, TSV, XLSX, vCard (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard);;* (*)"


def _problem_text(problem) -> str:
    return error_text(problem.error)


class ImportWizard(QWizard):
    """Tools → Import…; ``imported`` carries the result after a successful import."""

    imported = Signal(object)

    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.session: ImportSession | None = None
        self.setWindowTitle(self.tr("Import"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(960, 640)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.values_page = ValuesPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.values_page, self.preview_page, self.run_page):
            self.addPage(page)

    def open_file(self, path: str) -> bool:
        try:
            self.session = ImportSession(path)
        except EtapError as err:
            dialogs.error(self, err)
            return False
        self.file_page.show_file()
        return True

    def reject(self) -> None:
        if self.run_page.job is not None and self.run_page.job.running:
            self.run_page.cancel()
            return
        super().reject()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("File"))
        self.setSubTitle(self.tr("CSV, TSV, Excel (.xlsx) or vCard. Nothing is saved until the last step."))
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.info = QLabel(self)
        self.encoding = QComboBox(self)
        for code in ENCODINGS:
            self.encoding.addItem(ENCODING_LABELS[code], code)
        self.delimiter = QComboBox(self)
        for mark, label in zip(DELIMITERS, (self.tr("comma"), self.tr("semicolon"), self.tr("tab"), "|"), strict=True):
            self.delimiter.addItem(label, mark)
        self.sheet = QComboBox(self)
        self.kind = QComboBox(self)
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr("Import", label), str(kind))
        self.process = QComboBox(self)
        self.process.setEditable(True)
        self.process.setToolTip(self.tr("A name that is not a process yet creates one from the file's stages."))
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow("", self.info)
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow(self.tr("Delimiter:"), self.delimiter)
        form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow(self.tr("The rows are:"), self.kind)
        form.addRow(self.tr("Process:"), self.process)
        self._filling = False
        self.encoding.activated.connect(self._reopen)
        self.delimiter.activated.connect(self._reopen)
        self.sheet.activated.connect(self._reopen)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def choose(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("Import"), FILTERS)
        if path:
            self.w.open_file(path)

    def show_file(self) -> None:
        session = self.w.session
        table = session.table
        self._filling = True
        self.path.setText(str(table.path))
        formats = {"csv": self.tr("text table (CSV)"), "xlsx": self.tr("Excel workbook"), "vcard": "vCard"}
        text = self.tr("{format}, {columns} columns, header in row {line}").format(
            format=formats[table.format], columns=len(table.headers), line=table.header_line
        )
        if session.remembered():
            text += " — " + self.tr("the mapping used last time for files like this one is restored")
        self.info.setText(text)
        is_text = table.format != "xlsx"
        self.encoding.setEnabled(is_text)
        self.delimiter.setEnabled(table.format == "csv")
        self.sheet.setEnabled(table.format == "xlsx")
        if table.encoding:
            self.encoding.setCurrentIndex(max(0, self.encoding.findData(table.encoding)))
        if table.delimiter:
            self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(table.delimiter)))
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        if table.sheet:
            self.sheet.setCurrentText(table.sheet)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(session.mapping.kind))))
        self.process.clear()
        names = session.process_names()
        self.process.addItems(names)
        if session.mapping.process:
            self.process.setCurrentText(session.mapping.process)
        self.process.setEnabled(session.mapping.kind is Kind.DEALS)
        self._filling = False
        self.completeChanged.emit()

    def _reopen(self, _index: int = 0) -> None:
        session = self.w.session
        if session is None or self._filling:
            return
        try:
            session.reopen(
                encoding=self.encoding.currentData() if session.table.format != "xlsx" else None,
                delimiter=self.delimiter.currentData() if session.table.format == "csv" else None,
                sheet=self.sheet.currentText() or None,
            )
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.show_file()

    def _kind_changed(self, _index: int) -> None:
        if self.w.session is None or self._filling:
            return
        self.w.session.set_kind(Kind(self.kind.currentData()))
        self.process.setEnabled(self.w.session.mapping.kind is Kind.DEALS)

    def isComplete(self) -> bool:
        return self.w.session is not None

    def validatePage(self) -> bool:
        session = self.w.session
        if session.mapping.kind is Kind.DEALS:
            name = self.process.currentText().strip()
            if not name:
                dialogs.warn(self, self.tr("Import"), self.tr("Choose the process the deals go to."))
                return False
            session.mapping.process = name
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("What each column of the file holds. Columns left at “(not imported)” are ignored."))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"), self.tr("Field")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("When a record is already in Etap:"), self))
        layout.addLayout(self.duplicates)
        self.combos: list[QComboBox] = []
        self.policy_combos: dict[Kind, QComboBox] = {}

    def initializePage(self) -> None:
        session = self.w.session
        headers = session.table.headers
        samples = session.samples()
        self.table.setRowCount(len(headers))
        self.combos = []
        for row, title in enumerate(headers):
            self.table.setItem(row, 0, QTableWidgetItem(title))
            values = [s[row] for s in samples if row < len(s) and s[row].strip()]
            self.table.setItem(row, 1, QTableWidgetItem(" · ".join(v[:40] for v in values)))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("(not imported)"), "")
            for target in session.targets():
                combo.addItem(tr("Import", TARGET_LABELS[target]), str(target))
            current = session.mapping.columns.get(row)
            combo.setCurrentIndex(max(0, combo.findData(str(current) if current else "")))
            combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._changed(r, c))
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 260)
        while self.duplicates.rowCount():
            self.duplicates.removeRow(0)
        self.policy_combos = {}
        kinds = {
            Kind.DEALS: (Kind.DEALS, Kind.CONTACTS, Kind.COMPANIES),
            Kind.CONTACTS: (Kind.CONTACTS, Kind.COMPANIES),
            Kind.COMPANIES: (Kind.COMPANIES,),
            Kind.PRODUCTS: (Kind.PRODUCTS,),
        }.get(session.mapping.kind, ())
        labels = {
            Kind.DEALS: self.tr("Deals (same number):"),
            Kind.CONTACTS: self.tr("Contacts (same e-mail, or name and company):"),
            Kind.COMPANIES: self.tr("Companies (same NIP/CUI or name):"),
            Kind.PRODUCTS: self.tr("Products (same code):"),
        }
        for kind in kinds:
            combo = QComboBox(self)
            for policy, label in DUPLICATE_LABELS.items():
                combo.addItem(tr("Import", label), str(policy))
            combo.setCurrentIndex(combo.findData(str(session.mapping.duplicate_policy(kind))))
            self.duplicates.addRow(labels[kind], combo)
            self.policy_combos[kind] = combo

    def _changed(self, row: int, combo: QComboBox) -> None:
        value = combo.currentData()
        self.w.session.set_column(row, Target(value) if value else None)

    def validatePage(self) -> bool:
        session = self.w.session
        for kind, combo in self.policy_combos.items():
            session.mapping.on_duplicate[kind] = OnDuplicate(combo.currentData())
        if not session.mapping.columns:
            dialogs.warn(self, self.tr("Import"), self.tr("Choose what at least one column holds."))
            return False
        try:
            session.analyse()
        except EtapError as err:
            dialogs.error(self, err)
            return False
        return True


class ValuesPage(QWizardPage):
    """Values of the file matched to Etap's: stages, owners, currencies; and the order of ambiguous dates."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Values"))
        self.setSubTitle(self.tr("How the file's values match Etap's. Proposed by name; change what is wrong."))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("In the file"), self.tr("Rows"), self.tr("In Etap")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.rows: list[tuple[str, object, QComboBox]] = []

    def initializePage(self) -> None:
        session = self.w.session
        analysis, mapping = session.analysis, session.mapping
        self.rows = []
        self.table.setRowCount(0)
        notes = [self.tr("{rows} rows in the file.").format(rows=analysis.rows)]
        for index in analysis.ambiguous_dates(mapping) + [
            c for c in analysis.mixed_dates if c not in mapping.date_orders
        ]:
            combo = QComboBox(self.table)
            combo.addItem(self.tr("choose…"), "")
            combo.addItem(self.tr("day first (31.12.2026)"), str(DateOrder.DMY))
            combo.addItem(self.tr("month first (12/31/2026)"), str(DateOrder.MDY))
            self._add(self.tr("Date order"), session.table.headers[index], "", combo, ("date", index))
        if mapping.kind is Kind.DEALS:
            stages = session.stage_names()
            if not stages:
                from desktop.domain.imports.stages import stages_from_values

                planned = ", ".join(name for name, _kind in stages_from_values(analysis.stage_order))
                notes.append(
                    self.tr("Process “{name}” will be created with the file's stages.").format(name=mapping.process)
                    + (f" ({planned})" if planned else "")
                )
            for value, count in sorted(analysis.distinct.get(Target.STAGE, {}).items(), key=lambda i: -i[1]):
                if not stages:
                    break
                combo = QComboBox(self.table)
                combo.addItem(self.tr("(leave these rows out)"), "")
                for name in stages:
                    combo.addItem(name, name)
                combo.setCurrentIndex(max(0, combo.findData(mapping.stages.get(value, ""))))
                self._add(tr("Import", TARGET_LABELS[Target.STAGE]), value, count, combo, ("stage", value))
            users = session.user_choices()
            for value, count in sorted(analysis.distinct.get(Target.OWNER, {}).items(), key=lambda i: -i[1]):
                combo = QComboBox(self.table)
                combo.addItem(self.tr("(no owner)"), UNASSIGNED)
                combo.addItem(self.tr("(a new user with this name)"), NEW_USER)
                for username, display in users:
                    combo.addItem(display, username)
                combo.setCurrentIndex(max(0, combo.findData(mapping.owners.get(value, UNASSIGNED))))
                self._add(tr("Import", TARGET_LABELS[Target.OWNER]), value, count, combo, ("owner", value))
            for value, count in sorted(analysis.distinct.get(Target.CURRENCY, {}).items(), key=lambda i: -i[1]):
                combo = QComboBox(self.table)
                combo.setEditable(True)
                combo.addItems(list(money.COMMON_CURRENCIES))
                combo.setCurrentText(mapping.currencies.get(value) or value)
                self._add(tr("Import", TARGET_LABELS[Target.CURRENCY]), value, count, combo, ("currency", value))
        if not self.rows:
            notes.append(self.tr("Nothing to match: every value is taken as it is."))
        self.note.setText(" ".join(notes))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(3, 260)

    def _add(self, what: str, value: str, count, combo: QComboBox, key: tuple) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(what))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        self.table.setItem(row, 2, QTableWidgetItem(str(count)))
        self.table.setCellWidget(row, 3, combo)
        self.rows.append((key[0], key[1], combo))

    def validatePage(self) -> bool:
        mapping = self.w.session.mapping
        for what, value, combo in self.rows:
            data = combo.currentData() if not combo.isEditable() else combo.currentText().strip().upper()
            if what == "date":
                if not data:
                    dialogs.warn(
                        self, self.tr("Import"), self.tr("Choose the order of day and month for each date column.")
                    )
                    return False
                mapping.date_orders[value] = DateOrder(data)
            elif what == "stage":
                mapping.stages[value] = data
            elif what == "owner":
                mapping.owners[value] = data
            elif what == "currency":
                mapping.currencies[value] = data
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "The first 200 rows as they will be stored. Red cells keep their row out; yellow ones are warnings."
            )
        )
        self.summary = QLabel(self)
        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.report_button = QPushButton(self.tr("Save error report…"), self)
        self.report_button.clicked.connect(self.save_report)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.records = []

    def initializePage(self) -> None:
        session = self.w.session
        try:
            self.records = session.preview()
        except EtapError as err:
            dialogs.error(self, err)
            self.records = []
        targets = session.preview_columns()
        column_of = {t: i + 2 for i, t in enumerate(targets)}
        file_column = dict(session.mapping.columns)
        self.table.clear()
        self.table.setColumnCount(len(targets) + 2)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Import")] + [tr("Import", TARGET_LABELS[t]) for t in targets]
        )
        self.table.setRowCount(len(self.records))
        users = dict((u, d) for u, d in session.user_choices())
        errors = warnings = 0
        for row, record in enumerate(self.records):
            self.table.setItem(row, 0, QTableWidgetItem(str(record.line)))
            by_user = record.line in session.mapping.skip_rows
            state = QTableWidgetItem(self.tr("imported") if record.ok else self.tr("left out"))
            if record.ok or by_user:  # the user may leave a good row out, or take it back
                state.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                state.setCheckState(Qt.CheckState.Unchecked if by_user else Qt.CheckState.Checked)
            else:
                state.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 1, state)
            for target in targets:
                self.table.setItem(row, column_of[target], QTableWidgetItem(self._value(record, target, users)))
            for problem in record.problems:
                target = file_column.get(problem.column) if problem.column is not None else None
                col = column_of.get(target, 1)
                item = self.table.item(row, col)
                if not item.text() and problem.column is not None and problem.column < len(record.cells):
                    item.setText(str(record.cells[problem.column] or ""))  # what the file says, as it says it
                item.setBackground(ERROR_BRUSH if problem.blocking else WARNING_BRUSH)
                tip = item.toolTip()
                item.setToolTip((tip + "\n" if tip else "") + _problem_text(problem))
            if not record.ok:
                errors += 1
                state.setBackground(ERROR_BRUSH)
            elif record.problems:
                warnings += 1
        self.table.resizeColumnsToContents()
        self.summary.setText(
            self.tr(
                "Rows in the file: {rows}. Of the first {shown}: {errors} left out, {warnings} with warnings."
            ).format(
                rows=session.analysis.rows if session.analysis else "?",
                shown=len(self.records),
                errors=errors,
                warnings=warnings,
            )
        )
        self.report_button.setEnabled(any(r.problems for r in self.records))

    def _value(self, record, target: Target, users: dict[str, str]) -> str:
        values = record.values
        if target is Target.STAGE and "_stage" in values:
            return values["_stage"].name
        if target is Target.OWNER and "_owner" in values:
            owner = values["_owner"]
            if isinstance(owner, tuple):
                return self.tr("{name} (new user)").format(name=owner[1])
            if owner is None:
                return self.tr("(no owner)")
        if target is Target.OWNER and values.get(Target.OWNER):
            mapped = self.w.session.mapping.owners.get(str(values[Target.OWNER]))
            if mapped and mapped in users:
                return users[mapped]
        return shown(target, values.get(target))

    def validatePage(self) -> bool:
        skip = self.w.session.mapping.skip_rows
        for row, record in enumerate(self.records):
            item = self.table.item(row, 1)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                if item.checkState() == Qt.CheckState.Checked:
                    skip.discard(record.line)
                else:
                    skip.add(record.line)
        return True

    def save_report(self) -> None:
        save_report(self, self.w.session, [r for r in self.records if r.problems])


def save_report(parent, session: ImportSession, records) -> None:
    path = dialogs.ask_save_path(
        parent,
        QCoreApplication.translate("ImportWizard", "Save error report"),
        "import-errors.csv",
        "CSV (*.csv);;Excel (*.xlsx)",
    )
    if not path:
        return
    try:
        session.save_report(path, records, QCoreApplication.translate)
    except OSError as exc:
        dialogs.warn(parent, "Etap", str(exc))


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("All rows are saved in one step: Cancel or an error leaves Etap as it was."))
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Import"), self)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.report_button = QPushButton(self.tr("Save error report…"), self)
        self.report_button.clicked.connect(self.save_report)
        self.report_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.job: Background | None = None
        self.result: ImportResult | None = None

    def initializePage(self) -> None:
        self.result = None
        self.progress.setValue(0)
        rows = self.w.session.analysis.rows if self.w.session.analysis else 0
        self.progress.setMaximum(max(1, rows))
        self.status.setText(self.tr("Ready to import {rows} rows.").format(rows=rows))
        self.start_button.setEnabled(True)
        self.report_button.setEnabled(False)

    def start(self) -> None:
        session, actor = self.w.session, self.w.actor
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Importing…"))
        self.job = Background(lambda **kw: session.run_in_thread(actor, **kw), self, with_progress=True)
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._done)
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(min(done, max(1, total)))

    def _done(self, result) -> None:
        self.cancel_button.setEnabled(False)
        self.job = None
        if isinstance(result, EtapError):
            self.status.setText(error_text(result))
            self.start_button.setEnabled(True)
            return
        if isinstance(result, Exception):
            raise result
        self.result = result
        self.progress.setValue(self.progress.maximum())
        lines = [f"{tr('Import', OUTCOMES[k])}: {v}" for k, v in result.counts.items()]
        self.status.setText("\n".join(lines))
        self.report_button.setEnabled(bool(result.problems))
        self.completeChanged.emit()
        self.w.imported.emit(result)

    def isComplete(self) -> bool:
        return self.result is not None

    def save_report(self) -> None:
        if self.result is not None:
            save_report(self, self.w.session, self.result)
