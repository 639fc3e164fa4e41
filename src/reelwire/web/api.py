"""The JSON API under /api/: the read models of query/ (through web/reads.py), as data.

Every list is a page `{"items": [...], "next_cursor": ...}`; pass `cursor=<next_cursor>` for the
next one. The functions here parse parameters and shape JSON; what a fact is, which date is
current and what moved is decided in query/, exactly as for the CLI.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Query, Request

from reelwire.query.calendar import release_calendar
from reelwire.query.changes import ORDER as CHANGE_ORDER, changes_since
from reelwire.query.common import TITLE_TYPES, find_entities
from reelwire.query.rows import as_data
from reelwire.query.search import search as search_kb
from reelwire.web import paging, reads, records
from reelwire.web.schemas import (ArticleOut, ChangeItem, CalendarItem, ClaimOut, EntityItem, FilmOut, Hit, Page,
                                  PersonView)

router = APIRouter(prefix="/api", tags=["api"])
Limit = Query(50, ge=1, le=paging.MAX_LIMIT, description="Items per page.")
Cursor = Query(None, description="The next_cursor of the previous page.")
FAR_PAST, FAR_FUTURE = date(1888, 1, 1), date(2200, 12, 31)
#: The longest search text or name filter: search time grows with the number of words (60,000
#: characters took 15 s), and no one types a title or a question longer than this.
MAX_QUERY_CHARS = 500


def kb_of(request: Request):
    return request.app.state.kb


def _page(items: list, next_cursor: str | None, **extra) -> dict[str, Any]:
    return {"items": items, "next_cursor": next_cursor, **extra}


def _entity_page(request: Request, types: tuple[str, ...], cursor: str | None, limit: int, name: str | None, path: str):
    after = paging.decode(cursor)
    rows = records.entities(kb_of(request), types, tuple(after) if after else None, limit + 1, name=name)
    more = len(rows) > limit
    rows = rows[:limit]
    items = [{"id": e.id, "type": e.type, "name": e.name, "claims": e.claims, "url": f"/api/{path}/{e.id}"} for e in rows]
    return _page(items, paging.encode([rows[-1].key, rows[-1].id]) if more else None)


@router.get("/films", response_model=Page[EntityItem], summary="Films and series, by name")
def films(request: Request, cursor: str | None = Cursor, limit: int = Limit,
          name: str | None = Query(None, max_length=MAX_QUERY_CHARS, description="Only those with a name containing this text.")):
    return _entity_page(request, TITLE_TYPES, cursor, limit, name, "films")


def evidence_data(e: reads.Evidence) -> dict[str, Any]:
    data = as_data(e)
    data["article_url"] = f"/api/articles/{e.article_id}"
    return data


def film_data(page: reads.FilmPage) -> dict[str, Any]:
    view = page.view
    facts = []
    for i, f in enumerate(view.facts):
        item = as_data(f)
        item["evidence"] = [evidence_data(e) for e in page.evidence.get(i, [])]
        facts.append(item)
    release = []
    for i, c in enumerate(view.release):
        item = as_data(c)
        item["evidence"] = [evidence_data(e) for e in page.release_evidence.get(i, [])]
        release.append(item)
    return {"film": as_data(view.film), "aliases": view.aliases, "as_of": as_data(view.as_of), "articles": page.articles,
            "release": release, "facts": facts, "history": as_data(page.history), "moves": as_data(page.moves)}


@router.get("/films/{film_id}", response_model=FilmOut, summary="A film's merged fact sheet, each fact with its evidence")
def film(request: Request, film_id: int, as_of: date | None = Query(None, description="The knowledge base as it stood on this day.")):
    return film_data(reads.film_page(kb_of(request), film_id, as_of))


@router.get("/people", response_model=Page[EntityItem], summary="Persons credited or quoted, by name")
def people(request: Request, cursor: str | None = Cursor, limit: int = Limit,
           name: str | None = Query(None, max_length=MAX_QUERY_CHARS, description="Only those with a name containing this text.")):
    return _entity_page(request, ("person",), cursor, limit, name, "people")


@router.get("/people/{person_id}", response_model=PersonView, summary="A person's filmography and upcoming releases")
def person(request: Request, person_id: int, as_of: date | None = Query(None)):
    kb = kb_of(request)
    return as_data(reads.person_page(kb, person_id, as_of, today=request.app.state.today or reads.reference_day(kb)))


def _calendar_key(e) -> list:
    return [e.start.isoformat(), e.end.isoformat(), e.film.name, e.film.id, e.release.region or "",
            e.release.medium or "", e.release.value]


@router.get("/calendar", response_model=Page[CalendarItem], summary="Films whose current release date falls between two days")
def calendar(request: Request, start: date = Query(FAR_PAST, alias="from"), end: date = Query(FAR_FUTURE, alias="to"),
             region: str | None = Query(None, description="ISO 3166 alpha-2; reports that state no region are kept."),
             medium: str | None = Query(None, description="theatrical, streaming, tv or home; unstated ones are kept."),
             as_of: date | None = None, cursor: str | None = Cursor, limit: int = Limit):
    entries = release_calendar(kb_of(request), start, end, region=region, medium=medium, as_of=as_of)
    page, nxt = paging.page_list(entries, _calendar_key, cursor, limit)
    return _page([{**as_data(e), "url": f"/api/films/{e.film.id}"} for e in page], nxt)




def _change_key(c) -> list:
    return [c.source.published.isoformat() if c.source.published else "", CHANGE_ORDER.get(c.kind, 9), c.film.name, c.detail,
            c.source.article]


@router.get("/changes", response_model=Page[ChangeItem], summary="New films, new credits and moved dates reported since a day")
def changes(request: Request, since: date = Query(..., description="YYYY-MM-DD"), cursor: str | None = Cursor,
            limit: int = Limit):
    found = changes_since(kb_of(request), since)
    page, nxt = paging.page_list(found, _change_key, cursor, limit)
    return _page([{**as_data(c), "url": f"/api/films/{c.film.id}"} for c in page], nxt)


#: Ranked search pages by position: how far a client may page into one query's hits.
MAX_SEARCH_DEPTH = 1000


@router.get("/search", response_model=Page[Hit], summary="Full-text search over entity names and articles")
def search(request: Request, q: str = Query(..., min_length=1, max_length=MAX_QUERY_CHARS),
           limit: int = Query(20, ge=1, le=paging.MAX_LIMIT), cursor: str | None = Cursor):
    """Hits are ranked, not sorted by a key, so the cursor holds a position in the ranking (and the
    query it belongs to). The first n hits of a deeper search are the n hits of a shallower one."""
    after = paging.decode(cursor)
    offset = 0
    if after is not None:
        if len(after) != 2 or after[1] != q or not isinstance(after[0], int) or not 0 < after[0] <= MAX_SEARCH_DEPTH:
            raise paging.CursorError("invalid cursor for this search; use the next_cursor of a previous page of the same q")
        offset = after[0]
    hits = search_kb(kb_of(request), q, limit=offset + limit + 1)
    page = hits[offset:offset + limit]
    more = len(hits) > offset + limit and offset + limit < MAX_SEARCH_DEPTH
    return _page([as_data(h) for h in page], paging.encode([offset + limit, q]) if more else None)


def _claim_data(c: records.ClaimRow) -> dict[str, Any]:
    data = as_data(c)
    data["article_url"] = f"/api/articles/{c.article_id}"
    return data


@router.get("/facts", response_model=Page[ClaimOut], summary="Stored claims, filtered by predicate, subject and article")
def facts(request: Request, predicate: str | None = None,
          subject: str | None = Query(None, max_length=MAX_QUERY_CHARS, description="An entity id, or a name (any alias)."),
          article: str | None = Query(None, description="An article id."), cursor: str | None = Cursor, limit: int = Limit):
    kb = kb_of(request)
    subject_ids = None
    if subject is not None:
        if subject.isdigit():
            subject_ids = [int(subject)]
        else:
            with kb.engine.connect() as conn:
                types = ("film", "series", "person", "franchise", "org", "award", "work", "character", "event_venue", "outlet")
                subject_ids = [e.id for e in find_entities(conn, subject, types)]
    after = paging.decode(cursor)
    rows = records.claims(kb, predicate, subject_ids, article, after=int(after[0]) if after else None, limit=limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return _page([_claim_data(c) for c in rows], paging.encode([rows[-1].id]) if more else None)


@router.get("/articles/{article_id}", response_model=ArticleOut, summary="An article: its text and every claim taken from it")
def article(request: Request, article_id: str):
    page = records.article_page(kb_of(request), article_id)
    return {**as_data(page), "claims": [_claim_data(c) for c in page.claims]}
