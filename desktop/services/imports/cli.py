"""``etap import FILE --db TARGET [--kind ...] [--process NAME] [--mapping auto|FILE.json] [--dry-run]
[--report FILE]``: the same import as the wizard, without a window. Prints counts per outcome; exit status 0
when something was imported (or would be, with --dry-run), 1 when nothing was, 2 when the file or the mapping
cannot be used."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.domain.errors import EtapError
from desktop.domain.imports.headers import TARGET_LABELS, Kind
from desktop.domain.imports.mapping import Mapping
from desktop.services.actor import Actor
from desktop.services.imports import engine, plan, report
from desktop.services.imports.reading import ENCODING_LABELS, open_table


def run(actor: Actor, args, out=sys.stdout, err=sys.stderr) -> int:
    try:
        table = open_table(args.file, encoding=args.encoding, delimiter=args.delimiter, sheet=args.sheet)
        mapping = _mapping(table, args)
        if args.process:
            mapping.process = args.process
        analysis = plan.analyse(table, mapping)
        plan.fill_value_mapping(mapping, analysis)
    except EtapError as exc:
        print(f"etap import: {exc.english()}", file=err)
        return 2
    described = ", ".join(f"{table.headers[i]} → {TARGET_LABELS[t]}" for i, t in sorted(mapping.columns.items()))
    print(
        f"{table.path.name}: {table.format}"
        + (f", {ENCODING_LABELS.get(table.encoding or '', table.encoding)}" if table.encoding else "")
        + (f", delimiter {table.delimiter!r}" if table.delimiter else "")
        + f", {analysis.rows} rows as {mapping.kind}",
        file=out,
    )
    print(f"columns: {described or '(none recognised)'}", file=out)
    try:
        result = engine.run_import(actor, table, mapping, analysis, dry_run=args.dry_run)
    except EtapError as exc:
        print(f"etap import: {exc.english()}", file=err)
        return 2
    for outcome, count in result.counts.items():
        print(f"{engine.OUTCOMES[outcome]}: {count}", file=out)
    for what, count in sorted(result.linked.items()):
        print(f"new {what}: {count}", file=out)
    for line in report.summary(table, result):
        print(line, file=err)
    if args.report:
        report.write_report(Path(args.report), table, result)
    if args.dry_run:
        print("dry run: nothing was saved", file=out)
    elif result.batch_id:
        print(f"import batch {result.batch_id}", file=out)
    code = 0 if result.imported else 1
    result.close()
    return code


def _mapping(table, args) -> Mapping:
    kind = Kind(args.kind) if args.kind else None
    if args.mapping and args.mapping != "auto":
        try:
            text = Path(args.mapping).read_text(encoding="utf-8")
        except OSError as exc:
            from desktop.domain.errors import ValidationError
            from desktop.domain.i18n import QT_TRANSLATE_NOOP

            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The mapping file cannot be used: {detail}"), detail=str(exc)
            ) from None
        mapping = Mapping.from_json(text, table.headers)
        if kind and kind is not mapping.kind:
            mapping.kind = kind
        return mapping
    return plan.default_mapping(table, kind)
