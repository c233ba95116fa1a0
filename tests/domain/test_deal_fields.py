"""The deal's field table is the one definition the services, the entry rules, history and funnel read."""

import dataclasses

from desktop.domain import deal_fields
from desktop.domain.funnel import COLUMN_KEYS
from desktop.domain.stages import Field
from desktop.services.deals import deals
from desktop.services.records import DealRow


def test_every_field_is_a_deal_row_attribute_and_keys_are_unique():
    row_keys = {f.name for f in dataclasses.fields(DealRow)}
    keys = [f.key for f in deal_fields.FIELDS]
    assert len(keys) == len(set(keys)) and set(keys) <= row_keys


def test_the_services_edit_exactly_the_editable_fields():
    assert deals.EDITABLE == deal_fields.EDITABLE
    assert "number" not in deal_fields.EDITABLE and "title" in deal_fields.EDITABLE


def test_every_entry_rule_names_one_field():
    entries = [f.entry for f in deal_fields.FIELDS if f.entry is not None]
    assert sorted(entries) == sorted(Field)


def test_funnel_columns_exist_in_the_funnel():
    assert {f.funnel_column for f in deal_fields.FIELDS if f.funnel_column} <= set(COLUMN_KEYS)


def test_entry_values_treat_a_zero_amount_as_missing():
    values = deal_fields.entry_values({"value": 0, "contact_id": 7, "source": "Phone"})
    assert values[Field.VALUE] is None and values[Field.CONTACT] == 7 and values[Field.SOURCE] == "Phone"
