"""Records as they are stored, for lists and the article page: entities with their claim counts,
claims with names, ids and sources (the facts API, CSV and QuickStatements), and one article with
every claim taken from it. Plain keyset queries over the schema, in pages, so that a large
knowledge base is never read whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from reelwire.errors import NotFoundError
from reelwire.store.kb import KnowledgeBase
from reelwire.store.schema import alias, article, claim, entity


@dataclass
class ArticlePage:
    id: str
    name: str
    title: str | None
    url: str | None
    outlet: str | None
    published: date | None
    text: str
    claims: list[ClaimRow]


@dataclass(frozen=True)
class ClaimRow:
    """One stored claim with names and ids, the unit of the facts API and the article page."""

    id: int
    predicate: str
    subject_id: int
    subject: str
    subject_type: str
    object_id: int | None
    object: str | None
    object_type: str | None
    qualifiers: dict[str, Any]
    article_id: str
    article: str
    published: date | None
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float
    url: str | None = None


@dataclass(frozen=True)
class EntitySummary:
    id: int
    type: str
    name: str
    claims: int
    key: str = ""


def entities(kb: KnowledgeBase, types: tuple[str, ...], after: tuple[str, int] | None, limit: int,
             name: str | None = None) -> list[EntitySummary]:
    """Entities of the given types ordered by (match key, id), starting after a cursor position."""
    counts = (select(claim.c.subject_id.label("eid")).union_all(
        select(claim.c.object_id.label("eid")).where(claim.c.object_id.is_not(None)))).subquery()
    n = select(func.count()).select_from(counts).where(counts.c.eid == entity.c.id).scalar_subquery()
    query = select(entity.c.id, entity.c.type, entity.c.name, entity.c.key, n.label("n")).where(entity.c.type.in_(types))
    if name:
        query = query.where(entity.c.id.in_(select(alias.c.entity_id).where(alias.c.name.ilike(f"%{_like(name)}%", escape="\\"))))
    if after is not None:
        query = query.where((entity.c.key > after[0]) | ((entity.c.key == after[0]) & (entity.c.id > after[1])))
    with kb.engine.connect() as conn:
        rows = conn.execute(query.order_by(entity.c.key, entity.c.id).limit(limit)).all()
    return [EntitySummary(r.id, r.type, r.name, r.n, r.key) for r in rows]


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _claim_query():
    subj, obj = aliased(entity), aliased(entity)
    return (select(claim, subj.c.name.label("s_name"), subj.c.type.label("s_type"), obj.c.name.label("o_name"),
                   obj.c.type.label("o_type"), article.c.name.label("a_name"), article.c.published.label("a_published"),
                   article.c.url.label("a_url"))
            .join(subj, claim.c.subject_id == subj.c.id).outerjoin(obj, claim.c.object_id == obj.c.id)
            .join(article, claim.c.article_id == article.c.id))


def _claim_row(r) -> ClaimRow:
    return ClaimRow(id=r.id, predicate=r.predicate, subject_id=r.subject_id, subject=r.s_name, subject_type=r.s_type,
                    object_id=r.object_id, object=r.o_name if r.object_id is not None else r.object_value,
                    object_type=r.o_type, qualifiers=dict(r.qualifiers or {}), article_id=r.article_id,
                    article=r.a_name, published=r.a_published, sentence=r.sentence, start=r.evidence_start,
                    end=r.evidence_end, rule=r.rule, confidence=r.confidence, url=r.a_url)


def claims(kb: KnowledgeBase, predicate: str | None = None, subject_ids: list[int] | None = None,
           article_id: str | None = None, after: int | None = None, limit: int = 50) -> list[ClaimRow]:
    """Stored claims in id order (the order they were stored), filtered, starting after a claim id."""
    query = _claim_query()
    if predicate:
        query = query.where(claim.c.predicate == predicate)
    if subject_ids is not None:
        query = query.where(claim.c.subject_id.in_(subject_ids))
    if article_id:
        query = query.where(claim.c.article_id == article_id)
    if after is not None:
        query = query.where(claim.c.id > after)
    with kb.engine.connect() as conn:
        return [_claim_row(r) for r in conn.execute(query.order_by(claim.c.id).limit(limit))]


def article_page(kb: KnowledgeBase, article_id: str) -> ArticlePage:
    with kb.engine.connect() as conn:
        a = conn.execute(select(article).where(article.c.id == article_id)).first()
        if a is None:
            raise NotFoundError(f"no article with id {article_id!r}; search for it at /search")
        rows = conn.execute(_claim_query().where(claim.c.article_id == article_id)
                            .order_by(claim.c.evidence_start, claim.c.id)).all()
    return ArticlePage(id=a.id, name=a.name, title=a.title, url=a.url, outlet=a.outlet, published=a.published,
                       text=a.text, claims=[_claim_row(r) for r in rows])


def article_ids_by_name(kb: KnowledgeBase, names) -> dict[str, str]:
    """Article ids for file names (query/ sources name an article by its file name)."""
    names = sorted(set(names))
    if not names:
        return {}
    with kb.engine.connect() as conn:
        rows = conn.execute(select(article.c.name, article.c.id).where(article.c.name.in_(names)).order_by(article.c.id))
        return {r.name: r.id for r in rows}
