"""Tense read from the words around an expression."""

from __future__ import annotations

import pytest

from reelwire.timex.tense import tense_at


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The film opens Friday.", "future"),
    ("The studio said Friday it had moved the film.", "past"),
    ("On Friday, the studio announced the cast.", "past"),
    ("The trailer is set to debut online sometime Friday.", "future"),
    ("It will be released Friday.", "future"),
    ("It was released Friday.", "past"),
    ("It is released in UK cinemas on Friday.", "future"),
    ("The films are screened Friday.", "future"),
    ("The film is out in UK cinemas on Friday.", "future"),
    ("The film came out Friday.", "past"),
    ("It is available to rent from Friday.", "future"),
    ("The festival ran from Friday.", "past"),
    ("It is set to be released in the US on Friday, followed by the UK a week later.", "future"),
    ("The film has been delayed until Friday.", "future"),
    ("It has been the top film since Friday.", "past"),
    ("Tickets: Friday.", ""),
    ("She is serving her sentence since Friday.", "past"),
    ("“It opens Friday,” the director said.", "future"),
    ("It was originally set to be released Friday.", "near"),
    ("The film was delayed from its scheduled Friday to next month.", "near"),
])
def test_tense(sentence, expected):
    start = sentence.index("Friday")
    assert tense_at(sentence, start, start + len("Friday")) == expected


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    ("Qantas will almost double its flights between Australia and India by August in the search for new "
     "markets untouched by the crisis.", "August", "future"),
    ("Microsoft said it has identified three companies for the China program to run through June.", "June",
     "future"),
    ("On Wednesday, Lionsgate announced the trailer.", "Wednesday", "past"),
])
def test_far_verbs(sentence, word, expected):
    start = sentence.index(word)
    assert tense_at(sentence, start, start + len(word)) == expected


def test_an_opening_is_no_verb():
    sentence = "The film's opening Friday brought in $10 million."
    start = sentence.index("Friday")
    assert tense_at(sentence, start, start + 6) == "past"


def test_a_sentence_opening_date_reads_the_verb_after_it():
    sentence = "In June, The Mail on Sunday newspaper confirmed the casting."
    assert tense_at(sentence, 3, 7) == "past"
