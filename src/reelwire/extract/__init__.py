"""Fact extraction: from an analysed article to Facts, each with its evidence sentence and rule."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from reelwire.extract import awards, based_on, box_office, credits, events, franchise, quotes, release, studio
from reelwire.extract.build import build_facts
from reelwire.extract.engine import UNTITLED_FILM, Context, apply_rules
from reelwire.extract.lists import list_facts
from reelwire.extract.masking import mask_sentence
from reelwire.extract.postprocess import tidy
from reelwire.model import Article, Fact, TimeValue
from reelwire.extract.mentions import collect_mentions
from reelwire.resolve.inarticle import is_credit_aside, resolve_mentions
from reelwire.nlp.textscan import doc_text

ALL_RULES = (credits.RULES + studio.RULES + release.RULES + franchise.RULES + events.RULES + quotes.RULES
             + box_office.RULES + awards.RULES + based_on.RULES)

__all__ = ["ALL_RULES", "extract_facts", "main_award", "main_person"]


def extract_facts(article: Article, doc: Doc, times: list[TimeValue]) -> list[Fact]:
    text = doc_text(doc)  # Doc.text joins every token: read it once, not once per sentence
    mentions, main = resolve_mentions(collect_mentions(doc, times), article.title, text)
    main_mention = next((m for m in mentions if m.kind == "FILM" and m.canonical == main), None)
    franchises = {m.canonical for m in mentions if m.kind == "FRAN"}
    outlets = _outlets(text, mentions)
    ctx = Context(main_mention, article.published, franchises, main_award(mentions, text),
                  main_person(mentions, (article.title or "") + " " + text[:300]))
    ctx.headline_person = awards.headline_person(mentions, article.title)
    ctx.original_film = original_film(main_mention, mentions)
    ctx.main_gender = _gender_of(ctx.main_person, mentions, text)
    facts: list[Fact] = []
    index = 0
    within = _Within(mentions)
    interviews = quotes.Interviews()
    for sent in doc.sents:
        inside = within(sent.start_char, sent.end_char)
        masked = mask_sentence(text, sent.start_char, sent.end_char, inside, index)
        index += len(inside)
        for rule, match, slots in apply_rules(ALL_RULES, masked, ctx):
            facts.extend(build_facts(rule, match, slots, masked, ctx, outlets))
        interviews.read(masked, ctx)
        ctx.focus_award = awards.focus_after(masked, ctx.focus_award)
        # "The film stars X" right after a sentence about one other title means that title; not a title named
        # only as someone's credit ("Mara Quinn, 22, of Night Orchard").
        films = {m.canonical: m for m in inside if m.kind == "FILM" and not is_credit_aside(text, m)}
        ctx.previous_film = next(iter(films.values())) if len(films) == 1 else None
        ctx.untitled_before = not films and bool(UNTITLED_FILM.search(masked.masked))
        ctx.others_before = bool(films) and (ctx.main_film is None or ctx.main_film.canonical not in films)
        ctx.previous_subject, ctx.previous_gender = _sentence_subject(masked, ctx.previous_subject, ctx.previous_gender)
        ctx.previous_people = {m.canonical for m in masked.of_kind("PER")}
        if (ctx.previous_subject is not None and ctx.previous_gender is None and ctx.main_person is not None
                and any(m.canonical == ctx.main_person.canonical for m in masked.of_kind("PER"))):
            ctx.previous_subject = None  # "X directed Mara Quinn in Y. She...": the article's person is as likely
    facts.extend(list_facts(text, ctx.main_award))
    return tidy(quotes.share_outlets(facts, interviews))


def original_film(main, mentions):
    """The film "the original film" means: the title the main film's title extends ("Night Orchard" for
    "Night Orchard 2" or "Night Orchards"), or the main film when another title extends it; else None."""
    if main is None:
        return None
    titles = {m.canonical: m for m in mentions if m.kind == "FILM"}
    base = [m for n, m in titles.items() if n != main.canonical and main.canonical.startswith(n) and len(n) >= 4]
    if base:
        return max(base, key=lambda m: len(m.canonical))
    if any(n != main.canonical and n.startswith(main.canonical) for n in titles):
        return main
    return None


class _Within:
    """The mentions inside [start, end), in the article's order: a bisection over mentions sorted by
    start instead of a scan of every mention per sentence (quadratic on long articles)."""

    def __init__(self, mentions):
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.sorted = all(a <= b for a, b in zip(self.starts, self.starts[1:]))

    def __call__(self, start: int, end: int) -> list:
        if not self.sorted:
            return [m for m in self.mentions if start <= m.start and m.end <= end]
        lo, hi = bisect_left(self.starts, start), bisect_right(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]


_OPENING_PERSON = re.compile(r"^(?:[\w' -]{1,30}: )?(?:(?:The |[Ll]ate |[Aa]ctor |[Aa]ctress |[Ss]tar |[Dd]irector )?)(⟦PER\d+⟧)(?!['’])")
_OPENING_PRONOUN = re.compile(r"^(?:[\w' -]{1,30}: )?(?:(?!⟦PER)[^\s\"“”]+,? ){0,6}?(?:He|She|he|she)\b")


def pronoun_gender(text: str) -> str | None:
    """"m" or "f" from the first personal pronoun of a text, None without one."""
    hit = re.search(r"\b(he|his|him|himself|she|her|hers|herself)\b", text, re.I)
    return None if hit is None else ("f" if hit.group(1).lower() in {"she", "her", "hers", "herself"} else "m")


def _gender_of(person, mentions, text: str) -> str | None:
    """The gender the pronouns right after a person's mentions give ("Mara Quinn said she..."), by majority."""
    if person is None:
        return None
    from collections import Counter

    votes = Counter()
    for m in mentions:
        if m.kind == "PER" and m.canonical == person.canonical:
            gender = pronoun_gender(re.split(r"[.!?\n]", text[m.end:m.end + 120])[0])
            if gender:
                votes[gender] += 1
    ranked = votes.most_common()
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _sentence_subject(masked, previous, gender):
    """The person a sentence opens with ("Dana Holt died in 2017. He was..."), with the gender its pronouns
    give; a sentence that opens with a pronoun keeps the one before it; any other sentence has none."""
    opener = _OPENING_PERSON.match(masked.masked)
    if opener and opener.group(1) in masked.mentions:
        return masked.mentions[opener.group(1)], pronoun_gender(masked.masked[opener.end():])
    if _OPENING_PRONOUN.match(masked.masked) and not masked.of_kind("PER"):
        own = pronoun_gender(masked.masked)
        if previous is not None and gender is not None and own is not None and own != gender:
            return None, None  # "Dana Holt directed his mother. Her career began...": someone else
        return previous, gender or own
    return None, None


def main_person(mentions, lead: str = ""):
    """The person an article is about: the one its headline (or first line) opens with, named at least three
    times; else one in its headline or first lines, named at least three times and twice as often as anyone else."""
    from collections import Counter

    counts = Counter(m.canonical for m in mentions if m.kind == "PER" and " " in m.canonical)
    for m in mentions:
        if m.kind == "PER" and " " not in m.canonical:
            full = [n for n in counts if n.endswith(" " + m.canonical) or n.startswith(m.canonical + " ")]
            if len(full) == 1:
                counts[full[0]] += 1
    # "Mara Quinn pays tribute to ...": a headline that opens with a person named at least three times.
    opening = lead.lstrip("‘'\"“ ")
    for name, n in counts.most_common():
        if n >= 3 and opening.startswith(name) and not opening[len(name):len(name) + 1].isalnum():
            return next(m for m in mentions if m.kind == "PER" and m.canonical == name)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    if lead and ranked[0][0].split()[-1] not in lead:
        return None
    return next(m for m in mentions if m.kind == "PER" and m.canonical == ranked[0][0])


def main_award(mentions, text: str):
    """The award an article is about: named in its first lines, a full name ("... Awards") over a nickname."""
    awards = [m for m in mentions if m.kind == "AWD"]
    if not awards:
        return None
    import re
    from collections import Counter

    counts = Counter(m.canonical for m in awards)
    lead = text[:400]
    def score(m):
        full = bool(re.search(r"(?:Awards?|Festival|Prizes?)$", m.canonical, re.I))
        return counts[m.canonical] + (3 if m.canonical in lead else 0) + (2 if full else 0)
    return max(awards, key=lambda m: (score(m), -m.start))


def _outlets(text: str, mentions) -> set[str]:
    """Companies the article quotes as publications ("told CNN") are outlets, not studios."""
    import re

    names = set()
    for m in mentions:
        if m.kind == "ORG" and re.search(r"(?:told|tells|according to|interview with|speaking to|reported by)\s+$",
                                         text[max(0, m.start - 30):m.start]):
            names.add(m.canonical)
    return names
