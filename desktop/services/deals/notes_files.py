"""The deal sheet's notes and files (SPEC F5): plain-text notes, files of any type stored in the database.

Every add and removal is one transaction with its history event; a refused call (empty note, file too
large, no permission) changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import JOIN, fn

from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import history, live, settings
from desktop.services.actor import Actor
from desktop.services.deals.deals import get_deal, require_edit, visible
from desktop.store.db import atomic
from desktop.store.models import Deal, DealFile, DealNote, User

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_NOTE = 20_000


@dataclass(frozen=True)
class NoteRow:
    id: int
    at: datetime
    author: str
    text: str


@dataclass(frozen=True)
class FileRow:
    id: int
    at: datetime
    author: str
    name: str
    size: int
    sha256: str


def _editable(actor: Actor, deal_id: int):
    deal = get_deal(deal_id, actor)
    require_edit(actor, deal.owner_id)
    return deal


def add_note(actor: Actor, deal_id: int, text: str, now: datetime | None = None) -> NoteRow:
    now = now or utcnow()
    text = (text or "").strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A note cannot be empty."), field="note")
    if len(text) > MAX_NOTE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A note can have at most {max} characters."), field="note", max=MAX_NOTE
        )
    with atomic():
        deal = _editable(actor, deal_id)
        note_id = DealNote.insert(deal=deal_id, user=actor.id, at=now, text=text).execute()
        history.record("note_added", now, actor, deal_id=deal_id, process_id=deal.process_id, note=note_id, text=text)
        live.announce("note", actor, [deal_id], (), deal.process_id)
    return next(n for n in notes(actor, deal_id) if n.id == note_id)


def delete_note(actor: Actor, note_id: int, now: datetime | None = None) -> None:
    now = now or utcnow()
    with atomic():
        note = DealNote.get_or_none(DealNote.id == note_id)
        if note is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This note no longer exists."))
        deal = _editable(actor, note.deal_id)
        DealNote.delete().where(DealNote.id == note_id).execute()
        history.record(
            "note_deleted", now, actor, deal_id=deal.id, process_id=deal.process_id, note=note_id, text=note.text
        )
        live.announce("note", actor, [deal.id], (), deal.process_id)


def notes(actor: Actor, deal_id: int) -> list[NoteRow]:
    query = (
        DealNote.select(DealNote.id, DealNote.at, fn.COALESCE(User.display_name, ""), DealNote.text)
        .join(User, JOIN.LEFT_OUTER, on=(DealNote.user == User.id))
        .switch(DealNote)
        .join(Deal, on=(DealNote.deal == Deal.id))
        .where((DealNote.deal == deal_id) & visible(actor))
        .order_by(DealNote.at.desc(), DealNote.id.desc())
    )
    return [NoteRow(*t) for t in query.tuples()]


def _check_size(name: str, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{name}” is {size} MB; files can be at most {max} MB."),
            field="file",
            name=name,
            size=f"{size / 2**20:.1f}",
            max=MAX_FILE_BYTES // 2**20,
        )


def add_file(actor: Actor, deal_id: int, name: str, data: bytes, now: datetime | None = None) -> FileRow:
    """Store ``data`` under ``name`` with the deal; refused (nothing written) above MAX_FILE_BYTES."""
    now = now or utcnow()
    name = Path(name or "").name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file needs a name."), field="file")
    _check_size(name, len(data))
    digest = hashlib.sha256(data).hexdigest()
    with atomic():
        deal = _editable(actor, deal_id)
        file_id = DealFile.insert(
            deal=deal_id, user=actor.id, at=now, name=name[:255], size=len(data), sha256=digest, data=data
        ).execute()
        history.record(
            "file_added",
            now,
            actor,
            deal_id=deal_id,
            process_id=deal.process_id,
            file=file_id,
            name=name,
            size=len(data),
            sha256=digest,
        )
        live.announce("file", actor, [deal_id], (), deal.process_id)
    return next(f for f in files(actor, deal_id) if f.id == file_id)


def add_file_from_path(actor: Actor, deal_id: int, path: Path, now: datetime | None = None) -> FileRow:
    path = Path(path)
    _check_size(path.name, path.stat().st_size)  # refuse before reading a huge file into memory
    return add_file(actor, deal_id, path.name, path.read_bytes(), now)


def delete_file(actor: Actor, file_id: int, now: datetime | None = None) -> None:
    now = now or utcnow()
    with atomic():
        row = (
            DealFile.select(DealFile.id, DealFile.deal, DealFile.name, DealFile.sha256)
            .where(DealFile.id == file_id)
            .first()
        )
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This file no longer exists."))
        deal = _editable(actor, row.deal_id)
        DealFile.delete().where(DealFile.id == file_id).execute()
        history.record(
            "file_deleted",
            now,
            actor,
            deal_id=deal.id,
            process_id=deal.process_id,
            file=file_id,
            name=row.name,
            sha256=row.sha256,
        )
        live.announce("file", actor, [deal.id], (), deal.process_id)


def files(actor: Actor, deal_id: int) -> list[FileRow]:
    query = (
        DealFile.select(
            DealFile.id, DealFile.at, fn.COALESCE(User.display_name, ""), DealFile.name, DealFile.size, DealFile.sha256
        )
        .join(User, JOIN.LEFT_OUTER, on=(DealFile.user == User.id))
        .switch(DealFile)
        .join(Deal, on=(DealFile.deal == Deal.id))
        .where((DealFile.deal == deal_id) & visible(actor))
        .order_by(DealFile.at.desc(), DealFile.id.desc())
    )
    return [FileRow(*t) for t in query.tuples()]


def file_bytes(actor: Actor, file_id: int) -> tuple[str, bytes]:
    """The stored name and content, checked against its SHA-256."""
    row = DealFile.get_or_none(DealFile.id == file_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This file no longer exists."))
    get_deal(row.deal_id, actor)  # visibility
    data = bytes(row.data)
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The stored file “{name}” is damaged."), name=row.name)
    return row.name, data


# -- the editable list of deal sources (SPEC F5) ------------------------------------------------------------
SOURCES_KEY = "deal_sources"
MAX_SOURCE = 80


def deal_sources() -> list[str] | None:
    """The managers' list of sources, or None while it was never edited (the ui then offers the eight
    defaults of ``domain.templates.SOURCES`` in the user's language)."""
    text = settings.get(SOURCES_KEY, "")
    return json.loads(text) if text else None


def set_deal_sources(actor: Actor, names: list[str], now: datetime | None = None) -> list[str]:
    """Replace the list (managers only); blanks and repeats are dropped, order kept. Deals keep the
    source they have even when it leaves the list."""
    if not actor.is_manager:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only managers can change the list of sources."))
    cleaned: list[str] = []
    for name in names:
        name = (name or "").strip()
        if len(name) > MAX_SOURCE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A source can have at most {max} characters."),
                field="source",
                max=MAX_SOURCE,
            )
        if name and name.casefold() not in {c.casefold() for c in cleaned}:
            cleaned.append(name)
    with atomic():
        old = deal_sources()
        settings.put_text(actor, SOURCES_KEY, json.dumps(cleaned, ensure_ascii=False))
        history.record("setting_changed", now or utcnow(), actor, key=SOURCES_KEY, old=old, new=cleaned)
    return cleaned
