"""``etap report``: a manager's scheduled job writes a report without a window."""

from __future__ import annotations

import csv
import json
from datetime import datetime

from openpyxl import load_workbook

from desktop import cli_report
from desktop.__main__ import main
from desktop.services import reports
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store import db as store_db


def _database(sqlite_db):
    admin = users.local_admin()
    ala = users.create_user(admin, "ala", "Ala Nowak")
    p = processes.create_process(admin, "Sprzedaż")
    stages = processes.list_stages(p.id)
    deals.create_deal(admin, p.id, "=HYPERLINK(1)", owner_id=ala.id, value="100", source="=cmd")
    d = deals.create_deal(admin, p.id, "Duży", value="900", now=datetime(2026, 1, 5, 10))
    deals.move_deal(admin, d.id, stages[3].id, now=datetime(2026, 2, 5, 10))
    path = sqlite_db.database
    store_db.close_database()
    return path


def test_the_command_knows_every_report():
    assert cli_report.NAMES == reports.NAMES


def test_pipeline_as_json_and_csv(sqlite_db, tmp_path, capsys):
    path = _database(sqlite_db)
    assert main(["report", "pipeline", "--db", path, "--process", "sprzedaż", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(r["stage"], r["count"], r["value_PLN"]) for r in data["rows"]] == [
        ("New", 1, 100.0),
        ("Presentation", 0, 0.0),
        ("Negotiation", 0, 0.0),
    ]
    out = tmp_path / "p.csv"
    assert main(["report", "pipeline", "--db", path, "--by", "source", "--format", "csv", "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows == [["Source", "Deals", "Value (PLN)", "Weighted value (PLN)"], ["'=cmd", "1", "100,00", "10,00"]]
    assert main(["report", "pipeline", "--db", path, "--by", "source", "--format", "csv"]) == 0  # to stdout
    assert capsys.readouterr().out.splitlines()[1] == "'=cmd;1;100,00;10,00"


def test_won_lost_for_one_owner_and_a_period_as_xlsx(sqlite_db, tmp_path):
    path = _database(sqlite_db)
    out = tmp_path / "wl.xlsx"
    args = ["report", "won-lost", "--db", path, "--from", "2026-02-01", "--to", "2026-02-28", "--by", "owner"]
    assert main([*args, "--format", "xlsx", "--out", str(out)]) == 0
    sheet = load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:5] == ["Owner", "Won", "Lost", "Other closed", "Win rate"]
    assert values[1][1:5] == [1, 0, 0, 100.0]
    assert main([*args, "--owner", "ala", "--format", "json", "--out", str(tmp_path / "a.json")]) == 0
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["rows"] == []


def test_bad_arguments_exit_2_with_the_reason(sqlite_db, capsys):
    path = _database(sqlite_db)
    assert main(["report", "conversion", "--db", path, "--format", "csv"]) == 2
    assert "Choose a process" in capsys.readouterr().err
    assert main(["report", "pipeline", "--db", path, "--process", "Nope", "--format", "csv"]) == 2
    assert "no process named 'Nope'" in capsys.readouterr().err
    assert main(["report", "pipeline", "--db", path, "--as", "ghost", "--format", "csv"]) == 2
    assert main(["report", "pipeline", "--db", path, "--format", "xlsx"]) == 2
