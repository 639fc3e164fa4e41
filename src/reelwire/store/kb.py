"""Open a knowledge base and write processed articles into it, idempotently.

An article is stored once (its id is a hash of its normalised text); storing it again adds
nothing. Each article is written in one transaction, so a crash never leaves half an article.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone

from sqlalchemy import Engine, create_engine, event, insert, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from reelwire.errors import StoreError
from reelwire.model import Fact
from reelwire.process import Processed
from reelwire.resolve.normal import name_key
from reelwire.store.schema import SCHEMA_VERSION, article, claim, entity, meta, metadata


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
        try:
            metadata.create_all(self.engine)
            with self.engine.begin() as conn:
                if conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).first() is None:
                    conn.execute(insert(meta).values(key="schema_version", value=str(SCHEMA_VERSION)))
        except OperationalError as exc:
            raise StoreError(f"cannot create the knowledge base ({exc.orig}); check the database URL and permissions") from None

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(article.c.id).where(article.c.id == article_id)).first() is not None

    def add(self, processed: Processed) -> int | None:
        """Store an article and its facts; None when it was already stored, else the number of claims."""
        a = processed.article
        with self.engine.begin() as conn:
            if conn.execute(select(article.c.id).where(article.c.id == a.id)).first() is not None:
                return None
            conn.execute(insert(article).values(
                id=a.id, source=a.source, name=a.name, outlet=a.outlet, url=a.url, title=a.title,
                published=a.published, text=a.text, language="en", ingested_at=datetime.now(timezone.utc).replace(tzinfo=None),
            ))
            cache: dict[tuple[str, str], int] = {}
            rows = []
            seen = set()
            for fact in processed.facts:
                row = self._claim_row(conn, cache, a.id, fact)
                if row["fingerprint"] in seen:
                    continue
                seen.add(row["fingerprint"])
                rows.append(row)
            if rows:
                conn.execute(insert(claim), rows)
            return len(rows)

    def _claim_row(self, conn, cache, article_id: str, fact: Fact) -> dict:
        subject_id = self._entity(conn, cache, fact.subject_type, fact.subject)
        object_id, object_value = None, None
        if fact.object is not None:
            if fact.object_type in {"time", "amount", "none"}:
                object_value = fact.object
            else:
                object_id = self._entity(conn, cache, fact.object_type, fact.object)
        quals = {k: v for k, v in sorted(fact.qualifiers.items()) if v is not None}
        fingerprint = hashlib.sha256(json.dumps(
            [fact.predicate, fact.subject_type, fact.subject, fact.object_type, fact.object, quals,
             fact.evidence.start], ensure_ascii=False).encode()).hexdigest()[:32]
        return dict(article_id=article_id, predicate=fact.predicate, subject_id=subject_id, object_id=object_id,
                    object_value=object_value, qualifiers=quals, evidence_start=fact.evidence.start,
                    evidence_end=fact.evidence.end, sentence=fact.evidence.text, rule=fact.rule,
                    confidence=fact.confidence, fingerprint=fingerprint)

    def _entity(self, conn, cache, etype: str, name: str) -> int:
        key = name_key(name) or name.casefold()
        if (etype, key) in cache:
            return cache[(etype, key)]
        found = conn.execute(select(entity.c.id).where(entity.c.type == etype, entity.c.key == key)).first()
        if found is None:
            found_id = conn.execute(insert(entity).values(type=etype, name=name, key=key, external_ids={})).inserted_primary_key[0]
        else:
            found_id = found[0]
        cache[(etype, key)] = found_id
        return found_id
