"""Finding an entity by a name typed on the command line."""

from __future__ import annotations

import pytest

from reelwire.errors import NotFoundError
from reelwire.query.person import person_view
from reelwire.store import open_kb
from tests.store.helpers import article, fact


def test_an_ambiguous_surname_names_the_candidates(db_url):
    kb = open_kb(db_url)
    kb.add(article("one", "2024-01-01", fact("cast_member", "Salt Flats", "Ada Finch")))
    kb.add(article("two", "2024-01-02", fact("cast_member", "Salt Flats", "Tom Finch")))
    with pytest.raises(NotFoundError, match="'Finch' could be Ada Finch or Tom Finch; give the full name"):
        person_view(kb, "Finch")


def test_a_unique_surname_finds_the_person(db_url):
    kb = open_kb(db_url)
    kb.add(article("one", "2024-01-01", fact("cast_member", "Salt Flats", "Ada Finch")))
    assert person_view(kb, "finch").person.name == "Ada Finch"
