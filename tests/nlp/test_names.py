"""Name repair (nlp/names.py): PERSON spans the model runs too wide are cut back to the person."""

from __future__ import annotations

from reelwire.nlp import load_pipeline


def people_in(text: str) -> list[str]:
    return [e.text for e in load_pipeline()(text).ents if e.label_ == "PERSON"]


def _ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in load_pipeline()(text).ents]


def test_a_role_word_before_a_name_is_not_part_of_it():
    people = people_in("Starring Blackwood, Mara Quinn and Dana Holt, the film opens in May.")
    assert "Starring Blackwood" not in people


def test_a_person_ends_at_the_possessive_of_their_character():
    people = people_in("Without spoilers, the film revives Theo Blackwood’s Wolverine after his sendoff.")
    assert not any("’s" in p for p in people)


def test_honorifics_stay_with_the_name():
    assert any(p.startswith("Mr") for p in people_in("\"We had a strong week,\" said Mr Blackwood to the crowd."))


def test_no_person_begins_with_the():
    text = "Mara Quinn and The Block were on screen. Mara Quinn, The Block and Dana Holt waved."
    assert not any(p.startswith("The ") for p in people_in(text))


def test_a_name_hyphenated_to_a_credit_is_a_person():
    assert "Ana Ruiz" in people_in("After the delay was announced, the Ana Ruiz-directed flick was moved to June.")


def test_a_company_hyphenated_to_a_credit_stays_a_company():
    assert not any("Pictures" in p for p in people_in("The Harbor Pictures-directed film opens in May."))


def test_a_name_with_a_particle_is_a_person():
    assert "Lena de Vries" in people_in("And Lena de Vries proved she has all the makings of the character.")


def test_a_hyphened_given_name_keeps_its_second_syllable():
    people = people_in("The show won 14 awards, with Min-jun winning lead actor and Park Min-jun thanking fans.")
    assert not any(p in {"Min", "Park Min"} for p in people)


def test_a_name_hyphened_to_a_modifier_stays_short():
    assert not any(p.endswith("-led") for p in people_in("The Mara Quinn-led drama opens in May."))


def test_an_office_before_a_full_name_is_not_part_of_it():
    people = people_in("Broadcaster Theo Blackwood has joined the cast. President Dana Holt attended.")
    assert not any(p.split()[0] in {"Broadcaster", "President"} for p in people)


def test_a_demonym_after_an_age_is_no_person():
    people = people_in("Mara Quinn is back. The film sees the 32-year-old South Londoner play a nurse.")
    assert not any("Londoner" in p for p in people)


def test_a_lone_surname_before_who_is_a_person():
    people = people_in("\"I am stuck in traffic.\" Blackwood, who lost out on the prize, will face him again.")
    assert "Blackwood" in people
    assert not any("Simpsons" in p for p in people_in("The Simpsons, who are yellow, won again."))


def test_a_person_does_not_run_into_a_lowercase_word_after_it():
    people = people_in("He resurrects his old character Johnny Vane a.k.a.\nThe Torch. Holts’ Blade says no.")
    assert not any("a.k.a" in p or "Blade" in p for p in people)


def test_a_person_ends_before_a_bracket_or_slash():
    people = people_in("The cast includes Mara Quinn (Harbor Lights) and Theo Blackwood/Dana Holt as twins.")
    assert not any(c in p for p in people for c in "(/")


def test_a_date_glued_to_a_service_is_cut_off():
    ents = _ents("Night Orchard debuts on Streamly September 13.")
    assert ("Streamly", "ORG") in ents and not any("September" in text and label != "DATE" for text, label in ents)


def test_a_place_one_comes_to_is_no_service():
    assert ("Leeds", "ORG") not in _ents("Mara Quinn is coming to Leeds on Friday.")


def test_two_words_after_a_quoted_titles_possessive_are_its_person():
    people = people_in("The roles go to a pair of Brits: “Harbor’s” Theo Blackwood and “The Night Orchard’s” Mara Quinn.")
    assert {"Theo Blackwood", "Mara Quinn"} <= set(people)


def test_a_company_ends_before_its_possessive():
    ents = _ents("He stars in Harbor Pictures’s upcoming limited series Night Orchard.")
    assert not any(label == "ORG" and text.endswith("’s") for text, label in ents)


def test_a_name_that_acquires_or_releases_a_film_is_a_company():
    assert ("Streamly", "ORG") in _ents("The rights were sold, with Streamly releasing the film on October 16.")
    assert not any(label == "ORG" for _, label in _ents("Later that year Brad Pitt bought a house in the hills."))


def test_a_name_after_distributor_is_a_company():
    ents = _ents("The film's distributor Harbor expects 40 million people to see it.")
    assert not any(label == "PERSON" for _, label in ents)
