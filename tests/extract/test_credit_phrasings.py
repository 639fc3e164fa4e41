"""Credits in phrasings news uses for films other than the article's own: a maker's possessive before the title,
a year's possessive, co-stars between the verb and the film, lists of credits, a film-maker named by a film."""

from __future__ import annotations

from reelwire.model import Article
from reelwire.process import process_article


def _credits(text: str, p: str) -> set:
    facts = process_article(Article(source="credits.txt", text=text)).facts
    return {(f.subject, f.object) for f in facts if f.predicate == p}


def test_costars_between_the_verb_and_a_makers_film():
    text = ("The drama Harbor Lights opens next month. Mara Quinn starred alongside Theo Blackwood and Dana Holt in "
            "Ana Ruiz's war drama Night Orchard.\n")
    cast = _credits(text, "cast_member")
    assert {("Night Orchard", "Mara Quinn"), ("Night Orchard", "Theo Blackwood"), ("Night Orchard", "Dana Holt")} <= cast


def test_a_role_in_a_years_film():
    text = ("The drama Harbor Lights opens next month. He played the owner of a mill in 1987's Night Orchard, "
            "Theo Blackwood's first hit. Theo Blackwood said he was proud of it. Theo Blackwood smiled.\n")
    assert ("Night Orchard", "Theo Blackwood") in _credits(text, "cast_member")


def test_several_people_play_in_a_film():
    text = "In the drama Night Orchard, Mara Quinn and Theo Blackwood play an estranged couple who flee a storm.\n"
    cast = _credits(text, "cast_member")
    assert {("Night Orchard", "Mara Quinn"), ("Night Orchard", "Theo Blackwood")} <= cast


def test_an_adverb_before_a_role_and_a_years_film():
    text = "The segment opened with Mara Quinn, who famously played Lila Moss in 1988 film Night Orchard.\n"
    facts = process_article(Article(source="credits.txt", text=text)).facts
    assert [(f.subject, f.object, f.qualifiers.get("character")) for f in facts if f.predicate == "cast_member"] == [
        ("Night Orchard", "Mara Quinn", "Lila Moss")]


def test_the_aged_film_superstar_is_the_articles_person():
    text = ("Theo Blackwood steps out in Beverly Hills\n\nTheo Blackwood went shopping on Monday. Theo Blackwood wore a "
            "blue cap. Theo Blackwood smiled at fans. The 65-year-old Night Orchard superstar looked relaxed.\n")
    assert ("Night Orchard", "Theo Blackwood") in _credits(text, "cast_member")


def test_a_list_of_credits_without_who():
    text = "The drama Night Orchard opens in May. Sam Lee, 45, wrote, directed and starred in the film Harbor Lights.\n"
    assert ("Harbor Lights", "Sam Lee") in _credits(text, "director")
    assert ("Harbor Lights", "Sam Lee") in _credits(text, "screenwriter")
    assert ("Harbor Lights", "Sam Lee") in _credits(text, "cast_member")


def test_a_directors_possessive_film():
    text = ("Ana Ruiz made the film Night Orchard in Spain. A viewer poll saw director Ana Ruiz's martial arts epic "
            "Night Orchard emerge as the favourite.\n")
    assert ("Night Orchard", "Ana Ruiz") in _credits(text, "director")


def test_directed_by_a_film_maker_named_by_another_film():
    text = ("Director Ana Ruiz said she loved the movie Harbor Lights. The film Night Orchard is to be directed by Harbor Lights "
            "film-maker Ana Ruiz.\n")
    assert ("Night Orchard", "Ana Ruiz") in _credits(text, "director")


def test_a_title_taken_for_a_company_is_what_is_directed():
    text = ("Mara Quinn will next be seen in the drama Night Orchard, as well as next year's Harbor Pictures directed by "
            "Ana Ruiz.\n")
    assert ("Night Orchard", "Ana Ruiz") not in _credits(text, "director")


def test_a_dash_aside_who_plays_a_role_in_the_articles_series():
    text = ("The series Night Orchard returns for a fifth season. On Saturday, Theo Blackwood - who plays newspaper editor "
            "Max Crane - shared a snap from the set.\n")
    facts = process_article(Article(source="credits.txt", text=text)).facts
    assert ("Night Orchard", "Theo Blackwood", "Max Crane") in {
        (f.subject, f.object, f.qualifiers.get("character")) for f in facts if f.predicate == "cast_member"}


def test_roles_given_respectively_name_the_cast_but_no_character():
    text = ("The series Night Orchard returns for a fifth season. Co-stars Sam and Theo Blackwood - who play Lila Moss and "
            "Max Crane respectively - were all smiles.\n")
    facts = process_article(Article(source="credits.txt", text=text)).facts
    assert ("Night Orchard", "Theo Blackwood", None) in {
        (f.subject, f.object, f.qualifiers.get("character")) for f in facts if f.predicate == "cast_member"}


def test_people_are_co_starring_in_the_film():
    text = ("The movie Night Orchard starts shooting in London. Mara Quinn, Theo Blackwood and Dana Holt are co-starring "
            "in the film, due for release in May.\n")
    cast = _credits(text, "cast_member")
    assert {("Night Orchard", "Mara Quinn"), ("Night Orchard", "Theo Blackwood"), ("Night Orchard", "Dana Holt")} <= cast


def test_the_flick_brings_together_a_cast():
    text = ("Streamly released the trailer for Night Orchard on Monday. The spooky flick brings together an all-star "
            "ensemble cast including Mara Quinn, Theo Blackwood and Dana Holt.\n")
    cast = _credits(text, "cast_member")
    assert {("Night Orchard", "Mara Quinn"), ("Night Orchard", "Theo Blackwood"), ("Night Orchard", "Dana Holt")} <= cast


def test_a_role_on_a_sitcom():
    text = ("Mara Quinn, who had been catapulted to stardom in 1994 for her role as Lila Moss on the sitcom Night "
            "Orchard, starred in the comedy.\n")
    assert ("Night Orchard", "Mara Quinn") in _credits(text, "cast_member")


def test_starred_with_a_prize_winner_in_a_years_film():
    text = ("Theo Blackwood is no stranger to survival stories. He starred with Lantern winner Mara Quinn in 2017's "
            "Night Orchard.\n")
    assert ("Night Orchard", "Mara Quinn") in _credits(text, "cast_member")


def test_who_previously_helmed_a_film():
    text = ("Director Ana Ruiz spoke on Monday. The horror film Harbor Lights will be directed by Ana Ruiz, who previously "
            "helmed the critically acclaimed possession movie Night Orchard.\n")
    assert ("Night Orchard", "Ana Ruiz") in _credits(text, "director")
