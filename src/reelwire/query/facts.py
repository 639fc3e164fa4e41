"""Facts with their sources: the flat list every export and the evaluation start from.

A film's own page reads `query.film.film_view`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from reelwire.store.kb import KnowledgeBase
from reelwire.store.schema import article, claim, entity


@dataclass(frozen=True)
class FactRow:
    predicate: str
    subject: str
    subject_type: str
    object: str | None
    object_type: str | None
    qualifiers: dict[str, Any]
    article_id: str
    article_name: str
    article_title: str | None
    published: date | None
    sentence: str
    start: int
    end: int
    rule: str

    def as_prediction(self) -> dict[str, Any]:
        row: dict[str, Any] = {"article": self.article_name, "p": self.predicate, "s": self.subject}
        if self.object is not None:
            row["o"] = self.object
        row.update(self.qualifiers)
        row["evidence"] = {"start": self.start, "end": self.end, "text": self.sentence}
        row["rule"] = self.rule
        return row


def _fact_query():
    subj = aliased(entity)
    obj = aliased(entity)
    query = (
        select(claim, subj.c.name.label("s_name"), subj.c.type.label("s_type"), obj.c.name.label("o_name"),
               obj.c.type.label("o_type"), article.c.name.label("a_name"), article.c.title.label("a_title"),
               article.c.published.label("a_published"))
        .join(subj, claim.c.subject_id == subj.c.id)
        .outerjoin(obj, claim.c.object_id == obj.c.id)
        .join(article, claim.c.article_id == article.c.id)
    )
    return query, subj, obj


def _row(r) -> FactRow:
    return FactRow(
        predicate=r.predicate, subject=r.subject_name or r.s_name, subject_type=r.s_type,
        object=(r.object_name or r.o_name) if r.object_id is not None else r.object_value, object_type=r.o_type,
        qualifiers=dict(r.qualifiers or {}), article_id=r.article_id, article_name=r.a_name,
        article_title=r.a_title, published=r.a_published, sentence=r.sentence, start=r.evidence_start,
        end=r.evidence_end, rule=r.rule,
    )


def all_facts(kb: KnowledgeBase) -> list[FactRow]:
    query, _, _ = _fact_query()
    with kb.engine.connect() as conn:
        rows = conn.execute(query.order_by(article.c.name, claim.c.evidence_start, claim.c.id)).all()
    return [_row(r) for r in rows]
