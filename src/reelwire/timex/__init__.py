"""Time expressions in English news: recognise first, resolve against the publication date later.

    >>> from datetime import date
    >>> [t.value for t in find_times("Night Orchard opens June 6, 2025.", date(2024, 9, 26))]
    ['2025-06-06']
"""

from __future__ import annotations

from datetime import date

from reelwire.model import TimeValue

from . import recognise, resolve

__all__ = ["find_times"]


def find_times(text: str, published: date | None) -> list[TimeValue]:
    """TIMEX3 time expressions of `text`, sorted by start and non-overlapping.

    Offsets index `text` exactly as given. Values depending on the publication date stay
    underspecified (`XXXX-06-06`, `XXXX-SU`) when `published` is None.
    """
    if not text:
        return []
    return resolve.resolve(recognise.recognise(text), published, text)
