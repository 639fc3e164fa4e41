"""A pronoun subject does not point forward to a title in a later coordinated clause."""

from __future__ import annotations

import re

from reelwire.extract.build import _pronoun_ahead_of_its_clause
from reelwire.extract.masking import MaskedSentence
from reelwire.resolve.inarticle import Mention

FILM = Mention("FILM", 0, 13, "Night Orchard", "Night Orchard")


def _sentence(masked: str) -> MaskedSentence:
    return MaskedSentence(0, len(masked), masked, masked, {"⟦FILM1⟧": FILM})


def test_it_before_a_coordinated_clause_is_another_film():
    s = _sentence("The first movie set a record when it was released in 2016, and ⟦FILM1⟧ came second.")
    match = re.search(r"(?P<s>it) was released", s.masked)
    assert _pronoun_ahead_of_its_clause(match, s, FILM)


def test_it_before_its_own_clause_is_the_title():
    s = _sentence("When it opened in 2019, ⟦FILM1⟧ took $5m.")
    match = re.search(r"(?P<s>it) opened", s.masked)
    assert not _pronoun_ahead_of_its_clause(match, s, FILM)


def test_a_title_subject_is_never_a_pronoun():
    s = _sentence("⟦FILM1⟧ was released in 2016, and it came second.")
    match = re.search(r"(?P<s>⟦FILM1⟧) was released", s.masked)
    assert not _pronoun_ahead_of_its_clause(match, s, FILM)


def test_a_trailers_release_is_not_the_films():
    from reelwire.extract.build import _promo_of_the_film

    s = _sentence("A new trailer for the film was released earlier this month.")
    assert _promo_of_the_film(re.search(r"(?P<s>the film) was released", s.masked), s)
    s = _sentence("The second trailer for Mara Quinn's biopic ⟦FILM1⟧, which dropped on Monday, is out.")
    assert _promo_of_the_film(re.search(r"(?P<s>⟦FILM1⟧), which dropped", s.masked), s)
    s = _sentence("⟦FILM1⟧ was released on Friday.")
    assert not _promo_of_the_film(re.search(r"(?P<s>⟦FILM1⟧) was released", s.masked), s)
