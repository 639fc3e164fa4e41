"""The knowledge base's tables (SQLAlchemy Core): articles, entities, claims.

Claims are append-only: one row per fact an article states, with its evidence. Views over
them (query/) derive the current picture; nothing is overwritten.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON, Column, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
    UniqueConstraint,
)

SCHEMA_VERSION = 1
metadata = MetaData()

article = Table(
    "article", metadata,
    Column("id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("outlet", Text),
    Column("url", Text),
    Column("title", Text),
    Column("published", Date),
    Column("text", Text, nullable=False),
    Column("language", String(8), default="en"),
    Column("ingested_at", DateTime, nullable=False),
)

entity = Table(
    "entity", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("external_ids", JSON, default=dict),
    UniqueConstraint("type", "key", name="uq_entity_type_key"),
)

claim = Table(
    "claim", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("article.id", ondelete="CASCADE"), nullable=False),
    Column("predicate", String(32), nullable=False),
    Column("subject_id", Integer, ForeignKey("entity.id"), nullable=False),
    Column("object_id", Integer, ForeignKey("entity.id")),
    Column("object_value", Text),
    Column("qualifiers", JSON, nullable=False, default=dict),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("rule", String(64), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("fingerprint", String(64), nullable=False),
    UniqueConstraint("article_id", "fingerprint", name="uq_claim_article_fingerprint"),
)

Index("ix_claim_subject", claim.c.subject_id, claim.c.predicate)
Index("ix_claim_object", claim.c.object_id)
Index("ix_entity_key", entity.c.key)
Index("ix_article_published", article.c.published)

meta = Table(
    "reelwire_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
