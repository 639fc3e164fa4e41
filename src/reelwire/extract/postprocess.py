"""Article-level tidying of facts: duplicates, coarse release dates covered by finer ones."""

from __future__ import annotations

import re
from dataclasses import replace

from reelwire.model import Fact


def _covers(coarse: str, fine: str) -> bool:
    return fine != coarse and fine.startswith(coarse) and len(fine) > len(coarse)


def _share_characters(facts: list[Fact]) -> list[Fact]:
    """A role named in one sentence belongs to every statement of the same credit in the article."""
    roles: dict[tuple, set] = {}
    for f in facts:
        if f.predicate == "cast_member" and f.qualifiers.get("character"):
            roles.setdefault((f.subject, f.object), set()).add(f.qualifiers["character"])
    out = []
    for f in facts:
        known = roles.get((f.subject, f.object), set())
        if f.predicate == "cast_member" and not f.qualifiers.get("character") and len(known) == 1:
            f = replace(f, qualifiers=dict(f.qualifiers, character=next(iter(known))))
        out.append(f)
    return out


_DELAY = re.compile(r"\b(?:pushed|moved|delayed|postponed|shifted|bumped|rescheduled|redated|shakeup|shake-up)\b", re.I)


def _superseded_dates(facts: list[Fact]) -> list[Fact]:
    """In a story about a delay, a film's latest announced date is its date; earlier ones were replaced."""
    groups: dict[tuple, list[Fact]] = {}
    for f in facts:
        # a move to a date now past ("was moved to June 5, 2020") counts too: a later date replaced it
        moved_past = f.qualifiers.get("status") == "released" and f.rule in {"release.moved_to", "release.film_moved"}
        if f.predicate == "release_date" and (f.qualifiers.get("status") == "scheduled" or moved_past) and f.object:
            groups.setdefault((f.subject, f.qualifiers.get("region")), []).append(f)
    replaced = set()
    for items in groups.values():
        values = sorted({f.object for f in items})
        if len(values) < 2 or not any(_DELAY.search(f.evidence.text) for f in items):
            continue
        latest = values[-1]
        replaced.update(id(f) for f in items if f.object != latest and not latest.startswith(f.object))
    return [replace(f, qualifiers=dict(f.qualifiers, status="previous")) if id(f) in replaced else f for f in facts]


def tidy(facts: list[Fact]) -> list[Fact]:
    seen: set = set()
    unique: list[Fact] = []
    for fact in facts:
        if fact.key() in seen:
            continue
        seen.add(fact.key())
        unique.append(fact)
    scheduled: dict[str, list[str]] = {}
    for f in unique:
        if f.predicate == "release_date" and f.qualifiers.get("status") == "scheduled" and f.object:
            scheduled.setdefault(f.subject, []).append(f.object)
    dated_events = {(f.subject, f.qualifiers.get("type")) for f in unique if f.predicate == "event" and f.object}
    unique = _share_characters(unique)
    unique = _superseded_dates(unique)
    kept = []
    for f in unique:
        if f.predicate == "event" and not f.object and (f.subject, f.qualifiers.get("type")) in dated_events:
            continue  # an undated mention of an event the article dates elsewhere is the same event
        if f.predicate == "release_date" and f.qualifiers.get("status") == "scheduled" and f.object:
            if any(_covers(f.object, other) for other in scheduled.get(f.subject, [])):
                continue
        kept.append(f)
    return kept
