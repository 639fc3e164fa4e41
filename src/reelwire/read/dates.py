"""Publication dates as the readers meet them: ISO days, timestamps, RFC 822, `2020-09-06-06-28-18`."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from reelwire.errors import ReadError

_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(value: object, source: str) -> date | None:
    """Return the calendar day a date field names; raise ReadError for an impossible one."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise ReadError(source, f"publication date is a {type(value).__name__}, not a date", "use YYYY-MM-DD")
    text = str(value).strip()[:100]
    match = _ISO_PREFIX.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            raise ReadError(source, f"impossible publication date {text!r}", "fix the date field") from None
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        raise ReadError(source, f"unreadable publication date {text!r}", "use YYYY-MM-DD") from None
