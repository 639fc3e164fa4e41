"""An event is dated by the day the sentence gives it, after an event verb or an event noun."""

from __future__ import annotations

from datetime import date

from reelwire.model import Article
from reelwire.process import process_article


def _events(text: str) -> set[tuple]:
    article = Article(source="events.txt", text=text, published=date(2026, 3, 14))  # a Saturday
    return {(f.subject, f.object, f.qualifiers["type"]) for f in process_article(article).facts if f.predicate == "event"}


def test_a_time_of_day_dates_the_event_by_its_day():
    events = _events("The film Copper Rain stars Lena Marsh. Lena Marsh dazzled on the red carpet "
                     "for the Copper Rain premiere on Thursday night.")
    assert ("Copper Rain", "2026-03-12", "premiere") in events


def test_the_date_after_the_event_noun_and_its_film_dates_the_trailer():
    events = _events("The film Copper Rain stars Lena Marsh. Meridian Films dropped a new trailer for Copper Rain on Friday.")
    assert ("Copper Rain", "2026-03-13", "trailer_release") in events


def test_a_date_far_from_the_event_word_does_not_date_it():
    events = _events("The film Copper Rain stars Lena Marsh. The trailer for Copper Rain shows the detective's "
                     "first case, which the story places in the winter of 1985.")
    assert all(value != "1985" for _, value, _ in events)


def _delay_sentences(text: str) -> list[str]:
    article = Article(source="events.txt", text=text, published=date(2026, 3, 14))
    return [f.evidence.text for f in process_article(article).facts
            if f.predicate == "event" and f.qualifiers["type"] == "delay"]


def test_a_delay_names_what_is_delayed():
    assert _delay_sentences("The film Copper Rain stars Lena Marsh. Copper Rain is being pushed back by a year. "
                            "The court delayed the actor's trial until June. She felt her character was pushed to the side.") \
        == ["Copper Rain is being pushed back by a year."]


def test_no_delay_without_a_film_or_its_release():
    assert not _delay_sentences("The film Copper Rain stars Lena Marsh. Its success pushed the studio past $1 billion. "
                                "Lena Marsh asked for the hearing to be postponed.")
