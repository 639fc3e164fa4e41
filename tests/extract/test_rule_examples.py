"""Every extraction rule's examples match it, and its counter-examples do not, through the real pipeline.

An example sentence is analysed exactly as an article would be (spaCy, reelwire's components, the
time recogniser against a fixed publication date), masked, and the one rule is applied. Articles name
their films and people with cues somewhere else; a short paragraph in front of every example plays
that part (a rule matching inside that paragraph does not count), so that examples can use the
invented names of the test articles: the film Night Orchard, the people Mara Quinn, Theo Blackwood,
Dana Holt, Ana Ruiz and Sam Lee, the companies Harbor Pictures and Streamly.
"""

from __future__ import annotations

from datetime import date

import pytest

from reelwire.extract import ALL_RULES, _sentence_subject, main_award, main_person
from reelwire.extract.awards import headline_person
from reelwire.extract.engine import Context, apply_rules
from reelwire.extract.masking import mask_sentence
from reelwire.extract.mentions import collect_mentions
from reelwire.model import Article
from reelwire.nlp import load_pipeline
from reelwire.resolve.inarticle import resolve_mentions
from reelwire.timex import find_times

PUBLISHED = date(2024, 9, 26)
CONTEXT = ("Reporters met the cast of the film Night Orchard and the movie Harbor Lights, starring Mara Quinn, "
           "Theo Blackwood, Dana Holt, Ana Ruiz and Sam Lee, with the studios Harbor Pictures and Streamly.\n\n")


def _matches(rule, example: str) -> bool:
    text = CONTEXT + example
    article = Article(source="example.txt", text=text, published=PUBLISHED)
    doc = load_pipeline()(text)
    mentions, main = resolve_mentions(collect_mentions(doc, find_times(text, PUBLISHED)), None, text)
    main_mention = next((m for m in mentions if m.kind == "FILM" and m.canonical == main), None)
    ctx = Context(main_mention, article.published, {m.canonical for m in mentions if m.kind == "FRAN"},
                  main_award(mentions, text), main_person(mentions, text[:300]))
    ctx.headline_person = headline_person(mentions, text[:300])
    index = 0
    for sent in doc.sents:
        inside = [m for m in mentions if sent.start_char <= m.start and m.end <= sent.end_char]
        masked = mask_sentence(doc.text, sent.start_char, sent.end_char, inside, index)
        index += len(inside)
        if sent.start_char >= len(CONTEXT) and apply_rules([rule], masked, ctx):
            return True
        # who "he"/"she" is in the next sentence, as extract_facts keeps it
        ctx.previous_subject, ctx.previous_gender = _sentence_subject(masked, ctx.previous_subject, ctx.previous_gender)
        ctx.previous_people = {m.canonical for m in masked.of_kind("PER")}
    return False


EXAMPLES = [pytest.param(r, e, id=f"{r.name}:{i}") for r in ALL_RULES for i, e in enumerate(r.examples)]
COUNTERS = [pytest.param(r, e, id=f"{r.name}:not{i}") for r in ALL_RULES for i, e in enumerate(r.counter_examples)]


def test_every_rule_has_an_example():
    assert [r.name for r in ALL_RULES if not r.examples] == []


def test_rule_names_are_unique():
    names = [r.name for r in ALL_RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("rule", "text"), EXAMPLES)
def test_example_matches(rule, text):
    assert _matches(rule, text), f"{rule.name} does not match its example {text!r}"


@pytest.mark.parametrize(("rule", "text"), COUNTERS)
def test_counter_example_does_not_match(rule, text):
    assert not _matches(rule, text), f"{rule.name} matches its counter-example {text!r}"
