"""The award recogniser: award and festival names from the shape and the verbs of award news.

No award is listed by name. A name is found from its head ("... Awards", "... Prize",
"... Film Festival", "the Harbor festival") or from how news uses it: "Lantern-nominated",
"a Lantern nomination", "won a Lantern", "up for a Lantern". Once a string is known as an award,
each of its occurrences, plural and possessive included, is an `AWARD` entity.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from reelwire.nlp.cues import NOT_TITLE_START
from reelwire.nlp.textscan import doc_text

_HEADS = {"award", "awards", "prize", "prizes", "festival"}
_HEAD_MODIFIERS = {"film", "films", "television", "tv", "music", "movie", "international", "book", "drama", "theatre"}
_CONNECTORS = {"of", "and", "&", "for", "de", "du"}
#: Capitalised words that begin a category, not an award ("Best Actor award").
_NOT_AWARD_WORDS = {"Best", "Lifetime", "Achievement", "Outstanding", "Special", "Honorary", "Jury", "Audience", "Grand",
                    # a category's own head word ("Documentary winner Mara Quinn")
                    "Documentary", "Comedy", "Drama", "Picture", "Film", "Actor", "Actress", "Director", "Screenplay",
                    "Song", "Score", "Animated", "Foreign", "Supporting", "Leading", "Newcomer", "Debut", "Series"}

_NICK = r"([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)"
_AFTER_CUES = re.compile(
    _NICK + r"(?:-| )(?:nominated|nominations?|nominee|nominees|winning|winners?|statuettes?|ceremony|telecast|"
    r"voters|race|glory|hopefuls?|contenders?|campaign|night)\b"
    # "an Lantern win", "her second Lantern win": the noun, never the verb ("Briton wins short film prize")
    r"|(?:\b(?:an?|his|her|their|its|first|second|third|fourth|fifth)|['’]s) " + _NICK + r"[- ]wins?\b")
_BEFORE_CUES = re.compile(
    r"\b(?:won|wins|win|winning|received|receives|receive|earned|earns|scooped|scoops|collected|picked up|landed|"
    r"bagged|claimed|took home|up for|nominated for|shared|an honorary|a competitive|lifetime achievement) "
    r"(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|several|\d+|his|her|their|its)(?: first| second| third)? "
    + _NICK + r"(?:s|s')?(?= for| at| in| nominations?| awards?|,|\.| and| as| with| [–—-] |;|:|\)|$)")

#: "an Lantern for best screenplay", "the best actress Lantern", "a short film Lantern": a prize with its category.
_CATEGORY_CUES = re.compile(
    r"\b(?:an?|the|his|her|their|its) " + _NICK + r"s? for (?:best|outstanding)\b"
    r"|\b(?:best|outstanding|short film|documentary|animated feature|foreign language film)"
    r"(?: (?!(?:for|at|in|of|to|with|and|by|from|on)\b)[a-z-]+){1,3} " + _NICK + r"(?![\w-]| [A-Z]|['’])")


def _head_spans(doc: Doc) -> list[Span]:
    spans = []
    for tok in doc:
        if tok.lower_ not in _HEADS:
            continue
        start = tok.i
        while start > tok.sent.start and doc[start - 1].lower_ in _HEAD_MODIFIERS:
            start -= 1
        best = None
        j = start
        while j > tok.sent.start:
            prev = doc[j - 1]
            if prev.text[:1].isupper() and prev.is_alpha and prev.ent_type_ not in {"NORP", "DATE", "CARDINAL", "ORDINAL"}:
                j -= 1
                best = j
            elif (prev.lower_ in {"'s", "’s"} and best is not None and j - 2 >= tok.sent.start
                  and doc[j - 2].text[:1].isupper() and doc[j - 2].is_alpha
                  and doc[j - 2].ent_type_ not in {"PERSON", "GPE", "NORP"}):
                j -= 2  # a possessive inside the name: "the Viewer's Choice Awards"
                best = j
            elif prev.lower_ in _CONNECTORS and best is not None:
                j -= 1
            else:
                break
        if best is None:
            continue
        while best < tok.i and (doc[best].lower_ in _CONNECTORS or doc[best].text in NOT_TITLE_START
                                or doc[best].text in _NOT_AWARD_WORDS or doc[best].is_stop):
            best += 1
        if best >= start:
            continue
        if tok.lower_ in {"award", "prize", "prizes"} and not tok.text[0].isupper():
            continue  # "the Dana Holt prize"-like spans are too rare to beat "the best director prize"
        spans.append(doc[best:tok.i + 1])
    return spans


def _is_people_or_place(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in {"GPE", "NORP", "LANGUAGE", "LOC"} for t in span)


def _nicknames(doc: Doc) -> set[str]:
    names = set()
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    text = doc_text(doc)  # Doc.text joins every token: once, not per pattern
    for pattern in (_AFTER_CUES, _BEFORE_CUES, _CATEGORY_CUES):
        for m in pattern.finditer(text):
            group = next(g for g in range(1, len(m.groups()) + 1) if m.group(g))
            name = m.group(group)
            start = m.start(group)
            words = name.split()
            if len(words) == 2 and (words[0] in NOT_TITLE_START or doc.vocab[words[0].lower()].is_stop or words[0] == "The"):
                name, start = words[1], start + len(words[0]) + 1
            if pattern is _CATEGORY_CUES and (name.split()[-1] in surnames or _is_people_or_place(doc, start, m.end(group))):
                continue  # "best actress Quinn": a person named by surname; "best foreign British film"
            first = name.split()[0]
            if first in NOT_TITLE_START or first in _NOT_AWARD_WORDS or doc.vocab[first.lower()].is_stop:
                continue
            span = doc.char_span(start, m.end(1), alignment_mode="expand")
            # "Lantern-winning": a one-word name hyphenated to a winning/nominated cue is an award even where the
            # model took it for a place ("London winners", "UK nominees" are not awards)
            place_ok = (pattern is _AFTER_CUES and span is not None and len(span) == 1
                        and re.match(r"-(?:winning|winners?|nominated|nominees?)\b", text[m.end(group):]) is not None)
            # "won a Lantern in 1999", "received two Lanterns": no place is won with "a" or counted, so a name
            # the model took for one is the award
            place_ok = place_ok or (pattern is _BEFORE_CUES and re.search(
                r"\b(?:an?|two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:first |second |third )?$",
                text[:m.start(group)]) is not None)
            if span is not None and any((t.ent_type_ == "GPE" and not place_ok) or t.ent_type_ in {"NORP", "LANGUAGE"}
                                        or (t.ent_type_ == "PERSON" and len(span) > 1) for t in span):
                continue
            names.add(re.sub(r"s$", "", name) if name.endswith("s") and not name.endswith("ss") else name)
    return names


def _is_category(ent: Span) -> bool:
    """"Best Actress", "Outstanding Drama Series": a category the model took for a company or a work."""
    return ent.label_ not in {"AWARD", "TITLE", "FRANCHISE"} and ent[0].text in {"Best", "Outstanding"} and len(ent) > 1


def recognise_awards(doc: Doc) -> Doc:
    if any(_is_category(e) for e in doc.ents):
        doc.ents = [e for e in doc.ents if not _is_category(e)]
    spans = _head_spans(doc)
    known = {s.text for s in spans} | _nicknames(doc)
    taken = [False] * len(doc)
    for s in spans:
        for i in range(s.start, s.end):
            taken[i] = True
    text = doc_text(doc)  # Doc.text joins every token: once, not per name
    for name in sorted(known, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?:s|'s|’s)?(?![\w])", text):
            span = doc.char_span(m.start(), m.end(), label="AWARD", alignment_mode="contract")
            if span is None or len(span) == 0 or any(taken[i] for i in range(span.start, span.end)):
                continue
            for i in range(span.start, span.end):
                taken[i] = True
            spans.append(span)
    if spans:
        labelled = [Span(doc, s.start, s.end, label="AWARD") for s in spans]
        keep = [e for e in doc.ents if not any(e.start < a.end and a.start < e.end for a in labelled)]
        doc.ents = filter_spans(labelled + keep)
    return doc
