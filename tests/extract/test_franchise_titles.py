"""Which titles carry a franchise's name: the franchise's own first film, its numbered and subtitled entries."""

from __future__ import annotations

import pytest

from reelwire.extract.build import COMPANY_WORD, _title_of_franchise


@pytest.mark.parametrize("title", ["Copper Rain", "The Copper Rain", "Copper Rain 2", "Copper Rain: Dawn",
                                   "Copper Rain III", "Copper Rain & Night Orchard", "The Copper Rain Returns"])
def test_title_carries_the_franchise(title):
    assert _title_of_franchise("Copper Rain", title)


@pytest.mark.parametrize("title", ["Copper Rainbow", "Night Orchard", "Copper Rains", "The Copper"])
def test_title_does_not_carry_the_franchise(title):
    assert not _title_of_franchise("Copper Rain", title)


@pytest.mark.parametrize("name, company", [("Harbor Pictures", True), ("Streamly+", True), ("Copper Rain", False)])
def test_company_names_are_not_franchises(name, company):
    assert bool(COMPANY_WORD.search(name)) is company

