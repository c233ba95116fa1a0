"""Errors a user can act on.

Every rule violation is raised as an ``EtapError`` whose message is an English template marked for
translation (context ``"Errors"``) plus named parameters. The ui layer translates the template with
``QCoreApplication.translate("Errors", template)`` and fills in the parameters, so the domain stays
free of Qt while the user still reads the message in their own language.
"""

from __future__ import annotations


class EtapError(Exception):
    """Base of every error that is shown to the user; nothing was changed when it is raised."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        return self.template.format(**self.params)


class RuleError(EtapError):
    """A business rule forbids the operation (limits, ordering, mandatory fields...)."""


class ValidationError(EtapError):
    """Input is malformed (not a number, bad date, bad format); ``field`` names the culprit."""

    def __init__(self, template: str, field: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


class PermissionDenied(EtapError):
    """The acting user's role does not allow the operation."""


class NotFound(EtapError):
    """The record does not exist, or the acting user may not see it."""


class ConflictError(EtapError):
    """The record changed since the user loaded it (optimistic locking)."""

    def __init__(self, template: str, current: object = None, **params: object) -> None:
        self.current = current
        super().__init__(template, **params)


class MissingFields(RuleError):
    """A stage requires fields the deal does not have yet; ``fields`` lists their keys."""

    def __init__(self, template: str, fields: list[str], **params: object) -> None:
        self.fields = fields
        super().__init__(template, **params)
