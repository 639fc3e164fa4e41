"""One door for every export format, so the CLI command stays a thin shell: a name → text chunks.

Each format is written as a stream of str chunks (newline-terminated), whether the target is
stdout or a file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from reelwire.errors import ReelwireError
from reelwire.store.kb import KnowledgeBase

FORMATS = ("facts", "jsonld", "csv", "ical", "quickstatements")


def export_chunks(kb: KnowledgeBase, format: str, base_url: str | None = None) -> Iterator[str]:
    if format == "facts":
        from reelwire.export.facts import facts_jsonl

        return (line + "\n" for line in facts_jsonl(kb))
    if format == "jsonld":
        from reelwire.export.jsonld import jsonld_graph

        return iter([json.dumps(jsonld_graph(kb, base_url), ensure_ascii=False, indent=1) + "\n"])
    if format == "csv":
        from reelwire.export.csv_ import facts_csv

        return facts_csv(kb)
    if format == "ical":
        from reelwire.export.ical import calendar_ics

        return iter([calendar_ics(kb, base_url=base_url).decode("utf-8")])
    if format == "quickstatements":
        from reelwire.export.quickstatements import quickstatements

        return (line + "\n" for line in quickstatements(kb).text())
    raise ReelwireError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
