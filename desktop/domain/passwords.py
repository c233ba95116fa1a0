"""Password hashing for team sign-in: Argon2id (argon2-cffi) with OWASP's current parameters.

OWASP's Password Storage Cheat Sheet: Argon2id with at least 19 MiB of memory, 2 iterations and 1 degree of
parallelism. Hashes made with other parameters (or by the earlier scrypt scheme, ``scrypt$N$r$p$salt$digest``)
still verify and report ``needs_rehash`` so the sign-in replaces them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from functools import cache

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 10
MAX_LENGTH = 1024  # long enough for any pass phrase, short enough that hashing cannot be used to stall a server
MEMORY_KIB = 19 * 1024
TIME_COST = 2
PARALLELISM = 1


@cache
def _hasher():
    """argon2-cffi, loaded at the first password checked or set (not at every start of the app)."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM)


def check_policy(password: str) -> str:
    """The password itself, or a ValidationError saying what is wrong with it."""
    if len(password or "") < MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A password needs at least {min} characters."), field="password", min=MIN_LENGTH
        )
    if len(password) > MAX_LENGTH:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The password is too long."), field="password")
    return password


def hash_password(password: str) -> str:
    return _hasher().hash(password)


@cache
def _dummy_hash() -> str:
    """A hash nobody's password matches, verified for unknown names so they cost what a known one costs."""
    return _hasher().hash("not a password: this hash exists only to spend the same time")


def verify_password(password: str, stored: str | None) -> bool:
    """True when ``password`` matches ``stored``. With no stored hash it still runs one full verification."""
    if not stored:
        _verify_argon2(password or "", _dummy_hash())
        return False
    if stored.startswith("scrypt$"):
        return _verify_scrypt(password or "", stored)
    return _verify_argon2(password or "", stored)


def needs_rehash(stored: str | None) -> bool:
    """True for hashes made by the old scheme or with other parameters than the current ones."""
    if not stored or stored.startswith("scrypt$"):
        return True
    from argon2.exceptions import InvalidHashError

    try:
        return _hasher().check_needs_rehash(stored)
    except (InvalidHashError, ValueError):
        return True


def _verify_argon2(password: str, stored: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return _hasher().verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _verify_scrypt(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        computed = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except ValueError:
        return False
    return hmac.compare_digest(computed, base64.b64decode(digest))


def legacy_scrypt_hash(password: str, salt: bytes) -> str:
    """The earlier scheme's format (N=2**14, r=8, p=1); kept so tests can make a hash as old databases hold."""
    n, r, p = 2**14, 8, 1
    digest = hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def sign_in_delay(failures: int) -> int:
    """Seconds a name must wait after ``failures`` failed sign-ins in a row: none for the first three,
    then 2, 4, 8 … seconds, at most 15 minutes."""
    if failures < 3:
        return 0
    return min(2 ** (failures - 2), 15 * 60)
