"""The knowledge base's tables (SQLAlchemy Core): articles, entities, aliases, claims.

Claims are append-only: one row per fact an article states, with its evidence and the names as
the article gave them; `subject_id`/`object_id` point to the resolved entity, the one thing that
changes when two entities are found to be one. Views over them (query/) derive the current
picture; nothing is overwritten. Version 2 added aliases, match keys and claim names
(store/migrate.py upgrades a version 1 file).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON, Column, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
    UniqueConstraint,
)

SCHEMA_VERSION = 2
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
    Column("subject_name", Text),
    Column("object_name", Text),
    UniqueConstraint("article_id", "fingerprint", name="uq_claim_article_fingerprint"),
)

Index("ix_claim_subject", claim.c.subject_id, claim.c.predicate)
Index("ix_claim_object", claim.c.object_id)
Index("ix_entity_key", entity.c.key)
Index("ix_article_published", article.c.published)

alias = Table(
    "alias", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", Integer, ForeignKey("entity.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False),
    Column("rule", String(32), nullable=False),
    Column("reason", Text, nullable=False),
    Column("article_id", String(32), ForeignKey("article.id", ondelete="SET NULL")),
    UniqueConstraint("entity_id", "name", name="uq_alias_entity_name"),
)

entity_key = Table(
    "entity_key", metadata,
    Column("entity_id", Integer, ForeignKey("entity.id", ondelete="CASCADE"), nullable=False),
    Column("family", String(16), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("key", Text, nullable=False),
    UniqueConstraint("entity_id", "kind", "key", name="uq_entity_key"),
)

Index("ix_entity_key_lookup", entity_key.c.family, entity_key.c.kind, entity_key.c.key)
Index("ix_alias_entity", alias.c.entity_id)
Index("ix_claim_predicate", claim.c.predicate)

meta = Table(
    "reelwire_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
