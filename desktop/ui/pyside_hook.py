"""PySide6's import hook, made cheap for start-up.

Once Qt is imported, PySide6 looks at every module imported after it, to know whether the module may select a
``__feature__`` (snake_case, true_property): it calls ``inspect.getsource`` on the module and searches the text
for "PySide6". For the ~300 modules Etap loads before its window paints that was about 7 % of the start (the
source read through ``linecache`` and ``tokenize``, each module once). The same question is answered here by
reading the module's file as bytes; everything else (the answer, where it is kept, modules without a source
file) is PySide6's own. Etap selects no feature, so the answer changes nothing visible either way.

Imported first of Etap's modules after Qt (``desktop.app``). PySide6 6.11 keeps the hook in
``PySide6.support.feature`` (older releases: ``shibokensupport.feature``); when neither is there, nothing changes.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  the hook exists once Qt is imported


def _install() -> bool:
    for name in ("PySide6.support.feature", "shibokensupport.feature"):
        feature = sys.modules.get(name)
        original = getattr(feature, "_mod_uses_pyside", None)
        if original is None:
            continue
        if getattr(original, "etap_fast", False):
            return True

        def uses_pyside(module, original=original) -> bool:
            path = getattr(module, "__file__", None)
            if not isinstance(path, str) or not path.endswith(".py"):
                return original(module)
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                return original(module)

        uses_pyside.etap_fast = True
        feature._mod_uses_pyside = uses_pyside
        return True
    return False


installed = _install()
