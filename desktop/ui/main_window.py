"""The main window: process switcher, the centre view of the chosen process, menus and status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.domain.errors import EtapError
from desktop.domain.roles import ROLE_LABELS, can_configure
from desktop.domain.templates import TEMPLATE_LABELS
from desktop.services.actor import Actor
from desktop.services.processes import processes
from desktop.ui.board.view import BoardView
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import tr
from desktop.ui.live import LiveChanges
from desktop.ui.my_tasks import NotificationBell, ReminderClock
from desktop.ui.triggers.clock import TriggerClock

LANGUAGES = (("pl", "Polski"), ("en", "English"), ("ro", "Română"))


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, actor: Actor, database_label: str = "") -> None:
        super().__init__()
        self.actor = actor
        self._painted = False
        self._outbox_job = None
        self._mail_sync = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Etap — sales pipeline"))
        self.resize(1280, 800)

        self.process_combo = QComboBox(self)
        self.process_combo.setObjectName("processSwitcher")
        self.process_combo.setMinimumContentsLength(24)
        self.process_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.process_combo.currentIndexChanged.connect(self._process_changed)
        self.process_combo.setToolTip(self.tr("Sales process shown"))

        self.board = BoardView(actor, self)
        self.board.open_deal.connect(self.open_deal)
        self.board.new_deal_requested.connect(self.new_deal)
        # the other views are built when first shown (see their properties): start-up builds only the board
        self._funnel = self._my_tasks = self._contacts_view = self._companies_view = self._reports = None
        self.bell = NotificationBell(actor, self)
        self.bell.open_deal.connect(self.open_deal)
        self.reminders = ReminderClock(self)
        self.trigger_clock = TriggerClock(self)
        self.trigger_clock.fired.connect(self._triggers_fired)
        self.trigger_clock.failed.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.reminders.reminded.connect(self._reminded)
        self.live = LiveChanges(self)
        self.live.changed.connect(self._changed_elsewhere)
        self.live.online_changed.connect(self._online_changed)
        self.empty_state = self._build_empty_state()
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.empty_state)
        self.centre.addWidget(self.board)
        self.setCentralWidget(self.centre)

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        role = tr("Role", ROLE_LABELS.get(actor.role, actor.role))
        self.user_label = QLabel(self.tr("Signed in as %1 (%2)").replace("%1", actor.name).replace("%2", role))
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connectionState")
        self.connection_label.setStyleSheet("color: #b00020")
        self.connection_label.hide()
        from desktop.ui.mail.sync_state import MailStateLabel

        self.mail_state = MailStateLabel(self)
        self.statusBar().addPermanentWidget(self.connection_label)
        self.statusBar().addPermanentWidget(self.mail_state)
        self.statusBar().addPermanentWidget(self.user_label)
        if database_label:
            self.statusBar().showMessage(database_label)
        self.reload_processes()

    # -- building -------------------------------------------------------------------------------------
    def _build_empty_state(self) -> QWidget:
        box = QWidget(self)
        box.setObjectName("emptyState")
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        title = QLabel(self.tr("No sales process yet"), box)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        hint = QLabel(self.tr("Create a process from a template to start adding deals."), box)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.empty_button = QPushButton(self.tr("New process…"), box)
        self.empty_button.setObjectName("emptyNewProcess")
        self.empty_button.clicked.connect(self.new_process)
        self.empty_button.setEnabled(can_configure(self.actor.role))
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return box

    def _build_actions(self) -> None:
        self.new_process_action = QAction(self.tr("&New process…"), self)
        self.new_process_action.setObjectName("newProcessAction")
        self.new_process_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N))
        self.new_process_action.triggered.connect(self.new_process)
        self.new_process_action.setEnabled(can_configure(self.actor.role))
        self.new_deal_action = QAction(self.tr("&New deal…"), self)
        self.new_deal_action.setObjectName("newDealAction")
        self.new_deal_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_deal_action.triggered.connect(lambda: self.new_deal())
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.view_group = QActionGroup(self)
        self.stages_view_action = QAction(self.tr("&Board (stages)"), self.view_group)
        self.stages_view_action.setObjectName("boardViewAction")
        self.stages_view_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_1))
        self.funnel_view_action = QAction(self.tr("&Funnel (table of deals)"), self.view_group)
        self.funnel_view_action.setObjectName("funnelViewAction")
        self.funnel_view_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_2))
        self.my_tasks_action = QAction(self.tr("&My tasks"), self.view_group)
        self.my_tasks_action.setObjectName("myTasksAction")
        self.my_tasks_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_3))
        self.contacts_view_action = QAction(self.tr("&Contacts"), self.view_group)
        self.contacts_view_action.setObjectName("contactsViewAction")
        self.contacts_view_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_4))
        self.companies_view_action = QAction(self.tr("C&ompanies"), self.view_group)
        self.companies_view_action.setObjectName("companiesViewAction")
        self.companies_view_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_5))
        self.reports_action = QAction(self.tr("&Reports"), self.view_group)
        self.reports_action.setObjectName("reportsAction")
        self.reports_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_6))
        for action in self.view_group.actions():
            action.setCheckable(True)
        self.stages_view_action.setChecked(True)
        self.view_group.triggered.connect(lambda _action: self._process_changed())
        self.undo_action = self.board.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.board.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y),
            ]
        )
        self.export_clients_action = QAction(self.tr("&Export all clients…"), self)
        self.export_clients_action.setObjectName("exportClientsAction")
        self.export_clients_action.triggered.connect(self.export_all_clients)
        self.new_contact_action = QAction(self.tr("New &contact…"), self)
        self.new_contact_action.setObjectName("newContactAction")
        self.new_contact_action.triggered.connect(self.new_contact)
        self.new_company_action = QAction(self.tr("New c&ompany…"), self)
        self.new_company_action.setObjectName("newCompanyAction")
        self.new_company_action.triggered.connect(self.new_company)
        self.export_tasks_action = QAction(self.tr("Export my tasks as iCalendar…"), self)
        self.export_tasks_action.setObjectName("exportTasksAction")
        self.export_tasks_action.triggered.connect(self.export_my_tasks)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Process"), self)
        bar.setObjectName("processToolbar")
        bar.setMovable(False)
        label = QLabel(self.tr("Process:"), bar)
        label.setBuddy(self.process_combo)
        bar.addWidget(label)
        bar.addWidget(self.process_combo)
        bar.addAction(self.new_process_action)
        bar.addAction(self.new_deal_action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.bell)
        self.addToolBar(bar)
        self.process_toolbar = bar

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_contact_action)
        file_menu.addAction(self.new_company_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_tasks_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu
        self._build_data_safety(file_menu)
        self.process_menu = menu.addMenu(self.tr("&Process"))
        self.process_menu.addAction(self.new_process_action)
        self.configure_action = self.process_menu.addAction(self.tr("&Configure process…"))
        self.configure_action.setObjectName("configureProcessAction")
        self.configure_action.triggered.connect(self.configure_process)
        self.configure_action.setEnabled(can_configure(self.actor.role))
        self.triggers_action = self.process_menu.addAction(self.tr("&Triggers…"))
        self.triggers_action.setObjectName("triggersAction")
        self.triggers_action.triggered.connect(self.open_triggers)
        self.triggers_action.setEnabled(can_configure(self.actor.role))
        self.campaigns_action = self.process_menu.addAction(self.tr("C&ampaigns…"))
        self.campaigns_action.triggered.connect(self.open_campaigns)
        self.trigger_log_action = self.process_menu.addAction(self.tr("Trigger &log"))
        self.trigger_log_action.setObjectName("triggerLogAction")
        self.trigger_log_action.triggered.connect(self.open_trigger_log)
        self.process_menu.addAction(self.export_clients_action)
        self.deal_menu = menu.addMenu(self.tr("&Deal"))
        self.deal_menu.setObjectName("dealMenu")
        self.deal_menu.addAction(self.new_deal_action)
        self.deal_menu.addSeparator()
        self.trash_action = self.deal_menu.addAction(self.tr("&Trash…"))
        self.trash_action.setObjectName("trashAction")
        self.trash_action.triggered.connect(self.open_trash)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addActions(self.view_group.actions())
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        current = QSettings().value("ui/language", "")
        for code, name in LANGUAGES:
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
        self._build_mail_menus(menu)
        self._build_tools_menu(menu)
        self.segments_menu = menu.addMenu(self.tr("Se&gments"))
        self.segments_menu.setObjectName("segmentsMenu")
        self.segments_menu.aboutToShow.connect(self._fill_segments_menu)
        help_menu = menu.addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About Etap"))
        about.triggered.connect(self._about)

    def _build_tools_menu(self, menu) -> None:
        # shares the Tools menu the mail feature creates (its own when that is absent)
        tools_menu = getattr(self, "tools_menu", None) or menu.addMenu(self.tr("&Tools"))
        tools_menu.addSeparator()
        self.import_action = tools_menu.addAction(self.tr("&Import…"))
        self.import_action.setObjectName("importAction")
        self.import_action.triggered.connect(self.open_import)
        self.import_history_action = tools_menu.addAction(self.tr("Import &history…"))
        self.import_history_action.setObjectName("importHistoryAction")
        self.import_history_action.triggered.connect(self.open_import_history)
        self.catalogue_action = tools_menu.addAction(self.tr("&Catalogue…"))
        self.catalogue_action.setObjectName("catalogueAction")
        self.catalogue_action.triggered.connect(self.open_catalogue)
        self.settings_action = tools_menu.addAction(self.tr("&Settings…"))
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.triggered.connect(self.open_settings)
        tools_menu.addSeparator()
        self.users_action = tools_menu.addAction(self.tr("&Users…"))
        self.users_action.setObjectName("usersAction")
        self.users_action.triggered.connect(self.open_users)
        self.users_action.setVisible(self.actor.role == "admin")
        self.profile_action = tools_menu.addAction(self.tr("My &profile…"))
        self.profile_action.setObjectName("profileAction")
        self.profile_action.triggered.connect(self.open_users)
        self.password_action = tools_menu.addAction(self.tr("Change my pass&word…"))
        self.password_action.setObjectName("changePasswordAction")
        self.password_action.triggered.connect(self.change_password)

    def open_users(self):
        from desktop.ui.team.users_dialog import UsersDialog

        dialog = UsersDialog(self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def change_password(self) -> None:
        from desktop.ui.team.passwords import PasswordDialog

        dialog = PasswordDialog(self.actor, parent=self)
        if dialogs.exec(dialog):
            dialogs.info(self, dialog.windowTitle(), self.tr("Your password was changed."))
        dialog.deleteLater()

    def open_catalogue(self) -> None:
        from desktop.ui.catalogue.dialog import CatalogueDialog

        dialog = CatalogueDialog(self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_import(self) -> None:
        from desktop.ui.imports.wizard import ImportWizard

        wizard = ImportWizard(self.actor, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._after_import)
        wizard.open()
        return wizard

    def open_import_history(self) -> None:
        from desktop.ui.imports.history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reverted.connect(lambda _id: self._after_import(None))
        dialog.open()
        return dialog

    def _after_import(self, _result) -> None:
        """An import may bring a new process and deals anywhere: rebuild the columns and reload."""
        self.board.process_id = None
        self.reload_processes(select_id=self.current_process_id())

    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _build_mail_menus(self, menu) -> None:
        self.send_followup_action = self.process_menu.addAction(self.tr("Send &follow-up…"))
        self.send_followup_action.setObjectName("sendFollowUpAction")
        self.send_followup_action.triggered.connect(self.send_followup)
        self.tools_menu = menu.addMenu(self.tr("&Tools"))
        self.mail_settings_action = self.tools_menu.addAction(self.tr("&Mail settings…"))
        self.mail_settings_action.triggered.connect(self.open_mail_settings)
        self.mail_settings_action.setEnabled(can_configure(self.actor.role))
        self.templates_action = self.tools_menu.addAction(self.tr("E-mail &templates…"))
        self.templates_action.triggered.connect(self.open_templates)
        self.unfiled_action = self.tools_menu.addAction(self.tr("&Unfiled mail…"))
        self.unfiled_action.setObjectName("unfiledMailAction")
        self.unfiled_action.triggered.connect(self.open_unfiled_mail)
        self.check_mail_action = self.tools_menu.addAction(self.tr("Check &mail now"))
        self.check_mail_action.setObjectName("checkMailAction")
        self.check_mail_action.triggered.connect(lambda: self.mail_sync.restart())

    def resume_outbox(self) -> None:
        """Send what an earlier run left in the outbox (queued, or claimed by a sender that died)."""
        from desktop.services.mail import outbox
        from desktop.ui.mail.send_worker import send_in_background

        if outbox.due_count() and self._outbox_job is None:
            self._outbox_job = send_in_background(None, self)
            self._outbox_job.done.connect(self._outbox_resumed)

    def _outbox_resumed(self, report) -> None:
        self._outbox_job = None
        sent = len(getattr(report, "sent", []))
        self.statusBar().showMessage(self.tr("Outbox: %n message(s) sent", "", sent), 10000)

    def start_background(self) -> None:
        """Work that runs while the window is open: task reminders now and every minute, scheduled backups."""
        self.reminders.start()
        self.trigger_clock.start()
        self.live.start()
        self.data_safety.start()

    def _changed_elsewhere(self, summary: dict) -> None:
        """Another copy of the app (or the worker) changed data: refresh what shows it, and tell open deal
        sheets (one with unsaved edits asks before reloading)."""
        from desktop.ui.deal_sheet.sheet import open_sheets

        kinds = summary.get("k", set())
        full = bool(summary.get("full"))
        shown = self.centre.currentWidget()
        if full or "process_changed" in kinds or "stage_emptied" in kinds:
            self.board.process_id = None  # stages may have changed: rebuild the columns
            self.reload_processes()
        elif shown is self.board:
            # only the columns the change touched: the stages it names, and those holding its deals
            stages = set(summary.get("s", ())) | {
                stage_id
                for stage_id, model in self.board.models.items()
                if any(card.id in summary.get("d", ()) for card in model.cards)
            }
            if stages:
                self.board.reload_stages(stages)
        elif shown is self._funnel:
            self.funnel.apply_filters()
        if full or "notification" in kinds or "task" in kinds:
            self.bell.refresh()
        if shown is self._my_tasks:  # (hidden, it reloads when shown)
            self.my_tasks.reload()
        deals = summary.get("d", set())
        for sheet in open_sheets():
            if summary.get("full") or sheet.deal_id in deals:
                sheet.changed_elsewhere(summary.get("n", ""))

    def _online_changed(self, online: bool) -> None:
        self.connection_label.setText("" if online else self.tr("Connection to the database lost — reconnecting…"))
        self.connection_label.setVisible(not online)
        if online:
            self.statusBar().showMessage(self.tr("Connected to the database again."), 10000)

    def _build_data_safety(self, file_menu) -> None:
        from desktop.ui.backups.actions import DataSafety

        self.data_safety = DataSafety(self, self.actor, file_menu)
        self.data_safety.restored.connect(lambda: (self.reload_processes(), self.refresh()))
        self.data_safety.failed.connect(lambda text: self.statusBar().showMessage(text, 30000))

    def _reminded(self, reminded: list) -> None:
        self.bell.refresh()
        mine = [t for t in reminded if t.owner_id == self.actor.id]
        if mine:
            self.statusBar().showMessage(
                self.tr("Task due: %1").replace("%1", "; ".join(t.title for t in mine[:3])), 15000
            )
        if self.centre.currentWidget() is self._my_tasks:
            self.my_tasks.reload()

    def _triggers_fired(self, report) -> None:
        if report.fired or report.failed:
            text = (
                self.tr("Triggers: %1 fired, %2 failed")
                .replace("%1", str(report.fired))
                .replace("%2", str(report.failed))
            )
            self.statusBar().showMessage(text, 15000)
            self.bell.refresh()
            self.refresh()

    def open_triggers(self) -> None:
        from desktop.ui.triggers.editor import TriggersDialog

        if self.current_process_id() is not None:
            dialog = TriggersDialog(self.actor, self.current_process_id(), self)
            dialogs.exec(dialog)
            dialog.deleteLater()

    def open_campaigns(self) -> None:
        from desktop.ui.clients.campaigns_dialog import CampaignsDialog

        dialog = CampaignsDialog(self.actor, self)
        dialogs.exec(dialog)
        dialog.deleteLater()

    def open_trigger_log(self):
        from desktop.ui.triggers.log_window import TriggerLogWindow

        window = TriggerLogWindow(self.actor, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.open_deal.connect(self.open_deal)
        window.show()
        return window

    def closeEvent(self, event) -> None:
        self.live.stop()
        self.data_safety.stop()
        self.reminders.stop()
        self.trigger_clock.stop()
        if self._mail_sync is not None:
            self._mail_sync.stop()
        if self._outbox_job is not None:  # unsent messages stay queued for the next start
            self._outbox_job.cancel()
            self._outbox_job.wait()
        if self._funnel is not None:
            self._funnel.worker.close()  # a tab count may still be running on its own connection
        if self._reports is not None:
            self._reports.worker.close()  # so may a report (and its kept connection)
        super().closeEvent(event)

    def send_followup(self) -> None:
        from desktop.ui.mail.bulk_send import open_bulk_send

        # the board's or funnel's selection goes to the dialog; otherwise the user picks a stage of the process
        shown = self.centre.currentWidget()
        selected = self.funnel.selected_ids() if shown is self._funnel else []
        if shown is self.board:
            selected = self.board.selected_ids()
        open_bulk_send(self, self.actor, selected or None, self.current_process_id())

    def open_mail_settings(self) -> None:
        from desktop.ui.mail.settings_dialog import MailSettingsDialog

        dialog = MailSettingsDialog(self.actor, self)
        dialog.accepted.connect(self.mail_sync.restart)  # a new account or interval applies at once
        dialog.open()

    def open_unfiled_mail(self):
        from desktop.ui.mail.unfiled_dialog import UnfiledMailDialog

        dialog = UnfiledMailDialog(self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _mail_synced(self, report) -> None:
        """New mail, or why none could be fetched, in the status bar (a background pass never pops up)."""
        from desktop.ui.errors import error_text

        self.mail_state.show_report(report)
        if report.error is not None and report.state == "synced":
            self.statusBar().showMessage(self.tr("Mail: %1").replace("%1", error_text(report.error)), 30000)
        elif report.stored:
            unfiled = report.stored - report.filed - report.receipts
            text = self.tr("Mail: %n new message(s)", "", report.stored)
            if unfiled > 0:
                text += " " + self.tr("(%n unfiled)", "", unfiled)
            self.statusBar().showMessage(text, 15000)

    @property
    def mail_sync(self):
        """Received mail's fetching, built once the window is up (start_mail_sync) or when first asked for: the
        IMAP and SMTP modules it loads are not needed for the first paint."""
        if self._mail_sync is None:
            from desktop.ui.mail.sync_controller import MailSyncController

            self._mail_sync = MailSyncController(self, self.actor.name)
            self._mail_sync.synced.connect(self._mail_synced)
        return self._mail_sync

    def start_mail_sync(self) -> None:
        """Fetch received mail now and every few minutes (nothing when no IMAP account is set up)."""
        self.mail_sync.start()

    def open_templates(self) -> None:
        from desktop.ui.mail.template_editor import TemplateEditorDialog

        TemplateEditorDialog(self.actor, self).open()

    # -- behaviour ------------------------------------------------------------------------------------
    def reload_processes(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_process_id()
        rows = processes.list_processes()
        self.process_combo.blockSignals(True)
        self.process_combo.clear()
        for row in rows:
            self.process_combo.addItem(row.name, row.id)
        index = self.process_combo.findData(current) if current is not None else -1
        if index < 0 and rows:
            remembered = QSettings().value("ui/process")
            index = max(0, self.process_combo.findData(int(remembered))) if remembered else 0
        self.process_combo.setCurrentIndex(index)
        self.process_combo.blockSignals(False)
        self._process_changed()

    def _show_process(self, process_id: int) -> None:
        """Select a process in the switcher (a segment or search chose it)."""
        index = self.process_combo.findData(process_id)
        if index >= 0 and index != self.process_combo.currentIndex():
            self.process_combo.setCurrentIndex(index)

    def _fill_segments_menu(self) -> None:
        self.segments_menu.clear()
        self.segments_menu.addAction(self.tr("Advanced search…"), self._advanced_search)
        from desktop.services.pipeline import segments  # (and the funnel's criteria) when the menu opens

        saved = segments.list_segments(self.actor)
        if saved:
            self.segments_menu.addSeparator()
        for segment in saved:
            self.segments_menu.addAction(segment.name, lambda s=segment: self.open_segment(s.id))

    def _advanced_search(self) -> None:
        self.funnel_view_action.setChecked(True)
        self._process_changed()
        self.funnel.advanced_search()

    def open_segment(self, segment_id: int) -> None:
        self.funnel_view_action.setChecked(True)
        self._process_changed()
        self.funnel.open_segment(segment_id)

    def open_deals_in_funnel(self, criteria) -> None:
        """A report's slice, bar or row: its deals in the funnel view."""
        self.funnel_view_action.setChecked(True)
        index = self.process_combo.findData(criteria.process_id) if criteria.process_id is not None else -1
        if index >= 0:
            self.process_combo.blockSignals(True)
            self.process_combo.setCurrentIndex(index)
            self.process_combo.blockSignals(False)
        self._process_changed()
        self.funnel.show_segment(criteria)

    def current_process_id(self) -> int | None:
        data = self.process_combo.currentData()
        return int(data) if data is not None else None

    @property
    def funnel(self):
        """The funnel view, built when first used (start-up shows the board)."""
        if self._funnel is None:
            from desktop.ui.funnel.view import FunnelView

            self._funnel = FunnelView(self.actor, self)
            self._funnel.open_deal.connect(self.open_deal)
            self._funnel.new_deal_requested.connect(lambda: self.new_deal())
            self._funnel.process_chosen.connect(self._show_process)
            self.centre.addWidget(self._funnel)
        return self._funnel

    @property
    def my_tasks(self):
        """The My tasks view, built when first used."""
        if self._my_tasks is None:
            from desktop.ui.my_tasks import MyTasksView

            self._my_tasks = MyTasksView(self.actor, self)
            self._my_tasks.open_deal.connect(self.open_deal)
            self.centre.addWidget(self._my_tasks)
        return self._my_tasks

    @property
    def contacts_view(self):
        """The contacts list, built when first used."""
        if self._contacts_view is None:
            from desktop.ui.clients.list_view import ContactsView

            self._contacts_view = ContactsView(self.actor, self)
            self._contacts_view.open_record.connect(self.open_contact)
            self._contacts_view.new_record.connect(self.new_contact)
            self.centre.addWidget(self._contacts_view)
        return self._contacts_view

    @property
    def companies_view(self):
        """The companies list, built when first used."""
        if self._companies_view is None:
            from desktop.ui.clients.list_view import CompaniesView

            self._companies_view = CompaniesView(self.actor, self)
            self._companies_view.open_record.connect(self.open_company)
            self._companies_view.new_record.connect(self.new_company)
            self.centre.addWidget(self._companies_view)
        return self._companies_view

    @property
    def reports(self):
        """The reports view, built on first use (importing it pulls in the charts, the PDF and XLSX exports)."""
        if self._reports is None:
            from desktop.ui.reports.view import ReportsView

            self._reports = ReportsView(self.actor, self)
            self._reports.open_deals.connect(self.open_deals_in_funnel)
            self.centre.addWidget(self._reports)
        return self._reports

    def _process_changed(self) -> None:
        process_id = self.current_process_id()
        if self.my_tasks_action.isChecked():
            self.centre.setCurrentWidget(self.my_tasks)
            self.my_tasks.reload()
            return
        if self.reports_action.isChecked():
            self.centre.setCurrentWidget(self.reports)
            self.reports.reload_choices(process_id)
            return
        for action, name in (
            (self.contacts_view_action, "contacts_view"),
            (self.companies_view_action, "companies_view"),
        ):
            if action.isChecked():  # shared by all processes: shown with or without one
                view = getattr(self, name)  # built now if it never was
                self.centre.setCurrentWidget(view)
                view.ensure_loaded()
                return
        if process_id is None:
            self.centre.setCurrentWidget(self.empty_state)
            return
        QSettings().setValue("ui/process", process_id)
        if self.funnel_view_action.isChecked():
            self.centre.setCurrentWidget(self.funnel)
            if self.funnel.process_id != process_id:
                self.funnel.set_process(process_id)
                return
        else:
            self.centre.setCurrentWidget(self.board)
            if self.board.process_id != process_id:
                self.board.set_process(process_id)
                return
        self.refresh()

    def refresh(self) -> None:
        shown = self.centre.currentWidget()
        if shown is not None and shown in (self._contacts_view, self._companies_view):
            shown.apply_filters()
            return
        process_id = self.current_process_id()
        if process_id is None:
            return
        if self.centre.currentWidget() is self.board:
            self.board.refresh()
        elif self.centre.currentWidget() is self._funnel:
            self.funnel.apply_filters()
        elif self.centre.currentWidget() is self._my_tasks:
            self.my_tasks.reload()
        elif self._reports is not None and self.centre.currentWidget() is self._reports:
            self._reports.refresh()
        self.bell.refresh()

    def configure_process(self) -> None:
        from desktop.ui.configurator.dialog import ConfiguratorDialog

        process_id = self.current_process_id()
        if process_id is None:
            return
        dialog = ConfiguratorDialog(self.actor, process_id, self)
        accepted = dialogs.exec(dialog)
        dialog.deleteLater()
        if accepted:
            self.board.process_id = None  # stages may have changed: rebuild the columns
            self.reload_processes(select_id=process_id)

    def open_deal(self, deal_id: int):
        """The deal's sheet (non-blocking); its saves reach the views through the op helper's ``changed``."""
        from desktop.ui.deal_sheet.sheet import open_deal_sheet

        return open_deal_sheet(self.actor, deal_id, self)

    def new_deal(self, stage_id: int | None = None) -> None:
        """The New deal dialog, started from a column (its stage) or from anywhere (the first open stage)."""
        from desktop.ui.new_deal.dialog import NewDealDialog

        if not processes.list_processes():
            dialogs.info(self, self.tr("New deal"), self.tr("Create a sales process first (Process → New process…)."))
            return
        dialog = NewDealDialog(self.actor, self, process_id=self.current_process_id(), stage_id=stage_id)
        accepted = dialogs.exec(dialog)
        dialog.deleteLater()
        if not accepted or dialog.created is None:
            return
        created = dialog.created
        if created.process_id != self.current_process_id():
            self._show_process(created.process_id)
        self.refresh()
        self.statusBar().showMessage(self.tr("Deal %1 created.").replace("%1", created.number), 10000)
        if dialog.open_after.isChecked():
            self.open_deal(created.id)

    def open_trash(self) -> None:
        from desktop.ui.new_deal.trash_window import TrashDialog

        dialog = TrashDialog(self.actor, self)
        dialog.restored.connect(lambda _ids: self.refresh())
        dialogs.exec(dialog)
        dialog.deleteLater()

    def export_my_tasks(self):
        from desktop.ui.calendar import export_my_tasks

        return export_my_tasks(self, self.actor)

    # -- contacts and companies ------------------------------------------------------------------------
    def _client_sheet(self, kind: str, record_id: int | None, initial: dict | None = None):
        from desktop.ui.clients.sheets import open_sheet

        sheet = open_sheet(kind, self.actor, record_id, self, initial)
        if sheet is not None and not sheet.property("etapConnected"):
            sheet.setProperty("etapConnected", True)
            sheet.saved.connect(lambda _id: self._clients_changed())
            sheet.open_deal.connect(self.open_deal)
            sheet.new_deal.connect(self.new_deal_for_client)
            sheet.open_existing.connect(self.open_contact if kind == "contact" else self.open_company)
        return sheet

    def open_contact(self, contact_id: int):
        return self._client_sheet("contact", contact_id)

    def open_company(self, company_id: int):
        return self._client_sheet("company", company_id)

    def new_contact(self):
        return self._client_sheet("contact", None)

    def new_company(self):
        return self._client_sheet("company", None)

    def _clients_changed(self) -> None:
        for view in (self._contacts_view, self._companies_view):
            if view is None:  # not built yet: it reads the database when first shown
                continue
            if view is self.centre.currentWidget():
                view.apply_filters()
            else:
                view._loaded = False  # re-read when shown next

    def new_deal_for_client(self, contact_id: int | None, company_id: int | None):
        """The New deal dialog with the client filled in (from a contact's or a company's sheet)."""
        from desktop.ui.new_deal.dialog import NewDealDialog

        if not processes.list_processes():
            dialogs.info(self, self.tr("New deal"), self.tr("Create a sales process first (Process → New process…)."))
            return None
        dialog = NewDealDialog(
            self.actor, self, process_id=self.current_process_id(), contact_id=contact_id, company_id=company_id
        )
        accepted = dialogs.exec(dialog)
        dialog.deleteLater()
        if not accepted or dialog.created is None:
            return None
        created = dialog.created
        self.refresh()
        for sheet in self._open_client_sheets():
            sheet.reload_tabs()
        if dialog.open_after.isChecked():
            return self.open_deal(created.id)
        return created

    @staticmethod
    def _open_client_sheets() -> list:
        from desktop.ui.clients.sheets import open_sheets

        return open_sheets()

    def export_all_clients(self) -> None:
        from desktop.ui.board.actions import export_clients

        if self.current_process_id() is not None:
            export_clients(self.board)

    def new_process(self) -> None:
        name = dialogs.ask_text(self, self.tr("New process"), self.tr("Name of the process:"))
        if name is None:
            return
        keys = list(TEMPLATE_LABELS)
        labels = [tr("Template", TEMPLATE_LABELS[k]) for k in keys]
        choice = dialogs.ask_item(self, self.tr("New process"), self.tr("Start from template:"), labels)
        if choice is None:
            return
        try:
            row = processes.create_process(self.actor, name, keys[choice], translate=tr)
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.reload_processes(select_id=row.id)

    def _choose_language(self, code: str) -> None:
        QSettings().setValue("ui/language", code)
        dialogs.info(self, self.tr("Language"), self.tr("The language changes the next time Etap starts."))

    def _about(self) -> None:
        dialogs.info(
            self, self.tr("About Etap"), self.tr("Etap %1 — a desktop sales-pipeline CRM.").replace("%1", __version__)
        )

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
