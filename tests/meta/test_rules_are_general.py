"""Rules are general: no code under src/ names an entity of the seed or of the development articles.

Reads the gold entity names of ../shared/eval (skips without it) and looks for each multi-word
name, and each single-word name that is not an ordinary English word, in the source files.
"""

from __future__ import annotations

import json
import re

from tests.conftest import ROOT, shared_path

#: Names that are also ordinary vocabulary the rules need (a holiday, a deictic word, a common noun):
#: finding them in src/ says nothing about one article.
GENERIC = {"today", "independence day", "extraction"}


def gold_names() -> set[str]:
    names: set[str] = set()
    for folder in ("dev", "dev-lists"):
        for path in shared_path("eval", folder).glob("*.json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            for ent in data.get("entities", []):
                if ent.get("type") in {"film", "series", "franchise", "person", "org", "outlet", "character"}:
                    for name in [ent["name"], *ent.get("aliases", [])]:
                        if len(name) >= 5 and name.lower() not in GENERIC and (" " in name or name[:1].isupper()):
                            names.add(name)
    return names


def test_no_article_entity_is_named_in_src():
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src").rglob("*.py"))
    found = [name for name in sorted(gold_names())
             if re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", source)]
    assert not found, f"src/ names entities of the evaluation articles: {found}"
