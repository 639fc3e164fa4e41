"""Event rules: trailers, teasers, reshoots, filming, premieres, festival screenings."""

from reelwire.extract.rules import Rule

#: Verbs and event nouns an event's date hangs on ("set to debut online sometime Thursday", "a new
#: trailer for X on Friday", "the X premiere on Thursday night").
EVENT_DATE_VERBS = frozenset(
    "debut debuts debuted drop drops dropped release released releases arrive arrives arrived arrival "
    "premiere premiered premieres launch launched land landed unveil unveiled online out hit hits "
    "begin began begins start started starts wrap wrapped wraps screen screened screens "
    "trailer trailers teaser teasers screening".split()
)

RULES = [
    Rule("event.trailer", "event",
         r"(?:(?<!teaser )\btrailers?\b(?! (?:park|parks|home|homes|truck|trucks|hitch|trash)\b)(?: (?:for|of) (?P<s>{FILMREF}))?"
         r"|(?P<s2>{FILM})(?:['’]s)? (?:\S+ )?trailer(?! (?:park|home|truck)\b))",
         qualifiers={"type": "trailer_release"}, subject="sentence",
         examples=("Harbor Pictures released the first trailer for Night Orchard, set to debut online Thursday.",),
         counter_examples=("He said the film was good.", "She grew up in a trailer park near the studio.")),
    Rule("event.teaser", "event",
         r"(?:\bteaser(?: trailer)?s?\b(?: (?:for|of) (?P<s>{FILMREF}))?|(?P<s2>{FILM})(?:['’]s)? teaser)",
         qualifiers={"type": "teaser_release"}, subject="sentence",
         examples=("A teaser for Night Orchard dropped on Monday.",)),
    Rule("event.reshoots", "event", r"\b(?:reshoots?|re-shoots?|additional photography)\b",
         qualifiers={"type": "reshoots"}, subject="sentence", ignore_case=True,
         examples=("The studio ordered additional reshoots for Night Orchard.",)),
    Rule("event.filming_start", "event",
         r"\b(?:began|begin|begins|started|starts|start|will begin|commenced|kicked off|kicks off) (?:filming|shooting|production|principal photography)\b|\b(?:filming|shooting|production|principal photography) (?:began|begins|started|starts|is set to begin|will begin|commenced|kicked off|got underway|is underway)\b",
         qualifiers={"type": "filming_start"}, subject="sentence", ignore_case=True,
         examples=("Filming began in London in May.",)),
    Rule("event.filming_wrap", "event",
         r"\b(?:wrapped|wraps|wrap) (?:filming|shooting|production)\b|\b(?:filming|shooting|production) (?:has )?(?:wrapped|wraps|ended|finished)\b",
         qualifiers={"type": "filming_wrap"}, subject="sentence", ignore_case=True,
         examples=("Filming wrapped last month on Night Orchard.",)),
    Rule("event.premiere", "event",
         r"\b(?:world |UK |US |European |gala |red carpet )?premiere (?:of (?P<s>{FILMREF}))?|(?P<s2>{FILM})(?:['’]s)? (?:world |UK |gala |red carpet )?premiere\b",
         qualifiers={"type": "premiere"}, subject="group",
         examples=("Stars attended the premiere of Night Orchard in London.",)),
    Rule("event.festival_screening", "event",
         r"(?P<s>{FILM}) (?:was |is |will be )?(?:screened|shown|premiered|screens|screening|debuted|played) at (?:the )?(?:(?:\S+ ){0,4}?[Ff]estival|⟦AWD\d+⟧)",
         qualifiers={"type": "festival_screening"},
         examples=("Night Orchard was screened at the Rotterdam Film Festival.",)),
    # A delay of the film itself, its release or its shoot: what is delayed is named ("the film was pushed
    # back", "the studio delayed X", "pushed it to 2025"), so a trial delayed or a character "pushed to the
    # side" is none.
    Rule("event.delay", "event",
         r"(?:(?:\b(?i:release(?: date)?s?|premiere|opening|debut|films?|movies?|sequel|picture|production|filming|shooting|it|which|projects|titles)|(?P<s>{FILM}))"
         r" (?:(?:has|have|had) been |(?:is|are|was|were) being |(?:was|were|is|are|will be|would be|got|being) )?(?:again |once again |also |now |officially |reportedly )?"
         r"(?:delayed|postponed|pushed back|pushed (?:to|until|into|from) )"
         r"|\b(?:fac(?:e|es|ing)|suffered) (?:a |another |further )?delays?\b|^(?:Delayed|Postponed|Pushed back):"
         r"|\b(?:delayed|delays|delaying|postponed|postpones|postponing|pushed back|pushes back|pushing back) (?:the )?"
         r"(?:(?:release|premiere|opening|debut|production|filming|shoot) (?:date )?of )?(?P<s2>{FILMREF})(?! (?:trial|case|hearing))"
         r"|\b(?:delayed|delays|delaying|postponed|halted) (?:the )?(?:filming|production|shooting)\b"
         r"|\b(?:pushed|pushes|moved|moves) (?P<s3>{FILMREF}) (?:back|(?:to|until|into) (?:⟦DATE\d+⟧|next|later)))",
         qualifiers={"type": "delay"}, subject="sentence", confidence=0.5,
         examples=("The studio delayed Night Orchard to 2026.", "The film's release was pushed back to March.",
                   "Harbor pushed it to 2025."),
         counter_examples=("The court delayed the trial until June.", "She felt her character was pushed to the side.",
                           "Its success pushed the studio past $1 billion.")),
]
