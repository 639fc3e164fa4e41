"""Award lists: a category heading followed by one nominee a line.

Nomination and winner lists are not prose, so sentence rules miss them:

    ### Outstanding lead actress in a drama series
    Mara Quinn, “Night Orchard”
    Dana Holt, “Copper Rain”

A heading names a category ("Best ...", "Outstanding ..."); each line under it is a title in quotes,
or a name, a comma and a title. Every line gives an award fact (nominated, or won when the line or
the heading says winner) for the article's main award, and the credit the category rewards
(actor/actress → cast, directing → director, writing → screenwriter).
"""

from __future__ import annotations

import re

from reelwire.extract.build import _credit_of_category
from reelwire.model import Evidence, Fact
from reelwire.resolve.inarticle import Mention

HEADING = re.compile(r"^\s*(?:#{1,6}\s*)?(?P<category>(?:[Bb]est|[Oo]utstanding|BEST|OUTSTANDING)\b[^.!?\n]{3,90}?)\s*:?\s*$")
_Q = "[“”\"‘’']"
ITEM = re.compile(
    rf"^\s*(?:[-*•]\s*)?(?:(?P<name>[A-Z][\w.’'-]*(?: [\w.’'-]+){{0,4}}?)\s*,\s*)?{_Q}\s*(?P<title>[^“”\"\n]{{1,80}}?)\s*{_Q}(?!s\b)"
    rf"\s*(?P<tail>.*)$")
WINNER = re.compile(r"\b(?:winner|won|wins)\b", re.I)
#: Words in the article that make its lists nominations or winners of an award.
LIST_CONTEXT = re.compile(r"\b(?:nominees?|nominations?|nominated|winners?|shortlist(?:ed)?)\b", re.I)


def list_facts(text: str, award: Mention | None) -> list[Fact]:
    if award is None or not LIST_CONTEXT.search(text):
        return []
    facts: list[Fact] = []
    category = None
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\n")
        if not body.strip():
            continue
        heading = HEADING.match(body)
        if heading and not ITEM.match(body):
            category = heading.group("category").strip().lower()
            continue
        item = ITEM.match(body)
        if item is None or category is None:
            if not item:
                category = None if len(body.split()) > 12 else category
            continue
        title = re.sub(r"\s+", " ", item.group("title")).strip(" ,.")
        if not title or not title[0].isupper():
            continue
        outcome = "won" if WINNER.search(item.group("tail") or "") or WINNER.search(category) else "nominated"
        evidence = Evidence(start, start + len(body), body)
        name = item.group("name")
        if name:
            name = name.strip()
            facts.append(_fact("award", name, award.canonical, evidence, "person", "award",
                               {"category": category, "outcome": outcome, "film": title}))
            credit = _credit_of_category(category)
            if credit:
                facts.append(_fact(credit, title, name, evidence, "series" if "series" in category else "film", "person", {}))
        else:
            facts.append(_fact("award", title, award.canonical, evidence, "series" if "series" in category else "film",
                               "award", {"category": category, "outcome": outcome}))
    return facts


def _fact(p, s, o, evidence, s_type, o_type, quals) -> Fact:
    return Fact(predicate=p, subject=s, object=o, evidence=evidence, rule="lists.category_heading",
                subject_type=s_type, object_type=o_type, qualifiers=quals, confidence=0.7)
