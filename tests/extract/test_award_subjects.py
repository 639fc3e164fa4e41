"""Where an award rule without a subject group finds its person (extract/engine.py `_default_subject`)."""

from __future__ import annotations

from reelwire.extract.engine import Context, _default_subject
from reelwire.extract.masking import MaskedSentence
from reelwire.resolve.inarticle import Mention

MARA = Mention("PER", 0, 10, "Mara Quinn", "Mara Quinn")
DANA = Mention("PER", 20, 29, "Dana Holt", "Dana Holt")


def _sentence(*people: Mention) -> MaskedSentence:
    return MaskedSentence(0, 40, "", "", {f"⟦PER{i}⟧": p for i, p in enumerate(people)})


def _ctx(main_person=None) -> Context:
    return Context(None, None, set(), None, main_person)


def test_main_person_when_no_one_else_is_named():
    assert _default_subject(_sentence(), _ctx(MARA), "main_person") == [MARA]
    assert _default_subject(_sentence(MARA), _ctx(MARA), "main_person") == [MARA]


def test_no_main_person_when_someone_else_is_named():
    assert _default_subject(_sentence(DANA), _ctx(MARA), "main_person") == []
    assert _default_subject(_sentence(), _ctx(None), "main_person") == []


def test_person_is_the_sentence_one_person_first():
    assert _default_subject(_sentence(DANA), _ctx(MARA), "person") == [DANA]
    assert _default_subject(_sentence(), _ctx(MARA), "person") == [MARA]
    assert _default_subject(_sentence(DANA, MARA), _ctx(MARA), "person") == []


def test_headline_person_is_the_most_named_person_of_the_headline():
    from reelwire.extract.awards import headline_person

    mentions = [MARA] * 3 + [Mention("PER", 0, 5, "Quinn", "Quinn"), DANA, DANA, DANA]
    assert headline_person(mentions, "Mara Quinn returns to the stage") == MARA
    assert headline_person(mentions, "Dana Holt returns to the stage") is None
    assert headline_person([MARA, MARA, DANA], "Mara Quinn returns") is None  # named fewer than three times
    assert headline_person(mentions, None) is None


def test_nominees_without_a_tagged_film_are_nominees_but_not_a_title_after_for():
    import re

    from reelwire.extract.awards import RULES
    from reelwire.extract.build import _nominee_pairs

    rule = next(r for r in RULES if r.name == "award.nominees_include")
    award = Mention("AWD", 0, 5, "Lantern Awards", "Lantern Awards")
    kinsey = Mention("PER", 60, 66, "Kinsey", "Kinsey")  # a title the model took for a person
    masked = "Nominees for best film include Spain's ⟦PER0⟧ for Copper Rain and ⟦PER1⟧ for ⟦PER2⟧."
    sentence = MaskedSentence(0, 80, "", masked, {"⟦PER0⟧": MARA, "⟦PER1⟧": DANA, "⟦PER2⟧": kinsey})
    match = re.search(rule.regex, masked)
    facts = _nominee_pairs(rule, match, sentence, [award], "best film")
    assert sorted(f.subject for f in facts) == ["Dana Holt", "Mara Quinn"]
    assert all(f.qualifiers["outcome"] == "nominated" for f in facts)


def test_a_pronoun_subject_is_the_article_person():
    from reelwire.extract.awards import RULES
    from reelwire.extract.engine import apply_rules

    rule = next(r for r in RULES if r.name == "award.won_category")
    award = Mention("AWD", 0, 5, "Lantern Awards", "Lantern Awards")
    sentence = MaskedSentence(0, 40, "", "She won best actress at the ⟦AWD0⟧.", {"⟦AWD0⟧": award})
    [(_, _, slots)] = apply_rules([rule], sentence, _ctx(MARA))
    assert slots["s"] == [MARA]
    [(_, _, slots)] = apply_rules([rule], sentence, _ctx(None))
    assert slots["s"] == []


def test_the_ceremony_in_focus_follows_reported_wins():
    from reelwire.extract.awards import focus_after

    lantern = Mention("AWD", 0, 5, "Lantern Awards", "Lantern Awards")
    orion = Mention("AWD", 0, 5, "Orion Awards", "Orion Awards")
    wins = MaskedSentence(0, 40, "", "⟦PER0⟧ was among the winners at the ⟦AWD1⟧ at the weekend.", {"⟦PER0⟧": MARA, "⟦AWD1⟧": lantern})
    plain = MaskedSentence(0, 40, "", "⟦PER0⟧ won best actress.", {"⟦PER0⟧": DANA})
    other = MaskedSentence(0, 40, "", "The next ceremony is the ⟦AWD0⟧.", {"⟦AWD0⟧": orion})
    nominations = MaskedSentence(0, 40, "", "The film is nominated for three ⟦AWD0⟧.", {"⟦AWD0⟧": orion})
    assert focus_after(wins, (None, None)) == (lantern, lantern)
    assert focus_after(plain, (lantern, orion)) == (lantern, None)
    assert focus_after(other, (lantern, lantern)) == (None, None)
    assert focus_after(nominations, (lantern, lantern)) == (None, orion)


def test_the_default_award_of_a_sentence():
    from reelwire.extract.awards import default_award

    lantern = Mention("AWD", 0, 5, "Lantern Awards", "Lantern Awards")
    orion = Mention("AWD", 0, 5, "Orion Awards", "Orion Awards")
    main = Mention("AWD", 0, 5, "Harbor Awards", "Harbor Awards")
    opening = MaskedSentence(0, 40, "", "At the ⟦AWD0⟧, ⟦PER1⟧ won best actress.", {"⟦AWD0⟧": lantern, "⟦PER1⟧": MARA})
    plain = MaskedSentence(0, 40, "", "⟦PER0⟧ won best actress.", {"⟦PER0⟧": MARA})
    assert default_award(opening, (orion, orion), main, "won") is lantern
    assert default_award(plain, (None, orion), main, "nominated") is orion
    assert default_award(plain, (None, orion), main, "won") is main


def test_no_nominee_from_a_sentence_that_only_mentions_nominees():
    import re

    from reelwire.extract.awards import RULES
    from reelwire.extract.build import _nominee_pairs

    rule = next(r for r in RULES if r.name == "award.nominees_include")
    award = Mention("AWD", 0, 5, "Lantern Awards", "Lantern Awards")
    masked = "This year's nominees are a testament to the work of the industry, said ⟦PER0⟧."
    sentence = MaskedSentence(0, 80, "", masked, {"⟦PER0⟧": MARA})
    assert _nominee_pairs(rule, re.search(rule.regex, masked), sentence, [award], None) == []


def test_a_headline_person_known_by_one_name():
    from reelwire.extract.awards import headline_person

    solo = Mention("PER", 0, 7, "Quinnie", "Quinnie")
    assert headline_person([solo] * 4 + [DANA] * 3, "Quinnie will direct a film with Dana Holt") == solo


def test_headline_person_epithet_keeps_its_person_when_others_are_named_later():
    ctx = _ctx(MARA)
    ctx.headline_person = MARA
    assert _default_subject(_sentence(DANA), ctx, "headline_person") == [MARA]  # "The Lantern winner will play Dana Holt's mother"
    ctx.headline_person = DANA
    assert _default_subject(_sentence(), ctx, "headline_person") == []  # headline and article person disagree
