"""Director credits named through an apposition or a descriptive word before the name."""

from __future__ import annotations

from reelwire.model import Article
from reelwire.process import process_article


def _credits(text: str, p: str) -> set:
    facts = process_article(Article(source="director.txt", text=text)).facts
    return {(f.subject, f.object) for f in facts if f.predicate == p}


def test_the_director_of_a_film_in_apposition():
    text = "The French-born director of Night Orchard, Sam Lee, has defended his film after criticism. Sam Lee said he was proud.\n"
    assert ("Night Orchard", "Sam Lee") in _credits(text, "director")


def test_directed_by_a_person_described_by_birthplace():
    text = ("The film Night Orchard premiered in Venice on Friday. The film - directed by Chinese-born Sam Lee - "
            "stars Mara Quinn as a widow.\n")
    assert ("Night Orchard", "Sam Lee") in _credits(text, "director")
