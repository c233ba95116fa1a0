"""A real SMTP server for tests: aiosmtpd on a free localhost port, STARTTLS with a certificate made
here (signed by a throwaway CA), and LOGIN/PLAIN authentication.

``handler.drop_at = n`` makes the server hang up during the DATA of its n-th message (nothing delivered),
like a server or network going away mid-batch; ``handler.refuse`` maps addresses to a 550 answer.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import errno
import ipaddress
import socket
import ssl
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER = "etap"
PASSWORD = "s3cret-Zażółć"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_ca(folder: Path, label: str):
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(f"Etap test CA {label}"))
        .issuer_name(_name(f"Etap test CA {label}"))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    path = folder / f"ca-{label}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert, path


def make_server_cert(folder: Path, ca_key, ca_cert) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


@dataclass
class Handler:
    messages: list[email.message.EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    drop_at: int | None = None  # hang up during the DATA of this (1-based) message
    refuse: dict[str, str] = field(default_factory=dict)
    data_seen: int = 0
    accepted: object = None  # called with the message right after it is stored, before the 250 goes out

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_seen += 1
        if self.drop_at is not None and self.data_seen == self.drop_at:
            self.drop_at = None
            server.transport.close()
            return "421 going away"
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        self.messages.append(message)
        if self.accepted is not None:
            self.accepted(message)
        return "250 Message accepted"


def _authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


class SmtpServer:
    def __init__(self, folder: Path) -> None:
        ca_key, ca_cert, self.ca_file = make_ca(folder, "good")
        _k, _c, self.other_ca_file = make_ca(folder, "other")
        cert, key = make_server_cert(folder, ca_key, ca_cert)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        self.handler = Handler()
        self._context = context
        self.port = free_port()
        self.controller = self._controller()

    def _controller(self) -> Controller:
        return Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            tls_context=self._context,
            require_starttls=True,
            authenticator=_authenticate,
            auth_require_tls=True,
            auth_exclude_mechanism=["CRAM-MD5"],
            ready_timeout=120,  # a limit for a hung start only: a busy machine can take seconds (the default is 5)
        )

    def start(self) -> None:
        for attempt in range(5):  # the free port may be taken (another test process) before the server binds it
            try:
                self.controller.start()
                return
            except OSError as error:
                if attempt == 4 or error.errno != errno.EADDRINUSE:
                    raise
                self.controller.loop.close()  # the failed one's thread has ended; its loop never ran
                self.port = free_port()
                self.controller = self._controller()

    def stop(self) -> None:
        self.controller.stop()
