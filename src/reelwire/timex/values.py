"""Named value functions: a rule's match (its named groups) -> a `Partial` TIMEX3 value.

A value function only reads the words; it never looks at the publication date. Whatever
depends on that date is left underspecified (`XXXX-06-06`, `XXXX-WXX-5`) with an `anchor`
that tells `resolve.py` how to fill it in.

Anchors:
    ("year",)                         value starts with XXXX; choose the year by tense
    ("weekday", wd, how, suffix)      how: "tense" | "last" | "next" | "this"; suffix e.g. "TAF"
    ("shift", unit, n)                n units from the publication date, at that unit's granularity
    ("year_part", "early"|"late")    the start or end of a year: which year, by tense
    ("month_rel", month, n)           "last July" (-1), "this June" (0), "next May" (+1)
    ("holiday", key, weekend, n)      n None: by tense; else this (0) / next (1) / last (-1)
    ("time", suffix, days)            the publication day (+ days) with a time of day
    ("weekend",)                      "the weekend": by tense
    ("follow", unit, n)               n units from the last date the text mentioned
    ("follow_weekday", wd, n)         the first weekday after (n=1) / before (n=-1) that date
    ("century_of_previous",)         "58" in "1957-58": the century of the year before it
    ("in", unit, n)                   "in two weeks": a date when the context is future, else a duration
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import calendar_ as cal
from .words import (MONTHS, ORDINALS, PART_OF_DAY, SEASON_CODES, TENS, UNITS, WEEKDAYS, duration_value,
                    parse_number)


@dataclass(frozen=True)
class Partial:
    type: str
    value: str
    anchor: tuple = ()


VALUE_FUNCTIONS: dict[str, Callable[[dict], Partial | None]] = {}


def value_function(fn: Callable[[dict], Partial | None]) -> Callable[[dict], Partial | None]:
    VALUE_FUNCTIONS[fn.__name__] = fn
    return fn


def _month(g: dict, key: str = "month") -> int:
    return MONTHS[g[key].lower().rstrip(".")]


def _year(g: dict, key: str = "year") -> int:
    text = g[key].lstrip("'’")
    year = int(text)
    if len(text) == 2:
        year += 1900 if year > 30 else 2000
    return year


def _day(g: dict, key: str = "day") -> int:
    return int("".join(c for c in g[key] if c.isdigit()))


def _unit(word: str) -> str:
    w = word.lower().rstrip("s")
    if w == "centurie":
        return "century"
    return w


def _shift_n(word: str | None) -> int:
    w = (word or "this").lower()
    if w in ("next", "coming", "following", "upcoming"):
        return 1
    if w in ("last", "past", "previous", "preceding", "prior"):
        return -1
    return 0


@value_function
def full_date(g: dict) -> Partial | None:
    """June 6, 2025 / 6 June 2025 / 2025-06-06."""
    year, month, day = _year(g), _month(g) if not g.get("mnum") else int(g["mnum"]), _day(g)
    if cal.safe_date(year, month, day) is None:
        return None
    return Partial("DATE", f"{year:04d}-{month:02d}-{day:02d}")


@value_function
def us_numeric_date(g: dict) -> Partial | None:
    """6/6/2025: month first, as US news writes it."""
    year, month, day = _year(g), int(g["mnum"]), _day(g)
    if cal.safe_date(year, month, day) is None:
        return None
    return Partial("DATE", f"{year:04d}-{month:02d}-{day:02d}")


@value_function
def month_day(g: dict) -> Partial | None:
    """June 6 / Oct. 7 / 6 June: the year comes from the publication date and tense."""
    month, day = _month(g), _day(g)
    if cal.safe_date(2000, month, day) is None:
        return None
    if g.get("weekday"):
        return Partial("DATE", f"XXXX-{month:02d}-{day:02d}", ("year",))
    return Partial("DATE", f"XXXX-{month:02d}-{day:02d}", ("year",))


@value_function
def month_year(g: dict) -> Partial | None:
    return Partial("DATE", f"{_year(g):04d}-{_month(g):02d}")


@value_function
def month_alone(g: dict) -> Partial | None:
    return Partial("DATE", f"XXXX-{_month(g):02d}", ("year",))


@value_function
def month_relative(g: dict) -> Partial | None:
    """last July / this June / next May."""
    return Partial("DATE", f"XXXX-{_month(g):02d}", ("month_rel", _month(g), _shift_n(g["rel"])))


@value_function
def year(g: dict) -> Partial | None:
    return Partial("DATE", f"{_year(g):04d}")


@value_function
def decade(g: dict) -> Partial | None:
    """the 1990s -> 199, the '90s -> 199, the sixties -> 196."""
    if g.get("dword"):
        return Partial("DATE", f"19{TENS[g['dword'].lower()[:-3] + 'y'] // 10}")
    return Partial("DATE", f"{_year(g):04d}"[:3])


@value_function
def century(g: dict) -> Partial | None:
    """the 20th century -> 19."""
    n = ORDINALS.get(g["ord"].lower())
    if n is None:
        digits = "".join(c for c in g["ord"] if c.isdigit())
        n = int(digits) if digits else None
    return None if not n else Partial("DATE", f"{n - 1:02d}")


@value_function
def season_year(g: dict) -> Partial | None:
    return Partial("DATE", f"{_year(g):04d}-{SEASON_CODES[g['season'].lower()]}")


@value_function
def season_relative(g: dict) -> Partial | None:
    code = SEASON_CODES[g["season"].lower()]
    if g.get("rel"):
        return Partial("DATE", f"XXXX-{code}", ("shift", "season:" + code, _shift_n(g["rel"])))
    return Partial("DATE", f"XXXX-{code}", ("year",))


@value_function
def quarter(g: dict) -> Partial | None:
    n = ORDINALS.get(g["ord"].lower()) if g.get("ord") else int(g["qnum"])
    if not n or n > 4:
        return None
    if g.get("year"):
        return Partial("DATE", f"{_year(g):04d}-Q{n}")
    if g.get("rel"):
        return Partial("DATE", f"XXXX-Q{n}", ("shift", f"quarter_of_year:{n}", _shift_n(g["rel"])))
    return Partial("DATE", f"XXXX-Q{n}", ("year",))


@value_function
def half(g: dict) -> Partial | None:
    n = 1 if g["ord"].lower() == "first" else 2
    if g.get("year"):
        return Partial("DATE", f"{_year(g):04d}-H{n}")
    if g.get("rel"):
        return Partial("DATE", f"XXXX-H{n}", ("shift", f"half_of_year:{n}", _shift_n(g["rel"])))
    return Partial("DATE", f"XXXX-H{n}", ("year",))


@value_function
def relative_unit(g: dict) -> Partial | None:
    """this year / next month / last week / this weekend / the coming quarter."""
    unit = _unit(g["unit"])
    n = _shift_n(g.get("rel"))
    placeholder = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
                   "quarter": "XXXX-QX", "decade": "XXX", "century": "XX", "day": "XXXX-XX-XX"}
    return Partial("DATE", placeholder[unit], ("shift", unit, n))


@value_function
def span_of(g: dict) -> Partial | None:
    """the end of the year / the beginning of the month: the unit the tense points to."""
    unit = _unit(g["unit"])
    part = g["part"].lower()
    if unit == "year" and part in ("end", "close", "beginning", "start"):
        return Partial("DATE", "XXXX", ("year_part", "late" if part in ("end", "close") else "early"))
    return relative_unit(g)


@value_function
def weekday(g: dict) -> Partial | None:
    wd = WEEKDAYS[g["weekday"].lower()]
    suffix = ""
    if g.get("part"):
        suffix = "T" + PART_OF_DAY[g["part"].lower()]
    if g.get("hour"):
        suffix = _clock(g)
    how = {"last": "last", "past": "last", "previous": "last", "next": "next", "this": "this",
           "coming": "next"}.get((g.get("rel") or "").lower(), "tense")
    kind = "TIME" if suffix else "DATE"
    return Partial(kind, f"XXXX-WXX-{wd + 1}{suffix}", ("weekday", wd, how, suffix))


def _clock(g: dict) -> str:
    hour = int(g["hour"])
    minute = int(g["minute"]) if g.get("minute") else 0
    ampm = (g.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return ""
    return f"T{hour:02d}:{minute:02d}"


@value_function
def clock_time(g: dict) -> Partial | None:
    suffix = {"noon": "T12:00", "midnight": "T24:00"}.get((g.get("noon") or "").lower()) or _clock(g)
    if not suffix:
        return None
    return Partial("TIME", f"XXXX-XX-XX{suffix}", ("time", suffix, 0))


@value_function
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
    return Partial("DATE", "XXXX-XX-XX", ("shift", "day", days.get(first, 0)))


@value_function
def present_ref(g: dict) -> Partial | None:
    return Partial("DATE", "PRESENT_REF")


@value_function
def past_ref(g: dict) -> Partial | None:
    return Partial("DATE", "PAST_REF")


@value_function
def future_ref(g: dict) -> Partial | None:
    return Partial("DATE", "FUTURE_REF")


@value_function
def ago(g: dict) -> Partial | None:
    """two years ago -> the year two years before publication; years ago -> PAST_REF."""
    n = parse_number(g["num"]) if g.get("num") else None
    unit = _unit(g["unit"])
    if n is None or n != int(n) or unit not in ("year", "month", "week", "day", "decade", "weekend"):
        return Partial("DATE", "PAST_REF")
    return Partial("DATE", "XXXX", ("shift", unit, -int(n)))


@value_function
def in_time(g: dict) -> Partial | None:
    """in two weeks: a date when the sentence looks ahead, a duration otherwise."""
    n = parse_number(g["num"])
    unit = _unit(g["unit"])
    dur = duration_value(n, unit)
    if n is None or n != int(n) or unit not in ("year", "month", "week", "day"):
        return Partial("DURATION", dur)
    return Partial("DURATION", dur, ("in", unit, int(n)))


@value_function
def duration(g: dict) -> Partial | None:
    """90 days / five years / a month / four-week / the past two years / several months."""
    unit = _unit(g["unit"])
    num = g.get("num")
    n = parse_number(num) if num else None
    if unit not in UNITS:
        return None
    return Partial("DURATION", duration_value(n, unit))


@value_function
def duration_one(g: dict) -> Partial | None:
    """the past year / the next decade: one unit, as a duration."""
    return Partial("DURATION", duration_value(1, _unit(g["unit"])))


@value_function
def year_pair_end(g: dict) -> Partial | None:
    """The '58 of 1957-58: its century comes from the year before it."""
    return Partial("DATE", "XX" + g["tail"], ("century_of_previous",))


@value_function
def clock_duration(g: dict) -> Partial | None:
    """3:07:35 as an elapsed time."""
    h, m, s = int(g["h"]), int(g["m"]), int(g["s"])
    return Partial("DURATION", f"PT{h}H{m}M{s}S")


@value_function
def set_every(g: dict) -> Partial | None:
    """every year / each week / daily / annually / every morning / every Friday / Fridays."""
    word = (g.get("adverb") or "").lower()
    adverbs = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
               "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W"}
    if word:
        return Partial("SET", adverbs[word])
    if g.get("weekday"):
        return Partial("SET", f"XXXX-WXX-{WEEKDAYS[g['weekday'].lower()] + 1}")
    if g.get("part"):
        return Partial("SET", f"XXXX-XX-XXT{PART_OF_DAY[g['part'].lower()]}")
    if g.get("month"):
        return Partial("SET", f"XXXX-{_month(g):02d}")
    if g.get("season_word"):
        return Partial("SET", "P1Y")
    if g.get("season"):
        return Partial("SET", f"XXXX-{SEASON_CODES[g['season'].lower()]}")
    n = parse_number(g["num"]) if g.get("num") else 1
    return Partial("SET", duration_value(n, _unit(g["unit"])))


@value_function
def holiday(g: dict) -> Partial | None:
    key = holiday_key(g["holiday"])
    if key is None:
        return None
    weekend = bool(g.get("weekend"))
    if g.get("year"):
        y = _year(g)
        if weekend:
            return Partial("DATE", cal.holiday_weekend(key, y))
        return Partial("DATE", cal.holiday_date(key, y).isoformat())
    n = _shift_n(g["rel"]) if g.get("rel") else None
    value = "XXXX-WXX-WE" if weekend else cal.holiday_partial(key)
    return Partial("DATE", value, ("holiday", key, weekend, n))


def holiday_key(name: str) -> str | None:
    n = " ".join(name.lower().replace("’", "'").replace("'", "").split())
    table = {
        "new years day": "new_years_day", "new years": "new_years_day", "new years eve": "new_years_eve",
        "christmas": "christmas", "christmas day": "christmas", "christmas eve": "christmas_eve",
        "xmas": "christmas", "independence day": "independence_day", "fourth of july": "independence_day",
        "july fourth": "independence_day", "july 4th": "independence_day", "halloween": "halloween",
        "valentines day": "valentines_day", "st. patricks day": "st_patricks_day",
        "st patricks day": "st_patricks_day", "saint patricks day": "st_patricks_day",
        "veterans day": "veterans_day", "juneteenth": "juneteenth", "boxing day": "boxing_day",
        "martin luther king jr. day": "mlk_day", "martin luther king day": "mlk_day", "mlk day": "mlk_day",
        "presidents day": "presidents_day", "memorial day": "memorial_day", "mothers day": "mothers_day",
        "fathers day": "fathers_day", "labor day": "labor_day", "columbus day": "columbus_day",
        "thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving", "easter": "easter",
        "easter sunday": "easter", "good friday": "good_friday",
    }
    return table.get(n)


@value_function
def follow(g: dict) -> Partial | None:
    """the following year / the next day / the previous week: relative to the last date mentioned."""
    unit = _unit(g["unit"])
    placeholder = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX"}
    return Partial("DATE", placeholder[unit], ("follow", unit, _shift_n(g["rel"])))


@value_function
def same_unit(g: dict) -> Partial | None:
    """that year / the same day: the unit of the last date the text mentioned."""
    g = {**g, "rel": "this"}
    return follow(g)


@value_function
def follow_weekday(g: dict) -> Partial | None:
    """the following Friday: the first Friday after the last date mentioned."""
    wd = WEEKDAYS[g["weekday"].lower()]
    return Partial("DATE", f"XXXX-WXX-{wd + 1}", ("follow_weekday", wd, _shift_n(g["rel"])))


@value_function
def weekend(g: dict) -> Partial | None:
    return Partial("DATE", "XXXX-WXX-WE", ("weekend",))
