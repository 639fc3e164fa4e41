"""The scorer of eval/FORMAT.md: matching by names and aliases, optional facts, error kinds."""

from __future__ import annotations

from reelwire.evaluate.gold import GoldArticle
from reelwire.evaluate.score import Report, score_article


def _gold(facts):
    names = {"night orchard": {"night orchard"}, "mara quinn": {"mara quinn"}, "quinn": {"mara quinn"},
             "lantern awards": {"lantern awards"}, "lanterns": {"lantern awards"}}
    return GoldArticle("a.txt", None, "2025-01-01", facts, names)


def _score(facts, predictions):
    report = Report()
    score_article(report, _gold(facts), predictions)
    return report


def test_alias_matches_and_duplicates_count_once():
    gold = [{"p": "cast_member", "s": "Night Orchard", "o": "Mara Quinn"}]
    report = _score(gold, [{"p": "cast_member", "s": "The Night Orchard", "o": "Quinn"},
                           {"p": "cast_member", "s": "Night Orchard", "o": "Mara Quinn"}])
    assert (report.core.tp, report.core.fp, report.core.fn) == (1, 0, 0)


def test_optional_fact_is_neither_rewarded_nor_penalised():
    report = _score([{"p": "director", "s": "Night Orchard", "o": "Mara Quinn", "optional": True}],
                    [{"p": "director", "s": "Night Orchard", "o": "Mara Quinn"}])
    assert (report.core.tp, report.core.fp, report.core.fn) == (0, 0, 0)


def test_award_needs_the_outcome():
    report = _score([{"p": "award", "s": "Mara Quinn", "o": "Lantern Awards", "outcome": "won"}],
                    [{"p": "award", "s": "Mara Quinn", "o": "Lanterns", "outcome": "nominated"}])
    assert (report.core.tp, report.core.fp, report.core.fn) == (0, 1, 1)


def test_wrong_entity_pairs_a_spurious_fact_with_its_gold_fact():
    report = _score([{"p": "cast_member", "s": "Night Orchard", "o": "Mara Quinn"}],
                    [{"p": "cast_member", "s": "Night Orchard", "o": "Dana Holt", "rule": "cast.x"}])
    assert [e.kind for e in report.errors] == ["wrong entity"]
    assert (report.core.tp, report.core.fp, report.core.fn) == (0, 1, 1)


def test_unrelated_errors_stay_missed_and_spurious():
    report = _score([{"p": "cast_member", "s": "Night Orchard", "o": "Mara Quinn"}],
                    [{"p": "director", "s": "Harbor Lights", "o": "Dana Holt"}])
    assert sorted(e.kind for e in report.errors) == ["missed", "spurious"]


def test_box_office_amounts_match_exactly():
    report = _score([{"p": "box_office", "s": "Night Orchard", "o": "96000000 USD"}],
                    [{"p": "box_office", "s": "Night Orchard", "o": "96000000 USD", "period": "total"}])
    assert report.per_predicate["box_office"].tp == 1
