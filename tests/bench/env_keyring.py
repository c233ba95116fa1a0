"""A keyring backend for the benchmarks' app starts on a team database: it hands out the one credential in
``ETAP_BENCH_KEYRING`` (JSON ``{"service": ..., "entry": ..., "secret": ...}``), so the app signs in by itself
as a person who ticked "Remember me" does, and keeps nothing (the system keyring is never touched).

Chosen through keyring's own switch: ``PYTHON_KEYRING_BACKEND=tests.bench.env_keyring.EnvKeyring``."""

from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend


class EnvKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        stored = json.loads(os.environ.get("ETAP_BENCH_KEYRING") or "{}")
        if stored.get("service") == service and stored.get("entry") == username:
            return stored.get("secret")
        return None

    def set_password(self, service, username, password):
        pass

    def delete_password(self, service, username):
        pass
