"""Full-text search over articles and entity names: FTS5 on SQLite, tsvector on PostgreSQL.

User text never becomes query syntax: on SQLite each word is quoted as an FTS5 string (so
quotes, NEAR, AND, column filters and SQL fragments are plain words), on PostgreSQL it goes
through `plainto_tsquery`; both are bound parameters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from reelwire.store.fulltext import ALIAS_TSV, ARTICLE_TSV
from reelwire.store.kb import KnowledgeBase

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    """An entity (id, type, name; `snippet` the alias that matched) or an article (id, file name, title)."""

    kind: str
    id: str
    name: str
    type: str | None
    snippet: str


def fts5_query(user_text: str) -> str:
    """Every word as a quoted FTS5 string, all required; '' when there is no word."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in _WORD.findall(user_text))


_SQLITE_ENTITIES = """
SELECT e.id, e.type, e.name, a.name AS alias FROM alias_fts JOIN alias a ON a.id = alias_fts.rowid
JOIN entity e ON e.id = a.entity_id WHERE alias_fts MATCH :q ORDER BY bm25(alias_fts), e.id LIMIT :n"""
_SQLITE_ARTICLES = """
SELECT ar.id, ar.name, ar.title, snippet(article_fts, 1, '[', ']', '...', 12) AS snip
FROM article_fts JOIN article ar ON ar.rowid = article_fts.rowid WHERE article_fts MATCH :q
ORDER BY bm25(article_fts) LIMIT :n"""
_PG_ENTITIES = f"""
SELECT e.id, e.type, e.name, alias.name AS alias FROM alias JOIN entity e ON e.id = alias.entity_id
WHERE {ALIAS_TSV} @@ plainto_tsquery('simple', :q) ORDER BY ts_rank({ALIAS_TSV}, plainto_tsquery('simple', :q)) DESC, e.id
LIMIT :n"""
_PG_ARTICLES = f"""
SELECT article.id, article.name, article.title,
       ts_headline('english', article.text, plainto_tsquery('english', :q),
                   'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snip
FROM article WHERE {ARTICLE_TSV} @@ plainto_tsquery('english', :q)
ORDER BY ts_rank({ARTICLE_TSV}, plainto_tsquery('english', :q)) DESC LIMIT :n"""


def search(kb: KnowledgeBase, user_text: str, limit: int = 20) -> list[Hit]:
    """Entities first (each once), then articles, best match first."""
    sqlite = kb.engine.dialect.name == "sqlite"
    q = fts5_query(user_text) if sqlite else " ".join(_WORD.findall(user_text))
    if not q:
        return []
    with kb.engine.connect() as conn:
        entities = conn.execute(text(_SQLITE_ENTITIES if sqlite else _PG_ENTITIES), {"q": q, "n": limit * 3}).all()
        articles = conn.execute(text(_SQLITE_ARTICLES if sqlite else _PG_ARTICLES), {"q": q, "n": limit}).all()
    hits: dict[str, Hit] = {}
    for r in entities:
        hits.setdefault(f"e{r.id}", Hit("entity", str(r.id), r.name, r.type, r.alias))
    out = list(hits.values())[:limit]
    out += [Hit("article", r.id, r.name, None, (r.title + ": " if r.title else "") + (r.snip or "")) for r in articles]
    return out
