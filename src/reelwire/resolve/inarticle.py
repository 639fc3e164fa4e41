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
        candidates = [f for f in full if f != name and (f.endswith(" " + name) or f.startswith(name + " "))]
        # Prefer the longest; several different people sharing a surname stay unresolved.
        distinct = {c for c in candidates if not any(c != d and d.endswith(c) for d in candidates)}
        if len(words) <= 2 and len(distinct) == 1:
            mapping[name] = distinct.pop()
        else:
            mapping[name] = name
    return mapping


def _title_canonical(names: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for name in set(names):
        longer = [t for t in set(names) if t != name and re.search(r"[:–—-]\s*" + re.escape(name) + r"$", t)]
        mapping[name] = longer[0] if len(longer) == 1 else name
    return mapping


def resolve_mentions(mentions: list[Mention], headline: str | None = None) -> tuple[list[Mention], str | None]:
    """Return mentions with canonical names filled in, and the article's main film (or None)."""
    people = _person_canonical([m.canonical for m in mentions if m.kind == "PER"])
    titles = _title_canonical([m.canonical for m in mentions if m.kind == "FILM"])
    resolved = []
    for m in mentions:
        if m.kind == "PER":
            m = replace(m, canonical=people.get(m.canonical, m.canonical))
        elif m.kind == "FILM":
            m = replace(m, canonical=titles.get(m.canonical, m.canonical))
        resolved.append(m)
    counts = Counter(m.canonical for m in resolved if m.kind == "FILM")
    if headline:
        in_headline = [n for n in counts if n in headline]
        for name in in_headline:
            if not any(name != other and name in other for other in in_headline):
                counts[name] += 2  # "Copper Rain & Sons" in the headline is not also "Copper Rain"
    main = None
    if counts:
        ranked = counts.most_common()
        first_seen = {m.canonical: m.start for m in reversed(resolved) if m.kind == "FILM"}
        ranked.sort(key=lambda item: (-item[1], first_seen.get(item[0], 0)))
        main = ranked[0][0]
    return resolved, main
