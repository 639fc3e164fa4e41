"""`reelwire eval`: ingest each gold article into a temporary knowledge base and score its facts."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

from reelwire.errors import GoldError, ReadError
from reelwire.evaluate.gold import load_gold_dir
from reelwire.evaluate.score import CORE, Report, score_article
from reelwire.ingest import ingest_articles
from reelwire.query.facts import all_facts
from reelwire.read import iter_articles
from reelwire.store import open_kb


def evaluate_gold(gold_dir: Path, only: set[str] | None = None, model: str | None = None) -> tuple[Report, list[str]]:
    """Return the report and the problems met (articles that could not be found or read)."""
    golds = [g for g in load_gold_dir(gold_dir) if not only or g.article in only]
    if only and not golds:
        raise GoldError(f"none of {sorted(only)} is in {gold_dir}; give article file names as in the gold files")
    problems: list[str] = []
    report = Report()
    with tempfile.TemporaryDirectory(prefix="reelwire-eval-") as tmp:
        kb = open_kb(f"sqlite:///{Path(tmp) / 'eval.db'}")
        ids_of: dict[str, str] = {}
        articles = []
        for gold in golds:
            if gold.path is None or not gold.path.exists():
                problems.append(f"{gold.article}: article text not found at {gold.path}")
                continue
            for item in iter_articles([gold.path]):
                if isinstance(item, ReadError):
                    problems.append(str(item))
                else:
                    ids_of[gold.article] = item.id
                    articles.append(item)
        ingest_articles(kb, articles, model=model)
        by_article: dict[str, list[dict]] = defaultdict(list)
        for row in all_facts(kb):
            by_article[row.article_id].append(row.as_prediction())
        kb.engine.dispose()
    for gold in golds:
        if gold.article in ids_of:
            score_article(report, gold, by_article.get(ids_of[gold.article], []))
    return report, problems


def render_report(report: Report, errors: bool = False) -> str:
    lines = [f"{'predicate':<18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for p in sorted(report.per_predicate):
        c = report.per_predicate[p]
        lines.append(f"{p:<18} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}")
    for label, c in (("micro", report.micro), ("core", report.core)):
        lines.append(f"{label:<18} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}")
    for qual in ("character", "status"):
        acc = report.qualifier_accuracy(qual)
        right, seen = report.qualifiers.get(qual, (0, 0))
        lines.append(f"{qual} accuracy: " + (f"{acc:.3f} ({right}/{seen})" if acc is not None else "n/a"))
    if errors:
        lines.append("")
        lines.extend(render_errors(report))
    c = report.micro
    core = report.core
    lines.append(f"articles: {report.articles}")
    lines.append(f"micro F1: {c.f1:.3f}")
    lines.append(f"core F1: {core.f1:.3f} (P {core.precision:.3f} R {core.recall:.3f}; core = {', '.join(CORE)})")
    return "\n".join(lines)


def render_errors(report: Report) -> list[str]:
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for e in report.errors:
        groups[(e.predicate, e.kind)].append(e)
    lines = []
    for (predicate, kind), items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"== {predicate} · {kind} ({len(items)})")
        for e in items:
            fact = {k: v for k, v in e.fact.items() if k not in {"evidence", "article", "rule"}}
            where = e.fact.get("evidence", {}).get("text", "") if isinstance(e.fact.get("evidence"), dict) else ""
            extra = f" [{e.detail}]" if e.detail else ""
            lines.append(f"  {e.article}: {fact}{extra}" + (f"\n      « {where[:160]} »" if where else ""))
    return lines
