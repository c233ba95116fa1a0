"""Render offer PDFs to PNG pages for review.

    python build/render_pdf_pages.py FILE.pdf [--out DIR]          # pages of an existing PDF
    python build/render_pdf_pages.py --sample [--lines 60] [--lang pl ro en] [--out DIR]

``--sample`` makes a throwaway SQLite database with one deal whose calculation has ``--lines`` lines (long
Polish/Romanian product names, several VAT rates), exports its offer with the application's own code and
renders each page. Needs ``pdftoppm`` (Debian: poppler-utils); not needed by the tests or CI.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = (
    "Drzwi zewnętrzne dębowe z ościeżnicą regulowaną",
    "Okno PCV trzyszybowe 1465×1435 mm, klamka z kluczykiem",
    "Montaż",
    "Parapet wewnętrzny konglomerat marmurowy",
    "Ușă de exterior din stejar masiv, cu toc reglabil și feronerie",
    "Transport",
)


def to_png(pdf: Path, out: Path) -> list[Path]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise SystemExit("pdftoppm not found (Debian: apt-get install poppler-utils)")
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool, "-png", "-r", "80", str(pdf), str(out / pdf.stem)], check=True)
    return sorted(out.glob(f"{pdf.stem}*.png"))


def sample_pdfs(lines: int, langs: list[str], out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.services import settings, wiring
    from desktop.services.admin import users
    from desktop.services.calculation import calculations, offers
    from desktop.services.deals import deals
    from desktop.services.processes import processes
    from desktop.store import db as store_db
    from desktop.store.models import Company, Contact
    from desktop.ui.calculation.pdf import offer_pdf

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="etap-offer-"))
    store_db.open_database(folder / "offer.db")
    wiring.wire()
    admin = users.local_admin()
    for key, value in {
        "company_name": "Stolbud Sp. z o.o.",
        "company_address": "ul. Długa 12\n00-950 Warszawa",
        "company_tax_id": "525-000-00-00",
        "company_bank_account": "PL61 1090 1014 0000 0712 1981 2874",
    }.items():
        settings.put_text(admin, key, value)
    process = processes.create_process(admin, "Sprzedaż", "sales_funnel")
    company = Company.create(name="Przedsiębiorstwo Handlowo-Usługowe „Żuraw” s.c.", tax_id="7010000000", city="Łódź")
    contact = Contact.create(first_name="Małgorzata", last_name="Wiśniewska", email="m.w@example.pl",
                             company=company, created_at=date(2026, 1, 1))
    deal = deals.create_deal(admin, process.id, "Stolarka do domu w Łodzi", company_id=company.id,
                             contact_id=contact.id, source="Phone",
                             expected_close=date(2026, 12, 31))
    calc = calculations.add_calculation(admin, deal.id, "Wariant podstawowy")
    for i in range(lines):
        calculations.add_line(
            admin, calc.id, description=NAMES[i % len(NAMES)], quantity=str(1 + i % 7), unit="szt.",
            unit_price=str(1234567 // (i + 1) / 100), vat_pct=("23", "8", "0")[i % 3],
            discount_pct="5" if i % 4 == 0 else "0",
        )
    calculations.set_terms(admin, calc.id, payment_terms="Przelew 14 dni", valid_until=date(2026, 12, 31))
    written = []
    for lang in langs:
        html = offers.render_offer(admin, calc.id, lang)
        pdf = out / f"offer-{lang}-{lines}.pdf"
        out.mkdir(parents=True, exist_ok=True)
        pdf.write_bytes(offer_pdf(html, title=pdf.stem, page_label=offers.page_label(lang)))
        written.append(pdf)
    store_db.close_database()
    del app
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", type=Path)
    parser.add_argument("--sample", action="store_true")
    parser.add_argument("--lines", type=int, default=60)
    parser.add_argument("--lang", nargs="+", default=["pl", "ro"])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "etap-offer-pages")
    args = parser.parse_args(argv)
    pdfs = sample_pdfs(args.lines, args.lang, args.out) if args.sample else [args.pdf]
    if not pdfs or pdfs[0] is None:
        parser.error("give a PDF file or --sample")
    for pdf in pdfs:
        for page in to_png(pdf, args.out):
            print(page)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
