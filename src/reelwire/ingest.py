"""Ingest: read → process → store, in bounded batches, reporting bad input and going on.

The input is a stream (`iter_articles` is a generator) and at most one batch of articles and
their facts is held at a time, so memory does not grow with the corpus. The Dask runner
(`reelwire.scale.dask_runner`) does the same per partition on workers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.exc import OperationalError

from reelwire.errors import ReadError, ReelwireError
from reelwire.model import Article
from reelwire.process import Processed, process_articles
from reelwire.store.kb import KnowledgeBase

BATCH = 32


@dataclass
class IngestSummary:
    articles: int = 0
    skipped: int = 0
    claims: int = 0
    irrelevant: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def merge(self, other: "IngestSummary") -> None:
        self.articles += other.articles
        self.skipped += other.skipped
        self.claims += other.claims
        self.irrelevant += other.irrelevant
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)


def store_processed(kb: KnowledgeBase, done: Iterable[Processed], summary: IngestSummary) -> None:
    """Write processed articles (one transaction for the lot), counting new ones, already-stored ones,
    claims and skipped-by-filter.

    When the store refuses the batch for something in one article (a value the database rejects, a
    bug in building its rows), the batch is written again one article at a time, so that only that
    article is lost, and reported with its file. A database that cannot be written at all (lost
    connection, disk full, locked: OperationalError) stops the ingest instead: every article would fail."""
    done = list(done)
    try:
        results = kb.add_many(done)
    except OperationalError:
        raise
    except Exception:
        results = [_add_one(kb, item, summary) for item in done]
    for item, added in zip(done, results):
        if added is _FAILED:
            continue
        if added is None:
            summary.skipped += 1
            continue
        summary.articles += 1
        summary.claims += added
        summary.irrelevant += not item.relevant


_FAILED = object()


def _add_one(kb: KnowledgeBase, item: Processed, summary: IngestSummary):
    try:
        return kb.add(item)
    except OperationalError:
        raise
    except Exception as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        summary.errors.append(f"{item.article.source}: could not be stored ({type(exc).__name__}: {reason}); "
                              "the other articles of its batch were stored")
        return _FAILED


def batches(items: Iterable[Article | ReadError], summary: IngestSummary, size: int = BATCH,
            on_item: Callable[[str], None] | None = None):
    """Articles in lists of at most `size`; ReadErrors go to `summary.errors` on the way."""
    batch: list[Article] = []
    for item in items:
        if isinstance(item, ReadError):
            summary.errors.append(str(item))
        elif isinstance(item, Article):
            batch.append(item)
        else:  # a ReadWarning: the article (if any) comes as its own item
            summary.warnings.append(str(item))
        if on_item is not None:
            on_item(getattr(item, "source", ""))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_stream(kb: KnowledgeBase, items: Iterable[Article | ReadError], model: str | None = None,
                  on_item: Callable[[str], None] | None = None, batch_size: int = BATCH,
                  filter_relevance: bool = True) -> IngestSummary:
    summary = IngestSummary()
    for batch in batches(items, summary, batch_size, on_item):
        stored = kb.stored_ids(a.id for a in batch)
        fresh = [a for a in batch if a.id not in stored]
        summary.skipped += len(batch) - len(fresh)
        store_processed(kb, _process_isolated(fresh, model, batch_size, filter_relevance, summary), summary)
    return summary


def _process_isolated(articles: list[Article], model, batch_size: int, filter_relevance: bool,
                      summary: IngestSummary) -> list[Processed]:
    """Process a batch; when an article breaks the analysis, redo the batch one by one so that
    only that article is lost (and reported), never its neighbours."""
    try:
        return list(process_articles(articles, model=model, batch_size=batch_size, filter_relevance=filter_relevance))
    except ReelwireError:
        raise
    except Exception:
        done: list[Processed] = []
        for article in articles:
            try:
                done.extend(process_articles([article], model=model, batch_size=1, filter_relevance=filter_relevance))
            except ReelwireError:
                raise
            except Exception as exc:  # a bug in the analysis: report it with the file, keep going
                summary.errors.append(f"{article.source}: analysis failed ({type(exc).__name__}: {exc}); "
                                      "report it with the article attached")
        return done


def ingest_articles(kb: KnowledgeBase, articles: list[Article], model: str | None = None) -> IngestSummary:
    return ingest_stream(kb, articles, model=model)


ENGINES = ("local", "dask")


def ingest_paths(kb: KnowledgeBase, paths, model: str | None = None, engine: str = "local",
                 scheduler: str | None = None, workers: int | None = None,
                 on_items: Callable[[int], None] | None = None) -> IngestSummary:
    """Ingest files and folders with the chosen engine: `local` (this process) or `dask`."""
    from reelwire.errors import ConfigError

    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; use --engine local or --engine dask")
    if engine == "local":
        if scheduler or workers:
            raise ConfigError("--scheduler and --workers need --engine dask")
        from reelwire.read import iter_articles

        step = (lambda _: on_items(1)) if on_items else None
        return ingest_stream(kb, iter_articles(paths, warnings=True), model=model, on_item=step)
    if scheduler and workers:
        raise ConfigError("give either --scheduler (an existing cluster) or --workers (a local one), not both")
    from reelwire.scale.dask_runner import dask_client, ingest_dask

    with dask_client(scheduler, workers) as client:
        return ingest_dask(kb, paths, client, model=model, on_items=on_items)
