"""New trailers and teasers, in the shape of the change feed's `Change`.

The knowledge base's change read model (query/changes.py) has no trailer kind yet; until it
does, the watcher derives `new_trailer` changes here the same way that model derives new films:
the first article that reports a film's trailer (or teaser) is its source. A film gets one such
change per article that reports a trailer, because a second trailer is news too.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from reelwire.query.changes import Change
from reelwire.query.common import TITLE_TYPES, EntityRef, claims_query, day_order, source_of
from reelwire.store.kb import KnowledgeBase
from reelwire.store.schema import claim, entity

TRAILER_TYPES = {"trailer_release": "trailer", "teaser_release": "teaser"}


def trailer_changes(kb: KnowledgeBase, since: date) -> list[Change]:
    with kb.engine.connect() as conn:
        rows = sorted(conn.execute(claims_query().where(claim.c.predicate == "event")).all(), key=day_order)
        films = {r.id: EntityRef(r.id, r.type, r.name)
                 for r in conn.execute(select(entity.c.id, entity.c.type, entity.c.name)
                                       .where(entity.c.type.in_(TITLE_TYPES)))}
    first: dict[tuple[int, str, str], object] = {}
    for r in rows:
        what = TRAILER_TYPES.get((r.qualifiers or {}).get("type"))
        if what and r.subject_id in films:
            first.setdefault((r.subject_id, r.a_name, what), r)
    return [Change("new_trailer", films[film_id], f"new {what}", source_of(r))
            for (film_id, _, what), r in first.items()
            if r.a_published is not None and r.a_published >= since]
