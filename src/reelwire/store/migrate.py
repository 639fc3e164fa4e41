"""Upgrade an older knowledge base file in place, one schema version at a time.

Changes are additive: new tables come from `metadata.create_all`; this module adds the new
columns, fills them from what the old file holds and records the version in `reelwire_meta`.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, select, text, update

from reelwire.store.fulltext import create_fulltext, rebuild_fulltext
from reelwire.store.link import Linker
from reelwire.store.schema import SCHEMA_VERSION, claim, entity, meta


def schema_version(conn: Connection) -> int | None:
    row = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).first()
    return int(row[0]) if row else None


def upgrade(conn: Connection, version: int) -> int:
    """Bring a file at `version` to SCHEMA_VERSION; returns the version reached."""
    if version < 2:
        _to_2(conn)
    conn.execute(update(meta).where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION)))
    return SCHEMA_VERSION


def _to_2(conn: Connection) -> None:
    """Version 2: claims keep the names as stated; entities get aliases and match keys and are
    linked across articles (variants stored apart by version 1 are merged)."""
    columns = {c["name"] for c in inspect(conn).get_columns("claim")}
    for column in ("subject_name", "object_name"):
        if column not in columns:
            conn.execute(text(f"ALTER TABLE claim ADD COLUMN {column} TEXT"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_claim_predicate ON claim (predicate)"))
    conn.execute(text("UPDATE claim SET subject_name = (SELECT name FROM entity WHERE entity.id = claim.subject_id) "
                      "WHERE subject_name IS NULL"))
    conn.execute(text("UPDATE claim SET object_name = (SELECT name FROM entity WHERE entity.id = claim.object_id) "
                      "WHERE object_name IS NULL AND object_id IS NOT NULL"))
    linker = Linker(conn)
    rows = conn.execute(select(entity.c.id, entity.c.type, entity.c.name).order_by(entity.c.id)).all()
    for row in rows:
        linker.adopt(row.id, row.type, row.name)
    for row in rows:
        if conn.execute(select(entity.c.id).where(entity.c.id == row.id)).first():
            linker.relink(row.id, row.type, row.name)
    create_fulltext(conn)
    rebuild_fulltext(conn)
