"""Regression guard: PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void Qt call and
aborts the process ("none_dealloc") after a few thousand calls. 6.11.3 is clean; this keeps it that way."""

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    widget = QWidget()
    before = sys.getrefcount(None)
    for i in range(100_000):
        widget.resize(100 + i % 7, 100)
    after = sys.getrefcount(None)
    widget.deleteLater()
    assert after >= before - 100, f"None lost {before - after} references over 100,000 void calls"
