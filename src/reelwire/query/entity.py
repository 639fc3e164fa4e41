"""Why an entity is one entity: its aliases, the rule that joined each and the article it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from reelwire.errors import NotFoundError
from reelwire.query.common import EntityRef, find_entities
from reelwire.store.kb import KnowledgeBase
from reelwire.store.schema import alias, article, claim, entity

ALL_TYPES = ("film", "series", "franchise", "person", "org", "outlet", "character", "award", "event_venue", "work")


@dataclass(frozen=True)
class AliasRow:
    name: str
    rule: str
    reason: str
    article: str | None
    published: date | None


@dataclass
class EntityView:
    entity: EntityRef
    claims: int
    aliases: list[AliasRow] = field(default_factory=list)


def explain_entity(kb: KnowledgeBase, name: str) -> list[EntityView]:
    """Every entity the name denotes, of any type (a film and its franchise may share a name)."""
    with kb.engine.connect() as conn:
        types = tuple(t for (t,) in conn.execute(select(entity.c.type).distinct())) or ALL_TYPES
        refs = find_entities(conn, name, tuple(sorted(types)))
        if not refs:
            raise NotFoundError(f"no entity named {name!r} in the knowledge base; try `reelwire search {name!r}`")
        views = []
        for ref in refs:
            rows = conn.execute(
                select(alias.c.name, alias.c.rule, alias.c.reason, article.c.name.label("a_name"), article.c.published)
                .outerjoin(article, article.c.id == alias.c.article_id).where(alias.c.entity_id == ref.id).order_by(alias.c.id)).all()
            count = conn.execute(select(func.count()).select_from(claim).where(
                (claim.c.subject_id == ref.id) | (claim.c.object_id == ref.id))).scalar_one()
            views.append(EntityView(ref, count, [AliasRow(r.name, r.rule, r.reason, r.a_name, r.published) for r in rows]))
    return views
