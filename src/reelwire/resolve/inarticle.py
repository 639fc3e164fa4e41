"""In-article resolution: each mention gets the fullest name the article gives it.

"Quinn" and "Mara" point to "Mara Quinn" when exactly one full name in the article ends or
begins with them; "Undertow" points to "Copper Rain: Chapter 3 – Undertow" when it is the
subtitle of exactly one longer title. The article's main film (the one "the film" and "it"
stand for) is the film mentioned most, the headline counting double.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Mention:
    """A span of the article text that names something, with the name it resolves to."""

    kind: str  # PER, FILM, FRAN, ORG, DATE, MONEY
    start: int
    end: int
    text: str
    canonical: str
    value: str = ""  # time value or amount for DATE and MONEY
    sub: str = ""  # film / series for FILM mentions


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def clean_name(text: str) -> str:
    text = _POSSESSIVE.sub("", text.strip())
    return re.sub(r"\s+", " ", text).strip(" ,.;:-–")


def _person_canonical(names: list[str]) -> dict[str, str]:
    full = sorted({n for n in names if len(n.split()) >= 2}, key=len, reverse=True)
    mapping: dict[str, str] = {}
    for name in set(names):
        words = name.split()
        low = name.lower()  # "Min-jun" is the "Park Min-Jun" the article named before
        candidates = [f for f in full if f != name and (f.lower().endswith(" " + low) or f.lower().startswith(low + " "))]
        # Prefer the longest; several different people sharing a surname stay unresolved.
        distinct = {c for c in candidates if not any(c != d and d.endswith(c) for d in candidates)}
        if len(words) <= 2 and len(distinct) == 1:
            mapping[name] = distinct.pop()
        else:
            mapping[name] = name
    return mapping


def _shared_surnames(mentions: list[Mention], text: str) -> dict[int, str]:
    """"Theo and Sam Blackwood" (when the article calls them "the Blackwood brothers"): a given name named once,
    joined by "and" to a full name, shares its surname; a one-word name ("Mara and Theo Blackwood") is left."""
    people = sorted((m for m in mentions if m.kind == "PER"), key=lambda m: m.start)
    alone = Counter(m.canonical for m in people)
    found: dict[int, str] = {}
    for first, second in zip(people, people[1:]):
        words = second.canonical.split()
        if (len(first.canonical.split()) != 1 or alone[first.canonical] != 1 or len(words) != 2
                or not re.fullmatch(r" (?:and|&) ", text[first.end:second.start])):
            continue
        if re.search(r"[A-Z][\w'’-]* $", text[max(0, first.start - 30):first.start]):
            continue  # "Harbor Theo and ...": the given name is not the start of the name
        # only a family the article calls one: "the Blackwood brothers", "the Blackwoods", "..., the brothers"
        family = re.escape(words[1]) + r"(?:s\b| (?:brothers|sisters|twins|siblings)\b)"
        if not (re.search(r"\b" + family, text)
                or re.search(r"\b(?:brothers|sisters|twins|siblings)\b", text[second.end:second.end + 40])):
            continue
        found[first.start] = first.canonical + " " + words[1]
    return found


def _title_canonical(names: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    present = set(names)
    for name in present:
        longer = [t for t in present if t != name and re.search(r"[:–—-]\s*" + re.escape(name) + r"$", t)]
        # "Hitchhiker's" (the possessive cleaned off) for "The Hitchhiker's Guide to the Stars": the title's owner
        longer = longer or [t for t in present if re.match(r"(?:(?:The|A|An) )?" + re.escape(name) + r"['’]s ", t)]
        mapping[name] = longer[0] if len(longer) == 1 else name
        # "Quiet Harbor" where the article also writes "A Quiet Harbor": the title keeps its article
        with_article = [a + " " + name for a in ("A", "An") if a + " " + name in present]
        if mapping[name] == name and len(with_article) == 1:
            mapping[name] = with_article[0]
    return mapping


def resolve_mentions(mentions: list[Mention], headline: str | None = None,
                     text: str | None = None) -> tuple[list[Mention], str | None]:
    """Return mentions with canonical names filled in, and the article's main film (or None)."""
    people = _person_canonical([m.canonical for m in mentions if m.kind == "PER"])
    titles = _title_canonical([m.canonical for m in mentions if m.kind == "FILM"])
    shared = _shared_surnames(mentions, text) if text is not None else {}
    resolved = []
    for m in mentions:
        if m.kind == "PER":
            m = replace(m, canonical=shared.get(m.start) or people.get(m.canonical, m.canonical))
        elif m.kind == "FILM":
            m = replace(m, canonical=titles.get(m.canonical, m.canonical))
        resolved.append(m)
    return resolved, main_film(resolved, headline, text)


#: A title named only as someone's credit: "Mara Quinn, 22, of Night Orchard", "star of Night Orchard",
#: "Mara Quinn (Night Orchard)", "the Night Orchard star". It is that person's work, not what the article is about.
_CREDIT_BEFORE = re.compile(r"(?:\b(?:star|actor|actress|alum|alumnus|veteran|creator)s? of|,\s*\d{1,3},? (?:of|from)|\()"
                            r"\s*(?:the )?[\"“‘']?$")
_CREDIT_AFTER = re.compile(r"^[\"”’']?(?:\)|\s+(?:star|actors?|actress(?:es)?|alum|veteran|favourite|favorite)\b)")  # "X stars Y" is a verb


def is_credit_aside(text: str, mention: Mention) -> bool:
    """The title is named as a person's credit in an aside, not as a subject of the sentence."""
    return is_credit_aside_in(text, mention.start, mention.end)


def is_credit_aside_in(text: str, start: int, end: int) -> bool:
    return bool(_CREDIT_BEFORE.search(text[max(0, start - 30):start]) or _CREDIT_AFTER.search(text[end:end + 12]))


def _lead_end(text: str, headline: str | None) -> int:
    """End of the article's first sentence (after a headline line the text may open with)."""
    start = 0
    body = text.lstrip()
    if headline and body.startswith(headline.strip()):
        start = text.find(headline.strip()) + len(headline.strip())
    while start < len(text) and not text[start].isalnum() and text[start] not in "\"“‘'":
        start += 1
    end = re.search(r"[.!?][\"”’']?(?:\s|$)|\n\s*\n", text[start + 20:])
    return start + 20 + end.end() if end else len(text)


def _headline_parts(name: str, people: set[str], full_names: set[str] = frozenset()) -> list[str]:
    """Distinctive parts of a title a headline may name it by: "Orchard" (The Night Orchard), "Copper Rain"
    (Copper Rain: Undertow); never a part of "A & B", a person's name or a short word. The title's whole name
    without its article ("Lantern" for "The Lantern") may also be a one-word "person" (the title character
    the article names alone), not a word of anyone's full name (`full_names`)."""
    if re.search(r" (?:&|and) ", name):
        return []
    main, _, _sub = name.partition(":")
    words = re.sub(r"^(?:The|A|An) ", "", main.strip()).split()
    whole = " ".join(words)
    parts = [whole] if ":" in name or words != main.split() else []
    if len(words) > 1:
        parts += [" ".join(words[:i]) for i in range(1, len(words))] + [" ".join(words[i:]) for i in range(1, len(words))]
    def unlike(p, names):
        return p not in names and not any(w in names for w in p.split())
    return [p for p in parts if len(p) >= 4 and p[0].isupper()
            and (unlike(p, people) or (p == whole and unlike(p, full_names)))]


def _named_in(headline: str, part: str) -> bool:
    """The headline names the title, not as someone's credit ("late 'Night Orchard' star Mara Quinn")."""
    hit = re.search(r"(?<![\w])" + re.escape(part) + r"(?![\w])", headline)
    if not hit and ":" in part:  # "Harbor Lights Undertow": headlines often drop a title's colon
        hit = re.search(r"(?<![\w])" + re.escape(re.sub(r"\s*:\s*", " ", part)) + r"(?![\w])", headline)
    if not hit or _CREDIT_AFTER.search(headline[hit.end():hit.end() + 12]):
        return False
    # In a sentence-case headline a title glued to another capitalised word is part of a longer name
    # ("Jerry Quinn is back", "Dirty Max's demise", "at Harbor Forever Cemetery").
    sentence_case = len(re.findall(r"(?<![\w'’-])[a-z]{4,}\b", headline)) >= 2
    glued = (re.search(r"(?<![\w'’.-])[A-Z][\w'’-]* $", headline[:hit.start()])
             or re.search(r"^(?:['’]s)? [A-Z][\w-]*", headline[hit.end():]))
    return not (sentence_case and glued)


def _opens(headline: str, title: str) -> bool:
    """A title of several words the headline opens with, run into what follows as headlines that drop
    punctuation do ("The Night Orchard Mara Quinn dazzles in new trailer")."""
    opening = re.match(r"[\"“‘']?" + re.escape(title) + r"[\"”’']?:? [A-Z]", headline)
    return bool(opening) and len(title.split()) >= 2 and not _CREDIT_AFTER.search(headline[opening.end() - 2:].lower()[:14])


#: A lead that names a title as its person's past role ("She starred as Lila Moss in Night Orchard", "having
#: portrayed Lila Moss in the first two seasons of Night Orchard"): the article is about something else. Not
#: "She starred in Night Orchard": a lead may look back on the film itself ("... It went on to gross $94m").
_PAST_CREDIT = re.compile(r"(?:\b(?:starred\sas|played|portrayed|portrayal\sof)\s[^.;:!?]*\bin|"
                          r"\b(?:shot to fame|best known|famous for|known for)\b)[^.;:!?]*$")


def main_film(resolved: list[Mention], headline: str | None = None, text: str | None = None) -> str | None:
    """The film the article is about, the one "the film" and "it" stand for, or None when it has none.

    A title the headline names (whole or by a distinctive part); else, when the headline names none, the
    first title its first sentence names; else, without a headline, a title named at least three times and twice as
    often as any other. Titles named only as someone's credit ("X, 22, of Night Orchard"), and "titles" that are
    a person's name in the article, do not count.
    """
    people = {w for m in resolved if m.kind == "PER" for w in [m.canonical, *m.canonical.split()]}
    full_names = {w for m in resolved if m.kind == "PER" and " " in m.canonical for w in [m.canonical, *m.canonical.split()]}
    films = [m for m in resolved if m.kind == "FILM" and m.canonical not in people
             and not (text and is_credit_aside(text, m))]
    if not films:
        return None
    counts = Counter(m.canonical for m in films)
    first_seen = {m.canonical: m.start for m in reversed(films)}
    ranked = sorted(counts, key=lambda n: (-counts[n], first_seen[n]))
    if headline:
        named = [n for n in ranked if _named_in(headline, n) or _opens(headline, n)]
        named = [n for n in named if not any(n != o and n in o for o in named)]  # "Copper Rain & Sons", not "Copper Rain"
        named = named or [n for n in ranked if any(_named_in(headline, p) for p in _headline_parts(n, people, full_names))]
        if named:
            return named[0]
    if text is None:
        return ranked[0]
    lead_end = _lead_end(text, headline)
    in_lead = [m for m in films if m.end <= lead_end and not _PAST_CREDIT.search(text[max(0, m.start - 90):m.start])]
    if in_lead:
        return in_lead[0].canonical
    if not headline and counts[ranked[0]] >= 3 and (len(ranked) == 1 or counts[ranked[0]] >= 2 * counts[ranked[1]]):
        return ranked[0]
    return None
