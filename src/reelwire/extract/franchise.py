"""Franchise membership and story chronology (set_after / set_before)."""

from reelwire.extract.rules import Rule

RULES = [
    Rule("franchise.film_of_franchise", "part_of_franchise",
         r"(?P<s>{FILMREF}),? (?:which is |is |was |as )?(?:the |a |an )?(?:\S+ ){0,3}?(?:spinoff|spin-off|installment|instalment|entry|chapter|sequel|prequel|film|movie|part) (?:\S+ ){0,4}?(?:of|in|from|to) the (?P<o>{FRAN})",
         examples=("They're shooting for Night Orchard, which is the spinoff with Mara Quinn of the Copper Rain franchise.",)),
    Rule("franchise.franchise_noun", "part_of_franchise",
         r"(?:the|a|an|this|its|latest) (?:\S+ ){0,3}?(?P<o>{FRAN}) (?:spinoff|spin-off|sequel|prequel|film|movie|installment|instalment|entry|chapter|follow-up)(?!s)",
         subject="sentence",
         examples=("We have our first glimpse at the highly anticipated Copper Rain spinoff.",)),
    Rule("franchise.title_prefix", "part_of_franchise", r"(?P<s>{FILM})", confidence=0.5,
         examples=("The Copper Rain franchise is back. Copper Rain 3 arrived in 2019.",)),
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
