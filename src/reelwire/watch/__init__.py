"""Follow the news as it happens: poll feeds, sitemaps and folders, ingest what is new, alert
what it changed (`reelwire watch`). State lives in the knowledge base's database (state.py)."""

from reelwire.watch.alerts import AlertFilter
from reelwire.watch.cycle import CycleReport, WatchOptions, run_cycle
from reelwire.watch.fetch import FetchPolicy
from reelwire.watch.loop import describe, parse_interval, watch
from reelwire.watch.notify import parse_notify
from reelwire.watch.state import WatchState

__all__ = ["AlertFilter", "CycleReport", "FetchPolicy", "WatchOptions", "WatchState", "describe", "parse_interval",
           "parse_notify", "run_cycle", "watch"]
