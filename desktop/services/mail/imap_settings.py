"""The IMAP account Etap reads received mail from (issue 21), beside the SMTP settings (``mail_settings``).

Everything but the password lives in the ``setting`` table under ``mail.imap``. The password goes to the system
keyring (service "Etap IMAP") like the SMTP one; where there is no keyring (Linux without a secret service),
``set_password`` raises ``KeyringUnavailable`` and the user may keep it for this session only
(``session_only=True``: held in this process's memory, never written anywhere).

TLS is always verified (the system's roots or a company CA file, ``mail_settings.tls_context``), both for
SSL/TLS (port 993) and STARTTLS (port 143). The IMAP library is IMAPClient.
"""

from __future__ import annotations

import json
import ssl
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.actor import Actor, require_configure
from desktop.services.mail import mail_settings
from desktop.services.mail.mail_settings import MailError
from desktop.store.db import atomic
from desktop.store.models import Setting

if TYPE_CHECKING:
    from imapclient import IMAPClient

KEY = "mail.imap"
KEYRING_SERVICE = "Etap IMAP"
SECURITY = ("ssl", "starttls")
DEFAULT_PORTS = {"ssl": 993, "starttls": 143}
MIN_INTERVAL, MAX_INTERVAL = 1, 240

_session_passwords: dict[str, str] = {}  # keyring_user -> password, for this run only (no keyring)


class KeyringUnavailable(MailError):
    """The system keyring cannot store the password; the user may keep it for this session only."""


@dataclass(frozen=True)
class ImapSettings:
    host: str = ""
    port: int = 993
    security: str = "ssl"
    username: str = ""
    ca_file: str = ""
    sent_folder: str = ""  # empty: the folder the server marks \Sent, else a usual name
    interval_minutes: int = 5
    enabled: bool = True
    timeout: float = 60.0

    @property
    def configured(self) -> bool:
        return bool(self.enabled and self.host and self.username)

    def keyring_user(self) -> str:
        return f"{self.username}@{self.host}"  # not the port: switching SSL/STARTTLS keeps the password

    def account(self) -> str:
        """What the folder states belong to: another account (or server) starts afresh."""
        return f"{self.username}@{self.host}"


def load() -> ImapSettings:
    row = Setting.get_or_none(Setting.key == KEY)
    if row is None:
        return ImapSettings()
    data = json.loads(row.value)
    return ImapSettings(**{k: v for k, v in data.items() if k in ImapSettings.__dataclass_fields__})


def _check(settings: ImapSettings) -> ImapSettings:
    host = settings.host.strip()
    if not host or any(c.isspace() for c in host):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the mail server's host name."), "imap_host")
    if not 0 < int(settings.port) < 65536:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The port must be between 1 and 65535."), "imap_port")
    if settings.security not in SECURITY:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose STARTTLS or SSL/TLS."), "imap_security")
    username = settings.username.strip()
    if not username:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the mailbox's user name."), "imap_username")
    if not MIN_INTERVAL <= int(settings.interval_minutes) <= MAX_INTERVAL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Check for new mail every {min} to {max} minutes."),
            "imap_interval",
            min=MIN_INTERVAL,
            max=MAX_INTERVAL,
        )
    return replace(
        settings,
        host=host,
        port=int(settings.port),
        username=username,
        ca_file=settings.ca_file.strip(),
        sent_folder=settings.sent_folder.strip(),
        interval_minutes=int(settings.interval_minutes),
    )


def save(actor: Actor, settings: ImapSettings) -> ImapSettings:
    """Store the account (not the password: ``set_password``)."""
    require_configure(actor)
    settings = _check(settings)
    value = json.dumps(asdict(settings))
    with atomic():
        Setting.insert(key=KEY, value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value}
        ).execute()
    return settings


def _unavailable(exc: Exception) -> KeyringUnavailable:
    return KeyringUnavailable(QT_TRANSLATE_NOOP("Errors", "The system keyring is not available: {detail}"), detail=exc)


def get_password(settings: ImapSettings) -> str | None:
    """The session's password when one was kept, else the keyring's; KeyringUnavailable when neither can say."""
    import keyring.errors  # the keyring library loads on first use, not at start-up

    session = _session_passwords.get(settings.keyring_user())
    if session is not None:
        return session
    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_user())
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from exc


def set_password(settings: ImapSettings, password: str, session_only: bool = False) -> None:
    """Store ``password`` in the keyring ("" deletes it), or only for this run of Etap."""
    import keyring.errors

    user = settings.keyring_user()
    if session_only:
        if password:
            _session_passwords[user] = password
        else:
            _session_passwords.pop(user, None)
        return
    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, user, password)
        elif keyring.get_password(KEYRING_SERVICE, user) is not None:
            keyring.delete_password(KEYRING_SERVICE, user)
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from exc
    _session_passwords.pop(user, None)


def forget_session_passwords() -> None:
    _session_passwords.clear()


def connect(settings: ImapSettings) -> IMAPClient:
    """A logged-in IMAPClient over verified TLS; raises MailError with the reason."""
    from imapclient import IMAPClient  # the IMAP library loads on first use, not at start-up
    from imapclient.exceptions import IMAPClientError, LoginError

    if not settings.configured:
        raise MailError(QT_TRANSLATE_NOOP("Errors", "The incoming mail server is not set up (Tools → Mail settings)."))
    password = get_password(settings)
    if not password:
        raise MailError(
            QT_TRANSLATE_NOOP("Errors", "No password is stored for the incoming mail server (Tools → Mail settings).")
        )
    context = mail_settings.tls_context(settings)  # the same verification as for SMTP
    client: IMAPClient | None = None
    try:
        client = IMAPClient(
            settings.host,
            port=settings.port,
            ssl=settings.security == "ssl",
            ssl_context=context,
            timeout=settings.timeout,
        )
        if settings.security == "starttls":
            client.starttls(context)
        if (settings.username + password).isascii():
            client.login(settings.username, password)
        else:  # LOGIN is ASCII only; AUTHENTICATE PLAIN carries UTF-8 (RFC 4616)
            client.plain_login(settings.username, password)
        return client
    except ssl.SSLCertVerificationError as exc:
        _close(client)
        raise MailError(
            QT_TRANSLATE_NOOP("Errors", "The mail server's certificate could not be verified: {detail}"),
            detail=exc.verify_message or exc,
        ) from exc
    except LoginError as exc:
        _close(client)
        raise MailError(QT_TRANSLATE_NOOP("Errors", "The mail server refused the login: {detail}"), detail=exc) from exc
    except (TimeoutError, IMAPClientError, OSError) as exc:
        _close(client)
        raise MailError(
            QT_TRANSLATE_NOOP("Errors", "Cannot connect to the mail server: {detail}"), detail=str(exc) or type(exc)
        ) from exc


def _close(client: IMAPClient | None) -> None:
    from imapclient.exceptions import IMAPClientError

    if client is None:
        return
    try:
        client.logout()
    except (IMAPClientError, OSError):
        try:
            client.shutdown()
        except (IMAPClientError, OSError):
            pass


def check_connection(settings: ImapSettings) -> None:
    """Log in and out (the settings dialog's Test button)."""
    _close(connect(settings))
