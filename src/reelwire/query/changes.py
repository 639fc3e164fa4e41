"""The change feed: what articles published since a day added to the knowledge base.

Three kinds, each with its source: a film first reported (`new_film`), a credit no earlier
article stated (`new_credit`), and a release date that replaced a different one (`moved_date`,
from history.py's moves). Days are publication days, so re-ingesting old articles adds nothing
to the feed; undated articles never appear in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from reelwire.query.common import CREDITS, TITLE_TYPES, EntityRef, Source, claims_query, day_order, source_of
from reelwire.query.history import moves, reports_for
from reelwire.store.kb import KnowledgeBase
from reelwire.store.schema import claim, entity


@dataclass(frozen=True)
class Change:
    kind: str
    film: EntityRef
    detail: str
    source: Source
    old: str | None = None
    new: str | None = None


def changes_since(kb: KnowledgeBase, since: date, until: date | None = None) -> list[Change]:
    with kb.engine.connect() as conn:
        names = {r.id: EntityRef(r.id, r.type, r.name) for r in conn.execute(select(entity.c.id, entity.c.type, entity.c.name))}
        rows = sorted(conn.execute(claims_query(until)).all(), key=day_order)
        dated_films = sorted({r.subject_id for r in rows if r.predicate == "release_date"})
        reports = reports_for(conn, dated_films, until) if dated_films else {}

    def fresh(row) -> bool:
        return row.a_published is not None and row.a_published >= since

    out: list[Change] = []
    first_seen: dict[int, object] = {}
    for r in rows:
        for eid in (r.subject_id, r.object_id):
            if eid is not None and names[eid].type in TITLE_TYPES:
                first_seen.setdefault(eid, r)
    for eid, r in first_seen.items():
        if fresh(r):
            out.append(Change("new_film", names[eid], f"first reported ({names[eid].type})", source_of(r)))
    first_credit: dict[tuple, object] = {}
    for r in rows:
        if r.predicate in CREDITS and r.object_id is not None:
            first_credit.setdefault((r.subject_id, r.predicate, r.object_id), r)
    for (film_id, predicate, person_id), r in first_credit.items():
        if fresh(r):
            character = (r.qualifiers or {}).get("character")
            detail = f"{predicate}: {names[person_id].name}" + (f" as {character}" if character else "")
            out.append(Change("new_credit", names[film_id], detail, source_of(r), new=names[person_id].name))
    for film_id, rs in reports.items():
        for m in moves(rs):
            if m.source.published is not None and m.source.published >= since:
                where = ", ".join(x for x in (m.region, m.medium) if x)
                detail = f"release date {m.old} -> {m.new}" + (f" ({where})" if where else "")
                out.append(Change("moved_date", names[film_id], detail, m.source, old=m.old, new=m.new))
    order = {"new_film": 0, "moved_date": 1, "new_credit": 2}
    return sorted(out, key=lambda c: (c.source.published or date.min, order[c.kind], c.film.name, c.detail))
