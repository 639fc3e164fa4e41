"""Box-office rules: a film's gross as "<whole units> <ISO 4217>", with period and region.

An amount belongs to the film that took it ("It took $42.8m", "Night Orchard ... with $80 million",
"“Night Orchard” ($207 million)"); a conversion in brackets after an amount is not a second gross.
Rules that could be a budget or a fee ("made $10m") only count in sentences that speak of the box
office (`BOX_OFFICE_CONTEXT`).
"""

import re

from reelwire.extract.rules import MACROS, Rule

BOX_OFFICE_CONTEXT = re.compile(
    r"box[- ]office|\bgross|takings|ticket|opening|\bopened|debut|weekend|domestic|worldwide|globally|global|"
    r"international|overseas|North American?|cinemas|theaters|theatres|\bhaul|\bchart|record|highest|estimates|"
    r"sales|earned|earning|\btook\b|\btak(?:ing|es|en)\b|\bin second|\bin third|\bplace\b|\bspot\b|\bposition\b|theatrical run", re.I)

_TAKE = (r"(?:(?:went|goes|has gone) on to (?:gross|earn|make|take|rake in|take in|collect)|(?:managed|has managed|had managed) to (?:amass|gross|earn|make|take|rake in|take in|pull in|bring in|collect|scrape)|(?:took|takes|taking|raked|rakes|raking|pulled|pulls|pulling|brought|brings|bringing) in|took|takes|taking|grossed|grosses|grossing|earned|earns|earning|made|makes|making|raked in|pulled in|"
         r"collected|brought in|has taken|has made|has earned|has grossed|opened (?:to|with)|opens (?:to|with)|debuted (?:to|with|at)|"
         r"added|adding|scored|amassed|rose to|rises to|reached|passed|crossed|surpassed|topped|hit|opened at|open at|"
         r"cross(?:ed)? the|pass(?:ed)? the)")
_QUANT = (r"(?:(?:an?|another|just|only|nearly|almost|more than|over|under|just under|less than|close to|about|around|roughly|"
          r"an estimated|a further|a total of|a record|a whopping|a mere|a paltry|a disappointing|a modest|a solid|an impressive|"
          r"a healthy|a strong|(?:the|an) (?:expected|predicted|projected|estimated)|the) )*")

#: the words between a film and its gross, without a modal or forecast ("it will easily sail past the $1bn mark")
_NO_FORECAST_GAP = MACROS["GAP"].replace("(?!⟦FILM|", r"(?!⟦FILM|will\b|would\b|could\b|may\b|might\b|should\b|expected\b|set\b|poised\b|likely\b|track\b|going\b|", 1)
assert _NO_FORECAST_GAP != MACROS["GAP"]

RULES = [
    Rule("box.film_took", "box_office",
         r"(?P<s>{FILMREF}){GAP},? (?:has |had |have |also |then |already |is |was )*" + _TAKE + r" " + _QUANT + r"(?P<money>{MONEY})",
         examples=("Night Orchard took $42.8m over the weekend.", "The film has grossed more than $1.2bn worldwide.",
                   "Mara Quinn's forgettable 2004 sequel Night Orchard managed to amass $60 million at the global box office.",
                   "Night Orchard went on to gross over $600m in ticket sales worldwide.")),
    Rule("box.participle", "box_office",
         r"(?P<s>{FILMREF}),?(?: (?!⟦FILM|⟦MONEY)\S+){0,16}?,? (?:taking|grossing|earning|making|raking in|pulling in|bringing in|taking in|after taking|after grossing|with) " + _QUANT + r"(?P<money>{MONEY})",
         examples=("Night Orchard opened at number one at the North American box office, taking $42.5 million.",
                   "Night Orchard, starring Mara Quinn, ended up in third position after taking $11.2m.")),
    Rule("box.when_it_made", "box_office",
         r"(?P<s>{FILMREF}){GAP},? (?:\S+ ){0,8}?(?:when|after|where) it (?:made|took|earned|grossed|opened with|debuted with) " + _QUANT + r"(?P<money>{MONEY})",
         examples=("Night Orchard broke the record on Christmas Day, when it made $12.2m.",)),
    Rule("box.with_amount", "box_office",
         r"(?P<s>{FILMREF})[”\"]?,? (?:(?!budget|fee|salary|deal|cost)\S+ ){0,12}?(?:with|at|to|of)(?: (?:new |total |domestic |global |weekend )?(?:grosses|gross|sales|takings|earnings|receipts) of)? " + _QUANT + r"(?P<money>{MONEY})(?! (?:budget|deal|fee|salary))",
         examples=("Night Orchard finished in second place with $14.7m at the box office.",
                   "Night Orchard came out on top at the US box office this weekend with new grosses of $4.7 million."),
         counter_examples=("Night Orchard was made on a budget of $14.7m.",)),
    Rule("box.film_bracket", "box_office",
         r"(?P<s>{FILM})[”\"]? \((?P<money>{MONEY})\)",
         examples=("The opening ranks with Night Orchard ($207 million) at the box office.",)),
    Rule("box.overall_takings", "box_office",
         r"(?:making|bringing|taking|pushing|lifting|boosting|raising) (?:its|the film's|their) (?:overall |total |domestic |global |worldwide |cumulative |running )*(?:takings|total|gross|haul|tally|box office) (?:to )?" + _QUANT + r"(?P<money>{MONEY})",
         subject="sentence",
         examples=("Night Orchard took $5m, making its overall takings $163m.",)),
    Rule("box.film_haul", "box_office",
         r"(?P<s>{FILMREF})(?:['’]s)? (?:\S+ ){0,3}?(?:haul|total|gross|takings|tally|box office|opening|debut)(?: \S+){0,4}? (?:to|of|at|is|was|stands at|reached|hit) " + _QUANT + r"(?P<money>{MONEY})",
         examples=("Night Orchard's domestic haul rises to $36m.",)),
    Rule("box.money_for", "box_office",
         r"(?P<money>{MONEY}) (?:\S+ ){0,4}?(?:for|from) (?P<s>{FILMREF})(?! director)",
         examples=("The weekend brought $96 million in ticket sales for Night Orchard.",),
         traits=frozenset({"amount_for_film"})),
    Rule("box.possessive_amount", "box_office",
         r"(?P<s>{FILM})['’]s (?:\S+ )?(?P<money>{MONEY}) (?:\w+ )?(?:haul|gross|opening|debut|total|take|tally|weekend)\b",
         examples=("Night Orchard's $4.7 million haul came from nearly 2,930 locations.",)),
    # "Its success on DVD outstripped its $74m (£40m) US box office total": the one film of the sentence
    Rule("box.its_amount_total", "box_office",
         r"(?:[Ii]ts|[Tt]he (?:film|movie)['’]s) (?:[\w-]+ )?(?P<money>{MONEY})(?: \(⟦MONEY\d+⟧\))? (?:(?:US|UK|North American|domestic|global|worldwide|international|overseas|overall|cumulative|lifetime) )?(?:box[- ]office )?(?:total|tally|haul|gross|takings)\b",
         subject="sentence",
         examples=("Night Orchard's success on DVD outstripped its $74m (£40m) US box office total.",)),
    Rule("box.for_a_total", "box_office",
         r"(?:for|to) (?:an? |the |its )?(?:[\w-]+ )?(?P<money>{MONEY}) (?:domestic |global |worldwide |overall |cumulative |running |international )*(?:total|tally|haul|cume)\b",
         subject="sentence",
         examples=("Night Orchard earned only $4.7M at the domestic box office for a disappointing $36M domestic total.",)),
    Rule("box.past_the_mark", "box_office",
         # a forecast is no gross: "it will easily sail past the $1 billion mark", "is expected to cross"
         r"(?P<s>{FILMREF})" + _NO_FORECAST_GAP + r",? (?:has |had |have |also |now |already |managed to |just )*(?:cross|pass|top|surpass|break|broke|hit|reach|clear|barrel\w* through|blew past|blow\w* past|sail\w* past|smash\w*|soar\w* past|rocket\w* past)\w* (?:\S+ ){0,5}?[Tt]he (?P<money>{MONEY}) (?:mark|milestone|threshold|barrier|benchmark)",
         examples=("Globally, Night Orchard has also managed to cross a major milestone this weekend: the $250 million mark.",
                   "Night Orchard barreled through the $200 million benchmark at the box office."),
         counter_examples=("Globally, Night Orchard took $443 million, ensuring it will easily sail past the $1 billion mark.",)),
    Rule("box.second_amount", "box_office",
         r"(?P<s>{FILMREF}){GAP},? (?:has |had |have |also |then |already |is |was )*" + _TAKE + r" " + _QUANT
         + r"⟦MONEY\d+⟧(?: \(⟦MONEY\d+⟧\))?(?: (?!⟦)[^\s,;]+){0,4}? and (?:another |a further |an additional )?" + _QUANT + r"(?P<money>{MONEY})",
         examples=("Night Orchard has grossed $205 million in domestic sales and $438.3 million globally in its debut.",)),
]
