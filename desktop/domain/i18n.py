"""Marking user-visible text below the ui layer, which may not import Qt.

Domain and service code wraps text the user will read in ``QT_TRANSLATE_NOOP("Context", "text")``. At run
time it returns the English text unchanged; ``pyside6-lupdate`` finds the call lexically (by name, wherever
it is imported from) and puts ``text`` under ``Context`` in each language's .ts file
(resources/translations/etap_<lang>.ts). The ui translates the value
when it shows it: ``QCoreApplication.translate(context, text)`` with the same context.

Pass string literals only: lupdate records the literal as written, so an f-string or a variable is either
skipped or stored un-interpolated and never matches at run time. Put values in afterwards with ``str.format``
on the translated text.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; ``context`` is only read by lupdate (and by the ui when translating)."""
    return text
