"""Ingest: read → process → store, in bounded batches, reporting bad input and going on."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from reelwire.errors import ReadError
from reelwire.model import Article
from reelwire.process import process_articles
from reelwire.store.kb import KnowledgeBase

BATCH = 32


@dataclass
class IngestSummary:
    articles: int = 0
    skipped: int = 0
    claims: int = 0
    errors: list[str] = field(default_factory=list)


def ingest_stream(kb: KnowledgeBase, items: Iterable[Article | ReadError], model: str | None = None,
                  on_item: Callable[[str], None] | None = None) -> IngestSummary:
    summary = IngestSummary()
    batch: list[Article] = []

    def flush() -> None:
        fresh = [a for a in batch if not kb.has_article(a.id)]
        summary.skipped += len(batch) - len(fresh)
        for done in process_articles(fresh, model=model):
            added = kb.add(done)
            if added is None:
                summary.skipped += 1
            else:
                summary.articles += 1
                summary.claims += added
        batch.clear()

    for item in items:
        if isinstance(item, ReadError):
            summary.errors.append(str(item))
        else:
            batch.append(item)
        if on_item is not None:
            on_item(getattr(item, "source", ""))
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    return summary


def ingest_articles(kb: KnowledgeBase, articles: list[Article], model: str | None = None) -> IngestSummary:
    return ingest_stream(kb, articles, model=model)
