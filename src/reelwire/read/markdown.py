"""Markdown: YAML front matter (`title:`, `date:`), or `# Title` followed by `Published :`."""

from __future__ import annotations

import re

import yaml

from reelwire.errors import ReadError
from reelwire.model import Article
from reelwire.read.dates import parse_date
from reelwire.read.decode import without_surrogates

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
_HEADING = re.compile(r"\A#[ \t]+(?P<title>[^\n]+)\n")
_PUBLISHED = re.compile(r"\A\s*Published\s*:\s*`?(?P<stamp>[^`\n]+)`?[ \t]*\n")
_RULE = re.compile(r"\A\s*---[ \t]*\n")
_BLANK = re.compile(r"\A\s*")


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that leaves timestamps as text: `parse_date` judges them ("2024-13-45" is an error
    to report, not a crash inside the YAML library)."""


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def parse_markdown(source: str, raw: str) -> Article:
    front = _FRONT.match(raw)
    if front:
        try:
            meta = yaml.load(front.group(1), Loader=_FrontMatterLoader) or {}
        except (yaml.YAMLError, RecursionError) as exc:
            raise ReadError(source, f"broken front matter ({exc.__class__.__name__})", "fix the YAML between the --- lines") from None
        if not isinstance(meta, dict):
            raise ReadError(source, "front matter is not a mapping", "use `key: value` lines")
        text = raw[front.end():]
        text = text[_BLANK.match(text).end():]
        title = _clean(meta.get("title"))
        published = parse_date(_front_date(meta.get("date")), source)
        return Article(source=source, text=text, title=title, published=published, url=_clean(meta.get("url")))
    heading = _HEADING.match(raw)
    if heading:
        rest = raw[heading.end():]
        published = None
        stamp = _PUBLISHED.match(rest)
        if stamp:
            published = parse_date(stamp.group("stamp"), source)
            rest = rest[stamp.end():]
        rule = _RULE.match(rest)
        if rule:
            rest = rest[rule.end():]
        text = rest[_BLANK.match(rest).end():]
        return Article(source=source, text=text, title=heading.group("title").strip(), published=published)
    return Article(source=source, text=raw)


def _front_date(value: object) -> object:
    """Daily Mail style `2020-09-06-06-28-18` keeps only the day."""
    if isinstance(value, str):
        match = re.match(r"^(\d{4}-\d{2}-\d{2})", value.strip())
        if match:
            return match.group(1)
    return value


def _clean(value: object) -> str | None:
    """A scalar field as text; lists and mappings (which YAML aliases can make huge) are ignored."""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return None
    text = without_surrogates(str(value)).strip()
    return text or None
