"""Files attached to a deal's follow-up e-mail, gathered from hooks other features register.

``ATTACHMENT_PROVIDERS`` holds callables ``provider(actor, deal_id)`` returning a list of ``Attachment`` (or None).
The default one attaches the deal's latest offer PDF when the calculation feature
(``desktop.services.calculation.offers.latest_offer_pdf``) is installed; it is looked up at call time and skipped
when absent, so the mail feature works with or without it.
"""

from __future__ import annotations

import importlib
import mimetypes
from collections.abc import Callable
from pathlib import Path

from desktop.domain.mail import Attachment
from desktop.services.actor import Actor

AttachmentProvider = Callable[[Actor, int], list[Attachment] | None]


def _as_attachment(value: object, deal_id: int) -> Attachment | None:
    """Accept what an offer function may reasonably return: an Attachment, a path, bytes or (name, bytes)."""
    if value is None or isinstance(value, Attachment):
        return value
    if isinstance(value, str | Path):
        path = Path(value)
        if not path.is_file():
            return None
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return Attachment(path.name, kind, path.read_bytes())
    if isinstance(value, bytes | bytearray):
        return Attachment(f"offer-{deal_id}.pdf", "application/pdf", bytes(value))
    if isinstance(value, tuple) and len(value) == 2:
        name, data = value
        kind = mimetypes.guess_type(str(name))[0] or "application/octet-stream"
        return Attachment(str(name), kind, bytes(data))
    return None


def offer_pdf(actor: Actor, deal_id: int) -> list[Attachment]:
    try:
        offers = importlib.import_module("desktop.services.calculation.offers")
    except ImportError:
        return []
    func = getattr(offers, "latest_offer_pdf", None)
    if func is None:
        return []
    found = _as_attachment(func(actor, deal_id), deal_id)
    return [found] if found else []


ATTACHMENT_PROVIDERS: list[AttachmentProvider] = [offer_pdf]


def attachments_for(actor: Actor, deal_id: int) -> list[Attachment]:
    """Every provider's files, each file name once (the first provider wins)."""
    result: dict[str, Attachment] = {}
    for provider in ATTACHMENT_PROVIDERS:
        for item in provider(actor, deal_id) or []:
            result.setdefault(item.filename, item)
    return list(result.values())
