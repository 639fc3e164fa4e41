"""A rule's traits are read by the fact builder: a misspelt trait would silently do nothing."""

from __future__ import annotations

import re
from pathlib import Path

from reelwire.extract import ALL_RULES
from reelwire.extract import build


def test_every_trait_a_rule_declares_is_read_by_build():
    read = set(re.findall(r'"(\w+)" (?:not )?in rule\.traits', Path(build.__file__).read_text(encoding="utf-8")))
    declared = {t for rule in ALL_RULES for t in rule.traits}
    assert declared and declared <= read, declared - read
    assert read <= declared, read - declared  # and no trait is read that no rule has
