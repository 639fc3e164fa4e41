"""Credit rules: cast (with character), director, screenwriter, producer."""

from reelwire.extract.rules import Rule

_CAST_VERB = r"(?:⟦DATE\d+⟧ |currently |also |will |would |is set to |is to |to |now |later |(?:is|are|was|were) (?:also )?(?=(?:co-)?starring))?(?:stars?|starred|starring|co-starring|co-stars?|co-starred|costars?|costarred|appears?|appeared|appearing|features?|featured|cameos?|cameoed)"
_JOIN_VERB = r"(?:will be |are |is |was |were |has |have |had )?(?:also )?(?:reprising|reprise|reprises|reprised|returns? to|returning to|returned to|rejoins?|rejoined|joins?|joined|joining|signed on (?:to|for)|signs on (?:to|for)|boards?|boarded|has boarded|led|leads?)"

#: a co-star after the star: "stars Mara opposite Harbor Lights dreamboat Theo Blackwood", "alongside French actress X"
_ALONGSIDE = r"(?: (?:alongside|opposite) (?:(?:[A-Z][a-z]+ ){0,2}(?:⟦FILM\d+⟧ )?[a-z-]+ (?:[a-z-]+ )?)?{PERS})?"

#: "A and B play Lila and Max, respectively": the roles are paired with people the sentence may not all name, so
#: the first role is nobody's in particular: matched without a character
_RESPECTIVELY = r"(?:⟦PER\d+⟧|[A-Z][\w'’.-]*)(?: (?:⟦PER\d+⟧|[A-Z][\w'’.-]*))*(?=[^.;]{0,80}\brespectively\b)"

#: the co-stars between the verb and the film: "X starred alongside A, B and C in Y" (they are cast too: cast.costarred_with_in)
_WITH_OTHERS = r"(?: (?:alongside|opposite|with) (?:[a-z-]+ ){0,2}?⟦PER\d+⟧(?:(?:,| and|, and) ⟦PER\d+⟧)*(?:, \d{1,3},?)?)?"

#: a maker's possessive before a film, with its kind: "in Ana Ruiz's war drama X", "in Ana Ruiz's X"
_MAKERS = r"(?:⟦PER\d+⟧(?:['’]s?)? (?:[a-z-]+ ){0,2}?)?"

#: an aside between a name and its verb: "Mara Quinn - widely dubbed the best actress of her time - starred in"
_ASIDE = r"(?: [-–—] (?:(?!⟦PER)[^-–—])(?:(?!⟦PER)[^-–—]){0,70}? [-–—](?= ))?"

#: lowercase words describing a role before its name: "anti-war Harbor Pictures founder Meg Lane", "intrepid archaeologist X"
_DESCRIBED = r"(?:(?:(?!(?:with|for|in|on|at|to|by|from|and|or|but|the|a|an|of|alongside|opposite|against|his|her|their|him|them|it|again|as|that|who|which)\b)[a-z-]+ ){1,2}(?:⟦ORG\d+⟧ (?:[a-z-]+ ){1,2})?)?"

#: what may open a sentence before its pronoun subject: "When she...", "In 1961 she...", "The year before that she..."
_LEAD = r"(?:(?!⟦PER)[^\s\"“”]+,? ){0,6}?"

#: credit verbs that a writer-director lists together: "who wrote, directed and executive produced the series"
_CREDIT_VERB = r"(?:wrote|co-wrote|directed|co-directed|(?:executive |co-)?produced|created|starred in|edited)"
_CREDIT_VERBS = r"(?:" + _CREDIT_VERB + r"(?:,| and|, and) )*" + _CREDIT_VERB


def _who_credits(verb: str) -> str:
    """"X – who wrote, directed and produced the series –", "X, who directed and starred in Y": the person's credits."""
    return (r"(?P<o>{PER}),?(?: [-–—])? who (?:also )?(?=(?:" + _CREDIT_VERB + r"(?:,| and|, and) )*" + verb + r"\b)"
            + _CREDIT_VERBS + r" (?P<s>{FILMREF})")


def _which_credits(verb: str) -> str:
    """"X won for Y, which he wrote, directed and starred in": the sentence's person made the film."""
    return (r"(?P<o>{PER})(?:(?!⟦PER)[^.;])*? (?P<s>{FILM}),? which (?:he|she|they) (?:also )?(?=(?:" + _CREDIT_VERB
            + r"(?:,| and|, and) )*" + verb + r"\b)" + _CREDIT_VERBS + r"(?:\.|,|$| in (?:[^⟦]*)$)")


def _listed_credits(verb: str) -> str:
    """"Sam Lee, 45, wrote, directed and starred in the film": two or more credits listed after the name, no "who"."""
    return (r"(?P<o>{PER})(?:, \d{1,3},)? (?:also |both |has |had )?(?=" + _CREDIT_VERB + r"(?:,| and|, and) )(?=(?:"
            + _CREDIT_VERB + r"(?:,| and|, and) )*" + verb + r"\b)" + _CREDIT_VERBS + r" (?P<s>{FILMREF})")


#: one title of a list, with what may come before it: "the 2008 drama X", "2011's X", "the Dana Holt movie X"
_LIST_ITEM = r"(?:(?:the|a|an) )?(?:⟦DATE\d+⟧(?:['’]s)? )?(?:(?:[a-z-]+|⟦PER\d+⟧(?:['’]s)?) ){0,3}?⟦FILM\d+⟧(?: \(⟦DATE\d+⟧\))?"
#: a career list: "films including X, Y and Z", "such high profile movies as X, Y", "projects like the 2008 drama X"
_CAREER_LIST = (r"(?:⟦(?:FRAN|ORG|DATE)\d+⟧|⟦PER\d+⟧['’]s|(?!⟦)[^.;:!?]){0,60}?(?:films|movies|shows|series|projects|productions|dramas|comedies|blockbusters|"
                r"roles|features|hits|titles|thrillers)(?:(?:,)? (?:including|such as|like|as) |: )(?P<s>" + _LIST_ITEM
                + r"(?:(?:,| and|, and|,? as well as) " + _LIST_ITEM + r")*)")
_ACTED = r"(?:starred|appeared|featured|acted|had roles|had parts|played|been seen)"
_SINCE = r"(?:who |has |had |have |also |previously |since |past |already |gone on to |went on to )*"


#: words after which a name opens a clause ("actress X, who...", "winners included X, who..."): one fixed-width
#: look-behind each
_AFTER_CLAUSE_WORD = "|".join(rf"(?<=\b{w} )" for w in
                              "and but But while as actress actor star included includes newcomer veteran".split())


#: how a credit names a person by descent, prize or standing: "directed by Paris-born X", "by Lantern-winning X"
_WHO_LIKE = (r"(?:(?:⟦AWD\d+⟧-[\w-]+|[\w-]+-(?:born|winning|nominated)|[A-Z][a-z]+(?:an|ese|ish|ian|ch)|acclaimed|veteran|"
             r"first-time|legendary|famed|celebrated|newcomer|debut) ){1,2}")


#: people with their ages, as the tabloids list them: "Mara Quinn, 46, and Theo Blackwood, 60,"
_PERS_AGED = r"⟦PER\d+⟧(?:, \d{1,3},?)?(?:(?:,| and|, and| &|, &) ⟦PER\d+⟧(?:, \d{1,3},?)?)*"


#: a sentence that opens with an epithet for its person: "The actress, 35,", "The 60-year-old actor, who", "Film: The star also"
_EPITHET = (r"^(?:[\w' -]{1,30}: )?The (?:[\w-]+ ){0,2}?(?:actor|actress|star)(?:, \d+,)?(?:,? who)?"
            r"(?: (?:also|will|now|currently|is|has|had|earlier|previously|once|later))*")


#: what may stand between "played by" and the actor: "an unrecognisable", "Harbor Pictures newcomer", "Lantern winner"
_BY_WHOM = r"(?:(?:an? |the )?(?:(?!⟦(?:PER|FILM)|and\b|or\b)[^\s,;()]+ ){0,4}?)?"


#: "X, as well as next year's Harbor Pictures directed by Y": a title the tagger took for a company stands right before
#: the verb, so the film named earlier is not the one directed
_NOT_AFTER_COMPANY = r"(?<!⟦ORG\d⟧ )(?<!⟦ORG\d\d⟧ )(?<!⟦ORG\d\d\d⟧ )"


#: up to three words between a possessive and its title that are no preposition: "Ana Ruiz's martial arts epic X",
#: never "Ana Ruiz's comments on X"
_PLAIN_WORDS = (r"(?:(?:(?!(?:on|about|in|for|with|to|at|of|and|or|from|by|over|after|before|than|as|like|against)\b)"
                r"[a-z-]+|⟦DATE\d+⟧(?:['’]s)?) ){0,3}?")


#: a sentence about directing prizes: there "Night Orchard's Ana Ruiz" is the film's director, not its star
DIRECTOR_TALK = r"\b(?:best director|director category|best directing|directing (?:prize|award|category|nomination))\b"


RULES = [
    Rule("cast.person_stars_in", "cast_member",
         r"(?P<o>" + _PERS_AGED + r")(?: and (?:his|her|their) [a-z-]+)?" + _ASIDE + r",?(?: [-–—])?(?: who)? " + _CAST_VERB + _WITH_OTHERS + r"(?: as (?:[a-z-]+ ){0,2}?(?:⟦PER\d+⟧['’]?s? (?:[a-z-]+ ){1,2})?{CHAR}(?: \([^()]{1,60}\))?)? in (?:⟦(?:ORG|FILM)\d+⟧['’]s |" + _MAKERS + r")?(?P<s>{FILMREF}(?:(?:,| and|, and) ⟦FILM\d+⟧(?![\w'’-]))*)(?: as {CHAR})?",
         examples=("Mara Quinn stars in Night Orchard as Lila.", "Theo Blackwood appeared in Harbor Lights.",
                   "Mara Quinn, 46, and Theo Blackwood, 60, star in the comedy Night Orchard.",
                   "Theo Blackwood also appeared in Night Orchard, Harbor Lights and Copper Rain.",
                   "Theo Blackwood - widely dubbed the country's favourite actor - starred as gendarme Max Crane in the 1964 comedy film Night Orchard.",
                   "Max Crane (Theo Blackwood, currently starring in Night Orchard) returns.",
                   "Mara Quinn currently stars as lead character Max Crane's mother Lila in the hit series Night Orchard.",
                   "Rising star: Mara Quinn also stars in Streamly's Night Orchard, a comedy.",
                   "Mara Quinn and her daughter recently appeared in Night Orchard together.",
                   "Mara Quinn, Theo Blackwood and Dana Holt are co-starring in the film Night Orchard, due next year.",
                   "Mara Quinn starred alongside Theo Blackwood, Dana Holt and Sam Lee in Ana Ruiz's war drama Night Orchard.")),
    Rule("cast.film_stars_people", "cast_member",
         r"(?P<s>{FILMREF})(?: also| will| which| that)? (?:stars|starred|starring|co-stars|features|featured|will star|also stars) (?P<o>{PERS}" + _ALONGSIDE + r")(?: as {CHAR})?",
         examples=("The film also stars Theo Blackwood, Dana Holt, and Sam Lee.",
                   "Meanwhile Night Orchard starred Sam alongside blond bombshell Theo Blackwood of Harbor Lights fame.")),
    Rule("cast.and_also_stars", "cast_member",
         r"(?:,|,? and) (?:also )?(?:stars|co-stars|features) (?P<o>{PERS}" + _ALONGSIDE + r")(?: as {CHAR})?",
         subject="sentence",
         examples=("Harbor Lights opens in April, and also stars Dominic Vale and June Harper.",)),
    Rule("cast.film_comma_starring", "cast_member",
         r"(?P<s>{FILMREF})(?:,?(?: (?!⟦FILM)\S+){1,7}?)?,? (?:starring|featuring|led by|fronted by) (?P<o>{PERS})(?: as {CHAR})?",
         examples=("Night Orchard, starring Mara Quinn and Theo Blackwood, opens soon.",),
         counter_examples=("Night Orchard opens with a party.",)),
    Rule("cast.film_star_person", "cast_member",
         r"(?P<s>{FILM})(?:['’]s)? (?:(?:film|movie|series|show) )?(?:(?:director|writer|producer|creator) and )?(?:star|stars|actor|actress|co-star|co-stars|costar|costars|lead|leading man|leading lady|newcomer) (?P<o>{PERS})",
         examples=("Night Orchard star Theo Blackwood paid tribute.", "Dana Holt beat his Night Orchard film co-star Sam Lee.",
                   "She praised her Night Orchard director and co-star Sam Lee.")),
    Rule("cast.person_star_of", "cast_member",
         r"(?P<o>{PER}),? (?:the |a |who is the )?(?:star|stars|lead|co-star) of (?P<s>{FILMREF})",
         examples=("Mara Quinn, the star of Night Orchard, spoke.",)),
    Rule("cast.cast_as_in", "cast_member",
         r"(?P<o>{PERS}) (?:has been|have been|was|were|is|are|had been|will be|being)? ?(?:cast|tapped|signed|picked|chosen|hired|set|confirmed|announced) (?:to play {CHAR} |as {CHAR} )?(?:in|for|to star in) (?P<s>{FILMREF})",
         examples=("Theo Blackwood has been cast as Ray Dunn in Night Orchard.",)),
    Rule("cast.joins", "cast_member",
         r"(?P<o>{PERS}) " + _JOIN_VERB + r" (?:(?:his|her|their|the) (?:roles?|part|character)s? (?:(?:as|of) {CHAR} )?(?:for|in) |the cast of |the (?:film|movie|series) )?(?:(?P<s>{FILMREF})|(?:the )?⟦FRAN\d+⟧ (?:franchise|series|saga)['’]s (?:latest|new|next|upcoming|third|fourth|fifth) (?:film|movie|instalment|installment|entry|chapter|outing))(?: as {CHAR})?",
         subject="sentence",
         examples=("Theo Blackwood and Sam Lee will be reprising their roles for Night Orchard.",
                   "Night Orchard is out. Dana Holt is reprising her role of Old Meg in the Copper Rain franchise’s latest film.")),
    Rule("cast.pronoun_played_character", "cast_member",
         r"^(?:[\w' -]{1,30}: )?(?:He|She) (?:also |has |had |famously |previously |once )?(?:played|plays|portrayed|portrays) (?:[a-z-]+ ){0,3}?(?:character|role of|part of) {CHAR}(?! (?:in|on|for) )",
         subject="main", obj="pronoun",
         examples=("The drama Night Orchard is back. Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. She played legendary character Lila Moss until 2018.",),
         counter_examples=("The drama Night Orchard is back. Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. She played the character Lila Moss in Harbor Lights.",)),
    Rule("cast.plays_in", "cast_member",
         r"(?P<o>{PER})(?:, \d{1,3},)?,?(?: [-–—])?(?: who)? (?:famously |memorably |also |once |previously |notably |first )?(?:plays|played|will play|will be playing|is set to play|is set to portray|set to play|set to portray|can (?:next )?be seen playing|is playing|portrays|portrayed|will portray|voices|voiced|will voice|to play|play|(?:stars|will star|is set to star|set to star|will feature|will appear|is starring) as) (?:the role of |the part of |the voice of )?" + _DESCRIBED + r"(?:{CHAR}(?! ⟦FILM)(?![^.;]{0,80}\brespectively\b)|" + _RESPECTIVELY + r")(?: again)?(?: in (?P<s>{FILMREF}(?:(?:,| and|, and) ⟦FILM\d+⟧)*))?",
         subject="sentence",
         examples=("Dana Holt, who plays Old Meg again in Night Orchard, laughed.",
                   "Night Orchard starts filming. Dana Holt, 41, is set to portray legendary filmmaker Max Crane.",
                   "Night Orchard starts filming. Australian actress Dana Holt (far right) will feature as Old Meg.",
                   "Night Orchard is nominated, including for Dana Holt who played anti-war Harbor Pictures founder Meg Lane.",
                   "Mara Quinn portrayed The Old One in Night Orchard and Harbor Lights.",
                   "The show opened with Mara Quinn, who famously played Lila Moss in 1991 film Night Orchard.",
                   "The series Night Orchard is back. On Saturday, Theo Blackwood - who plays newspaper editor Max Crane - shared a snap.",
                   "Night Orchard is back. Co-stars Sam and Theo Blackwood - who play Lila Moss and Max Crane respectively - smiled.")),
    Rule("cast.role_in", "cast_member",
         r"(?P<o>{PER})(?:['’]s|['’])? (?:\S+ ){0,2}?(?:role|turn|performance|character|part) (?:as {CHAR} )?in (?P<s>{FILMREF})",
         examples=("Mara Quinn's star-making role in Night Orchard won praise.",)),
    Rule("cast.as_in", "cast_member",
         r"(?P<o>{PER}) as {CHAR} in (?P<s>{FILMREF})",
         examples=("The cast includes Mara Quinn as Lila in Night Orchard.",)),
    Rule("cast.is_in", "cast_member",
         r"(?P<o>{PER})(?:['’]s| is| was) (?:also )?in (?P<s>{FILMREF})(?: as well| too)?",
         confidence=0.6, examples=("Because Theo's in it as well, it works.",)),
    Rule("cast.which_stars", "cast_member",
         r"(?P<s>{FILMREF}),?(?: [-–—])? which (?:also )?(?:stars|starred|features|featured|co-stars|co-starred|costars|costarred) (?:the late |(?:⟦FILM\d+⟧|[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|the|and|in|a)){0,6})['’]s )?(?P<o>{PERS})(?: as {CHAR})?",
         examples=("Mara Quinn starred in the 2013 film “Harbor Lights,” which also featured the late Theo Blackwood.",
                   "The new arrival Night Orchard, which stars The Last Orchard Of The Pines's Theo Blackwood, came third.")),
    # "Night Orchard features an all-star cast including A, B and C", "the film's cast includes A and B",
    # "the cast of Night Orchard also includes A": the people listed are the film's cast
    Rule("cast.cast_includes", "cast_member",
         r"(?:(?P<s>{FILMREF}),?(?: (?:also|which|that|now))? (?:features|featured|boasts|boasted|brings together|brought together|assembled|assembles|has|had)(?: an?| the)? (?:[a-z-]+ ){0,3}?cast"
         r"|(?P<s2>{FILM})['’]?s? (?:[a-z-]+ ){0,2}?cast|(?:[Tt]he|[Ii]ts|[Ww]hose) (?:(?:film|movie|show|series)['’]s )?(?:[a-z-]+ ){0,2}?cast(?: of (?P<s3>{FILMREF}))?)"
         r",?(?: (?:also|now))? (?:includes|included|including|features|featuring|boasts|comprises|is made up of|of)(?: the likes of)? (?:(?:[a-z-]+ |[A-Z][a-z]+ ){0,2}?(?:actors?|actress(?:es)?|stars?) )?(?P<o>{PERS})(?! \()",
         subject="sentence",
         examples=("Night Orchard features an all-star cast including Mara Quinn, Theo Blackwood and Dana Holt.",
                   "In addition to Sam Lee, the film's cast includes Mara Quinn and Dana Holt.",
                   "The cast of Night Orchard also includes British actors Theo Blackwood and Dana Holt.",
                   "Directed by Ana Ruiz, the film boasts a cast of Theo Blackwood, Dana Holt, and Sam Lee."),
         counter_examples=("Mara Quinn posed with the cast of Night Orchard.",)),
    # "She stars as Lila in Night Orchard – joining actors A and B", "stars in Night Orchard alongside A"
    Rule("cast.in_film_alongside", "cast_member",
         r"(?:stars?|starring|starred|co-stars?|co-starring|appears?|appearing|appeared|cast|plays|played|playing|role) (?:as (?:[a-z-]+ ){0,3}?{CHAR} |(?:(?!⟦(?:PER|FILM)|(?:judge|host|presenter|mentor|contestant|panellist|panelist|guest)s?\b)[^.;:!?]){0,60}?)in (?P<s>{FILMREF}),?(?: [-–—])? (?:alongside|opposite|joining|together with)"
         r" (?:(?:fellow |co-)?(?:actors?|actress(?:es)?|stars?|co-stars?) )?(?P<o>{PERS})",
         examples=("The actor stars as Agent Crane in “Night Orchard” – joining actors Mara Quinn and Dana Holt.",
                   "Theo Blackwood starred in the thriller Night Orchard alongside Mara Quinn."),
         counter_examples=("Theo Blackwood starred in Night Orchard, which opened alongside Harbor Lights.",
                           "Dana Holt is appearing as a judge in the talent show Night Orchard alongside Sam Lee.")),
    Rule("cast.costars", "cast_member",
         r"(?:his|her|their) (?:\S+ )?(?P<s>{FILM})['’]?s? (?:co-?stars?|castmates?|cast-mates?) (?P<o>{PERS})",
         examples=("Dana Holt posed with his “Night Orchard” costars Mara Quinn and Theo Blackwood.",)),
    Rule("cast.own_costars", "cast_member",
         r"(?P<o>{PER}) (?:(?!⟦(?:PER|FILM))[^.;:?!]){0,80}?(?:his|her|their) (?:[a-z-]+ )?(?P<s>{FILM})['’]?s? (?:co-?stars?|castmates?|cast-mates?)\b",
         examples=("Theo Blackwood also highlighted a fun appearance with his Night Orchard costars Mara Quinn and Dana Holt.",
                   "You would think that veteran actor Dana Holt has plenty of advice for her Night Orchard costar Sam Lee.")),
    Rule("cast.who_role_in", "cast_member",
         r"(?:^|(?<=[,:;(–—-] )|" + _AFTER_CLAUSE_WORD + r")(?:[A-Z][\w-]* )?(?P<o>{PER}),?(?: who)? (?:(?!⟦(?:PER|FILM))\S+ |(?:at|by) ⟦PER\d+⟧ ){1,14}?(?:his|her|their) (?:[a-z-]+ ){0,2}?(?:role|turn|performance|part)(?: as {CHAR}| as [a-z][^,⟦]{0,40}?)? (?:in|on) (?:⟦(?:PER|FILM)\d+⟧['’]s? )?(?P<s>{FILMREF})(?!['’]s? [A-Z])",
         examples=("British star Theo Blackwood is second favourite at Harbor Bet to take the award, for his performance in Night Orchard.",
                   "Other winners included Mara Quinn, who took best actress for her role as a drug smuggler in the drama Night Orchard.",
                   "Mara Quinn, who is up for an award for her role in Night Orchard, arrived early.",
                   "Mara Quinn was best known for her role as Lila Moss on the spoof series Night Orchard."),
         counter_examples=("Mara Quinn said her daughter's role in Night Orchard was small.",
                           "Mara Quinn is second favourite with Theo Blackwood to take the award, for her performance in Night Orchard.",
                           "In 2006, he received Harbor Prize and Lantern nominations for his role in Night Orchard.")),
    Rule("cast.takes_lead_role", "cast_member",
         r"(?P<o>{PER}) (?:also )?(?:takes|took|has taken|takes on|took on|landed|lands|plays|played|has|had|scored|won) (?:the|a) (?:lead|leading|title|starring|main|central|pivotal|key) role in (?P<s>{FILMREF})(?: as {CHAR})?",
         examples=("Mara Quinn takes the lead role in Night Orchard as Lila Moss, a teenager who must survive.",)),
    Rule("cast.made_debut_in", "cast_member",
         r"(?P<o>{PER}) (?:(?!⟦PER)[^.;:!?]){0,100}?(?:made|makes|making|make) (?:her|his|their) (?:[a-z-]+ )?debut(?: as {CHAR}| as (?P<character99>the (?:eponymous|titular|title) [a-z]+)| as (?:the |a )?[a-z][a-z -]{0,30}?)?(?: ⟦DATE\d+⟧| in ⟦DATE\d+⟧,?)? in (?P<s>{FILMREF})",
         examples=("Mara Quinn is a rising star who made her debut as Lila Moss in Night Orchard, the hit spin-off.",
                   "Mara Quinn said Night Orchard is out at the right time, despite making her debut as the eponymous hero a decade ago in Harbor Lights.",
                   "Theo Blackwood made his acting debut in 1950 in Night Orchard.")),
    Rule("cast.caption_in", "cast_member",
         r"^(?:[\w' -]{1,30}: )?(?P<o>{PERS}) (?:as {CHAR} )?in (?P<s>{FILM})(?: \([^()]*\))?[.!]?$",
         examples=("Theo Blackwood in Night Orchard",),
         counter_examples=("Theo Blackwood in Night Orchard and elsewhere.",)),
    Rule("cast.character_brackets_aside", "cast_member",
         r"(?<![\w⟧’'])(?P<character>(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}|⟦PER\d+⟧)) \((?P<o>{PER}), (?:⟦DATE\d+⟧ |currently |now |also |recently )?(?:starring|seen|appearing|who|best known|known|fresh)\b",
         subject="main",
         examples=("The film Night Orchard is back. Max Crane (Theo Blackwood, currently starring in Harbor Lights) returns.",),
         counter_examples=("The film Night Orchard is back. Harbor Lights (Theo Blackwood, 34) returns.",)),
    Rule("cast.starring_opening", "cast_member",
         r"^(?:[\w' -]{1,30}: )?(?:Starring|Also starring|Co-starring|Featuring) (?P<o>{PERS}), (?:the|this|it|which|a|an|⟦FILM)",
         subject="sentence",
         examples=("Starring Theo Blackwood, Mara Quinn and Dana Holt, the first Night Orchard is a sci-fi epic.",),
         counter_examples=("Starring Theo Blackwood, Mara Quinn and Dana Holt is a dream for Ana Ruiz.",)),
    Rule("cast.lands_part", "cast_member",
         r"(?P<o>{PER})(?:(?!⟦PER)[^.;?!]){0,60}? (?:landing|landed|lands|land|bagged|bagging|scored|scoring|secured|securing|snagged|nabbed) (?:a|an|the) (?:[a-z-]+ ){0,2}?(?:role|part)(?: as {CHAR})? in (?:(?:(?:new|the|a|an) )?(?:(?:⟦(?:FILM|ORG)\d+⟧|[\w-]+) ){0,2}?(?:series|film|movie|show|drama|comedy|thriller|sequel|miniseries|mini-series) (?P<s>{FILM})|(?P<s2>{FILMREF}))",
         examples=("Theo Blackwood, 41, is set for fame after landing a part in new Streamly series Night Orchard.",
                   "Mara Quinn has landed a leading role in Night Orchard.")),
    Rule("cast.wrapped_opposite", "cast_member",
         r"(?P<o>{PER}) (?:(?!⟦PER)\S+ ){1,5}?(?P<s>{FILM}),? opposite ⟦PER",
         examples=("Mara Quinn had just wrapped the dramedy Night Orchard opposite Theo Blackwood.",)),
    Rule("cast.film_possessive_person", "cast_member",
         r"(?P<s>{FILM})['’]s (?P<o>{PER})(?! (?:said|says|told|director|producer|writer|creator|author))",
         confidence=0.6,
         examples=("The cameos go to “Night Orchard’s” Mara Quinn and others.",),
         traits=frozenset({"director_talk_veto"})),
    Rule("director.film_possessive_in_director_talk", "director",
         r"(?:^(?=.*" + DIRECTOR_TALK + r").*?|(?=.*" + DIRECTOR_TALK + r"))(?P<s>{FILM})['’]s (?P<o>{PER})(?! (?:said|says|told|producer|writer|creator|author|star))",
         confidence=0.6,
         examples=("Dana Holt is the outsider in the best director category, a position she holds with Night Orchard's Ana Ruiz.",
                   "Night Orchard's Ana Ruiz is the favourite for best director."),
         counter_examples=("The cameos go to Night Orchard's Mara Quinn and others.",)),
    Rule("cast.of_fame", "cast_member",
         r"(?P<o>{PER}),? of (?P<s>{FILM}) fame",
         examples=("The role went to Mara Quinn of “Night Orchard” fame.",)),
    Rule("cast.its_star", "cast_member",
         r"(?:[Ii]ts|[Tt]he (?:film|movie|show|series)['’]s) (?:\w+ )?(?:star|stars|lead|leads|leading man|leading lady),? (?:the (?:[\w-]+ ){0,2}?(?:actress|actor|newcomer) )?(?P<o>{PERS})",
         subject="sentence",
         examples=("The drama Night Orchard won best film, and its star Mara Quinn won best actress.",
                   "Night Orchard earned a prize for its director, Ana Ruiz, and its young star, the 18-year-old actress Mara Quinn.")),
    Rule("cast.opposite", "cast_member",
         r"(?P<s>{FILM}),? opposite (?P<o>{PERS})",
         examples=("He was known for his lead role in “Night Orchard,” opposite Mara Quinn.",)),
    Rule("cast.opposite_in", "cast_member",
         r"opposite (?P<o>{PERS}) in (?P<s>{FILMREF})",
         examples=("She made a big impression opposite Mara Quinn and Dana Holt in the feature film Night Orchard.",)),
    Rule("cast.cast_in_with", "cast_member",
         r"(?:cast|starred|starring|appeared|co-starred|costarred) (?:\S+ ){0,2}?in (?P<s>{FILMREF}) (?:alongside|with|opposite) (?P<o>{PERS})",
         examples=("In 1958 she was cast in the film Night Orchard with Theo Blackwood.",)),
    # "Night Orchard, in which Mara Quinn starred with Theo Blackwood", "the drama X, in which she starred alongside A and B"
    Rule("cast.in_which_stars", "cast_member",
         r"(?P<s>{FILMREF}),? in which (?P<o>" + _PERS_AGED + r") (?:also )?(?:stars|starred|co-stars|co-starred|appears|appeared|plays|played)\b",
         examples=("Night Orchard, in which Mara Quinn starred with Theo Blackwood, was the most popular film.",)),
    Rule("cast.in_which_costars", "cast_member",
         r"(?P<s>{FILMREF}),? in which (?:⟦PER\d+⟧|he|she|they) (?:also )?(?:stars|starred|co-stars|co-starred|appears|appeared) (?:with|alongside|opposite) (?P<o>" + _PERS_AGED + r")",
         examples=("Night Orchard, in which Mara Quinn starred with Theo Blackwood, was the most popular film.",
                   "She starred in the indie drama Night Orchard, in which she starred alongside Theo Blackwood and Dana Holt.")),
    Rule("cast.costarred_with_in", "cast_member",
         r"(?:starred|stars|star|starring|co-starred|co-stars|costarred|appeared|appears|acted|shared the screen) (?:alongside|with|opposite) (?:(?:⟦AWD\d+⟧[- ])?[a-z-]+ )?(?P<o>{PERS})(?:, \d+,)? in " + _MAKERS + r"(?P<s>{FILMREF})",
         examples=("When she co-starred with Theo Blackwood in Night Orchard he fell in love.",
                   "The 29-year-old actress stars opposite Theo Blackwood, 31, in Night Orchard.",
                   "He starred with Lantern winner Theo Blackwood in 2016's Night Orchard.")),
    # "The actress, 35, will star as Lila in Night Orchard", "The actor is returning to his role as Max Crane": the
    # epithet stands for the person of the previous sentence or of the article, like a pronoun
    Rule("cast.epithet_stars_in", "cast_member",
         _EPITHET + r" (?:stars?|starred|starring|co-stars?|co-starred|appears?|appeared) (?:as (?:[a-z-]+ ){0,3}?{CHAR} )?"
         r"(?:(?:opposite|alongside|with) ⟦PER\d+⟧(?:, \d+,)? )?in (?:and (?:directs|directed|produces|produced|writes|wrote) )?(?P<s>{FILMREF})",
         obj="pronoun",
         examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The actress, 35, will star as Lila Moss in Night Orchard.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The 54-year-old actress stars in and directs Night Orchard."),
         counter_examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The actress said she loved Night Orchard.",)),
    Rule("cast.epithet_plays", "cast_member",
         _EPITHET + r" (?:plays|played|play|portrays|portrayed|portray|stars as|starred as|star as|voices|voiced) "
         r"(?:the (?:main |lead |title |central )?(?:character|role|part) (?:of )?)?(?:(?![A-Z⟦])[\w-]+ ){0,4}?{CHAR}(?:, [^,⟦]{1,60},)?"
         r"(?: in (?P<s>{FILMREF})|(?=[.;:!?]|$|,? and |, who\b))",
         subject="alone", obj="pronoun",
         examples=("The film Night Orchard opens. Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The actress plays the main character Lila Moss.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The actress, who plays new female agent Lila Moss in Night Orchard, posed."),
         counter_examples=("The film Night Orchard opens. Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The actress played Lila Moss in a 1990 drama.",
                           "The film Night Orchard opens. Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The actress, 28, played Lila, the first Harbor Pictures agent, in three dramas.")),
    Rule("cast.epithet_returns_to_role", "cast_member",
         _EPITHET + r" (?:set to |going to |to |expected to |due to )?(?:reprise|reprises|reprising|reprised|return to|returns to|returning to|"
         r"returned to|resume|resumes|resuming|take on|takes on|taking on|took on) (?:her|his|their|the) (?:[a-z-]+ )?role (?:as|of) {CHAR}"
         r"(?: in (?P<s>{FILMREF})|(?! (?:in|on|at)\b))",
         subject="alone", obj="pronoun",
         examples=("The film Night Orchard opens. Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The actress will reprise her role as Lila Moss.",
                   "The film Night Orchard opens. Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The actress, 56, is returning to her role as Lila Moss for the sequel."),
         counter_examples=("The film Night Orchard opens. Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The actress will reprise her role as Lila Moss in a 2025 sequel.",)),
    Rule("cast.whose_role_was_in", "cast_member",
         r"(?P<o>{PER}),? whose (?:[a-z-]+ ){0,3}?(?:role|appearance|film|movie|part|credit|performance|screen role)s? (?:was|were|came) (?:in )?(?:(?P<s>{FILMREF})|⟦DATE\d+⟧['’]s (?P<s2>{FILM}))",
         examples=("London-born Mara Quinn, whose first screen appearance was in 1986's Night Orchard, held up the award.",)),
    Rule("cast.set_to_star_alongside", "cast_member",
         r"(?P<o>{PER} (?:is |are |was |were )?(?:set|due|expected|slated|confirmed|tipped|poised) to (?:co-)?star(?: in (?P<s>{FILMREF}))? (?:alongside|opposite|with) (?:[A-Za-z-]+ ){0,2}?{PERS})",
         subject="sentence",
         examples=("The first film in the deal is Night Orchard, with Mara Quinn set to star alongside American actors Theo Blackwood and Dana Holt.",)),
    Rule("director.directed_someone_in", "director",
         r"(?P<o>{PER})(?:, [^,⟦]{1,60}(?:⟦PER\d+⟧[^,⟦]{0,20})?,)? (?:previously |also |once |first |later )?directed (?:him|her|them|his [a-z]+|her [a-z]+|their [a-z]+) in (?:(?P<s>{FILMREF})|⟦DATE\d+⟧['’]s (?P<s2>{FILM}))",
         examples=("Ana Ruiz, whose father was the producer Sam Lee, previously directed his mother in 2002's Night Orchard.",)),
    Rule("cast.person_starring_film", "cast_member",
         r"(?P<o>{PER})[-–—]starring (?P<s>{FILM})",
         examples=("Fans saw the Mara Quinn–starring Night Orchard.",)),
    Rule("cast.character_played_by", "cast_member",
         r"(?:[Vv]illain |[Hh]ero |[Cc]haracter |[Aa]gent |^)?{CHAR},? (?:(?:the (?:film|movie|show|series)['’]s )?[a-z -]{0,30},? )?(?:who is |who was |is |was )?(?:played|portrayed|voiced) by " + _BY_WHOM + r"(?P<o>{PER})",
         subject="sentence",
         examples=("The trailer shows the film's villain Max Crane, played by Theo Blackwood.",
                   "Fans meet Max Crane, the film's chief villain, played by Theo Blackwood.",
                   "She shares the house with Max Crane, played by Harbor Pictures newcomer Theo Blackwood.")),
    # "returning Max Crane (played by Theo Blackwood) to the town", "an officer (played by Theo Blackwood) hangs up",
    # "Lila (played by Mara Quinn) in 2019's Night Orchard": the bracket names who plays the role before it
    Rule("cast.played_by_brackets", "cast_member",
         r"(?:^(?:[\w' -]{1,30}: )?In (?:the )?(?:[\w-]+ ){0,2}?(?P<s2>{FILM}),? (?:(?!⟦FILM)[^()])*?)?"
         r"(?:{CHAR}|(?<![\w⟧])(?![A-Z])[\w-]+) \((?:who is |who was )?(?:played|portrayed|voiced) by " + _BY_WHOM
         + r"(?P<o>{PERS})\)(?: in (?:⟦DATE\d+⟧['’]s )?(?P<s>{FILM}))?",
         subject="alone",
         examples=("It follows Max Crane (played by Theo Blackwood) as he leaves town.",
                   "Max Crane is called by an officer (played by an unrecognisable Theo Blackwood) who hangs up.",
                   "She loved Max Crane (played by Theo Blackwood) in 2019's Night Orchard.",
                   "In Night Orchard the main characters (played by Mara Quinn and Theo Blackwood) were spouses.",
                   ),
         counter_examples=("Mara Quinn's first film (Night Orchard, produced by Theo Blackwood) flopped.",)),
    Rule("cast.the_film_star", "cast_member",
         r"^(?!.*⟦PER\d+⟧['’]s? )(?:[\w' -]{1,30}: )?(?:(?:On|In|At|Earlier|Later|Last|Meanwhile|Now|Then|However|Elsewhere) (?:[^,⟦]{0,30}?|⟦DATE\d+⟧),? )?(?:[Tt]he|[Ff]ormer|[Ee]x-)(?: (?:[\w-]+ )?)?(?P<s>{FILM}) (?:star|superstar|actor|actress|favourite|favorite|legend|icon|heartthrob)(?:,| [a-z])",
         obj="main_person",
         examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The Night Orchard star, 22, stepped out on Saturday.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. On Wednesday, the Night Orchard star was honored by fans.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The 65-year-old Night Orchard superstar looked relaxed."),
         # someone's partner, relative or friend is another person than the article's: "never left Mara's side"
         counter_examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The Night Orchard actor never left Mara's side.",)),
    Rule("cast.pronoun_starred_in", "cast_member",
         r"^(?:[\w' -]{1,30}: )?" + _LEAD + r"(?:She|she|He|he) (?:\S+ ){0,3}?(?:starred|stars|appeared|played|plays|portrayed|co-starred|costarred|role|part|cast|impression) (?:(?:as )?(?:\S+ ){0,7}?)?(?:in|on) (?:⟦(?:ORG|PER)\d+⟧(?:['’]s)? |⟦FILM\d+⟧['’]s )?(?P<s>{FILMREF}(?:(?:,| and|, and) ⟦FILM\d+⟧(?![\w'’-]))*)",
         obj="pronoun",
         examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. She got her breakout role playing Lila on Streamly's Night Orchard.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. She also starred in the 2010 film Night Orchard.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. But she became famous when she starred in Night Orchard.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. When she co-starred with Theo Blackwood in Night Orchard, he fell for her.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. She was first cast as an extra in Dana Holt's 1951 film Night Orchard.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. She also played a member of the Vesper tribe (pictured) in the 2015 blockbuster Night Orchard.")),
    Rule("cast.career_list", "cast_member",
         r"(?P<o>{PER})(?:, \d{1,3},)?,? " + _SINCE + _ACTED + r" in" + _CAREER_LIST,
         examples=("Mara Quinn has appeared in films including Night Orchard, Harbor Lights and Copper Rain.",
                   "He spoke to Mara Quinn, who has starred in three of Ana Ruiz's films: Night Orchard (1984), Harbor Lights (1991) and Copper Rain (2009).",
                   "Mara Quinn also appeared in a number of Streamly movies including 2018's Night Orchard and Harbor Lights.")),
    Rule("cast.most_recent_of_which", "cast_member",
         r"(?P<o>{PER}),? " + _SINCE + _ACTED + r" in (?:⟦(?:FRAN|ORG|DATE)\d+⟧ |(?!⟦)\S+ ){0,5}?(?:films|movies|shows|series|features|instalments|installments)(?: \w+)?, the (?:most recent|latest|last|first|best known|best-known) of which (?:was|is|came) (?P<s>{FILM})",
         examples=("Mara Quinn has appeared in four Copper Rain films total, the most recent of which was Night Orchard in 2021.",)),
    Rule("cast.film_set_to_feature", "cast_member",
         r"(?P<s>{FILMREF}){GAP},? (?:is |was |are )?(?:also )?(?:set|due|expected|slated|poised) to (?:feature|star) (?P<o>(?:[a-z-]+ )?{PER}(?:(?:,| and|, and) (?:[a-z-]+ ){0,2}?(?:⟦ORG\d+⟧ [a-z-]+ )?{PER})*)",
         examples=("The medieval period drama Night Orchard, which is being filmed in Spain, is also set to feature megastars Mara Quinn and former Harbor Pictures girl Dana Holt.",)),
    Rule("cast.pronoun_career_list", "cast_member",
         r"^(?:[\w' -]{1,30}: )?(?:She|He)(?:['’]s| " + _SINCE + r") ?" + _ACTED + r" in" + _CAREER_LIST,
         obj="pronoun",
         examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. She has also starred in acclaimed lower budget films including Night Orchard and Harbor Lights.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. She's appeared in such high profile movies as Night Orchard, Harbor Lights and Copper Rain.")),
    Rule("director.possessive_film_directed_by", "director",
         r"^(?:[\w' -]{1,30}: )?(?:[Hh]is|[Hh]er|[Tt]heir) (?:new |latest |upcoming |recent )?(?:film|movie|documentary|feature)(?: [^,⟦]{1,40})?, (?:which (?:was|is) )?(?:directed|helmed) by (?P<o>{PERS})",
         subject="sentence",
         examples=("Mara Quinn attended the premiere of Night Orchard. Her film on the singer, directed by Ana Ruiz, is a celebration.",)),
    Rule("director.director_made_film", "director",
         r"(?:[Dd]irector|[Ff]ilmmaker|[Ff]ilm-maker) (?P<o>{PER}) (?:made|shot|filmed|completed) (?P<s>{FILMREF})",
         examples=("Director Ana Ruiz made the film Night Orchard on discarded stock.",)),
    Rule("screenwriter.bracketed_writers", "screenwriter",
         r"(?P<o>{PER} \((?:one of (?:\w+ )?(?:credited )?(?:writers|screenwriters)|(?:a )?co-writer|(?:also )?(?:the )?(?:co-)?writer)(?:,? (?:along with|with|alongside) {PERS})?)\)",
         subject="sentence",
         examples=("Night Orchard is loud. Director Ana Ruiz (one of five credited writers, along with Dana Holt) keeps it moving.",)),
    Rule("director.career_list", "director",
         r"(?P<o>{PER})(?:, \d{1,3},)?,? (?!who )" + _SINCE + r"(?:directed|helmed)" + _CAREER_LIST,
         examples=("Ana Ruiz has past directed projects such as the 2008 drama Night Orchard and the Dana Holt movie Harbor Lights in 2011.",)),
    Rule("cast.pronoun_last_film", "cast_member",
         r"^(?:[\w' -]{1,30}: )?(?:Her|His|One of (?:her|his)) (?:[\w-]+ ){0,2}?(?:film|movie|role|feature|credit|films|movies|roles)s? (?:was|is|will be|came) (?:in )?(?:(?:the|a|an) )?(?:(?P<s>{FILMREF})|(?:(?:⟦DATE\d+⟧|[\w-]+) ){1,3}?(?P<s2>{FILM})|⟦DATE\d+⟧['’]s (?P<s3>{FILM}))",
         obj="pronoun",
         examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. Her last film was the 2010 TV movie Night Orchard.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. One of her most popular movies was the 1965 drama Night Orchard.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. One of her most notable roles was in the 1989 Australian mini-series Night Orchard.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. Her breakthrough role was in 1954's Night Orchard.")),
    Rule("cast.people_channel_role", "cast_member",
         r"(?P<o>{PERS}),?(?: [-–—])? (?:channel|channels|portray|portrays|play|plays|embody|embodies|share|shares) (?:the role of )?(?:[a-z-]+ ){0,3}?{CHAR} in (?:⟦PER\d+⟧(?:['’]s?)? )?(?P<s>{FILMREF})",
         examples=("Four actresses - including Mara Quinn and Dana Holt - channel painter Elsa Varga in the biopic Night Orchard.",
                   "Four actresses - including Mara Quinn and Dana Holt - channel painter Elsa Varga in Ana Ruiz's biopic Night Orchard."),
         traits=frozenset({"shared_role"})),
    Rule("cast.person_character", "cast_member",
         r"(?P<o>{PER})(?:['’]s)? (?:character|role|alter ego),? (?:is |as )?(?:[A-Z]{2,4} |⟦ORG\d+⟧ )?(?:[Aa]gent |[Dd]etective |[Cc]aptain |[Dd]octor |[Oo]fficer )?{CHAR}",
         subject="main",
         examples=("The film Night Orchard is out. Fans get a better look at Mara Quinn's character CIA Agent Lila Moss.",)),
    Rule("cast.possessive_character_brackets", "cast_member",
         r"(?P<character>⟦(?:PER|FILM|ORG)\d+⟧)(?:['’]s)? \((?P<o>{PER})\)",
         subject="main", traits=("brackets_either_way",),
         examples=("The film Night Orchard is out. The trailer shows Lila Moss's (Mara Quinn) golden armor.",)),
    Rule("cast.character_brackets", "cast_member",
         r"(?:[Cc]haracter |[Aa]gent |[Vv]illain |as |sees |of |plays )?{CHAR}(?:['’]s)? \((?P<o>{PER})\)",
         subject="main", traits=("brackets_either_way",),
         examples=("The film Night Orchard opens soon. The trailer gives fans a look at villain Max Crane (Theo Blackwood).",)),
    Rule("director.person_directed_films", "director",
         r"(?P<o>{PER})(?: ?[-–]| )?(?:\S+[-–])?directed (?:\w+ )?(?:films?|movies?|dramas?|thrillers?|comedies|comedy|drama|thriller|series|show|features?) (?P<s>{FILMS})",
         examples=("He had turns in the Ana Ruiz-directed films “Night Orchard” and “Harbor Lights.”",)),
    Rule("director.the_person_directed", "director",
         r"(?<![\w⟧])(?:[Tt]he|[Tt]his|[Tt]hat) (?:[a-z-]+ )?(?P<o>{PER})[-–](?:directed|helmed) (?:[a-z-]+ ){0,2}?(?:film|movie|flick|drama|thriller|comedy|feature|sequel|picture|blockbuster|adaptation|biopic|documentary|epic|musical|installment|instalment|chapter|entry|outing)(?![\w-])(?! ⟦FILM| (?:franchise|series|trilogy|saga|universe|films|movies))",
         subject="sentence",
         examples=("Night Orchard was due in May. However, the Ana Ruiz-directed flick was moved to June.",
                   "Expectations are high for Night Orchard, the Ana Ruiz-directed new installment which stars Mara Quinn.",),
         counter_examples=("Mara Quinn starred in an Ana Ruiz-directed thriller in 2002.",
                           "Night Orchard is out. The book on which the Ana Ruiz-directed film franchise is based sold well.")),
    Rule("director.best_director_for", "director",
         r"(?P<s>{FILMREF}) (?:\S+ ){0,6}?best (?:director|directing)(?: (?:prize|award|category|nomination|gong))? for (?P<o>{PER})",
         examples=("The drama Night Orchard is tipped to win the best director prize for Ana Ruiz.",)),
    Rule("director.who_credits", "director", _who_credits("(?:co-)?directed"),
         examples=("Ana Ruiz – who wrote, directed and executive produced the series – spoke about Night Orchard.",)),
    Rule("screenwriter.who_credits", "screenwriter", _who_credits("(?:co-)?wrote"),
         examples=("Ana Ruiz – who wrote, directed and executive produced the series – spoke about Night Orchard.",)),
    Rule("producer.who_credits", "producer", _who_credits("(?:executive |co-)?produced"),
         examples=("Ana Ruiz – who wrote, directed and executive produced the series – spoke about Night Orchard.",)),
    Rule("director.which_credits", "director", _which_credits("(?:co-)?directed"),
         examples=("Sam Lee won the prize for Night Orchard, which he wrote, directed and starred in.",)),
    Rule("screenwriter.which_credits", "screenwriter", _which_credits("(?:co-)?wrote"),
         examples=("Sam Lee won the prize for Night Orchard, which he wrote, directed and starred in.",)),
    Rule("cast.which_credits", "cast_member", _which_credits("starred in"),
         examples=("Sam Lee won the prize for Night Orchard, which he wrote, directed and starred in.",),
         counter_examples=("Sam Lee won the prize for Night Orchard, which he wrote and directed.",)),
    Rule("director.person_best_director_for", "director",
         r"(?P<o>{PER}) (?:\S+ ){0,6}?best (?:director|directing)(?: (?:prize|award|category|nomination|gong))? for (?P<s>{FILM})",
         examples=("Ana Ruiz is the outsider in the best director category for Night Orchard.",)),
    Rule("director.writer_director", "director",
         r"writer[-/]director (?P<o>{PER})", subject="sentence_only",
         examples=("Night Orchard won best screenplay, for writer-director Ana Ruiz.",)),
    Rule("screenwriter.writer_director", "screenwriter",
         r"writer[-/]director (?P<o>{PER})", subject="sentence_only",
         examples=("Night Orchard won best screenplay, for writer-director Ana Ruiz.",)),
    Rule("director.its_director", "director",
         r"(?:[Ii]ts|[Tt]he (?:film|movie)['’]s) director,? (?:\S+ ){0,2}?(?P<o>{PER})", subject="sentence_only",
         examples=("The drama Night Orchard earned a prize for its director, Paris-born Ana Ruiz.",)),
    Rule("cast.best_actor_for", "cast_member",
         r"(?P<o>{PER}) (?:\S+ ){0,6}?best (?:supporting )?(?:actor|actress)(?: (?:prize|award|category|nomination|gong))? for (?P<s>{FILM})",
         examples=("Mara Quinn is clear favourite in the best actress category for Night Orchard.",)),
    Rule("director.directed_by", "director",
         r"(?P<s>{FILMREF}){GAP},? (?:and )?(?:is |was |will be |has been |is being |being |to be )?" + _NOT_AFTER_COMPANY + r"(?:(?:written|co-written|produced) and )?(?:directed|helmed|co-directed)(?: and (?:written|co-written|produced))? by (?:(?:[\w-]+ ){0,2}?(?:⟦FILM\d+⟧ )?(?:director|filmmaker|film-maker|helmer|auteur) |" + _WHO_LIKE + r")?(?P<o>{PERS})",
         examples=("The film is being directed by Ana Ruiz with a script from Dana Holt.",
                   "The film Night Orchard - directed by Paris-born Ana Ruiz - stars Mara Quinn.",
                   "Mara Quinn appeared in Night Orchard, which was directed by British filmmaker Ana Ruiz.",
                   "The film is to be directed by Harbor Lights film-maker Ana Ruiz."),
         counter_examples=("Mara Quinn will be seen in Night Orchard, as well as next year's Harbor Pictures directed by Ana Ruiz.",)),
    Rule("director.title_director", "director",
         r"(?P<s>{FILMS})(?:['’]s)? (?:director|helmer|filmmaker|film-maker|co-director)s?(?: and (?:show |series |film )?(?:creator|co-creator|writer|co-writer|producer|showrunner))? (?P<o>{PERS})",
         examples=("Night Orchard director Ana Ruiz spoke.", "He was honored by his Night Orchard director and show creator Ana Ruiz.", "Night Orchard and Harbor Lights director Ana Ruiz won a lifetime award.",
                   "Night Orchard 2 directors Ana Ruiz and Sam Lee released a statement.")),
    Rule("director.from_director", "director",
         r"(?P<s>{FILMREF})(?: (?:\S+ ){0,2}?\S+)?,? (?:from|by) (?:(?:\w+ ){0,3}?)?(?:director|filmmaker|film-maker) (?P<o>{PER})",
         examples=("Night Orchard, from director Ana Ruiz, opens Friday.",
                   "The last film to be made by the slain Dutch director Ana Ruiz, called Night Orchard, has premiered.")),
    Rule("director.person_directs", "director",
         r"(?P<o>{PER})(?: brothers| sisters| siblings| duo)?,? (?:who |will |is set to |to |is to |has signed on to |is attached to |(?:are |is |was |were |has been |have been )?(?:also )?(?:tapped|set|slated|hired|attached|signed|expected|due|confirmed|on board|returning) to )?(?:previously |also |once |famously |recently |first |later )?(?:directed|directs|direct|helmed|helms|helm|is directing|co-directed) (?:the (?:film|movie) )?(?P<s>{FILMREF})",
         examples=("Ana Ruiz directed Night Orchard.", "The Ruiz brothers are also tapped to direct Night Orchard, due in May.",
                   "Harbor Lights will be directed by Ana Ruiz, who previously helmed the acclaimed horror movie Night Orchard.")),
    # "Ana Ruiz (Night Orchard, Harbor Lights) directs from her own script": the article's film, written and directed
    Rule("director.directs_own_script", "director",
         r"(?P<o>{PER})(?: \([^()]{1,80}\))?,? (?:also )?(?:directs|directed|will direct|is directing|co-directs|co-directed) from (?:his|her|their) own (?:script|screenplay|screen play)",
         subject="main",
         examples=("Ana Ruiz (Harbor Lights, Copper Rain) directs from her own script.",)),
    Rule("screenwriter.directs_own_script", "screenwriter",
         r"(?P<o>{PER})(?: \([^()]{1,80}\))?,? (?:also )?(?:directs|directed|will direct|is directing|co-directs|co-directed) from (?:his|her|their) own (?:script|screenplay|screen play)",
         subject="main",
         examples=("Ana Ruiz (Harbor Lights, Copper Rain) directs from her own script.",)),
    # "The director of Night Orchard, Ana Ruiz, has defended her film", "The French-born writer of X, Y"
    Rule("director.the_director_of_film", "director",
         r"(?<![\w⟧])(?:[Tt]he|[Ii]ts) (?:[\w-]+ )?(?:director|co-director|helmer|filmmaker|film-maker) of (?P<s>{FILM}),? (?P<o>{PER})",
         examples=("The French-born director of Night Orchard, Ana Ruiz, has defended her film.",)),
    # "director Ana Ruiz's martial arts epic Night Orchard", "British film-maker Ana Ruiz's Night Orchard": the film is hers
    Rule("director.director_possessive_film", "director",
         r"(?:[Dd]irector|[Ff]ilmmaker|[Ff]ilm-maker|[Hh]elmer|[Aa]uteur) (?P<o>{PER})['’]s? " + _PLAIN_WORDS + r"(?P<s>{FILM})",
         examples=("A viewer poll saw director Ana Ruiz's martial arts epic Night Orchard emerge as the favourite.",
                   "British film-maker Ana Ruiz's Night Orchard won a special prize."),
         counter_examples=("Director Ana Ruiz's comments on Night Orchard were quoted.",)),
    # "Sam Lee, 45, wrote, directed and starred in the film": a list of credits with no "who" before it
    Rule("director.listed_credits", "director", _listed_credits("(?:co-)?directed"),
         examples=("Sam Lee, 45, wrote, directed and starred in the film Night Orchard.",),
         counter_examples=("Sam Lee directed Night Orchard.",)),
    Rule("screenwriter.listed_credits", "screenwriter", _listed_credits("(?:co-)?wrote"),
         examples=("Sam Lee, 45, wrote, directed and starred in the film Night Orchard.",)),
    Rule("cast.listed_credits", "cast_member", _listed_credits("starred in"),
         examples=("Sam Lee, 45, wrote, directed and starred in the film Night Orchard.",),
         counter_examples=("Sam Lee wrote and directed Night Orchard.",)),
    Rule("screenwriter.the_writer_of_film", "screenwriter",
         r"(?<![\w⟧])(?:[Tt]he|[Ii]ts) (?:[\w-]+ )?(?:screenwriter|writer|co-writer) of (?P<s>{FILM}),? (?P<o>{PER})",
         examples=("The writer of Night Orchard, Dana Holt, has defended her film.",)),
    Rule("director.director_of", "director",
         r"(?P<o>{PER}),? (?:the |who is the |is the |as )?(?:director|helmer|co-director) of (?P<s>{FILMREF})",
         examples=("Ana Ruiz, the director of Night Orchard, spoke.",)),
    Rule("director.behind_camera", "director",
         r"(?P<o>{PER}) (?:is |was |will be )?behind the camera (?:for|on) (?P<s>{FILMREF})",
         examples=("Ana Ruiz is behind the camera for Night Orchard.",)),
    Rule("screenwriter.script_from", "screenwriter",
         r"(?:script|screenplay|screen play|teleplay)s? (?:is |was )?(?:from|by|written by|penned by) (?P<o>{PERS})",
         subject="sentence",
         examples=("The film is directed by Ana Ruiz with a script from Dana Holt and Sam Lee.",)),
    Rule("screenwriter.written_by", "screenwriter",
         r"(?P<s>{FILMREF}){GAP},? (?:and )?(?:is |was |has been )?(?:directed and |produced and )?(?:written|penned|co-written|scripted)(?: and (?:directed|produced))? by (?P<o>{PERS})",
         examples=("Night Orchard was written by Dana Holt.",),
         counter_examples=("The movie is based on the French graphic novel about a beach, written by Dana Holt.",)),
    Rule("screenwriter.person_wrote", "screenwriter",
         r"(?P<o>{PERS}),? (?:who )?(?:wrote|penned|co-wrote|scripted|writes|will write|is writing)(?: the (?:script|screenplay) for| the)? (?P<s>{FILMREF})",
         examples=("Dana Holt wrote Night Orchard.",)),
    Rule("screenwriter.title_writer", "screenwriter",
         r"(?P<s>{FILM})(?:['’]s)? (?:writer|screenwriter|co-writer) (?P<o>{PERS})",
         examples=("Night Orchard writer Dana Holt.",)),
    Rule("producer.produced_by", "producer",
         r"(?P<s>{FILMREF}){GAP},? (?:and )?(?:is |was |will be |being )?(?:produced|executive produced|co-produced) by (?P<o>{PERS})",
         examples=("Night Orchard is produced by Sam Lee.",),
         counter_examples=("Dana Holt, who shot to fame in Night Orchard, is set to appear in a football biopic produced by Sam Lee.",)),
    Rule("producer.person_produces", "producer",
         r"(?P<o>{PERS}),? (?:who )?(?:is |also |will )?(?:produced|produces|produce|co-produced|executive produced|executive produces|is producing|serves as (?:an )?(?:executive )?producer on|is (?:an )?(?:executive )?producer on|(?:executive )?producer of) (?P<s>{FILMREF})",
         examples=("Sam Lee produced Night Orchard.",)),
    Rule("producer.title_producer", "producer",
         r"(?P<s>{FILM})(?:['’]s)? (?:executive )?producers? (?P<o>{PERS})",
         examples=("Night Orchard producer Sam Lee.", "Night Orchard executive producers Sam Lee and Dana Holt spoke.")),
    # "In Night Orchard, Mara Quinn plays a widower whose ...": the role is described, not named
    Rule("cast.in_film_person_plays", "cast_member",
         r"(?<![\w⟧])In (?P<s>{FILMREF}),? (?P<o>{PERS}) (?:plays|played|play|portrays|portrayed|portray|stars as|starred as|star as|will play) (?:a|an|the|his|her|their) [a-z]",
         examples=("In Night Orchard, Mara Quinn plays a widower whose daughter has an imaginary friend.",
                   "In the thriller Night Orchard, Theo Blackwood plays the father of a wayward teen.",
                   "In Night Orchard, Mara Quinn and Theo Blackwood play an estranged couple.")),
    # "Mara Quinn, who shot to fame for her role in Night Orchard", "rose to fame aged 12 in Night Orchard"
    Rule("cast.rose_to_fame_in", "cast_member",
         r"(?P<o>{PER}),? (?:who )?(?:first |originally |initially )?(?:rose|shot|catapulted) to (?:fame|stardom|prominence) (?:aged \d+ |at the age of \d+ )?(?:(?:as|playing) {CHAR} )?"
         r"(?:in|for (?:his|her|their) (?:starring |leading |lead |breakout )?(?:role|roles|part|turn|performance) (?:as {CHAR} )?in|(?:after|from|by) (?:starring|appearing)(?: as {CHAR})? in) (?P<s>{FILMREF})",
         examples=("Mara Quinn, who rose to fame aged 12 in Night Orchard, described the role.",
                   "Theo Blackwood, who shot to fame for his role in Bafta-nominated film Night Orchard, is back.",
                   "Sam Lee first shot to fame for his role in Oscar nominated film Night Orchard.",
                   "Dana Holt rose to fame after starring as Lila Moss in the drama Night Orchard.")),
    # "Sam Lee will also executive produce", "Sam Lee is on board as executive producer": the sentence's film, else
    # the article's; a past "served as executive producer" only with its title ("on Night Orchard")
    Rule("producer.will_executive_produce", "producer",
         r"(?P<o>{PERS})(?:, who (?:[^,⟦]|⟦DATE)+,)?,? (?:who |will |would |is |are |also |all |(?:is|are|will be) (?:also )?(?:on board|set|due|expected|attached|signed on|going) (?:here )?(?:to )?|set to |to |(?:star|direct|write) in and |(?:star|direct|write) and )*"
         r"(?:(?:co-)?(?:executive|exec)[ -]produc(?:e|es|ing)(?! [^.;]{0,40}?(?:⟦AWD|[Aa]wards?\b|ceremony|gala|festival))(?: (?P<s>{FILMREF})|(?=[.,;]|$))"
         r"|(?:serve|serves|serving|act|acts|be|continue|on board(?: here)?) as (?:an? |one of the |the )?(?:co-)?(?:executive|exec) producers?(?! (?:for|of|on) [^.;]{0,40}?(?:⟦AWD|[Aa]wards?\b|ceremony|gala|festival))(?: (?:on|of|for) (?P<s2>{FILMREF})|(?=[.,;]| and|$))"
         r"|(?:served|acted|was|were|has been|have been) (?:as )?(?:an? |one of the |the )?(?:co-)?(?:executive|exec) producers? (?:on|of|for) (?P<s3>{FILMREF}))",
         subject="sentence",
         examples=("Dana Holt, who directed the 1996 film, will also executive produce.",
                   "Sam Lee is on board here as executive producer.",
                   "Mara Quinn is set to star in and executive produce the drama Night Orchard.",
                   "Sam Lee served as executive producer on Night Orchard."),
         counter_examples=("Sam Lee is expected to act as executive producer for the upcoming Lantern Awards ceremony.",
                           "Sam Lee has also served as an executive producer.",
                           "She is partnering with director Sam Lee to executive produce and star in an adaptation of the novel.")),
]
