"""What every read model shares: sources, finding an entity by any of its names, as-of filters,
and the calendar span of a TIMEX3 value.

A name given on the command line is looked up the way articles' names are linked
(resolve/cross.py keys), so any alias finds the entity. "Title (1987)" picks, among films
sharing a title, the one released that year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from rapidfuzz import process as fuzzy
from sqlalchemy import Connection, and_, or_, select

from reelwire.errors import NotFoundError
from reelwire.resolve.cross import RULES, family, query_keys
from reelwire.store.link import CREDITS
from reelwire.store.schema import alias, article, claim, entity, entity_key

TITLE_TYPES = ("film", "series")
_YEAR_SUFFIX = re.compile(r"^(.*\S)\s*\((\d{4})\)\s*$")


@dataclass(frozen=True)
class Source:
    """An article that states a fact: its file name, title, publication day and the sentence."""

    article: str
    title: str | None
    published: date | None
    sentence: str


@dataclass(frozen=True)
class EntityRef:
    id: int
    type: str
    name: str


def source_of(row) -> Source:
    return Source(article=row.a_name, title=row.a_title, published=row.a_published, sentence=row.sentence)


def claims_query(as_of: date | None = None):
    """Claims with their article's name, title and day; only those published by `as_of` when given."""
    query = (select(claim, article.c.name.label("a_name"), article.c.title.label("a_title"),
                    article.c.published.label("a_published"))
             .join(article, claim.c.article_id == article.c.id))
    if as_of is not None:
        query = query.where(article.c.published <= as_of)
    return query


def day_order(row) -> tuple:
    """Undated articles count as the oldest reports: a dated report always outranks them."""
    return (row.a_published or date.min, row.a_name, row.evidence_start)


def find_entities(conn: Connection, name: str, types: tuple[str, ...]) -> list[EntityRef]:
    """Entities of the given types that `name` denotes, best rule first (exact before variant).
    A surname or short form that fits several entities is an error naming them."""
    year = None
    m = _YEAR_SUFFIX.match(name)
    if m:
        name, year = m.group(1), int(m.group(2))
    found: dict[int, EntityRef] = {}
    ambiguous: list[str] = []
    for etype in types:
        wanted = query_keys(etype, name)
        for rule in RULES[family(etype)]:
            keys = wanted.get(rule.query)
            if not keys:
                continue
            rows = conn.execute(
                select(entity.c.id, entity.c.type, entity.c.name).join(entity_key, entity_key.c.entity_id == entity.c.id)
                .where(entity.c.type == etype, entity_key.c.family == family(etype), entity_key.c.kind == rule.index,
                       entity_key.c.key.in_(sorted(keys))).distinct().order_by(entity.c.id)).all()
            if rule.unique and len(rows) > 1:
                ambiguous.extend(r.name for r in rows)
                continue
            if rows:
                for r in rows:
                    found.setdefault(r.id, EntityRef(r.id, r.type, r.name))
                break
    refs = list(found.values())
    if not refs and ambiguous:
        raise NotFoundError(f"{name!r} could be {' or '.join(sorted(set(ambiguous)))}; give the full name")
    if year is not None and refs:
        refs = [r for r in refs if year in entity_years(conn, r.id)] or refs
    return refs


def entity_years(conn: Connection, entity_id: int) -> set[int]:
    rows = conn.execute(select(claim.c.object_value).where(claim.c.subject_id == entity_id,
                                                           claim.c.predicate == "release_date"))
    return {int(v[:4]) for (v,) in rows if v and v[:4].isdigit()}


def one_entity(conn: Connection, name: str, types: tuple[str, ...], what: str) -> tuple[EntityRef, list[EntityRef]]:
    """The entity a name denotes (the most recently reported when several share it) and the others."""
    refs = find_entities(conn, name, types)
    if not refs:
        names = [r[0] for r in conn.execute(select(alias.c.name).join(entity, entity.c.id == alias.c.entity_id)
                                            .where(entity.c.type.in_(types)).distinct())]
        close = [m[0] for m in fuzzy.extract(name, names, limit=3, score_cutoff=70)]
        hint = f"did you mean {', '.join(repr(c) for c in close)}?" if close else "ingest an article about it first"
        raise NotFoundError(f"no {what} named {name!r} in the knowledge base; {hint}")
    if len(refs) == 1:
        return refs[0], []
    latest = max(refs, key=lambda r: (max(entity_years(conn, r.id), default=0), r.id))
    return latest, [r for r in refs if r.id != latest.id]


def about(entity_id: int):
    """Claims whose subject or object is the entity."""
    return or_(claim.c.subject_id == entity_id, and_(claim.c.object_id == entity_id))


_PERIOD = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?|-(SP|SU|FA|WI)|-Q([1-4])|-H([12])|-W(\d\d)(-WE)?)?$")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def period(value: str | None) -> tuple[date, date] | None:
    """First and last day a time value covers (day, month, year, season, quarter, half, week,
    weekend); None for what is not a calendar period (durations, underspecified values)."""
    m = _PERIOD.match(value or "")
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            d = date(year, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            return date(year, int(m.group(2)), 1), _month_end(year, int(m.group(2)))
        if m.group(4):
            first = date(year, _SEASON_START[m.group(4)], 1)
            last_month = first.month + 2
            return first, _month_end(year + (last_month - 1) // 12, (last_month - 1) % 12 + 1)
        if m.group(5) or m.group(6):
            months = 3 if m.group(5) else 6
            first = date(year, (int(m.group(5) or m.group(6)) - 1) * months + 1, 1)
            return first, _month_end(year, first.month + months - 1)
        if m.group(7):
            monday = date.fromisocalendar(year, int(m.group(7)), 1)
            return (monday + timedelta(days=5), monday + timedelta(days=6)) if m.group(8) else (monday, monday + timedelta(days=6))
    except ValueError:
        return None
    return date(year, 1, 1), date(year, 12, 31)


def entity_ref(conn: Connection, entity_id: int, types: tuple[str, ...], what: str) -> EntityRef:
    row = conn.execute(select(entity.c.id, entity.c.type, entity.c.name)
                       .where(entity.c.id == entity_id, entity.c.type.in_(types))).first()
    if row is None:
        raise NotFoundError(f"no {what} with id {entity_id}; list them at /api/{'films' if 'film' in types else 'people'}")
    return EntityRef(row.id, row.type, row.name)
