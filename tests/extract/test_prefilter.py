"""The literal prefilter of rules (`Rule.may_match`) never rejects a sentence its pattern matches."""

from __future__ import annotations

import random
import re

import pytest

from reelwire.extract import ALL_RULES
from reelwire.extract.rules import Rule, required_literals


def _needs(pattern: str, flags: int = 0) -> set:
    return set(required_literals(re.compile(pattern, flags)))


def test_literal_runs_join_across_groups_and_skip_optional_parts():
    assert _needs(r"(?P<o>⟦PER\d+⟧) (?:also )?stars? in") == {("⟦PER",), ("star",), (" in",)}


def test_an_alternation_needs_one_of_its_branches():
    assert _needs(r"⟦FILM\d+⟧ (?:opened|premiered|came out)") == {("⟦FILM",), ("came out", "opened", "premiered")}


def test_no_condition_where_a_branch_or_the_case_is_open():
    assert _needs(r"(?:trailer|\w+) \d") == set()  # one branch has no literal
    assert _needs(r"trailer", re.I) == set()
    assert _needs(r"(?i:trailer) for the") == {(" for the",)}
    assert _needs(r"(?:trailer)? clip") == {(" clip",)}
    assert _needs(r"(?:big trailer)+ clip") == {("big trailer",), (" clip",)}


def test_a_rule_without_required_literals_tries_every_sentence():
    rule = Rule("t.any", "cast_member", r"\w+")
    assert rule.needs == () and rule.may_match("anything")


_CATEGORY = {"CATEGORY_DIGIT": "0123456789", "CATEGORY_WORD": "abcXYZ_7", "CATEGORY_SPACE": " ",
             "CATEGORY_NOT_SPACE": "abX7,’⟦⟧", "CATEGORY_NOT_WORD": " ,.-", "CATEGORY_NOT_DIGIT": "aZ ,"}


def _sample(items, rng: random.Random) -> str:
    """A random string the parsed pattern `items` may match (lookarounds are ignored, so not always)."""
    out = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append("x" if chr(arg) != "x" else "y")
        elif name == "ANY":
            out.append(rng.choice("a ,X"))
        elif name == "IN":
            out.append(_pick(arg, rng))
        elif name == "BRANCH":
            out.append(_sample(rng.choice(arg[1]), rng))
        elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            low, high, body = arg
            count = rng.randint(low, min(high, low + 2))
            out.extend(_sample(body, rng) for _ in range(count))
        elif name == "SUBPATTERN":
            out.append(_sample(arg[3], rng))
        elif name == "ATOMIC_GROUP":
            out.append(_sample(arg, rng))
        elif name == "ASSERT" and arg[0] == 1:  # a lookahead: what follows (it closes most patterns)
            out.append(_sample(arg[1], rng))
    return "".join(out)


def _pick(items, rng: random.Random) -> str:
    choices = []
    for op, arg in items:
        name = str(op)
        if name == "NEGATE":
            return "x"
        if name == "LITERAL":
            choices.append(chr(arg))
        elif name == "RANGE":
            choices.append(chr(rng.randint(*arg)))
        elif name == "CATEGORY":
            choices.append(rng.choice(_CATEGORY.get(str(arg), "a")))
    return rng.choice(choices) if choices else "a"


#: The invented names of rule examples, masked as the pipeline would mask them.
_MASK = {"Night Orchard": "⟦FILM1⟧", "Harbor Lights": "⟦FILM2⟧", "Mara Quinn": "⟦PER3⟧", "Theo Blackwood": "⟦PER4⟧",
         "Dana Holt": "⟦PER5⟧", "Ana Ruiz": "⟦PER6⟧", "Sam Lee": "⟦PER7⟧", "Harbor Pictures": "⟦ORG8⟧",
         "Streamly": "⟦ORG9⟧"}


def _texts(rule: Rule) -> list[str]:
    """Random strings drawn from the rule's own pattern, and its examples masked."""
    import re._parser as sre_parse

    rng = random.Random(rule.name)
    tree = list(sre_parse.parse(rule.regex.pattern, rule.regex.flags))
    texts = [rng.choice(["", "Then ", "^ "]) + _sample(tree, rng) + rng.choice(["", ".", " on ⟦DATE2⟧."])
             for _ in range(200)]
    for example in rule.examples + rule.counter_examples:
        texts.append(example)
        for name, placeholder in _MASK.items():
            example = example.replace(name, placeholder)
        texts.append(example)
    return texts


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_the_prefilter_never_rejects_a_match(rule: Rule):
    for text in _texts(rule):
        if rule.regex.search(text):
            assert rule.may_match(text), (rule.name, text, rule.needs)


def test_the_samples_match_most_rules():
    """Else the test above proves little."""
    tested = [r for r in ALL_RULES if r.needs]
    matched = [r for r in tested if any(r.regex.search(t) for t in _texts(r))]
    assert len(matched) >= 0.9 * len(tested), sorted({r.name for r in tested} - {r.name for r in matched})
