"""Refuse to package Etap with a Python whose ``email`` package lets an encoded word become header lines.

CPython before 3.11.10 / 3.12.5 (CVE-2024-6923) decodes an RFC 2047 encoded word such as
``=?utf-8?q?Eve=0D=0ABcc=3A_x=40example.test?=`` while folding a header and writes the CR LF it contains, so a
contact's name turns into a real ``Bcc:`` line. Etap defuses ``=?`` in header values itself, but the bundle must
not ship a standard library with the hole. The check is by behaviour, not by version number, so a distribution
Python with the fix back-ported passes.

    python build/check_python.py      # exit 0: safe; exit 1 with the reason otherwise

Standard library only; installer.spec runs it before anything is built.
"""

from __future__ import annotations

import email
import sys
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

PROBE = "=?utf-8?q?Eve=0D=0ABcc=3A_mime-victim=40example.test?="


def header_injection_fixed() -> bool:
    """True when neither a display name nor a subject holding the probe produces an extra header line."""
    for header in ("To", "Subject"):
        msg = EmailMessage(policy=SMTP)
        msg[header] = Address(display_name=PROBE, addr_spec="a@example.test") if header == "To" else PROBE
        msg.set_content("x")
        parsed = email.message_from_bytes(msg.as_bytes())
        if parsed["Bcc"] is not None or b"\r\nBcc:" in msg.as_bytes():
            return False
    return True


def main() -> int:
    if header_injection_fixed():
        return 0
    print(
        f"Refusing to package with Python {sys.version.split()[0]} ({sys.executable}): its e-mail package turns an "
        "encoded word in a header into extra header lines (CVE-2024-6923). Use Python 3.11.10, 3.12.5 or newer "
        "(or a distribution build with the fix).",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
