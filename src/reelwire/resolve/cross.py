"""Cross-article resolution: when two names in two articles are one film, person or company.

Pure functions, no database: the store indexes every alias under the match keys made here and
asks `decide` which stored entity a new name joins. Rules are data (`RULES`), tried in order;
the first rule that finds candidates decides, and each carries the reason a merge is shown with
(`reelwire entity NAME`). Rules marked `unique` only join when exactly one entity qualifies:
"Okonkwo" joins a person only when one stored person is called Okonkwo, and only when that person
is already credited on a film the article credits "Okonkwo" on. A title joins its form
with a franchise prefix ("Saga: Dawn" / "Dawn") only when the prefix is itself a known title or
franchise, so that a headline's "Excited: Dawn" joins nothing. Films sharing a title stay
apart when their years or directors differ (a remake is another film).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reelwire.resolve.normal import name_key

TITLE_TYPES = frozenset({"film", "series", "franchise"})

_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                 "seven": "7", "eight": "8", "nine": "9", "ten": "10"}
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9", "x": "10"}
_NUMBERING_WORDS = {"part", "chapter", "volume", "vol", "episode"}
_SUBTITLE_SEPARATOR = re.compile(r"\s*(?::|\s[\u2013\u2014-]\s)\s*")
#: Words that name a company's form, not the company ("Harlow Northstar Studios" is Harlow Northstar).
CORPORATE_WORDS = frozenset({
    "studios", "studio", "pictures", "picture", "entertainment", "inc", "incorporated", "llc", "ltd",
    "limited", "co", "company", "corp", "corporation", "group", "films", "film", "productions",
    "production", "media", "holdings", "plc", "gmbh", "releasing", "distribution",
})
_ABBREVIATIONS = {"bros": "brothers", "intl": "international", "natl": "national"}
_PARTICLES = frozenset({"de", "del", "della", "di", "da", "du", "van", "von", "der", "le", "la", "st", "bin", "al"})
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass(frozen=True)
class Rule:
    """Join a new name to a stored entity when the name's `query` key equals the entity's `index` key."""

    name: str
    query: str
    index: str
    reason: str
    unique: bool = False
    prefix: str = ""  # "query" or "index": that side's franchise prefix must itself be a known title
    fuller: bool = False  # the new name is the fuller form and becomes the entity's display name
    same_film: bool = False  # only a candidate already credited on a film this name is credited on


_SAME = Rule("same-name", "name", "name", "same name once case, accents and punctuation are set aside")
RULES: dict[str, tuple[Rule, ...]] = {
    "title": (
        _SAME,
        Rule("title-variant", "loose", "loose", "title variant: spacing, '&'/'and', sequel numbering"),
        Rule("without-prefix", "loose", "subtitle", "the title without its franchise prefix", unique=True,
             prefix="index"),
        Rule("with-prefix", "subtitle", "loose", "the title with a franchise prefix", unique=True, prefix="query",
             fuller=True),
    ),
    "person": (
        _SAME,
        Rule("name-variant", "loose", "loose", "same name without middle initials or Jr./Sr."),
        Rule("surname", "partial", "surname", "surname of the only person so named, credited on the same film",
             unique=True, same_film=True),
    ),
    "org": (
        _SAME,
        Rule("company-variant", "loose", "loose", "same company without corporate words or spacing"),
        Rule("short-form", "loose", "short", "short form of the only company so named", unique=True),
        Rule("long-form", "short", "loose", "long form of the only company so named", unique=True, fuller=True),
    ),
    "other": (_SAME,),
}


def family(etype: str) -> str:
    if etype in TITLE_TYPES:
        return "title"
    return etype if etype in ("person", "org") else "other"


def _title_loose(key: str) -> str:
    words = key.split()
    out: list[str] = []
    for i, word in enumerate(words):
        after_numbering = i > 0 and words[i - 1] in _NUMBERING_WORDS
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in _NUMBERING_WORDS and (following.isdigit() or following in _NUMBER_WORDS or following in _ROMAN):
            continue
        if after_numbering and word in _NUMBER_WORDS:
            word = _NUMBER_WORDS[word]
        elif word in _ROMAN and (after_numbering or (i == len(words) - 1 and i > 0)):
            word = _ROMAN[word]
        out.append(word)
    return "".join(out)


def title_key(name: str) -> str:
    """The loose key of a title (what `same_film` compares)."""
    return _title_loose(name_key(name) or name.casefold())


def title_prefixes(name: str) -> set[str]:
    """Loose keys of the leading parts of "A: B – C" ("A", "A: B"), which a franchise prefix must be."""
    text = name.strip()
    ends = [m.start() for m in _SUBTITLE_SEPARATOR.finditer(text)]
    return {k for end in ends if (k := _title_loose(name_key(text[:end])))}


def _title_subtitle(name: str) -> str | None:
    separators = list(_SUBTITLE_SEPARATOR.finditer(name.strip()))
    if not separators:
        return None
    sub = name_key(name.strip()[separators[-1].end():])
    words = sub.split()
    if not words or all(w in _NUMBERING_WORDS or w in _NUMBER_WORDS or w in _ROMAN or w.isdigit() for w in words):
        return None
    return _title_loose(sub) if len(sub) >= 4 else None


def _person_loose(key: str) -> str:
    words = [w for w in key.split() if w not in _NAME_SUFFIXES]
    if len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    return " ".join(words)


def _org_loose(key: str) -> str:
    words = [_ABBREVIATIONS.get(w, w) for w in key.split()]
    core = [w for w in words if w not in CORPORATE_WORDS]
    return "".join(core or words)


def _org_short(key: str) -> str | None:
    words = [_ABBREVIATIONS.get(w, w) for w in key.split() if w not in CORPORATE_WORDS]
    if len(words) < 2 or len(words[-1]) < 4 or words[-1].isdigit():
        return None
    return words[-1]


def index_keys(etype: str, name: str) -> dict[str, set[str]]:
    """The keys a stored alias is found under, by kind."""
    key = name_key(name) or name.casefold()
    keys: dict[str, set[str]] = {"name": {key}}
    kind = family(etype)
    if kind == "title":
        keys["loose"] = {_title_loose(key)}
        sub = _title_subtitle(name)
        if sub:
            keys["subtitle"] = {sub}
            keys["prefix"] = title_prefixes(name)
    elif kind == "person":
        loose = _person_loose(key)
        keys["loose"] = {loose}
        words = loose.split()
        if len(words) >= 2 and words[0] not in _PARTICLES:
            keys["surname"] = {" ".join(words[1:]), words[-1]}
    elif kind == "org":
        keys["loose"] = {_org_loose(key)}
        short = _org_short(key)
        if short:
            keys["short"] = {short}
    return keys


def query_keys(etype: str, name: str) -> dict[str, set[str]]:
    """The keys a new name looks for, by kind (a surname alone also looks among surnames)."""
    keys = index_keys(etype, name)
    if family(etype) == "person":
        keys.pop("surname", None)
        words = keys["loose"] and next(iter(keys["loose"])).split()
        if words and (len(words) == 1 or words[0] in _PARTICLES):
            keys["partial"] = set(keys["loose"])
    return keys


@dataclass
class Profile:
    """What an article or the knowledge base says of a film that tells two same-named films apart."""

    years: set[int] = field(default_factory=set)
    directors: set[int] = field(default_factory=set)
    people: set[int] = field(default_factory=set)


def conflict(new: Profile, old: Profile) -> str | None:
    """Why two same-named films are different films, or None when nothing says so."""
    if new.years and old.years and min(abs(a - b) for a in new.years for b in old.years) > 2:
        return f"different years ({_years(new.years)} / {_years(old.years)})"
    if new.directors and old.directors and not new.directors & old.directors and not new.people & old.people:
        return "different directors"
    return None


def _years(years: set[int]) -> str:
    return ", ".join(str(y) for y in sorted(years))


@dataclass(frozen=True)
class Decision:
    """The entity a name joins (None: a new entity) and why."""

    entity_id: int | None
    rule: str
    reason: str
    fuller: bool = False


def decide(rule: Rule, candidates: dict[int, Profile], profile: Profile | None) -> Decision | None:
    """Choose among the entities one rule found; None lets the next rule try."""
    if not candidates:
        return None
    if rule.unique and len(candidates) != 1:
        return None
    if profile is None:
        return Decision(min(candidates), rule.name, rule.reason, rule.fuller)
    apart = {eid: conflict(profile, p) for eid, p in candidates.items()}
    fitting = [eid for eid, why in apart.items() if why is None]
    if not fitting:
        eid, why = sorted(apart.items())[0]
        return Decision(None, "kept-apart", f"kept apart from entity {eid} of the same title: {why}")

    def score(eid: int) -> tuple:
        p = candidates[eid]
        return (len(p.people & profile.people), max(p.years, default=0), -eid)

    best = max(fitting, key=score)
    reason = rule.reason if len(fitting) == 1 else f"{rule.reason}; chosen among {len(fitting)} by shared people and year"
    return Decision(best, rule.name, reason, rule.fuller)
