"""Full-text indexes over article text and entity aliases: FTS5 on SQLite, tsvector on PostgreSQL.

SQLite keeps external-content FTS5 tables in step with `article` and `alias` through triggers,
so no writer has to remember them; PostgreSQL needs only GIN expression indexes, and
query/search.py repeats the same expressions so that the planner uses them.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

ARTICLE_TSV = "to_tsvector('english', coalesce(article.title, '') || ' ' || article.text)"
ALIAS_TSV = "to_tsvector('simple', alias.name)"

_SQLITE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(title, text, content='article')",
    """CREATE TRIGGER IF NOT EXISTS article_fts_insert AFTER INSERT ON article BEGIN
         INSERT INTO article_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END""",
    """CREATE TRIGGER IF NOT EXISTS article_fts_delete AFTER DELETE ON article BEGIN
         INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END""",
    "CREATE VIRTUAL TABLE IF NOT EXISTS alias_fts USING fts5(name, content='alias', content_rowid='id')",
    """CREATE TRIGGER IF NOT EXISTS alias_fts_insert AFTER INSERT ON alias BEGIN
         INSERT INTO alias_fts(rowid, name) VALUES (new.id, new.name); END""",
    """CREATE TRIGGER IF NOT EXISTS alias_fts_delete AFTER DELETE ON alias BEGIN
         INSERT INTO alias_fts(alias_fts, rowid, name) VALUES ('delete', old.id, old.name); END""",
    """CREATE TRIGGER IF NOT EXISTS alias_fts_update AFTER UPDATE ON alias BEGIN
         INSERT INTO alias_fts(alias_fts, rowid, name) VALUES ('delete', old.id, old.name);
         INSERT INTO alias_fts(rowid, name) VALUES (new.id, new.name); END""",
]
_POSTGRES = [
    f"CREATE INDEX IF NOT EXISTS ix_article_fulltext ON article USING gin ({ARTICLE_TSV.replace('article.', '')})",
    f"CREATE INDEX IF NOT EXISTS ix_alias_fulltext ON alias USING gin ({ALIAS_TSV.replace('alias.', '')})",
]


def create_fulltext(conn: Connection) -> None:
    for statement in _SQLITE if conn.dialect.name == "sqlite" else _POSTGRES:
        conn.execute(text(statement))


def rebuild_fulltext(conn: Connection) -> None:
    """Index rows written before the indexes existed (an upgraded file)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO article_fts(article_fts) VALUES ('rebuild')"))
        conn.execute(text("INSERT INTO alias_fts(alias_fts) VALUES ('rebuild')"))
