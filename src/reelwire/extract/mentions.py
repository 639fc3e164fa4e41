"""Mentions of an analysed article: people, titles, franchises, companies, awards, times and amounts."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from reelwire.extract.amounts import find_amounts
from reelwire.model import TimeValue
from reelwire.nlp.cues import NOT_TITLE_START
from reelwire.nlp.titles import doc_info
from reelwire.resolve.inarticle import Mention, clean_name
from reelwire.nlp.textscan import doc_text

_KIND = {"PERSON": "PER", "TITLE": "FILM", "FRANCHISE": "FRAN", "ORG": "ORG", "AWARD": "AWD"}


def collect_mentions(doc: Doc, times: list[TimeValue]) -> list[Mention]:
    """Entities of the doc, amounts and resolved time values, sorted and without overlaps.

    Amounts win over everything (spaCy's MONEY spans lose the sign or the scale word); titles win
    over time values; time values win over the model's DATE and over other entities.
    """
    kinds = doc_info(doc).title_kinds
    text = doc_text(doc)  # Doc.text joins every token: once
    found: list[Mention] = [Mention("MONEY", s, e, text[s:e], text[s:e], value=v) for s, e, v in find_amounts(text)]
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
    found.extend(_untagged_companies(text, found))
    found.extend(_spread_companies(text, found))
    found.sort(key=lambda m: m.start)
    return found


#: "the hit Streamly series Night Orchard", "Streamly's beguiling new drama Night Orchard": a name right
#: before a kind of work and a title is the work's company even when the model did not tag it.
_COMPANY_BEFORE_WORK = re.compile(
    r"(?<![\w.-])([A-Z][\w+&!]*(?:[.-][A-Z][\w]*)*(?: [A-Z][\w+&!]*(?:-[A-Z][\w]*)*){0,2})(?:['’]s)? (?:[\w-]+ ){0,3}?"
    r"(?:series|film|movie|show|drama|comedy|documentary|original|thriller|sitcom|miniseries|docuseries|rom-com|"
    r"spin-off|spinoff|mystery|horror|sequel|prequel|blockbuster|feature|animation)s? [\"“‘']?$")
#: nationalities and places ("the Colombian drama", "US film", "Hollywood blockbuster") are no company
_PLACE_OR_PEOPLE = re.compile(r"^(?:[A-Z][a-z]+(?:an|ese|ish|ian|i|ch)|[A-Z]{2,3}|Hollywood|Bollywood|Nollywood|Britain|Europe|Asia|Africa)$")
_NOT_COMPANY = frozenset("The A An Its His Her Their Our Your My This That These Those New Hit Oscar Emmy Korean British American "
                         "French Italian Spanish Indian Japanese Chinese German Irish Australian Canadian".split())


def _untagged_companies(text: str, found: list[Mention]) -> list[Mention]:
    taken = [(m.start, m.end) for m in found]
    out: list[Mention] = []
    names: set[str] = set()
    for m in found:
        if m.kind != "FILM":
            continue
        window_start = max(0, m.start - 80)
        window, pos = text[window_start:m.start], 0
        while (hit := _COMPANY_BEFORE_WORK.search(window, pos)) is not None:
            name, start = hit.group(1), window_start + hit.start(1)
            pos = hit.start(1) + 1  # "The hit Streamly series": a rejected start tries the next word
            if (name.split()[0] in _NOT_COMPANY or name in NOT_TITLE_START or _PLACE_OR_PEOPLE.search(name)
                    or re.search(r"\b(?:of|in|from)\s*$", text[max(0, start - 6):start])
                    or any(start < e and s < start + len(name) for s, e in taken)):
                continue
            names.add(name)
            break
    for name in names:
        for hit in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text):
            if not any(hit.start() < e and s < hit.end() for s, e in taken):
                out.append(Mention("ORG", hit.start(), hit.end(), name, name))
                taken.append((hit.start(), hit.end()))
    return out


def _spread_companies(text: str, found: list[Mention]) -> list[Mention]:
    """A one-word company the model tagged once ("coming to Streamly on May 2") is the company where it left the
    same word untagged ("Streamly has acquired it"); not inside a longer capitalised name ("Mara Streamly")."""
    names = {m.text for m in found if m.kind == "ORG" and re.fullmatch(r"[A-Z][A-Za-z+]{2,}", m.text)
             and m.text not in NOT_TITLE_START and m.text not in _NOT_COMPANY}
    taken = [(m.start, m.end) for m in found]
    out: list[Mention] = []
    for name in names:
        for hit in re.finditer(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-]|\+| [A-Z]| Plus\b)", text):
            if re.search(r"[A-Z][\w.]*\s$", text[max(0, hit.start() - 20):hit.start()]):
                continue  # "Mara Streamly", "J. Streamly": part of a longer name
            if not any(hit.start() < e and s < hit.end() for s, e in taken):
                out.append(Mention("ORG", hit.start(), hit.end(), name, name))
                taken.append((hit.start(), hit.end()))
    return out
