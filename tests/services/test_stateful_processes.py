"""Random sequences of process and deal operations never lose a deal or break the stage invariants."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from desktop.domain.errors import EtapError
from desktop.domain.stages import MAX_CLOSED, MAX_OPEN, StageKind
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store import db as store_db
from desktop.store.models import Deal, Stage

pytestmark = pytest.mark.slow  # tens of seconds of random operations: scheduled first

KINDS = st.sampled_from([StageKind.OPEN, StageKind.OPEN, StageKind.CLOSED, StageKind.WON, StageKind.LOST])


class ProcessMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        store_db.open_database(Path(self.folder.name) / "etap.db")
        self.admin = users.local_admin()
        self.process = processes.create_process(self.admin, "P").id
        self.deal_ids: set[int] = set()

    def teardown(self) -> None:
        store_db.close_database()
        self.folder.cleanup()

    def stages(self):
        return processes.list_stages(self.process)

    @rule(name=st.text(min_size=0, max_size=12), kind=KINDS)
    def add_stage(self, name, kind):
        try:
            processes.add_stage(self.admin, self.process, name, kind)
        except EtapError:
            pass

    @rule(data=st.data())
    def move_stage(self, data):
        stages = self.stages()
        stage = data.draw(st.sampled_from(stages))
        try:
            processes.move_stage(self.admin, stage.id, data.draw(st.integers(-1, len(stages))))
        except EtapError:
            pass

    @rule(data=st.data(), with_receiver=st.booleans())
    def delete_stage(self, data, with_receiver):
        stages = self.stages()
        stage = data.draw(st.sampled_from(stages))
        receiver = data.draw(st.sampled_from(stages)).id if with_receiver else None
        try:
            processes.delete_stage(self.admin, stage.id, receiver)
        except EtapError:
            pass

    @rule(title=st.text(min_size=1, max_size=20), value=st.integers(0, 10**7))
    def create_deal(self, title, value):
        try:
            self.deal_ids.add(deals.create_deal(self.admin, self.process, title, value=value).id)
        except EtapError:
            pass

    @precondition(lambda self: self.deal_ids)
    @rule(data=st.data())
    def move_deal(self, data):
        deal_id = data.draw(st.sampled_from(sorted(self.deal_ids)))
        stage = data.draw(st.sampled_from(self.stages()))
        try:
            deals.move_deal(self.admin, deal_id, stage.id, lost_reason="Cena", substage="")
        except EtapError:
            pass

    @invariant()
    def no_deal_is_lost_and_each_sits_in_a_stage_of_its_process(self):
        rows = list(Deal.select(Deal.id, Deal.process, Stage.process.alias("stage_process")).join(Stage).tuples())
        assert {r[0] for r in rows} == self.deal_ids
        assert all(process == stage_process for _, process, stage_process in rows)

    @invariant()
    def closed_follow_open_and_limits_hold(self):
        kinds = [s.kind for s in self.stages()]
        first_closed = next((i for i, k in enumerate(kinds) if k.is_closed), len(kinds))
        assert all(k.is_closed for k in kinds[first_closed:])
        assert 1 <= kinds.count(StageKind.OPEN) <= MAX_OPEN
        assert len(kinds) - kinds.count(StageKind.OPEN) <= MAX_CLOSED
        assert kinds.count(StageKind.WON) <= 1
        assert [s.position for s in self.stages()] == list(range(len(kinds)))


ProcessMachine.TestCase.settings = settings(
    max_examples=40, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
test_random_operations_keep_every_deal_and_the_stage_rules = ProcessMachine.TestCase
