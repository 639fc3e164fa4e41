"""based_on rules: the film adapts a book, a play, an earlier film, or tells a real person's life.

"the film adaptation of “X”" and "a remake of X" name the source with the film's own title, so the
film and the work share the name the article gives.
"""

from reelwire.extract.rules import Rule

#: "by Mara Quinn", "by British author Mara Quinn", "of the late novelist Mara Quinn": the work's author.
_BY_AUTHOR = (r"(?:of|by|about) (?:the )?(?:late )?(?:(?:[A-Z][\w-]+ )?(?:[a-z-]+ )?"
              r"(?:author|writer|novelist|playwright|cartoonist|journalist|poet|illustrator) )?(?P<o>{PER}|{FILM})")

#: "Night Orchard, a mini series based on ...": the film's description between it and the verb.
_APPOSITION = r"(?:an? |the )(?:[\w-]+ ){0,2}?(?:film|movie|series|mini series|miniseries|drama|comedy|thriller|show|musical) "

RULES = [
    Rule("based_on.biopic_of", "based_on",
         r"(?P<s>{FILMREF}),? (?:an? |the )?(?:\S+ )?(?:bio-?pic|biographical (?:film|drama)|life story|documentary) (?:about|of|on) (?:the )?(?:late )?(?:[a-z-]+ ){0,2}?(?P<o>{PER})",
         examples=("Night Orchard, a biopic of late singer Mara Quinn, opens soon.",)),
    Rule("based_on.in_biopic", "based_on",
         r"(?P<o>{PER}) in (?:the |a |an |new |upcoming |{PER}(?:['’]s?)? )*(?:bio-?pic|biographical film) (?P<s>{FILM})",
         examples=("The actresses channel Mara Quinn in biopic Night Orchard.",
                   "Four actresses channel feminist icon Mara Quinn in Theo Blackwood's biopic Night Orchard.")),
    Rule("based_on.based_on", "based_on",
         r"(?P<s>{FILMREF}),? (?:which is |is |was |will be |" + _APPOSITION + r")?(?:loosely |partly )?based on (?:the |a |an )?(?:\S+ ){0,3}?(?:book|novel|memoir|play|comic|game|story|life|stories|series|musings|short story|article) " + _BY_AUTHOR,
         examples=("Night Orchard is based on the best-selling book by Mara Quinn.",
                   "Night Orchard is based on a children's fantasy novel by British author Mara Quinn.",
                   "Sam Lee is headlining Night Orchard, a mini series based on the 2013 novel by Mara Quinn.")),
    Rule("based_on.based_on_authors", "based_on",
         # "The series is based on Mara Quinn's 2013 novel of the same name": the author, as for "an adaptation of X's novel"
         r"(?P<s>{FILM}|\b(?:[Tt]he|[Tt]his) (?:new |upcoming )?(?:film|movie|series|show|drama|miniseries)),? (?:which is |is |was |will be |" + _APPOSITION + r")?(?:loosely |partly )?based on (?P<o>{PER})(?:['’]s?)? (?:⟦DATE\d+⟧ )?(?:[\w-]+ ){0,2}?(?:novel|book|memoir|play|comic|short story|bestseller|best-seller|stories)\b",
         examples=("Night Orchard is based on Mara Quinn's 2013 novel of the same name.",),
         # "the score for a musical based on X's novel" is no title's
         counter_examples=("The film Night Orchard opens soon. Sam Lee wrote the score for a musical based on Mara Quinn's novel.",)),
    Rule("based_on.based_on_title", "based_on",
         r"(?P<s>{FILMREF}),? (?:which is |is |was |will be )?(?:loosely |partly )?based on (?:\S+ ){0,3}?(?P<o>{FILM})",
         examples=("The film Night Orchard opens soon. Night Orchard is based on the novel Harbor Lights.",)),
    Rule("based_on.adaptation_of", "based_on",
         r"(?:film|movie|screen|big-screen|TV|television) (?:adaptation|version) of (?P<o>{FILM})",
         examples=("The 2020 film adaptation of “Night Orchard” topped the chart.",),
         traits=frozenset({"same_title"})),
    Rule("based_on.remake_of", "based_on",
         r"(?:a |the )?remake of (?:\S+ ){0,3}?(?P<o>{FILM})(?! [a-z]+ ⟦FILM)",
         # "a remake of <place> classic X": the remade film is the last title of the phrase
         examples=("She is filming a remake of Hollywood classic Night Orchard.",),
         traits=frozenset({"same_title"})),
    Rule("based_on.events_of", "based_on",
         r"(?P<s>{FILMREF}),? (?:which is |is |was |will be )?(?:loosely |partly )?based on (?:the )?(?:real[- ]life |true )?(?:life|death|murder|killing|assassination|story|trial|disappearance|kidnapping|crimes|exploits)(?: and (?:career|times|work|death|legacy))? of (?:the )?(?:late )?"
         r"(?:(?:[a-z-]+ ){0,3}?(?P<o>{PER})|(?:[a-z-]+ ){0,2}[a-z]+(?:ian|ist|er|or|ess|ant|ent) (?P<role>{ORG}))",
         examples=("Guests attended the screening of Night Orchard, based on the murder of the anti-immigration politician Mara Quinn.",
                   "The series Night Orchard was loosely based on the life and career of rapper-turned-actor Mara Quinn.")),
    Rule("based_on.adaptation_of_authors", "based_on",
         r"(?P<s>{FILMREF}),? (?:which is |is |was |will be )?(?:an? |the )?(?:\S+ )?(?:adaptation|version|retelling) of (?P<o>{PER})['’]s? (?:[\w-]+ ){0,2}?(?:novel|book|memoir|play|comic|story|short story|bestseller|series|musical)",
         examples=("Night Orchard is an adaptation of Dana Holt's bestselling novel.",)),
    Rule("based_on.adaptation_of_work_by", "based_on",
         r"(?P<s>{FILMREF}),? (?:which is |is |was |will be )?(?:an? |the )?(?:\S+ )?(?:adaptation|version) of (?:the |a |an )?(?:\S+ ){0,3}?(?:novel|book|memoir|play|comic|story|short story|bestseller|best-seller|musical) " + _BY_AUTHOR,
         examples=("Night Orchard, an adaptation of the best-selling novel by Dana Holt, opens soon.",)),
    Rule("based_on.story_of", "based_on",
         r"(?P<s>{FILMREF}),? (?:which )?(?:tells|told|chronicles|chronicled|recounts|recounted|dramatizes|dramatises|dramatized|dramatised|depicts|depicted|follows|followed|explores|tracks|traces) the (?:true |real-life |remarkable |extraordinary |life )*(?:story|life|rise and fall|final days|last days|early years) of (?:the )?(?:late )?(?:[a-z-]+ ){0,3}?(?P<o>{PER})",
         examples=("Night Orchard tells the true story of Ana Ruiz.",)),
]
