"""Open a knowledge base and write processed articles into it, idempotently.

An article is stored once (its id is a hash of its normalised text); storing it again adds
nothing. Each article is written in one transaction, so a crash never leaves half an article,
and its names are linked to entities across articles (store/link.py) in that same transaction.
On PostgreSQL writers take a transaction lock before they link names, so that two workers never
create the same entity twice. The article rows go in before the lock: their inserts (and the
full-text index entries PostgreSQL computes for them) touch no entity, so concurrent writers do
that part side by side and hold the lock only for linking and claims.
"""

from __future__ import annotations

import hashlib
import json
import time
from datetime import datetime, timezone

from sqlalchemy import Engine, create_engine, event, insert, select, text
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from reelwire.errors import StoreError
from reelwire.model import Fact
from reelwire.process import Processed
from reelwire.store.fulltext import create_fulltext
from reelwire.store.link import LITERALS, Linker, link_facts
from reelwire.store.migrate import schema_version, upgrade
from reelwire.store.schema import SCHEMA_VERSION, article, claim, meta, metadata

_WRITE_LOCK = 7201  # pg_advisory_xact_lock key: one writer links names at a time


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def open_kb(url: str) -> "KnowledgeBase":
    try:
        engine = create_engine(url, future=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot open database {url!r} ({exc}); check --db or REELWIRE_DB") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    kb = KnowledgeBase(engine)
    kb.create()
    return kb


class KnowledgeBase:
    def __init__(self, engine: Engine):
        self.engine = engine

    def create(self) -> None:
        """Create the tables of a new file, or upgrade an older one to SCHEMA_VERSION.

        A store already at SCHEMA_VERSION is left alone, without DDL: on PostgreSQL even `CREATE INDEX
        IF NOT EXISTS` locks its table against writers, and a writer holding new article rows while it
        waits for the writer lock would deadlock with it."""
        try:
            with self.engine.connect() as conn:
                if _current(conn):
                    return
            with self.engine.begin() as conn:
                _lock(conn)  # workers opening one new PostgreSQL database at once create it once
                if _current(conn):  # another writer made it while this one waited for the lock
                    return
                metadata.create_all(conn)
                version = schema_version(conn)
                if version is None:
                    conn.execute(insert(meta).values(key="schema_version", value=str(SCHEMA_VERSION)))
                elif version < SCHEMA_VERSION:
                    upgrade(conn, version)
                elif version > SCHEMA_VERSION:
                    raise StoreError(f"the knowledge base has schema version {version}, newer than this reelwire "
                                     f"({SCHEMA_VERSION}); upgrade reelwire")
                create_fulltext(conn)
        except OperationalError as exc:
            raise StoreError(f"cannot create the knowledge base ({exc.orig}); check the database URL and permissions") from None

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(article.c.id).where(article.c.id == article_id)).first() is not None

    def stored_ids(self, article_ids) -> set[str]:
        """Those of `article_ids` already stored, in one query per 500."""
        ids = sorted(set(article_ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                found.update(conn.execute(select(article.c.id).where(article.c.id.in_(ids[i:i + 500]))).scalars())
        return found

    def add(self, processed: Processed, attempts: int = 5) -> int | None:
        """Store an article and its facts; None when it was already stored, else the number of claims.

        Another writer may store the same article between our check and our insert (two ingests on
        one SQLite file): the transaction is then retried, and the retry finds the article stored.
        """
        for attempt in range(attempts):
            try:
                return self._add(processed)
            except (IntegrityError, OperationalError):
                if attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        return None

    def add_many(self, items: list[Processed], attempts: int = 5) -> list[int | None]:
        """`add` for a batch in one transaction (one writer lock, one commit): the same rows as adding
        them one by one, without a commit per article. A crash still leaves no half article: the
        batch is stored whole or not at all. A race with another writer retries the batch."""
        items = list(items)
        if not items:
            return []
        for attempt in range(attempts):
            try:
                with self.engine.begin() as conn:
                    return _write_all(conn, items)
            except (IntegrityError, OperationalError):
                if attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        return [None] * len(items)

    def _add(self, processed: Processed) -> int | None:
        with self.engine.begin() as conn:
            return _write(conn, processed)


def _current(conn) -> bool:
    """Whether the store's schema is SCHEMA_VERSION (its tables and indexes were made in the transaction
    that recorded that version)."""
    from sqlalchemy import inspect

    return inspect(conn).has_table(meta.name) and schema_version(conn) == SCHEMA_VERSION


def _write_all(conn, items: list[Processed]) -> list[int | None]:
    """`_write` for each item: the stored articles read in one query and the new ones inserted in one
    statement first, then (under the writer lock) each article's names linked and its claims stored,
    in order. Two writers inserting the same new article: the second waits for the first's commit and
    fails on the primary key, and its caller retries."""
    ids = sorted({item.article.id for item in items})
    stored: set[str] = set()
    for i in range(0, len(ids), 500):
        stored.update(conn.execute(select(article.c.id).where(article.c.id.in_(ids[i:i + 500]))).scalars())
    fresh: list[Processed | None] = []
    for item in items:
        fresh.append(None if item.article.id in stored else item)
        stored.add(item.article.id)
    rows = [_article_row(item.article) for item in fresh if item is not None]
    if rows:
        conn.execute(insert(article), rows)
    _lock(conn)
    return [None if item is None else _store_claims(conn, item) for item in fresh]


def _write(conn, processed: Processed, check: bool = True) -> int | None:
    """Store one article and its claims on `conn` (inside the caller's transaction and lock);
    `check=False` when the caller knows the article is not stored."""
    a = processed.article
    if check and conn.execute(select(article.c.id).where(article.c.id == a.id)).first() is not None:
        return None
    conn.execute(insert(article).values(**_article_row(a)))
    _lock(conn)
    return _store_claims(conn, processed)


def _article_row(a) -> dict:
    return dict(id=a.id, source=a.source, name=a.name, outlet=a.outlet, url=a.url, title=a.title, published=a.published,
                text=a.text, language="en", ingested_at=datetime.now(timezone.utc).replace(tzinfo=None))


def _store_claims(conn, processed: Processed) -> int:
    """Link the names of a stored article's facts and store its claims; the number of claims."""
    a = processed.article
    ids = link_facts(Linker(conn, a.id), processed.facts)
    rows = []
    seen = set()
    for fact in processed.facts:
        row = _claim_row(ids, a.id, fact)
        if row["fingerprint"] in seen:
            continue
        seen.add(row["fingerprint"])
        rows.append(row)
    if rows:
        conn.execute(insert(claim), rows)
    return len(rows)


def _lock(conn) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _WRITE_LOCK})


def _claim_row(ids: dict[tuple[str, str], int], article_id: str, fact: Fact) -> dict:
    object_id, object_value, object_name = None, None, None
    if fact.object is not None:
        if fact.object_type in LITERALS:
            object_value = fact.object
        else:
            object_id, object_name = ids[(fact.object_type, fact.object)], fact.object
    quals = {k: v for k, v in sorted(fact.qualifiers.items()) if v is not None}
    fingerprint = hashlib.sha256(json.dumps(
        [fact.predicate, fact.subject_type, fact.subject, fact.object_type, fact.object, quals,
         fact.evidence.start], ensure_ascii=False).encode()).hexdigest()[:32]
    return dict(article_id=article_id, predicate=fact.predicate, subject_id=ids[(fact.subject_type, fact.subject)],
                subject_name=fact.subject, object_id=object_id, object_name=object_name, object_value=object_value,
                qualifiers=quals, evidence_start=fact.evidence.start, evidence_end=fact.evidence.end,
                sentence=fact.evidence.text, rule=fact.rule, confidence=fact.confidence, fingerprint=fingerprint)
