"""The value a rule's match normalises to, before resolution, and helpers for reading matches."""

from __future__ import annotations

from dataclasses import dataclass

from .words import MONTHS


@dataclass(frozen=True)
class Partial:
    """A TIMEX3 type and value, underspecified when `anchor` says how to resolve it (values.py)."""

    type: str
    value: str
    anchor: tuple = ()


def read_month(g: dict, key: str = "month") -> int:
    return MONTHS[g[key].lower().rstrip(".")]


def read_year(g: dict, key: str = "year") -> int:
    text = g[key].lstrip("'’")
    year = int(text)
    if len(text) == 2:
        year += 1900 if year > 30 else 2000
    return year


def read_day(g: dict, key: str = "day") -> int:
    return int("".join(c for c in g[key] if c.isdigit()))


def read_unit(word: str) -> str:
    w = word.lower().rstrip("s")
    if w == "centurie":
        return "century"
    return w


def read_shift(word: str | None) -> int:
    w = (word or "this").lower()
    if w in ("next", "coming", "following", "upcoming", "after"):
        return 1
    if w in ("last", "past", "previous", "preceding", "prior", "before"):
        return -1
    return 0


def read_clock(g: dict) -> str:
    """The T-part of a clock time: 8 p.m. -> T20:00; empty when it is no time."""
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
