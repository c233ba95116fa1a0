"""Header injection through an RFC 2047 encoded word (issue 19, item 12; CVE-2024-6923): a contact named
``=?utf-8?q?Eve=0D=0ABcc=3A_...?=`` must arrive at a real SMTP server as a name, never as a header line."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.domain import mail
from desktop.services.mail import outbox
from tests.support.mail_fixtures import make_deals

NOW = datetime(2026, 5, 4, 9, 30)
EVIL = "=?utf-8?q?Eve=0D=0ABcc=3A_mime-victim=40example.test?="


@pytest.mark.parametrize(
    ("subject", "first_name"),
    [("Oferta dla {{contact_name}}", EVIL), (f"Oferta {EVIL}", "Jan"), ("Oferta " + EVIL * 3, "Ewa " + EVIL)],
)
def test_an_encoded_word_in_a_name_or_subject_adds_no_header_line(admin, mail_setup, smtp_server, subject, first_name):
    (deal_id,) = make_deals(admin, [(first_name, "jan@k.example")])
    (mid,) = outbox.queue_for_deals(admin, [deal_id], subject, "Dzień dobry", now=NOW).message_ids
    assert outbox.send_pending().sent == [mid]
    (msg,) = smtp_server.handler.messages
    assert smtp_server.handler.envelopes[0][1] == ["jan@k.example"]
    assert msg["Bcc"] is None and "mime-victim" not in str(msg.keys())
    assert sorted(msg.keys()) == sorted(
        ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"]
    )
    assert "Eve" in (str(msg["To"]) + str(msg["Subject"]))  # the text stays readable, only defused


def test_header_values_never_keep_an_encoded_word_opener():
    assert "=?" not in mail.header_value(EVIL)
    assert mail.header_value("a = ? b") == "a = ? b"


def _check_python():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "build" / "check_python.py"
    spec = importlib.util.spec_from_file_location("etap_check_python", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, path.parent.parent


def test_packaging_refuses_a_python_whose_email_folding_lets_an_encoded_word_through(monkeypatch):
    import email.message

    check, root = _check_python()
    real = email.message.EmailMessage.as_bytes

    def vulnerable(self, *args, **kwargs):  # what CPython < 3.11.10 writes for the probe
        return real(self, *args, **kwargs).replace(b"Eve", b"Eve\r\nBcc: mime-victim@example.test", 1)

    monkeypatch.setattr(email.message.EmailMessage, "as_bytes", vulnerable)
    assert not check.header_injection_fixed() and check.main() == 1
    monkeypatch.undo()
    # every way of building goes through installer.spec, which runs the check first; the scripts check early
    assert "check_python.main()" in (root / "installer.spec").read_text(encoding="utf-8")
    for script in ("build_linux.sh", "ci_frozen.sh"):
        assert "build/check_python.py" in (root / "build" / script).read_text(encoding="utf-8")
