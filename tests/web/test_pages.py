"""The HTML pages through TestClient: what a reader sees on each."""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser

import pytest


class Marks(HTMLParser):
    """Text inside <mark> elements, and the JSON-LD script bodies."""

    def __init__(self):
        super().__init__()
        self.marks, self.jsonld, self._in = [], [], None

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self._in = "mark"
            self.marks.append("")
        elif tag == "script" and ("type", "application/ld+json") in attrs:
            self._in = "jsonld"
            self.jsonld.append("")

    def handle_endtag(self, tag):
        if tag in ("mark", "script"):
            self._in = None

    def handle_data(self, data):
        if self._in == "mark":
            self.marks[-1] += data
        elif self._in == "jsonld":
            self.jsonld[-1] += data


def parse(html: str) -> Marks:
    m = Marks()
    m.feed(html)
    return m


@pytest.mark.parametrize("path", ["/", "/films", "/people", "/calendar", "/search?q=moons", "/search"])
def test_pages_render(client, path):
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")


def test_home_shows_upcoming_releases_and_the_latest_move(client):
    html = client.get("/").text
    upcoming = html[html.index('id="upcoming"'):html.index('id="changes"')]
    assert upcoming.index("Paper Moons") < upcoming.index("Glass Harbor") < upcoming.index("Lantern Coast")
    assert "release date 2025-11-14 -&gt; 2026-03-06" in html


def test_film_page_groups_facts_and_highlights_each_source_sentence(client, ids):
    html = client.get(f"/films/{ids['Lantern Coast']}").text
    for kind in ("Release", "Cast and crew", "Studios", "Events"):
        assert f"<h2>{kind}</h2>" in html
    marks = parse(html).marks
    assert "Lantern Coast, directed by Ines Calloway, stars Tomas Reyes as Captain Ward Hale." in marks
    assert "The film will now open in theaters on March 6, 2026." in marks
    assert "2 sources" in html  # Tomas Reyes, stated by two articles
    assert re.search(r'href="/articles/[0-9a-f]+#c\d+"', html)


def test_film_page_shows_context_around_the_sentence(client, ids):
    html = client.get(f"/films/{ids['Lantern Coast']}").text
    assert "Harbor Light Pictures has pushed back its coastal thriller Lantern Coast. <mark" in html


def test_film_page_draws_the_release_timeline_as_svg(client, ids):
    html = client.get(f"/films/{ids['Lantern Coast']}").text
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert svg.count("<circle") == 3  # dated 2025-11-14, moved to 2026-03-06, the old date named as previous
    assert 'class="report previous"' in svg and "current" in svg and '<path class="step"' in svg


def test_film_page_embeds_movie_json_ld(client, ids):
    (body,) = parse(client.get(f"/films/{ids['Paper Moons']}").text).jsonld
    doc = json.loads(body)
    assert doc["@type"] == "Movie" and doc["name"] == "Paper Moons"
    assert doc["actor"] == [{"@type": "PerformanceRole", "actor": {"@type": "Person", "name": "Jun Okafor"},
                             "characterName": "Pip"}]
    assert doc["director"] == [{"@type": "Person", "name": "Odile Marchetti"}]
    assert doc["releasedEvent"][0]["startDate"] == "2025-09-19"


def test_coarse_dates_are_not_invented_into_days(client, ids):
    (body,) = parse(client.get(f"/films/{ids['Paper Moons 2']}").text).jsonld
    event = json.loads(body)["releasedEvent"][0]
    assert "startDate" not in event and "2026-SU" in event["description"]
    assert "summer 2026" in client.get(f"/films/{ids['Paper Moons 2']}").text


def test_person_page_lists_filmography_and_upcoming(client, ids):
    html = client.get(f"/people/{ids['Tomas Reyes']}").text
    assert "Lantern Coast" in html and "Captain Ward Hale" in html and "6 March 2026" in html


def test_calendar_groups_by_month_and_filters(client):
    html = client.get("/calendar", params={"from": "2025-09-01", "to": "2026-12-31"}).text
    months = re.findall(r"<h2>(\w+ \d{4})</h2>", html)
    assert months == ["September 2025", "October 2025", "December 2025", "March 2026", "June 2026"]
    streaming = client.get("/calendar", params={"from": "2025-09-01", "medium": "streaming"}).text
    assert "No releases between" in streaming
    assert 'href="/calendar.ics?medium=streaming"' in streaming


def test_article_page_highlights_evidence_and_mentions(client, article_ids):
    html = client.get(f"/articles/{article_ids['paper-moons.txt']}").text
    marks = parse(html).marks
    assert "Jun Okafor also stars in Lantern Coast." in marks
    assert re.search(r'<a class="mention person" href="/people/\d+">Jun Okafor</a>', html)
    assert re.search(r'<a class="mention film" href="/films/\d+">Lantern Coast</a>', html)
    assert re.search(r'<span class="anchor" id="c\d+"></span>', html)


def test_search_page_links_results(client):
    html = client.get("/search", params={"q": "Tin Parade"}).text
    assert re.search(r'<a href="/films/\d+">Tin Parade</a>', html)


@pytest.mark.parametrize("path", ["/films/99999", "/people/99999", "/articles/nope", "/no/such/page"])
def test_missing_pages_are_html_404s(client, path):
    response = client.get(path)
    assert response.status_code == 404 and "<h1>Not found</h1>" in response.text


def test_the_app_cannot_write(web_url, client):
    import sqlalchemy as sa
    import pytest as _pytest

    with _pytest.raises(sa.exc.OperationalError, match="readonly|query_only|attempt to write"):
        with client.app.state.kb.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM claim"))


def test_film_page_as_of_shows_what_was_known_then(client, ids):
    html = client.get(f"/films/{ids['Lantern Coast']}", params={"as_of": "2025-05-01"}).text
    release = html[html.index('id="release"'):html.index("</section>", html.index('id="release"'))]
    assert "14 November 2025" in release and "6 March 2026" not in release
    assert "as known on 2025-05-01" in html


def test_calendar_as_of_shows_the_date_before_the_move(client):
    html = client.get("/calendar", params={"from": "2025-11-01", "to": "2026-03-31", "as_of": "2025-05-01"}).text
    assert "14 November 2025" in html and "6 March 2026" not in html


@pytest.mark.parametrize("path", ["/", "/films", "/people", "/calendar", "/search?q=anything", "/calendar.ics",
                                  "/api/films", "/api/calendar", "/api/changes?since=2020-01-01", "/api/facts"])
def test_an_empty_knowledge_base_serves_every_page(tmp_path, path):
    from fastapi.testclient import TestClient

    from reelwire.web import create_app

    with TestClient(create_app(f"sqlite:///{tmp_path / 'empty.db'}")) as empty:
        assert empty.get(path).status_code == 200


def test_amounts_and_event_days_read_as_words(tmp_path):
    from fastapi.testclient import TestClient

    from reelwire.store import open_kb
    from reelwire.web import create_app
    from tests.web.helpers import add_fact

    kb = open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    add_fact(kb, "weekend.txt", date(2025, 9, 22), "Copper Sky", "box_office", "12500000 USD",
             "Copper Sky opened to $12.5 million.", region="US", period="opening_weekend")
    add_fact(kb, "trailer.txt", date(2025, 9, 20), "Copper Sky", "event", "2025-09-19",
             "The Copper Sky trailer dropped Friday.", object_type="time", type="trailer_release")
    with TestClient(create_app(kb=kb)) as c:
        film_id = c.get("/api/films").json()["items"][0]["id"]
        html = c.get(f"/films/{film_id}").text
    assert "12,500,000 USD" in html and "period: opening_weekend" in html
    assert "19 September 2025" in html and "type: trailer_release" in html
