"""The seed article of the project, scored against its gold facts (reads ../shared; skips without it)."""

from __future__ import annotations

from reelwire.evaluate.run import evaluate_gold
from reelwire.process import process_article
from reelwire.read import iter_articles
from tests.conftest import shared_path

SEED = "ballerina-trailer-2024-09-26.txt"


def test_seed_core_f1_is_perfect_and_micro_high():
    report, problems = evaluate_gold(shared_path("eval", "dev"), {SEED})
    assert not problems
    assert report.core.f1 == 1.0
    assert report.micro.f1 >= 0.95


def test_seed_evidence_slices_to_sentences():
    (article,) = list(iter_articles([shared_path("seed", SEED)]))
    facts = process_article(article).facts
    assert facts
    for f in facts:
        assert article.text[f.evidence.start:f.evidence.end] == f.evidence.text
