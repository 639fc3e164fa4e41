"""Value functions for times of day, durations, sets and the PRESENT/PAST/FUTURE references."""

from __future__ import annotations

from .partial import Partial, read_clock, read_month, read_unit
from .words import PART_OF_DAY, SEASON_CODES, UNITS, WEEKDAYS, duration_value, parse_number


def clock_time(g: dict) -> Partial | None:
    suffix = {"noon": "T12:00", "midnight": "T24:00"}.get((g.get("noon") or "").lower()) or read_clock(g)
    if not suffix:
        return None
    return Partial("TIME", f"XXXX-XX-XX{suffix}", ("time", suffix, 0))


def deictic_day(g: dict) -> Partial | None:
    """today / yesterday / tomorrow / tonight / this morning / last night."""
    word = " ".join(g["word"].lower().split())
    days = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this": 0, "last": -1,
            "yesterday's": -1, "today's": 0, "tomorrow's": 1}
    first = word.split()[0]
    part = g.get("part")
    if word == "tonight":
        part = "night"
    if part:
        suffix = "T" + PART_OF_DAY[part.lower()]
        return Partial("TIME", f"XXXX-XX-XX{suffix}", ("time", suffix, days.get(first, 0)))
    if first == "today":
        return Partial("DATE", "XXXX-XX-XX", ("today",))
    return Partial("DATE", "XXXX-XX-XX", ("shift", "day", days.get(first, 0)))


def two_days_off(g: dict) -> Partial | None:
    """the day before yesterday / the day after tomorrow."""
    n = -2 if g["way"].lower().startswith("before") else 2
    return Partial("DATE", "XXXX-XX-XX", ("shift", "day", n))


def present_ref(g: dict) -> Partial | None:
    return Partial("DATE", "PRESENT_REF")


def past_ref(g: dict) -> Partial | None:
    return Partial("DATE", "PAST_REF")


def future_ref(g: dict) -> Partial | None:
    return Partial("DATE", "FUTURE_REF")


def ago(g: dict) -> Partial | None:
    """two years ago -> the year two years before publication; years ago -> PAST_REF;
    ten years from now -> ten years after it."""
    n = parse_number(g["num"]) if g.get("num") else None
    unit = read_unit(g["unit"])
    sign = -1 if g["way"].lower() == "ago" else 1
    if n is None or n != int(n) or unit not in ("year", "month", "week", "day", "decade", "weekend"):
        return Partial("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    return Partial("DATE", "XXXX", ("shift", unit, sign * int(n)))


def in_time(g: dict) -> Partial | None:
    """in two weeks: a date when the sentence looks ahead, a duration otherwise."""
    n = parse_number(g["num"])
    unit = read_unit(g["unit"])
    dur = duration_value(n, unit)
    if n is None or n != int(n) or unit not in ("year", "month", "week", "day"):
        return Partial("DURATION", dur)
    return Partial("DURATION", dur, ("in", unit, int(n)))


def duration(g: dict) -> Partial | None:
    """90 days / five years / a month / four-week / the past two years / several months."""
    unit = read_unit(g["unit"])
    num = g.get("num")
    n = parse_number(num) if num else None
    if unit not in UNITS:
        return None
    return Partial("DURATION", duration_value(n, unit))


def duration_one(g: dict) -> Partial | None:
    """the past year / the next decade: one unit, as a duration."""
    return Partial("DURATION", duration_value(1, read_unit(g["unit"])))


def clock_duration(g: dict) -> Partial | None:
    """3:07:35 as an elapsed time."""
    h, m, s = int(g["h"]), int(g["m"]), int(g["s"])
    return Partial("DURATION", f"PT{h}H{m}M{s}S")


def set_every(g: dict) -> Partial | None:
    """every year / each week / daily / annually / every morning / every Friday / Fridays."""
    word = (g.get("adverb") or "").lower()
    adverbs = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
               "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W"}
    if word:
        return Partial("SET", adverbs[word])
    if g.get("weekday"):
        part = f"T{PART_OF_DAY[g['part'].lower()]}" if g.get("part") else ""
        return Partial("SET", f"XXXX-WXX-{WEEKDAYS[g['weekday'].lower()] + 1}{part}")
    if g.get("part"):
        return Partial("SET", f"XXXX-XX-XXT{PART_OF_DAY[g['part'].lower()]}")
    if g.get("month"):
        return Partial("SET", f"XXXX-{read_month(g):02d}")
    if g.get("season_word"):
        return Partial("SET", "P1Y")
    if g.get("season"):
        return Partial("SET", f"XXXX-{SEASON_CODES[g['season'].lower()]}")
    n = parse_number(g["num"]) if g.get("num") else 2 if g.get("other") else 1
    return Partial("SET", duration_value(n, read_unit(g["unit"])))
