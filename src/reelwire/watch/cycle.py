"""One watch cycle: poll every source, ingest what is new, alert what it changed.

Sources are independent: one that fails (timeout, 5xx, malformed XML, a vanished folder) is
reported and put on back-off, and the others go on. Items are marked as seen only after their
articles are stored, and a feed's validators are kept only when every new entry was read, so an
interrupted cycle is simply done again by the next one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from reelwire.errors import ReadError
from reelwire.ingest import IngestSummary, ingest_stream
from reelwire.model import Article
from reelwire.store.kb import KnowledgeBase
from reelwire.watch.alerts import AlertFilter, AlertReport, send_alerts
from reelwire.watch.fetch import FetchPolicy
from reelwire.watch.items import Candidate, PageFailed
from reelwire.watch.notify import Notifier
from reelwire.watch.sources import canonical, poll_source
from reelwire.watch.state import WatchState, now


@dataclass(frozen=True)
class WatchOptions:
    policy: FetchPolicy = FetchPolicy()
    #: The first pause after a source fails; it doubles with each further failure.
    backoff: timedelta = timedelta(minutes=1)
    model: str | None = None
    wanted: AlertFilter = AlertFilter()
    #: At most this many new items are read from one source in one cycle (a first poll of a big
    #: sitemap); the rest wait for the next cycle, so a cycle stays short and alerts go out.
    max_items: int = 200


@dataclass
class SourceReport:
    source: str
    status: str  # "read", "not modified", "failed", "waiting"
    new_items: int = 0
    articles: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    next_try: datetime | None = None


@dataclass
class CycleReport:
    sources: list[SourceReport] = field(default_factory=list)
    ingest: IngestSummary = field(default_factory=IngestSummary)
    alerts: AlertReport = field(default_factory=AlertReport)
    #: Set when the cycle as a whole failed (the database could not be written); see loop.watch.
    error: str | None = None

    @property
    def failed(self) -> list[SourceReport]:
        return [s for s in self.sources if s.status == "failed"]


@dataclass
class _Loaded:
    source: str
    candidate: Candidate
    articles: list[Article]


def run_cycle(kb: KnowledgeBase, state: WatchState, sources: list[str], notifiers: list[Notifier],
              options: WatchOptions = WatchOptions()) -> CycleReport:
    report = CycleReport()
    loaded: list[_Loaded] = []
    for source in dict.fromkeys(canonical(s) for s in sources):  # each source once, in the order given
        source_report, items = _read_source(source, state, options)
        report.sources.append(source_report)
        loaded.extend(items)
    _store(kb, state, loaded, report, options)
    report.alerts = send_alerts(kb, state, notifiers, options.wanted)
    return report


def _read_source(source: str, state: WatchState, options: WatchOptions) -> tuple[SourceReport, list[_Loaded]]:
    remembered = state.source(source)
    if remembered.next_try is not None and remembered.next_try > now():
        return SourceReport(source, "waiting", errors=[remembered.last_error or ""], next_try=remembered.next_try), []
    try:
        poll = poll_source(source, state, options.policy)
    except ReadError as exc:
        return _failed(source, state, str(exc), options), []
    except Exception as exc:  # a reader bug must cost one source, never the cycle
        return _failed(source, state, f"{source}: could not be read ({exc.__class__.__name__}: {exc}); "
                                      "report the problem with the source's URL", options), []
    report = SourceReport(source, "not modified" if poll.not_modified else "read", warnings=list(poll.warnings))
    known = state.items(source) if poll.candidates else {}
    items: list[_Loaded] = []
    incomplete = False
    for candidate in poll.candidates:
        seen = known.get(candidate.key)
        if seen is not None and seen[0] == candidate.version:
            if seen[1] != candidate.stamp:
                state.item_touched(source, candidate.key, candidate.stamp)  # touched, not changed
            continue
        if report.new_items >= options.max_items:
            report.warnings.append(f"{source}: more than {options.max_items} new items; the rest are read next cycle")
            incomplete = True
            break
        report.new_items += 1
        loaded = _load(source, candidate, report)
        if loaded is None:
            incomplete = True
        else:
            items.append(loaded)
    state.source_ok(source, poll.etag, poll.last_modified, keep_validators=incomplete)
    return report, items


def _load(source: str, candidate: Candidate, report: SourceReport) -> _Loaded | None:
    """The item's articles, its final errors reported; None when it is to be tried again next cycle."""
    try:
        results = candidate.load()
    except PageFailed as exc:
        report.errors.append(str(exc.error))
        return None
    except Exception as exc:  # a reader bug costs one item, and the item is tried again
        report.errors.append(f"{candidate.key}: could not be read ({exc.__class__.__name__}: {exc}); "
                             "report the problem with the item's URL or file")
        return None
    report.errors.extend(str(r) for r in results if isinstance(r, ReadError))
    return _Loaded(source, candidate, [r for r in results if isinstance(r, Article)])


def _failed(source: str, state: WatchState, error: str, options: WatchOptions) -> SourceReport:
    failed = state.source_failed(source, error, options.backoff)
    return SourceReport(source, "failed", errors=[error], next_try=failed.next_try)


def _store(kb: KnowledgeBase, state: WatchState, loaded: list[_Loaded], report: CycleReport,
           options: WatchOptions) -> None:
    """Ingest every loaded article at once (one model pass), then mark the items seen.

    New articles are recorded as awaiting alerts *before* they are ingested: a watcher stopped
    in the middle of a long ingest still alerts the changes of what it did store, next run.
    """
    articles = [a for item in loaded for a in item.articles]
    fresh: dict[str, str] = {}
    for item in loaded:
        for a in item.articles:
            if a.id not in fresh and not kb.has_article(a.id):
                fresh[a.id] = item.source
                state.article_expected(a.id, a.name, a.url, a.published, item.source)
    if articles:
        report.ingest = ingest_stream(kb, articles, model=options.model)
    by_source = {s.source: s for s in report.sources}
    for article_id, source in fresh.items():
        by_source[source].articles += kb.has_article(article_id)
    for item in loaded:
        first = item.articles[0].id if item.articles else None
        state.item_seen(item.source, item.candidate.key, item.candidate.version, item.candidate.stamp, first)
