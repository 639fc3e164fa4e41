"""Mentions of an analysed article: people, titles, franchises, companies, awards, times and amounts."""

from __future__ import annotations

from spacy.tokens import Doc

from reelwire.extract.amounts import find_amounts
from reelwire.model import TimeValue
from reelwire.nlp.titles import doc_info
from reelwire.resolve.inarticle import Mention, clean_name

_KIND = {"PERSON": "PER", "TITLE": "FILM", "FRANCHISE": "FRAN", "ORG": "ORG", "AWARD": "AWD"}


def collect_mentions(doc: Doc, times: list[TimeValue]) -> list[Mention]:
    """Entities of the doc, amounts and resolved time values, sorted and without overlaps.

    Amounts win over everything (spaCy's MONEY spans lose the sign or the scale word); titles win
    over time values; time values win over the model's DATE and over other entities.
    """
    kinds = doc_info(doc).title_kinds
    found: list[Mention] = [Mention("MONEY", s, e, doc.text[s:e], doc.text[s:e], value=v) for s, e, v in find_amounts(doc.text)]
    taken = [(m.start, m.end) for m in found]
    titles = [e for e in doc.ents if e.label_ in {"TITLE", "FRANCHISE"}
              and not any(e.start_char < t1 and t0 < e.end_char for t0, t1 in taken)]
    taken += [(e.start_char, e.end_char) for e in titles]
    for tv in times:
        if not any(tv.start < e and s < tv.end for s, e in taken):
            found.append(Mention("DATE", tv.start, tv.end, tv.text, tv.text, value=tv.value))
            taken.append((tv.start, tv.end))
    for ent in titles + [e for e in doc.ents if e.label_ not in {"TITLE", "FRANCHISE"}]:
        kind = _KIND.get(ent.label_)
        if kind is None:
            continue
        if ent.label_ not in {"TITLE", "FRANCHISE"} and any(ent.start_char < e and s < ent.end_char for s, e in taken):
            continue
        name = clean_name(ent.text)
        if not name:
            continue
        sub = kinds.get(ent.text, "film") if kind == "FILM" else ""
        found.append(Mention(kind, ent.start_char, ent.end_char, ent.text, name, sub=sub))
    found.sort(key=lambda m: m.start)
    return found
