"""Response shapes of the JSON API, so that /api/docs documents every field.

They reuse the dataclasses of query/ and web/ wherever the API returns them as they are (pydantic
reads dataclasses), and add only what the API puts beside them: evidence, links and page cursors.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date
from typing import Generic, TypeVar

from pydantic import BaseModel
from pydantic.dataclasses import dataclass

from reelwire.query.calendar import CalendarEntry
from reelwire.query.changes import Change
from reelwire.query.common import EntityRef, Source
from reelwire.query.film import FactSummary
from reelwire.query.history import Current, Move, Report
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


@dataclass(frozen=True)
class FactOut(FactSummary):
    evidence: list[EvidenceOut] = field(default_factory=list)


@dataclass(frozen=True)
class ReleaseOut(Current):
    evidence: list[EvidenceOut] = field(default_factory=list)


class FilmOut(BaseModel):
    film: EntityRef
    aliases: list[str]
    as_of: date | None
    articles: int
    release: list[ReleaseOut]
    facts: list[FactOut]
    history: list[Report]
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
