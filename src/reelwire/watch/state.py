"""What the watcher remembers between cycles, in the knowledge base's own database.

The tables live beside the knowledge base (same engine, their own MetaData, created on first
use) so that one file or one PostgreSQL schema holds everything a restart needs: each source's
validators (ETag, Last-Modified) and back-off, the items already read from it, the articles the
watcher stored (whose changes are still to be alerted), and the changes already alerted to each
target. Nothing here is read by the rest of reelwire.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import (Boolean, Column, Date, DateTime, Engine, Integer, MetaData, String, Table, Text, delete,
                        insert, select, update)
from sqlalchemy.exc import IntegrityError

watch_metadata = MetaData()

#: One row a watched source (feed URL, sitemap URL or folder).
watch_source = Table(
    "watch_source", watch_metadata,
    Column("source", String(2000), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("failures", Integer, nullable=False, default=0),
    Column("next_try", DateTime),
    Column("last_error", Text),
    Column("last_ok", DateTime),
)

#: An item read from a source: a feed entry, a sitemap URL or a file. `version` says which
#: version was read (the entry's updated stamp, the URL's lastmod, the file's hash) so that a
#: changed item is read again; `stamp` is a cheap pre-check (a file's mtime and size).
watch_item = Table(
    "watch_item", watch_metadata,
    Column("source", String(2000), primary_key=True),
    Column("key", String(2000), primary_key=True),
    Column("version", Text),
    Column("stamp", Text),
    Column("article_id", String(32)),
    Column("seen_at", DateTime, nullable=False),
)

#: Articles the watcher ingests; `alerted` turns true once every change they brought was sent.
watch_article = Table(
    "watch_article", watch_metadata,
    Column("article_id", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("url", Text),
    Column("published", Date),
    Column("source", String(2000), nullable=False),
    Column("ingested_at", DateTime, nullable=False),
    Column("alerted", Boolean, nullable=False, default=False),
)

#: A change sent to a target ("stdout", "webhook=URL"): never sent there again.
watch_alert = Table(
    "watch_alert", watch_metadata,
    Column("change_id", String(32), primary_key=True),
    Column("target", String(2000), primary_key=True),
    Column("sent_at", DateTime, nullable=False),
)


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class SourceState:
    source: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_try: datetime | None = None
    last_error: str | None = None


@dataclass(frozen=True)
class PendingArticle:
    article_id: str
    name: str
    url: str | None
    published: date | None


class WatchState:
    """Reads and writes the watch tables; each method is one short transaction."""

    def __init__(self, engine: Engine):
        self.engine = engine
        watch_metadata.create_all(engine)

    # sources -------------------------------------------------------------------------------
    def source(self, source: str) -> SourceState:
        with self.engine.connect() as conn:
            row = conn.execute(select(watch_source).where(watch_source.c.source == source)).first()
        if row is None:
            return SourceState(source)
        return SourceState(source, row.etag, row.last_modified, row.failures or 0, row.next_try, row.last_error)

    def _put(self, table: Table, keys: dict, values: dict, defaults: dict | None = None) -> None:
        """Update the row with `keys`, or insert it. Portable (no dialect upsert); when another
        watcher inserts the same row first, its insert wins the race and ours becomes an update."""
        where = [table.c[k] == v for k, v in keys.items()]
        for _ in range(2):
            try:
                with self.engine.begin() as conn:
                    if conn.execute(update(table).where(*where).values(**values)).rowcount == 0:
                        conn.execute(insert(table).values(**{**(defaults or {}), **keys, **values}))
                return
            except IntegrityError:
                continue

    def _upsert_source(self, source: str, **values) -> None:
        self._put(watch_source, {"source": source}, values, {"failures": 0})

    def source_ok(self, source: str, etag: str | None = None, last_modified: str | None = None,
                  keep_validators: bool = False) -> None:
        """A successful poll: failures reset; validators stored unless the poll left work undone."""
        values = {"failures": 0, "next_try": None, "last_error": None, "last_ok": now()}
        if not keep_validators:
            values.update(etag=etag, last_modified=last_modified)
        self._upsert_source(source, **values)

    def source_failed(self, source: str, error: str, backoff: timedelta) -> SourceState:
        """A failed poll: one more failure, and no new try before `backoff` has passed."""
        failures = self.source(source).failures + 1
        next_try = now() + backoff_delay(backoff, failures)
        self._upsert_source(source, failures=failures, next_try=next_try, last_error=error)
        return self.source(source)

    # items ---------------------------------------------------------------------------------
    def items(self, source: str) -> dict[str, tuple[str | None, str | None]]:
        """Key → (version, stamp) of every item already read from `source`."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(watch_item.c.key, watch_item.c.version, watch_item.c.stamp)
                                .where(watch_item.c.source == source))
            return {r.key: (r.version, r.stamp) for r in rows}

    def item_seen(self, source: str, key: str, version: str | None, stamp: str | None = None,
                  article_id: str | None = None) -> None:
        self._put(watch_item, {"source": source, "key": key},
                  {"version": version, "stamp": stamp, "article_id": article_id, "seen_at": now()})

    def item_touched(self, source: str, key: str, stamp: str | None) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(watch_item).where(watch_item.c.source == source, watch_item.c.key == key)
                         .values(stamp=stamp))

    # articles and alerts -------------------------------------------------------------------
    def article_expected(self, article_id: str, name: str, url: str | None, published: date | None,
                         source: str) -> None:
        """An article about to be ingested; its changes are alerted once it is in the knowledge base."""
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(watch_article.c.article_id).where(watch_article.c.article_id == article_id)).first():
                    return
                conn.execute(insert(watch_article).values(article_id=article_id, name=name, url=url, published=published,
                                                          source=source, ingested_at=now(), alerted=False))
        except IntegrityError:
            pass  # another watcher recorded it first

    def pending_articles(self) -> list[PendingArticle]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(watch_article).where(watch_article.c.alerted.is_(False))
                                .order_by(watch_article.c.ingested_at))
            return [PendingArticle(r.article_id, r.name, r.url, r.published) for r in rows]

    def forget_unstored(self, article_ids: list[str], after: timedelta = timedelta(days=7)) -> None:
        """Drop expected articles that never reached the knowledge base (their page changed before
        it could be read again); a week is long enough for any retry."""
        if not article_ids:
            return
        with self.engine.begin() as conn:
            conn.execute(delete(watch_article).where(watch_article.c.article_id.in_(article_ids),
                                                     watch_article.c.ingested_at < now() - after))

    def articles_alerted(self, article_ids: list[str]) -> None:
        if not article_ids:
            return
        with self.engine.begin() as conn:
            conn.execute(update(watch_article).where(watch_article.c.article_id.in_(article_ids)).values(alerted=True))

    def sent(self, target: str) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.execute(select(watch_alert.c.change_id).where(watch_alert.c.target == target)).scalars())

    def mark_sent(self, change_id: str, target: str) -> None:
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(watch_alert).values(change_id=change_id, target=target, sent_at=now()))
        except IntegrityError:
            pass  # another watcher sent it too and recorded it first


#: The longest a failing source waits between tries, however often it failed.
MAX_BACKOFF = timedelta(hours=6)


def backoff_delay(base: timedelta, failures: int) -> timedelta:
    """Exponential back-off: base, 2×base, 4×base … capped at MAX_BACKOFF."""
    return min(base * (2 ** max(failures - 1, 0)), MAX_BACKOFF)
