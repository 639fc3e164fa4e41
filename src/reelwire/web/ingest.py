"""`POST /api/articles`: ingest one article over HTTP. Exists only when `reelwire serve --token` is given.

The request carries `Authorization: Bearer <token>`; without it the answer is 401, with a wrong
one 403 (compared in constant time). The body is one article as JSON (`text`, `title`,
`published`, `url`, `outlet`), checked like a file's article (read/checks.py: length, language,
date) and ingested through the library (`ingest_stream`: relevance filter, analysis,
extraction, store) on a writing connection of its own; the rest of the app stays read-only.
Articles are processed one at a time (one spaCy pipeline, one writer).
"""

from __future__ import annotations

import hmac
import threading

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from reelwire.errors import ReadError
from reelwire.ingest import ingest_stream
from reelwire.model import Article
from reelwire.read.checks import MAX_ARTICLE_CHARS, check_article
from reelwire.read.dates import parse_date
from reelwire.read.decode import without_surrogates
from reelwire.read.notices import ReadWarning
from reelwire.store.kb import KnowledgeBase


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(..., min_length=1, max_length=MAX_ARTICLE_CHARS, description="The article's text.")
    title: str | None = Field(None, max_length=2_000)
    published: str | None = Field(None, max_length=100, description="Publication day, YYYY-MM-DD.")
    url: str | None = Field(None, max_length=2_000)
    outlet: str | None = Field(None, max_length=200)


class Stored(BaseModel):
    id: str
    stored: bool
    claims: int
    url: str
    warnings: list[str]


def require_token(token: str):
    def check(request: Request) -> None:
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise HTTPException(401, "this endpoint needs `Authorization: Bearer <token>` (the --token of reelwire serve)",
                                headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(403, "wrong token; use the --token reelwire serve was started with")

    return check


def ingest_router(writer: KnowledgeBase, token: str, model: str | None = None) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["ingest"])
    one_at_a_time = threading.Lock()

    check_token = require_token(token)

    # The body is parsed here, after the token check, so that a caller without the token learns
    # nothing about what a valid body looks like (FastAPI parses declared bodies first).
    @router.post("/articles", response_model=Stored, status_code=201,
                 summary="Ingest one article (needs the server's --token)",
                 openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                     "schema": ArticleIn.model_json_schema()}}}},
                 responses={200: {"description": "Already stored"}, 401: {}, 403: {}, 413: {}, 422: {}})
    async def post_article(request: Request, response: Response):
        check_token(request)
        try:
            body = ArticleIn.model_validate_json(await request.body())
        except ValidationError as exc:
            raise HTTPException(422, [{k: e[k] for k in ("loc", "msg", "type")} for e in exc.errors()]) from None
        return await run_in_threadpool(store, body, response)

    def store(body: ArticleIn, response: Response):
        if not body.text.strip():
            raise HTTPException(422, "`text` is blank; give the article's text")
        try:
            published = parse_date(body.published, "published")
        except ReadError as exc:
            raise HTTPException(422, str(exc)) from None
        text = without_surrogates(body.text)
        article = Article(source=body.url or "api", text=text, title=_clean(body.title), published=published,
                          url=_clean(body.url), outlet=_clean(body.outlet))
        warnings = []
        for item in check_article(article):
            if isinstance(item, ReadError):
                raise HTTPException(422, str(item))
            if isinstance(item, ReadWarning):
                if item.skipped:
                    raise HTTPException(422, str(item))
                warnings.append(str(item))
        with one_at_a_time:
            summary = ingest_stream(writer, [article], model=model)
        if summary.errors:
            raise HTTPException(422, "; ".join(summary.errors))
        if not summary.articles:
            response.status_code = 200
        return {"id": article.id, "stored": bool(summary.articles), "claims": summary.claims,
                "url": f"/api/articles/{article.id}", "warnings": warnings}

    return router


def _clean(value: str | None) -> str | None:
    return without_surrogates(value) if value else None
