"""The title recogniser (nlp/titles.py): titles from the cues of news language, with invented names."""

from __future__ import annotations

import pytest

from reelwire.nlp import load_pipeline
from reelwire.process import _disabled


def titles_in(text: str) -> dict[str, str]:
    nlp = load_pipeline()
    return {e.text: e.label_ for e in nlp(text, disable=_disabled(nlp)).ents if e.label_ in {"TITLE", "FRANCHISE"}}


@pytest.mark.parametrize(("text", "expected"), [
    # a list after a plural kind of work
    ("She starred in acclaimed films including The Quiet Shore, Lanternfish, Copper Rain and Night Orchard.",
     ["The Quiet Shore", "Lanternfish", "Copper Rain", "Night Orchard"]),
    ("She appeared in such movies as Harbor Lights, Copper Rain and Night Orchard.", ["Harbor Lights", "Copper Rain", "Night Orchard"]),
    # "the X actress": the work a person is known for, with no name after the role noun
    ("The Night Orchard actress, 58, wore a black gown.", ["Night Orchard"]),
    ("The Keeper of the Tide star and The Quiet Shore actor looked cosy.", ["Keeper of the Tide", "The Quiet Shore"]),
    # a year's possessive
    ("Her breakthrough role was in 1954's The Gold Of Harbor.", ["The Gold Of Harbor"]),
    # both conjuncts before a role noun
    ("Falling Tide and The Keeper of the Harbor director Theo Blackwood won.", ["Falling Tide", "The Keeper of the Harbor"]),
    # quoted titles with a possessive, or a comma, inside the quotes
    ("It went to “Night Orchard’s” Mara Quinn.", ["Night Orchard"]),
    ("Another of its shows, “The Quiet Shore,” also made history.", ["The Quiet Shore"]),
    ("Fans love “What We Lost in the Dark” most.", ["What We Lost in the Dark"]),
    # hyphenated kinds of work, and a relative clause's antecedent
    ("They saw the Harbor Pictures rom-com The Lantern Gallery last week.", ["The Lantern Gallery"]),
    ("Delays hit Copper Rain and the Keeper of Tides, which was due to be released in May.", ["Copper Rain and the Keeper of Tides"]),
    ("The deal includes Lanternfish - a sci-fi drama about prisoners.", ["Lanternfish"]),
    # "X and the Y movie Z": the first title ends before "and"
    ("She directed the 2008 drama Salt and Honey and the Dana Holt movie Lanternfish.", ["Salt and Honey", "Lanternfish"]),
    # a sequel's number, a relative clause with a film verb, "co-starred with X in Y"
    ("She made her debut a decade ago in Harbor Lights 2.", ["Harbor Lights 2"]),
    ("Lanternfish, which was delayed from July, opens next week.", ["Lanternfish"]),
    ("When she co-starred with Theo Blackwood in Saltmarsh he fell for her.", ["Saltmarsh"]),
    # two titles joined by "and" + a capitalised article
    ("In the TV categories, comedy series Harbor Lights and The Keeper Diaries will compete.", ["Harbor Lights", "The Keeper Diaries"]),
    # a sentence-initial "A" of a title that is the sentence's subject
    ("A Long Harbor, a war drama featuring Mara Quinn, won five prizes.", ["A Long Harbor"]),
    # "Lord of" is no honorific; "for A and B respectively"; "in A and B: Subtitle"
    ("Lord of the Harbor director Theo Blackwood spoke.", ["Lord of the Harbor"]),
    ("Mara Quinn and Dana Holt shared the best screenplay award for Les Tisserands and Old Harbor respectively.", ["Les Tisserands", "Old Harbor"]),
    ("She played a sorcerer in Copper Rain and Harbor Tales: Endgame while he starred.", ["Copper Rain", "Harbor Tales: Endgame"]),
    ("Wow:\u00a0The Night Orchard actress, 58, posed.", ["Night Orchard"]),
    # a title's own "A", contractions, one preposition inside a title before a role noun or "franchise"
    ("She is currently starring in A Quiet Harbor, directed by Theo Blackwood.", ["A Quiet Harbor"]),
    ("He had a leading role in Boys Don't Sleep.", ["Boys Don't Sleep"]),
    ("Lost in Harbor director Dana Holt spoke.", ["Lost in Harbor"]),
    ("She was the star of the Nightmare on Elm Road franchise.", ["Nightmare on Elm Road"]),
    # series cues
    ("Filming on season 3 of Harbor Lights began.", ["Harbor Lights"]),
    ("The Quiet Shore's final season aired last year.", ["Quiet Shore"]),
    ("So I feared La Harbor Land, the recently released musical from Theo Blackwood.", ["La Harbor Land"]),
    # the subject of a prize verb, across adverbs
    ("The Lanternfish is also widely tipped to win the best director prize for Theo Blackwood.", ["Lanternfish"]),
    # the subject of "is based on a ..." (an adaptation) and of "is up for six Oscars" (several prizes: a work's)
    ("Critics loved it. Copper Rain was based on a true story.", ["Copper Rain"]),
    ("Critics loved it. Salt and Honey is up for five Baftas, including best film.", ["Salt and Honey"]),
    # "playing <a character> in X": a name, or a determiner and lower-case words, between the verb and "in"
    ("Mara Quinn won for playing late screen legend Iris Vane in The Copper Harbor, a drama.", ["Copper Harbor"]),
    ("Dana Holt won an award for playing a lonely boxer in Ten Quiet Summers.", ["Ten Quiet Summers"]),
    # a title's own possessive opening the sentence, which no entity claims, stays in the title
    ("Critics loved it. Howl's Moving Harbor is based on the novel by Mara Quinn.", ["Howl's Moving Harbor"]),
    # "the X star" across an age, "former", a prize adjective; "superstar", "alum"
    ("The 48-year-old Copper Rain star has recovered.", ["Copper Rain"]),
    ("The former Harbor Lights star, 37, wore a coat.", ["Harbor Lights"]),
    ("The Golden Lantern-winning Night Orchard director has written a story.", ["Night Orchard"]),
    ("The 65-year-old Night Orchard superstar was seen.", ["Night Orchard"]),
    ("She and the Lord of the Harbor star left.", ["Lord of the Harbor"]),
    # a possessive inside one name the model tags as a whole
    ("She had a role in Pike's Labyrinth.", ["Pike's Labyrinth"]),
    ("He starred in Dead Man's Tide.", ["Dead Man's Tide"]),
    # capitalised words with no digit that the model reads as a date or a time, after a strong cue
    ("He starred in Victory Day.", ["Victory Day"]),
    ("He starred in Twenty Minutes.", ["Twenty Minutes"]),
    # "alum", "hunk" before a name
    ("Near miss: Night Orchard alum Dana Holt revealed it.", ["Night Orchard"]),
    ("Sian joked that Harbor Lights hunk Theo Blackwood is dreamy.", ["Harbor Lights"]),
    # after a kind of work, a title that opens with a function word
    ("The classic film It's A Wonderful Harbor is to be turned into a musical.", ["It's A Wonderful Harbor"]),
    ("In the new trailer for the romantic comedy Then Came You, the star proves it.", ["Then Came You"]),
    ("The drama When They Sail Home opens.", ["When They Sail Home"]),
])
def test_titles_found(text, expected):
    found = titles_in(text)
    for title in expected:
        assert title in found, (title, found)


@pytest.mark.parametrize(("text", "not_titles"), [
    ("The Cuban-Spanish actress, 32, kicked an enemy.", ["Cuban-Spanish"]),
    ("The Hollywood star said it was fun.", ["Hollywood"]),
    ("It won 2019's Lantern award.", ["Lantern"]),
    ("After a weak performance in China last week, the film dropped.", ["China"]),
    ("Mara Quinn and Night Orchard director Theo Blackwood arrived.", ["Mara Quinn"]),
    ("It aired on Channel 4 in Season 2, after Phase 4 ended.", ["Channel 4", "Season 2", "Phase 4"]),
    ("The low-budget British movie Night Orchard won.", ["British"]),
    ("She got a part in Hollywood last year.", ["Hollywood"]),
    ("Ultimately, the drama won. Rising star Mara Quinn wore red.", ["Ultimately", "Rising"]),
    ("Rock star Theo Blackwood said so. Other films were made.", ["Rock", "Other"]),
    ("The TikTok star, 22, posed. The Harbor Film Festival, which opens on Friday, is sold out.", ["TikTok", "Harbor Film Festival"]),
    ("Her films include Lantern nominee The Quiet Shore and more.", ["Lantern"]),
    ("Salt and the City actress Mara Quinn spoke.", ["City", "Salt"]),
    ("Mara Quinn at the Harbor Lights premiere smiled.", ["Mara Quinn at the Harbor Lights"]),
    ("She joined Stars in the Harbor with the Night at Sea cast.", ["Stars in the Harbor with the Night at Sea"]),
    ("A teaser for season 7 of Streamly reality show Harbor Wives.", ["Streamly"]),
    ("Set in Harbor Bay, the film is about a mother. Directed by Theo Blackwood, the film was poorly received.",
     ["Harbor Bay", "Theo Blackwood"]),
    ("Ask Theo Blackwood, the director behind the romance.", ["Theo Blackwood"]),
    ("Mara Quinn is nominated for best actress. Both are nominated for best film.", ["Mara Quinn", "Both"]),
    ("Set in Harbor Bay, the dystopian series – which became a hit – saw hundreds of players.", ["Harbor Bay"]),
    ("Queen Maud II attended. All 4 streams it.", ["Queen Maud II", "All 4"]),
    ("She is directing for Harbor Pictures. Some 350 films were made. Among the 10 films is one.", ["Harbor Pictures", "Some 350", "Among the 10", "the 10"]),
    ("It was a long night.\n\nDelighted: Screen star Mara Quinn looked pleased.", ["Screen", "Delighted"]),
    ("Theo Blackwood's new series Harbor Lights starts. Streamly's new season starts.", ["Theo Blackwood", "Streamly"]),
    ("Streamly's new series is out. The Streamly star said so. The Harbor Pictures star waved.", ["Streamly", "Harbor Pictures"]),
    ("She and the British star were first linked. The 48-year-old Irish actor waved.", ["British", "Irish"]),
    ("Mara Quinn starred. They made a version of Quinn. Earlier this month the film Last Friday opened.", ["Quinn", "Last Friday"]),
    ("Executive producer Dana Holt spoke. Legendary filmmaker Theo Blackwood agreed. Then, Black actress Mara Quinn sang.",
     ["Executive", "Legendary", "Black"]),
    ("The film On Monday it opened. Before the film In January, she left. I saw the film. It was fine.",
     ["On Monday", "Monday", "In January", "January", "It"]),
])
def test_not_titles(text, not_titles):
    found = titles_in(text)
    for name in not_titles:
        assert name not in found, (name, found)


@pytest.mark.parametrize(("text", "franchise"), [
    ("The first Copper Rain movie set a record, and “Copper Rain 2” was second.", "Copper Rain"),
    ("Film review: Copper Rain and the Keeper of Tides. This third Copper Rain film brought a change.", "Copper Rain"),
])
def test_instalment_of_a_titled_franchise(text, franchise):
    assert titles_in(text).get(franchise) == "FRANCHISE"


def test_instalment_needs_a_title_extending_the_name():
    assert "Streamly" not in titles_in("The latest Streamly film flopped. Copper Rain 2 did well.")


def test_quoted_title_before_a_role_noun_is_one_title():
    found = titles_in("She has words for her “Night & Day” costar Theo Blackwood.")
    assert "Night & Day" in found and "Day" not in found and "Night" not in found


def test_a_quoted_nickname_inside_a_name_is_no_title():
    found = titles_in('Millions saw "Lucky" Max Crane killed off on Friday, marking the soap\'s anniversary.')
    assert "Lucky" not in found
    assert "Teddy" not in titles_in("He played attorney Theodore “Teddy” Blackwood on the hit drama “Night Orchard.”")


def test_an_entity_around_a_title_keeps_its_rest():
    nlp = load_pipeline()
    doc = nlp("They plan a remake of Lanternfire from Harbor Pictures next year.", disable=_disabled(nlp))
    ents = {e.text: e.label_ for e in doc.ents}
    assert ents.get("Lanternfire") == "TITLE"
    assert "Lanternfire from Harbor Pictures" not in ents


def test_members_after_an_indefinite_cast_of_are_no_title():
    found = titles_in("The film Night Orchard boasts an all-star cast of Theo Blackwood, Dana Holt and Sam Lee. "
                      "Mara Quinn joined the cast of Harbor Lights.")
    assert "Theo Blackwood" not in found and "Harbor Lights" in found


def test_quoted_titles_opening_with_a_numeral_or_holding_a_possessive():
    assert titles_in("“Seven Harbors” debuts on Streamly in May.").get("Seven Harbors") == "TITLE"
    assert titles_in("The “Harbor’s Labyrinth” director made his day.").get("Harbor’s Labyrinth") == "TITLE"
    assert titles_in("“Three Wives” debuts on Streamly in May.").get("Three Wives") == "TITLE"
    assert not titles_in("“It Works” she said.")


@pytest.mark.parametrize(("text", "title", "person"), [
    # a title's own article after the possessive: the possessor is never part of the title
    ("She found fame when she starred in Theo Blackwood's The Copper Orchard.", "The Copper Orchard", "Theo Blackwood"),
    # the possessor named on their own elsewhere in the article
    ("She starred in Theo Blackwood's Lanternfire in 1975. Blackwood later said it was his best work.", "Lanternfire", "Theo Blackwood"),
    # a hyphenated first name that the model reads as a company
    ("She starred in Jean-Marc Delorme's A Long Harbor Night and then toured.", "A Long Harbor Night", "Jean-Marc Delorme"),
])
def test_a_persons_possessive_before_a_title_leaves_the_title(text, title, person):
    found = titles_in(text)
    assert title in found, found
    assert person not in found and f"{person}'s" not in found, found


def test_a_possessor_that_may_be_the_titles_own_is_no_title_alone():
    """"Harbor Jones's Diary" named once: the span stopped at the possessive and is no title by itself."""
    assert "Mara Quinn" not in titles_in("He starred in Mara Quinn's Diary in 2001.")


def test_a_bracketed_original_title_is_a_title():
    nlp = load_pipeline()
    doc = nlp("She starred in the drama A Long Harbor Night (Une Longue Nuit du Port) last year.", disable=_disabled(nlp))
    assert {e.text: e.label_ for e in doc.ents}.get("Une Longue Nuit du Port") == "TITLE"


@pytest.mark.parametrize(("text", "title"), [
    # a capitalised "And" is the title's own, never a join of two titles
    ("He will film the upcoming Three Harbors And A Lantern remake for Streamly.", "Three Harbors And A Lantern"),
    ("The Salt And Honey star Mara Quinn was seen in Paris.", "Salt And Honey"),
    ("The Salt & Honey star Mara Quinn was seen in Paris.", "Salt & Honey"),
])
def test_a_capitalised_and_or_ampersand_stays_inside_the_title(text, title):
    assert title in titles_in(text)


@pytest.mark.parametrize(("text", "title", "not_title"), [
    ("The actor said he hoped to start shooting Racing The Harbor next year.", "Racing The Harbor", None),
    ("She finished work on The Legend of the Lantern last week.", "The Legend of the Lantern", None),
    ("Mara Quinn will begin filming Copper Tide in London next month.", "Copper Tide", "London"),
    ("They began filming in Belfast on Monday and resumed filming on August 3.", None, "Belfast"),
])
def test_a_production_stage_before_a_title(text, title, not_title):
    found = titles_in(text)
    assert title is None or title in found, found
    assert not_title is None or not_title not in found, found


@pytest.mark.parametrize(("text", "not_title"), [
    ("The band played a gig in Leeds Arena last night.", "Leeds Arena"),
    ("She plays Iris Vane in London.", "London"),
    ("He previously played Charlie in Streamly's 2019 series, The Quiet Harbor.", "Streamly's 2019"),
    ("Mara Quinn plays Iris Vane in Copper Rain at the Harbor Theatre.", "Copper Rain"),
])
def test_what_one_plays_in_a_place_is_no_title(text, not_title):
    assert not_title not in titles_in(text)


@pytest.mark.parametrize(("text", "titles", "not_titles"), [
    ("The Harbor Keeper has taken $75m (£40m) so far at the box office.", ["Harbor Keeper"], []),
    ("Over the weekend, The Copper Harbor amassed $200M at cinemas globally.", ["Copper Harbor"], []),
    # a plural verb: two titles
    ("Low-budget Harbor Days and Copper Tide have so far grossed about $45m each at the box office.",
     ["Harbor Days", "Copper Tide"], ["Harbor Days and Copper Tide"]),
    # a person's fee, a company's revenue, no box office: no title
    ("Mara Quinn earned $20m for the role, more than the film took at the box office.", [], ["Mara Quinn"]),
    ("Streamly earned $3bn last year, the company said.", [], ["Streamly"]),
])
def test_the_subject_of_a_gross_is_a_title(text, titles, not_titles):
    found = titles_in(text)
    assert all(t in found for t in titles), found
    assert not any(t in found for t in not_titles), found


@pytest.mark.parametrize("text", [
    "Copper Tide tops US box office",
    "Meanwhile, Meet the Harbor Keepers topped box office charts in Australia.",
    "The deal covers Night of the Lantern, which topped the US box office in May.",
])
def test_a_title_leading_the_box_office(text):
    found = titles_in(text)
    assert any(t in found for t in ("Copper Tide", "Meet the Harbor Keepers", "Night of the Lantern")), found


@pytest.mark.parametrize(("text", "title", "wrong"), [
    ("Former Harbor Lane actor Theo Blackwood has died.", "Harbor Lane", "Former Harbor Lane"),
    ("Veteran Copper Tide star Mara Quinn joined the cast.", "Copper Tide", "Veteran Copper Tide"),
])
def test_a_persons_adjective_opening_the_sentence_is_not_the_titles(text, title, wrong):
    found = titles_in(text)
    assert title in found and wrong not in found, found


@pytest.mark.parametrize(("text", "wrong"), [
    ("Black British actor Theo Blackwood's character was smaller in the poster.", "Black British"),
    ("Mixed-race Welsh star Mara Quinn was there.", "Welsh"),
])
def test_who_a_person_is_before_a_role_noun_is_no_title(text, wrong):
    assert wrong not in titles_in(text)


def test_a_possessive_before_a_sequel_number_is_the_titles_own():
    found = titles_in("She starred in Harbor's Twelve and had a role in Quay's 13.")
    assert "Harbor's Twelve" in found and "Quay's 13" in found, found


@pytest.mark.parametrize(("text", "title", "wrong"), [
    ("The Harbor and Away star Mara Quinn was back at work.", "Harbor and Away", "Away"),
    ("Lanternfish and Beyond actor Theo Blackwood has died.", "Lanternfish and Beyond", "Beyond"),
])
def test_an_adverb_after_and_ends_one_title_before_a_role_noun(text, title, wrong):
    found = titles_in(text)
    assert title in found and wrong not in found, found


def test_a_country_after_and_is_no_adverb():
    found = titles_in("He is the son of actor Malcolm Vane and US actress Mara Quinn.")
    assert "Malcolm Vane and US" not in found, found


def test_a_captions_function_word_is_not_the_titles():
    found = titles_in("Home: Since Harbor Lane season four suspended filming, Mara has been at home.")
    assert "Harbor Lane" in found and "Since Harbor Lane" not in found, found


@pytest.mark.parametrize(("text", "title"), [
    ("She starred in the 2000 action adventure “Crouching Harbor, Hidden Lantern.”", "Crouching Harbor, Hidden Lantern"),
    ("Fans greeted each other with “Hi, Mara” all day.", None),
    ("She said “Yes, Minister” and left.", None),
])
def test_a_quoted_title_of_comma_joined_parts(text, title):
    found = titles_in(text)
    if title:
        assert title in found, found
    else:
        assert not any("," in t for t in found), found
