"""Studio, release and box-office phrasings of real news, end to end on invented articles."""

from __future__ import annotations

from datetime import date

from reelwire.model import Article
from reelwire.process import process_article


def _facts(text: str, published: date | None = date(2020, 9, 17)) -> list[dict]:
    result = process_article(Article(source="recall.txt", text=text, published=published))
    return [f.as_prediction(result.article.name) for f in result.facts]


def _has(facts: list[dict], **expected) -> bool:
    return any(all(f.get(k) == v for k, v in expected.items()) for f in facts)


def test_company_genre_kind_before_a_title():
    facts = _facts("Mara Quinn was on the talk show to promote her upcoming Streamly comedy horror movie Night Orchard.")
    assert _has(facts, p="studio", s="Night Orchard", o="Streamly")


def test_a_capitalised_first_word_is_no_company():
    facts = _facts("Swashbuckling adventure film Night Orchard saw Mara Quinn win a prize.")
    assert not [f for f in facts if f["p"] == "studio"]


def test_distributed_by_after_which():
    facts = _facts("Mara Quinn stars in the drama Night Orchard.\n\nTheo Blackwood will also feature in the film, "
                   "which will be distributed by Streamly.")
    assert _has(facts, p="studio", s="Night Orchard", o="Streamly")


def test_company_which_released_a_title():
    facts = _facts('"It is fun," said Dana Holt, head of distribution at Harbor Pictures, which released Night Orchard.\n\n'
                   "Mara Quinn starred in the drama Night Orchard.")
    assert _has(facts, p="studio", s="Night Orchard", o="Harbor Pictures")


def test_went_on_to_gross():
    facts = _facts("Mara Quinn starred in the drama Night Orchard.\n\nIt went on to gross $94 million worldwide.")
    assert _has(facts, p="box_office", s="Night Orchard", o="94000000 USD")



def test_the_film_with_three_describing_words_is_the_article_film():
    facts = _facts("Night Orchard is coming to Streamly\n\nMara Quinn stars in the drama Night Orchard.\n\n"
                   "The computer-animated urban fantasy-adventure film was released in cinemas on March 6, 2020.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-03-06", status="released")


def test_a_superlative_film_is_no_reference_to_the_article_film():
    facts = _facts("Night Orchard opens\n\nMara Quinn stars in the drama Night Orchard.\n\n"
                   "Harbor Pictures said Copper Rain had become the highest grossing animated film of all time, "
                   "raking in $1.46 billion at the global box office.")
    assert not _has(facts, p="box_office", s="Night Orchard")


def test_premieres_globally_on_a_service():
    facts = _facts("Mara Quinn stars in the drama Night Orchard.\n\nNight Orchard premieres globally on Streamly October 15.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-10-15")
    assert _has(facts, p="studio", s="Night Orchard", o="Streamly")


def test_company_possessive_before_more_kinds_and_a_release():
    facts = _facts("Mara Quinn stars in the drama Night Orchard.\n\nIt lost the trophy to Streamly's megahit musical Night Orchard.\n\n"
                   "Outlets were told not to cover Harbor Pictures' release of Copper Rain, the film starring Theo Blackwood.")
    assert _has(facts, p="studio", s="Night Orchard", o="Streamly")
