"""Resolution against the publication date, one anchor at a time."""

from __future__ import annotations

from datetime import date

import pytest

from reelwire.timex.recognise import Mention
from reelwire.timex.resolve import choose_year, resolve, shift, weekday_date

THURSDAY = date(2024, 9, 26)


def mention(value: str, anchor: tuple, tense: str = "", link: str = "") -> Mention:
    return Mention(0, 1, "x", "DATE", value, "test", anchor, tense, link)


@pytest.mark.parametrize(("tense", "expected"), [("past", "2024-03"), ("future", "2025-03"), ("", "2024-03")])
def test_month_year_follows_tense(tense, expected):
    assert choose_year(lambda y: f"{y}-03", THURSDAY, tense) == expected


def test_untensed_month_takes_a_much_nearer_future():
    assert choose_year(lambda y: f"{y}-11", THURSDAY, "") == "2024-11"


@pytest.mark.parametrize(("how", "tense", "expected"), [
    ("tense", "past", date(2024, 9, 20)),
    ("tense", "future", date(2024, 9, 27)),
    ("tense", "", date(2024, 9, 20)),
    ("last", "", date(2024, 9, 20)),
    ("next", "", date(2024, 9, 27)),
])
def test_friday(how, tense, expected):
    assert weekday_date(4, how, THURSDAY, tense) == expected


def test_same_weekday_is_the_publication_day_both_ways():
    assert weekday_date(3, "tense", THURSDAY, "past") == THURSDAY
    assert weekday_date(3, "tense", THURSDAY, "future") == THURSDAY


@pytest.mark.parametrize(("unit", "n", "expected"), [
    ("year", 1, "2025"), ("month", -1, "2024-08"), ("week", -1, "2024-W38"), ("weekend", -1, "2024-W38-WE"),
    ("day", -1, "2024-09-25"), ("quarter", 1, "2024-Q4"), ("decade", 0, "202"), ("century", 0, "20"),
    ("season:SU", 1, "2025-SU"), ("season:SU", -1, "2024-SU"), ("season:WI", 0, "2024-WI"),
    ("season:SP", 1, "2025-SP"),
])
def test_shift(unit, n, expected):
    assert shift(unit, n, THURSDAY) == expected


def test_without_a_date_values_stay_underspecified():
    [t] = resolve([mention("XXXX-SU", ("shift", "season:SU", 1))], None)
    assert t.value == "XXXX-SU"


def test_follow_uses_the_last_date_mentioned():
    found = resolve([mention("2019", ()), mention("XXXX", ("follow", "year", 1))], THURSDAY)
    assert [t.value for t in found] == ["2019", "2020"]
