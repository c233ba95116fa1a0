"""The Maven CRM practice data set (written outside the project): users, companies, products, then 8,800
deals; the known figures must come out exactly, and the GTXPro/GTX Pro mismatch must be reported."""

from __future__ import annotations

import subprocess
import sys

import pytest
from peewee import fn

from desktop.domain.stages import StageKind
from desktop.store.models import Company, Deal, Stage, StageStay, User
from tests.services.imports.conftest import REPO, do_import, shared_data


def _load_maven(admin):
    folder = shared_data("maven-crm", "sales_pipeline.csv").parent
    assert do_import(admin, folder / "sales_teams.csv").counts["created"] == 35
    assert do_import(admin, folder / "accounts.csv").counts["created"] == 85
    assert do_import(admin, folder / "products.csv").counts["created"] == 7
    return do_import(admin, folder / "sales_pipeline.csv", process="Maven")


def test_maven_pipeline_imports_with_its_known_figures_dates_and_the_product_mismatch_reported(db, admin):
    result = _load_maven(admin)

    assert result.counts["created"] == 8800
    assert result.counts["failed"] == 0
    per_stage = dict(
        Deal.select(Stage.name, fn.COUNT(Deal.id))
        .join(Stage)
        .where(Deal.process == result.process_id)
        .group_by(Stage.name)
        .tuples()
    )
    assert per_stage == {"Won": 4238, "Lost": 2473, "Engaging": 1589, "Prospecting": 500}
    kinds = dict(Stage.select(Stage.name, Stage.kind).where(Stage.process == result.process_id).tuples())
    assert kinds == {"Engaging": "open", "Prospecting": "open", "Won": "won", "Lost": "lost"}
    # the file lists an Engaging deal before any Prospecting one; the board shows the sales sequence
    order = Stage.select(Stage.name).where(Stage.process == result.process_id).order_by(Stage.position)
    assert [name for (name,) in order.tuples()] == ["Prospecting", "Engaging", "Won", "Lost"]
    won_minor = Deal.select(fn.SUM(Deal.value_minor)).join(Stage).where(Stage.kind == StageKind.WON).scalar()
    assert won_minor == 10_005_534 * 100
    # every deal has an owner from sales_teams.csv; companies were matched, not duplicated
    assert Deal.select().where(Deal.owner.is_null()).count() == 0
    assert Company.select().count() == 85
    assert User.select().count() == 36  # the importing admin and the 35 agents

    # GTXPro (pipeline) vs GTX Pro (catalogue): reported on each row, the deals imported anyway
    messages = {p.error.english() for r in result.problems for p in r.problems}
    assert messages == {"“GTXPro” is not in the catalogue; the catalogue has “GTX Pro”."}
    assert result.counts["warnings"] == 1480
    assert all(r.ok for r in result.problems)  # imported anyway, with the warning
    assert Deal.select().where(Deal.title.startswith("GTXPro")).count() == 1480

    # created date, stay in the stage and closing date from the file, so cycle reports work
    deal = Deal.get(Deal.number == "1C1I7A6R")  # Won, engaged 2016-10-20, closed 2017-03-01
    assert deal.created_at.date().isoformat() == "2016-10-20"
    assert deal.stage_entered_at.date().isoformat() == "2017-03-01"
    stay = StageStay.get(StageStay.deal == deal.id)
    assert (stay.stage_name, stay.entered_at.date().isoformat(), stay.left_at) == ("Won", "2017-03-01", None)
    # engage → close median over closed deals: 45 days, as the data set's authors report
    closed = (
        Deal.select(Deal.created_at, Deal.stage_entered_at)
        .join(Stage)
        .where((Deal.process == result.process_id) & (Stage.kind != StageKind.OPEN))
        .tuples()
    )
    days = sorted((entered - created).days for created, entered in closed)
    assert days[len(days) // 2] == 45


@pytest.mark.slow
def test_etap_import_command_imports_maven_and_prints_counts(tmp_path):
    folder = shared_data("maven-crm", "sales_pipeline.csv").parent
    target = tmp_path / "maven.db"
    for name in ("sales_teams", "accounts"):
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "import", str(folder / f"{name}.csv"), "--db", str(target)],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
    report = tmp_path / "report.csv"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "import",
            str(folder / "sales_pipeline.csv"),
            "--db",
            str(target),
            "--kind",
            "deals",
            "--process",
            "Maven",
            "--report",
            str(report),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "created: 8800" in done.stdout
    # nothing new the second time: every id is already there
    again = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "import",
            str(folder / "sales_pipeline.csv"),
            "--db",
            str(target),
            "--process",
            "Maven",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert again.returncode == 1
    assert "skipped (already there): 8800" in again.stdout
