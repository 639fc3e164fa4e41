"""Quote rules: a speaker whose words are quoted directly, and the outlet they were given to."""

from reelwire.extract.rules import Rule

_SAY = r"(?:said|says|told|tells|explained|explains|added|adds|recalled|recalls|revealed|reveals|admitted|admits|continued|continues|wrote|writes|shared|shares|noted|notes|joked|jokes|insisted|insists|stated|states|confessed|confesses|gushed|gushes|remarked|quipped|teased|teases|declared|announced|posted|captioned|reflected|described|describes|shared)"
_QUOTE_END = r"[”\"’]"

RULES = [
    Rule("quote.after", "quote",
         _QUOTE_END + r",? (?P<o>{PER}),? (?:(?:told|tells) (?P<outlet>{OUTLET})|" + _SAY + r"(?: (?:\w+ ){0,3}?(?:in an interview with|speaking to|to) (?P<outlet2>{OUTLET}))?)",
         examples=('"All we did had to be there," Quinn told Screen Weekly.', '"It is new," Blackwood said previously.')),
    Rule("quote.inverted", "quote",
         _QUOTE_END + r",? (?:" + _SAY + r") (?P<o>{PER})",
         examples=('"It is new," said Theo Blackwood.',)),
    Rule("quote.before", "quote",
         r"(?P<o>{PER})(?:,[^,]{1,60},)? (?:(?:told|tells) (?P<outlet>{OUTLET})|" + _SAY + r")(?: \S+){0,6}?: [“\"]",
         examples=('Mara Quinn told Screen Weekly: "I loved it."',)),
    Rule("quote.according_to", "quote",
         r"[“\"][^”\"]{3,}[”\"],? according to (?P<o>{PER})",
         examples=('"It was a joy," according to Mara Quinn.',)),
]
