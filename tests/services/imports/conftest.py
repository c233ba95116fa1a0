"""Helpers for the import tests: the shared real-data folder (``../shared`` beside the repository)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"


def shared_data(*parts: str) -> Path:
    """A file under ../shared/data; skips the test with a reason when it is absent, fails instead when
    ETAP_REQUIRE_SHARED=1 (CI, where .ci/run insists on the real data)."""
    path = SHARED.joinpath("data", *parts)
    if not path.exists():
        message = f"real data not found: {path} (the repository's parent has no shared/ folder)"
        if os.environ.get("ETAP_REQUIRE_SHARED") == "1":
            pytest.fail(message + "; ETAP_REQUIRE_SHARED=1 requires it")
        pytest.skip(message)
    return path


def do_import(actor, path, kind=None, process="", dry_run=False, **mapping_changes):
    """Open, map automatically, analyse and import ``path``; returns the ImportResult."""
    from desktop.domain.imports.headers import Kind
    from desktop.services.imports import engine, plan
    from desktop.services.imports.reading import open_table

    table = open_table(path)
    mapping = plan.default_mapping(table, Kind(kind) if kind else None)
    mapping.process = process
    for key, value in mapping_changes.items():
        setattr(mapping, key, value)
    analysis = plan.analyse(table, mapping)
    plan.fill_value_mapping(mapping, analysis)
    return engine.run_import(actor, table, mapping, analysis, dry_run=dry_run)
