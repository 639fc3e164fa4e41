"""Article-level tidying of facts: duplicates, coarse release dates covered by finer ones."""

from __future__ import annotations

from reelwire.model import Fact


def _covers(coarse: str, fine: str) -> bool:
    return fine != coarse and fine.startswith(coarse) and len(fine) > len(coarse)


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
    kept = []
    for f in unique:
        if f.predicate == "event" and not f.object and (f.subject, f.qualifiers.get("type")) in dated_events:
            continue  # an undated mention of an event the article dates elsewhere is the same event
        if f.predicate == "release_date" and f.qualifiers.get("status") == "scheduled" and f.object:
            if any(_covers(f.object, other) for other in scheduled.get(f.subject, [])):
                continue
        kept.append(f)
    return kept
