"""A throwaway, real IMAP server (Dovecot) for the test suite, started like the PostgreSQL one (tests/support/pg.py).

``DovecotServer().start()`` writes a generated ``dovecot.conf`` in a new temp folder and runs ``dovecot -F`` on
127.0.0.1 only, on two free ports: ``port`` (IMAP with STARTTLS) and ``ssl_port`` (IMAP over TLS). The TLS
certificate is self-signed for ``localhost`` / ``127.0.0.1``, made here with ``cryptography``; clients verify it
with ``ca_file``. One user ``etap`` (password ``PASSWORD``) authenticates from a passwd-file; mail is a maildir in
the folder, with an ``INBOX`` and a ``Sent`` folder (special-use ``\\Sent``).

Dovecot's login processes refuse to run as root, so the whole server runs unprivileged: as the running user, or,
when that is root (CI), as the ``dovecot`` user the Debian package creates (``runuser``), with every service's
user set to it (``default_login_user``, ``default_internal_user``, chroot off) and the folder owned by it.

Messages are delivered over IMAP itself (``append``), the way another mail client would put them there. Like the
PostgreSQL server, no dovecot outlives the process that started it: ``stop()`` runs at exit, and a small watchdog
kills the server's process group when the test process dies without running atexit.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import ipaddress
import json
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from pathlib import Path

USER = "etap"
PASSWORD = "sekret-hasło"

_CONF = """\
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_login_user = {user}
default_internal_user = {user}
default_internal_group = {group}
first_valid_uid = {uid}
last_valid_uid = 0
ssl = yes
ssl_cert = <{dir}/cert.pem
ssl_key = <{dir}/key.pem
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {dir}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={dir}/home/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {port}
  }}
  inet_listener imaps {{
    port = {ssl_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service auth {{
  user = {user}
}}
service log {{
  user = {user}
}}
service stats {{
  user = {user}
}}
"""

# Beside the tests with a pipe from them as stdin: when the pipe closes (the test process ended, however it
# ended) it kills the server's process group and removes the folder.
_WATCHDOG = """
import json, os, shutil, signal, sys
sys.stdin.buffer.read()
folder, pgid = json.loads(sys.argv[1])
try:
    os.killpg(pgid, signal.SIGKILL)
except OSError:
    pass
shutil.rmtree(folder, ignore_errors=True)
"""


class ImapServerError(RuntimeError):
    """The throwaway server could not be started; the message has its log."""


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.access(p, os.X_OK)), None
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _self_signed(folder: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )


class DovecotServer:
    """One throwaway Dovecot; see the module docstring. ``start()`` once, ``stop()`` any number of times."""

    def __init__(self, binary: str | None = None) -> None:
        self.binary = binary or dovecot_binary()
        self.dir: Path | None = None
        self.port: int | None = None
        self.ssl_port: int | None = None
        self.user = USER
        self.password = PASSWORD
        self._process: subprocess.Popen | None = None
        self._watchdog: subprocess.Popen | None = None
        self._account: pwd.struct_passwd | None = None

    @property
    def ca_file(self) -> str:
        return str(self.dir / "cert.pem")

    def start(self) -> DovecotServer:
        if self.binary is None:
            raise ImapServerError("dovecot is not installed (Debian: dovecot-imapd)")
        self._account = self._run_as()
        # the system temp dir, not pytest's: dovecot's unix sockets need a short path, and as root the
        # server's user must be able to enter the folder
        self.dir = Path(tempfile.mkdtemp(prefix="etap-imap-"))
        atexit.register(self.stop)
        try:
            for sub in ("run", "state", "home"):
                (self.dir / sub).mkdir()
            _self_signed(self.dir)
            (self.dir / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n", encoding="utf-8")
            for attempt in range(5):  # a free port may be taken before dovecot binds it
                self.port, self.ssl_port = _free_port(), _free_port()
                self._write_conf()
                if self._launch():
                    break
                if attempt == 4:
                    raise ImapServerError(f"dovecot did not start\n--- log\n{self.log()}")
            self._start_watchdog()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        atexit.unregister(self.stop)
        folder, self.dir = self.dir, None
        if self._process is not None:
            with contextlib.suppress(OSError):
                os.killpg(self._process.pid, signal.SIGTERM)
            try:
                self._process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(OSError):
                    os.killpg(self._process.pid, signal.SIGKILL)
                self._process.wait()
            self._process = None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        if self._watchdog is not None:
            self._watchdog.stdin.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._watchdog.wait(timeout=30)
            self._watchdog = None

    def log(self) -> str:
        parts = [self.dir / name for name in ("stderr.log", "dovecot.log")] if self.dir else []
        return "".join(p.read_text(errors="replace") for p in parts if p.exists()) or "(none)\n"

    # -- talking to it as a mail client would ---------------------------------------------------------------

    def client(self):
        """A logged-in IMAPClient over verified TLS (the caller logs out)."""
        from imapclient import IMAPClient

        context = ssl.create_default_context(cafile=self.ca_file)
        client = IMAPClient("127.0.0.1", port=self.ssl_port, ssl=True, ssl_context=context, timeout=30)
        client.plain_login(self.user, self.password)  # AUTHENTICATE PLAIN: UTF-8 passwords
        return client

    def append(self, folder: str, *messages: bytes, flags: tuple = ()) -> list[int]:
        """Deliver raw messages into ``folder`` over IMAP; their UIDs."""
        uids = []
        client = self.client()
        try:
            for raw in messages:
                answer = client.append(folder, raw, flags=flags)
                uids.append(int(answer.split(b"APPENDUID", 1)[1].split()[1].rstrip(b"]")))
        finally:
            client.logout()
        return uids

    def reset(self) -> None:
        """Empty INBOX and Sent, and drop any other folder (between tests sharing the session's server)."""
        client = self.client()
        try:
            for _flags, _sep, name in client.list_folders():
                if name in ("INBOX", "Sent"):
                    client.select_folder(name)
                    uids = client.search("ALL")
                    if uids:
                        client.delete_messages(uids)
                        client.expunge()
                    client.close_folder()
                else:
                    client.delete_folder(name)
        finally:
            client.logout()

    def change_uidvalidity(self, folder: str) -> int:
        """What a server rebuilding its index does: the folder's UIDVALIDITY changes (UIDs mean nothing now).
        Returns the new value."""
        client = self.client()
        try:
            value = int(client.select_folder(folder, readonly=True)[b"UIDVALIDITY"]) + 1
        finally:
            client.logout()
        cmd = [
            "doveadm", "-c", str(self.dir / "dovecot.conf"), "mailbox", "update", "-u", USER,
            "--uid-validity", str(value), folder,
        ]  # fmt: skip
        self._run(cmd)
        return value

    def kick(self) -> None:
        """Drop every open connection of the user, as a server restart or a network failure would."""
        self._run(["doveadm", "-c", str(self.dir / "dovecot.conf"), "kick", USER])

    # -- helpers --------------------------------------------------------------------------------------------

    @staticmethod
    def _run_as() -> pwd.struct_passwd:
        if os.geteuid() != 0:
            return pwd.getpwuid(os.geteuid())
        for name in ("dovecot", "nobody"):
            with contextlib.suppress(KeyError):
                return pwd.getpwnam(name)
        raise ImapServerError("running as root, but there is no 'dovecot' or 'nobody' user to run the server as")

    def _command(self, args: list[str]) -> list[str]:
        if os.geteuid() == 0:
            return ["runuser", "-u", self._account.pw_name, "--", *args]
        return args

    def _run(self, args: list[str]) -> None:
        result = subprocess.run(
            self._command(args), capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL
        )
        if result.returncode != 0:
            raise ImapServerError(f"{' '.join(args)}: {result.stdout}{result.stderr}\n--- log\n{self.log()}")

    def _write_conf(self) -> None:
        account = self._account
        import grp

        text = _CONF.format(
            dir=self.dir,
            user=account.pw_name,
            group=grp.getgrgid(account.pw_gid).gr_name,
            uid=account.pw_uid,
            gid=account.pw_gid,
            port=self.port,
            ssl_port=self.ssl_port,
        )
        (self.dir / "dovecot.conf").write_text(text, encoding="utf-8")
        if os.geteuid() == 0:
            for path in [self.dir, *self.dir.rglob("*")]:
                os.chown(path, account.pw_uid, account.pw_gid)

    def _launch(self) -> bool:
        """Start dovecot in the foreground (our child, its own process group); True once it accepts TLS."""
        cmd = self._command([self.binary, "-F", "-c", str(self.dir / "dovecot.conf")])
        with open(self.dir / "stderr.log", "ab") as errors:
            self._process = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=errors, stderr=errors, start_new_session=True
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                self._process = None
                return False
            if self._accepts():
                return True
            time.sleep(0.05)  # waiting for a server to come up (like pg_ctl -w), not a timed assertion
        raise ImapServerError(f"dovecot did not accept connections within 30 s\n--- log\n{self.log()}")

    def _accepts(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.ssl_port), timeout=2) as sock:
                context = ssl.create_default_context(cafile=self.ca_file)
                with context.wrap_socket(sock, server_hostname="localhost") as tls:
                    return tls.recv(4).startswith(b"* OK")
        except OSError:
            return False

    def _start_watchdog(self) -> None:
        spec = json.dumps([str(self.dir), self._process.pid])
        self._watchdog = subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG, spec],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
