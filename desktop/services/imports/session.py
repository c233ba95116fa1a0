"""One import as the wizard walks through it: the open file, the mapping being edited, the analysis, the
preview, and the run (on a worker thread with its own connection). The mapping that worked is remembered per
file shape (its header row) and offered again for the next file of that shape."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from desktop.domain.imports.headers import TARGETS, Kind, Target
from desktop.domain.imports.mapping import NEW_USER, UNASSIGNED, Mapping, shape_key
from desktop.services import settings
from desktop.services.actor import Actor
from desktop.services.imports import engine, plan, report
from desktop.services.imports.plan import Analysis, Converter, Record
from desktop.services.imports.reading import Table, open_table
from desktop.store.db import database
from desktop.store.models import Process, User

_REMEMBERED = "import.mapping."


class ImportSession:
    def __init__(self, path: str | Path) -> None:
        self.table: Table = open_table(path)
        self.mapping: Mapping = self._initial_mapping()
        self.analysis: Analysis | None = None

    # -- the file --------------------------------------------------------------------------------------------
    def reopen(self, encoding: str | None = None, delimiter: str | None = None, sheet: str | None = None) -> None:
        """Read the file again with another encoding, delimiter or sheet (the mapping restarts)."""
        self.table = open_table(self.table.path, encoding=encoding, delimiter=delimiter, sheet=sheet)
        self.mapping = self._initial_mapping()
        self.analysis = None

    def _initial_mapping(self) -> Mapping:
        saved = settings.get(_REMEMBERED + shape_key(self.table.headers))
        if saved:
            try:
                return Mapping.from_json(saved, self.table.headers)
            except Exception:  # a mapping saved by another version: start afresh
                pass
        return plan.default_mapping(self.table)

    def remembered(self) -> bool:
        return bool(settings.get(_REMEMBERED + shape_key(self.table.headers)))

    def samples(self, rows: int = 3) -> list[list[str]]:
        out = []
        for _line, cells in self.table.rows():
            out.append(["" if c is None else str(c) for c in cells])
            if len(out) >= rows:
                break
        return out

    # -- the mapping ------------------------------------------------------------------------------------------
    def set_kind(self, kind: Kind) -> None:
        if kind is not self.mapping.kind:
            process = self.mapping.process
            self.mapping = Mapping(kind=kind, columns=plan.auto_map(self.table.headers, kind), process=process)
            self.analysis = None

    def set_column(self, index: int, target: Target | None) -> None:
        if target is None:
            self.mapping.columns.pop(index, None)
        else:
            self.mapping.columns[index] = target
        self.analysis = None

    def targets(self) -> tuple[Target, ...]:
        return TARGETS[self.mapping.kind]

    def analyse(self) -> Analysis:
        self.analysis = plan.analyse(self.table, self.mapping)
        plan.fill_value_mapping(self.mapping, self.analysis)
        return self.analysis

    def process_names(self) -> list[str]:
        return [n for (n,) in Process.select(Process.name).order_by(Process.position, Process.id).tuples()]

    def stage_names(self) -> list[str]:
        from desktop.store.models import Stage

        process_id = Process.select(Process.id).where(Process.name == self.mapping.process).scalar()
        if process_id is None:
            return []
        return [
            n for (n,) in Stage.select(Stage.name).where(Stage.process == process_id).order_by(Stage.position).tuples()
        ]

    def user_choices(self) -> list[tuple[str, str]]:
        """(user name, display name) of active users, for the owner value mapping."""
        query = User.select(User.username, User.display_name).where(User.active == True)  # noqa: E712
        return list(query.order_by(User.display_name).tuples())

    # -- preview and run -----------------------------------------------------------------------------------
    def converter(self) -> Converter:
        analysis = self.analysis or self.analyse()
        process_id = Process.select(Process.id).where(Process.name == self.mapping.process).scalar()
        return Converter(self.table, self.mapping, analysis, plan.stage_choices(process_id, self.mapping, analysis))

    def preview(self, limit: int = plan.PREVIEW_ROWS) -> list[Record]:
        return plan.preview(self.table, self.converter(), limit)

    def preview_columns(self) -> list[Target]:
        seen: list[Target] = []
        for _index, target in sorted(self.mapping.columns.items()):
            if target not in seen:
                seen.append(target)
        return seen

    def run(
        self,
        actor: Actor,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        dry_run: bool = False,
    ) -> engine.ImportResult:
        analysis = self.analysis or self.analyse()
        result = engine.run_import(actor, self.table, self.mapping, analysis, progress, cancelled, dry_run)
        if not dry_run and result.imported:
            settings.put_text(actor, _REMEMBERED + shape_key(self.table.headers), self.mapping.to_json())
        return result

    def run_in_thread(self, actor: Actor, **kwargs) -> engine.ImportResult:
        """``run`` on a worker thread: its own database connection, closed after."""
        with database.connection_context():
            return self.run(actor, **kwargs)

    def save_report(self, path: str | Path, records: list[Record], translate=None) -> int:
        return report.write_report(Path(path), self.table, records, translate or (lambda _c, t: t))


def shown(target: Target, value: object) -> str:
    """A converted value as the preview shows it (what will be stored)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:,.2f}".replace(",", "\u00a0").replace(".", ",")
    return str(value)


__all__ = ["NEW_USER", "UNASSIGNED", "ImportSession", "shown"]
