"""The release calendar as an iCalendar feed (RFC 5545), built with the `icalendar` package.

One all-day event per film, region and medium, so a subscriber's calendar holds one entry that
moves when the date moves rather than a new one each time:
- UID: a hash of the film's match key, region and medium — stable across re-ingests and moves;
- DTSTART the current date (the first day of its period when the news gives only a month or a
  season), DTEND the day after (an all-day event);
- SEQUENCE: how many times that date has moved (query/history.py's moves), so clients replace it;
- STATUS: TENTATIVE until the date is known to the day (and while reports conflict), else CONFIRMED.
DTSTAMP is the newest source's publication day, so the same knowledge base gives the same bytes.
Text goes in through icalendar's escaping only; nothing is concatenated into the raw feed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import icalendar
from sqlalchemy import select

from reelwire.query.calendar import release_calendar
from reelwire.query.common import period
from reelwire.query.history import Current, moves, reports_for
from reelwire.store.kb import KnowledgeBase
from reelwire.store.schema import entity

EARLIEST, LATEST = date(1888, 1, 1), date(2200, 12, 31)
PRODID = "-//reelwire//release calendar//EN"


@dataclass(frozen=True)
class FeedEvent:
    """One calendar entry, before it becomes iCalendar text (tests and the calendar page read it)."""

    uid: str
    film_id: int
    film: str
    region: str | None
    medium: str | None
    value: str
    start: date
    exact: bool
    sequence: int
    conflict: bool
    current: Current


def event_uid(film_key: str, region: str | None, medium: str | None) -> str:
    digest = hashlib.sha256(f"{film_key}\x1f{region or ''}\x1f{medium or ''}".encode()).hexdigest()[:24]
    return f"{digest}@reelwire"


def feed_events(kb: KnowledgeBase, region: str | None = None, medium: str | None = None,
                start: date = EARLIEST, end: date = LATEST, as_of: date | None = None) -> list[FeedEvent]:
    entries = release_calendar(kb, start, end, region=region, medium=medium, as_of=as_of)
    film_ids = sorted({e.film.id for e in entries})
    with kb.engine.connect() as conn:
        keys = dict(conn.execute(select(entity.c.id, entity.c.key).where(entity.c.id.in_(film_ids))).all()) if film_ids else {}
        reports = reports_for(conn, film_ids, as_of) if film_ids else {}
    out: dict[str, FeedEvent] = {}
    for e in entries:
        c = e.release
        uid = event_uid(keys[e.film.id], c.region, c.medium)
        if uid in out:  # conflicting reports for one slot: keep the earliest date, flagged
            continue
        sequence = sum(1 for m in moves(reports[e.film.id]) if _same_slot(m, c))
        span = period(c.value)
        out[uid] = FeedEvent(uid=uid, film_id=e.film.id, film=e.film.name, region=c.region, medium=c.medium, value=c.value,
                             start=e.start, exact=span is not None and span[0] == span[1], sequence=sequence,
                             conflict=c.conflict, current=c)
    return list(out.values())


def _same_slot(move, current: Current) -> bool:
    """A move counts for a slot when neither leaves region or medium stated differently."""
    return all(a is None or b is None or a == b for a, b in
               ((move.region, current.region), (move.medium, current.medium)))


def _summary(ev: FeedEvent) -> str:
    where = ", ".join(x for x in (ev.medium, ev.region) if x)
    return f"{ev.film}" + (f" ({where})" if where else "")


def _description(ev: FeedEvent) -> str:
    lines = [f"Release date: {ev.value}" + ("" if ev.exact else " (not yet known to the day)")]
    if ev.conflict:
        lines.append("Reports conflict: other dates are reported for this region and medium.")
    if ev.sequence:
        lines.append(f"This date has moved {ev.sequence} time(s).")
    for s in ev.current.sources:
        lines.append(f"Source: {s.article} ({s.published or 'undated'}) {s.title or ''}".rstrip())
        lines.append(f"  \u201c{s.sentence}\u201d")
    return "\n".join(lines)


def to_ical(events: list[FeedEvent], base_url: str | None = None, name: str = "reelwire releases") -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for ev in events:
        stamp = max((s.published for s in ev.current.sources if s.published), default=date(1970, 1, 1))
        vevent = icalendar.Event()
        vevent.add("uid", ev.uid)
        vevent.add("dtstamp", datetime(stamp.year, stamp.month, stamp.day, tzinfo=timezone.utc))
        vevent.add("dtstart", ev.start)
        vevent.add("dtend", ev.start + timedelta(days=1))
        vevent.add("sequence", ev.sequence)
        vevent.add("status", "CONFIRMED" if ev.exact and not ev.conflict else "TENTATIVE")
        vevent.add("transp", "TRANSPARENT")
        vevent.add("summary", _summary(ev))
        vevent.add("description", _description(ev))
        vevent.add("categories", [x for x in ("release", ev.medium, ev.region) if x])
        if base_url:
            vevent.add("url", f"{base_url.rstrip('/')}/films/{ev.film_id}")
        cal.add_component(vevent)
    return cal.to_ical()


def calendar_ics(kb: KnowledgeBase, region: str | None = None, medium: str | None = None,
                 base_url: str | None = None, as_of: date | None = None) -> bytes:
    title = "reelwire releases" + "".join(f" {x}" for x in (region, medium) if x)
    return to_ical(feed_events(kb, region, medium, as_of=as_of), base_url=base_url, name=title)
