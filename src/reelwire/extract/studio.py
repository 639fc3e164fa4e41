"""Studio rules: the company that makes, distributes or streams a film."""

from reelwire.extract.rules import Rule

_STUDIO_VERB = r"(?:announced|unveiled|released|will release|releases|dropped|debuted|shared|pushed|moved|delayed|postponed|shifted|dated|set|has set|acquired|bought|picked up|greenlit|green-lit|ordered|renewed|cancell?ed|distributes|distributed|produced|produces|has (?:pushed|moved|delayed|released|set|dated|acquired|unveiled)|is releasing|will distribute|revealed)"

RULES = [
    Rule("studio.film_on_service", "studio",
         r"(?P<s>{FILM}) (?:hits|lands on|arrives on|streams on|premieres on|comes to|debuts on|is streaming on|is now streaming on|drops on) (?P<o>{ORG})",
         examples=("Night Orchard hits Streamly on Oct. 7.",)),
    Rule("studio.company_acts_on_film", "studio",
         r"(?P<o>{ORG}) " + _STUDIO_VERB + r"(?: (?!⟦ORG)\S+){0,9}? (?P<s>{FILMREF})(?=[ ,.;]|$)",
         examples=("On Wednesday, Harbor Pictures announced the first trailer for Night Orchard.", "Last week, Harbor Pictures pushed it to 2025.")),
    Rule("studio.company_possessive", "studio",
         r"(?P<o>{ORG}|{FRAN})(?:['’]s|['’]) (?:(?:new|upcoming|latest|original|animated|hit|\w+-\w+) ){0,2}(?:(?:film|movie|series|show|drama|thriller|comedy|documentary|sequel|blockbuster|feature|adaptation) )?(?P<s>{FILM})",
         examples=("Streamly's Night Orchard topped the chart.",)),
    Rule("studio.company_possessive_kind", "studio",
         r"(?P<o>{ORG})(?:['’]s|['’]) (?:[\w-]+ ){1,3}?(?:film|movie|series|show|drama|thriller|comedy|documentary|sequel|blockbuster|feature|adaptation|spin-off|spinoff|rom-com|mystery|miniseries) (?P<s>{FILM})",
         examples=("Those who love Streamly's beguiling Korean series Night Orchard will be pleased.",)),
    Rule("studio.which_streams_on", "studio",
         r"(?P<s>{FILMREF}),? which (?:will be |is |was |is now |will )?(?:streamed|streaming|aired|airs|air|available|premiering|premieres|premiered|debuts|debuted|starts streaming)(?: \S+){0,2}? on (?P<o>{ORG})",
         examples=("The drama Night Orchard, which will be streamed on Streamly, stars Mara Quinn.",)),
    Rule("studio.film_by_company", "studio",
         r"(?P<s>{FILM}),? (?:which is |is |was |will be )?(?:distributed|produced|released|financed|backed|made) by (?P<o>{ORG})",
         examples=("Night Orchard is distributed by Harbor Pictures.",)),
    Rule("studio.company_film", "studio",
         r"(?P<o>{ORG}) (?:film|movie|original|release|production|series|miniseries|docuseries|sitcom|show|hit|title|feature|drama|comedy|documentary|thriller|rom-com|anthology|blockbuster) (?P<s>{FILM})",
         examples=("the Harbor Pictures film Night Orchard",)),
    Rule("studio.film_from_company", "studio",
         r"(?P<s>{FILM}),? (?:\S+ ){0,3}?from (?P<o>{ORG})(?! director)",
         examples=("Night Orchard, the new drama from Harbor Pictures, opens Friday.",)),
]
