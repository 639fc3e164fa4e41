"""Alerts: the changes the watcher's own new articles brought, each sent once to each target.

Changes come from the knowledge base's change read model (`changes_since`, the same one behind
`reelwire changes --since` and the web home page). A change is alerted when its source is an article the watcher stored and
has not finished alerting; this survives restarts (the state is in the database) and a target
that is down (its unsent changes wait for the next cycle).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from reelwire.errors import ConfigError, ReelwireError
from reelwire.query.changes import Change, changes_since
from reelwire.query.common import TITLE_TYPES, find_entities
from reelwire.store.kb import KnowledgeBase
from reelwire.watch.notify import Notifier
from reelwire.watch.state import PendingArticle, WatchState

#: `--only` names and the change kinds they select.
KINDS = {"new-films": "new_film", "new-credits": "new_credit", "moved-dates": "moved_date", "new-trailers": "new_trailer"}


@dataclass(frozen=True)
class AlertFilter:
    kinds: frozenset[str] = frozenset()
    films: tuple[str, ...] = ()

    @classmethod
    def parse(cls, only: list[str] | None = None, films: list[str] | None = None) -> "AlertFilter":
        kinds = set()
        for name in only or []:
            for part in filter(None, (p.strip() for p in name.split(","))):
                if part not in KINDS:
                    raise ConfigError(f"--only {part!r} is not a kind of change; use one of {', '.join(KINDS)}")
                kinds.add(KINDS[part])
        return cls(frozenset(kinds), tuple(films or ()))


@dataclass(frozen=True)
class Alert:
    id: str
    change: Change
    url: str | None

    def message(self) -> dict:
        c, s = self.change, self.change.source
        said = f"{s.title or s.article}, {s.published.isoformat()}" if s.published else (s.title or s.article)
        return {
            "id": self.id, "kind": c.kind, "text": f"{c.film.name}: {c.detail} ({said})",
            "film": {"id": c.film.id, "name": c.film.name, "type": c.film.type},
            "detail": c.detail, "old": c.old, "new": c.new,
            "sources": [{"article": s.article, "url": self.url, "title": s.title,
                         "published": s.published.isoformat() if s.published else None, "sentence": s.sentence}],
        }


@dataclass
class AlertReport:
    sent: list[tuple[str, Alert]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def change_id(c: Change) -> str:
    """Stable across cycles and restarts: what changed, for which film, and which article said so."""
    parts = (c.kind, str(c.film.id), c.detail, c.old or "", c.new or "", c.source.article,
             c.source.published.isoformat() if c.source.published else "", c.source.sentence)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def pending_alerts(kb: KnowledgeBase, pending: list[PendingArticle], wanted: AlertFilter) -> list[Alert]:
    """Changes whose source is one of the pending articles, filtered; in the change feed's order."""
    dated = [p.published for p in pending if p.published is not None]
    if not dated:
        return []  # the change feed is by publication day: undated articles bring no changes
    since = min(dated)
    by_source = {(p.name, p.published): p for p in pending}
    film_ids = _film_ids(kb, wanted.films)
    out = []
    for c in changes_since(kb, since):
        p = by_source.get((c.source.article, c.source.published))
        if p is None or (wanted.kinds and c.kind not in wanted.kinds):
            continue
        if film_ids is not None and c.film.id not in film_ids:
            continue
        out.append(Alert(change_id(c), c, p.url))
    return out


def _film_ids(kb: KnowledgeBase, titles: tuple[str, ...]) -> set[int] | None:
    if not titles:
        return None
    with kb.engine.connect() as conn:
        return {ref.id for title in titles for ref in find_entities(conn, title, TITLE_TYPES)}


def send_alerts(kb: KnowledgeBase, state: WatchState, notifiers: list[Notifier], wanted: AlertFilter) -> AlertReport:
    """Send every pending change to every target that has not had it; articles whose changes all
    went out stop being pending. A failing target keeps its changes for the next cycle."""
    report = AlertReport()
    expected = state.pending_articles()
    pending = [p for p in expected if kb.has_article(p.article_id)]
    state.forget_unstored([p.article_id for p in expected if p not in pending])
    if not pending:
        return report
    alerts = pending_alerts(kb, pending, wanted) if notifiers else []
    for notifier in notifiers:
        already = state.sent(notifier.target)
        for alert in alerts:
            if alert.id in already:
                continue
            try:
                notifier.send(alert.message())
            except ReelwireError as exc:
                report.errors.append(str(exc))
                break
            state.mark_sent(alert.id, notifier.target)
            already.add(alert.id)
            report.sent.append((notifier.target, alert))
    if not report.errors:
        state.articles_alerted([p.article_id for p in pending])
    return report
