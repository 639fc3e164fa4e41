"""The release calendar: every film whose current release date falls in a span of days.

A value coarser than a day ("2025-06", "2025-SU") is listed when its period overlaps the span,
as it is, never invented into a day. A region or medium filter also keeps reports that leave
it unstated, since most trade reports do not say "US" or "in theaters".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from reelwire.query.common import TITLE_TYPES, EntityRef, period
from reelwire.query.history import Current, reports_for, summarise
from reelwire.store.kb import KnowledgeBase
from reelwire.store.schema import claim, entity


@dataclass(frozen=True)
class CalendarEntry:
    film: EntityRef
    release: Current
    start: date
    end: date


def release_calendar(kb: KnowledgeBase, start: date, end: date, region: str | None = None,
                     medium: str | None = None, as_of: date | None = None) -> list[CalendarEntry]:
    with kb.engine.connect() as conn:
        films = {r.id: EntityRef(r.id, r.type, r.name) for r in conn.execute(
            select(entity.c.id, entity.c.type, entity.c.name).where(entity.c.type.in_(TITLE_TYPES), entity.c.id.in_(
                select(claim.c.subject_id).where(claim.c.predicate == "release_date"))))}
        reports = reports_for(conn, sorted(films), as_of) if films else {}
    out = []
    for film_id, rs in reports.items():
        for current in summarise(rs):
            span = period(current.value)
            if span is None or span[1] < start or span[0] > end:
                continue
            if region and current.region not in (None, region.upper()):
                continue
            if medium and current.medium not in (None, medium):
                continue
            out.append(CalendarEntry(films[film_id], current, span[0], span[1]))
    return sorted(out, key=lambda e: (e.start, e.end, e.film.name))
