"""Release-date history: the current date is the latest report; earlier ones stay as history."""

from __future__ import annotations

from datetime import date

import pytest

from reelwire.query.common import Source
from reelwire.query.history import Report, current_reports, moves, release_history, summarise


def report(value: str, day: str, status: str = "scheduled", region=None, medium=None, article=None) -> Report:
    return Report(value, status, region, medium, Source(article or f"{day}.txt", None, date.fromisoformat(day), "s"))


def values(reports) -> list[str]:
    return [r.value for r in current_reports(reports)]


def test_latest_report_is_current():
    assert values([report("2025-03-14", "2024-06-10"), report("2025-06-06", "2024-11-20")]) == ["2025-06-06"]


def test_coarser_later_report_confirms_the_day():
    assert values([report("2021-05-07", "2020-09-24"), report("2021", "2020-10-01")]) == ["2021-05-07"]


def test_a_restated_date_keeps_every_source():
    now = summarise([report("2025-03-14", "2024-06-10", article="a.txt"), report("2025-03-14", "2024-07-01", article="b.txt"),
                     report("2025", "2024-08-01", article="c.txt")])
    assert [(c.value, [s.article for s in c.sources]) for c in now] == [("2025-03-14", ["a.txt", "b.txt"])]


def test_same_day_conflict_keeps_both_with_sources():
    now = summarise([report("2025-03-14", "2024-06-10", article="a.txt"),
                     report("2025-04-04", "2024-06-10", article="b.txt")])
    assert [(c.value, c.conflict, c.sources[0].article) for c in now] == [
        ("2025-03-14", True, "a.txt"), ("2025-04-04", True, "b.txt")]


def test_regions_and_media_keep_their_own_dates():
    reports = [report("2025-03-14", "2024-06-10", region="GB", medium="theatrical"),
               report("2025-05-01", "2024-07-01", region="US", medium="theatrical"),
               report("2025-08-01", "2024-08-01", medium="streaming")]
    assert sorted(values(reports)) == ["2025-03-14", "2025-05-01", "2025-08-01"]


def test_unstated_region_replaces_a_stated_one():
    assert values([report("2025-03-14", "2024-06-10", region="US"), report("2025-06-06", "2024-11-20")]) == ["2025-06-06"]


def test_a_later_previous_report_ends_a_date():
    assert values([report("2025-03-14", "2024-06-10"), report("2025-03-14", "2024-07-01", status="previous")]) == []


def test_moves_name_old_and_new_dates():
    found = moves([report("2024-10-04", "2024-03-04"), report("2025-03-14", "2024-06-10"),
                   report("2025-06-06", "2024-11-20")])
    assert [(m.old, m.new) for m in found] == [("2024-10-04", "2025-03-14"), ("2025-03-14", "2025-06-06")]


def test_a_move_first_heard_of_uses_the_articles_previous_date():
    found = moves([report("2026", "2025-08-12"), report("2025-12-19", "2025-08-12", status="previous")])
    assert [(m.old, m.new) for m in found] == [("2025-12-19", "2026")]


def test_film_moved_twice_shows_both_moves(kb):
    history = release_history(kb, "Lantern Road")
    assert [(m.old, m.new) for m in history.moves] == [("2024-10-04", "2025-03-14"), ("2025-03-14", "2025-06-06")]
    assert [(r.value, r.status, r.current) for r in history.reports] == [
        ("2024-10-04", "scheduled", False),
        ("2025-03-14", "scheduled", False), ("2024-10-04", "previous", False),
        ("2025-06-06", "scheduled", True), ("2025-03-14", "previous", False),
    ]
    assert history.reports[-2].source.article == "lantern-road-moves-again-2024-11-20.txt"


@pytest.mark.parametrize("as_of,expected", [("2024-05-01", "2024-10-04"), ("2024-07-01", "2025-03-14"),
                                            ("2025-01-01", "2025-06-06")])
def test_as_of_gives_the_date_known_then(kb, as_of, expected):
    history = release_history(kb, "Lantern Road", date.fromisoformat(as_of))
    assert [c.value for c in history.current] == [expected]


def test_restating_the_current_date_is_no_move():
    found = moves([report("2025-03-14", "2024-06-10"), report("2025-03-14", "2024-07-01"),
                   report("2025", "2024-08-01")])
    assert found == []


def test_a_move_stated_twice_in_one_article_is_one_move():
    found = moves([report("2024-10-04", "2024-03-04"), report("2025-03-14", "2024-06-10", article="a.txt"),
                   report("2025-03-14", "2024-06-10", article="a.txt")])
    assert [(m.old, m.new) for m in found] == [("2024-10-04", "2025-03-14")]
