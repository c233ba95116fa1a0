"""Clients figures (issue 15): the deal sheet and the New deal dialog opened to a painted window, the contact
picker's search-as-you-type, and the contacts list (first paint, a sort, a rare and a common filter) — at a
million deals the demo holds 250,000 contacts and 50,000 companies.

Baselines, measured in the same run: for the windows, a bare form of the same number of fields painted; for the
picker and the list, the same SQL run raw through sqlite3 (psycopg2 for a ``postgresql://`` database)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

POSTGRES = True


def _raw_ms(db_path, query) -> float:
    from tests.bench.run import raw_ms

    return raw_ms(db_path, query)


def _best(action, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def _bare_form(fields: int) -> float:
    """A plain dialog with ``fields`` labelled line edits, shown and painted: what any form window costs."""
    from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit

    def build() -> None:
        dialog = QDialog()
        form = QFormLayout(dialog)
        for i in range(fields):
            form.addRow(f"Field {i}:", QLineEdit(dialog))
        dialog.resize(900, 700)
        dialog.show()
        dialog.grab()
        dialog.close()
        dialog.deleteLater()

    return _best(build)


def run(db_path: Path, deals: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from desktop.services import pickers
    from desktop.services.admin import users
    from desktop.services.clients import client_lists
    from desktop.store import db as store_db
    from desktop.store.models import Deal
    from desktop.ui.clients.list_view import ContactsView
    from desktop.ui.deal_sheet.sheet import DealSheet
    from desktop.ui.new_deal.dialog import NewDealDialog
    from tests.bench.run import figure

    app = QApplication.instance() or QApplication([])
    settings_dir = tempfile.mkdtemp(prefix="etap-bench-settings-")  # never the user's remembered layout
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    store_db.open_database(db_path)
    actor = users.local_admin()
    out = {}
    bare = _bare_form(20)

    # the deal with the highest contact id: beyond any page a capped list would hold
    deal_id = Deal.select(Deal.id).where(Deal.contact.is_null(False)).order_by(Deal.contact.desc()).limit(1).scalar()

    def open_sheet() -> None:
        sheet = DealSheet(actor, deal_id)
        sheet.show()
        sheet.grab()
        sheet.close()
        sheet.deleteLater()

    out["clients.deal_sheet_open_ms"] = figure(_best(open_sheet), "ms", bare)

    def open_new_deal() -> None:
        dialog = NewDealDialog(actor)
        dialog.show()
        dialog.grab()
        dialog.close()
        dialog.deleteLater()

    out["clients.new_deal_dialog_ms"] = figure(_best(open_new_deal), "ms", bare)
    app.processEvents()

    # the picker as a salesperson types a surname: each keystroke after the second is one search
    typed = ("now", "nowak", "nowak jan")
    picker_ms = max(_best(lambda t=t: pickers.contacts(t)) for t in typed)
    raw_picker = max(
        _raw_ms(
            db_path,
            pickers._matching(
                pickers.Contact.select(pickers.Contact.id).join(
                    pickers.Company,
                    pickers.JOIN.LEFT_OUTER,
                    on=(pickers.Contact.company == pickers.Company.id),
                ),
                pickers.Contact,
                t,
            )
            .order_by(pickers.Contact.last_name, pickers.Contact.first_name, pickers.Contact.id)
            .limit(pickers.DEFAULT_LIMIT),
        )
        for t in typed
    )
    out["clients.completer_ms"] = figure(picker_ms, "ms", raw_picker)

    start = time.perf_counter()
    view = ContactsView(actor)
    view.resize(1400, 800)
    view.show()
    view.ensure_loaded()
    view.grab()
    first = (time.perf_counter() - start) * 1000
    criteria = client_lists.ListCriteria()
    raw_first = _raw_ms(
        db_path,
        client_lists._keyset(
            client_lists._contact_query(criteria, *client_lists.CONTACT_SORT["name"], client_lists.Contact.id),
            client_lists.CONTACT_SORT["name"],
            client_lists.Contact.id,
            False,
            None,
            client_lists.PAGE,
        ),
    )
    out["clients.contacts_first_paint_ms"] = figure(first, "ms", raw_first)

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        view.grab()
        return (time.perf_counter() - start) * 1000

    header = view.table.horizontalHeader()
    keys = list(view.model.keys)
    for sort in ("company", "email"):
        ms = timed(lambda sort=sort: header.setSortIndicator(keys.index(sort), Qt.SortOrder.AscendingOrder))
        sort_keys = client_lists.CONTACT_SORT[sort]
        raw = _raw_ms(
            db_path,
            client_lists._keyset(
                client_lists._contact_query(criteria, *sort_keys, client_lists.Contact.id),
                sort_keys,
                client_lists.Contact.id,
                False,
                None,
                client_lists.PAGE,
            ),
        )
        out[f"clients.contacts_sort_by_{sort}_ms"] = figure(ms, "ms", raw)

    header.setSortIndicator(keys.index("name"), Qt.SortOrder.AscendingOrder)
    for name, text in (("filter_rare_ms", "łucja żak"), ("filter_ms", "żak")):

        def search(text=text) -> None:
            view.search.setText(text)
            view.apply_filters()

        ms = timed(search)
        wanted = client_lists.ListCriteria(text=text)
        raw = _raw_ms(
            db_path,
            client_lists._keyset(
                client_lists._contact_query(wanted, *client_lists.CONTACT_SORT["name"], client_lists.Contact.id),
                client_lists.CONTACT_SORT["name"],
                client_lists.Contact.id,
                False,
                None,
                client_lists.PAGE,
            ),
        )
        out[f"clients.contacts_{name}"] = figure(ms, "ms", raw)

    view.close()
    view.deleteLater()
    app.processEvents()
    store_db.close_database()
    return out
