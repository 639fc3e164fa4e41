"""Value functions for calendar dates: days, months, years, seasons, quarters, weekdays, holidays."""

from __future__ import annotations

from . import calendar_ as cal
from .partial import Partial, read_clock, read_day, read_month, read_shift, read_unit, read_year
from .words import ORDINALS, PART_OF_DAY, SEASON_CODES, TENS, WEEKDAYS


def full_date(g: dict) -> Partial | None:
    """June 6, 2025 / 6 June 2025 / 2025-06-06."""
    year, month, day = read_year(g), read_month(g) if not g.get("mnum") else int(g["mnum"]), read_day(g)
    if cal.safe_date(year, month, day) is None:
        return None
    if g.get("hour"):
        return Partial("TIME", f"{year:04d}-{month:02d}-{day:02d}T{g['hour']}:{g['minute']}")
    return Partial("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def us_numeric_date(g: dict) -> Partial | None:
    """6/6/2025: month first, as US news writes it."""
    year, month, day = read_year(g), int(g["mnum"]), read_day(g)
    if cal.safe_date(year, month, day) is None:
        return None
    return Partial("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def month_day(g: dict) -> Partial | None:
    """June 6 / Oct. 7 / 6 June: the year comes from the publication date and tense."""
    month, day = read_month(g), read_day(g)
    if cal.safe_date(2000, month, day) is None:
        return None
    if g.get("weekday"):
        return Partial("DATE", f"XXXX-{month:02d}-{day:02d}", ("year",))
    return Partial("DATE", f"XXXX-{month:02d}-{day:02d}", ("year",))


def month_year(g: dict) -> Partial | None:
    return Partial("DATE", f"{read_year(g):04d}-{read_month(g):02d}")


def month_alone(g: dict) -> Partial | None:
    return Partial("DATE", f"XXXX-{read_month(g):02d}", ("year",))


def month_in_relative_year(g: dict) -> Partial | None:
    """December last year / January next year."""
    return Partial("DATE", f"XXXX-{read_month(g):02d}", ("shift", f"month_of_year:{read_month(g)}", read_shift(g["rel"])))


def month_relative(g: dict) -> Partial | None:
    """last July / this June / next May."""
    return Partial("DATE", f"XXXX-{read_month(g):02d}", ("month_rel", read_month(g), read_shift(g["rel"])))


def year(g: dict) -> Partial | None:
    return Partial("DATE", f"{read_year(g):04d}")


def decade(g: dict) -> Partial | None:
    """the 1990s -> 199, the '90s -> 199, the sixties -> 196."""
    if g.get("dword"):
        return Partial("DATE", f"19{TENS[g['dword'].lower()[:-3] + 'y'] // 10}")
    return Partial("DATE", f"{read_year(g):04d}"[:3])


def century(g: dict) -> Partial | None:
    """the 20th century -> 19."""
    n = ORDINALS.get(g["ord"].lower())
    if n is None:
        digits = "".join(c for c in g["ord"] if c.isdigit())
        n = int(digits) if digits else None
    return None if not n else Partial("DATE", f"{n - 1:02d}")


def season_year(g: dict) -> Partial | None:
    return Partial("DATE", f"{read_year(g):04d}-{SEASON_CODES[g['season'].lower()]}")


def season_relative(g: dict) -> Partial | None:
    code = SEASON_CODES[g["season"].lower()]
    if g.get("rel"):
        return Partial("DATE", f"XXXX-{code}", ("shift", "season:" + code, read_shift(g["rel"])))
    return Partial("DATE", f"XXXX-{code}", ("year",))


def quarter(g: dict) -> Partial | None:
    n = ORDINALS.get(g["ord"].lower()) if g.get("ord") else int(g["qnum"])
    if not n or n > 4:
        return None
    if g.get("year"):
        return Partial("DATE", f"{read_year(g):04d}-Q{n}")
    if g.get("rel"):
        return Partial("DATE", f"XXXX-Q{n}", ("shift", f"quarter_of_year:{n}", read_shift(g["rel"])))
    return Partial("DATE", f"XXXX-Q{n}", ("year",))


def half(g: dict) -> Partial | None:
    n = 1 if g["ord"].lower() == "first" else 2
    if g.get("year"):
        return Partial("DATE", f"{read_year(g):04d}-H{n}")
    if g.get("rel"):
        return Partial("DATE", f"XXXX-H{n}", ("shift", f"half_of_year:{n}", read_shift(g["rel"])))
    return Partial("DATE", f"XXXX-H{n}", ("year",))


def relative_unit(g: dict) -> Partial | None:
    """this year / next month / last week / this weekend / the coming quarter."""
    unit = read_unit(g["unit"])
    n = read_shift(g.get("rel"))
    placeholder = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
                   "quarter": "XXXX-QX", "decade": "XXX", "century": "XX", "day": "XXXX-XX-XX"}
    return Partial("DATE", placeholder[unit], ("shift", unit, n))


def span_of(g: dict) -> Partial | None:
    """the end of the year / the beginning of the month: the unit the tense points to."""
    unit = read_unit(g["unit"])
    part = g["part"].lower()
    if unit == "year" and part in ("end", "close", "beginning", "start"):
        return Partial("DATE", "XXXX", ("year_part", "late" if part in ("end", "close") else "early"))
    return relative_unit(g)


def weekday(g: dict) -> Partial | None:
    wd = WEEKDAYS[g["weekday"].lower()]
    suffix = ""
    if g.get("part"):
        suffix = "T" + PART_OF_DAY[g["part"].lower()]
    if g.get("hour"):
        suffix = read_clock(g)
    how = {"last": "last", "past": "last", "previous": "last", "next": "next", "this": "this",
           "coming": "next", "upcoming": "next"}.get(" ".join((g.get("rel") or "").lower().split()[-1:]), "tense")
    kind = "TIME" if suffix else "DATE"
    return Partial(kind, f"XXXX-WXX-{wd + 1}{suffix}", ("weekday", wd, how, suffix))


def year_pair_end(g: dict) -> Partial | None:
    """The '58 of 1957-58: its century comes from the year before it."""
    return Partial("DATE", "XX" + g["tail"], ("century_of_previous",))


def holiday(g: dict) -> Partial | None:
    key = holiday_key(g["holiday"])
    if key is None:
        return None
    weekend = bool(g.get("weekend"))
    if g.get("year"):
        y = read_year(g)
        if weekend:
            return Partial("DATE", cal.holiday_weekend(key, y))
        return Partial("DATE", cal.holiday_date(key, y).isoformat())
    n = read_shift(g["rel"]) if g.get("rel") else None
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
        "easter sunday": "easter", "good friday": "good_friday", "black friday": "black_friday",
        "cyber monday": "cyber_monday", "election day": "election_day",
    }
    return table.get(n)


def follow(g: dict) -> Partial | None:
    """the following year / the next day / the previous week: relative to the last date mentioned."""
    unit = read_unit(g["unit"])
    placeholder = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX"}
    return Partial("DATE", placeholder[unit], ("follow", unit, read_shift(g["rel"])))


def unit_around_event(g: dict) -> Partial | None:
    """the day before he left / the week after the vote: a date fixed by an event, not by the calendar."""
    unit = read_unit(g["unit"])
    rest = {"day": "-XX-XX", "week": "-WXX", "month": "-XX", "year": ""}[unit]
    return Partial("DATE", "XXXX" + rest, ("year_of_reference",))


def same_unit(g: dict) -> Partial | None:
    """that year / the same day: the unit of the last date the text mentioned."""
    g = {**g, "rel": "this"}
    return follow(g)


def follow_weekday(g: dict) -> Partial | None:
    """the following Friday: the first Friday after the last date mentioned."""
    wd = WEEKDAYS[g["weekday"].lower()]
    return Partial("DATE", f"XXXX-WXX-{wd + 1}", ("follow_weekday", wd, read_shift(g["rel"])))


def weekend(g: dict) -> Partial | None:
    return Partial("DATE", "XXXX-WXX-WE", ("weekend",))
