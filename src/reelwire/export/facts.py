"""Facts JSON Lines, exactly as eval/FORMAT.md's "Predictions"."""

from __future__ import annotations

import json
from collections.abc import Iterator

from reelwire.query.facts import all_facts
from reelwire.store.kb import KnowledgeBase


def facts_jsonl(kb: KnowledgeBase) -> Iterator[str]:
    for row in all_facts(kb):
        yield json.dumps(row.as_prediction(), ensure_ascii=False)
