"""The read models the web pages, the API and the exports need, addressed by id.

query/ answers by name, because that is what a person types; a page links by id, because two
films can share a title. These functions compose query/'s own building blocks (`claims_query`,
`summarise_facts`, `reports_for`, `summarise`, `moves`), so that the web and the CLI derive the
same facts. They add only what a page needs beyond that: the evidence offsets of each fact (to
highlight its sentence in context), entity lists, and the article with its claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, func, select

from reelwire.query.common import TITLE_TYPES, about, claims_query, day_order, entity_ref
from reelwire.query.film import FilmView, summarise_facts
from reelwire.query.history import Move, Report, mark_current, moves, reports_for, summarise
from reelwire.query.person import PersonView, person_view
from reelwire.store.kb import KnowledgeBase
from reelwire.store.schema import alias, article, claim, entity

CONTEXT = 160  # characters of article text shown either side of an evidence sentence


@dataclass(frozen=True)
class Evidence:
    """Where one claim is stated: the article (id, file name, title, url, day), the sentence and
    its offsets, and a little of the text around it so a reader sees the sentence in context."""

    claim_id: int
    article_id: str
    article: str
    title: str | None
    url: str | None
    published: date | None
    sentence: str
    start: int
    end: int
    before: str = ""
    after: str = ""


@dataclass
class FilmPage:
    view: FilmView
    evidence: dict[int, list[Evidence]]  # index into view.facts -> every claim stating it
    release_evidence: dict[int, list[Evidence]]  # index into view.release -> its claims
    history: list[Report] = field(default_factory=list)
    moves: list[Move] = field(default_factory=list)
    articles: int = 0


def _evidence(row, texts: dict[str, tuple[str, str | None]]) -> Evidence:
    """The claim's evidence with up to CONTEXT characters either side, cut at word boundaries."""
    text, url = texts.get(row.article_id, (None, None))
    before = after = ""
    if text is not None:
        s, e = row.evidence_start, row.evidence_end
        before = text[max(0, s - CONTEXT):s]
        after = text[e:e + CONTEXT]
        if s > CONTEXT:
            before = "…" + before.split(" ", 1)[-1]
        if e + CONTEXT < len(text):
            after = after.rsplit(" ", 1)[0] + "…"
    return Evidence(claim_id=row.id, article_id=row.article_id, article=row.a_name, title=row.a_title, url=url,
                    published=row.a_published, sentence=row.sentence, start=row.evidence_start,
                    end=row.evidence_end, before=before, after=after)


def _texts(conn: Connection, article_ids) -> dict[str, tuple[str, str | None]]:
    rows = conn.execute(select(article.c.id, article.c.text, article.c.url).where(article.c.id.in_(sorted(set(article_ids)))))
    return {r.id: (r.text, r.url) for r in rows}


def film_page(kb: KnowledgeBase, film_id: int, as_of: date | None = None) -> FilmPage:
    """The merged fact sheet of query/film.py for one film id, with every fact's evidence."""
    with kb.engine.connect() as conn:
        film = entity_ref(conn, film_id, TITLE_TYPES, "film or series")
        rows = sorted(conn.execute(claims_query(as_of).where(about(film.id))).all(), key=day_order)
        ids = {r.object_id for r in rows} | {r.subject_id for r in rows}
        names = dict(conn.execute(select(entity.c.id, entity.c.name).where(entity.c.id.in_(sorted(i for i in ids if i)))).all())
        aliases = [a for (a,) in conn.execute(select(alias.c.name).where(alias.c.entity_id == film.id).order_by(alias.c.id))]
        reports = reports_for(conn, [film.id], as_of)[film.id]
        texts = _texts(conn, [r.article_id for r in rows])
    view = FilmView(film=film, aliases=aliases, release=summarise(reports),
                    facts=summarise_facts(rows, film.id, names), as_of=as_of)
    evidence: dict[int, list[Evidence]] = {}
    for i, fact in enumerate(view.facts):
        evidence[i] = [_evidence(r, texts) for r in rows if _states(r, fact, film.id)]
    release_evidence: dict[int, list[Evidence]] = {}
    for i, current in enumerate(view.release):
        release_evidence[i] = [_evidence(r, texts) for r in rows if r.predicate == "release_date"
                               and r.object_value == current.value
                               and (r.qualifiers or {}).get("region") == current.region
                               and (r.qualifiers or {}).get("medium") == current.medium
                               and (r.qualifiers or {}).get("status") != "previous"]
    return FilmPage(view=view, evidence=evidence, release_evidence=release_evidence, history=mark_current(reports),
                    moves=moves(reports), articles=len({r.article_id for r in rows}))


def _states(row, fact, film_id: int) -> bool:
    """Does this claim row state this merged fact? (the grouping key of query/film.py)"""
    if row.predicate != fact.predicate or (row.subject_id != film_id) != fact.inverse:
        return False
    other = row.subject_id if fact.inverse else row.object_id
    if other != fact.value_id or (other is None and row.object_value != fact.value):
        return False
    quals = {k: v for k, v in (row.qualifiers or {}).items() if k != "character"}
    return all(fact.qualifiers.get(k) == v for k, v in quals.items())


def person_page(kb: KnowledgeBase, person_id: int, as_of: date | None = None, today: date | None = None) -> PersonView:
    """query/person.py's filmography for one person id."""
    return person_view(kb, None, as_of, today, person_id=person_id)


def latest_day(kb: KnowledgeBase) -> date | None:
    with kb.engine.connect() as conn:
        return conn.execute(select(func.max(article.c.published))).scalar()


def reference_day(kb: KnowledgeBase, today: date | None = None) -> date:
    """The day "upcoming" counts from: today, or the newest article's day when the news is older
    (the knowledge base knows nothing after its newest article)."""
    today = today or date.today()
    newest = latest_day(kb)
    return min(today, newest) if newest else today


__all__ = ["Evidence", "FilmPage", "film_page", "latest_day", "person_page", "reference_day"]
