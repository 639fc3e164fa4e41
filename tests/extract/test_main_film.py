"""The film an article is about (resolve.inarticle.main_film): only a title the headline or the lead names."""

from __future__ import annotations

import re

from reelwire.resolve.inarticle import Mention, main_film


def _mentions(text: str, films: list[str], people: list[str] = ()) -> list[Mention]:
    out = []
    for kind, names in (("FILM", films), ("PER", people)):
        for name in names:
            for hit in re.finditer(re.escape(name), text):
                if not any(m.start <= hit.start() < m.end for m in out):
                    out.append(Mention(kind, hit.start(), hit.end(), name, name))
    return sorted(out, key=lambda m: m.start)


def test_a_headline_title_wins():
    text = "Mara Quinn won the prize for Harbor Lights. Harbor Lights and Harbor Lights again. Night Orchard won too."
    mentions = _mentions(text, ["Harbor Lights", "Night Orchard"], ["Mara Quinn"])
    assert main_film(mentions, "Night Orchard takes top prize", text) == "Night Orchard"


def test_a_distinctive_part_of_the_title_in_the_headline():
    text = "The Night Orchard won the prize. Harbor Lights came second."
    assert main_film(_mentions(text, ["The Night Orchard", "Harbor Lights"]), "Orchard wins big", text) == "The Night Orchard"


def test_no_main_film_when_neither_headline_nor_lead_names_one():
    text = ("Mara Quinn and her husband went out for sushi on Friday. The Night Orchard star smiled. "
            "She shot to fame in Night Orchard. Night Orchard was a hit.")
    mentions = _mentions(text, ["Night Orchard"], ["Mara Quinn"])
    assert main_film(mentions, "Mara Quinn enjoys a date night", text) is None


def test_the_lead_title_when_the_headline_has_none():
    text = "Mara Quinn has joined the cast of Harbor Lights, a film about Night Orchard. Night Orchard. Night Orchard."
    mentions = _mentions(text, ["Harbor Lights", "Night Orchard"], ["Mara Quinn"])
    assert main_film(mentions, "Mara Quinn to star in film", text) == "Harbor Lights"


def test_a_credit_aside_is_not_the_topic():
    text = "The reboot of the old hit dropped a trailer. It stars Mara Quinn, 22, of Night Orchard. Night Orchard (Theo Blackwood)."
    mentions = _mentions(text, ["Night Orchard"], ["Mara Quinn", "Theo Blackwood"])
    assert main_film(mentions, "The trailer for the reboot is here", text) is None


def test_a_title_that_is_a_credit_in_the_headline_or_part_of_a_name():
    text = "Amid the release of his new movie Harbor Lights, Theo Blackwood paid tribute to a legend."
    mentions = _mentions(text, ["Harbor Lights", "Night Orchard", "Blackwood"], ["Theo Blackwood"])
    assert main_film(mentions, "Theo Blackwood pays tribute to late 'Night Orchard' star", text) == "Harbor Lights"


def test_a_headline_that_drops_the_title_colon():
    text = "Mara Quinn is back. Night Orchard: Undertow reunites the cast of Night Orchard. Night Orchard: Undertow opens soon."
    mentions = _mentions(text, ["Night Orchard: Undertow", "Night Orchard"], ["Mara Quinn"])
    assert main_film(mentions, "Is Mara Quinn KILLED OFF in Night Orchard Undertow?", text) == "Night Orchard: Undertow"


def test_a_title_the_headline_opens_with_run_into_the_next_words():
    text = "Theo Blackwood looked different on set. The Harbor Lights follows a sailor. The Harbor Lights opens in May."
    mentions = _mentions(text, ["The Harbor Lights"], ["Theo Blackwood"])
    assert main_film(mentions, "The Harbor Lights Theo Blackwood sports a VERY different look", text) == "The Harbor Lights"


def test_a_one_word_title_opening_a_headline_needs_more():
    text = "Dana Holt was seen out. Dirty stayed home. Dirty again."
    mentions = _mentions(text, ["Dirty"], ["Dana Holt"])
    assert main_film(mentions, "Dirty Dana Holt is seen out with a friend", text) is None


def test_a_headline_may_name_a_title_by_its_title_character():
    text = ("Filming has stopped on set. The Lantern stars Theo Blackwood. Lantern wears a new suit. "
            "The Lantern is due out in May.")
    mentions = _mentions(text, ["The Lantern"], ["Theo Blackwood", "Lantern"])
    assert main_film(mentions, "Lantern filming is halted after a crew member fell ill", text) == "The Lantern"


def test_a_title_word_that_is_part_of_a_full_name_is_not_the_headline_title():
    text = "Filming has stopped on set. The Blackwood was a hit. Mara Quinn was there. Theo Blackwood said so."
    mentions = _mentions(text, ["The Blackwood"], ["Theo Blackwood", "Mara Quinn"])
    assert main_film(mentions, "Blackwood pays tribute to Mara Quinn", text) is None


def test_a_lead_title_named_as_past_work_is_not_the_topic():
    text = ("Mara Quinn, who starred as Lila Moss in Night Orchard, says the old roles were a cliche. "
            "Night Orchard was a hit. Harbor Lights was too.")
    mentions = _mentions(text, ["Night Orchard", "Harbor Lights"], ["Mara Quinn", "Lila Moss"])
    assert main_film(mentions, "Are screen heroines a relic? An actress speaks out", text) is None


def test_a_lead_title_the_person_is_promoting_is_the_topic():
    text = "She is busy promoting her horror movie Night Orchard, out on Friday. She starred in Harbor Lights."
    mentions = _mentions(text, ["Night Orchard", "Harbor Lights"])
    assert main_film(mentions, "Mara Quinn recalls a last dance with a friend", text) == "Night Orchard"
