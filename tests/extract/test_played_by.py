"""Who plays a role, in brackets or after a description: "Max Crane (played by Theo Blackwood)"."""

from __future__ import annotations

from reelwire.model import Article
from reelwire.process import process_article


def _cast(text: str) -> set:
    facts = process_article(Article(source="played.txt", text=text)).facts
    return {(f.subject, f.object, f.qualifiers.get("character")) for f in facts if f.predicate == "cast_member"}


def test_a_bracket_never_names_a_credit_films_actor():
    text = ("The series Night Orchard starts filming. The series Night Orchard stars Mara Quinn. Night Orchard is due in May.\n\n"
            "The series is headed by Harbor Lights director Ana Ruiz, and sees Max Crane (played by Theo Blackwood) "
            "set up his post.\n")
    cast = _cast(text)
    assert not any(s == "Harbor Lights" for s, _, _ in cast)


def test_a_bracket_in_a_sentence_without_titles_is_the_main_films():
    text = ("The series Night Orchard starts filming. The series Night Orchard stars Mara Quinn. Night Orchard is due in May.\n\n"
            "The trailer sees Max Crane (played by Theo Blackwood) set up his post.\n")
    assert ("Night Orchard", "Theo Blackwood", "Max Crane") in _cast(text)


def test_a_film_before_the_bracket_is_its_subject():
    text = ("The film Night Orchard opens in May. Night Orchard stars Mara Quinn.\n\n"
            "In the original film “Harbor Lights” the main characters (played by Theo Blackwood and Dana Holt) were spouses.\n")
    cast = _cast(text)
    assert ("Harbor Lights", "Theo Blackwood", None) in cast and ("Harbor Lights", "Dana Holt", None) in cast


def test_a_credit_before_the_actor_is_no_role_of_that_film():
    text = ("The series Night Orchard starts filming. The series Night Orchard stars Mara Quinn.\n\n"
            "She meets Lila Moss, played by Harbor Lights star Dana Holt.\n")
    cast = _cast(text)
    assert ("Harbor Lights", "Dana Holt", "Lila Moss") not in cast


def test_a_photo_position_in_brackets_is_no_word_of_the_sentence():
    text = ("The film Night Orchard opens in May. Night Orchard stars Mara Quinn.\n\n"
            "Team: Theo Blackwood (pictured) portrays Max Crane in Night Orchard.\n")
    assert ("Night Orchard", "Theo Blackwood", "Max Crane") in _cast(text)
