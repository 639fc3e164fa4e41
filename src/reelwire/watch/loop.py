"""Run cycles every interval until interrupted, and say what each cycle did in plain lines.

The interval counts from the start of one cycle to the start of the next, so a slow cycle does
not push the schedule back by its own length; a cycle longer than the interval is followed at once.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import timedelta

from reelwire.errors import ConfigError, ReelwireError
from reelwire.store.kb import KnowledgeBase
from reelwire.watch.cycle import CycleReport, WatchOptions, run_cycle
from reelwire.watch.notify import Notifier
from reelwire.watch.state import WatchState

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.I)
_UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400}


def parse_interval(text: str) -> timedelta:
    """'15m', '30s', '2h', '1d' or plain seconds; ConfigError for anything else."""
    m = _INTERVAL.match(text or "")
    if not m or float(m.group(1)) <= 0:
        raise ConfigError(f"interval {text!r} is not a duration; give it as 30s, 15m, 2h or 1d")
    return timedelta(seconds=float(m.group(1)) * _UNITS[(m.group(2) or "s").lower()])


def watch(kb: KnowledgeBase, sources: list[str], notifiers: list[Notifier], options: WatchOptions,
          interval: timedelta, once: bool = False, on_cycle: Callable[[CycleReport], None] = lambda r: None,
          sleep: Callable[[float], None] = time.sleep) -> CycleReport:
    """Cycles until interrupted (or one with `once`); returns the last cycle's report.

    Without `once`, a cycle that fails as a whole (the database is locked or down) is reported as
    a report with `error` set, and the next one runs on schedule: a watcher outlives a bad minute.
    """
    state = WatchState(kb.engine)
    while True:
        started = time.monotonic()
        try:
            report = run_cycle(kb, state, sources, notifiers, options)
        except ReelwireError as exc:
            if once:
                raise
            report = CycleReport(error=str(exc))
        on_cycle(report)
        if once:
            return report
        sleep(max(interval.total_seconds() - (time.monotonic() - started), 0))


def describe(report: CycleReport) -> list[str]:
    """One line a source, then the ingest and alert totals; problems carry their own lines."""
    if report.error:
        return [f"cycle failed: {report.error}"]
    lines = []
    for s in report.sources:
        if s.status == "failed":
            lines.append(f"failed {s.errors[0]} (next try after {s.next_try:%Y-%m-%d %H:%M:%S} UTC)")
        elif s.status == "waiting":
            lines.append(f"waiting {s.source}: next try after {s.next_try:%Y-%m-%d %H:%M:%S} UTC; "
                         f"last failure: {s.errors[0]}")
        else:
            lines.append(f"{s.status} {s.source}: {s.new_items} new or changed items, {s.articles} articles stored")
            lines.extend(f"  skipped {e}" for e in s.errors)
        lines.extend(f"  warning {w}" for w in s.warnings)
    lines.append(f"claims: {report.ingest.claims}; alerts sent: {len(report.alerts.sent)}")
    lines.extend(f"alert failed: {e}" for e in report.alerts.errors)
    return lines
