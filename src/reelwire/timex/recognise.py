"""Find time expressions in raw text: run every rule, keep the longest non-overlapping matches.

The result is a list of `Mention`s whose values may still be underspecified; `resolve.py`
fills them in against the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .patterns import RULES, TRIGGERS, Rule, expand
from .tense import tense_at
from .partial import Partial
from .values import VALUE_FUNCTIONS


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    type: str
    value: str
    rule: str
    anchor: tuple = ()
    tense: str = ""
    link: str = ""  # how it joins the previous mention: "range" (to, -, and), "attached" (at, on, ",")


# words in front of a date that narrow it ("early 2025", "mid-June", "the end of 2024") and
# belong to its extent; the value keeps the date's granularity
MODIFIER = re.compile(
    r"(?:(?:the\s+)?(?:very\s+)?(?:early|earlier|mid|middle|late|later|end|beginning|start|dawn|close|turn)"
    r"(?:\s+(?:in|of|part\s+of))?(?:\s+the)?[\s-]+|mid-)$",
    re.IGNORECASE,
)
RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and|or)\s*", re.IGNORECASE)
ATTACHED_GAP = re.compile(r"\s*(?:,|at|,\s*at|on|,\s*on)?\s*", re.IGNORECASE)
RECORD = re.compile(r"\b(?:first|last|only|best|worst|biggest|highest|lowest|largest|longest|strongest|"
                    r"fastest|greatest|hottest|coldest|busiest|deadliest|weakest|smallest|most|least|record|time)"
                    r"\b[^.!?]*$", re.IGNORECASE)
EXTENDABLE = ("weekday", "month_", "year", "season_", "relative_unit", "decade", "holiday", "quarter", "half",
              "fiscal_year", "day_month", "century")


@lru_cache(maxsize=1)
def compiled() -> tuple[tuple[Rule, re.Pattern, tuple[str, ...]], ...]:
    return tuple(
        (rule, re.compile(r"(?<!\w)(?:" + expand(rule.pattern) + r")(?!\w)", re.IGNORECASE),
         TRIGGERS.get(rule.name, ()))
        for rule in RULES
    )


BEFORE, AFTER = 64, 48  # characters around a trigger that a rule's match may reach


def _windows(lower: str, triggers: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of the text around the trigger words, merged; the whole text without triggers."""
    if not triggers:
        return [(0, len(lower))]
    hits = []
    for word in triggers:
        i = lower.find(word)
        while i >= 0:
            hits.append(i)
            i = lower.find(word, i + 1)
    windows: list[tuple[int, int]] = []
    for i in sorted(hits):
        lo, hi = max(0, i - BEFORE), min(len(lower), i + AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _groups(m: re.Match) -> dict:
    """Named groups with numbered variants folded in: weekday2 fills weekday when that is empty."""
    out: dict = {}
    for name, val in m.groupdict().items():
        base = name.rstrip("0123456789")
        if val is not None and out.get(base) is None:
            out[base] = val
        out.setdefault(base, None)
    return out


def candidates(text: str) -> list[tuple[int, int, int, Rule, Partial]]:
    found = []
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lengthen when lowercased; then read everything
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for order, (rule, pattern, triggers) in enumerate(compiled()):
        if triggers not in windows:
            windows[triggers] = _windows(lower, triggers)
        for m in (m for lo, hi in windows[triggers] for m in pattern.finditer(text, lo, hi)):
            if m.end() <= m.start():
                continue
            try:
                partial = VALUE_FUNCTIONS[rule.value](_groups(m))
            except (KeyError, ValueError, TypeError, IndexError, AttributeError):
                partial = None
            if partial is None or (rule.name_guard and not text[m.start()].islower()
                                   and _inside_name(text, m.start(), rule.name_guard == "owner")):
                continue
            if _inside_title(text, m.start(), m.end()) or _inside_url(text, m.start(), m.end()):
                continue
            found.append((m.start(), m.end(), order, rule, partial))
    return found


_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w'’.&-]*)[\s]+$")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"“”(]|--|—)\s*$")


def _inside_name(text: str, start: int, owner_ok: bool = False) -> bool:
    """True when the word before `start` is capitalised and does not open the sentence."""
    m = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if not m or not m.group(1)[0].isupper():
        return False
    word = m.group(1)
    if owner_ok and (word.endswith(("'s", "’s", "s'", "s’")) or "-" in word):
        return False
    return not _SENTENCE_END.search(text, max(0, m.start() - 10), m.start())


def _inside_url(text: str, start: int, end: int) -> bool:
    """True inside a web address or file path: https://example.com/2020/09/21/..."""
    lo = max(text.rfind(c, max(0, start - 200), start) for c in " \n\t(<[") + 1
    token = text[lo:end + 1]
    return "://" in token or "www." in token or token.count("/") >= 3


_SMALL_WORDS = frozenset("of the a an and in on at to for with from by or & vs".split())
_QUOTES = (("“", "”"), ('"', '"'), ("‘", "’"))


def _inside_title(text: str, start: int, end: int) -> bool:
    """True inside a short quoted span in title case: “28 Days Later”, "Friday Night Lights"."""
    for opening_mark, closing_mark in _QUOTES:
        opening = text.rfind(opening_mark, max(0, start - 60), start)
        if opening < 0 or closing_mark in text[opening + 1:start] or "\n" in text[opening:start]:
            continue
        closing = text.find(closing_mark, end, min(len(text), end + 60))
        while closing >= 0 and closing_mark == "’" and closing + 1 < len(text) and text[closing + 1].isalpha():
            closing = text.find(closing_mark, closing + 1, min(len(text), end + 60))
        if closing < 0 or "\n" in text[end:closing]:
            continue
        words = re.findall(r"[\w'’]+", text[opening + 1:closing])
        if words and len(words) <= 8 and all(
                w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words):
            return True
    return False


def _extend(text: str, start: int, rule: Rule, partial: Partial) -> int:
    if partial.type != "DATE" or partial.value.endswith("_REF") or not rule.name.startswith(EXTENDABLE):
        return start
    m = MODIFIER.search(text, max(0, start - 40), start)
    return m.start() if m else start


def recognise(text: str) -> list[Mention]:
    """The time expressions of `text`, sorted and non-overlapping, values not yet resolved."""
    chosen: list[tuple[int, int, Rule, Partial]] = []
    taken = bytearray(len(text))  # 1 where a chosen expression already covers the character
    for start, end, _, rule, partial in sorted(candidates(text), key=lambda c: (c[0] - c[1], c[2], c[0])):
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, rule, partial))
    mentions: list[Mention] = []
    for start, end, rule, partial in sorted(chosen, key=lambda c: c[0]):
        new_start = _extend(text, start, rule, partial)
        if new_start < start and not any(taken[new_start:start]):
            start = new_start
        link = ""
        if mentions:
            gap = text[mentions[-1].end:start] if start - mentions[-1].end <= 12 else "?"
            link = "range" if RANGE_GAP.fullmatch(gap) else "attached" if ATTACHED_GAP.fullmatch(gap) else ""
        tense = tense_at(text, start, end) if partial.anchor else ""
        if partial.anchor[:1] == ("in",) and RECORD.search(text, max(0, start - 60), start):
            tense = ""  # "the first strike in 40 years" measures a stretch, it names no date
        mentions.append(
            Mention(start, end, text[start:end], partial.type, partial.value, rule.name, partial.anchor, tense, link)
        )
    return mentions
