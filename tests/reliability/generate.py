"""Many small, distinct trade-news articles for crash and load tests, written into a folder."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

_FIRST = ("Lena", "Paul", "Mina", "Omar", "Ivy", "Rafael", "Nora", "Theo", "Ada", "Felix", "Dana", "Sam")
_LAST = ("Marsh", "Greer", "Okafor", "Haddad", "Chen", "Soto", "Quill", "Blackwood", "Vole", "Adeyemi", "Holt", "Reyes")
_WORDS = ("Iron", "Harbor", "Glass", "Meridian", "Cold", "Orchard", "Silver", "Tide", "Paper", "Lantern", "Night",
          "Ember", "Hollow", "Crown", "Signal", "Drift")


def _name(i: int) -> str:
    return f"{_FIRST[i % len(_FIRST)]} {_LAST[(i // len(_FIRST)) % len(_LAST)]}"


def _title(i: int) -> str:
    a, b = _WORDS[i % len(_WORDS)], _WORDS[(i // len(_WORDS) + 3) % len(_WORDS)]
    return f"{a} {b} {i // (len(_WORDS) ** 2) + 2}" if i >= len(_WORDS) ** 2 else f"{a} {b}"


def write_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        day = date(2025, 1, 1) + timedelta(days=i % 300)
        opens = date(2026, 1, 1) + timedelta(days=i % 360)
        text = (f" date {day.isoformat()}\n{_name(i)} has been cast as Captain {_LAST[i % 12]} in {_title(i)}, "
                f"the new thriller from director {_name(i + 5)}. The film opens in theaters on "
                f"{opens.strftime('%B')} {opens.day}, {opens.year}. Story {i}.\n")
        path = folder / f"article-{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
