"""Gold files of eval/FORMAT.md: entities with aliases, facts, and where the article lies."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from reelwire.errors import GoldError
from reelwire.resolve.normal import name_key


@dataclass
class GoldArticle:
    article: str
    path: Path | None
    published: str | None
    facts: list[dict]
    #: normalised name -> keys of the gold entities it may stand for
    names: dict[str, set[str]] = field(default_factory=dict)

    def entity_keys(self, name: str | None) -> set[str]:
        """Keys of the gold entities a name matches (its own key when it names none)."""
        if name is None:
            return set()
        key = name_key(name)
        return self.names.get(key, set()) | {key}


def load_gold(path: Path) -> GoldArticle:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold file ({exc}); check it is JSON as in eval/FORMAT.md") from None
    if not isinstance(data, dict) or "article" not in data or "facts" not in data:
        raise GoldError(f"{path}: missing `article` or `facts`; see eval/FORMAT.md")
    names: dict[str, set[str]] = {}
    for ent in data.get("entities", []):
        canonical = name_key(ent["name"])
        for alias in [ent["name"], *ent.get("aliases", [])]:
            names.setdefault(name_key(alias), set()).add(canonical)
    article_path = (path.parent / data["path"]).resolve() if data.get("path") else None
    return GoldArticle(data["article"], article_path, data.get("published"), data["facts"], names)


def load_gold_dir(directory: Path) -> list[GoldArticle]:
    files = sorted(directory.glob("*.json"))
    if not files:
        raise GoldError(f"{directory}: no gold files (*.json); point --gold at a folder of them")
    return [load_gold(f) for f in files]
