"""SMTP settings (SPEC F8). Everything but the password lives in the ``setting`` table; the password
goes to the operating system's keyring through ``keyring`` (tests install an in-memory backend with
``keyring.set_keyring``), so it is never written to the database or a settings file.

TLS is always verified: ``ssl.create_default_context`` with the system's roots, or a company CA file.
"""

from __future__ import annotations

import base64
import json
import smtplib
import ssl
from dataclasses import asdict, dataclass, replace
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import make_msgid

from desktop.domain import mail
from desktop.domain.errors import EtapError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.mail import check_address, check_display_name
from desktop.services.actor import Actor, require_configure
from desktop.store.db import atomic
from desktop.store.models import Setting

KEY = "mail.smtp"
KEYRING_SERVICE = "Etap SMTP"
SECURITY = ("starttls", "ssl")
SECURITY_LABELS = {
    "starttls": QT_TRANSLATE_NOOP("MailSettings", "STARTTLS"),
    "ssl": QT_TRANSLATE_NOOP("MailSettings", "SSL/TLS"),
}


class MailError(EtapError):
    """Talking to the mail server failed; ``detail`` carries the server's or the library's answer."""


@dataclass(frozen=True)
class MailSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    sender_addr: str = ""
    sender_name: str = ""
    ca_file: str = ""  # a company CA bundle; empty = the system's trusted roots
    timeout: float = 30.0

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender_addr)

    def keyring_user(self) -> str:
        return f"{self.username}@{self.host}:{self.port}"


def load() -> MailSettings:
    row = Setting.get_or_none(Setting.key == KEY)
    if row is None:
        return MailSettings()
    data = json.loads(row.value)
    known = {k: v for k, v in data.items() if k in MailSettings.__dataclass_fields__}
    return MailSettings(**known)


def _check(settings: MailSettings) -> MailSettings:
    host = settings.host.strip()
    if not host or any(c.isspace() for c in host):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the mail server's host name."), "host")
    if not 0 < int(settings.port) < 65536:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The port must be between 1 and 65535."), "port")
    if settings.security not in SECURITY:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose STARTTLS or SSL/TLS."), "security")
    return replace(
        settings,
        host=host,
        port=int(settings.port),
        username=settings.username.strip(),
        sender_addr=check_address(settings.sender_addr),
        sender_name=check_display_name(settings.sender_name),
        ca_file=settings.ca_file.strip(),
    )


def save(actor: Actor, settings: MailSettings, password: str | None = None) -> MailSettings:
    """Store the settings; ``password`` None keeps the stored one, "" deletes it."""
    require_configure(actor)
    settings = _check(settings)
    with atomic():
        Setting.insert(key=KEY, value=json.dumps(asdict(settings))).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: json.dumps(asdict(settings))}
        ).execute()
    if password is not None:
        set_password(settings, password)
    return settings


def get_password(settings: MailSettings) -> str | None:
    import keyring.errors  # the keyring library loads on first use, not at start-up

    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_user())
    except keyring.errors.KeyringError as exc:
        raise MailError(
            QT_TRANSLATE_NOOP("Errors", "The system keyring is not available: {detail}"), detail=exc
        ) from exc


def set_password(settings: MailSettings, password: str) -> None:
    import keyring.errors

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, settings.keyring_user(), password)
        elif keyring.get_password(KEYRING_SERVICE, settings.keyring_user()) is not None:
            keyring.delete_password(KEYRING_SERVICE, settings.keyring_user())
    except keyring.errors.KeyringError as exc:
        raise MailError(
            QT_TRANSLATE_NOOP("Errors", "The system keyring is not available: {detail}"), detail=exc
        ) from exc


def tls_context(settings: MailSettings) -> ssl.SSLContext:
    """Verification stays on: hostname and chain are checked against the system roots or the CA file."""
    try:
        return ssl.create_default_context(cafile=settings.ca_file or None)
    except (OSError, ssl.SSLError) as exc:
        raise MailError(
            QT_TRANSLATE_NOOP("Errors", "The certificate file “{path}” cannot be read: {detail}"),
            path=settings.ca_file,
            detail=exc,
        ) from exc


def connect(settings: MailSettings) -> smtplib.SMTP:
    """An authenticated SMTP connection over verified TLS; raises MailError with the reason."""
    if not settings.configured:
        raise MailError(QT_TRANSLATE_NOOP("Errors", "The mail server is not set up (Tools → Mail settings)."))
    context = tls_context(settings)
    password = get_password(settings) if settings.username else None
    smtp: smtplib.SMTP | None = None
    try:
        if settings.security == "ssl":
            smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=context)
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
            smtp.starttls(context=context)
        if settings.username:
            _login(smtp, settings.username, password or "")
        return smtp
    except ssl.SSLCertVerificationError as exc:
        _quit(smtp)
        raise MailError(
            QT_TRANSLATE_NOOP("Errors", "The mail server's certificate could not be verified: {detail}"),
            detail=exc.verify_message or exc,
        ) from exc
    except smtplib.SMTPAuthenticationError as exc:
        _quit(smtp)
        raise MailError(
            QT_TRANSLATE_NOOP("Errors", "The mail server refused the login: {detail}"), detail=answer(exc)
        ) from exc
    except (smtplib.SMTPException, OSError) as exc:
        _quit(smtp)
        raise MailError(
            QT_TRANSLATE_NOOP("Errors", "Cannot connect to the mail server: {detail}"), detail=answer(exc)
        ) from exc


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib encodes credentials as ASCII; a Polish password goes as UTF-8 AUTH PLAIN (RFC 4616)."""
    if (user + password).isascii():
        smtp.login(user, password)
        return
    smtp.ehlo_or_helo_if_needed()
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def answer(exc: Exception) -> str:
    """The server's reply (code and text) when there is one, else the exception's text."""
    code = getattr(exc, "smtp_code", None)
    error = getattr(exc, "smtp_error", None)
    if code is not None:
        text = error.decode("utf-8", "replace") if isinstance(error, bytes) else str(error)
        return f"{code} {text}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{c} {m.decode('utf-8', 'replace')}" for c, m in exc.recipients.values())
    return str(exc) or type(exc).__name__


def _quit(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def send_test_message(settings: MailSettings, to_addr: str, subject: str, text: str) -> None:
    """Send one message straight away (not through the outbox) to check the settings."""
    to_addr = mail.check_address(to_addr)
    msg = EmailMessage(policy=SMTP)
    msg["From"] = Address(display_name=mail.header_value(settings.sender_name), addr_spec=settings.sender_addr)
    msg["To"] = to_addr
    msg["Subject"] = mail.header_value(subject)
    msg["Message-ID"] = make_msgid(domain=settings.sender_addr.rpartition("@")[2])
    msg.set_content(text)
    smtp = connect(settings)
    try:
        smtp.send_message(msg)
    except smtplib.SMTPException as exc:
        raise MailError(
            QT_TRANSLATE_NOOP("Errors", "The mail server refused the message: {detail}"),
            detail=answer(exc),
        ) from exc
    finally:
        _quit(smtp)
