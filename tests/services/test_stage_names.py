"""Stage names are unique within a process (issue 19, item 11): the configurator's save, adding and renaming
refuse a name another stage has (ignoring case and spacing), with a message and nothing written."""

import pytest

from desktop.domain.errors import ValidationError
from desktop.services import configuration
from desktop.services.processes import processes


@pytest.fixture
def process(admin):
    return processes.create_process(admin, "Sprzedaż")


def names(process_id):
    return [s.name for s in processes.list_stages(process_id)]


def test_the_configurator_refuses_to_save_two_stages_with_one_name(admin, process):
    before = names(process.id)
    draft = configuration.load_draft(process.id)
    draft.stages[1].spec.name = "  " + draft.stages[0].spec.name.upper() + " "
    with pytest.raises(ValidationError) as err:
        configuration.save_configuration(admin, draft)
    assert "must be different" in err.value.english()
    assert names(process.id) == before


def test_adding_or_renaming_to_a_taken_name_is_refused(admin, process):
    before = names(process.id)
    with pytest.raises(ValidationError):
        processes.add_stage(admin, process.id, before[0])
    stages = processes.list_stages(process.id)
    with pytest.raises(ValidationError):
        processes.rename_stage(admin, stages[1].id, before[2].lower())
    assert names(process.id) == before
    processes.rename_stage(admin, stages[1].id, before[1].upper())  # the same stage may change its own case
    assert names(process.id)[1] == before[1].upper()
