"""A speaker who talked to one outlet said their other quoted words in the article to it too."""

from __future__ import annotations

from datetime import date

from reelwire.model import Article
from reelwire.process import process_article


def _quotes(text: str) -> set[tuple]:
    article = Article(source="quotes.txt", text=text, published=date(2026, 3, 14))
    return {(f.subject, f.qualifiers.get("outlet"), f.evidence.text) for f in process_article(article).facts
            if f.predicate == "quote"}


def test_an_outlet_named_once_carries_to_the_speakers_later_quotes():
    quotes = _quotes("The film Copper Rain opens in May. Lena Marsh previously told Screen Weekly the shoot was hard. "
                     "“We froze every night,” Marsh said. “It was worth it,” Marsh added.")
    assert {(who, outlet) for who, outlet, _ in quotes} == {("Lena Marsh", "Screen Weekly")}


def test_the_publication_is_the_outlet_named_last():
    quotes = _quotes("The film Copper Rain opens in May. Owen Pryce spoke to the Harbor Gazette in 2020 about the role. "
                     "“I was not the first choice,” Pryce told the publication.")
    assert ("Owen Pryce", "Harbor Gazette") in {(who, outlet) for who, outlet, _ in quotes}


def test_words_posted_elsewhere_keep_no_outlet():
    quotes = _quotes("The film Copper Rain opens in May. Lena Marsh told Screen Weekly the shoot was hard. "
                     "“I am thrilled,” Marsh wrote on Instagram.")
    assert ("Lena Marsh", None, "“I am thrilled,” Marsh wrote on Instagram.") in quotes


def test_a_speaker_who_talked_to_two_outlets_gets_none_carried():
    quotes = _quotes("The film Copper Rain opens in May. Lena Marsh told Screen Weekly the shoot was hard, and she "
                     "told the Harbor Gazette it was worth it. “We froze,” Marsh said.")
    assert ("Lena Marsh", None, "“We froze,” Marsh said.") in quotes


def _speakers(text: str) -> set[str]:
    return {who for who, _, _ in _quotes(text)}


def test_a_pronoun_speaks_for_the_person_the_previous_sentence_opened_with():
    assert "Lena Marsh" in _speakers("The film Copper Rain opens in May. Lena Marsh arrived in a green dress. "
                                     "“I am so thrilled,” she said on accepting her award.")


def test_the_end_of_a_quote_that_opened_earlier_is_not_given_to_a_pronoun():
    speakers = _speakers("The film Copper Rain opens in May. Owen Pryce wrote the songs. “He sang it at parties. "
                         "He never stopped singing it,” she said.")
    assert "Owen Pryce" not in speakers


def test_a_pronoun_after_a_sentence_about_someone_else_is_not_the_articles_person():
    speakers = _speakers("Copper Rain star Lena Marsh died in 1980. Copper Rain opens in May. Mr Tom Vale, a friend of "
                         "the family, helped the makers. “They want the real story,” he said.")
    assert "Lena Marsh" not in speakers


def test_quoted_words_inside_a_report_of_speech_are_the_speakers():
    assert "Owen Pryce" in _speakers("The film Copper Rain opens in May. Owen Pryce said he made the film because he "
                                     "\"wanted to show people we never see\".")
