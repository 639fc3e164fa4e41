"""HTML pages: the same read models as the API, rendered with Jinja2 (autoescaped, no JavaScript).

Each handler gathers read-model values and hands them to one template; the templates do the
presentation, and never receive pre-built HTML from article text.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, timedelta
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from reelwire.export.ical import calendar_ics
from reelwire.export.jsonld import html_safe, movie
from reelwire.query.calendar import release_calendar
from reelwire.query.changes import changes_since
from reelwire.query.common import TITLE_TYPES
from reelwire.query.search import search as search_kb
from reelwire.web import api, paging, reads, records
from reelwire.web.highlight import runs
from reelwire.web.timeline import timeline

router = APIRouter(include_in_schema=False)

#: How the film page groups facts, in reading order; predicates not listed fall under "Other".
KINDS = OrderedDict([
    ("Cast and crew", ("cast_member", "director", "screenwriter", "producer")),
    ("Studios", ("studio",)),
    ("Franchise and sources", ("part_of_franchise", "set_after", "set_before", "based_on")),
    ("Events", ("event",)),
    ("Box office", ("box_office",)),
    ("Awards", ("award",)),
    ("Quotes", ("quote",)),
])


def render(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status_code)


def _today(request: Request) -> date:
    return request.app.state.today or reads.reference_day(request.app.state.kb)


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    kb = request.app.state.kb
    day = _today(request)
    upcoming = release_calendar(kb, day, day + timedelta(days=366))
    newest = reads.latest_day(kb)
    since = (newest or day) - timedelta(days=30)
    recent = list(reversed(changes_since(kb, since)))[:30]
    ids = records.article_ids_by_name(kb, [c.source.article for c in recent])
    return render(request, "home.html", day=day, upcoming=upcoming[:30], changes=recent, since=since, article_ids=ids)


@router.get("/films", response_class=HTMLResponse)
def films(request: Request, cursor: str | None = None, name: str | None = None):
    after = paging.decode(cursor)
    rows = records.entities(request.app.state.kb, TITLE_TYPES, tuple(after) if after else None, 51, name=name)
    nxt = paging.encode([rows[49].key, rows[49].id]) if len(rows) > 50 else None
    return render(request, "list.html", kind="films", rows=rows[:50], next_cursor=nxt, name=name)


@router.get("/people", response_class=HTMLResponse)
def people(request: Request, cursor: str | None = None, name: str | None = None):
    after = paging.decode(cursor)
    rows = records.entities(request.app.state.kb, ("person",), tuple(after) if after else None, 51, name=name)
    nxt = paging.encode([rows[49].key, rows[49].id]) if len(rows) > 50 else None
    return render(request, "list.html", kind="people", rows=rows[:50], next_cursor=nxt, name=name)


@router.get("/films/{film_id}", response_class=HTMLResponse)
def film(request: Request, film_id: int, as_of: date | None = None):
    page = reads.film_page(request.app.state.kb, film_id, as_of)
    groups: list[tuple[str, list]] = []
    placed = set()
    for kind, predicates in KINDS.items():
        items = [(f, page.evidence[i]) for i, f in enumerate(page.view.facts) if f.predicate in predicates]
        placed |= set(predicates)
        if items:
            groups.append((kind, items))
    other = [(f, page.evidence[i]) for i, f in enumerate(page.view.facts) if f.predicate not in placed]
    if other:
        groups.append(("Other", other))
    return render(request, "film.html", page=page, view=page.view, groups=groups, chart=timeline(page.history),
                  jsonld=html_safe(movie(page, str(request.base_url))))


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person(request: Request, person_id: int, as_of: date | None = None):
    view = reads.person_page(request.app.state.kb, person_id, as_of, today=_today(request))
    ids = records.article_ids_by_name(request.app.state.kb, [c.latest.article for c in view.credits])
    return render(request, "person.html", view=view, article_ids=ids)


@router.get("/calendar", response_class=HTMLResponse)
def calendar(request: Request, start: date | None = Query(None, alias="from"), end: date | None = Query(None, alias="to"),
             region: str | None = None, medium: str | None = None, as_of: date | None = None):
    region, medium = (region or None), (medium or None)
    start = start or (as_of or _today(request)).replace(day=1)
    end = end or start + timedelta(days=365)
    entries = release_calendar(request.app.state.kb, start, end, region=region, medium=medium, as_of=as_of)
    months: OrderedDict[str, list] = OrderedDict()
    for e in entries:
        months.setdefault(e.start.strftime("%B %Y"), []).append(e)
    query = urlencode([(k, v) for k, v in (("region", region), ("medium", medium)) if v])
    return render(request, "calendar.html", months=months, start=start, end=end, region=region, medium=medium, as_of=as_of,
                  ics=f"/calendar.ics{'?' + query if query else ''}")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str):
    page = records.article_page(request.app.state.kb, article_id)
    return render(request, "article.html", page=page, runs=runs(page.text, page.claims))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = ""):
    if len(q) > api.MAX_QUERY_CHARS:
        return render(request, "error.html", status_code=400, status=400,
                      message=f"search text too long ({len(q):,} characters > {api.MAX_QUERY_CHARS}); search for fewer words")
    hits = search_kb(request.app.state.kb, q, limit=30) if q.strip() else []
    return render(request, "search.html", q=q, hits=hits)


@router.get("/calendar.ics")
def calendar_feed(request: Request, region: str | None = None, medium: str | None = None):
    body = calendar_ics(request.app.state.kb, region=region or None, medium=medium or None, base_url=str(request.base_url))
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'inline; filename="reelwire.ics"'})
