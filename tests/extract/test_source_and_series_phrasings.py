"""based_on with the author after a description ("by British author X"); part_of_franchise as "the
addition to the X franchise" (and, already before, after a dash) (extract/based_on.py, extract/franchise.py)."""

from __future__ import annotations

from datetime import date

from reelwire.model import Article
from reelwire.process import process_articles


def _facts(text: str, predicate: str) -> set[tuple]:
    [p] = process_articles([Article(source="t.txt", text=text, published=date(2005, 1, 20))])
    return {(f.subject, f.object) for f in p.facts if f.predicate == predicate}


def test_based_on_a_novel_by_a_described_author():
    text = "The film \"Night Orchard\" opens on Friday. \"Night Orchard\" is based on a children's fantasy novel by British author Mara Quinn."
    assert ("Night Orchard", "Mara Quinn") in _facts(text, "based_on")


def test_an_adaptation_of_a_novel_by_an_author():
    text = "The film \"Night Orchard\" opens on Friday. Sam Lee directed \"Night Orchard\", an adaptation of the best-selling novel by Mara Quinn."
    assert ("Night Orchard", "Mara Quinn") in _facts(text, "based_on")


def test_a_film_and_its_franchise_after_a_dash():
    text = ("The Copper Rain franchise is back. \"Harbor Lights\" - the third prequel to the Copper Rain franchise -"
            " opens in May.")
    assert ("Harbor Lights", "Copper Rain") in _facts(text, "part_of_franchise")


def test_the_addition_to_a_franchise():
    text = "The Copper Rain franchise is back. She starred in \"Harbor Lights\", the 2008 addition to the Copper Rain franchise."
    assert ("Harbor Lights", "Copper Rain") in _facts(text, "part_of_franchise")


def test_based_on_after_the_film_s_description():
    text = "The film \"Night Orchard\" opens on Friday. Dana Holt is headlining \"Harbor Lights\", a mini series based on the 2013 novel by Sam Lee."
    assert ("Harbor Lights", "Sam Lee") in _facts(text, "based_on")


def test_based_on_an_author_s_novel():
    text = "The film \"Night Orchard\" opens on Friday. \"Harbor Lights\" is based on Sam Lee's 2013 novel of the same name."
    assert ("Harbor Lights", "Sam Lee") in _facts(text, "based_on")


def test_based_on_the_life_and_career_of():
    text = "The series \"Blue Ember\" was loosely based on the life and career of rapper-turned-actor Theo Blackwood."
    assert ("Blue Ember", "Theo Blackwood") in _facts(text, "based_on")


def test_the_latest_film_in_a_franchise_named_after_a_dash():
    text = "The Copper Rain franchise is back. The latest film in the Copper Rain franchise - \"Night Orchard\" - stars Mara Quinn."
    assert ("Night Orchard", "Copper Rain") in _facts(text, "part_of_franchise")
