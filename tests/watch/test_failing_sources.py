"""A source that fails (timeout, 500, malformed XML, a vanished folder) is reported, put on
back-off, and does not stop the others."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from reelwire.watch import run_cycle
from reelwire.watch.state import now
from tests.watch.conftest import FAST

BAD = [
    ("/slow.xml", {"body": b"<rss/>", "delay": 2.5}, "no answer within"),
    ("/error.xml", {"status": 500, "body": b"oops"}, "HTTP 500"),
    ("/broken.xml", {"fixture": "broken-feed.xml", "content_type": "application/rss+xml"}, "malformed feed"),
    ("/missing.xml", None, "HTTP 404"),
]


def _good(site):
    site.put("/feed.xml", "feed-one.xml", content_type="application/rss+xml")
    site.put("/news/copper-meridian-dated", "copper-meridian-dated.html")


@pytest.mark.parametrize("path, page, reason", BAD, ids=[b[0] for b in BAD])
def test_a_failing_feed_is_reported_and_the_good_one_is_read(kb, state, site, path, page, reason):
    _good(site)
    if page is not None:
        site.put(path, **page)
    report = run_cycle(kb, state, [site.base + path, site.base + "/feed.xml"], [], FAST)

    bad, good = report.sources
    assert bad.status == "failed" and reason in bad.errors[0]
    assert bad.next_try is not None and bad.next_try > now()
    assert good.status == "read" and good.articles == 1


def test_a_failing_source_waits_out_its_backoff(kb, state, site):
    site.put("/error.xml", status=500, body=b"oops")
    run_cycle(kb, state, [site.base + "/error.xml"], [], FAST)
    tries = site.hits("/error.xml")
    assert tries == FAST.policy.attempts  # retried within the cycle

    report = run_cycle(kb, state, [site.base + "/error.xml"], [], FAST)
    assert report.sources[0].status == "waiting" and "HTTP 500" in report.sources[0].errors[0]
    assert site.hits("/error.xml") == tries


def test_a_source_that_recovers_is_read_and_its_failures_forgotten(kb, state, site):
    no_wait = replace(FAST, backoff=timedelta(0))
    site.put("/feed.xml", status=500, body=b"oops")
    assert run_cycle(kb, state, [site.base + "/feed.xml"], [], no_wait).sources[0].status == "failed"

    _good(site)
    report = run_cycle(kb, state, [site.base + "/feed.xml"], [], no_wait)
    assert report.sources[0].status == "read" and report.sources[0].articles == 1
    assert state.source(site.base + "/feed.xml").failures == 0


def test_backoff_doubles_with_each_failure(kb, state, site):
    first = state.source_failed(site.base + "/error.xml", "x", FAST.backoff)
    second = state.source_failed(site.base + "/error.xml", "x", FAST.backoff)
    assert second.failures == 2
    assert second.next_try - first.next_try > FAST.backoff * 0.9


def test_a_page_that_fails_keeps_its_entry_unseen_for_the_next_cycle(kb, state, site):
    site.put("/feed.xml", "feed-one.xml", content_type="application/rss+xml", etag='"v1"')
    site.put("/news/copper-meridian-dated", status=500, body=b"oops")
    report = run_cycle(kb, state, [site.base + "/feed.xml"], [], FAST)
    assert report.sources[0].articles == 0 and "HTTP 500" in report.sources[0].errors[0]

    site.put("/news/copper-meridian-dated", "copper-meridian-dated.html")
    report = run_cycle(kb, state, [site.base + "/feed.xml"], [], FAST)
    assert report.sources[0].articles == 1  # the feed was fetched in full again, not answered 304


def test_a_page_with_no_article_is_reported_once_and_not_fetched_again(kb, state, site):
    site.put("/feed.xml", "feed-one.xml", content_type="application/rss+xml")
    site.put("/news/copper-meridian-dated", "not-an-article.html")
    report = run_cycle(kb, state, [site.base + "/feed.xml"], [], FAST)
    assert "no article body" in report.sources[0].errors[0]
    run_cycle(kb, state, [site.base + "/feed.xml"], [], FAST)
    assert site.hits("/news/copper-meridian-dated") == 1


def test_a_vanished_folder_is_reported(kb, state, tmp_path):
    report = run_cycle(kb, state, [str(tmp_path / "gone")], [], FAST)
    assert report.sources[0].status == "failed" and "not a folder" in report.sources[0].errors[0]


def test_links_to_local_files_are_not_followed(kb, state, site, tmp_path):
    secret = tmp_path / "secret.html"
    secret.write_text("<html><body><p>" + "private words " * 20 + "</p></body></html>")
    feed = f"""<rss version="2.0"><channel><title>t</title><item><title>x</title><link>file://{secret}</link>
        </item></channel></rss>"""
    site.put("/feed.xml", body=feed.encode(), content_type="application/rss+xml")
    report = run_cycle(kb, state, [site.base + "/feed.xml"], [], FAST)
    assert report.sources[0].articles == 0 and "not an http or https URL" in report.sources[0].errors[0]
    assert state.items(site.base + "/feed.xml")  # a final answer: not tried again
