"""A prize won at a festival the sentence names is a category of that festival (extract/awards.py `festival_prize`)."""

from __future__ import annotations

from reelwire.extract.awards import festival_prize
from reelwire.extract.masking import MaskedSentence
from reelwire.resolve.inarticle import Mention

PRIZE = Mention("AWD", 20, 34, "Silver Lantern", "Silver Lantern")
FESTIVAL = Mention("AWD", 60, 80, "Harbor Film Festival", "Harbor Film Festival")
AWARDS = Mention("AWD", 60, 80, "Harbor Film Awards", "Harbor Film Awards")


def _sentence(masked: str, **mentions: Mention) -> MaskedSentence:
    return MaskedSentence(0, 90, "", masked, {f"⟦{k}⟧": m for k, m in mentions.items()})


def test_a_prize_won_at_a_festival_is_the_festival_s_category():
    s = _sentence("The film won the ⟦AWD0⟧ for best sound at ⟦DATE2⟧'s ⟦AWD1⟧.", AWD0=PRIZE, AWD1=FESTIVAL)
    assert festival_prize(s, PRIZE) == (FESTIVAL, "Silver Lantern")
    s = _sentence("She received the ⟦AWD0⟧ at the prestigious ⟦AWD1⟧.", AWD0=PRIZE, AWD1=FESTIVAL)
    assert festival_prize(s, PRIZE) == (FESTIVAL, "Silver Lantern")


def test_no_festival_no_change():
    assert festival_prize(_sentence("The film won the ⟦AWD0⟧ at ⟦AWD1⟧.", AWD0=PRIZE, AWD1=AWARDS), PRIZE) is None
    assert festival_prize(_sentence("The film won the ⟦AWD0⟧.", AWD0=PRIZE), PRIZE) is None
    assert festival_prize(_sentence("It won at the ⟦AWD1⟧.", AWD1=FESTIVAL), FESTIVAL) is None
