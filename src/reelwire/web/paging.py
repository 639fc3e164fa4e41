"""Opaque cursors for keyset pagination: the cursor is the sort key of the last item served.

A key, not an offset, so a page never repeats or skips an item when articles arrive between two
requests. The cursor is URL-safe base64 of JSON; a client must treat it as opaque.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from reelwire.errors import ReelwireError

T = TypeVar("T")
MAX_LIMIT = 200


class CursorError(ReelwireError):
    """A cursor that this server did not issue."""


def encode(key: Sequence[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(key), separators=(",", ":")).encode()).decode().rstrip("=")


def decode(cursor: str | None) -> list[Any] | None:
    if not cursor:
        return None
    try:
        value = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, UnicodeDecodeError):
        raise CursorError(f"invalid cursor {cursor[:40]!r}; use the next_cursor of a previous page") from None
    if not isinstance(value, list):
        raise CursorError("invalid cursor; use the next_cursor of a previous page")
    return value


def page_list(items: Sequence[T], key: Callable[[T], list], cursor: str | None, limit: int) -> tuple[list[T], str | None]:
    """One page of an already computed, `key`-sorted list, after the cursor's key."""
    after = decode(cursor)
    rest = [i for i in items if after is None or key(i) > after] if after is not None else list(items)
    page = rest[:limit]
    more = len(rest) > limit
    return page, (encode(key(page[-1])) if more and page else None)
