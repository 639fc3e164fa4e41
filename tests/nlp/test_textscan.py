"""`occurrences` finds what the regular expression it replaces finds."""

from __future__ import annotations

import random
import re

from reelwire.nlp.textscan import occurrences


def _regex(needle: str, text: str, not_before: str, not_after: str) -> list[tuple[int, int]]:
    before = f"[\\w{re.escape(not_before)}]" if not_before else "\\w"
    after = f"[\\w{re.escape(not_after)}]" if not_after else "\\w"
    return [m.span() for m in re.finditer(rf"(?<!{before}){re.escape(needle)}(?!{after})", text)]


def test_whole_words_only():
    text = "Quinn met Quinnell, O'Quinn and Quinn-Lee; Quinn's role, Quinn."
    assert list(occurrences("Quinn", text, "’'-", "-")) == [(0, 5), (43, 48), (57, 62)]


def test_same_as_the_regular_expression_on_random_text():
    rng = random.Random(5)
    alphabet = ["a", "b", "ab", " ", "-", "'", "’", "é", "_", "1", ".", "Ab"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        needle = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
        for not_before, not_after in (("", ""), ("’'-", "-"), ("-", "")):
            assert list(occurrences(needle, text, not_before, not_after)) == _regex(needle, text, not_before, not_after), (
                needle, text, not_before, not_after)
