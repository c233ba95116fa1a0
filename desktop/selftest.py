"""``etap --self-test``: proves an installed (frozen) Etap works, without a screen and without user data.

Runs on a fresh temporary database and temporary settings: migrations, a process and a deal moved between
stages, the Polish translation (Qt's and Etap's own catalogues), the main window rendered offscreen, a chart
(QtCharts) and a PDF with Polish and Romanian letters (QTextDocument + QPdfWriter, which needs the font and
print plumbing to be in the bundle). The report goes to stdout and to a file in the temp folder, because a
windowed Windows executable has no stdout. Exit code 0 only if every check passed.

A composition-level module like app.py: it may use every layer.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtGui import QFontDatabase, QImage, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

from desktop import __version__, paths
from desktop.app import APPLICATION, ORGANIZATION, ensure_offscreen_if_headless
from desktop.services import wiring
from desktop.store import db as store_db

REPORT_NAME = "etap-selftest.txt"
POLISH_TEXT = "Zażółć gęślą jaźń — ZAŻÓŁĆ GĘŚLĄ JAŹŃ"
ROMANIAN_TEXT = "Șase măști în țară — ĂÂÎȘȚ"
# (context, English source, expected Polish). Passed to translate() through a tuple so lupdate does not
# file them as Etap's own messages.
TRANSLATION_PROBES = (
    ("QPlatformTheme", "Cancel", "Anuluj"),  # Qt's qtbase_pl.qm shipped in the bundle
    ("MainWindow", "&File", "&Plik"),  # Etap's etap_pl.qm compiled into the bundle (from the tree: the cache)
)


class CheckFailed(Exception):
    pass


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def report_path() -> Path:
    """Where the report is written: the user's temp folder (TMPDIR/TEMP), a fixed name, overwritten."""
    return Path(tempfile.gettempdir()) / REPORT_NAME


def image_has_content(image: QImage) -> bool:
    """Not null and not one flat colour (a blank grab would be)."""
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return False
    small = image.scaled(QSize(48, 48)).convertToFormat(QImage.Format.Format_RGB32)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    return len(colours) > 2


# -- the checks: each returns a one-line detail or raises ----------------------------------------------------
def check_database(work: Path) -> str:
    from desktop.services.admin import users
    from desktop.services.clients import contacts
    from desktop.services.deals import deals
    from desktop.services.processes import processes

    store_db.open_database(work / "selftest.db")
    wiring.wire()
    applied = store_db.applied_migrations(store_db.database.obj)
    shipped = sorted(p.stem for p in store_db.MIGRATIONS_DIR.glob("[0-9]*.py"))
    _require(bool(shipped), f"no migration scripts in {store_db.MIGRATIONS_DIR}")
    _require(applied == shipped, f"applied {applied}, shipped {shipped}")
    admin = users.local_admin()
    process = processes.create_process(admin, "Self-test", "sales_funnel")
    stages = processes.list_stages(process.id)
    deal = deals.create_deal(
        admin, process.id, "Okna dla Zakładu Łódź", source="Phone", expected_close=date(2030, 1, 31), value="1234,56"
    )
    moved = deals.move_deal(admin, deal.id, stages[1].id, substage=stages[1].substages[0])
    _require(moved.stage_id == stages[1].id, "the deal did not move")
    _require(deals.get_deal(deal.id).title == "Okna dla Zakładu Łódź", "Polish letters did not survive the database")
    # phone numbers need libphonenumber's per-country data modules, which a frozen build must have bundled
    contact = contacts.create_contact(admin, last_name="Wiśniewska", phone="601 234 567", extra_phones="0721 234 567")
    _require(
        (contact.phone, contact.extra_phones) == ("+48601234567", "+40721234567"), "phone numbers were not understood"
    )
    return f"{len(applied)} migration(s) applied, deal {moved.number} created and moved to stage 2, contact saved"


def check_translations(app: QApplication) -> str:
    from desktop.ui.i18n import install_translators

    _require(install_translators(app, "pl") == "pl", "Polish is not available")
    for context, source, expected in TRANSLATION_PROBES:
        got = QCoreApplication.translate(*(context, source))
        _require(got == expected, f"{context}/{source!r} translated to {got!r}, expected {expected!r}")
    return f"Polish: {len(TRANSLATION_PROBES)} probe(s) translated (Qt and Etap catalogues)"


def check_main_window(work: Path) -> str:
    from desktop.services.admin import users
    from desktop.ui.main_window import MainWindow

    window = MainWindow(users.local_admin(), "self-test")
    try:
        window.resize(1024, 700)
        QApplication.processEvents()
        image = window.grab().toImage()
        _require(image_has_content(image), "the main window rendered blank")
        image.save(str(work / "main-window.png"))
        return f"rendered {image.width()}x{image.height()}"
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def check_chart(work: Path) -> str:
    from PySide6.QtCharts import QChart, QChartView, QPieSeries

    series = QPieSeries()
    for label, value in (("Nowe", 5), ("W ofercie", 3), ("Wygrane", 2)):
        series.append(label, value)
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle("Lejek sprzedaży")
    view = QChartView(chart)
    try:
        view.resize(480, 320)
        image = view.grab().toImage()
        _require(image_has_content(image), "the chart rendered blank")
        image.save(str(work / "chart.png"))
        return f"pie chart rendered {image.width()}x{image.height()}"
    finally:
        view.deleteLater()


def check_pdf(work: Path) -> str:
    for font in sorted(paths.fonts_dir().glob("*.[ot]tf")):
        QFontDatabase.addApplicationFont(str(font))
    target = work / "selftest.pdf"
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle("Etap self-test")
    document = QTextDocument()
    document.setHtml(f"<h1>Oferta</h1><p>{POLISH_TEXT}</p><p>{ROMANIAN_TEXT}</p><p>1 234,56 zł</p>")
    document.print_(writer)
    del writer  # finishes the file
    data = target.read_bytes()
    _require(data.startswith(b"%PDF"), "not a PDF file")
    _require(len(data) > 2000, f"suspiciously small PDF ({len(data)} bytes)")
    _require(b"/FontFile" in data, "no embedded font in the PDF")
    return f"{len(data):,} bytes with embedded fonts"


# -- running -------------------------------------------------------------------------------------------------
def _run_check(name: str, check: Callable[[], str], lines: list[str]) -> bool:
    started = time.perf_counter()
    try:
        detail, ok = check(), True
    except Exception as exc:
        detail, ok = f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}", False
    ms = 1000 * (time.perf_counter() - started)
    lines.append(f"{'PASS' if ok else 'FAIL'}  {name:<13} {ms:7.0f} ms  {detail}")
    return ok


def _header() -> list[str]:
    where = sys.executable if paths.is_frozen() else f"{sys.executable} (source tree)"
    return [
        f"Etap {__version__} self-test",
        f"program: {where}",
        f"python {sys.version.split()[0]}, platform {sys.platform}, Qt platform {QApplication.platformName()}",
        f"resources: {paths.resources_dir()}",
        "",
    ]


def run() -> int:
    """Run every check; print the report, write it to :func:`report_path`; 0 only if all passed."""
    ensure_offscreen_if_headless()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="etap-selftest-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        # Never read or write the user's real settings.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
        lines = _header()
        checks: list[tuple[str, Callable[[], str]]] = [
            ("database", lambda: check_database(work)),
            ("translations", lambda: check_translations(app)),
            ("main window", lambda: check_main_window(work)),
            ("chart", lambda: check_chart(work)),
            ("pdf", lambda: check_pdf(work)),
        ]
        results = [_run_check(name, check, lines) for name, check in checks]
        store_db.close_database()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QWidget):
                widget.close()
    passed = all(results)
    lines += ["", f"self-test {'passed' if passed else 'FAILED'}: {sum(results)}/{len(results)} checks"]
    text = "\n".join(lines) + "\n"
    path = report_path()
    try:
        path.write_text(text, encoding="utf-8")
        text += f"report written to {path}\n"
    except OSError as exc:
        text += f"could not write the report to {path}: {exc}\n"
        passed = False
    if sys.stdout is not None:  # None in a windowed Windows executable
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0 if passed else 1
