"""Backup rules with no I/O: which copies a rotation keeps, and which folders are unsafe for a SQLite file.

Rotation (like Time Machine or Anki's): every copy of the last two days (so the copy taken before an import or
a restore survives the next scheduled one), then the newest copy of each of the last ``daily`` days, of each of
the last ``weekly`` ISO weeks and of each of the last ``monthly`` months is kept; everything else may go.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

DAILY, WEEKLY, MONTHLY = 7, 4, 12
RECENT = timedelta(days=2)

# Folder names that cloud-sync clients own; SQLite's locks and WAL are not safe inside them.
CLOUD_FOLDERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "icloud",
    "mobile documents",
    "box sync",
    "pcloud",
    "megasync",
    "nextcloud",
    "owncloud",
)
NETWORK_FILESYSTEMS = (
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smbfs",
    "smb3",
    "sshfs",
    "fuse.sshfs",
    "afpfs",
    "webdav",
    "davfs",
    "fuse.rclone",
    "9p",
    "ceph",
    "glusterfs",
    "fuse.gcsfuse",
)


def to_keep(
    taken: Iterable[datetime],
    daily: int = DAILY,
    weekly: int = WEEKLY,
    monthly: int = MONTHLY,
    recent: timedelta = RECENT,
) -> set[datetime]:
    """The moments (of ``taken``) whose copies the rotation keeps; the newest copy is always kept."""
    ordered = sorted(set(taken), reverse=True)
    keep: set[datetime] = {moment for moment in ordered if ordered[0] - moment < recent}
    for limit, key in (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ):
        seen: list = []
        for moment in ordered:  # newest first: the first of each period is its newest copy
            period = key(moment)
            if period in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(period)
            keep.add(moment)
    return keep


def unsafe_location(path: str, filesystem: str = "") -> str | None:
    """Why a database at ``path`` (on a file system of type ``filesystem``) is at risk, or None.

    The reason is a key: ``"network"`` or ``"cloud"``; the UI turns it into a sentence.
    """
    normalised = path.replace("\\", "/")
    if normalised.startswith("//") or filesystem.lower() in NETWORK_FILESYSTEMS:
        return "network"
    parts = [part.lower() for part in normalised.split("/")]
    for part in parts:
        if any(part == name or part.startswith(name + " ") or part.startswith(name + "-") for name in CLOUD_FOLDERS):
            return "cloud"
    return None
