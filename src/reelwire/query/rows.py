"""Flat rows of the read models, for tables and CSV; `as_data` gives JSON-ready nested data.

Kept apart from the read models so that they stay plain dataclasses, and apart from the CLI so
that the web API and exports flatten the same way.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from reelwire.query.calendar import CalendarEntry
from reelwire.query.changes import Change
from reelwire.query.common import Source
from reelwire.query.entity import EntityView
from reelwire.query.film import FilmView
from reelwire.query.history import Current, History
from reelwire.query.person import PersonView
from reelwire.query.search import Hit


def as_data(value: Any) -> Any:
    """Dataclasses, lists and dates as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [as_data(v) for v in value]
    if isinstance(value, dict):
        return {k: as_data(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


def _src(s: Source) -> str:
    return f"{s.article} ({_day(s.published) or 'undated'})"


def _where(region: str | None, medium: str | None) -> str:
    return " ".join(x for x in (region, medium) if x) or "any"


def _current(c: Current) -> dict:
    return {"value": c.value, "status": c.status or "", "where": _where(c.region, c.medium),
            "conflict": "yes" if c.conflict else "", "sources": "; ".join(_src(s) for s in c.sources)}


def _seen(first: Source, latest: Source) -> str:
    return _src(first) if first == latest else f"first {_src(first)}; latest {_src(latest)}"


def film_rows(view: FilmView) -> list[dict]:
    """fact, value (with its qualifiers), how many articles state it, first and latest source, and
    the sentence of the latest source: every fact shows where it is stated."""
    rows = []
    for c in view.release:
        details = ", ".join(x for x in (c.status, _where(c.region, c.medium), "CONFLICT" if c.conflict else "") if x)
        rows.append({"fact": "release_date", "value": f"{c.value} ({details})", "articles": len(c.sources),
                     "sources": _seen(c.sources[0], c.sources[-1]), "sentence": c.sources[-1].sentence})
    for f in view.facts:
        details = ", ".join(f"{k}={v}" for k, v in f.qualifiers.items())
        rows.append({"fact": f.predicate + (" (of)" if f.inverse else ""),
                     "value": (f.value or "") + (f" ({details})" if details else ""), "articles": f.articles,
                     "sources": _seen(f.first, f.latest), "sentence": f.latest.sentence})
    return rows


def history_rows(history: History) -> list[dict]:
    return [{"value": r.value, "status": r.status or "", "region": r.region or "", "medium": r.medium or "",
             "current": "yes" if r.current else "", "article": r.source.article, "published": _day(r.source.published),
             "sentence": r.source.sentence} for r in history.reports]


def person_rows(view: PersonView) -> list[dict]:
    upcoming = {u.film.id for u in view.upcoming}
    return [{"film": c.film.name, "roles": ", ".join(c.roles), "characters": " / ".join(c.characters),
             "release": "; ".join(f"{r.value} ({_where(r.region, r.medium)})" for r in c.release),
             "upcoming": "yes" if c.film.id in upcoming else "", "articles": c.articles,
             "first": _src(c.first), "latest": _src(c.latest)} for c in view.credits]


def calendar_rows(entries: list[CalendarEntry]) -> list[dict]:
    return [{"date": e.release.value, "film": e.film.name, **{k: v for k, v in _current(e.release).items() if k != "value"}}
            for e in entries]


def change_rows(changes: list[Change]) -> list[dict]:
    return [{"published": _day(c.source.published), "kind": c.kind, "film": c.film.name, "detail": c.detail,
             "article": c.source.article, "sentence": c.source.sentence} for c in changes]


def search_rows(hits: list[Hit]) -> list[dict]:
    return [{"kind": h.kind, "id": h.id, "name": h.name, "type": h.type or "", "match": h.snippet} for h in hits]


def entity_rows(views: list[EntityView]) -> list[dict]:
    return [{"entity": f"{v.entity.name} ({v.entity.type} #{v.entity.id})", "claims": v.claims, "alias": a.name,
             "rule": a.rule, "reason": a.reason, "article": a.article or "", "published": _day(a.published)}
            for v in views for a in v.aliases]
