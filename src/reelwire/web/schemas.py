"""Response shapes of the JSON API, so that /api/docs documents every field.

They reuse query/'s dataclasses wherever the API returns them as they are (pydantic reads
dataclasses), and add only what the API puts beside them: evidence, links and page cursors.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from reelwire.query.calendar import CalendarEntry
from reelwire.query.changes import Change
from reelwire.query.common import EntityRef, Source
from reelwire.query.history import Current, Move
from reelwire.query.person import PersonView
from reelwire.query.search import Hit

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


class EntityItem(BaseModel):
    id: int
    type: str
    name: str
    claims: int
    url: str


class EvidenceOut(BaseModel):
    """A claim's sentence, its offsets into the article text and some text either side."""

    claim_id: int
    article_id: str
    article: str
    title: str | None
    url: str | None
    published: date | None
    sentence: str
    start: int
    end: int
    before: str
    after: str
    article_url: str


class FactOut(BaseModel):
    predicate: str
    value: str | None
    value_id: int | None
    qualifiers: dict[str, Any]
    articles: int
    first: Source
    latest: Source
    inverse: bool
    evidence: list[EvidenceOut]


class ReleaseOut(BaseModel):
    value: str
    status: str | None
    region: str | None
    medium: str | None
    sources: list[Source]
    conflict: bool
    evidence: list[EvidenceOut]


class ReportOut(BaseModel):
    value: str
    status: str | None
    region: str | None
    medium: str | None
    source: Source
    current: bool


class FilmOut(BaseModel):
    film: EntityRef
    aliases: list[str]
    as_of: date | None
    articles: int
    release: list[ReleaseOut]
    facts: list[FactOut]
    history: list[ReportOut]
    moves: list[Move]


class CalendarItem(BaseModel):
    film: EntityRef
    release: Current
    start: date
    end: date
    url: str


class ChangeItem(BaseModel):
    kind: str
    film: EntityRef
    detail: str
    source: Source
    old: str | None
    new: str | None
    url: str


class ClaimOut(BaseModel):
    id: int
    predicate: str
    subject_id: int
    subject: str
    subject_type: str
    object_id: int | None
    object: str | None
    object_type: str | None
    qualifiers: dict[str, Any]
    article_id: str
    article: str
    published: date | None
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float
    url: str | None
    article_url: str


class ArticleOut(BaseModel):
    id: str
    name: str
    title: str | None
    url: str | None
    outlet: str | None
    published: date | None
    text: str
    claims: list[ClaimOut]


__all__ = ["ArticleOut", "CalendarEntry", "CalendarItem", "Change", "ChangeItem", "ClaimOut", "EntityItem", "FilmOut",
           "Hit", "Page", "PersonView"]
