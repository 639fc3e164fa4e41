"""Release-date history: every release_date claim of a film, and the current date derived from them.

Nothing is overwritten: the current date for a region and medium is the most recent report by
publication day; earlier ones are its history. A report that leaves region or medium unstated
speaks for any region or medium. Two rules keep precision: a later, coarser report that contains
the current date ("2021" after "7 May 2021") confirms it rather than replacing it, as does a
later report of the same date (both are its sources); a later report
naming a date as the one a film used to have ends it; and different
dates reported on the same day are both kept and flagged as a conflict, with their sources.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection

from reelwire.query.common import EntityRef, Source, TITLE_TYPES, claims_query, day_order, one_entity, period, source_of
from reelwire.store.kb import KnowledgeBase
from reelwire.store.schema import claim


@dataclass(frozen=True)
class Report:
    """One release_date claim: the value, its qualifiers and the article that states it."""

    value: str
    status: str | None
    region: str | None
    medium: str | None
    source: Source
    current: bool = False

    @property
    def day(self) -> date:
        return self.source.published or date.min


@dataclass(frozen=True)
class Current:
    """A film's current release date for one region and medium, with every source that states it."""

    value: str
    status: str | None
    region: str | None
    medium: str | None
    sources: tuple[Source, ...]
    conflict: bool = False


@dataclass(frozen=True)
class Move:
    """A reported change of date: from the date that was current to the one that replaced it."""

    old: str
    new: str
    region: str | None
    medium: str | None
    source: Source


@dataclass
class History:
    film: EntityRef
    reports: list[Report] = field(default_factory=list)
    current: list[Current] = field(default_factory=list)
    moves: list[Move] = field(default_factory=list)
    others: list[EntityRef] = field(default_factory=list)


def _compatible(a: Report, b: Report) -> bool:
    return (a.region is None or b.region is None or a.region == b.region) and \
        (a.medium is None or b.medium is None or a.medium == b.medium)


def _contains(outer: str, inner: str) -> bool:
    po, pi = period(outer), period(inner)
    return po is not None and pi is not None and po != pi and po[0] <= pi[0] and pi[1] <= po[1]


def current_reports(reports: Iterable[Report]) -> list[Report]:
    """The reports nothing later replaces (see the module docstring), oldest first."""
    reports = list(reports)
    live = [r for r in reports if r.status != "previous"]
    dropped = [r for r in reports if r.status == "previous"]
    keep = [r for r in live
            if not any(s.day > r.day and _compatible(s, r) and s.value != r.value and not _contains(s.value, r.value)
                       for s in live)
            and not any(p.day > r.day and _compatible(p, r) and (p.value == r.value or _contains(p.value, r.value))
                        for p in dropped)]
    return [r for r in keep if not any(o is not r and _compatible(o, r) and _contains(r.value, o.value) for o in keep)]


def summarise(reports: list[Report]) -> list[Current]:
    """Current reports grouped by value, region and medium; a conflict when compatible ones differ."""
    now = current_reports(reports)
    groups: dict[tuple, list[Report]] = {}
    for r in now:
        groups.setdefault((r.value, r.region, r.medium), []).append(r)
    out = []
    for (value, region, medium), rs in groups.items():
        conflict = any(_compatible(o, rs[0]) and o.value != value for o in now)
        statuses = sorted({r.status for r in rs if r.status})
        out.append(Current(value=value, status="released" if "released" in statuses else (statuses[0] if statuses else None),
                           region=region, medium=medium, sources=tuple(r.source for r in rs), conflict=conflict))
    return sorted(out, key=lambda c: (c.region or "", c.medium or "", c.value))


def moves(reports: list[Report]) -> list[Move]:
    """Each report that made a new date current, from the date(s) current before it. The article's
    own "previous" date names the old one when it gives one; a value already current is no move."""
    ordered = sorted(reports, key=lambda r: r.day)
    found: dict[tuple, Move] = {}
    before: list[Report] = []
    for day in sorted({r.day for r in ordered}):
        upto = [r for r in ordered if r.day <= day]
        now = current_reports(upto)
        for new in (r for r in now if r.day == day):
            known = [o for o in before if _compatible(o, new)]
            if any(o.value == new.value or _contains(o.value, new.value) or _contains(new.value, o.value) for o in known):
                continue
            olds = [p.value for p in upto if p.source.article == new.source.article and p.status == "previous"
                    and _compatible(p, new) and p.value != new.value] or [o.value for o in known]
            for old in olds:
                found.setdefault((old, new.value, new.region, new.medium, new.source.article),
                                 Move(old=old, new=new.value, region=new.region, medium=new.medium, source=new.source))
        before = now
    return list(found.values())


def reports_for(conn: Connection, entity_ids: list[int], as_of: date | None = None) -> dict[int, list[Report]]:
    """Every release_date claim of the given films, oldest report first."""
    rows = conn.execute(claims_query(as_of).where(claim.c.predicate == "release_date",
                                                  claim.c.subject_id.in_(entity_ids))).all()
    out: dict[int, list[Report]] = {i: [] for i in entity_ids}
    for r in sorted(rows, key=day_order):
        q = r.qualifiers or {}
        out[r.subject_id].append(Report(value=r.object_value, status=q.get("status"), region=q.get("region"),
                                        medium=q.get("medium"), source=source_of(r)))
    return out


def mark_current(reports: list[Report]) -> list[Report]:
    now = {id(r) for r in current_reports(reports)}
    return [Report(r.value, r.status, r.region, r.medium, r.source, id(r) in now) for r in reports]


def release_history(kb: KnowledgeBase, title: str, as_of: date | None = None) -> History:
    with kb.engine.connect() as conn:
        film, others = one_entity(conn, title, TITLE_TYPES, "film or series")
        reports = reports_for(conn, [film.id], as_of)[film.id]
    return History(film=film, reports=mark_current(reports), current=summarise(reports), moves=moves(reports),
                   others=others)
