"""A name titled by a rank ("DI Kate Vane", "Supt Ted Holt") is a role's, never an actor's: "Actor (DI Role)"
puts the actor first, and "led by Supt Role [Actor]" credits no one with the role's name."""

from __future__ import annotations

from datetime import date

from reelwire.model import Article
from reelwire.process import process_article


def _cast(text: str) -> set[tuple]:
    article = Article(source="ranks.txt", text=text, published=date(2026, 3, 14))
    return {(f.object, f.qualifiers.get("character")) for f in process_article(article).facts if f.predicate == "cast_member"}


def test_the_actor_comes_first_when_the_bracket_holds_a_ranked_role():
    cast = _cast("The series Harbor Lane returns on Sunday. Mara Quinn (DI Kate Vane) and Theo Blackwood "
                 "(DS Steve Holt) are back.")
    assert ("Mara Quinn", "Kate Vane") in cast and ("Theo Blackwood", "Steve Holt") in cast
    assert not any(actor.startswith(("DI ", "DS ")) for actor, _ in cast), cast


def test_a_role_in_brackets_without_a_rank_still_reads_character_then_actor():
    assert ("Mara Quinn", "Lila Moss") in _cast("The film Night Orchard is out. The trailer shows Lila Moss's "
                                                 "(Mara Quinn) golden armor.")


def test_a_ranked_role_is_no_actor():
    cast = _cast("The series Harbor Lane returns on Sunday. It follows the unit led by Supt Ted Holt [Dana Holt]. "
                 "Harbor Lane stars Supt Ted Holt.")
    assert not any(actor.startswith("Supt ") for actor, _ in cast), cast
