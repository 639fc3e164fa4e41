"""Fill underspecified values in against the publication date (the document creation time).

`resolve(mentions, published)` is a pure function: the same mentions and date give the same
values. Without a publication date, relative values stay underspecified (`XXXX-06-06`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from reelwire.model import TimeValue

from . import calendar_ as cal
from .recognise import Mention
from .tense import _BOUNDARY
from .words import duration_value

_ABSOLUTE = re.compile(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?$")


def interval(value: str) -> tuple[date, date] | None:
    """First and last day of a fully specified DATE value (day, month, year, season, quarter, half)."""
    m = re.match(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?|-(SP|SU|FA|WI)|-Q([1-4])|-H([12]))?$", value)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        d = cal.safe_date(y, int(m.group(2)), int(m.group(3)))
        return (d, d) if d else None
    if m.group(2):
        first = date(y, int(m.group(2)), 1)
        ny, nm = cal.shift_month(y, int(m.group(2)), 1)
        return first, date(ny, nm, 1) - timedelta(days=1)
    if m.group(4):
        first = cal.season_start(y, m.group(4))
        ny, nm = cal.shift_month(first.year, first.month, 3)
        return first, date(ny, nm, 1) - timedelta(days=1)
    if m.group(5) or m.group(6):
        months = 3 if m.group(5) else 6
        first = date(y, (int(m.group(5) or m.group(6)) - 1) * months + 1, 1)
        ny, nm = cal.shift_month(y, first.month, months)
        return first, date(ny, nm, 1) - timedelta(days=1)
    return date(y, 1, 1), date(y, 12, 31)


def choose_year(make, published: date, tense: str) -> str | None:
    """Of last year's, this year's and next year's reading of a value, the one the tense points to."""
    options = []
    for y in (published.year - 1, published.year, published.year + 1):
        value = make(y)
        span = interval(value) if value else None
        if span:
            options.append((value, span))
    if not options:
        return None
    if tense == "past":
        past = [o for o in options if o[1][0] <= published]
        return past[-1][0] if past else options[0][0]
    if tense == "future":
        future = [o for o in options if o[1][1] >= published]
        return future[0][0] if future else options[-1][0]

    def distance(o):
        first, last = o[1]
        return 0 if first <= published <= last else min(abs((first - published).days), abs((last - published).days))

    # no tense: news mostly reports what happened, so the latest past reading wins unless a
    # future one is much nearer ("in June" read in March; "October" read in March is last October)
    past = [o for o in options if o[1][0] <= published]
    future = [o for o in options if o[1][0] > published]
    if not past:
        return future[0][0]
    if future and distance(future[0]) < 0.6 * distance(past[-1]):
        return future[0][0]
    return past[-1][0]


def shift(unit: str, n: int, p: date) -> str:
    """The value n units away from p, at the unit's granularity."""
    if unit == "year":
        return f"{p.year + n:04d}"
    if unit == "month":
        y, m = cal.shift_month(p.year, p.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "week":
        return cal.week_value(p + timedelta(weeks=n))
    if unit == "weekend":
        return cal.weekend_value(p + timedelta(weeks=n))
    if unit == "day":
        return (p + timedelta(days=n)).isoformat()
    if unit == "quarter":
        index = p.year * 4 + cal.quarter_of(p) - 1 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "decade":
        return f"{p.year // 10 + n:03d}"
    if unit == "century":
        return f"{p.year // 100 + n:02d}"
    kind, _, arg = unit.partition(":")
    if kind == "season":
        current = cal.season_index(*cal.season_of(p))
        target = cal.SEASONS.index(arg)
        later = current + (target - current) % 4
        if n > 0:
            later = later if later > current else later + 4
            return cal.season_from_index(later + 4 * (n - 1))
        if n < 0:
            earlier = later - 4 if later >= current else later
            return cal.season_from_index(earlier + 4 * (n + 1))
        nearest = later if (later - current) <= 2 else later - 4
        return cal.season_from_index(nearest)
    if kind == "month_of_year":
        return f"{p.year + n:04d}-{int(arg):02d}"
    if kind == "quarter_of_year":
        return f"{p.year + n:04d}-Q{arg}"
    if kind == "half_of_year":
        return f"{p.year + n:04d}-H{arg}"
    raise ValueError(unit)


def weekday_date(wd: int, how: str, p: date, tense: str) -> date:
    back = (p.weekday() - wd) % 7
    ahead = (wd - p.weekday()) % 7
    if how == "last":
        return p - timedelta(days=back or 7)
    if how == "next":
        return p + timedelta(days=ahead or 7)
    if how == "this":  # "this Wednesday": the one in the week of publication, before or after
        return p - timedelta(days=p.weekday()) + timedelta(days=wd)
    if tense in ("future", "present"):
        return p + timedelta(days=ahead)
    return p - timedelta(days=back)


def nearest_weekend(p: date, tense: str) -> str:
    if p.weekday() >= 5 or tense == "future":
        return cal.weekend_value(p)
    return cal.weekend_value(p - timedelta(weeks=1))


def holiday_value(key: str, weekend: bool, n: int | None, p: date, tense: str) -> str:
    def make(y: int) -> str:
        return cal.holiday_weekend(key, y) if weekend else cal.holiday_date(key, y).isoformat()

    if n == 0:
        return make(p.year)
    if n is not None:
        this_year = cal.holiday_date(key, p.year)
        if n > 0:
            return make(p.year + (this_year <= p))
        return make(p.year - (this_year >= p))
    day = choose_year(lambda y: cal.holiday_date(key, y).isoformat(), p, tense)
    return make(int(day[:4])) if day else make(p.year)


GRANULARITY = {"day": 10, "week": 10, "month": 7, "year": 4}  # length of a reference value fine enough


def resolve_one(m: Mention, p: date | None, ref: date | None, ref_value: str = "") -> tuple[str, str]:
    kind = m.anchor[0] if m.anchor else ""
    if kind == "follow" and ref_value and len(ref_value) < GRANULARITY.get(m.anchor[1], 4):
        kind = "follow_coarse"
    if kind == "in":
        _, unit, n = m.anchor
        if p is not None and m.tense == "future":
            return "DATE", shift(unit, n, p)
        return "DURATION", duration_value(n, unit)
    if kind == "follow":
        _, unit, n = m.anchor
        return (m.type, shift(unit, n, ref)) if ref else (m.type, m.value)
    if kind == "follow_coarse":  # "the day before" 2012: the year is known, the day is not
        return m.type, f"{ref.year:04d}{m.value[4:]}" if ref else m.value
    if kind == "year_of_reference":
        return (m.type, f"{ref.year:04d}{m.value[4:]}") if ref else (m.type, m.value)
    if kind == "follow_weekday":
        _, wd, n = m.anchor
        return (m.type, weekday_date(wd, "next" if n >= 0 else "last", ref, "").isoformat()) if ref else (m.type, m.value)
    if kind == "today" and m.tense == "":
        return m.type, "PRESENT_REF"  # "the stars of today", "music today": the present, not the day
    if not kind or p is None:
        return m.type, m.value
    if kind == "year":
        rest = m.value[4:]
        value = choose_year(lambda y: f"{y:04d}{rest}", p, m.tense)
        return m.type, value or m.value
    if kind == "year_part":
        # the end of a year that is still to come cannot be in the past, and the reverse
        first = date(p.year, 10, 1) if m.anchor[1] == "late" else date(p.year, 1, 1)
        last = date(p.year, 12, 31) if m.anchor[1] == "late" else date(p.year, 3, 31)
        if m.tense == "past" and first > p:
            return m.type, f"{p.year - 1:04d}"
        if m.tense == "future" and last < p:
            return m.type, f"{p.year + 1:04d}"
        return m.type, f"{p.year:04d}"
    if kind == "weekday":
        _, wd, how, suffix = m.anchor
        return m.type, weekday_date(wd, how, p, m.tense).isoformat() + suffix
    if kind == "today":
        return m.type, p.isoformat()
    if kind == "shift":
        return m.type, shift(m.anchor[1], m.anchor[2], p)
    if kind == "month_rel":
        _, month, n = m.anchor
        year = p.year + (n > 0 and month <= p.month) - (n < 0 and month >= p.month)
        return m.type, f"{year:04d}-{month:02d}"
    if kind == "holiday":
        _, key, weekend, n = m.anchor
        return m.type, holiday_value(key, weekend, n, p, m.tense)
    if kind == "time":
        _, suffix, days = m.anchor
        return m.type, (p + timedelta(days=days)).isoformat() + suffix
    if kind == "weekend":
        return m.type, nearest_weekend(p, m.tense)
    return m.type, m.value


def _as_reference(value: str) -> date | None:
    match = _ABSOLUTE.match(value[:10])
    if not match:
        return None
    return cal.safe_date(int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1))


def _day(value: str) -> date | None:
    return _as_reference(value) if re.match(r"^\d{4}-\d\d-\d\d", value) else None


def _in_context(m: Mention, previous: TimeValue | None, published: date | None, ref: date | None,
                dated: TimeValue | None = None, ref_value: str = ""):
    """Resolve one mention, letting a neighbour it is joined to decide before the publication date."""
    anchor = m.anchor[0] if m.anchor else ""
    if anchor == "century_of_previous":
        if previous is not None and re.match(r"^\d{4}$", previous.value):
            year = int(previous.value[:2] + m.value[2:])
            return m.type, f"{year + 100 if year < int(previous.value) else year:04d}"
        return m.type, m.value
    if previous is not None and m.link == "attached" and anchor == "time" and _day(previous.value):
        return m.type, _day(previous.value).isoformat() + m.anchor[1]
    if previous is not None and m.link == "range" and anchor == "year" and _as_reference(previous.value):
        value = choose_year(lambda y: f"{y:04d}{m.value[4:]}", _as_reference(previous.value), "future")
        if value:
            return m.type, value
    if anchor == "year" and not m.tense and published is not None and _direction(dated, m, published):
        # no tense of its own: a date read as the date before it in the passage ("flights from March 30,
        # and a third from August 6" both lie ahead)
        m = replace(m, tense=_direction(dated, m, published))
    return resolve_one(m, published, ref, ref_value)


def _chained(out: list[TimeValue], dated: TimeValue, text: str, m: Mention) -> bool:
    """Whether only present references ("now") and chain words stand between `dated` and m."""
    between = [t for t in out if t.start >= dated.end]
    if not between or any(t.value != "PRESENT_REF" for t in between) or not re.match(r"^\d{4}-\d\d", dated.value):
        return False
    gap = text[dated.end:m.start]
    for t in reversed(between):
        gap = gap[:t.start - dated.end] + " now " + gap[t.end - dated.end:]
    return bool(CHAIN_GAP.fullmatch(gap))


PASSAGE = 120  # characters: how far back a date still sets the direction of an untensed one


def _direction(previous: TimeValue | None, m: Mention, published: date) -> str:
    if previous is None or m.start - previous.end > PASSAGE or not re.match(r"^\d{4}-\d\d", previous.value):
        return ""
    day = _as_reference(previous.value)
    if day is None or day.year == published.year and day.month == published.month and len(previous.value) == 7:
        return ""
    return "future" if day > published else "past" if day < published else ""


_BARE = re.compile(r"^XXXX(-\d\d(?:-\d\d)?)$")  # a month or a day without its year
_NAMED_YEAR = re.compile(r"(?<!\d)((?:1[6-9]|20)\d\d)(?!\d)")
#: between two dates of a chain of plans: "August 14, then October 2 and, now, December 25"
CHAIN_GAP = re.compile(r"\s*,?\s*(?:and\s*,?\s*|or\s*,?\s*)?(?:then\s*,?\s*|later\s*,?\s*)?"
                       r"(?:(?:now|finally|eventually|again)\s*,?\s*)?", re.IGNORECASE)


def _one_sentence(text: str, start: int, end: int) -> bool:
    return start <= end and not _BOUNDARY.search(text, start, end)


def sentence_year(mentions: list[Mention], i: int, text: str, published: date) -> str:
    """The one year written out in the sentence of a bare day ("both released on July 21 - the 2023
    box office"), when it agrees with the tense; else ''. (A bare month is left to the publication
    date: "ran to January 28, 2021, though filming starts in October" names another clause's year.)"""
    m = mentions[i]
    years = set()
    for j, other in enumerate(mentions):
        if j == i:
            continue
        if not other.anchor and _NAMED_YEAR.search(other.text) and re.match(r"^\d{4}", other.value):
            year = other.value[:4]
        elif other.anchor[:1] == ("shift",) and re.match(r"^(?:year$|\w+_of_year:)", str(other.anchor[1])):
            year = f"{published.year + other.anchor[2]:04d}"  # "on April 26 last year": a year all the same
        else:
            continue
        lo, hi = (other.end, m.start) if other.end <= m.start else (m.end, other.start)
        if _one_sentence(text, lo, hi):
            years.add(year)
    if len(years) != 1:
        return ""
    year = years.pop()
    span = interval(year + _BARE.match(m.value).group(1))
    # a writer leaves the year out only of a date near publication: the named year chooses between
    # last year's and next year's reading, never one further away ("ended in 2016 (posted September 10)")
    if span is None or abs(int(year) - published.year) != 1:
        return ""
    if m.tense == "past" and span[0] > published or m.tense == "future" and span[1] < published:
        return ""
    return year


def resolve(mentions: list[Mention], published: date | None, text: str = "") -> list[TimeValue]:
    """`text`, when given, is what the mentions index: a bare month or day then takes the year
    written in its sentence, and one in a chain of dates follows the date before it."""
    out: list[TimeValue] = []
    ref = published
    ref_value = published.isoformat() if published else ""  # the value ref was read from
    dated: TimeValue | None = None  # the last mention resolved to a day or a month
    for i, m in enumerate(mentions):
        previous = out[-1] if out else None
        try:
            kind, value = _in_context(m, previous, published, ref, dated, ref_value)
            if text and published is not None and m.anchor == ("year",) and _BARE.match(m.value):
                year = sentence_year(mentions, i, text, published) if len(m.value) == 10 else ""
                if year:
                    value = year + m.value[4:]
                elif (dated is not None and re.match(r"^\d{4}-\d\d", dated.value)
                        and CHAIN_GAP.fullmatch(text, dated.end, m.start)
                        or dated is not None and _chained(out, dated, text, m)):
                    # a chain of dates runs forward: the first reading on or after the date before it
                    value = choose_year(lambda y: f"{y:04d}{m.value[4:]}", _as_reference(dated.value), "future") or value
            if (previous is not None and m.link == "range" and not m.anchor and _as_reference(value)
                    and mentions[i - 1].anchor[:1] == ("year",)):
                # "between March and June 2021": the open end takes its year from the closed one
                earlier = choose_year(lambda y: f"{y:04d}{mentions[i - 1].value[4:]}", _as_reference(value), "past")
                if earlier:
                    out[-1] = TimeValue(previous.start, previous.end, previous.text, previous.type, earlier,
                                        previous.rule)
        except (ValueError, OverflowError, KeyError, TypeError, AttributeError, IndexError):
            kind, value = m.type, m.value
        if kind == "DATE" and _as_reference(value):
            ref, ref_value = _as_reference(value), value[:10]
        out.append(TimeValue(m.start, m.end, m.text, kind, value, m.rule))
        if kind == "DATE" and re.match(r"^\d{4}-\d\d(-\d\d)?$", value):
            dated = out[-1]
    return out
