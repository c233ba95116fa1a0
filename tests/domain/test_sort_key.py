"""The sort key of a name (contact, company, owner columns): the fast character table gives exactly what
decomposing the whole text gives, for any text, so keys written before and after the table agree."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.text import _BASE_LETTER, sort_key


def reference(name: str | None) -> str:
    """The definition: lower case, compatibility-decomposed as a whole, combining marks dropped."""
    decomposed = unicodedata.normalize("NFKD", " ".join((name or "").split()).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_BASE_LETTER)[:200]


def test_polish_and_romanian_names_sort_among_their_base_letters():
    assert sort_key("  Łukasz   Dąbrowski ") == "lukasz dabrowski"
    assert sort_key("Ștefan Ţăran SRL") == "stefan taran srl"
    assert sort_key("Żółć Gęślą") == "zolc gesla"
    assert sort_key(None) == sort_key("") == ""


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60) | st.text(alphabet="ąćęłńóśźżĄĆĘŁŃÓŚŹŻăâîșțĂÂÎȘȚşţßøđıǄﬁＡ \u0301\u0328", max_size=60))
def test_the_fast_key_is_the_decomposed_key_for_any_text(name):
    assert sort_key(name) == reference(name)


def test_a_long_name_is_cut_after_it_is_folded():
    assert sort_key("Ą" * 300) == "a" * 200
