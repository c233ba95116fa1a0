"""The stage actions menu of a board column (SPEC F2/S0) and the process-wide client export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
)

from desktop.domain.errors import EtapError
from desktop.services.clients import clients
from desktop.services.pipeline.board import stage_deal_ids
from desktop.services.records import StageRow
from desktop.ui import ops
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import tr as translated

FILTERS = "CSV (*.csv);;Excel (*.xlsx)"


class AddClientsDialog(QDialog):
    """Pick contacts (searchable, checkable) to start a deal for each in one stage."""

    def __init__(self, stage: StageRow, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("addClientsDialog")
        self.setWindowTitle(self.tr("Add clients to “%1”").replace("%1", stage.name))
        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(self.tr("Search name, company, e-mail or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.list = QListWidget(self)
        self.list.setObjectName("clientList")
        self.list.itemChanged.connect(self._item_changed)
        self.chosen: dict[int, str] = {}
        self.summary = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create deals"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(460, 520)
        self._fill()

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        rows = clients.find_contacts(self.search.text())
        for row in rows:
            label = row.name + (f" — {row.company}" if row.company else "")
            if row.email:
                label += f" <{row.email}>"
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id in self.chosen else Qt.CheckState.Unchecked)
        if not rows:
            QListWidgetItem(self.tr("No contacts match."), self.list).setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.blockSignals(False)
        self._update_summary()

    def _item_changed(self, item: QListWidgetItem) -> None:
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[contact_id] = item.text()
        else:
            self.chosen.pop(contact_id, None)
        self._update_summary()

    def _update_summary(self) -> None:
        self.summary.setText(self.tr("%n contact(s) chosen", "", len(self.chosen)))
        self.ok_button.setEnabled(bool(self.chosen))

    def contact_ids(self) -> list[int]:
        return list(self.chosen)


def fill_stage_menu(view, stage: StageRow, menu: QMenu) -> None:
    menu.clear()
    add = menu.addAction(QCoreApplication.translate("Board", "Add clients…"), lambda: add_clients(view, stage))
    add.setObjectName("addClientsAction")
    # bulk follow-up takes the stage's deals (all of them, not only the loaded cards)
    send = menu.addAction(QCoreApplication.translate("Board", "Send message…"), lambda: send_message(view, stage))
    send.setObjectName("sendMessageAction")
    export = menu.addAction(
        QCoreApplication.translate("Board", "Export contacts…"), lambda: export_clients(view, stage)
    )
    export.setObjectName("exportContactsAction")


def add_clients(view, stage: StageRow) -> list[int]:
    dialog = AddClientsDialog(stage, view)
    accepted = dialogs.exec(dialog)
    ids = dialog.contact_ids()
    dialog.deleteLater()
    if not accepted or not ids:
        return []
    done = ops.run(view, clients.add_clients, view.actor, stage.process_id, stage.id, ids)
    return done.result if done is not None else []  # the column reloads on the op helper's ``changed``


def send_message(view, stage: StageRow):
    from desktop.ui.mail.bulk_send import open_bulk_send

    ids = stage_deal_ids(view.actor, stage.id, view.text())
    if not ids:
        dialogs.info(
            view,
            QCoreApplication.translate("Board", "Send message"),
            QCoreApplication.translate("Board", "There are no deals in this stage."),
        )
        return None
    return open_bulk_send(view, view.actor, ids, stage.process_id)


def export_clients(view, stage: StageRow | None = None) -> int | None:
    """Export the clients of one stage (or of the whole process) to CSV or XLSX."""
    if view.process_id is None:
        return None
    name = stage.name if stage is not None else QCoreApplication.translate("Board", "clients")
    path = dialogs.ask_save_path(view, QCoreApplication.translate("Board", "Export contacts"), f"{name}.csv", FILTERS)
    if not path:
        return None
    if Path(path).suffix.lower() not in (".csv", ".xlsx"):
        path += ".csv"
    header = [translated("Export", h) for h in clients.EXPORT_HEADER]
    try:
        count = clients.export_clients(view.actor, Path(path), header, view.process_id, stage.id if stage else None)
    except EtapError as err:
        dialogs.error(view, err)
        return None
    except OSError as err:
        title = QCoreApplication.translate("Board", "Export contacts")
        text = QCoreApplication.translate("Board", "The file could not be written: %1").replace("%1", str(err))
        dialogs.warn(view, title, text)
        return None
    done = (
        QCoreApplication.translate("Board", "Rows written: %1\nFile: %2").replace("%1", str(count)).replace("%2", path)
    )
    dialogs.info(view, QCoreApplication.translate("Board", "Export contacts"), done)
    return count
