"""Franchise membership and story chronology (set_after / set_before)."""

from reelwire.extract.rules import Rule

RULES = [
    Rule("franchise.film_of_franchise", "part_of_franchise",
         r"(?P<s>{FILMREF}),? (?:which is |is |was |as )?(?:the |a |an )?(?:\S+ ){0,3}?(?:spinoff|spin-off|installment|instalment|entry|chapter|sequel|prequel|film|movie|part|addition|outing|adventure) (?:\S+ ){0,4}?(?:of|in|from|to) the (?P<o>{FRAN})",
         # "Night Orchard, the 2008 addition to the Copper Rain franchise"; "Night Orchard - the third prequel to ..." (the dash is a filler word)
         examples=("They're shooting for Night Orchard, which is the spinoff with Mara Quinn of the Copper Rain franchise.",
                   "Pictured in Night Orchard, the 2008 addition to the Copper Rain franchise, she smiles.",
                   "The Copper Rain franchise is back. Night Orchard - the third prequel to the Copper Rain franchise - opens soon.")),
    Rule("franchise.franchise_noun", "part_of_franchise",
         r"(?:the|a|an|this|its|latest) (?:\S+ ){0,3}?(?P<o>{FRAN}) (?:spinoff|spin-off|sequel|prequel|film|movie|installment|instalment|entry|chapter|follow-up)(?!s)",
         subject="sentence",
         examples=("We have our first glimpse at the highly anticipated Copper Rain spinoff.",)),
    Rule("franchise.franchise_latest", "part_of_franchise",
         r"(?:the|a|an|this) (?P<o>{FRAN}) (?:franchise|series|saga|universe|films|movies)['’]s? (?:\S+ ){0,2}?(?:film|movie|installment|instalment|entry|chapter|sequel|outing)(?!s)",
         subject="sentence",
         examples=("Mara Quinn is reprising her role in the Copper Rain franchise’s latest film, as Dana Holt.",)),
    Rule("franchise.nth_film", "part_of_franchise",
         r"(?:(?P<s>{FILM}),? (?:is |was |will be |becomes )?)?(?:the|its) (?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?P<o>{FRAN}|{FILM}|(?P<fname>[A-Z][\w’'.]+(?: [A-Z][\w’'.]+){0,3}))"
         # "the latest Streamly film" is a company's: after latest/next only a name the article calls a franchise or a title
         r"|(?:latest|newest|next|final|last) (?P<o2>{FRAN}|{FILM})) (?:film|movie|installment|instalment|entry|chapter|outing|adventure)(?!s)(?! (?:ever )?to )",
         subject="sentence",
         examples=("Night Orchard, the third Copper Rain film, opens Friday.",),
         counter_examples=("Night Orchard is the first Streamly film to win.", "It is the second Harbor Pictures movie to open this year."),
         traits=frozenset({"untagged_series_name"})),
    Rule("franchise.nth_film_named_after", "part_of_franchise",
         # "The latest film in the Copper Rain franchise - Night Orchard - stars ...": the title after the phrase
         r"(?:[Tt]he|[Aa]) (?:latest|newest|new|next|final|last|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:film|movie|installment|instalment|entry|chapter|outing) (?:in|of) the (?P<o>{FRAN})(?: franchise| series| saga)?(?:,| [–—-]| is| was) (?:(?:called|titled|entitled) )?(?P<s>{FILM})",
         examples=("The Copper Rain franchise is back. The latest film in the Copper Rain franchise - Night Orchard - stars Mara Quinn.",
                   "The Copper Rain franchise is back. The ninth installment of the Copper Rain saga, Night Orchard, opens in May.")),
    Rule("franchise.films_of_which", "part_of_franchise",
         r"(?P<o>{FRAN}) (?:films|movies|installments|instalments|entries|sequels)(?: (?!⟦)[^\s,;]+){0,3}?,? (?:the (?:most recent|latest|newest|last|first|best|second|third|fourth) of which (?:was|is|being)|including|such as|among them) (?P<s>(?:(?:the |a )?(?:[\w-]+ |⟦DATE\d+⟧['’]s ){0,3}?⟦FILM\d+⟧(?:,| and|, and| ){0,2})+)",
         examples=("Mara Quinn has appeared in four Copper Rain films total, the most recent of which was Night Orchard in 2021.",)),
    Rule("franchise.named_sequel", "part_of_franchise",
         # a name the tagger made a company is the series only after the company itself ("Streamly's Copper Rain spin-off")
         r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his) (?:[a-z-]+ )?(?P<o>{FRAN}|{FILM}|(?P<fname>[A-Z][\w’'.]+(?: [A-Z][\w’'.]+){0,3}))"
         r"|\S+['’]s? (?:[a-z-]+ )?(?P<o2>{FRAN}|{FILM}|(?P<oorg>{ORG})|(?P<fname2>[A-Z][\w’'.]+(?: [A-Z][\w’'.]+){0,3}))"
         # "the release of Copper Rain spin-off Night Orchard": after a preposition only a name the article calls a franchise
         r"|(?<![\w⟧])(?:of|in|for|to|from|on|with|about) (?P<o3>{FRAN}))"
         r" (?:[a-z-]+ )?(?:spin-?off|prequel|sequel|reboot|follow-up) (?P<s>{FILM})",
         examples=("Several projects were postponed, including the Copper Rain prequel Night Orchard.",
                   "Second place went to Streamly's Copper Rain horror spin-off Night Orchard.",
                   "The Copper Rain franchise is back. Streamly delayed the release of Copper Rain spin-off Night Orchard."),
         counter_examples=("Harbor Pictures’ new sequel Night Orchard opens Friday.",),
         traits=frozenset({"untagged_series_name"})),
    Rule("franchise.title_prefix", "part_of_franchise", r"(?P<s>{FILM})", confidence=0.5,
         examples=("The Copper Rain franchise is back. Copper Rain 3 arrived in 2019.",),
         traits=frozenset({"title_prefix"})),
    Rule("chronology.between", "set_between",
         r"(?P<s>{FILMREF}) (?:takes|took|is taking|will take) place between (?P<a>{FILM}) and (?P<b>{FILM})",
         examples=("The Copper Rain franchise is back. It takes place between Copper Rain 3 and Copper Rain 4.",)),
    Rule("chronology.set_between", "set_between",
         r"(?P<s>{FILMREF}) (?:is|was) set between (?:the events of )?(?P<a>{FILM}) and (?P<b>{FILM})",
         examples=("The film is set between Night Orchard and Night Orchard 3.",)),
    Rule("chronology.after", "set_after",
         r"(?P<s>{FILMREF}) (?:takes|took|is taking|will take) place (?:\w+ )?(?:after|following) (?:the events of )?(?P<a>{FILM})",
         examples=("The sequel takes place after Night Orchard.",)),
    Rule("chronology.before", "set_before",
         r"(?P<s>{FILMREF}) (?:takes|took|is taking|will take) place (?:\w+ )?before (?:the events of )?(?P<b>{FILM})",
         examples=("The prequel takes place before Night Orchard.",)),
]
