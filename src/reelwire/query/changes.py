"""The change feed: what articles published since a day added to the knowledge base.

Four kinds, each with its source: a film first reported (`new_film`), a credit no earlier
article stated (`new_credit`), a release date that replaced a different one (`moved_date`,
from history.py's moves), and a trailer or teaser reported (`new_trailer`: one per film, article
and kind, because a second trailer is news too). Days are publication days, so re-ingesting old articles adds nothing
to the feed; undated articles never appear in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from reelwire.query.common import CREDITS, TITLE_TYPES, EntityRef, Source, claims_query, day_order, source_of
from reelwire.query.history import moves, reports_for
from reelwire.store.kb import KnowledgeBase
from reelwire.store.schema import article, claim, entity


#: event types that make a `new_trailer` change, and the word its detail uses
TRAILER_TYPES = {"trailer_release": "trailer", "teaser_release": "teaser"}
ORDER = {"new_film": 0, "moved_date": 1, "new_trailer": 2, "new_credit": 3}


@dataclass(frozen=True)
class Change:
    kind: str
    film: EntityRef
    detail: str
    source: Source
    old: str | None = None
    new: str | None = None


def _older(since: date):
    """Claims of articles published before `since` (or undated: they count as the oldest)."""
    return select(claim.c.subject_id, claim.c.predicate, claim.c.object_id).join(
        article, claim.c.article_id == article.c.id).where(or_(article.c.published < since, article.c.published.is_(None)))


def changes_since(kb: KnowledgeBase, since: date, until: date | None = None) -> list[Change]:
    """Work is bounded by the window: only claims published since `since` are read in full."""
    with kb.engine.connect() as conn:
        recent = sorted(conn.execute(claims_query(until).where(article.c.published >= since)).all(), key=day_order)
        touched = sorted({r.subject_id for r in recent} | {r.object_id for r in recent if r.object_id is not None})
        names = {r.id: EntityRef(r.id, r.type, r.name) for r in conn.execute(
            select(entity.c.id, entity.c.type, entity.c.name).where(entity.c.id.in_(touched)))}
        older = _older(since).subquery()
        seen_before = {r[0] for r in conn.execute(select(older.c.subject_id).where(older.c.subject_id.in_(touched)))} | \
            {r[0] for r in conn.execute(select(older.c.object_id).where(older.c.object_id.in_(touched)))}
        credits_before = {tuple(r) for r in conn.execute(
            select(older.c.subject_id, older.c.predicate, older.c.object_id)
            .where(older.c.predicate.in_(CREDITS), older.c.subject_id.in_(touched)))}
        dated = sorted({r.subject_id for r in recent if r.predicate == "release_date"})
        reports = reports_for(conn, dated, until) if dated else {}

    out: list[Change] = []
    first_seen: dict[int, object] = {}
    first_credit: dict[tuple, object] = {}
    first_trailer: dict[tuple, object] = {}
    for r in recent:
        for eid in (r.subject_id, r.object_id):
            if eid is not None and names[eid].type in TITLE_TYPES and eid not in seen_before:
                first_seen.setdefault(eid, r)
        key = (r.subject_id, r.predicate, r.object_id)
        if r.predicate in CREDITS and r.object_id is not None and key not in credits_before:
            first_credit.setdefault(key, r)
        what = TRAILER_TYPES.get((r.qualifiers or {}).get("type")) if r.predicate == "event" else None
        if what and names[r.subject_id].type in TITLE_TYPES:
            first_trailer.setdefault((r.subject_id, r.a_name, what), r)
    for eid, r in first_seen.items():
        out.append(Change("new_film", names[eid], f"first reported ({names[eid].type})", source_of(r)))
    for (film_id, predicate, person_id), r in first_credit.items():
        character = (r.qualifiers or {}).get("character")
        detail = f"{predicate}: {names[person_id].name}" + (f" as {character}" if character else "")
        out.append(Change("new_credit", names[film_id], detail, source_of(r), new=names[person_id].name))
    for (film_id, _, what), r in first_trailer.items():
        out.append(Change("new_trailer", names[film_id], f"new {what}", source_of(r)))
    for film_id, rs in reports.items():
        for m in moves(rs):
            if m.source.published is not None and m.source.published >= since:
                where = ", ".join(x for x in (m.region, m.medium) if x)
                detail = f"release date {m.old} -> {m.new}" + (f" ({where})" if where else "")
                out.append(Change("moved_date", names[film_id], detail, m.source, old=m.old, new=m.new))
    return sorted(out, key=lambda c: (c.source.published or date.min, ORDER[c.kind], c.film.name, c.detail))
