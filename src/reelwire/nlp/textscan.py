r"""Whole-word occurrences of a literal string, without compiling a regular expression per string.

`occurrences(needle, text, not_before="’'-", not_after="-")` yields what
`re.finditer(r"(?<![\w’'-])" + re.escape(needle) + r"(?![\w-])", text)` matches, as (start, end):
compiling one pattern per name or title of every article cost more than the search.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `\w` matches in a str pattern


def occurrences(needle: str, text: str, not_before: str = "", not_after: str = "") -> Iterator[tuple[int, int]]:
    """Non-overlapping occurrences of `needle` in `text`, left to right, not preceded by a word
    character or one of `not_before` and not followed by a word character or one of `not_after`."""
    if not needle:  # the regular expression's own answer for an empty string
        pattern = rf"(?<![\w{re.escape(not_before)}])(?![\w{re.escape(not_after)}])"
        yield from ((m.start(), m.end()) for m in re.finditer(pattern, text))
        return
    size, limit = len(needle), len(text)
    start = text.find(needle)
    while start >= 0:
        end = start + size
        before = text[start - 1] if start else ""
        after = text[end] if end < limit else ""
        if (not before or not (_word(before) or before in not_before)) and (
                not after or not (_word(after) or after in not_after)):
            yield start, end
            start = text.find(needle, end)
        else:
            start = text.find(needle, start + 1)


_TEXT = "reelwire.text"


def doc_text(doc) -> str:
    """`doc.text`, computed once per Doc: spaCy joins every token's text each time it is read, and
    reelwire's components and extraction read it a dozen times per article (a Doc's text never
    changes once tokenised)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text
