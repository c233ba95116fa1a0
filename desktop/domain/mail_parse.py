"""Reading a received e-mail (RFC 5322 bytes) into plain values, with the standard library's ``email`` package.

Headers are decoded (RFC 2047 words, any charset Python knows, including ISO-8859-2 and Windows-1250); a body in
an unknown or wrong charset is decoded with replacement characters rather than failing. The first text/plain and
text/html parts that are not attachments are the body; every other leaf part with content is an attachment. A
read receipt (RFC 8098 ``multipart/report; report-type=disposition-notification``) carries the Message-ID of the
message it reports on in ``receipt_for``. ``key`` identifies the message across folders and UIDVALIDITY changes:
its Message-ID, or a digest of its bytes when it has none.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

MSGID_RE = re.compile(r"<[^<>\s]+>")
# a deal number in a subject: a run of letters, digits and / . - _ # with at least one digit
NUMBER_TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9/._#-]*[0-9][A-Za-z0-9/._#-]*")
MAX_KEY = 250


@dataclass(frozen=True)
class ParsedAttachment:
    name: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class ParsedMail:
    key: str
    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    from_addr: str
    from_name: str
    to_addrs: tuple[str, ...]
    cc_addrs: tuple[str, ...]
    subject: str
    date: datetime | None  # naive UTC
    body_text: str
    body_html: str
    attachments: tuple[ParsedAttachment, ...] = field(default=())
    receipt_for: str = ""  # the Original-Message-ID of a read receipt
    disposition: str = ""  # the receipt's Disposition (RFC 8098), e.g. "manual-action/MDN-sent-manually; displayed"

    @property
    def is_receipt(self) -> bool:
        return bool(self.receipt_for)

    @property
    def displayed(self) -> bool:
        """A receipt saying the message was shown (not deleted unread, not a failure)."""
        kind = self.disposition.rpartition(";")[2].strip().lower()
        return self.is_receipt and kind in ("", "displayed")

    def thread_ids(self) -> list[str]:
        """The Message-IDs this one answers: In-Reply-To first, then References newest first."""
        ids = [self.in_reply_to] if self.in_reply_to else []
        ids += [r for r in reversed(self.references) if r not in ids]
        return ids


def _header(msg: Message, name: str) -> str:
    """A header as text: decoded words joined, line breaks removed; '' when absent.

    Raw 8-bit bytes in a header (against the RFC, common from old Windows programs) are read as UTF-8 when they
    are, else in the message's own charset, else Windows-1250."""
    value = next((raw for key, raw in msg.raw_items() if key.lower() == name.lower()), None)
    if value is None:
        return ""
    text = str(value)
    if any("\udc80" <= c <= "\udcff" for c in text):
        data = text.encode("ascii", "surrogateescape")
        for charset in ("utf-8", msg.get_content_charset() or "cp1250", "cp1250"):
            try:
                text = data.decode(charset)
                break
            except (LookupError, UnicodeDecodeError):
                continue
        else:
            text = data.decode("latin-1")
    if "=?" in text:
        try:
            text = str(make_header(decode_header(text)))
        except Exception:  # a broken encoded word stays as it came
            pass
    return " ".join(text.replace("\r", " ").replace("\n", " ").split())


def _msgids(text: str) -> tuple[str, ...]:
    return tuple(m[:MAX_KEY] for m in MSGID_RE.findall(text or ""))


def _addresses(msg: Message, name: str) -> tuple[str, ...]:
    values = [_header(msg, name)] if _header(msg, name) else []
    return tuple(addr.lower() for _, addr in getaddresses(values) if "@" in addr)


def _date(msg: Message) -> datetime | None:
    text = _header(msg, "Date")
    if not text:
        return None
    try:
        value = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if value.tzinfo is None:
        return value.replace(microsecond=0)
    return value.astimezone(UTC).replace(tzinfo=None, microsecond=0)


def _text_of(part: Message) -> str:
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "us-ascii"
    for candidate in (charset, "utf-8", "cp1250", "latin-1"):
        try:
            return payload.decode(candidate).replace("\r\n", "\n")
        except (LookupError, UnicodeDecodeError):
            continue
    return ""


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:  # a malformed RFC 2231 parameter
        name = ""
    if name and "=?" in name:
        try:
            name = str(make_header(decode_header(name)))
        except Exception:
            pass
    return " ".join(name.split())[:255]


def _receipt(part: Message) -> tuple[str, str]:
    """(Original-Message-ID, Disposition) inside a message/disposition-notification part."""
    payload = part.get_payload()
    blocks = payload if isinstance(payload, list) else []
    for block in blocks:
        if isinstance(block, Message):
            found = _msgids(_header(block, "Original-Message-ID"))
            if found:
                return found[0], _header(block, "Disposition")
    text = payload if isinstance(payload, str) else (part.get_payload(decode=True) or b"").decode("latin-1")
    match = re.search(r"(?im)^Original-Message-ID:\s*(<[^<>\s]+>)", text)
    disposition = re.search(r"(?im)^Disposition:\s*(.+)$", text)
    return (match.group(1) if match else ""), (disposition.group(1).strip() if disposition else "")


def parse(raw: bytes) -> ParsedMail:
    msg = message_from_bytes(raw, policy=policy.compat32)
    message_id = next(iter(_msgids(_header(msg, "Message-ID"))), "")
    from_name, from_addr = parseaddr(_header(msg, "From"))
    body_text = body_html = ""
    receipt_for = receipt_disposition = ""
    attachments: list[ParsedAttachment] = []
    report = msg.get_content_type() == "multipart/report" and (
        (msg.get_param("report-type") or "").lower() == "disposition-notification"
    )
    for part in msg.walk():
        ctype = part.get_content_type()
        if report and ctype == "message/disposition-notification":
            receipt_for, receipt_disposition = _receipt(part)
            continue
        if part.is_multipart():
            continue
        disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        name = _filename(part)
        if ctype == "text/plain" and not name and disposition != "attachment" and not body_text:
            body_text = _text_of(part)
        elif ctype == "text/html" and not name and disposition != "attachment" and not body_html:
            body_html = _text_of(part)
        else:
            data = part.get_payload(decode=True)
            if data is None and ctype == "message/rfc822":
                data = part.as_bytes()
            if not data:
                continue
            attachments.append(ParsedAttachment(name or _default_name(ctype, len(attachments) + 1), ctype, data))
    key = message_id or "sha256:" + hashlib.sha256(raw).hexdigest()
    return ParsedMail(
        key=key[:MAX_KEY],
        message_id=message_id,
        in_reply_to=next(iter(_msgids(_header(msg, "In-Reply-To"))), ""),
        references=_msgids(_header(msg, "References")),
        from_addr=from_addr.lower() if "@" in from_addr else "",
        from_name=from_name[:200],
        to_addrs=_addresses(msg, "To"),
        cc_addrs=_addresses(msg, "Cc"),
        subject=_header(msg, "Subject"),
        date=_date(msg),
        body_text=body_text,
        body_html=body_html,
        attachments=tuple(attachments),
        receipt_for=receipt_for,
        disposition=receipt_disposition,
    )


def _default_name(ctype: str, n: int) -> str:
    extension = {"message/rfc822": "eml", "text/plain": "txt", "text/html": "html"}.get(ctype)
    if extension is None:
        extension = ctype.partition("/")[2].split("+")[0] or "bin"
    return f"part-{n}.{extension}"


def number_candidates(subject: str) -> list[str]:
    """Words of a subject that could be a deal number (they contain a digit), without surrounding punctuation."""
    found: list[str] = []
    for token in NUMBER_TOKEN_RE.findall(subject or ""):
        for candidate in (token, token.strip("#._-/"), token.lstrip("#")):
            if candidate and candidate not in found and len(candidate) <= 64:
                found.append(candidate)
    return found[:20]
