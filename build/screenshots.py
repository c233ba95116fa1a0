"""PNG screenshots of Etap's main screens and dialogs in Polish, English and Romanian, from a demo database.

    python build/screenshots.py [--out DIR] [--lang pl en ro] [--deals 300] [--readme]

Runs offscreen (no display needed). ``--readme`` also copies the Polish main window, deal sheet, funnel and
configurator into resources/screenshots/ (the README's pictures). The demo data (process and stage names,
companies) is Polish in every language: it is data, not interface.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

README_SHOTS = ("main-window", "deal-sheet", "funnel", "configurator")


def _settle(app, widget, size=(1280, 800)) -> None:
    widget.resize(*size)
    widget.show()
    for _ in range(5):
        app.processEvents()


def shoot(lang: str, out: Path, app, actor) -> list[Path]:
    from desktop.services.calculation import calculations, offers
    from desktop.services.processes import processes
    from desktop.ui.calculation.offer import OfferPreview
    from desktop.ui.configurator.dialog import ConfiguratorDialog
    from desktop.ui.deal_sheet.sheet import DealSheet
    from desktop.ui.i18n import install_translators
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.triggers.log_window import TriggerLogWindow

    install_translators(app, lang)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget, name: str, size=(1280, 800)) -> None:
        _settle(app, widget, size)
        path = out / f"{name}-{lang}.png"
        widget.grab().save(str(path))
        written.append(path)

    window = MainWindow(actor, "demo")
    save(window, "main-window")
    window.funnel_view_action.trigger()
    save(window, "funnel")
    window.my_tasks_action.trigger()
    save(window, "my-tasks")
    process = processes.list_processes()[0]
    deal_id = _showcase_deal(process.id)
    sheet = DealSheet(actor, deal_id)
    save(sheet, "deal-sheet", (1200, 700))
    sheet.tabs.setCurrentWidget(sheet.history_tab)
    save(sheet, "deal-history", (1200, 700))
    calcs = calculations.list_calculations(actor, deal_id)
    if calcs:
        html = offers.render_offer(actor, calcs[0].id, lang)
        save(OfferPreview(html, offers.page_label(lang)), "offer-preview", (900, 1000))
    save(ConfiguratorDialog(actor, process.id), "configurator", (1100, 720))
    save(TriggerLogWindow(actor), "trigger-log", (1000, 500))
    save(SettingsDialog(actor), "settings", (520, 260))
    for widget in app.topLevelWidgets():
        widget.close()
    app.processEvents()
    return written


def _sample_calculation(actor) -> None:
    """The first deal gets a priced variant, so the offer preview has something to show."""
    from desktop.services.calculation import calculations
    from desktop.services.processes import processes

    deal_id = _any_deal(processes.list_processes()[0].id)
    if calculations.list_calculations(actor, deal_id):
        return
    calc = calculations.add_calculation(actor, deal_id, "Wariant podstawowy")
    for name, qty, price, vat in (
        ("Drzwi zewnętrzne dębowe z ościeżnicą regulowaną", "2", "4890.00", "23"),
        ("Okno PCV trzyszybowe 1465×1435 mm", "6", "1234.56", "8"),
        ("Montaż", "1", "2450.00", "8"),
    ):
        calculations.add_line(actor, calc.id, description=name, quantity=qty, unit_price=price, vat_pct=vat)


def _showcase_deal(process_id: int) -> int:
    """A deal the sample data gave calculations, tasks and notes (any deal when there is none)."""
    from desktop.store.models import Calculation, Deal, Task

    found = (
        Deal.select(Deal.id)
        .join(Calculation, on=(Calculation.deal == Deal.id))
        .switch(Deal)
        .join(Task, on=(Task.deal == Deal.id))
        .where(Deal.process == process_id)
        .order_by(Deal.id)
        .scalar()
    )
    return found or _any_deal(process_id)


def _any_deal(process_id: int) -> int:
    from desktop.store.models import Deal

    return Deal.select(Deal.id).where(Deal.process == process_id).order_by(Deal.id).scalar()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "etap-screenshots")
    parser.add_argument("--lang", nargs="+", default=["pl", "en", "ro"])
    parser.add_argument("--deals", type=int, default=300)
    parser.add_argument("--readme", action="store_true")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop import demo
    from desktop.services import wiring
    from desktop.services.admin import users
    from desktop.store import db as store_db

    QCoreApplication.setOrganizationName("EtapScreenshots")
    QCoreApplication.setApplicationName("EtapScreenshots")
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="etap-shots-"))
    store_db.open_database(folder / "demo.db")
    wiring.wire()  # the features react to each other's events (as in the app)
    demo.generate(args.deals)
    actor = users.local_admin()
    _sample_calculation(actor)
    for lang in args.lang:
        for path in shoot(lang, args.out, app, actor):
            print(path)
    if args.readme and "pl" in args.lang:
        for name in README_SHOTS:
            shutil.copy(args.out / f"{name}-pl.png", ROOT / "resources" / "screenshots" / f"{name}-pl.png")
    store_db.close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
