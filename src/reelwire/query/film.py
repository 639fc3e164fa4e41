"""The merged fact sheet of a film across every article: each fact once, with how many articles
state it and the first and latest of them; release dates as their current value (history.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from reelwire.query.common import EntityRef, Source, TITLE_TYPES, about, claims_query, day_order, one_entity, source_of
from reelwire.query.history import Current, reports_for, summarise
from reelwire.store.kb import KnowledgeBase
from reelwire.store.schema import alias, entity

#: Qualifiers that tell two facts apart; the others (a credit's character) are collected.
_COLLECTED = ("character",)


@dataclass(frozen=True)
class FactSummary:
    """One fact as all articles state it. `inverse` is a fact whose object is the film."""

    predicate: str
    value: str | None
    value_id: int | None
    qualifiers: dict[str, Any]
    articles: int
    first: Source
    latest: Source
    inverse: bool = False


@dataclass
class FilmView:
    film: EntityRef
    aliases: list[str] = field(default_factory=list)
    release: list[Current] = field(default_factory=list)
    facts: list[FactSummary] = field(default_factory=list)
    others: list[EntityRef] = field(default_factory=list)
    as_of: date | None = None


def summarise_facts(rows, film_id: int, names: dict[int, str]) -> list[FactSummary]:
    """Group claim rows (oldest first) into facts; release dates are left to history.py."""
    groups: dict[tuple, list] = {}
    for r in rows:
        if r.predicate == "release_date":
            continue
        inverse = r.subject_id != film_id
        other_id = r.subject_id if inverse else r.object_id
        quals = {k: v for k, v in (r.qualifiers or {}).items() if k not in _COLLECTED}
        key = (r.predicate, inverse, other_id, None if other_id else r.object_value, tuple(sorted(quals.items())))
        groups.setdefault(key, []).append(r)
    out = []
    for (predicate, inverse, other_id, value, quals), rs in groups.items():
        collected: dict[str, Any] = dict(quals)
        for name in _COLLECTED:
            seen = list(dict.fromkeys(q for r in rs if (q := (r.qualifiers or {}).get(name))))
            if seen:
                collected[name] = " / ".join(seen)
        out.append(FactSummary(
            predicate=predicate, value=names.get(other_id, value) if other_id else value, value_id=other_id,
            qualifiers=collected, articles=len({r.article_id for r in rs}), first=source_of(rs[0]),
            latest=source_of(rs[-1]), inverse=inverse))
    return sorted(out, key=lambda f: (f.inverse, f.predicate, -f.articles, f.value or ""))


def film_view(kb: KnowledgeBase, title: str, as_of: date | None = None) -> FilmView:
    with kb.engine.connect() as conn:
        film, others = one_entity(conn, title, TITLE_TYPES, "film or series")
        rows = sorted(conn.execute(claims_query(as_of).where(about(film.id))).all(), key=day_order)
        ids = {r.object_id for r in rows} | {r.subject_id for r in rows}
        names = dict(conn.execute(select(entity.c.id, entity.c.name).where(entity.c.id.in_(sorted(i for i in ids if i)))).all())
        aliases = [a for (a,) in conn.execute(select(alias.c.name).where(alias.c.entity_id == film.id).order_by(alias.c.id))]
        reports = reports_for(conn, [film.id], as_of)[film.id]
    return FilmView(film=film, aliases=aliases, release=summarise(reports),
                    facts=summarise_facts(rows, film.id, names), others=others, as_of=as_of)
