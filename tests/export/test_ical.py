"""The iCalendar feed: parses with `icalendar` and round-trips; one all-day event per film, region
and medium; DTEND the day after; UIDs stable; SEQUENCE up when a date moves; TENTATIVE until the
date is known to the day."""

from __future__ import annotations

from datetime import date, timedelta

import icalendar
import pytest

from reelwire.export.ical import calendar_ics
from reelwire.ingest import ingest_articles
from tests.web.helpers import build, read


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return build(f"sqlite:///{tmp_path_factory.mktemp('ical') / 'kb.db'}")


def events(feed: bytes) -> dict[str, icalendar.Event]:
    return {str(e["SUMMARY"]).split(" (")[0]: e for e in icalendar.Calendar.from_ical(feed).walk("VEVENT")}


def test_feed_parses_and_round_trips(kb):
    feed = calendar_ics(kb)
    cal = icalendar.Calendar.from_ical(feed)
    assert cal.to_ical() == feed
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"])


def test_one_all_day_event_per_film_region_medium_ending_the_day_after(kb):
    evs = events(calendar_ics(kb))
    assert set(evs) == {"Glass Harbor", "Lantern Coast", "Paper Moons", "Paper Moons 2", "Tin Parade"}
    for e in evs.values():
        start, end = e.decoded("DTSTART"), e.decoded("DTEND")
        assert type(start) is date and end == start + timedelta(days=1)
        assert str(e["UID"]).endswith("@reelwire")
    assert evs["Lantern Coast"].decoded("DTSTART") == date(2026, 3, 6)
    assert str(evs["Paper Moons 2"]["SUMMARY"]) == "Paper Moons 2 (theatrical, GB)"


@pytest.mark.parametrize("film,status,start", [("Paper Moons", "CONFIRMED", date(2025, 9, 19)),
                                               ("Tin Parade", "TENTATIVE", date(2025, 12, 1)),
                                               ("Paper Moons 2", "TENTATIVE", date(2026, 6, 1))])
def test_tentative_until_known_to_the_day(kb, film, status, start):
    e = events(calendar_ics(kb))[film]
    assert str(e["STATUS"]) == status and e.decoded("DTSTART") == start


def test_filters_by_region_and_medium(kb):
    assert set(events(calendar_ics(kb, region="US", medium="theatrical"))) == \
        {"Glass Harbor", "Lantern Coast", "Paper Moons", "Tin Parade"}
    assert events(calendar_ics(kb, medium="streaming")) == {}


def test_a_move_keeps_the_uid_and_raises_the_sequence(tmp_path):
    kb = build(f"sqlite:///{tmp_path / 'kb.db'}", "lantern-coast-dated.txt")
    before = events(calendar_ics(kb))["Lantern Coast"]
    assert before.decoded("DTSTART") == date(2025, 11, 14) and before["SEQUENCE"] == 0
    assert events(calendar_ics(kb))["Lantern Coast"]["UID"] == before["UID"]  # stable between requests
    ingest_articles(kb, read("lantern-coast-moved.md"))
    after = events(calendar_ics(kb))["Lantern Coast"]
    assert after["UID"] == before["UID"]
    assert after.decoded("DTSTART") == date(2026, 3, 6) and after.decoded("DTEND") == date(2026, 3, 7)
    assert after["SEQUENCE"] == 1
    assert "moved 1 time" in str(after["DESCRIPTION"])


def test_uids_do_not_depend_on_ingest_order(tmp_path):
    names = ("paper-moons.txt", "lantern-coast-dated.txt", "tin-parade.txt")
    one = build(f"sqlite:///{tmp_path / 'a.db'}", *names)
    two = build(f"sqlite:///{tmp_path / 'b.db'}", *reversed(names))
    uids = [{k: str(e["UID"]) for k, e in events(calendar_ics(kb)).items()} for kb in (one, two)]
    assert uids[0] == uids[1]


def test_served_feed_is_the_export(client, web_url):
    from reelwire.store import open_kb

    response = client.get("/calendar.ics", params={"region": "US", "medium": "theatrical"})
    assert response.headers["content-type"].startswith("text/calendar")
    served = events(response.content)
    exported = events(calendar_ics(open_kb(web_url), region="US", medium="theatrical"))
    assert {k: str(e["UID"]) for k, e in served.items()} == {k: str(e["UID"]) for k, e in exported.items()}
    film_id = {f["name"]: f["id"] for f in client.get("/api/films").json()["items"]}["Paper Moons"]
    assert str(served["Paper Moons"]["URL"]) == f"http://testserver/films/{film_id}"


def test_same_day_conflict_is_one_tentative_event(tmp_path):
    from reelwire.store import open_kb
    from tests.web.helpers import add_release

    kb = open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    add_release(kb, "a.txt", date(2025, 8, 1), "Copper Sky", "2026-06-05")
    add_release(kb, "b.txt", date(2025, 8, 1), "Copper Sky", "2026-06-12")
    (event,) = icalendar.Calendar.from_ical(calendar_ics(kb)).walk("VEVENT")
    assert str(event["STATUS"]) == "TENTATIVE" and event.decoded("DTSTART") == date(2026, 6, 5)
    assert "Reports conflict" in str(event["DESCRIPTION"])
