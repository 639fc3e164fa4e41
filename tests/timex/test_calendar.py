"""Calendar arithmetic: holidays, Easter, weeks, weekends and seasons."""

from __future__ import annotations

from datetime import date

import pytest

from reelwire.timex import calendar_ as cal


@pytest.mark.parametrize(("key", "year", "expected"), [
    ("memorial_day", 2025, date(2025, 5, 26)),
    ("labor_day", 2024, date(2024, 9, 2)),
    ("thanksgiving", 2024, date(2024, 11, 28)),
    ("black_friday", 2024, date(2024, 11, 29)),
    ("election_day", 2024, date(2024, 11, 5)),
    ("mlk_day", 2025, date(2025, 1, 20)),
    ("easter", 2024, date(2024, 3, 31)),
    ("good_friday", 2025, date(2025, 4, 18)),
    ("christmas", 2025, date(2025, 12, 25)),
])
def test_holiday_dates(key, year, expected):
    assert cal.holiday_date(key, year) == expected


@pytest.mark.parametrize(("key", "year", "expected"), [
    ("memorial_day", 2025, "2025-W21-WE"),   # the weekend before the Monday
    ("labor_day", 2024, "2024-W35-WE"),
    ("thanksgiving", 2024, "2024-W48-WE"),   # the weekend after the Thursday
    ("easter", 2024, "2024-W13-WE"),         # a Sunday holiday is its own weekend
])
def test_holiday_weekends(key, year, expected):
    assert cal.holiday_weekend(key, year) == expected


def test_weeks_and_weekends_follow_iso():
    assert cal.week_value(date(2024, 9, 26)) == "2024-W39"
    assert cal.week_value(date(2021, 1, 1)) == "2020-W53"
    assert cal.weekend_value(date(2024, 9, 29)) == "2024-W39-WE"


@pytest.mark.parametrize(("day", "expected"), [
    (date(2024, 9, 26), (2024, "FA")),
    (date(2024, 12, 5), (2024, "WI")),
    (date(2025, 1, 15), (2024, "WI")),
    (date(2025, 6, 1), (2025, "SU")),
])
def test_season_of(day, expected):
    assert cal.season_of(day) == expected


def test_shift_month_crosses_years():
    assert cal.shift_month(2024, 12, 1) == (2025, 1)
    assert cal.shift_month(2024, 1, -1) == (2023, 12)
