"""Every rule's examples run: the positive sentence yields the expected extent and value at
the example's publication date, and no negative sentence fires the rule."""

from __future__ import annotations

from datetime import date

import pytest

from reelwire.timex import find_times
from reelwire.timex.patterns import RULES, TRIGGERS

POSITIVE = [(rule.name, ex) for rule in RULES for ex in rule.examples]
NEGATIVE = [(rule.name, sentence) for rule in RULES for sentence in rule.negatives]


def _published(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def test_every_rule_has_an_example():
    assert all(rule.examples for rule in RULES)
    assert len({rule.name for rule in RULES}) == len(RULES)


@pytest.mark.parametrize(("rule", "example"), POSITIVE, ids=[f"{r}:{e.text}" for r, e in POSITIVE])
def test_positive_example(rule, example):
    found = find_times(example.sentence, _published(example.published))
    got = {(t.text, t.value, t.rule) for t in found}
    assert (example.text, example.value, rule) in got, found


@pytest.mark.parametrize(("rule", "sentence"), NEGATIVE, ids=[f"{r}:{s}" for r, s in NEGATIVE])
def test_negative_example(rule, sentence):
    found = find_times(sentence, date(2024, 9, 26))
    assert not [t for t in found if t.rule == rule], found


def test_triggers_name_rules():
    assert set(TRIGGERS) <= {rule.name for rule in RULES}
    assert all(word == word.lower() for words in TRIGGERS.values() for word in words)
