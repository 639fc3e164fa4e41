"""An epithet that opens a sentence ("The actress, 35,") stands for the article's person, like a pronoun."""

from __future__ import annotations

from reelwire.model import Article
from reelwire.process import process_article

LEAD = ("Mara Quinn dazzles at premiere of Night Orchard\n\nMara Quinn arrived at the premiere of the film Night Orchard. "
        "Mara Quinn smiled for fans. Mara Quinn waved at photographers.\n\n")


def _cast(text: str) -> set:
    facts = process_article(Article(source="epithet.txt", text=LEAD + text, title="Mara Quinn dazzles at premiere of Night Orchard")).facts
    return {(f.subject, f.object, f.qualifiers.get("character")) for f in facts if f.predicate == "cast_member"}


def test_the_actress_plays_a_role_of_the_main_film():
    assert ("Night Orchard", "Mara Quinn", "Lila Moss") in _cast("The actress plays the main character Lila Moss.\n")


def test_the_actress_reprises_her_role():
    assert ("Night Orchard", "Mara Quinn", "Lila Moss") in _cast("The actress, 35, will reprise her role as Lila Moss.\n")


def test_a_role_in_an_untitled_other_film_is_no_credit():
    cast = _cast("The actress, 28, played Lila Moss, the first agent, in three dramas.\n")
    assert not any(c == "Lila Moss" for _, _, c in cast)


def test_a_costar_after_the_epithet_is_cast_too():
    cast = _cast("The 29-year-old actress stars opposite Theo Blackwood, 31, in the film.\n")
    assert ("Night Orchard", "Theo Blackwood", None) in cast
