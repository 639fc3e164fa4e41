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
