"""Cue words for titles and names, kept as data.

These describe the language of entertainment news ("the film X", "X director Y", "the X
franchise"); none of them names a film, person or company.
"""

#: Words that may sit inside a title between capitalised words ("Time of the Tide", "Into the Harbor").
TITLE_CONNECTORS = frozenset(
    "of the and a an in on at to for from with & - – — : vs vs. de la le du des der von van or is my your our no 'n' n' "
    "n't n’t 'll ’ll 're ’re 've ’ve 'm ’m".split()
)

#: A capitalised span right after one of these nouns is a title: "the spinoff movie Night Orchard".
NOUN_CUES = {
    "film": "film", "movie": "film", "spinoff": "film", "spin-off": "film", "sequel": "film", "prequel": "film",
    "documentary": "film", "biopic": "film", "blockbuster": "film", "remake": "film", "reboot": "film",
    "flick": "film", "thriller": "film", "comedy": "film", "drama": "film", "feature": "film", "romcom": "film",
    "series": "series", "show": "series", "miniseries": "series", "sitcom": "series", "docuseries": "series",
    "soap": "series", "programme": "series", "program": "series", "docudrama": "film", "musical": "film",
    "noir": "film", "neo-noir": "film", "western": "film", "dramedy": "film", "rom-com": "film", "satire": "film",
    "anthology": "series", "animation": "film", "horror": "film", "mystery": "film", "live-action": "film",
    "low-budget": "film", "big-budget": "film",
    "whodunit": "film", "tearjerker": "film", "actioner": "film", "sci-fi": "film",
}

#: Word sequences after which a capitalised span is a title: "stars in X", "the trailer for X".
PHRASE_CUES = {
    ("stars", "in"): "film", ("starred", "in"): "film", ("starring", "in"): "film", ("star", "in"): "film",
    ("appears", "in"): "film", ("appeared", "in"): "film", ("appearing", "in"): "film", ("appear", "in"): "film",
    ("role", "in"): "film", ("roles", "in"): "film", ("part", "in"): "film", ("cameo", "in"): "film",
    ("cast", "of"): "film", ("cast", "in"): "film", ("trailer", "for"): "film", ("teaser", "for"): "film",
    ("premiere", "of"): "film", ("release", "of"): "film", ("sequel", "to"): "film", ("prequel", "to"): "film",
    ("remake", "of"): "film", ("follow-up", "to"): "film", ("director", "of"): "film", ("star", "of"): "film",
    ("stars", "of"): "film", ("set", "of"): "film", ("filming", "of"): "film", ("screening", "of"): "film",
    ("season", "of"): "series", ("episode", "of"): "series", ("seasons", "of"): "series",
    ("reboot", "of"): "film", ("version", "of"): "film", ("adaptation", "of"): "work", ("based", "on"): "work",
    ("directed",): "film", ("directing",): "film", ("helmed",): "film", ("co-starred", "in"): "film",
    ("voices", "in"): "film", ("voice", "in"): "film", ("footage", "from"): "film", ("scene", "in"): "film",
    ("scenes", "from"): "film", ("box", "office", "for"): "film", ("opening", "of"): "film",
    ("winners", "included"): "film", ("winners", "include"): "film", ("nominees", "include"): "film",
    ("nominees", "included"): "film", ("winner", "was"): "film",
    ("performance", "in"): "film", ("performances", "in"): "film", ("turn", "in"): "film",
    ("review", ":"): "film", ("reviews", ":"): "film",
}

#: "began filming X", "will start shooting on X", "finished work on X": a production's stage before its title.
_PRODUCTION_VERBS = "start starts started starting begin begins began beginning resume resumes resumed wrap wraps wrapped finished completed".split()
PRODUCTION_CUES = frozenset(
    [(verb, work) for verb in _PRODUCTION_VERBS for work in ("filming", "shooting")]
    + [(verb, work, "on") for verb in _PRODUCTION_VERBS for work in ("filming", "shooting", "production", "work")])
PHRASE_CUES.update({phrase: "film" for phrase in PRODUCTION_CUES})

#: Phrase cues after which a place is as likely as a title ("her performance in Venice"): the span must not be one.
PLACE_AMBIGUOUS_CUES = frozenset({("performance", "in"), ("performances", "in"), ("turn", "in")}) | PRODUCTION_CUES

#: Phrase cues after which a person is as likely as a title: the span must not look like a name.
PERSON_AMBIGUOUS_CUES = frozenset({("winners", "included"), ("winners", "include"), ("nominees", "include"),
                                   ("nominees", "included"), ("winner", "was")})

#: A capitalised span right before one of these, then a person's name, is a title: "Night Orchard star Mara Quinn".
PERSON_ROLE_NOUNS = frozenset(
    "director star stars actor actress co-star costar creator producer writer screenwriter showrunner "
    "helmer filmmaker composer villain lead alum alumna alumnus hunk heartthrob".split()
)

#: After "the", a capitalised span right before one of these is the work a person is known for, even with no
#: name after it: "The Night Orchard actress, 58, wore", "the Copper Rain star opted".
THE_ROLE_NOUNS = frozenset("star actor actress co-star costar creator showrunner alum alumna alumnus director superstar hunk heartthrob".split())

#: Plural kinds of work that introduce a list of titles: "films including A, B and C".
LIST_NOUNS = {"films": "film", "movies": "film", "titles": "film", "blockbusters": "film", "dramas": "film",
              "comedies": "film", "thrillers": "film", "features": "film", "shows": "series", "sitcoms": "series",
              "programmes": "series"}

#: A capitalised span right before one of these is a franchise: "the Copper Rain franchise".
FRANCHISE_NOUNS = frozenset("franchise universe saga films movies installment instalment installments trilogy".split())

#: A capitalised span right before one of these is a title: "the Night Orchard trailer".
TITLE_FOLLOWERS = {"trailer": "film", "teaser": "film", "sequel": "film", "prequel": "film", "spinoff": "franchise",
                   "spin-off": "franchise", "premiere": "film", "reboot": "film", "remake": "film",
                   "finale": "series", "season": "series", "cast": "film", "soundtrack": "film"}

#: Words that mark a series rather than a film.
SERIES_WORDS = frozenset("series show season seasons episode episodes sitcom miniseries docuseries showrunner".split())

#: Words that never begin a title found by a cue (pronouns, months, weekdays, determiners).
NOT_TITLE_START = frozenset(
    "I He She They We It You His Her Their Its This That These Those There Here What When Where Who Why How "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Mr Mrs Ms Dr Sir Lady Lord A An But And Or So If As At In On "
    "For From With By After Before While Since Although Though Because Also Still Now Then "
    "Last Next Earlier Later One Two Three During Being Despite Throughout Following Including Until Amid Among Both Each Either Neither".split()
) | {w.capitalize() for w in "today yesterday tomorrow tonight".split()}  # relative day words

#: Words that mark a company or a place, never a person's name.
ORG_WORDS = frozenset(
    "studios studio pictures films entertainment media network networks channel news records group company "
    "corp corporation inc inc. ltd llc plc bros bros. productions tv television radio festival awards academy "
    "university council police party league club association institute foundation agency bank office service "
    "services house hotel theatre theater cinema cinemas gallery museum times post journal magazine press "
    "daily weekly street city county state republic kingdom united center centre school college hospital "
    "court department ministry commission committee union airlines airways motors labs music games".split()
)

#: Words before or after a name that mark it as a person's: "starring X", "X told", "actor X".
PERSON_BEFORE = frozenset(
    "starring star actor actress director producer writer screenwriter filmmaker co-star costar singer rapper "
    "comedian host presenter model author novelist playwright composer musician mr mrs ms dr sir dame "
    "helmer showrunner creator executive newcomer veteran legend".split()
)
PERSON_AFTER = frozenset(
    "said says told added explained revealed recalled stars starred plays played portrays portrayed voices "
    "voiced directed directs wrote admitted shared joked insisted noted continued confirmed won wins took "
    "scooped collected accepted received".split()
)

#: Word sequences before which a capitalised span is a title, as their subject.
SUBJECT_PHRASES = [tuple(p.split()) for p in (
    "is directed by", "was directed by", "is being directed by", "will be directed by", "was written by",
    "is set to hit", "is set to open", "is set to arrive", "is set for release", "is scheduled to open",
    "is scheduled for release", "is slated for release", "opens in theaters", "opens in cinemas", "hits theaters",
    "hits cinemas", "arrives in theaters", "arrives in cinemas", "was released in", "was released on",
    "grossed", "topped the box office", "is due for release", "will be released", "premieres on", "is produced by",
    "will debut in", "will debut on", "had originally been scheduled", "was originally scheduled", "was originally set",
    "has been delayed", "has been pushed", "is being pushed back", "was pushed back", "has been postponed",
    "was due to be released", "is due to be released", "will now be released", "opened in theaters", "debuted in",
    "will open in", "will open on", "will hit theaters", "will hit cinemas", "which starts streaming",
    "will start streaming", "starts streaming on", "took in", "earned an estimated", "opened to", "opened with", "was named best", "won best", "took best",
    "which took best", "which won best", "was awarded best", "scooped best",
)]

#: Word sequences after "X, which" that make X a title: "X, which was due to be released in May".
WHICH_PHRASES = SUBJECT_PHRASES + [tuple(p.split()) for p in (
    "was delayed", "has been delayed", "was meant to", "was supposed to", "will be streamed", "will stream",
    "is streaming", "streams on", "will premiere", "premiered", "premieres", "finished in", "came in", "opened",
    "opens", "debuted", "debuts", "was shot", "was filmed", "is based on", "was based on", "tells the story",
    "was released", "is released", "will be released", "was directed", "is directed", "stars", "starred",
    "co-stars", "grossed", "was nominated", "is nominated",
)]

#: "X tops US box office", "X topped the North American box office": a title leading the box office.
_BOX_OFFICE_LEADS = [
    (verb, *the, *region, "box", "office")
    for verb in "topped tops led leads headed heads dominated dominates ruled rules".split()
    for the in ((), ("the",))
    for region in ((), ("us",), ("uk",), ("north", "american"), ("weekend",), ("global",), ("domestic",), ("worldwide",))
    if (verb, *the, *region) != ("topped", "the")  # "topped the box office" is there already
]
SUBJECT_PHRASES += _BOX_OFFICE_LEADS
WHICH_PHRASES += _BOX_OFFICE_LEADS

#: "X is based on a novel", "X was based on the true story": a work adapted from a source (a person or a
#: company "is based in", not "on"; the pronoun and the lower-case subject give no span).
_BASED_ON = [(aux, "based", "on", det) for aux in ("is", "was") for det in ("a", "an", "the")]
#: "X is up for six Oscars", "X is up for five Baftas": several prizes at once are a work's, not a person's
#: (whose name the model tags, which the subject cue does not take). "X took five prizes" and "X has seven
#: nominations" were measured too and left out: they surfaced titles the article then resolved wrongly to.
_UP_FOR_PRIZES = [
    (aux, "up", "for", number, *prize)
    for aux in ("is", "was")
    for number in "two three four five six seven eight nine ten eleven twelve thirteen 2 3 4 5 6 7 8 9 10 11 12 13".split()
    for prize in (("oscars",), ("baftas",), ("emmys",), ("awards",), ("golden", "globes"), ("academy", "awards"),
                  ("nominations",), ("independent", "spirit", "awards"), ("prizes",))
]
SUBJECT_PHRASES += _BASED_ON + _UP_FOR_PRIZES

#: Common words that, capitalised at a sentence's start, stand before a role noun or a kind of work but are no
#: title alone: "Rock star X", "Screen star X", "Other films", "Seven cast members".
COMMON_MODIFIERS = frozenset(
    "film movie screen stage rock pop porn chart soap reality tv lead late former veteran child teen rising cult music "
    "country rap football tennis sports golf boxing fashion beauty comedy drama horror action indie other previous "
    "many some several both all most such recent future upcoming classic foreign international independent major "
    "four five six seven eight nine ten eleven twelve dozens hundreds thousands".split())

#: Words that are a place or an industry, never a title alone: "a star in Hollywood", "a part in Hollywood TV".
NOT_TITLE_ALONE = frozenset("Hollywood Bollywood Nollywood Tinseltown TV Broadway TikTok Tik Tok YouTube Instagram Twitter "
                            "Snapchat OnlyFans Twitch Facebook Vine".split()
                            # "Rising star X", "Screen star X": a kind of star, not a work
                            + "Rising Screen Film Movie Soap Reality Pop Child Former Veteran Breakout".split()
                            # "Executive producer X", "Record producer X", "Legendary filmmaker X", "Black actress X"
                            + "Executive Record Legendary Black White Club Celebrated Acclaimed Renowned Iconic Famed".split())

#: Two words before a name that mark it as a person's: "directed by X", "script from X".
PERSON_BEFORE_PAIRS = frozenset({
    ("directed", "by"), ("written", "by"), ("helmed", "by"), ("script", "from"), ("screenplay", "by"),
    ("played", "by"), ("voiced", "by"), ("portrayed", "by"), ("married", "to"), ("interview", "with"),
})
