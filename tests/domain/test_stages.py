"""F1 stage rules on plain lists."""

import pytest

from desktop.domain.errors import RuleError, ValidationError
from desktop.domain.stages import (
    MAX_CLOSED,
    MAX_OPEN,
    Field,
    StageKind,
    StageSpec,
    check_order,
    missing_fields,
    stage_probability,
    with_added,
    with_moved,
    with_removed,
)
from desktop.domain.templates import template_stages


def names(stages):
    return [s.name for s in stages]


def test_default_template_is_three_open_then_won_and_lost():
    stages = template_stages("default")
    assert [s.kind for s in stages] == [StageKind.OPEN] * 3 + [StageKind.WON, StageKind.LOST]


def test_sales_funnel_template_carries_substages_and_required_fields():
    stages = {s.name: s for s in template_stages("sales_funnel")}
    assert stages["New leads"].required == [Field.SOURCE, Field.EXPECTED_CLOSE]
    assert len(stages["In acquisition"].substages) == 3
    assert Field.NEXT_CONTACT in stages["Offered"].required
    assert stages["Resigned"].kind is StageKind.LOST


def test_new_open_stage_goes_first_and_closed_goes_last():
    stages = template_stages("default")
    assert names(with_added(stages, StageSpec("Lead")))[0] == "Lead"
    assert names(with_added(stages, StageSpec("Frozen", StageKind.CLOSED)))[-1] == "Frozen"


def test_open_stage_limit_is_seventeen():
    stages = [StageSpec(f"S{i}") for i in range(MAX_OPEN)]
    with pytest.raises(RuleError, match="at most 17 open"):
        with_added(stages, StageSpec("one too many"))


def test_closed_stage_limit_is_three_and_only_one_won():
    stages = template_stages("default")
    stages = with_added(stages, StageSpec("Frozen", StageKind.CLOSED))
    with pytest.raises(RuleError, match=f"at most {MAX_CLOSED} closed"):
        with_added(stages, StageSpec("Paused", StageKind.CLOSED))
    with pytest.raises(RuleError, match="only one Won"):
        with_added(template_stages("default"), StageSpec("Won again", StageKind.WON))


def test_open_stages_reorder_but_closed_stages_do_not_move():
    stages = template_stages("default")
    assert names(with_moved(stages, 2, 0))[:3] == ["Negotiation", "New", "Presentation"]
    with pytest.raises(RuleError, match="Closed stages cannot be reordered"):
        with_moved(stages, 3, 0)
    with pytest.raises(RuleError, match="before the closed"):
        with_moved(stages, 0, 4)


def test_closed_before_open_is_rejected():
    with pytest.raises(RuleError, match="after all open"):
        check_order([StageSpec("Won", StageKind.WON), StageSpec("Open")])


def test_last_open_stage_cannot_be_removed():
    stages = [StageSpec("Only"), StageSpec("Won", StageKind.WON)]
    with pytest.raises(RuleError, match="at least one open"):
        with_removed(stages, 0)
    assert names(with_removed(template_stages("default"), 4)) == ["New", "Presentation", "Negotiation", "Won"]


def test_blank_and_overlong_names_are_refused():
    with pytest.raises(ValidationError):
        with_added([], StageSpec("   "))
    with pytest.raises(ValidationError):
        with_added([], StageSpec("x" * 81))


def test_missing_fields_lists_required_and_lost_reason_and_invalid_substage():
    stage = StageSpec("Offered", substages=["A", "B"], required=[Field.NEXT_CONTACT])
    assert missing_fields(stage, {}) == ["next_contact", "substage"]
    assert missing_fields(stage, {"next_contact": "2026-01-01", "substage": "C"}) == ["substage"]
    assert missing_fields(stage, {"next_contact": "2026-01-01", "substage": "A"}) == []
    assert missing_fields(StageSpec("Lost", StageKind.LOST), {"lost_reason": "  "}) == ["lost_reason"]


def test_closed_stages_fix_probability():
    assert stage_probability(StageSpec("Won", StageKind.WON, default_probability=3)) == 100
    assert stage_probability(StageSpec("Lost", StageKind.LOST, default_probability=50)) == 0
    assert stage_probability(StageSpec("Open", default_probability=40)) == 40
