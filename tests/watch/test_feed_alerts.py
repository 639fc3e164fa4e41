"""The issue's done-when: a feed that changes between cycles, and one webhook message for the move."""

from __future__ import annotations

from dataclasses import replace

from reelwire.watch import AlertFilter, run_cycle
from reelwire.watch.notify import WebhookNotifier
from tests.watch.conftest import FAST


def _copper_site(site, feed="feed-one.xml"):
    site.put("/feed.xml", feed, content_type="application/rss+xml")
    site.put("/news/copper-meridian-dated", "copper-meridian-dated.html")
    site.put("/news/copper-meridian-moves", "copper-meridian-moves.html")


def test_a_new_entry_that_moves_a_date_sends_one_webhook_message(any_kb, any_state, site, receiver):
    url, messages, _ = receiver
    _copper_site(site)
    hook = [WebhookNotifier(url)]
    run_cycle(any_kb, any_state, [site.base + "/feed.xml"], hook, FAST)
    before = len(messages)
    site.put("/feed.xml", "feed-two.xml", content_type="application/rss+xml")

    run_cycle(any_kb, any_state, [site.base + "/feed.xml"], hook, FAST)

    new = messages[before:]
    assert len(new) == 1
    (message,) = new
    assert message["kind"] == "moved_date"
    assert message["film"]["name"] == "Copper Meridian"
    assert (message["old"], message["new"]) == ("2026-09-18", "2027-01-22")
    assert message["sources"][0]["url"] == site.base + "/news/copper-meridian-moves"
    assert message["sources"][0]["published"] == "2026-04-14"
    assert "pushed back" in message["sources"][0]["sentence"]
    assert message["text"] == ("Copper Meridian: release date 2026-09-18 -> 2027-01-22 "
                               "('Copper Meridian' Pushed Back to January 2027, 2026-04-14)")


def test_the_first_cycle_alerts_the_new_film_and_its_credits(any_kb, any_state, site, receiver):
    url, messages, _ = receiver
    _copper_site(site)
    run_cycle(any_kb, any_state, [site.base + "/feed.xml"], [WebhookNotifier(url)], FAST)
    assert sorted(m["kind"] for m in messages) == ["new_credit", "new_credit", "new_film"]


def test_only_moved_dates_leaves_the_rest_unsent(any_kb, any_state, site, receiver):
    url, messages, _ = receiver
    _copper_site(site, "feed-two.xml")
    options = replace(FAST, wanted=AlertFilter.parse(["moved-dates"]))
    run_cycle(any_kb, any_state, [site.base + "/feed.xml"], [WebhookNotifier(url)], options)
    assert [m["kind"] for m in messages] == ["moved_date"]
