"""Article text is data, never markup: `<script>`, `"><img onerror=…>` and Markdown links in an
article — in its title, its sentences, even in a film's name and a character's — render as inert
text on every page, inside the JSON-LD element, in the JSON API and in the iCalendar feed."""

from __future__ import annotations

import json

from html.parser import HTMLParser

import icalendar
import pytest

from tests.web.helpers import HOSTILE_FILM, XSS
from tests.web.test_pages import parse



class Active(HTMLParser):
    """What a browser would act on: script elements (other than JSON-LD data), images, event
    handler attributes and javascript: links."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("type") != "application/ld+json":
            self.found.append("<script>")
        if tag in ("img", "iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        self.found += [f"{tag} {k}=" for k in attrs if k.startswith("on")]
        self.found += [f"{tag} {k}={v}" for k, v in attrs.items()
                       if k in ("href", "src", "action") and (v or "").strip().lower().startswith("javascript:")]


def active(html: str) -> list[str]:
    parser = Active()
    parser.feed(html)
    return parser.found


def pages(client) -> list[str]:
    films = client.get("/api/films").json()["items"]
    people = client.get("/api/people").json()["items"]
    articles = {f["article_id"] for f in client.get("/api/facts", params={"limit": 200}).json()["items"]}
    return (["/", "/films", "/people", "/calendar?from=2025-01-01", "/search?q=alert", "/search?q=" + XSS[0]]
            + [f"/films/{f['id']}" for f in films] + [f"/people/{p['id']}" for p in people]
            + [f"/articles/{a}" for a in sorted(articles)])


@pytest.fixture(params=["pipeline", "hand-made"])
def any_client(request, client, hostile_client):
    return client if request.param == "pipeline" else hostile_client


def test_no_page_carries_active_markup(any_client):
    for path in pages(any_client):
        assert active(any_client.get(path).text) == [], path


def test_the_hostile_text_is_shown_escaped(any_client):
    shown = "\n".join(any_client.get(p).text for p in pages(any_client))
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in shown
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in shown
    assert "](javascript:alert(" in shown  # a Markdown link stays its own text


def test_json_ld_cannot_close_its_script_element(hostile_client):
    (film,) = hostile_client.get("/api/films").json()["items"]
    html = hostile_client.get(f"/films/{film['id']}").text
    (body,) = parse(html).jsonld
    assert "</" not in body and "<" not in body
    doc = json.loads(body)
    assert doc["name"] == HOSTILE_FILM
    assert doc["actor"][0]["characterName"] == XSS[0]
    assert doc["subjectOf"][0]["headline"] == XSS[1]


def test_javascript_urls_never_become_links(hostile_client):
    items = hostile_client.get("/api/facts").json()["items"]
    assert {f["url"] for f in items} == {"javascript:alert(7)"}  # kept as data in the API ...
    html = hostile_client.get(f"/articles/{items[0]['article_id']}").text
    assert "javascript:alert(7)" not in html  # ... but not offered as a link


def test_the_api_returns_the_text_verbatim_as_json(hostile_client):
    response = hostile_client.get("/api/films")
    assert response.headers["content-type"] == "application/json"
    assert response.json()["items"][0]["name"] == HOSTILE_FILM


def test_the_calendar_feed_keeps_the_text_as_text(hostile_client):
    feed = hostile_client.get("/calendar.ics").content
    cal = icalendar.Calendar.from_ical(feed)
    (event,) = cal.walk("VEVENT")
    assert str(event["SUMMARY"]) == f"{HOSTILE_FILM} (theatrical)"
    assert XSS[1] in str(event["DESCRIPTION"]) and f"\u201c{HOSTILE_FILM} opens" in str(event["DESCRIPTION"])
    assert feed.count(b"BEGIN:VEVENT") == 1
    assert not str(event.get("URL", "")).startswith("javascript")


@pytest.mark.parametrize("html", ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>',
                                  '<a href=" javascript:alert(1)">x</a>', '<b onclick="x()">b</b>'])
def test_the_checker_sees_live_markup(html):
    assert active(html)


@pytest.mark.parametrize("path", ["/", "/calendar", "/films/99999"])
def test_pages_forbid_every_script(client, path):
    policy = client.get(path).headers["content-security-policy"]
    assert "script-src 'none'" in policy and "default-src 'none'" in policy


def test_api_docs_keep_their_scripts(client):
    assert "content-security-policy" not in client.get("/api/docs").headers
