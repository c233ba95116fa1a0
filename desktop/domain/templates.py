"""Process templates a manager starts from (SPEC F1): the default, "Sales funnel" and "B2B"."""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.stages import Field, StageKind, StageSpec

DEFAULT_NUMBER_FORMAT = "SPR/{year}/{seq:04}"

TEMPLATE_LABELS = {
    "default": QT_TRANSLATE_NOOP("Template", "Empty (3 open stages, Won, Lost)"),
    "sales_funnel": QT_TRANSLATE_NOOP("Template", "Sales funnel"),
    "b2b": QT_TRANSLATE_NOOP("Template", "B2B"),
}

# Stage names are data, stored in the user's language when the process is created; these English
# sources are translated by the ui before they are handed to the services. (lupdate finds the marker by
# its literal name, so it is spelled out each time.)


def template_stages(template: str) -> list[StageSpec]:
    if template == "default":
        return [
            StageSpec(QT_TRANSLATE_NOOP("StageName", "New"), default_probability=10),
            StageSpec(QT_TRANSLATE_NOOP("StageName", "Presentation"), default_probability=30),
            StageSpec(QT_TRANSLATE_NOOP("StageName", "Negotiation"), default_probability=60),
            StageSpec(QT_TRANSLATE_NOOP("StageName", "Won"), StageKind.WON),
            StageSpec(QT_TRANSLATE_NOOP("StageName", "Lost"), StageKind.LOST),
        ]
    if template == "sales_funnel":
        return [
            StageSpec(
                QT_TRANSLATE_NOOP("StageName", "New leads"),
                required=[Field.SOURCE, Field.EXPECTED_CLOSE],
                default_probability=10,
                rotting_days=3,
            ),
            StageSpec(
                QT_TRANSLATE_NOOP("StageName", "In acquisition"),
                substages=[
                    QT_TRANSLATE_NOOP("StageName", "Call scheduled"),
                    QT_TRANSLATE_NOOP("StageName", "After call – meeting"),
                    QT_TRANSLATE_NOOP("StageName", "To be offered"),
                ],
                required=[Field.SUBSTAGE],
                default_probability=30,
                rotting_days=14,
            ),
            StageSpec(
                QT_TRANSLATE_NOOP("StageName", "Offered"),
                substages=[
                    QT_TRANSLATE_NOOP("StageName", "Negotiating"),
                    QT_TRANSLATE_NOOP("StageName", "Contract sent"),
                ],
                required=[Field.SUBSTAGE, Field.NEXT_CONTACT],
                default_probability=60,
                rotting_days=14,
            ),
            StageSpec(QT_TRANSLATE_NOOP("StageName", "Won"), StageKind.WON),
            StageSpec(QT_TRANSLATE_NOOP("StageName", "Resigned"), StageKind.LOST, required=[Field.LOST_REASON]),
        ]
    if template == "b2b":
        return [
            StageSpec(QT_TRANSLATE_NOOP("StageName", "Data gathering"), default_probability=10, rotting_days=21),
            StageSpec(QT_TRANSLATE_NOOP("StageName", "Contact"), default_probability=25, rotting_days=14),
            StageSpec(QT_TRANSLATE_NOOP("StageName", "Needs analysis"), default_probability=45, rotting_days=14),
            StageSpec(QT_TRANSLATE_NOOP("StageName", "Offering"), default_probability=70, rotting_days=10),
            StageSpec(QT_TRANSLATE_NOOP("StageName", "Won"), StageKind.WON),
            StageSpec(QT_TRANSLATE_NOOP("StageName", "Lost"), StageKind.LOST),
        ]
    raise KeyError(template)


SOURCES = (
    QT_TRANSLATE_NOOP("Source", "Direct visit"),
    QT_TRANSLATE_NOOP("Source", "Contact form"),
    QT_TRANSLATE_NOOP("Source", "Phone"),
    QT_TRANSLATE_NOOP("Source", "E-mail"),
    QT_TRANSLATE_NOOP("Source", "Live call"),
    QT_TRANSLATE_NOOP("Source", "Chat"),
    QT_TRANSLATE_NOOP("Source", "Social media"),
    QT_TRANSLATE_NOOP("Source", "Partner"),
)


def template_activities(template: str) -> dict[int, list[tuple[str, int, bool, str]]]:
    """Activities a template gives its open stages, by stage index: (name, weight, mandatory, requires).

    The B2B template follows the Livespace model (seed 003): weights add up to 100, so the probability of a
    deal is the share of this checklist it has done; the needs analysis and the offer must be done to win."""
    if template != "b2b":
        return {}
    return {
        0: [
            (QT_TRANSLATE_NOOP("ActivityName", "Check the company's data"), 5, False, "nothing"),
            (QT_TRANSLATE_NOOP("ActivityName", "Identify the decision maker"), 10, False, "note"),
        ],
        1: [
            (QT_TRANSLATE_NOOP("ActivityName", "First phone call"), 10, False, "nothing"),
            (QT_TRANSLATE_NOOP("ActivityName", "First meeting"), 15, False, "note"),
        ],
        2: [
            (QT_TRANSLATE_NOOP("ActivityName", "Needs analysis"), 20, True, "note"),
            (QT_TRANSLATE_NOOP("ActivityName", "Budget confirmed"), 10, False, "nothing"),
        ],
        3: [
            (QT_TRANSLATE_NOOP("ActivityName", "Offer sent"), 20, True, "note_file"),
            (QT_TRANSLATE_NOOP("ActivityName", "Offer discussed with the client"), 10, False, "note"),
        ],
    }
