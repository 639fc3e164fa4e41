"""Release and box-office phrasings of British and American news, end to end on invented articles."""

from __future__ import annotations

from datetime import date

from reelwire.model import Article
from reelwire.process import process_article

_INTRO = "Mara Quinn stars in the comedy Night Orchard.\n\n"


def _facts(text: str, published: date | None = date(2020, 9, 17)) -> list[dict]:
    result = process_article(Article(source="phrasings.txt", text=_INTRO + text, published=published))
    return [f.as_prediction(result.article.name) for f in result.facts]


def _has(facts: list[dict], **expected) -> bool:
    return any(all(f.get(k) == v for k, v in expected.items()) for f in facts)


def test_is_released_on_a_day_lies_ahead():
    # published Thursday 2020-09-17: "is released on Friday" is the next day, "23 October" this year's
    facts = _facts("Night Orchard, which is released on Friday, stars Mara Quinn.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-09-18", status="scheduled")
    facts = _facts("Night Orchard is released in UK cinemas on 23 October.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-10-23", status="scheduled", region="GB")


def test_is_out_and_due_out():
    facts = _facts("Night Orchard is out in UK cinemas on Friday.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-09-18", status="scheduled", medium="theatrical")
    facts = _facts("Its sequel Copper Rain is due out in 2021.")
    assert _has(facts, p="release_date", s="Copper Rain", o="2021", status="scheduled")


def test_several_films_due_out_are_no_one_release():
    facts = _facts("The next two Night Orchard films, due out in 2026 and 2027, are in the works.")
    assert not [f for f in facts if f["p"] == "release_date"]


def test_brought_to_theaters_across_the_country_this_weekend():
    facts = _facts("Harbor Pictures brings its thriller Night Orchard to theaters across the country this weekend.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-W38-WE", medium="theatrical")


def test_being_released_by_a_company():
    facts = _facts("Night Orchard is being released by Harbor Pictures in October.")
    assert _has(facts, p="studio", s="Night Orchard", o="Harbor Pictures")


def test_opening_weekend_after_the_amount():
    facts = _facts("Night Orchard took $40m (£30m) at the US box office over its opening weekend.")
    assert _has(facts, p="box_office", s="Night Orchard", o="40000000 USD", period="opening_weekend")
    facts = _facts("Night Orchard has made £4.4m to date at the box office.")
    assert _has(facts, p="box_office", s="Night Orchard", o="4400000 GBP", period="total")


def test_available_to_stream_or_rent_from_a_day():
    facts = _facts("Night Orchard will then be available to stream on Streamly from October 4.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-10-04", medium="streaming", status="scheduled")
    facts = _facts("Night Orchard is available to rent from Friday.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-09-18", medium="home", status="scheduled")


def test_screened_on_a_channel():
    facts = _facts("Night Orchard will be screened on Streamly on Sunday.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-09-20", medium="tv", status="scheduled")


def test_coming_to_theaters_on_a_day():
    facts = _facts("Mara Quinn reminded her fans that Night Orchard would be coming to theaters on Friday.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-09-18", medium="theatrical", status="scheduled")


def test_managed_to_amass_and_its_total():
    facts = _facts("Mara Quinn's forgettable 2004 sequel Copper Rain managed to amass $60 million at the global box office.")
    assert _has(facts, p="box_office", s="Copper Rain", o="60000000 USD")
    facts = _facts("Night Orchard's success on DVD outstripped its $74m (£40m) US box office total.")
    assert _has(facts, p="box_office", s="Night Orchard", o="74000000 USD", region="US")


def test_a_forecast_mark_is_no_gross():
    facts = _facts("Globally, Night Orchard took $443 million, ensuring it will easily sail past the $1 billion mark.")
    assert _has(facts, p="box_office", s="Night Orchard", o="443000000 USD")
    assert not _has(facts, p="box_office", o="1000000000 USD")


def test_set_for_release_on_a_service():
    facts = _facts("Night Orchard, which also stars Theo Blackwood, is set for release on Streamly this December.")
    assert _has(facts, p="studio", s="Night Orchard", o="Streamly")


def test_company_which_released_the_title():
    # the title first named without its article: the later "The" stays outside the mention
    facts = _facts('Theo Blackwood stars in the drama Copper Rain.\n\n'
                   '"It was fun," said Dana Holt, head of distribution for Harbor Pictures, which released The Copper Rain.')
    assert _has(facts, p="studio", s="Copper Rain", o="Harbor Pictures")


def test_airs_on_a_day_on_a_channel():
    facts = _facts("Night Orchard airs Sunday on Streamly.")
    assert _has(facts, p="studio", s="Night Orchard", o="Streamly")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-09-20", status="scheduled")


def test_company_hyphen_distributed_and_commissioned_by():
    facts = _facts("Critics praised the Streamly-produced drama Night Orchard.")
    assert _has(facts, p="studio", s="Night Orchard", o="Streamly")
    facts = _facts("Thirteen episodes of Night Orchard have been commissioned by cable channel Streamly.")
    assert _has(facts, p="studio", s="Night Orchard", o="Streamly")


def test_released_on_a_day_on_a_service():
    facts = _facts("Night Orchard will be released on October 23 on Streamly.")
    assert _has(facts, p="studio", s="Night Orchard", o="Streamly")


def test_company_is_moving_or_secured_rights():
    facts = _facts("Variety reported that distributor Harbor Pictures is moving Night Orchard to an undisclosed date.")
    assert _has(facts, p="studio", s="Night Orchard", o="Harbor Pictures")
    facts = _facts("In July, Harbor Pictures secured the North American distribution rights to Mara Quinn's comedy Copper Rain.")
    assert _has(facts, p="studio", s="Copper Rain", o="Harbor Pictures")


def test_followed_by_another_country():
    facts = _facts("Night Orchard will open in the US on October 3, followed by the UK on October 10.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-10-03", status="scheduled", region="US")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-10-10", status="scheduled", region="GB")


def test_status_reads_the_words_before_its_own_date():
    facts = _facts("Night Orchard, which first premiered at a festival in January, is set to be released in the US on December 18.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-12-18", status="scheduled")


def test_in_cinemas_and_on_a_service_from_a_day():
    facts = _facts("Night Orchard is in cinemas and on Streamly from Friday.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-09-18", medium="theatrical", status="scheduled")


def test_words_between_the_service_and_the_date():
    facts = _facts("The Mara Quinn film Night Orchard is launching on Streamly in the UK and Ireland on October 2.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-10-02", medium="streaming", status="scheduled")


def test_premiere_some_time_in_a_year():
    facts = _facts("Mara Quinn's cut of Night Orchard will premiere some time in 2021 on a new service.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2021", status="scheduled")


def test_a_word_between_title_and_verb():
    facts = _facts("Night Orchard finally hits Streamly on Oct. 7.")
    assert _has(facts, p="release_date", s="Night Orchard", o="2020-10-07", medium="streaming")
