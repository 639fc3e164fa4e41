"""Warnings about input that was read but not as given: a value in the reading stream, never raised.

A `ReadWarning` names the file and what happened to it. Most warnings accompany an article that
is still ingested (invalid UTF-8 replaced, a publication date in the future); a warning with
`skipped=True` stands in for an article that was deliberately left out (not English).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadWarning:
    source: str
    reason: str
    hint: str = ""
    skipped: bool = False

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}" + (f"; {self.hint}" if self.hint else "")
