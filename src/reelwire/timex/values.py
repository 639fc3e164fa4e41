"""Named value functions: a rule's match (its named groups) -> a `Partial` TIMEX3 value.

A value function only reads the words; it never looks at the publication date. Whatever
depends on that date is left underspecified (`XXXX-06-06`, `XXXX-WXX-5`) with an `anchor`
that tells `resolve.py` how to fill it in.

Anchors:
    ("year",)                         value starts with XXXX; choose the year by tense
    ("weekday", wd, how, suffix)      how: "tense" | "last" | "next" | "this"; suffix e.g. "TAF"
    ("shift", unit, n)                n units from the publication date, at that unit's granularity
    ("year_part", "early"|"late")     the start or end of a year: which year, by tense
    ("month_rel", month, n)           "last July" (-1), "this June" (0), "next May" (+1)
    ("holiday", key, weekend, n)      n None: by tense; else this (0) / next (1) / last (-1)
    ("time", suffix, days)            the publication day (+ days) with a time of day
    ("weekend",)                      "the weekend": by tense
    ("follow", unit, n)               n units from the last date the text mentioned
    ("follow_weekday", wd, n)         the first weekday after (n=1) / before (n=-1) that date
    ("century_of_previous",)          "58" in "1957-58": the century of the year before it
    ("year_of_reference",)            the year of the last date mentioned, the rest unknown ("the day before")
    ("today",)                        the publication day when the sentence is past or future, else PRESENT_REF
    ("in", unit, n)                   "in two weeks": a date when the context is future, else a duration
"""

from __future__ import annotations

from typing import Callable

from . import dates, spans
from .partial import Partial

ValueFunction = Callable[[dict], "Partial | None"]

# the value functions rules may name (patterns.Rule.value), listed here and nowhere else
VALUE_FUNCTIONS: dict[str, ValueFunction] = {
    "full_date": dates.full_date,
    "us_numeric_date": dates.us_numeric_date,
    "month_day": dates.month_day,
    "month_year": dates.month_year,
    "month_alone": dates.month_alone,
    "month_in_relative_year": dates.month_in_relative_year,
    "month_relative": dates.month_relative,
    "year": dates.year,
    "decade": dates.decade,
    "century": dates.century,
    "season_year": dates.season_year,
    "season_relative": dates.season_relative,
    "quarter": dates.quarter,
    "half": dates.half,
    "relative_unit": dates.relative_unit,
    "span_of": dates.span_of,
    "weekday": dates.weekday,
    "year_pair_end": dates.year_pair_end,
    "holiday": dates.holiday,
    "follow": dates.follow,
    "same_unit": dates.same_unit,
    "unit_around_event": dates.unit_around_event,
    "follow_weekday": dates.follow_weekday,
    "weekend": dates.weekend,
    "clock_time": spans.clock_time,
    "deictic_day": spans.deictic_day,
    "two_days_off": spans.two_days_off,
    "present_ref": spans.present_ref,
    "past_ref": spans.past_ref,
    "future_ref": spans.future_ref,
    "ago": spans.ago,
    "in_time": spans.in_time,
    "duration": spans.duration,
    "duration_one": spans.duration_one,
    "clock_duration": spans.clock_duration,
    "set_every": spans.set_every,
}
