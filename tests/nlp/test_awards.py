"""The award recogniser (nlp/awards.py): award names from their heads and from how news uses them."""

from __future__ import annotations

import pytest

from reelwire.nlp import load_pipeline


def awards_in(text: str) -> list[str]:
    return [e.text for e in load_pipeline()(text).ents if e.label_ == "AWARD"]


@pytest.mark.parametrize(("text", "award"), [
    ("Night Orchard dominated the Lantern Film Awards on Sunday.", "Lantern Film Awards"),
    ("The drama screened at the Harbor International Film Festival last week.", "Harbor International Film Festival"),
    ("The Lantern-nominated Mara Quinn told reporters she was thrilled.", "Lantern"),
    ("Mara Quinn won a Lantern for best actress.", "Lantern"),
])
def test_award_found(text, award):
    assert award in awards_in(text)


def test_one_sense_per_article_covers_plurals():
    found = awards_in("Mara Quinn won a Lantern for best actress. It was her first time at the Lanterns.")
    assert "Lanterns" in found


@pytest.mark.parametrize("text", [
    "Other winners included Dana Holt.",
    "She took the best actress award at the ceremony.",
    "The festival opened on Monday.",
])
def test_no_award(text):
    assert awards_in(text) == []


def test_a_capitalised_category_is_no_entity():
    doc = load_pipeline()("In 1961 Mara Quinn won Best Actress at the Harbor Film Awards for her role in Night Orchard.")
    assert not [e for e in doc.ents if e.text.startswith("Best")]


def test_a_verb_win_makes_no_award():
    assert "Briton" not in awards_in("Briton wins short film prize. Mara Quinn is thrilled.")
    assert "Lantern" in awards_in("Mara Quinn celebrated her second Lantern win on Sunday.")


def test_an_award_before_a_dash():
    assert "Lantern" in awards_in("Her drama Night Orchard – for which she was nominated for a Lantern – aired in 1977.")
