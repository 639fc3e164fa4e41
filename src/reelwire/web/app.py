"""The FastAPI application: HTML pages, the JSON API under /api/ and the iCalendar feed.

Read-only: no route writes, and every connection is read-only (SQLite `PRAGMA query_only`, a
PostgreSQL read-only session), so a bug cannot write either. The one exception is `POST /api/articles` (web/ingest.py), which exists only when
a token is given and writes through a connection of its own. The pages need no JavaScript, so they are served with a Content-Security-Policy
that forbids every script: were escaping ever to fail, article text still could not run. Errors of the library become HTTP errors only here, at the edge: a missing
film is a 404 (JSON under /api/, a page elsewhere), a bad cursor a 400. Request bodies are bounded
(web/limits.py: 413 over 1 MB).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import event

from reelwire.errors import NotFoundError, ReelwireError
from reelwire.store.kb import KnowledgeBase, open_kb
from reelwire.web import api, pages
from reelwire.web.limits import MAX_BODY_BYTES, BodyLimit
from reelwire.web.paging import CursorError

HERE = Path(__file__).parent
#: No script may run on a page (JSON-LD is a data block, not a script), nothing loads from elsewhere.
PAGE_POLICY = ("default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


def _query_only(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _read_only_session(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cursor.close()
    dbapi_connection.commit()


def read_only(kb: KnowledgeBase) -> KnowledgeBase:
    """Make every later connection refuse writes (open_kb has already created the tables): SQLite's
    `query_only`, PostgreSQL's read-only session."""
    listener = {"sqlite": _query_only, "postgresql": _read_only_session}.get(kb.engine.dialect.name)
    if listener is not None:
        event.listen(kb.engine, "connect", listener)
        kb.engine.dispose()
    return kb


def create_app(db_url: str | None = None, kb: KnowledgeBase | None = None, today: date | None = None,
               token: str | None = None, model: str | None = None, max_body: int = MAX_BODY_BYTES) -> FastAPI:
    """`today` fixes the day "upcoming" counts from (tests); by default the newest article's day
    or the real today, whichever is earlier. With `token`, `POST /api/articles` ingests articles
    (with the spaCy pipeline `model`) for requests that carry it; without, no route writes."""
    app = FastAPI(title="reelwire", description="A source-cited film knowledge base built from entertainment news.",
                  version="0.1.0", docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json")
    if token is not None and not token.strip():
        raise ReelwireError("the token is empty; give --token a secret string, or leave it out to serve read-only")
    kb = kb or open_kb(db_url)
    writer = open_kb(kb.engine.url.render_as_string(hide_password=False)) if token else None
    app.state.kb = read_only(kb)
    app.state.today = today
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["period_label"] = period_label
    templates.env.filters["web_url"] = web_url
    templates.env.filters["amount"] = amount_label
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    if writer is not None:
        from reelwire.web.ingest import ingest_router

        app.include_router(ingest_router(writer, token, model))
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if response.headers.get("content-type", "").startswith("text/html") and request.url.path != app.docs_url:
            response.headers["Content-Security-Policy"] = PAGE_POLICY
        return response

    app.add_middleware(BodyLimit, max_bytes=max_body)

    @app.exception_handler(NotFoundError)
    def not_found(request: Request, exc: NotFoundError):
        return _error(request, 404, str(exc))

    @app.exception_handler(CursorError)
    def bad_cursor(request: Request, exc: CursorError):
        return _error(request, 400, str(exc))

    @app.exception_handler(ReelwireError)
    def failed(request: Request, exc: ReelwireError):
        return _error(request, 500, str(exc))

    @app.exception_handler(404)
    def no_route(request: Request, exc):
        return _error(request, 404, getattr(exc, "detail", None) or "no such page; start at /")

    return app


def _error(request: Request, status: int, message: str):
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status)
    return pages.render(request, "error.html", status_code=status, status=status, message=message)


def web_url(url: str | None) -> str | None:
    """An article's own URL, only when it is http(s): `javascript:` and the like never become links."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def amount_label(value: str | None) -> str:
    """An amount literal as a reader says it: "12500000 USD" → "12,500,000 USD"."""
    number, _, currency = (value or "").partition(" ")
    try:
        return f"{float(number):,.0f} {currency}".strip()
    except ValueError:
        return value or ""


_SEASONS = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}


def period_label(value: str | None) -> str:
    """A TIMEX3 value as a reader says it: 2026-03-06 → 6 March 2026, 2026-SU → summer 2026."""
    if not value:
        return ""
    parts = value.split("-")
    try:
        if len(parts) == 3 and parts[2].isdigit():
            d = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return f"{d.day} {d.strftime('%B %Y')}"
        if len(parts) == 2 and parts[1].isdigit():
            return date(int(parts[0]), int(parts[1]), 1).strftime("%B %Y")
        if len(parts) == 2 and parts[1] in _SEASONS:
            return f"{_SEASONS[parts[1]]} {parts[0]}"
    except ValueError:
        return value
    return value
