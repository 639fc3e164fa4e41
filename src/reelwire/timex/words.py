"""Vocabulary shared by the patterns and the value functions: numbers, units, names."""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PART_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "final": 4, "last": 4,
}

UNITS_NUMBER = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
VAGUE_NUMBERS = {"several", "few", "a few", "many", "some", "a number of", "dozens of",
                 "hundreds of", "countless", "numerous", "multiple"}

# a regex alternative for a quantity, longest first
NUMBER_WORDS = "|".join(
    sorted(
        [*UNITS_NUMBER, *TENS, "hundred", "a hundred", "a couple of", "a couple", "couple of",
         "a dozen", "half a", "a half", *VAGUE_NUMBERS, "a", "an"],
        key=len,
        reverse=True,
    )
)

# unit word -> (duration letter, needs the T time designator, DATE granularity name)
UNITS = {
    "second": ("S", True, "second"), "minute": ("M", True, "minute"), "hour": ("H", True, "hour"),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "weekend": ("WE", False, "weekend"), "month": ("M", False, "month"),
    "quarter": ("Q", False, "quarter"), "year": ("Y", False, "year"),
    "decade": ("DE", False, "decade"), "century": ("CE", False, "century"),
}


def parse_number(words: str) -> float | None:
    """'two' -> 2, 'twenty-five' -> 25, '18' -> 18, 'a' -> 1, 'several' -> None (vague)."""
    w = " ".join(words.lower().replace("-", " ").replace("½", " 1/2").split())
    if not w:
        return None
    for half in (" and a half", " 1/2"):
        if w.endswith(half):
            whole = parse_number(w[: -len(half)])
            return None if whole is None else whole + 0.5
    if w.replace(".", "", 1).isdigit():
        return float(w)
    if w in ("a", "an", "one", "a single"):
        return 1
    if w in ("a couple of", "a couple", "couple of"):
        return 2
    if w == "a dozen":
        return 12
    if w in ("half a", "a half"):
        return 0.5
    if w in ("hundred", "a hundred"):
        return 100
    if w in VAGUE_NUMBERS:
        return None
    total = 0
    for part in w.split():
        if part in UNITS_NUMBER:
            total += UNITS_NUMBER[part]
        elif part in TENS:
            total += TENS[part]
        else:
            return None
    return total


def duration_value(n: float | None, unit: str) -> str:
    """A TIMEX3 duration: (2, 'year') -> P2Y, (None, 'week') -> PXW, (3, 'hour') -> PT3H."""
    letter, timed, _ = UNITS[unit]
    if unit == "decade":
        letter, n = "Y", None if n is None else n * 10
    elif unit == "century":
        letter, n = "Y", None if n is None else n * 100
    elif unit == "quarter":
        letter, n = "M", None if n is None else n * 3
    elif unit == "weekend":
        letter = "WE"
    if n is None:
        amount = "X"
    elif n == int(n):
        amount = str(int(n))
    else:
        amount = str(n)
    return f"PT{amount}{letter}" if timed else f"P{amount}{letter}"
