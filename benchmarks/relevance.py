"""Measure the relevance filter on the labelled corpora of ../shared/corpora/*/index.tsv.

Each index.tsv has a header; the label column is `film_news_guess` where there is one (Daily
Mail), else `topic`. A label starting with "film" is a film article, "tv…" a TV article, and
"unclear" is left out; the rest is other news. Prints recall on film (and TV) articles and the
share of other articles the filter lets skip the parser.

    .venv/bin/python benchmarks/relevance.py [CORPORA_DIR] [--misses]
"""

from __future__ import annotations

import csv
import os
import gzip
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reelwire.errors import ReadError
from reelwire.model import Article
from reelwire.read import read_file
from reelwire.read.html import parse_html
from reelwire.scale.relevance import score_article

DEFAULT_CORPORA = Path(os.environ.get("REELWIRE_SHARED", Path(__file__).resolve().parents[1].parent / "shared")) / "corpora"


def label_of(topic: str) -> str:
    topic = topic.strip().lower()
    if topic.startswith("film"):
        return "film"
    if topic.startswith("tv"):
        return "tv"
    if topic in {"", "unclear"}:
        return "unclear"
    return "other"


def _read(path: Path) -> Article | None:
    try:
        if path.name.endswith(".gz"):
            return parse_html(str(path), gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
        items = [a for a in read_file(path) if isinstance(a, Article)]
        return items[0] if items else None
    except (ReadError, OSError):
        return None


def labelled_articles(corpora: Path):
    """(corpus, label, article) for every readable article of every index.tsv under `corpora`."""
    for index in sorted(corpora.glob("*/index.tsv")):
        with index.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        column = "film_news_guess" if rows and "film_news_guess" in rows[0] else "topic"
        for row in rows:
            article = _read(index.parent / row["file"])
            if article is not None:
                yield index.parent.name, label_of(row[column] or ""), article


@dataclass
class Measurement:
    passed: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    misses: list[tuple[str, str, float]] = field(default_factory=list)
    unread: int = 0

    def recall(self, label: str) -> float:
        return self.passed[label] / self.total[label] if self.total[label] else float("nan")

    def skipped_share(self, label: str) -> float:
        return 1 - self.recall(label)


def measure(corpora: Path = DEFAULT_CORPORA) -> Measurement:
    m = Measurement()
    for corpus, label, article in labelled_articles(corpora):
        r = score_article(article)
        m.total[label] += 1
        m.passed[label] += r.relevant
        if label == "film" and not r.relevant:
            m.misses.append((f"{corpus}/{article.name}", article.title or "", r.score))
    return m


def render(m: Measurement) -> str:
    other_nontv = m.total["other"]
    nonfilm = m.total["other"] + m.total["tv"]
    skipped_nonfilm = (m.total["other"] - m.passed["other"]) + (m.total["tv"] - m.passed["tv"])
    lines = [
        "| measure | value |",
        "|---|---|",
        f"| film articles passed (recall) | {m.passed['film']}/{m.total['film']} = {m.recall('film'):.3f} |",
        f"| TV articles passed (recall) | {m.passed['tv']}/{m.total['tv']} = {m.recall('tv'):.3f} |",
        f"| other (non-film, non-TV) articles skipped | {other_nontv - m.passed['other']}/{other_nontv} = {m.skipped_share('other'):.3f} |",
        f"| all non-film articles skipped (TV included) | {skipped_nonfilm}/{nonfilm} = {skipped_nonfilm / max(nonfilm, 1):.3f} |",
        f"| unclear (left out) | {m.total['unclear']} |",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    corpora = Path(args[0]) if args else DEFAULT_CORPORA
    if not corpora.exists():
        print(f"{corpora} is absent: nothing to measure (give the corpora folder as the first argument)")
        return 0
    m = measure(corpora)
    print(render(m))
    if "--misses" in argv:
        for name, title, score in m.misses:
            print(f"missed {score:5.2f} {name}  {title}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
