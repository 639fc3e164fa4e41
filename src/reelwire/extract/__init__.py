"""Extraction: from an analysed article to Facts, each with its evidence sentence and rule."""

from __future__ import annotations

from spacy.tokens import Doc

from reelwire.extract import credits, events, franchise, quotes, release, studio
from reelwire.extract.build import build_facts
from reelwire.extract.engine import Context, apply_rules
from reelwire.extract.masking import mask_sentence
from reelwire.extract.postprocess import tidy
from reelwire.model import Article, Fact, TimeValue
from reelwire.extract.mentions import collect_mentions
from reelwire.resolve.inarticle import resolve_mentions

ALL_RULES = credits.RULES + studio.RULES + release.RULES + franchise.RULES + events.RULES + quotes.RULES

__all__ = ["ALL_RULES", "extract_facts"]


def extract_facts(article: Article, doc: Doc, times: list[TimeValue]) -> list[Fact]:
    mentions, main = resolve_mentions(collect_mentions(doc, times), article.title)
    main_mention = next((m for m in mentions if m.kind == "FILM" and m.canonical == main), None)
    franchises = {m.canonical for m in mentions if m.kind == "FRAN"}
    outlets = _outlets(doc.text, mentions)
    ctx = Context(main_mention, article.published, franchises)
    facts: list[Fact] = []
    index = 0
    for sent in doc.sents:
        inside = [m for m in mentions if sent.start_char <= m.start and m.end <= sent.end_char]
        masked = mask_sentence(doc.text, sent.start_char, sent.end_char, inside, index)
        index += len(inside)
        for rule, match, slots in apply_rules(ALL_RULES, masked, ctx):
            facts.extend(build_facts(rule, match, slots, masked, ctx, outlets))
    return tidy(facts)


def _outlets(text: str, mentions) -> set[str]:
    """Companies the article quotes as publications ("told CNN") are outlets, not studios."""
    import re

    names = set()
    for m in mentions:
        if m.kind == "ORG" and re.search(r"(?:told|tells|according to|interview with|speaking to|reported by)\s+$",
                                         text[max(0, m.start - 30):m.start]):
            names.add(m.canonical)
    return names
