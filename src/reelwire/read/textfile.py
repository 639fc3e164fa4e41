"""Plain text: the seed's ` date YYYY-MM-DD` header, or a headline line, or no header at all."""

from __future__ import annotations

import re
from datetime import date

from reelwire.model import Article
from reelwire.read.dates import parse_date

# " date 2024-09-26 It's time ..." : the header may share its line with the text.
_DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*\n?[ \t]*")


def parse_text(source: str, raw: str) -> Article:
    published: date | None = None
    text = raw
    match = _DATE_HEADER.match(raw)
    if match:
        published = parse_date(match.group(1), source)
        text = raw[match.end():]
    title = _headline(text)
    return Article(source=source, text=text, title=title, published=published)


def _headline(text: str) -> str | None:
    """A first short line followed by a blank line is the headline (BBC files are laid out so)."""
    first, sep, rest = text.partition("\n")
    line = first.strip()
    if sep and rest.startswith("\n") and 0 < len(line) <= 150 and not line.endswith((".", "!", "?", '"', "”")):
        return first.strip()
    return None
