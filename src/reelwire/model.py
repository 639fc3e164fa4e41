"""The plain values that flow between stages: Article, TimeValue, Evidence, Fact.

They are frozen dataclasses so that every stage can run in another process (Dask workers
pickle them) and so that a stage cannot change what an earlier one produced.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any


def normalise_text(text: str) -> str:
    """The form of an article's text that decides its identity: NFC, whitespace collapsed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    """A stable id from the normalised text, so the same story read twice is stored once."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One news article as read: `text` is exactly what offsets point into."""

    source: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id(self.text))

    @property
    def name(self) -> str:
        """The bare file name of the source (what fact exports call `article`)."""
        return re.split(r"[\\/]", self.source.rstrip("/"))[-1] or self.source


@dataclass(frozen=True)
class TimeValue:
    """A time expression found in a text: offsets, TIMEX3 type and value (may be underspecified)."""

    start: int
    end: int
    text: str
    type: str
    value: str
    rule: str = ""


@dataclass(frozen=True)
class Evidence:
    """Where a fact is stated: character offsets into the article text and the sentence itself."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Fact:
    """One claim taken from one article, in the vocabulary of eval/FORMAT.md.

    `subject` and `object` are names as the article gives them after in-article resolution;
    `object` is a time value or amount literal for release dates, events and box office, and
    None for quotes. `qualifiers` holds character, status, region, medium, type, period,
    category, outcome, film, outlet.
    """

    predicate: str
    subject: str
    object: str | None
    evidence: Evidence
    rule: str
    subject_type: str = "film"
    object_type: str = "person"
    qualifiers: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.8

    def key(self) -> tuple:
        """Identity within one article: the same fact from the same sentence is one fact."""
        return (
            self.predicate,
            self.subject,
            self.object,
            tuple(sorted(self.qualifiers.items())),
            self.evidence.start,
        )

    def as_prediction(self, article_name: str) -> dict[str, Any]:
        """The JSON Lines record of FORMAT.md's "Predictions"."""
        row: dict[str, Any] = {"article": article_name, "p": self.predicate, "s": self.subject}
        if self.object is not None:
            row["o"] = self.object
        row.update({k: v for k, v in self.qualifiers.items() if v is not None})
        row["evidence"] = {"start": self.evidence.start, "end": self.evidence.end, "text": self.evidence.text}
        row["rule"] = self.rule
        return row
