"""The alerts, `reelwire changes --since`, the JSON API and the web home page show the same change:
they all read the knowledge base's change read model."""

from __future__ import annotations

import html
from datetime import date

from fastapi.testclient import TestClient

from reelwire.watch import run_cycle
from reelwire.watch.notify import WebhookNotifier
from reelwire.web import create_app
from tests.watch.conftest import FAST


def test_the_alerted_move_is_the_one_the_api_and_home_page_show(sqlite_url, kb, state, site, receiver):
    url, messages, _ = receiver
    site.put("/feed.xml", "feed-two.xml", content_type="application/rss+xml")
    site.put("/news/copper-meridian-dated", "copper-meridian-dated.html")
    site.put("/news/copper-meridian-moves", "copper-meridian-moves.html")
    run_cycle(kb, state, [site.base + "/feed.xml"], [WebhookNotifier(url)], FAST)
    (alert,) = [m for m in messages if m["kind"] == "moved_date"]

    with TestClient(create_app(sqlite_url, today=date(2026, 4, 20))) as client:
        api = client.get("/api/changes", params={"since": "2026-04-01"}).json()["items"]
        home = html.unescape(client.get("/").text)
    (moved,) = [c for c in api if c["kind"] == "moved_date"]
    assert (moved["old"], moved["new"], moved["detail"]) == (alert["old"], alert["new"], alert["detail"])
    assert alert["detail"] in home
