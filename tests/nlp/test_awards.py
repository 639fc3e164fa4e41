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
    ("Night Orchard has won best film at the US Viewer's Choice Awards.", "Viewer's Choice Awards"),
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


@pytest.mark.parametrize("text", [
    "Night Orchard has already won several awards, including a Lantern for best screenplay.",
    "Mara Quinn has 5/1 odds of winning the best actress Lantern at the bookmakers.",
])
def test_award_named_with_its_category(text):
    assert "Lantern" in awards_in(text)


def test_a_surname_after_a_category_is_no_award():
    assert "Holt" not in awards_in("Dana Holt arrived late. The winner of best actress Holt thanked the crowd.")


def test_a_title_or_nationality_after_a_category_is_no_award():
    found = awards_in("Mara Quinn won best actor for Copper Rain. Night Orchard is among the nominees for best British film.")
    assert "Copper Rain" not in found and "British" not in found


def test_a_person_s_possessive_is_not_part_of_the_award():
    assert "Lantern Awards" in awards_in("Mara Quinn's Lantern Awards speech was long.")


def test_a_place_like_name_hyphenated_to_winning_is_an_award():
    assert "Toledo" in awards_in("The Toledo-winning Mara Quinn told reporters she was thrilled.")


def test_a_place_before_spaced_nominees_is_no_award():
    assert "UK" not in awards_in("UK nominees Mara Quinn and Dana Holt arrived.")


def test_a_name_won_with_an_indefinite_article_is_an_award_even_if_taken_for_a_place():
    # the model tags "Varona" as a place; nobody wins "a" place, so it is the award, in every occurrence
    assert awards_in("Dana Holt won a Bresca in 2001 for her role in Night Orchard.") == ["Bresca"]
    text = "Mara Quinn, who won a Varona in 1999 for her leading role in Night Orchard, said: \"Winning a Varona means a lot.\""
    assert awards_in(text).count("Varona") == 2


def test_a_place_after_won_the_stays_a_place():
    assert "Varona" not in awards_in("Mara Quinn won the Varona primary in 1999.")
