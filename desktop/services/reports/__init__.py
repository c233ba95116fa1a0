"""Reports for the sales director (SPEC F11): each one a function of the acting user and the filters,
computed by the database. ``run(name, actor, filters)`` is the one entry the ui and the headless command use.
"""

from __future__ import annotations

from datetime import datetime

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.actor import Actor
from desktop.services.reports import activity, conversion, cycle, forecast, pipeline, wonlost
from desktop.services.reports.base import Chart, Column, Figure, Filters, Report, Series, View, one_reading

MODULES = {m.NAME: m for m in (pipeline, wonlost, conversion, forecast, cycle, activity)}
NAMES = tuple(MODULES)

__all__ = ["NAMES", "Chart", "Column", "Figure", "Filters", "Report", "Series", "View", "run"]


def title(name: str) -> str:
    return MODULES[name].TITLE


def groupings(name: str) -> dict[str, str]:
    """The report's ``by`` choices (key -> English label); empty when it has one shape."""
    return dict(MODULES[name].GROUPINGS)


def period_means(name: str) -> str:
    return MODULES[name].PERIOD_MEANS


def needs_process(name: str) -> bool:
    return name == conversion.NAME


def run(name: str, actor: Actor, filters: Filters | None = None, now: datetime | None = None) -> Report:
    module = MODULES.get(name)
    if module is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no report called “{name}”."), name=name)
    filters = filters or Filters()
    with one_reading():
        if name in (forecast.NAME, cycle.NAME, activity.NAME):
            return module.run(actor, filters, now=now)
        return module.run(actor, filters)
