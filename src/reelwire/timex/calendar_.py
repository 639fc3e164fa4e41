"""Calendar arithmetic behind TIMEX3 values: weeks, weekends, seasons, quarters, holidays.

Pure functions over `datetime.date`; no text here. Values follow TIMEX3 granularity:
`2025-06-06`, `2025-06`, `2025`, `2025-SU`, `2025-Q3`, `2025-H1`, `2024-W39`, `2024-W39-WE`.
"""

from __future__ import annotations

from datetime import date, timedelta

SEASONS = ("SP", "SU", "FA", "WI")
# first month of each season (northern meteorological seasons; winter spans the year end)
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def weekend_value(d: date) -> str:
    """The weekend of the ISO week containing `d` (Saturday and Sunday share Monday's week)."""
    return week_value(d) + "-WE"


def season_of(d: date) -> tuple[int, str]:
    """(season year, season code); December belongs to its own year's winter, Jan/Feb to the last."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    return d.year, SEASONS[(d.month - 3) // 3]


def season_index(year: int, code: str) -> int:
    return year * 4 + SEASONS.index(code)


def season_from_index(index: int) -> str:
    return f"{index // 4:04d}-{SEASONS[index % 4]}"


def season_start(year: int, code: str) -> date:
    return date(year, SEASON_START[code], 1)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) `weekday` (Monday = 0) of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


# holiday key -> ("fixed", month, day) | ("nth", month, weekday, n[, offset days]) | ("easter", offset days)
HOLIDAYS: dict[str, tuple] = {
    "new_years_day": ("fixed", 1, 1),
    "new_years_eve": ("fixed", 12, 31),
    "christmas": ("fixed", 12, 25),
    "christmas_eve": ("fixed", 12, 24),
    "independence_day": ("fixed", 7, 4),
    "halloween": ("fixed", 10, 31),
    "valentines_day": ("fixed", 2, 14),
    "st_patricks_day": ("fixed", 3, 17),
    "veterans_day": ("fixed", 11, 11),
    "juneteenth": ("fixed", 6, 19),
    "boxing_day": ("fixed", 12, 26),
    "mlk_day": ("nth", 1, 0, 3),
    "presidents_day": ("nth", 2, 0, 3),
    "memorial_day": ("nth", 5, 0, -1),
    "mothers_day": ("nth", 5, 6, 2),
    "fathers_day": ("nth", 6, 6, 3),
    "labor_day": ("nth", 9, 0, 1),
    "columbus_day": ("nth", 10, 0, 2),
    "thanksgiving": ("nth", 11, 3, 4),
    "black_friday": ("nth", 11, 3, 4, 1),
    "cyber_monday": ("nth", 11, 3, 4, 4),
    "election_day": ("nth", 11, 0, 1, 1),
    "easter": ("easter", 0),
    "good_friday": ("easter", -2),
}


def holiday_date(key: str, year: int) -> date:
    rule = HOLIDAYS[key]
    if rule[0] == "fixed":
        return date(year, rule[1], rule[2])
    if rule[0] == "nth":
        offset = rule[4] if len(rule) > 4 else 0
        return nth_weekday(year, rule[1], rule[2], rule[3]) + timedelta(days=offset)
    return easter(year) + timedelta(days=rule[1])


def holiday_weekend(key: str, year: int) -> str:
    """The weekend nearest the holiday (Memorial Day: the one before; Thanksgiving: the one after)."""
    day = holiday_date(key, year)
    saturday = day + timedelta(days=(5 - day.weekday()) % 7)
    previous = saturday - timedelta(days=7)
    nearest = previous if (day - previous) <= (saturday - day) else saturday
    if day.weekday() in (5, 6):
        nearest = day
    return weekend_value(nearest)


def holiday_partial(key: str) -> str:
    """An underspecified value for a holiday whose year is not known."""
    rule = HOLIDAYS[key]
    if rule[0] == "fixed":
        return f"XXXX-{rule[1]:02d}-{rule[2]:02d}"
    if rule[0] == "nth":
        return f"XXXX-{rule[1]:02d}"
    return "XXXX-XX-XX"
