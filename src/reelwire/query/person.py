"""A person's filmography across articles: each film once, with every role and character the
articles give, and the films still to come (their current release date after the day asked about).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from reelwire.query.common import CREDITS, EntityRef, Source, claims_query, day_order, entity_ref, one_entity, period, source_of
from reelwire.query.history import Current, reports_for, summarise
from reelwire.store.kb import KnowledgeBase
from reelwire.store.schema import alias, claim, entity


@dataclass(frozen=True)
class Credit:
    film: EntityRef
    roles: tuple[str, ...]
    characters: tuple[str, ...]
    articles: int
    first: Source
    latest: Source
    release: tuple[Current, ...] = ()


@dataclass(frozen=True)
class Upcoming:
    film: EntityRef
    release: Current


@dataclass
class PersonView:
    person: EntityRef
    aliases: list[str] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    upcoming: list[Upcoming] = field(default_factory=list)
    others: list[EntityRef] = field(default_factory=list)
    as_of: date | None = None


def person_view(kb: KnowledgeBase, name: str | None, as_of: date | None = None, today: date | None = None,
                *, person_id: int | None = None) -> PersonView:
    """`today` decides what is upcoming: the as-of day when given, else the real today. The person
    is found by name (CLI) or by id (web pages link by id: namesakes share names)."""
    day = as_of or today or date.today()
    with kb.engine.connect() as conn:
        if person_id is not None:
            person, others = entity_ref(conn, person_id, ("person",), "person"), []
        else:
            person, others = one_entity(conn, name or "", ("person",), "person")
        rows = sorted(conn.execute(claims_query(as_of).where(claim.c.object_id == person.id,
                                                             claim.c.predicate.in_(CREDITS))).all(), key=day_order)
        films = {r.id: EntityRef(r.id, r.type, r.name) for r in conn.execute(
            select(entity.c.id, entity.c.type, entity.c.name).where(entity.c.id.in_(sorted({r.subject_id for r in rows}))))}
        releases = reports_for(conn, sorted(films), as_of) if films else {}
        aliases = [a for (a,) in conn.execute(select(alias.c.name).where(alias.c.entity_id == person.id).order_by(alias.c.id))]
    by_film: dict[int, list] = {}
    for r in rows:
        by_film.setdefault(r.subject_id, []).append(r)
    credits, upcoming = [], []
    for film_id, rs in by_film.items():
        current = tuple(summarise(releases.get(film_id, [])))
        roles = tuple(dict.fromkeys(r.predicate for r in rs))
        characters = tuple(dict.fromkeys(c for r in rs if (c := (r.qualifiers or {}).get("character"))))
        credits.append(Credit(film=films[film_id], roles=roles, characters=characters,
                              articles=len({r.article_id for r in rs}), first=source_of(rs[0]), latest=source_of(rs[-1]),
                              release=current))
        for c in current:
            span = period(c.value)
            if span and span[1] >= day and c.status != "released":
                upcoming.append(Upcoming(films[film_id], c))
    credits.sort(key=lambda c: (min((c.value for c in c.release), default="9999"), c.film.name))
    upcoming.sort(key=lambda u: (period(u.release.value)[0], u.film.name))
    return PersonView(person=person, aliases=aliases, credits=credits, upcoming=upcoming, others=others, as_of=as_of)
