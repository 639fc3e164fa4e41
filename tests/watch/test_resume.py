"""Each cycle reads only what is new, and a restart (a new process, the same database) resumes."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from reelwire.errors import StoreError
from reelwire.store import open_kb
from reelwire.watch import WatchState, cycle, describe, loop, run_cycle, watch
from reelwire.watch.notify import WebhookNotifier
from tests.watch.conftest import FAST


def _site(site, **feed):
    site.put("/feed.xml", "feed-one.xml", content_type="application/rss+xml", **feed)
    site.put("/news/copper-meridian-dated", "copper-meridian-dated.html")
    site.put("/news/copper-meridian-moves", "copper-meridian-moves.html")


def test_the_etag_is_sent_back_and_304_reads_nothing(kb, state, site):
    _site(site, etag='"v1"')
    run_cycle(kb, state, [site.base + "/feed.xml"], [], FAST)
    report = run_cycle(kb, state, [site.base + "/feed.xml"], [], FAST)
    assert report.sources[0].status == "not modified"
    assert site.requests[-1] == ("/feed.xml", '"v1"')
    assert site.hits("/news/copper-meridian-dated") == 1


def test_last_modified_is_sent_back_and_304_reads_nothing(kb, state, site):
    stamp = "Tue, 14 Apr 2026 09:00:00 GMT"
    _site(site, last_modified=stamp)
    run_cycle(kb, state, [site.base + "/feed.xml"], [], FAST)
    report = run_cycle(kb, state, [site.base + "/feed.xml"], [], FAST)
    assert report.sources[0].status == "not modified"
    assert state.source(site.base + "/feed.xml").last_modified == stamp


def test_a_feed_without_validators_reads_only_new_entries(kb, state, site):
    _site(site)
    run_cycle(kb, state, [site.base + "/feed.xml"], [], FAST)
    site.put("/feed.xml", "feed-two.xml", content_type="application/rss+xml")
    report = run_cycle(kb, state, [site.base + "/feed.xml"], [], FAST)
    assert report.sources[0].new_items == 1
    assert site.hits("/news/copper-meridian-dated") == 1 and site.hits("/news/copper-meridian-moves") == 1


def test_a_restart_resumes_without_reading_or_alerting_again(db_url, site, receiver):
    url, messages, _ = receiver
    _site(site)
    first = open_kb(db_url)
    run_cycle(first, WatchState(first.engine), [site.base + "/feed.xml"], [WebhookNotifier(url)], FAST)
    first.engine.dispose()
    sent, fetched = len(messages), len(site.requests)

    again = open_kb(db_url)
    report = run_cycle(again, WatchState(again.engine), [site.base + "/feed.xml"], [WebhookNotifier(url)], FAST)
    again.engine.dispose()
    assert report.sources[0].new_items == 0
    assert len(messages) == sent and len(site.requests) == fetched + 1  # only the feed itself


def test_a_receiver_that_is_down_gets_its_alerts_next_cycle_once(kb, state, site, receiver):
    url, messages, status = receiver
    site.put("/feed.xml", "feed-two.xml", content_type="application/rss+xml")
    site.put("/news/copper-meridian-dated", "copper-meridian-dated.html")
    site.put("/news/copper-meridian-moves", "copper-meridian-moves.html")
    status[0] = 503
    report = run_cycle(kb, state, [site.base + "/feed.xml"], [WebhookNotifier(url)], FAST)
    assert "HTTP 503" in report.alerts.errors[0] and messages == []

    status[0] = 200
    run_cycle(kb, state, [site.base + "/feed.xml"], [WebhookNotifier(url)], FAST)
    run_cycle(kb, state, [site.base + "/feed.xml"], [WebhookNotifier(url)], FAST)
    kinds = [m["kind"] for m in messages]
    assert kinds.count("moved_date") == 1 and len(set(m["id"] for m in messages)) == len(messages)


def test_the_loop_runs_a_cycle_every_interval_until_interrupted(kb, site):
    _site(site)
    reports, pauses = [], []

    def sleep(seconds):
        pauses.append(seconds)
        if len(pauses) == 2:
            raise KeyboardInterrupt

    try:
        watch(kb, [site.base + "/feed.xml"], [], FAST, timedelta(minutes=15), on_cycle=reports.append, sleep=sleep)
    except KeyboardInterrupt:
        pass
    assert len(reports) == 2 and all(0 < p <= 900 for p in pauses)
    assert reports[0].sources[0].articles == 1 and reports[1].sources[0].new_items == 0


def test_a_cycle_that_fails_as_a_whole_is_reported_and_the_loop_goes_on(kb, site, monkeypatch):
    calls = []

    def broken(*args):
        calls.append(1)
        raise StoreError("database is locked; try again")

    monkeypatch.setattr(loop, "run_cycle", broken)
    lines = []

    def sleep(seconds):
        if len(calls) == 2:
            raise KeyboardInterrupt

    try:
        watch(kb, [site.base + "/feed.xml"], [], FAST, timedelta(seconds=1), sleep=sleep,
              on_cycle=lambda r: lines.extend(describe(r)))
    except KeyboardInterrupt:
        pass
    assert lines == ["cycle failed: database is locked; try again"] * 2


def test_a_big_first_poll_is_read_over_several_cycles(kb, state, site):
    _site(site)
    site.put("/feed.xml", "feed-two.xml", content_type="application/rss+xml", etag='"v2"')
    one_at_a_time = replace(FAST, max_items=1)
    first = run_cycle(kb, state, [site.base + "/feed.xml"], [], one_at_a_time)
    second = run_cycle(kb, state, [site.base + "/feed.xml"], [], one_at_a_time)
    third = run_cycle(kb, state, [site.base + "/feed.xml"], [], one_at_a_time)
    assert [r.sources[0].articles for r in (first, second)] == [1, 1]
    assert third.sources[0].status == "not modified"  # validators kept only once everything was read


def test_a_watcher_stopped_during_ingest_alerts_what_it_stored_on_the_next_run(kb, state, site, receiver, monkeypatch):
    url, messages, _ = receiver
    site.put("/feed.xml", "feed-two.xml", content_type="application/rss+xml")
    site.put("/news/copper-meridian-dated", "copper-meridian-dated.html")
    site.put("/news/copper-meridian-moves", "copper-meridian-moves.html")
    real = cycle.ingest_stream

    def stored_then_stopped(*args, **kwargs):
        real(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(cycle, "ingest_stream", stored_then_stopped)
    with pytest.raises(KeyboardInterrupt):
        run_cycle(kb, state, [site.base + "/feed.xml"], [WebhookNotifier(url)], FAST)
    assert messages == []

    monkeypatch.setattr(cycle, "ingest_stream", real)
    run_cycle(kb, state, [site.base + "/feed.xml"], [WebhookNotifier(url)], FAST)
    assert [m["kind"] for m in messages].count("moved_date") == 1
