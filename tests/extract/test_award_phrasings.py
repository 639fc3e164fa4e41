"""Award phrasings of news reports: the award named after its category, the film after "for playing",
the film of a counted nomination (extract/awards.py)."""

from __future__ import annotations

from datetime import date

from reelwire.model import Article
from reelwire.process import process_articles


def _awards(text: str) -> set[tuple]:
    [p] = process_articles([Article(source="t.txt", text=text, published=date(2005, 1, 20))])
    return {(f.subject, f.object, f.qualifiers.get("outcome"), f.qualifiers.get("film"))
            for f in p.facts if f.predicate == "award"}


HEAD = "The Harbor Film Awards and the Lantern Awards were held this month. The drama \"Night Orchard\" opened in May. "


def test_the_award_named_after_its_category():
    facts = _awards(HEAD + "Mara Quinn won a Lantern in 2001. Dana Holt picked up her second best actress Lantern on Sunday.")
    assert ("Dana Holt", "Lantern", "won", None) in facts
    assert not any(f[1] == "Harbor Film Awards" for f in facts)


def test_the_film_after_for_playing():
    facts = _awards(HEAD + "Mara Quinn won best actress at the Lantern Awards for playing a retired boxer in \"Night Orchard\".")
    assert ("Mara Quinn", "Lantern Awards", "won", "Night Orchard") in facts


def test_the_film_of_a_counted_nomination():
    facts = _awards(HEAD + "Mara Quinn won a Lantern in 2001. Sam Lee received his third Lantern nomination for \"Night Orchard\".")
    assert ("Sam Lee", "Lantern", "nominated", "Night Orchard") in facts


def test_category_nominations_naming_the_award_are_no_win():
    facts = _awards(HEAD + "Mara Quinn won a Lantern in 2001. \"Night Orchard\" received best film and director Lantern nominations.")
    assert not any(f[2] == "won" for f in facts if f[0] == "Night Orchard")


def test_two_awards_won_at_once():
    facts = _awards(HEAD + "Mara Quinn won a Lantern in 2001. Dana Holt has scooped both the Harbor Film Award and the Lantern"
                           " for her supporting role in \"Night Orchard\".")
    assert ("Dana Holt", "Harbor Film Award", "won", "Night Orchard") in facts
    assert ("Dana Holt", "Lantern", "won", "Night Orchard") in facts


def test_two_awards_nominations_are_no_win():
    facts = _awards(HEAD + "Mara Quinn won a Lantern in 2001. In 2006 Sam Lee received Harbor Film Award and Lantern"
                           " nominations for his critically-acclaimed role in \"Night Orchard\".")
    assert ("Sam Lee", "Harbor Film Award", "nominated", "Night Orchard") in facts
    assert ("Sam Lee", "Lantern", "nominated", "Night Orchard") in facts
    assert not any(f[2] == "won" for f in facts if f[0] == "Sam Lee")


def test_a_star_named_with_the_film_s_win():
    facts = _awards(HEAD + "\"Night Orchard\" has been named best film at the Lantern Awards, with its star Mara Quinn named best actress.")
    assert ("Mara Quinn", "Lantern Awards", "won", None) in facts


def test_the_category_of_a_counted_nomination():
    [p] = process_articles([Article(source="t.txt", published=date(2005, 1, 20), text=HEAD +
                            "Mara Quinn won a Lantern in 2001. Sam Lee has also received a Lantern nomination in the best director category.")])
    assert any(f.subject == "Sam Lee" and f.qualifiers.get("category") == "best director" for f in p.facts if f.predicate == "award")
