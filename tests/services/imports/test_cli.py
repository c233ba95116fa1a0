"""``etap import`` without a window: counts printed, exit status 0 / 1 (nothing imported) / 2 (unusable file)."""

from __future__ import annotations

import subprocess
import sys

from tests.services.imports.conftest import REPO


def _etap(*args):
    return subprocess.run(
        [sys.executable, "-m", "desktop", "import", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )


def test_import_command_exit_status_says_whether_anything_was_imported(tmp_path):
    target = tmp_path / "etap.db"
    contacts = tmp_path / "kontakty.csv"
    contacts.write_text("Imię;Nazwisko;E-mail\nAnna;Nowak;anna@example.pl\nJan;Kos;zły-adres\n", encoding="utf-8")
    report = tmp_path / "raport.csv"

    dry = _etap(contacts, "--db", target, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "created: 1" in dry.stdout and "dry run" in dry.stdout

    done = _etap(contacts, "--db", target, "--report", report)
    assert done.returncode == 0, done.stderr
    assert "created: 1" in done.stdout and "not imported (errors): 1" in done.stdout
    assert "is not an e-mail address" in report.read_text(encoding="utf-8-sig")

    again = _etap(contacts, "--db", target)
    assert again.returncode == 1  # nothing new: Anna is there, Jan's row is broken
    empty = tmp_path / "pusty.csv"
    empty.write_text("", encoding="utf-8")
    refused = _etap(empty, "--db", target)
    assert refused.returncode == 2
    assert "The file is empty." in refused.stderr
