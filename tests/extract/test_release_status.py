"""The status of a release date from the words before it."""

from __future__ import annotations

from datetime import date

import pytest

from reelwire.extract.release import release_status

PUBLISHED = date(2024, 9, 26)


@pytest.mark.parametrize("phrase, status", [
    ("Night Orchard was originally set to open on", "previous"),
    ("Night Orchard had been due in", "previous"),
    ("Night Orchard was first set for", "previous"),
    ("the release date had been moved forward by two weeks and will open in the UK on", "scheduled"),
    ("Night Orchard, which first premiered at a festival in May, is set to be released on", "scheduled"),
    ("Night Orchard was initially slated for May but is now due on", "scheduled"),
])
def test_replaced_or_new(phrase, status):
    assert release_status(phrase, "2025-03-07", PUBLISHED) == status


@pytest.mark.parametrize("rest, replaced", [
    (" before it was decided that the film will stream on Streamly.", True),
    (" before the most recent change.", True),
    (" over the holiday weekend.", False),
])
def test_a_chain_of_dates_ends_replaced_or_not(rest, replaced):
    from reelwire.extract.build import _replaced_later
    assert _replaced_later(rest) is replaced
