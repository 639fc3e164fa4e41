"""A studio's name as the sentence writes it, whatever the tagger cut off."""

from __future__ import annotations

from reelwire.extract.build import _company_names
from reelwire.extract.masking import MaskedSentence
from reelwire.resolve.inarticle import Mention


def test_company_keeps_what_the_tagger_cut_off():
    text = "The Harbor/20th Meridian Studios film Night Orchard returned."
    org = Mention("ORG", text.index("Meridian"), text.index(" film"), "Meridian Studios", "Meridian Studios")
    sentence = MaskedSentence(0, len(text), text, text, {})
    assert _company_names(org, sentence) == "Harbor/20th Meridian Studios"
    plain = Mention("ORG", 4, 10, "Harbor", "Harbor")
    assert _company_names(plain, sentence) == "Harbor"


def test_a_place_and_a_medium_is_no_company():
    from reelwire.extract.build import PLACE_MEDIUM

    assert PLACE_MEDIUM.match("Hollywood TV") and PLACE_MEDIUM.match("British television")
    assert not PLACE_MEDIUM.match("Streamly TV") and not PLACE_MEDIUM.match("Harbor Pictures")


def test_a_service_name_keeps_its_company_word():
    text = "her Streamly TV+ show Night Orchard"
    org = Mention("ORG", text.index("TV+"), text.index("TV+") + 3, "TV+", "TV+")
    assert _company_names(org, MaskedSentence(0, len(text), text, text, {})) == "Streamly TV+"


def test_genres_and_abbreviations_are_no_company():
    from reelwire.extract.build import GENRE_ONLY, _abbreviates

    assert GENRE_ONLY.match("the Sci-Fi Horror") and not GENRE_ONLY.match("Harbor Pictures")
    text = "the Congressional-Executive Commission on Night Orchard (CECNO), which"
    org = Mention("ORG", text.index("CECNO"), text.index("CECNO") + 5, "CECNO", "CECNO")
    assert _abbreviates(org, MaskedSentence(0, len(text), text, text, {}))
    text = "Night Orchard (HPX) took $5m"
    org = Mention("ORG", text.index("HPX"), text.index("HPX") + 3, "HPX", "HPX")
    assert not _abbreviates(org, MaskedSentence(0, len(text), text, text, {}))
