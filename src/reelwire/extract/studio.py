"""Studio rules: the company that makes, distributes or streams a film."""

from reelwire.extract.rules import Rule

_STUDIO_VERB = r"(?:is (?:moving|pushing|delaying|releasing|distributing)|secured|has secured|announced|unveiled|released|will release|releases|dropped|debuted|shared|pushed|moved|delayed|postponed|shifted|dated|set|has set|acquired|bought|picked up|greenlit|green-lit|ordered|renewed|cancell?ed|distributes|distributed|produced|produces|has (?:pushed|moved|delayed|released|set|dated|acquired|unveiled)|is releasing|releasing|will distribute|revealed)"

#: A list of titles: "X (2019), the drama Y and 2018's Z".
_ITEM = r"(?:(?:the |a |an )?(?:[\w-]+ |⟦DATE\d+⟧['’]s ){0,4}?⟦FILM\d+⟧(?: \([^)]*\))?)"
_LIST = _ITEM + r"(?:(?:,| and|, and) " + _ITEM + r")*"
_KINDS = r"(?:films|movies|projects|titles|shows|series|releases|productions|originals|blockbusters|features|dramas|comedies)"

RULES = [
    # "Night Orchard, which also stars Mara Quinn, is set for release on Streamly this December"
    Rule("studio.set_for_release_on", "studio",
         r"(?P<s>{FILM}){RGAP},? (?:(?:is |was |are |were )?(?:now |also )?(?:set|due|scheduled|slated) (?:for (?:a )?release|to (?:be released|premiere|debut|stream|arrive|launch))|will be released|is being released|is to be released)"
         r"(?: (?:on |in |this |next )?{DATE})? on (?:(?:the )?(?:streaming service|streamer|streaming platform) )?(?P<o>{ORG})",
         examples=("Night Orchard, which also stars Mara Quinn, is set for release on Streamly this December.",
                   "Night Orchard is scheduled to be released next month on Streamly.", "Night Orchard will be released on October 23 on Streamly.")),
    # "Night Orchard airs Sunday on Streamly"
    Rule("studio.airs_on", "studio",
         r"(?P<s>{FILM}),? (?:will |is set to |is due to |to )?(?:airs?|aired|will be broadcast|is broadcast|was broadcast|broadcasts) (?:on |from |this |next )?{DATE} on (?P<o>{ORG})",
         examples=("Night Orchard airs Sunday on Streamly.",)),
    # "the Harbor Pictures-distributed Night Orchard", "the Streamly-produced drama Night Orchard"
    Rule("studio.company_hyphen_made", "studio",
         r"(?P<o>{ORG})-(?:distributed|produced|backed|financed|funded|made|commissioned) (?:[a-z][\w-]* ){0,3}?(?P<s>{FILM})",
         examples=("The Chinese release of the Harbor Pictures-distributed Night Orchard had extra scenes.",)),
    Rule("studio.film_on_service", "studio",
         r"(?P<s>{FILM}) (?:hits|(?:lands|arrives|streams|premieres|debuts|drops|launches)(?: globally| worldwide| exclusively| internationally)? on|comes to|is coming to|is streaming on|is now streaming on) (?:(?:the )?(?:streaming service|streamer|streaming platform|network|channel) )?(?P<o>{ORG})",
         examples=("Night Orchard hits Streamly on Oct. 7.", "Night Orchard is coming to Streamly on September 18.",
                   "Her horror film Night Orchard is coming to streaming service Streamly next week.",
                   "Night Orchard premieres globally on Streamly October 15.")),
    Rule("studio.company_acts_on_film", "studio",
         r"(?P<o>{ORG})(?: {DATE}| recently| also| now| officially| finally)? " + _STUDIO_VERB + r"(?: (?!⟦ORG)\S+){0,9}?(?<!,)(?<! and)(?<! but) (?P<s>{FILMREF})(?=[ ,.;]|$)"
         # "Streamly unveiled the one-time Night Orchard actor as its villain": the company acts on a person
         r"(?! (?:character|characters|star|stars|actor|actress|fans|role|roles|cast|franchise|universe|director|creator|alum|"
         r"veteran|producer|writer|filmmaker|villain|hero)s?\b)",
         examples=("On Wednesday, Harbor Pictures announced the first trailer for Night Orchard.", "Last week, Harbor Pictures pushed it to 2025.",
                   "Harbor Pictures recently revealed they plan to start filming Night Orchard in October."),
         # after a comma the title starts the main clause: "after Streamly announced Mara Quinn was cast, Night Orchard rose"
         counter_examples=("A day after Streamly announced Mara Quinn was its pick, Night Orchard shot to the top of the chart.",
                           "He feels Streamly pushed his Night Orchard character to the side.",
                           "Then Streamly unveiled the one-time Night Orchard actor as its next villain.")),
    Rule("studio.company_possessive", "studio",
         r"(?P<o>{ORG}|{FRAN})(?:['’]s|['’]) (?:(?:new|upcoming|latest|original|animated|hit|\w+-\w+) ){0,2}(?:(?:film|movie|series|show|drama|thriller|comedy|documentary|sequel|blockbuster|feature|adaptation) )?(?P<s>{FILM})",
         examples=("Streamly's Night Orchard topped the chart.",)),
    Rule("studio.company_possessive_kind", "studio",
         r"(?P<o>{ORG})(?:['’]s|['’]) (?:[\w-]+ ){1,3}?(?:film|movie|series|show|drama|thriller|comedy|documentary|sequel|blockbuster|feature|adaptation|spin-off|spinoff|rom-com|mystery|miniseries|musical|extravaganza|epic|reboot|remake|prequel|biopic|animation|romcom|docuseries|sitcom) (?P<s>{FILM})"
         # "Streamly's release of Night Orchard", "Streamly's strategy of releasing Night Orchard"
         r"|(?P<o2>{ORG})(?:['’]s|['’])? (?:(?:[\w-]+ ){1,2}of )?(?:release|releasing|distribution|distributing) of (?P<s2>{FILM})(?! (?:trailer|teaser|poster|clip|footage|images)\b)",
         examples=("Those who love Streamly's beguiling Korean series Night Orchard will be pleased.",
                   "It lost the trophy to Streamly's megahit musical Night Orchard.",
                   "Outlets were told not to cover Harbor Pictures' release of Night Orchard after the controversy."),
         counter_examples=("Streamly's release of Night Orchard trailer drew praise.",)),
    Rule("studio.which_streams_on", "studio",
         r"(?P<s>{FILMREF}),? which (?:will be |is |was |is now |will )?(?:streamed|streaming|aired|airs|air|available|premiering|premieres|premiered|debuts|debuted|starts streaming)(?: \S+){0,2}? on (?P<o>{ORG})",
         examples=("The drama Night Orchard, which will be streamed on Streamly, stars Mara Quinn.",)),
    Rule("studio.film_by_company", "studio",
         # "Night Orchard is being released by Streamly" ("the film" is left out: in an article about an untitled film it would
         # name another title of the sentence)
         r"(?P<s>{FILM}),? (?:which is |is |was |will be |is being |was being |has been |had been |have been |is to be |are |were )?(?:also )?(?:distributed|produced|released|financed|backed|made|commissioned|recommissioned) by (?:(?:cable |TV |television )?(?:channel|network|broadcaster|streamer|studio) )?(?P<o>{ORG})",
         examples=("Night Orchard is distributed by Harbor Pictures.", "Night Orchard is being released by Harbor Pictures in October.",
                   "Thirteen episodes of Night Orchard have been commissioned by cable channel Streamly.")),
    # "the film, which will be distributed by Streamly", "Harbor Pictures, which released the film in the US"
    Rule("studio.which_distributes", "studio",
         r"(?P<s>{FILMREF}),? which (?:is |was |will be |is being |has been )?(?:distributed|produced|released|financed|made) by (?P<o>{ORG})"
         r"|(?P<o2>{ORG}),? which (?:also )?(?:released|distributed|produced|made|distributes|will release|will distribute) (?:nominee |hit |smash )?(?:[Tt]he )?(?P<s2>{FILM})",
         examples=("Mara Quinn will also feature in the film, which will be distributed by Streamly with a 2021 release date.",
                   "\"It is a fun movie,\" said Dana Holt, head of distribution for Harbor Pictures, which released Night Orchard in the US."),
         # "the film" after a company is too often another film than the article's
         counter_examples=("Harbor Pictures, which released a statement, praised Night Orchard.",
                           "Dana Holt, head of distribution for Harbor Pictures, which released the film in the US, was pleased.")),
    # "the Streamly comedy horror movie Night Orchard", "the Streamly police drama": a company, a genre, a kind, the title
    Rule("studio.company_genre_film", "studio",
         r"(?<=[a-z,;:] )(?P<o>{ORG}) (?!(?:star|actor|actress|director|producer|writer|creator|fan|boss|chief|executive)s?\b)(?:(?!(?:after|before|the|a|an|in|on|of|for|with|by|to|from|at|and|or|but|his|her|their|its|new|was|is|as|that|which|who)\b)[a-z]+(?:-[a-z]+)? ){1,3}?(?:film|movie|series|miniseries|docuseries|sitcom|show|drama|comedy|documentary|thriller|rom-com|romcom|blockbuster|feature|animation|musical|biopic|remake|sequel|prequel|reboot|adaptation)[”\"]? (?P<s>{FILM})",
         examples=("Adam was on the talk show to promote his upcoming Streamly comedy horror movie Night Orchard.",
                   "She played a preacher in Streamly detective drama Night Orchard, which was renewed."),
         # a capitalised first word is no company ("Modest wine country comedy X"); "Streamly after the film X" no genre
         counter_examples=("He starred in the Mara Quinn crime movie Night Orchard.",
                           "He appeared in the Streamly star vehicle film Night Orchard.",
                           "Swashbuckling adventure film Night Orchard won a prize.",
                           "They called on Streamly after the film Night Orchard caused outrage.",
                           "Seen on Streamly in his new film Night Orchard, she smiled."),
         traits=frozenset({"no_person_company"})),
    Rule("studio.company_film", "studio",
         r"(?P<o>{ORG}) (?:film|movie|original|release|production|series|miniseries|docuseries|sitcom|show|hit|title|feature|drama|comedy|documentary|thriller|rom-com|anthology|blockbuster) (?P<s>{FILM})",
         examples=("the Harbor Pictures film Night Orchard",)),
    Rule("studio.film_from_company", "studio",
         # the words between are a noun phrase ("the new neo-noir from"), not an action ("survived attacks from")
         r"(?P<s>{FILM}),? (?:(?:is |was )?(?:the|a|an|its) (?:[\w-]+ ){0,3}?)?from (?P<o>{ORG})(?! director)",
         examples=("Night Orchard, the new drama from Harbor Pictures, opens Friday.", "Night Orchard, from Harbor Pictures, opens Friday."),
         counter_examples=("In Night Orchard she survived attacks from Streamly and a storm.",)),
    Rule("studio.company_films_including", "studio",
         r"(?P<o>{ORG}|{FRAN})(?:['’]s?)? (?:(?!franchise|universe|saga|series|in\b|for\b|at\b|on\b|with\b|from\b|by\b|of\b|to\b|and\b)[\w-]+ ){0,3}?" + _KINDS + r"(?: (?!⟦)[^\s,;]+){0,5}?,? (?:including|such as|like|among them) (?P<s>" + _LIST + ")",
         examples=("The film joins some of Harbor Pictures’ highest-grossing films, including 2012’s Night Orchard ($207 million).",
                   "A number of other Harbor Pictures projects were also postponed, including the prequel Night Orchard."),
         counter_examples=("Critics who like Harbor Pictures films, including Mara Quinn, praised Night Orchard.",
                           "He appeared in a number of Harbor franchise movies including 2018’s Night Orchard.",
                           "Cars line up at Streamly in Leeds for comedies such as Night Orchard.")),
    Rule("studio.are_company_shows", "studio",
         r"^(?:[^:;]*: )?(?P<s>[^:;]*?⟦FILM\d+⟧[^:;]*?) (?:are|were) (?:among )?(?:other |both |all |also |two |three |four |five |six |more )*(?P<o>{ORG}) " + _KINDS,
         examples=("The anthology Night Orchard, the animated series Harbor Lights and the comedy “Copper Rain” are other Streamly shows that also received nominations.",),
         counter_examples=("Night Orchard won, and critics were all Streamly fans.",)),
    Rule("studio.network_behind", "studio",
         r"(?P<o>{ORG}),? \(?(?:the |which is the |a )?(?:network|studio|streamer|distributor|company|channel|broadcaster|production company) (?:behind|that (?:made|makes|produced|produces|released|releases|distributed|distributes|airs|aired|streams|streamed)) (?P<s>{FILM})"
         r"|(?:the |a )?(?:network|studio|streamer|distributor|company|channel|broadcaster|production company) (?:behind|that (?:made|produced|released|distributed|airs|aired|streams|streamed)) (?P<s2>{FILM}),? (?P<o2>{ORG})",
         examples=("The more Harbor Pictures (the network behind Night Orchard) said no, the more he wanted it.",
                   "The streamer behind Night Orchard, Streamly, declined to comment.")),
    Rule("studio.film_bracket_company", "studio",
         r"(?P<s>{FILM})[”\"]? \((?P<o>{ORG})(?:/(?P<o2>{ORG}))?\)",
         examples=("Night Orchard (Harbor Pictures Inc.) was second with $12 million.",),
         traits=frozenset({"no_abbreviation"})),
    Rule("studio.streaming_on", "studio",
         r"(?P<s>{FILMREF}),? (?:(?:is|are|was|will be|remains) )?(?:now |also |currently |still |⟦DATE\d+⟧ )?(?:streaming|available to (?:stream|watch|rent)|available(?: exclusively)?|exclusive) on (?P<o>{ORG})"
         r"|[Ww]atch (?P<s2>{FILM}) (?:now |⟦DATE\d+⟧ |exclusively )?on (?P<o2>{ORG})",
         examples=("Night Orchard is now streaming on Streamly.", "Night Orchard is available to stream on Streamly from Friday.",
                   "Fans can watch Night Orchard now on Streamly.")),
    Rule("studio.the_films_studio", "studio",
         # "Harbor Pictures, the film's studio, announced": the apposition makes the name a company whatever the tagger made of it
         r"(?P<o>⟦(?:ORG|FILM)\d+⟧),? the (?:film|movie|show|series)['’]s (?:studio|distributor|network|streamer|production company)"
         r"|[Tt]he (?:film|movie|show|series)['’]s (?:studio|distributor|network|streamer|production company),? (?P<o2>⟦(?:ORG|FILM)\d+⟧)",
         subject="main",
         examples=("Harbor Pictures Inc., the film's distributor, said a sequel is coming.",
                   "The film's distributor Harbor Pictures expects 40 million people to see it."),
         traits=frozenset({"any_tag_company"})),
    # "the upcoming Streamly police drama Night Orchard", "rival Harbor TV soap Night Orchard": the company before a
    # kind of programme qualified by a genre ("film"/"movie" after a name is as often a star's: "the Mara Quinn movie")
    Rule("studio.company_genre_kind", "studio",
         r"(?<![\w⟧])(?:[Tt]he|[Aa]n?|[Nn]ew|[Uu]pcoming|[Rr]ival|[Hh]it|[Ll]atest|[Ii]ts|[Tt]heir)(?: (?:new|upcoming|hit|latest|acclaimed|popular|long-running|forthcoming|gritty))? (?P<o>{ORG}) (?:[a-z]+ ){0,2}(?:series|mini-series|miniseries|drama|comedy|documentary|docuseries|sitcom|soap|programme|thriller|animation)[”\"]? (?P<s>{FILM})",
         examples=("The actress is leading the cast of the upcoming Streamly mini-series Night Orchard.",
                   "She filmed for new Streamly police drama Night Orchard in Leeds on Wednesday."),
         counter_examples=("He starred in the Mara Quinn movie Night Orchard.",),
         traits=frozenset({"no_person_company"})),
]
