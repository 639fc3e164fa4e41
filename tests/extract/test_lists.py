"""Award lists under category headings (extract/lists.py), on an article written for the test."""

from __future__ import annotations

import pytest

from reelwire.extract.lists import HEADING, ITEM
from tests.extract.test_articles import facts_of, has


@pytest.mark.parametrize("line", ["### Outstanding drama series", "Best supporting actor in a comedy:", "## BEST FILM"])
def test_heading(line):
    assert HEADING.match(line)


@pytest.mark.parametrize("line", ["The nominees were announced on Monday.", "Best of all, the show ran long."])
def test_not_a_heading(line):
    assert not HEADING.match(line) or line.endswith(".")


@pytest.mark.parametrize(("line", "name", "title"), [
    ("Mara Quinn, “Harbor Lights”", "Mara Quinn", "Harbor Lights"),
    ("“The Gilded Hour “", None, "The Gilded Hour"),
    ("“Quinn’s Race”", None, "Quinn’s Race"),
])
def test_item(line, name, title):
    m = ITEM.match(line)
    assert m and m.group("name") == name and m.group("title").strip() == title


def test_list_article():
    facts = facts_of("lantern-nominations.md")
    for expected in (
        dict(p="award", s="Harbor Lights", o="Lantern Awards", outcome="nominated", category="best drama series"),
        dict(p="award", s="Mara Quinn", o="Lantern Awards", outcome="nominated", film="Harbor Lights"),
        dict(p="cast_member", s="Copper Rain", o="Dana Holt"),
        dict(p="award", s="Ana Ruiz", o="Lantern Awards", outcome="won"),
        dict(p="director", s="Copper Rain", o="Ana Ruiz"),
    ):
        assert has(facts, **expected), expected
    assert not has(facts, p="award", s="Mara Quinn", outcome="won")
