"""The person an article is about (extract.main_person)."""

from __future__ import annotations

from reelwire.extract import main_person
from reelwire.resolve.inarticle import Mention


def _people(*names: str) -> list[Mention]:
    return [Mention("PER", i * 20, i * 20 + len(n), n, n) for i, n in enumerate(names)]


def test_the_person_a_headline_opens_with():
    mentions = _people(*(["Mara Quinn", "Theo Blackwood"] * 4))
    assert main_person(mentions, "Mara Quinn pays tribute to late star Theo Blackwood").canonical == "Mara Quinn"


def test_a_headline_name_needs_three_mentions():
    mentions = _people("Mara Quinn", "Mara Quinn", "Theo Blackwood")
    assert main_person(mentions, "Mara Quinn pays tribute to Theo Blackwood") is None


def test_a_longer_name_is_not_the_opening_one():
    mentions = _people(*(["Mara Quinn"] * 3 + ["Theo Blackwood"] * 3))
    assert main_person(mentions, "Mara Quinnell arrives; Mara Quinn and Theo Blackwood wave") is None
