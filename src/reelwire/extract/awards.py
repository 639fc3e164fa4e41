"""Award rules: nominations and wins of films and people, with the category and the film.

The award is the `o` group (an AWARD mention, or "the awards"/"the ceremony", which stand for the
article's main award); a rule with a category but no award ("won best director") gives the article's
main award. `outcome` is a qualifier of the rule.
"""

import re
from collections import Counter

from reelwire.extract.rules import Rule
from reelwire.nlp.textscan import occurrences

#: A sentence that reports wins at a named ceremony ("Quinn and Holt were among the winners at the Harbor
#: Awards", "At the Harbor Awards, ..."): the ceremony the next sentences' bare categories belong to.
_WINS_AT = re.compile(
    r"(?:\bwinners?|\bwon|\bwins|\btook|\bscooped|\btriumphed|\bhonou?red|\bprizes?|\bawards?)\b"
    r"(?:[^.⟦]|⟦(?:PER|FILM)\d+⟧){0,60}?\bat (?:the |this year's |⟦DATE\d+⟧['’]?s? )*(⟦AWD\d+⟧)"
    r"|^(?:[\w' -]{1,30}: )?At (?:the |this year's |⟦DATE\d+⟧['’]?s? )*(⟦AWD\d+⟧)")
#: A sentence that reports nominations for a named award ("The film is nominated for three Lanterns"):
#: the award the next sentences' bare nominations belong to (their wins keep the ceremony in focus).
_NOMINATED_FOR = re.compile(
    r"\b(?:nominated|shortlisted|up) for (?:an?|the|\w+)? ?(?:\w+ )?(⟦AWD\d+⟧)|(⟦AWD\d+⟧)[- ](?:nominations|nods)\b")
#: "At the Lantern Awards on Sunday, ...": the sentence's own ceremony.
_AT_START = re.compile(r"^(?:[\w' -]{1,30}: )?At (?:the |this year's |⟦DATE\d+⟧['’]?s? )*(⟦AWD\d+⟧)")


def focus_after(sentence, focus: tuple) -> tuple:
    """The awards in focus after a sentence, (for wins, for nominations): the ceremony it reports wins at,
    the award it reports nominations for (for the next sentence only); none (the article's main award) once
    a sentence names an award otherwise; the ceremony is unchanged by a sentence that names none."""
    if not sentence.of_kind("AWD"):
        return focus[0], None
    won, nominated = _WINS_AT.search(sentence.masked), _NOMINATED_FOR.search(sentence.masked)
    won = sentence.mentions.get(won.group(1) or won.group(2)) if won else None
    nominated = sentence.mentions.get(nominated.group(1) or nominated.group(2)) if nominated else None
    return won, nominated or won


def default_award(sentence, focus: tuple, main, outcome: str | None):
    """The award of a sentence that names none ("X won best actress"): the one it opens with ("At the
    Lantern Awards, ..."), else the one in focus for its outcome, else the article's main award."""
    m = _AT_START.search(sentence.masked)
    if m and m.group(1) in sentence.mentions:
        return sentence.mentions[m.group(1)]
    won, nominated = focus or (None, None)
    return (nominated if outcome == "nominated" else won) or main


#: "... at this year's Harbor Film Festival", "at the prestigious 2020 Harbor Film Festival": the festival a prize was won at.
_AT_FESTIVAL = re.compile(r"\bat (?:the |this year's )?(?:[a-z]+ )?(?:⟦DATE\d+⟧['’]?s? )?(?:\d+(?:st|nd|rd|th) )?(⟦AWD\d+⟧)")


def festival_prize(sentence, award):
    """A festival's prize won at the festival ("won the Silver Lantern for best sound at the Harbor Film
    Festival"): (the festival, the prize as category); None when the award is no prize of a festival the
    sentence names after it (ANNOTATION.md: a festival prize is a category of the festival)."""
    if re.search(r"\bfestival\b", award.canonical, re.I):
        return None
    for m in _AT_FESTIVAL.finditer(sentence.masked):
        festival = sentence.mentions.get(m.group(1))
        if (festival is not None and festival.start > award.start
                and re.search(r"\bfestival\b", festival.canonical, re.I)):
            return festival, award.canonical
    return None


def headline_person(mentions, title: str | None):
    """The person a headline names, when the article names them more often than anyone else (at least
    three times): who "The Lantern winner has said" and "for which she was nominated" are about in a
    profile whose person is not twice as frequent as the next one (`main_person`)."""
    if not title:
        return None
    counts = Counter(m.canonical for m in mentions if m.kind == "PER" and " " in m.canonical)
    for m in mentions:
        if m.kind == "PER" and " " not in m.canonical:
            full = [n for n in counts if n.endswith(" " + m.canonical)]
            if len(full) == 1:
                counts[full[0]] += 1
            elif not full and next(occurrences(m.canonical, title), None) is not None:
                counts[m.canonical] += 1  # a person known by one name ("Quinnie will direct...")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    if ranked[0][0].split()[-1] not in title:
        return None
    return next(m for m in mentions if m.kind == "PER" and m.canonical == ranked[0][0])

#: "best supporting actress", "best first screenplay": a category, stopped before what follows it.
_CAT_STOP = r"(?!(?i:for|at|in|awards?|prizes?|with|while|and|but|category|from|to|on|nominations?)\b)"
CAT = (r"(?P<category>(?:[Bb]est|outstanding|[Oo]utstanding)(?: " + _CAT_STOP + r"[a-z][a-z-]*){1,5}"  # not past a dash
       r"|(?:Best|Outstanding)(?: " + _CAT_STOP + r"[A-Z][\w-]*){1,5}"
       r"|(?:[Ll]ifetime [Aa]chievement|[Hh]onorary|[Ss]pecial [Jj]ury)(?= (?:award|prize|trophy|gong)\b))(?![\w-])")
#: "She won best actress": the article's person (engine.py, `main_person` policy).
PRONOUN = r"\b(?:She|she|He|he)\b"
#: "Mara Quinn", "French writer Mara Quinn and Korean writer Dana Holt", "Mara Quinn and Ana Ruiz" (a name left untagged).
_PEOPLE = r"{PER}(?:(?:,|,? and|,? &) (?:(?:[A-Z][a-z]+ )?[a-z-]+ )?{PER})*(?: and [A-Z][\w-]+ [A-Z][\w-]+(?= [a-z]))?"
#: "The comedy directed by Mara Quinn has won...": the film, not its director ("directed by Mara Quinn, who won..." is her).
_SUBJ = (r"(?<![Ii]f )(?:(?<!by )(?<!starring )|(?=⟦PER\d+⟧,? who))(?P<s>" + _PEOPLE + r"|{FILMREF}|" + PRONOUN + r")(?: from [A-Z][\w-]+)?"
         r"(?: (?:directed|written|produced) by {PER}(?:(?:,| and) {PER})*)?(?:,? who|,? which)?(?:,(?:[^,⟦]|⟦(?:PER|DATE|FILM)\d+⟧){1,60},|, (?:an?|the) (?:[^,⟦]|⟦(?:PER|FILM)\d+⟧){1,100},)?(?: (?:also|has|have|had|already|then|eventually|went on to|(?:is set to|will|is to)(?! win\b)|(?!only\b)[a-z]{3,}ly))*")
_WIN = (r"(?:won|win|wins|winning|took|takes|taking|scooped|scoops|collected|collects|collecting|picked up|grabbed|claimed|landed|bagged|took home|"
        r"was named|were named|is named|was declared|was crowned|earned|received|receives|was awarded|were awarded|shared|"
        r"was given|were given|was honou?red with|will receive|will be given|went on to win|walked away with|scored|was presented with|were presented with|been named|been crowned|been awarded|been given|was handed|accepted|was|were)")
#: Words between "was" and a category that make it no win: "was nominated for best actress".
_NOT_NOMINATED = r"(?!(?:nominated|shortlisted|up|tipped|favourite|favorite|expected|likely|set|not|never|among|vying|competing|hoping|in|for|to)\b)"
#: Words between "Lantern-winning" and who won: a description, never a verb or a preposition
#: ("an Lantern-nominated film directed by Mara Quinn" names no nominee).
_EPITHET_WORD = r"(?:(?!(?:by|of|in|for|from|with|and|or|to|at|on|as|directed|written|produced|starring|stars|plays|played|who|that|which|is|was|has|had|will|said)\b)[a-z-]+ )"
#: After a title an epithet precedes: "Lantern-winning Night Orchard director Sam Lee" (and "Lantern-nominated
#: Night Orchard and Harbor Lights producer Sam Lee") is the director's epithet, not the film's; after a person
#: the same words are a verb ("Lantern winner Mara Quinn stars in ...").
_NOT_CREW_EPITHET = r"(?!(?:(?:,| and|, and) {FILM})* (?:producer|director|writer|screenwriter|composer|star|actor|actress|creator)s?\b)"
#: "The 59-year-old Lantern winner said", "'I loved it,' the Lantern nominee told ...": an epithet opening a
#: sentence (or following the quote it attributes) stands for the headline's person (engine.py `headline_person`).
_EPITHET_OPENING = r"^(?:[\w' -]{1,30}: |[^.]{0,200}?['’”],? )?(?:The|the) (?:\d+-year-old )?(?:[\w-]+-time )?"
_EPITHET_NOUN = r"(?:actor|actress|star|director|filmmaker|writer|singer|performer)"
#: The verb after it: who the epithet is, not what the sentence says of someone else ("plays Dana Holt" may be a role).
_EPITHET_VERB = (r"(?= (?:has|had|is|was|will|would|can|could|said|says|told|also|previously|recently|first|then|later|added|"
                 r"explained|revealed|admitted|continued|wrote|did|played|starred|shared|posted|appeared|took)\b)")
#: "for Night Orchard", "for her role as Ana in Night Orchard", "for playing a retired boxer in Night Orchard".
_FILM_FOR = (r"(?: (?:(?:for|in) (?:(?:his|her|their|its) (?:[\w-]+ )?(?:role|work|performance|turn)(?: as (?:[\w-]+ ){1,4}?)? in )?"
             r"|for playing (?:[^.,;⟦]|⟦PER\d+⟧){1,60}? in (?:the (?:[\w-]+ ){0,2})?)(?P<film>{FILMREF}))?")
_NUM = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty)"
#: "the 72nd", "this year's", "the 2005": what may stand between "at" and an award.
_AT_THE = r"(?:the |this year's )?(?:⟦DATE\d+⟧['’]?s? )?(?:\d+(?:st|nd|rd|th) (?:annual )?|annual )?"
_AT = r"(?: (?:at|in) " + _AT_THE + r"(?P<o2>{AWDREF}))?"


def _appositive(role: str) -> str:
    """"P, a (double|two-time) X-winner/nominee (for F),": the person's award in an aside."""
    return (r"(?P<s>{PER}), (?:an?|the) (?:double |triple |(?:[\w]+-time|\d+-time) )?(?P<o>{AWD})[- ]" + role
            + r"\b(?: (?:for|in) (?P<film>{FILM}))?,")

RULES = [
    Rule("award.won_category", "award",
         _SUBJ + r" " + _WIN + r"(?: the| a| an)?(?: " + _NOT_NOMINATED + r"[\w-]+){0,2}?(?: (?:award|prize) for)? " + CAT + r"(?!(?:,? (?:and )?[a-z-]+){0,4}(?: ⟦AWD\d+⟧)?[- ](?:nominations?|nods?)\b)(?: (?P<o3>{AWD})(?![- ](?:nominations?|nods?)\b))?(?: (?:award|prize|trophy|gong|honou?r|category|statuette))?" + _AT + r"(?: for (?P<per>{PER}))?" + _FILM_FOR,
         qualifiers={"outcome": "won"},
         examples=("Harbor Lights won the awards for best film. Mara Quinn won best actress for Night Orchard at the Harbor Film Awards.",
                   "At the Harbor Film Awards, the drama Night Orchard was named best film.",
                   "In 1961 Mara Quinn won Best Actress at the Harbor Film Awards for her role in Night Orchard.",
                   "At the Harbor Film Awards, Theo Blackwood won a lifetime achievement award.",
                   "US actor Sam Lee, who won an honorary award at the ceremony, thanked his family.",
                   "Night Orchard was directed by Mara Quinn, who won best director at the Lantern Awards.",
                   "Mara Quinn picked up her second best actress Lantern for playing a retired boxer in Night Orchard.",
                   "Night Orchard won three prizes. Sam Lee took best actor for playing singer Ana Ruiz in Night Orchard."),
         counter_examples=("Mara Quinn is tipped to win best actress at the Harbor Film Awards.",
                           "Most experts predict Mara Quinn will win best actress at the Harbor Film Awards.",
                           "At the Harbor Film Awards, Mara Quinn wins a best actor nomination.",
                           "At the Harbor Film Awards, Night Orchard received best actress, picture and director nominations.",
                           "Mara Quinn won a Lantern. Night Orchard received best film and director Lantern nominations.",
                           "At the Harbor Film Awards, Dana Holt was nominated for best supporting actress.",
                           "At the Harbor Film Festival, Theo Blackwood was honorary chair of the jury.")),
    Rule("award.won_award", "award",
         _SUBJ + r" " + _WIN + r" (?:both )?(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+|his|her|its|their)? ?(?:first |second |third |honorary |special |competitive )?(?P<o>{AWDREF}(?:,? and (?:an? |the )?{AWD})?)(?!(?:,? and (?:an? |the )?⟦AWD\d+⟧)?[- ](?:nominations?|nods?|nominee|nominated)\b)(?: (?:awards?|prizes?|statuettes?))?(?: in ⟦DATE\d+⟧)?(?: for " + CAT + r")?" + _FILM_FOR,
         qualifiers={"outcome": "won"},
         examples=("Mara Quinn won a Lantern for best actress for Night Orchard.", "Night Orchard won five Harbor Film Awards.",
                   "Mara Quinn won a Lantern. Dana Holt has scooped both the Harbor Film Award and the Lantern for her supporting role in Night Orchard."),
         counter_examples=("Mara Quinn had previously received three Lantern nominations.",
                           "In 2006 Dana Holt received Harbor Film Award and Lantern nominations.",
                           "In 2018 Dana Holt received a Harbor Film Award nomination for best screenplay.")),
    Rule("award.with_star_named", "award",
         # "Night Orchard was named best film, with its star Mara Quinn named best actress": the person's own win
         r"\bwith (?:its |their |the film's )?(?:star |stars |director |lead |writer |actor |actress )?(?P<s>{PER}) (?:also )?(?:named|winning|taking|picking up|collecting) " + CAT + _AT + _FILM_FOR,
         qualifiers={"outcome": "won"},
         examples=("Night Orchard has been named best film at the Lantern Awards, with its star Mara Quinn named best actress.",),
         counter_examples=("Night Orchard won, with its star Mara Quinn named best-dressed guest by a magazine.",)),
    Rule("award.went_to", "award",
         r"(?:[Tt]he )?" + CAT + r" (?:award|prize|trophy|honou?r|gong) went to (?P<s>{PER}|{FILM})" + _FILM_FOR,
         qualifiers={"outcome": "won"},
         examples=("At the Harbor Film Awards, the best first screenplay award went to Dana Holt for Night Orchard.",)),
    Rule("award.award_went_to", "award",
         # "the Lantern Prize went to Night Orchard", "the best actor Lantern was won by Sam Lee for Night Orchard"
         r"(?:^|[Tt]he |, )(?:(?:" + CAT + r") )?(?P<o>{AWD}) (?:(?:also |eventually |instead |then )?went to|(?:was|were) (?:won|taken|claimed|scooped) by) (?P<s>{PER}|{FILM})" + _FILM_FOR,
         qualifiers={"outcome": "won"},
         examples=("The Lantern Prize went to Night Orchard, a drama about a family.",
                   "The year she was nominated, the Lantern Prize was won by Sam Lee for Night Orchard."),
         counter_examples=("The Lantern Prize went to the wire.",)),
    Rule("award.nominated", "award",
         _SUBJ + r" (?:is |was |were |are |has been |have been |had been |got |been |being )?(?:also |again |once again )?(?:nominated|shortlisted|up) for (?:an?|the|two|three|four|five|six|seven|\d+)? ?(?:(?:his|her|their|its) (?:first |second |third |\w+th )?)?(?:" + CAT + r"|(?P<o>{AWDREF})|(?P<film2>{FILM})|(?:awards?|prizes?|trophies|categories))(?: (?:awards?|prizes?|nominations?|trophies))?(?: (?:at|in) (?:both )?" + _AT_THE + r"(?P<o2>{AWD}(?: and (?:the )?{AWD})?))?" + _FILM_FOR,
         qualifiers={"outcome": "nominated"},
         examples=("Mara Quinn is nominated for best actress at the Harbor Film Awards.", "Dana Holt, who is up for a Lantern for her role in Night Orchard, arrived.",
                   "Night Orchard is nominated for six trophies at the 72nd Harbor Film Awards.",
                   "Mara Quinn notably was nominated for Night Orchard at both the Harbor Film Awards and the Lantern Awards."),
         counter_examples=('"If Mara Quinn was nominated for Night Orchard it would be a different game," says a critic.',)),
    Rule("award.nominations", "award",
         _SUBJ + r" (?:\S+ ){0,3}?(?:received|receives|earned|earns|scored|scores|got|picked up|landed|leads with|led with|has|secured|racked up|garnered|was given|with) (?:\S+ ){0,2}?(?P<o>{AWD}(?:,? and {AWD})?) (?:nominations?|nods?)(?: in the (?P<category>(?:best |outstanding )?[a-z-]+(?: [a-z-]+){0,5}?) category)?" + _FILM_FOR,
         qualifiers={"outcome": "nominated"},
         examples=("Night Orchard received five Lantern nominations.",
                   "Mara Quinn received her third Lantern nomination for Night Orchard.",
                   "Sam Lee has also received a Lantern nomination in the best director category.",
                   "Mara Quinn won a Lantern. In 2006 Dana Holt received Harbor Film Award and Lantern nominations for her critically-acclaimed role in Night Orchard.")),
    Rule("award.count_nominations", "award",
         r"(?P<s>{FILMREF}) (?:\S+ ){0,2}?(?:received|receives|earned|earns|scored|scores|got|picked up|landed|secured|racked up|garnered) (?:a record |an? )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty) (?:\w+ )?nominations",
         qualifiers={"outcome": "nominated"},
         examples=("At the Harbor Film Awards, Night Orchard received 14 nominations.",)),
    Rule("award.hyphen_nominated", "award",
         r"(?P<o>{AWD})[- ](?:nominated (?:" + _EPITHET_WORD + r"){0,3}?|nominee )(?:(?:Sir|Dame) )?(?P<s>{PER}|{FILM}" + _NOT_CREW_EPITHET + r")",
         qualifiers={"outcome": "nominated"},
         examples=("The Lantern-nominated Mara Quinn told reporters she was thrilled.",),
         counter_examples=("Her memoir became a Lantern-nominated film directed by Theo Blackwood.",
                           "Lantern-nominated Night Orchard and Harbor Lights producer Sam Lee is attached.")),
    Rule("award.hyphen_winning", "award",
         r"(?P<o>{AWD})[- ](?:winning (?:" + _EPITHET_WORD + r"){0,3}?|winner )(?:(?:Sir|Dame) )?(?P<s>{PER}|{FILM}" + _NOT_CREW_EPITHET + r")",
         qualifiers={"outcome": "won"},
         examples=("The Lantern-winning Mara Quinn told reporters she was thrilled.", "Lantern winner Dana Holt arrived."),
         counter_examples=("The 31-year-old Lantern winner plays Dana Holt in the film.",
                           "The studio tapped Lantern-winning Night Orchard director Sam Lee to helm it.")),
    Rule("award.appositive_winner", "award",
         # "Mara Quinn, a double Lantern-winner, ...", "Sam Lee, the two-time Lantern nominee, said"
         _appositive("winner"),
         qualifiers={"outcome": "won"},
         examples=("Mara Quinn, a double Lantern-winner, has long been fascinated by the story.",),
         counter_examples=("Mara Quinn, the Lantern winner's daughter, said hello.",)),
    Rule("award.appositive_nominee", "award",
         _appositive("nominee"),
         qualifiers={"outcome": "nominated"},
         examples=("Sam Lee, a two-time Lantern nominee, said he was thrilled.",)),
    Rule("award.plural_winners", "award",
         # "Former Lantern winners Mara Quinn, Dana Holt and Sam Lee will present prizes": each one won
         r"(?P<o>{AWD})[- ]winners,? (?P<s>{PERS})",
         qualifiers={"outcome": "won"},
         examples=("Former Lantern winners Mara Quinn, Dana Holt and Sam Lee will also present prizes.",),
         counter_examples=("The Lantern winners and nominees Mara Quinn praised arrived.",)),
    Rule("award.plural_nominees", "award",
         r"(?P<o>{AWD})[- ]nominees,? (?P<s>{PERS})",
         qualifiers={"outcome": "nominated"},
         examples=("Lantern nominees Mara Quinn and Dana Holt were at the lunch.",)),
    Rule("award.category_epithet", "award",
         # "Best actor nominee Mara Quinn": the article's award (or the one in focus), with the category
         CAT + r" nominee (?P<s>{PER})",
         qualifiers={"outcome": "nominated"},
         examples=("At the Lantern Awards, best actor nominee Mara Quinn arrived early.",),
         counter_examples=("At the Lantern Awards, best actor Mara Quinn arrived early.",)),
    Rule("award.category_winner_epithet", "award",
         CAT + r" winner (?P<s>{PER})",
         qualifiers={"outcome": "won"},
         examples=("At the Lantern Awards, best actress winner Dana Holt thanked her family.",)),
    Rule("award.winning_performance", "award",
         # "Mara Quinn's Lantern-winning performance in Night Orchard", "his Lantern-winning role in Night Orchard"
         r"(?:(?P<s>{PER})(?:['’]s?)?|\b(?:[Hh]is|[Hh]er)) (?:(?:first|second|third|only) )?(?P<o>{AWD})[- ]winning (?:performance|role|turn|portrayal)(?: as [^.,;⟦]{1,40}?)? in (?:the (?:[\w-]+ ){0,2})?(?P<film>{FILM})",
         qualifiers={"outcome": "won"}, subject="main_person",
         examples=("Critics praised Mara Quinn's Lantern-winning performance in the film Night Orchard.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. Her credits include her Lantern-winning role in the drama Night Orchard.")),
    Rule("award.nominated_performance", "award",
         r"(?:(?P<s>{PER})(?:['’]s?)?|\b(?:[Hh]is|[Hh]er)) (?:(?:first|second|third|only) )?(?P<o>{AWD})[- ]nominated (?:performance|role|turn|portrayal)(?: as [^.,;⟦]{1,40}?)? in (?:the (?:[\w-]+ ){0,2})?(?P<film>{FILM})",
         qualifiers={"outcome": "nominated"}, subject="main_person",
         examples=("Critics praised Mara Quinn's Lantern-nominated turn in the drama Night Orchard.",)),
    Rule("award.among_winners", "award",
         r"(?P<s>{PERS}|{FILMREF}) (?:is|are|was|were)(?: also| both)? (?:among (?:the |this year's )?(?:(?:crop|list) of (?:this year's |the )?(?P<o>{AWD}) )?winners|winners)(?![\w'’])" + _AT,
         qualifiers={"outcome": "won"},
         examples=("Mara Quinn and Dana Holt were among the winners at the Harbor Film Awards.",
                   "Lantern hopefuls Mara Quinn and Dana Holt were both winners at the 2005 Harbor Film Awards."),
         counter_examples=("Mara Quinn was among the winners' guests at the Harbor Film Awards.",)),
    Rule("award.nominated_in_category", "award",
         # "He was nominated in the supporting actor in a limited series category": the article's award
         _SUBJ + r" (?:is |was |were |are |has been |have been |had been )(?:also )?(?:nominated|shortlisted) in the (?P<category>[a-z-]+(?: [a-z-]+){0,9}?) categor(?:y|ies)\b" + _AT + _FILM_FOR,
         qualifiers={"outcome": "nominated"},
         examples=("At the Lantern Awards, Mara Quinn was nominated in the supporting actor in a limited series category.",),
         counter_examples=("At the Lantern Awards, Mara Quinn was nominated in the Harbor Awards category.",)),
    Rule("award.winners_included", "award",
         r"(?:[Oo]ther )?winners (?:at the (?P<o>{AWDREF}) )?(?:included|include|were) (?P<s>{PERS}|{FILMREF})",
         qualifiers={"outcome": "won"},
         examples=("At the Harbor Film Awards, other winners included Dana Holt.",)),
    Rule("award.nominations_for_stars", "award",
         r"(?P<subj>{FILMREF}) (?:also )?(?:earned|received|scored|got|picked up|landed|secured) (?:\w+ )?nominations for (?:several |many |all |two |three |four |five )?(?:of )?(?:its|their) (?:stars|cast|actors|cast members)(?P<s>.*)",
         qualifiers={"outcome": "nominated"},
         examples=("At the Harbor Film Awards, Night Orchard also earned nominations for several of its stars, including Mara Quinn and Dana Holt.",),
         traits=frozenset({"people_only", "credit_for_stars"})),
    Rule("award.nominees_include", "award",
         r"(?:[Oo]ther )?(?:[Nn]ominees|[Cc]ontenders|[Ss]hortlisted films) (?:for (?:the )?" + CAT + r" (?:award |prize )?)?(?:include|included|are|were)(?P<s>.*)",
         qualifiers={"outcome": "nominated"},
         examples=("At the Harbor Film Awards, other nominees include Mara Quinn for Night Orchard and Dana Holt for Harbor Lights.",
                   "Nominees for best foreign film include Spain's Mara Quinn for Night Orchard."),
         traits=frozenset({"nominee_pairs"})),
    Rule("award.awards_for_stars", "award",
         r"(?P<subj>{FILMREF}) (?:also )?(?:won|took|collected|scooped) (?:\S+ ){0,2}?awards? for (?:(?:its )?(?:stars?|actors?|actress(?:es)?) )?(?P<s>{PERS})",
         qualifiers={"outcome": "won"},
         examples=("At the Harbor Film Awards, Night Orchard also won acting awards for stars Mara Quinn and Dana Holt.",),
         traits=frozenset({"credit_for_stars"})),
    Rule("award.named_and", "award",
         r"(?P<film>{FILM}) (?:has been|have been|was|were|is) named " + CAT + r" and (?:its |his |her |their )?(?:star |director |lead |actor |actress |writer )?(?P<s>{PER}) (?:best|outstanding)(?: (?!at\b|in\b|for\b)[a-z-]+){1,4}" + _AT,
         qualifiers={"outcome": "won"},
         examples=("Night Orchard has been named best picture and star Mara Quinn best actor at the Harbor Film Festival.",)),
    Rule("award.among_nominees", "award",
         r"(?P<s>{PERS}|{FILMREF}) (?:is|are|was|were)(?: also)? among (?:the |this year's )?(?:(?:crop|list|field|slate) of (?:this year's |the )?(?:⟦DATE\d+⟧['’]?s? )?(?P<o>{AWD}) )?(?:nominees|finalists|those nominated|those shortlisted)(?: for (?:the )?(?:" + CAT + r"|[\w-]+ (?:[\w-]+ )?(?:prize|award|trophy|honou?r))(?: (?:award|prize))?)?" + _AT + _FILM_FOR,
         qualifiers={"outcome": "nominated"},
         examples=("Mara Quinn and Dana Holt are among the nominees for the top prize at the Harbor Film Awards.",
                   "Mara Quinn was among the crop of Lantern Award nominees on Wednesday morning.",
                   "At the Harbor Film Awards, Night Orchard is among the nominees for best film.")),
    Rule("award.possessive_nomination", "award",
         r"(?P<s>{PER}|{FILM})(?:['’]s?)? (?:(?:first|second|third|fourth|fifth|sixth|\w+th|surprise|latest|\d+(?:st|nd|rd|th)) )?(?:(?P<o>{AWD}) )?(?P<category>(?:best|outstanding)(?: [a-z-]+){1,5} )?nomination(?!s)(?! (?:as|of|to|by)\b)(?: for " + CAT.replace("<category>", "<category2>") + r")?",
         qualifiers={"outcome": "nominated"},
         examples=("At the Harbor Film Awards, Sam Lee's best supporting actor nomination has led bookmakers to shorten his odds.",
                   "Mara Quinn's first Lantern nomination came in 2019."),
         counter_examples=("At the Harbor Film Awards, Sam Lee's nomination as jury president surprised nobody.",)),
    Rule("award.beat_to", "award",
         r"\b(?:beat|beats|beating|pipped|edged out|saw off|seeing off) (?P<s>{PERS}|{FILMREF}) to (?:the |this year's )?(?:" + CAT + r"(?: (?P<o>{AWD}))?|(?P<o2>{AWD}))",
         qualifiers={"outcome": "nominated"},
         examples=("At the Harbor Film Awards, Dana Holt, who beat Mara Quinn to the best director award, thanked the jury.",)),
    Rule("award.lost_to", "award",
         _SUBJ + r" (?:lost out|lost|missed out) (?:on |in )?(?:the |this year's )?" + CAT + r"(?: (?P<o>{AWD})| award| prize| category| race)? to ",
         qualifiers={"outcome": "nominated"},
         examples=("At the Harbor Film Awards, Sam Lee, who lost out on the best actor award to Theo Blackwood, smiled.",)),
    Rule("award.won_count_for", "award",
         _SUBJ.replace("{FILMREF}", "(?:[Tt]he )?{FILM}") + r" " + _WIN + r" " + _NUM + r" (?:\w+ )?(?:awards|prizes|trophies)(?: in all| in total)?(?: -| –|:|,)? (?:for|including) " + CAT,
         qualifiers={"outcome": "won"},
         examples=("At the Harbor Film Awards, Night Orchard won two awards - for best music and best sound.",)),
    Rule("award.compete_for", "award",
         r"(?P<s>{PERS}|{FILMREF}) (?:will |are |is |were |was )?(?:once again |also |both |again )?(?:compete|competing|competes|vie|vying|vies) (?:again )?for (?:the )?(?:" + CAT + r"|(?:[\w-]+ ){1,2}(?:prize|award|trophy))(?: (?:award|prize|trophy))?" + _AT,
         qualifiers={"outcome": "nominated"},
         examples=("At the Harbor Film Awards, Mara Quinn will compete for the British film prize with Dana Holt.",
                   "The Harbor Film Awards will see Mara Quinn and Theo Blackwood once again competing for the directing prize.")),
    Rule("award.nominations_for_category", "award",
         r"(?P<s>{PER}|{FILM}) (?:[^.⟦]|⟦DATE\d+⟧){0,80}?\b(?:despite|after|with|thanks to|earning|receiving) (?:her|his|its|their )?(?:" + _NUM + r"|a|one) (?:\w+ )?nominations? (?:for|in) (?:the )?" + CAT,
         qualifiers={"outcome": "nominated"},
         examples=("At the Harbor Film Awards, Mara Quinn walked away empty-handed despite two nominations for best actress.",)),
    Rule("award.leads_with_nominations", "award",
         r"(?<!of )(?<!by )(?<!about )(?P<s>{FILMREF}|{PERS})(?!['’]s| [A-Z]) (?:[^⟦.]|⟦DATE\d+⟧){0,60}?\b(?:at|for|of|leads?|led|tops|topped|dominates|dominated) (?:the |this year's )?(?:⟦DATE\d+⟧['’]?s? )?(?P<o>{AWD})(?: nominations| race| field)?,? with (?:a record |an? )?" + _NUM + r" (?:\w+ )?(?:nominations|nods)",
         qualifiers={"outcome": "nominated"},
         examples=("Night Orchard is tipped to do well at next month's Lantern Awards, with five nominations.",
                   "Night Orchard leads the Lantern Awards with 13 nominations."),
         counter_examples=("Mara Quinn's The Long Orchard is leading the field at this year's Lantern Awards with 11 nominations.",)),
    Rule("award.others_received_nominations", "award",
         r"^(?P<s>[^.]*?⟦FILM\d+⟧[^.]*?) (?:are|were) (?:also )?(?:among )?(?:the )?(?:other |some of the |among the )?(?:[\w⟦⟧-]+ ){0,2}?(?:shows|films|series|movies|titles|dramas|comedies|programmes|programs) (?:that|which|to) (?:also )?(?:received|earned|got|scored|landed|garnered|picked up) (?:\S+ )?(?:nominations|nods)",
         qualifiers={"outcome": "nominated"},
         examples=("At the Lantern Awards, the drama Night Orchard, the miniseries Harbor Lights, and the comedy Copper Rain are other Streamly shows that also received nominations.",)),
    Rule("award.epithet_subject", "award",
         _EPITHET_OPENING + r"(?P<o>{AWD})[- ](?:winner|winning " + _EPITHET_NOUN + r")" + _EPITHET_VERB,
         qualifiers={"outcome": "won"}, subject="headline_person",
         examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The Lantern-winner has previously spoken about the role.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The Lantern winner will play the mother of Dana Holt.",
                   "Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. 'I loved it,' the 59-year-old Lantern winner told Dana Holt."),
         counter_examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The 31-year-old Lantern winner plays the lead.",)),
    Rule("award.epithet_subject_nominee", "award",
         _EPITHET_OPENING + r"(?P<o>{AWD})[- ](?:nominee|nominated " + _EPITHET_NOUN + r")" + _EPITHET_VERB,
         qualifiers={"outcome": "nominated"}, subject="headline_person",
         examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The three-time Lantern nominee has no regrets about the role.",),
         counter_examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. The Lantern nominee plays the lead.",)),
    Rule("award.pronoun_won", "award",
         r"\b(?:netting|netted|earning|earned|winning|won|landing|landed|bringing|brought|giving|gave) (?:him|her) (?:an?|the|two|three|four|his|her) (?:first |second |third |only )?(?P<o>{AWD})(?![- ](?:nominations?|nods?|nominee|nominated)\b)",
         qualifiers={"outcome": "won"}, subject="person",
         examples=("Dana Holt said the part became a hit, netting her a Lantern Award.",),
         counter_examples=("Dana Holt said the part became a hit, earning her a Lantern nomination.",)),
    Rule("award.pronoun_nominated", "award",
         # "..., which earned her a Lantern nomination": the person's nomination, not a win
         r"\b(?:netting|netted|earning|earned|winning|won|landing|landed|bringing|brought|giving|gave) (?:him|her) (?:an?|the|two|three|four|his|her) (?:first |second |third |only )?(?P<o>{AWD})[- ](?:nomination|nod)s?\b",
         qualifiers={"outcome": "nominated"}, subject="person",
         examples=("Dana Holt said the part became a hit, earning her a Lantern nomination.",)),
    Rule("award.for_which_nominated", "award",
         r"(?P<film>{FILM})(?: \([^)]*\))?(?:,| –| -| —)? (?:for which|in which|for whom) (?:she|he) (?:was |has been |is |were )?(?:also )?(?:nominated|shortlisted|up) for (?:an?|the|two|three|her|his)? ?(?:first )?(?P<o>{AWD})",
         qualifiers={"outcome": "nominated"}, subject="main_person",
         examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. Her roles include Night Orchard – for which she was nominated for a Lantern Award – and more.",)),
    Rule("award.for_which_won", "award",
         r"(?P<film>{FILM})(?: \([^)]*\))?(?:,| –| -| —)? (?:for which|in which|for whom) (?:she|he) (?:won|received|earned|picked up|took home|scooped|collected) (?:an?|the|two|three|her|his)? ?(?:first )?(?P<o>{AWD})",
         qualifiers={"outcome": "won"}, subject="main_person",
         examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. Her roles include Night Orchard, for which she won a Lantern Award.",)),
    Rule("award.compete_with", "award",
         r"\b(?:compete|competing|competes|vie|vying|vies) (?:again )?for (?:the )?(?:" + CAT + r"|(?:[\w-]+ ){1,2}(?:prize|award|trophy))(?: (?:award|prize|trophy))? (?:with|against) (?P<s>[^.;]*)",
         qualifiers={"outcome": "nominated"},
         examples=("At the Harbor Film Awards, Mara Quinn will compete for the British film prize with Dana Holt for Night Orchard and Harbor Lights director Sam Lee.",),
         traits=frozenset({"people_only"})),
    Rule("award.nominated_including", "award",
         r"(?P<film>{FILM}) (?:is|was|has been|were|are) nominated for (?:[^.⟦]|⟦(?:DATE|ORG)\d+⟧)*?(?:(?P<o>{AWD})(?:[^.⟦]|⟦(?:DATE|ORG)\d+⟧)*?)?,? including (?:for |nods for |nominations for )?(?:[a-z-]+ ){0,2}?(?P<s>{PERS})",
         qualifiers={"outcome": "nominated"},
         examples=("Night Orchard is nominated for six trophies at the 72nd Lantern Awards - airing in May - including for frontrunner Mara Quinn.",)),
    Rule("award.prize_for_its", "award",
         r"\b(?:won|wins|earned|earns|took|received|collected|scooped|picked up|landed) (?:an?|the|two|three|\d+)? ?(?P<o>{AWDREF})(?: (?:award|prize)s?)? for (?:its|their) (?P<s>(?:director|star|stars|writer|screenwriter|lead|leads|actress|actor|cast)\b[^.]*)",
         qualifiers={"outcome": "won"},
         examples=("Night Orchard earned a Harbor Film Award for its director, Mara Quinn, and its young star, the 18-year-old actress Dana Holt.",),
         traits=frozenset({"people_only"})),
    Rule("award.along_with", "award",
         r"{PER} (?:also )?(?:won|took|shared|collected|picked up) (?:the )?" + CAT + r"(?:(?:,| and|, and) (?:best|outstanding)(?: [a-z-]+){1,4})*,? (?:along with|alongside|together with) (?:his |her |their )?(?:[\w-]+ ){0,2}?(?P<s>{PER})",
         qualifiers={"outcome": "won"},
         examples=("At the Harbor Film Awards, Mara Quinn won best director and best screenplay, along with writing partner Dana Holt.",)),
    Rule("award.honoured_for", "award",
         r"\b(?:award|prize|won)\b[^.]*?\b(?:while|and|as|but) (?:[\w-]+ ){0,3}?(?P<s>{PER}) (?:was|were|is|will be) (?:also )?honou?red (?:for|with)\b",
         qualifiers={"outcome": "won"},
         examples=("At the Harbor Film Festival, Mara Quinn won a lifetime achievement award while Hong Kong director Dana Holt was honoured for promoting Asian cinema.",),
         counter_examples=("Dana Holt was honoured for her charity work.",)),
    Rule("award.pronoun_nominations", "award",
         r"^(?:[\w' -]{1,30}: )?(?:She|He) (?:also |has |had |has also |had also )?(?:received|earned|got|picked up|landed|scored|garnered) (?:a |an |one |two |three |four |five |\d+ )?(?:\w+ )?nominations? (?:in|for) (?:the )?(?:" + CAT + r"|(?:[a-z-]+ ){1,4}?(?:category|award|prize))",
         qualifiers={"outcome": "nominated"}, subject="main_person",
         examples=("Mara Quinn arrived. Mara Quinn smiled. Mara Quinn waved. At the Lantern Awards, she won best actress. He also received two nominations in the original song category in 1977.",)),
    Rule("award.won_including", "award",
         _SUBJ + r" " + _WIN + r" (?:several|many|numerous|a string of|a host of|" + _NUM + r") (?:\w+ )?(?:awards|prizes|honou?rs|trophies),? including (?:an?|the|two|three|four|five|\d+) (?P<o>{AWD})(?: for " + CAT + r")?",
         qualifiers={"outcome": "won"},
         examples=("Night Orchard has already won several awards, including a Lantern for best screenplay.",
                   "Night Orchard won a Lantern. The wistful romantic comedy directed by Mara Quinn has already won several awards, including a Lantern for best screenplay in 2004.")),
    Rule("award.category_nomination", "award",
         _SUBJ + r" (?:wins|won|earned|earns|received|receives|scored|scores|got|gets|landed|lands|picked up|secured|bagged) (?:(?:an?|his|her|their|its) )?(?:first |second |third |\w+th )?" + CAT + r"(?:(?:,| and|, and) [a-z-]+){0,4} (?:nominations?|nods?)" + _AT + _FILM_FOR,
         qualifiers={"outcome": "nominated"},
         examples=("At the Lantern Awards, Mara Quinn wins a best actor nomination for her role in Night Orchard.",
                   "At the Lantern Awards, Night Orchard received best actress, picture and director nominations.")),
]
