"""Money amounts (extract/amounts.py) normalised to FORMAT.md's "<whole units> <ISO 4217>"."""

from __future__ import annotations

import pytest

from reelwire.extract.amounts import find_amounts


@pytest.mark.parametrize(("text", "value"), [
    ("$96 million", "96000000 USD"),
    ("£1.2m", "1200000 GBP"),
    ("$438.3 million globally", "438300000 USD"),
    ("US$2bn", "2000000000 USD"),
    ("€5.5 million", "5500000 EUR"),
    ("$1,460,000,000", "1460000000 USD"),
    ("96 million dollars", "96000000 USD"),
    ("$800,000", "800000 USD"),
])
def test_amount(text, value):
    assert [v for _, _, v in find_amounts(text)] == [value]


def test_offsets_slice_the_amount():
    text = "It took $42.8m (£23.7m) over the weekend."
    assert [text[s:e] for s, e, _ in find_amounts(text)] == ["$42.8m", "£23.7m"]


@pytest.mark.parametrize("text", ["It ran 96 minutes.", "Chapter 3 arrived in 2019.", "a 4.3% increase"])
def test_no_amount(text):
    assert find_amounts(text) == []
