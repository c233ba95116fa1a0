"""“Remember me” for team sign-in: the user name and password go to the operating system's keyring (never to
the database or a settings file), one entry per database; a keyring that is missing or locked just means
nothing is remembered."""

from __future__ import annotations

import json

SERVICE = "Etap sign-in"


def remember(database: str, username: str, password: str) -> bool:
    """Store the credential for ``database``; False when the system has no usable keyring."""
    import keyring.errors  # the keyring library loads on first use, not at start-up

    try:
        keyring.set_password(SERVICE, database, json.dumps({"username": username, "password": password}))
    except keyring.errors.KeyringError:
        return False
    return True


def recall(database: str) -> tuple[str, str] | None:
    import keyring.errors

    try:
        stored = keyring.get_password(SERVICE, database)
    except keyring.errors.KeyringError:
        return None
    if not stored:
        return None
    try:
        data = json.loads(stored)
        return str(data["username"]), str(data["password"])
    except (ValueError, KeyError, TypeError):
        return None


def forget(database: str) -> None:
    import keyring.errors

    try:
        if keyring.get_password(SERVICE, database) is not None:
            keyring.delete_password(SERVICE, database)
    except keyring.errors.KeyringError:
        pass
