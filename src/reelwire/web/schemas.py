"""Response shapes of the JSON API, so that /api/docs documents every field.

They reuse the dataclasses of query/ and web/ wherever the API returns them as they are (pydantic
reads dataclasses), and add only what the API puts beside them: evidence, links and page cursors.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from pydantic.dataclasses import dataclass

from reelwire.query.calendar import CalendarEntry
from reelwire.query.changes import Change
from reelwire.query.common import EntityRef, Source
from reelwire.query.history import Current, Move
from reelwire.query.person import PersonView
from reelwire.query.search import Hit
from reelwire.web import reads, records

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


@dataclass(frozen=True)
class EvidenceOut(reads.Evidence):
    """A claim's sentence, its offsets into the article text and some text either side."""

    article_url: str = ""


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


@dataclass(frozen=True)
class ClaimOut(records.ClaimRow):
    article_url: str = ""


@dataclass
class ArticleOut(records.ArticlePage):
    claims: list[ClaimOut]


__all__ = ["ArticleOut", "CalendarEntry", "CalendarItem", "Change", "ChangeItem", "ClaimOut", "EntityItem", "FilmOut",
           "Hit", "Page", "PersonView"]
