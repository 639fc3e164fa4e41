"""Every stored claim as one CSV row with its source: article, day, URL, sentence and offsets.

For spreadsheets and pandas; the qualifiers the data model knows get their own columns so that a
filter needs no JSON parsing. Rows come in claim order, read in pages, so memory stays flat.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from reelwire.store.kb import KnowledgeBase
from reelwire.web.records import claims

#: A cell a spreadsheet would run as a formula starts with one of these (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A text cell that a spreadsheet shows as text: a leading `'` before a formula start.

    Article text is the publishers' and names come from it, so a sentence or a title beginning
    with `=HYPERLINK(...)` must not become a live formula when an editor opens the export.
    Numbers stay numbers; only strings are touched.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


QUALIFIERS = ("character", "status", "region", "medium", "type", "period", "category", "outcome", "film", "outlet")
COLUMNS = ("claim_id", "predicate", "subject", "subject_type", "object", "object_type", *QUALIFIERS,
           "article", "article_id", "published", "url", "evidence_start", "evidence_end", "sentence", "rule", "confidence")


def facts_csv(kb: KnowledgeBase, page: int = 1000) -> Iterator[str]:
    """CSV text, one chunk per row (header first)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(COLUMNS)
    yield flush()
    after = None
    while True:
        rows = claims(kb, after=after, limit=page)
        if not rows:
            return
        for c in rows:
            q = c.qualifiers
            writer.writerow([spreadsheet_safe(v) for v in [c.id, c.predicate, c.subject, c.subject_type, c.object or "", c.object_type or "",
                             *[q.get(k, "") for k in QUALIFIERS], c.article, c.article_id,
                             c.published.isoformat() if c.published else "", c.url or "", c.start, c.end,
                             c.sentence, c.rule, c.confidence]])
            yield flush()
        after = rows[-1].id
