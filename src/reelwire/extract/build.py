"""Turn rule matches into Facts, one function per predicate family."""

from __future__ import annotations

import re

from reelwire.extract.awards import default_award, festival_prize
from reelwire.extract.engine import Context, make_fact
from reelwire.extract.box_office import BOX_OFFICE_CONTEXT
from reelwire.extract.credits import DIRECTOR_TALK
from reelwire.extract.events import EVENT_DATE_VERBS
from reelwire.extract.masking import MaskedSentence
from reelwire.extract.release import ends_before, is_release_value, medium_of, region_of, release_status
from reelwire.extract.rules import Rule
from reelwire.model import Fact

#: Events whose date the news does not tie to the event itself ("pushed it to 2025" dates the film).
UNDATED_EVENTS = {"delay", "reshoots"}
#: A category names what it rewards: "best supporting actress", "outstanding drama series".
CATEGORY_HEAD = re.compile(
    r"\b(?:film|picture|movie|actor|actress|director|directing|screenplay|documentary|feature|performance|music|sound|"
    r"editing|design|score|song|series|drama|comedy|animation|animated|cinematography|effects|debut|newcomer|ensemble|"
    r"writing|short|make-up|makeup|hair|costume|foreign|original|adapted|supporting|lead|show|limited|reality|variety|"
    r"cast|visual|production|script|casting|voice|special|host|program|programme|directorial|achievement|lifetime|honorary|jury)s?\b", re.I)
CREDITS = {"cast_member", "director", "screenwriter", "producer"}
#: A rank or title that opens a role's name ("DI Kate Fleming", "Dr Max Crane"), never an actor's.
RANK = re.compile(r"(?:DI|DS|DCI|DC|DSI|PC|Det|Detective|Inspector|Sergeant|Sgt|Constable|Captain|Capt|Commander|Lieutenant|"
                  r"Lt|Colonel|Col|Agent|Dr|Doctor|Professor|Prof|Officer|Superintendent|Supt|Nurse)\.? (?=[A-Z])")


def _films(slots: dict) -> list:
    return [m for m in slots["s"] if m.kind == "FILM"]


def build_facts(rule: Rule, match: re.Match, slots: dict, sentence: MaskedSentence, ctx: Context,
                outlets: set[str]) -> list[Fact]:
    p = rule.predicate
    if p in CREDITS:
        if "director_talk_veto" in rule.traits and re.search(DIRECTOR_TALK, sentence.masked):
            return []  # "the best director category ... Night Orchard's Ana Ruiz": a director (credits.py)
        # an acronym tagged as a person ("the Screen Actors Guild (SAG)") is no credit
        # an acronym or a social handle ("@maraquinn") is no name the article gives
        people = [m for m in slots["o"] if m.kind == "PER" and not re.fullmatch(r"[A-Z]{2,5}", m.text)
                  and not m.text.startswith("@")]
        if not ("brackets_either_way" in rule.traits and slots["character"]):
            # "led by Supt Ted Hastings [Adrian Dunbar]": a name titled by a rank is the role's, not the actor's
            people = [m for m in people if not RANK.match(m.text)]
        slots = dict(slots, s=[_not_the_original(s, sentence, ctx) for s in slots["s"]])
        shared = "shared_role" in rule.traits  # several actors playing one role (ages of a life)
        character = slots["character"] if (len(people) == 1 or shared) and p == "cast_member" else None
        if character and character.endswith(("'", "’")):
            character = None  # "will play Theo Blackwood' partner": a possessor, not the role
        if character and re.match(r"(?:the )?(?:eponymous|titular|title) ", character):
            # "her debut as the eponymous hero in Y": the role is named like the article's film
            character = ctx.main_film.canonical if ctx.main_film is not None else None
        if character and ctx.main_film is not None:  # "Max Crane, played by X": the role is no title
            slots = dict(slots, s=[ctx.main_film if s.canonical == character else s for s in slots["s"]])
        # "Mara Quinn (DI Kate Fleming)": the actor first and the role, titled by its rank, in brackets
        if "brackets_either_way" in rule.traits and character and len(people) == 1 and RANK.match(people[0].text):
            role = RANK.sub("", people[0].text, count=1)
            return [make_fact(rule, sentence, p, s, character, "person", {"character": role})
                    for s in _films(slots) if s.canonical != character]
        # "George (Blackwood) said": a surname added to clarify a name is no Character (Actor) credit
        if character and any(o.canonical.startswith(character + " ") for o in people):
            return []
        return [make_fact(rule, sentence, p, s, o.canonical, "person", {"character": character})
                for s in _films(slots) for o in people if o.canonical != s.canonical]
    if p == "studio":
        # a company the article also calls a franchise ("Harbor movies") is still the company in "Harbor's X"
        orgs = [m for m in slots["o"] if (m.kind in {"ORG", "FRAN"} or "any_tag_company" in rule.traits)
                and m.canonical not in outlets]
        # "Streamly Plus/VOD", "Harbor/Meridian": each named company, never the medium.
        names = [n.strip() for o in orgs for n in _company_names(o, sentence).split("/")
                 if len(n.strip()) > 1 and n.strip().upper() not in {"VOD", "DVD", "TV", "SVOD", "AVOD"}
                 and not PLACE_MEDIUM.match(n.strip()) and not GENRE_ONLY.match(n.strip()) and n.strip() not in NOT_COMPANY]
        if "no_person_company" in rule.traits:  # "the Mara Quinn police drama X": a star the tagger made a company
            names = [n for n in names if not _person_like(n)]
        if "no_abbreviation" in rule.traits and any(_abbreviates(o, sentence) for o in orgs):
            return []  # "Commission on Night Orchard (CNO)": the brackets shorten the name before them
        return [make_fact(rule, sentence, p, s, n, "org") for s in _films(slots) for n in dict.fromkeys(names)
                if n != s.canonical]
    if p == "release_date":
        return _release(rule, match, slots, sentence, ctx)
    if p == "part_of_franchise":
        if "title_prefix" in rule.traits:
            return [make_fact(rule, sentence, p, s, f, "franchise") for s in _films(slots)
                    for f in ctx.franchises if _title_of_franchise(f, s.canonical)]
        names = [m.canonical for m in slots["o"] if m.kind == "FRAN"]
        if "untagged_series_name" in rule.traits:
            # "the Copper Rain horror spin-off", "the Night Orchard prequel": the name of the series, whatever the tagger
            # made of it (a title, a company) or left untagged
            names += [m.canonical for m in slots["o"] if m.kind == "FILM" and not COMPANY_WORD.search(m.canonical)]
            names += [m.canonical for m in sentence.mentions_in(match.groupdict().get("oorg"))
                      if m.kind == "ORG" and not COMPANY_WORD.search(m.canonical)]
            fname = match.groupdict().get("fname") or match.groupdict().get("fname2")
            if fname and not COMPANY_WORD.search(fname):
                names.append(fname)
        return [make_fact(rule, sentence, p, s, f, "franchise") for s in _films(slots) for f in dict.fromkeys(names)
                if f != s.canonical and f not in NOT_COMPANY]
    if p in {"set_between", "set_after", "set_before"}:
        facts = []
        for s in _films(slots):
            facts += [make_fact(rule, sentence, "set_after", s, a.canonical, "film") for a in slots["a"] if a.canonical != s.canonical]
            facts += [make_fact(rule, sentence, "set_before", s, b.canonical, "film") for b in slots["b"] if b.canonical != s.canonical]
        return facts
    if p == "event":
        value = None if rule.qualifiers.get("type") in UNDATED_EVENTS else _event_date(match, sentence, ctx)
        return [make_fact(rule, sentence, p, s, value, "time") for s in _films(slots)]
    if p == "based_on":
        works = [m for m in slots["o"] if m.kind in {"PER", "FILM"}]
        # "the murder of the politician X": a person by their role, whatever the tagger made of the name
        works += [m for m in sentence.mentions_in(match.groupdict().get("role")) if m.kind == "ORG"]
        subjects = _films(slots) or ([w for w in works if w.kind == "FILM"] if "same_title" in rule.traits else [])
        return [make_fact(rule, sentence, p, s, w.canonical, "work" if w.kind == "FILM" else "person")
                for s in subjects for w in works if w.canonical != s.canonical or "same_title" in rule.traits]
    if p == "award":
        return _award(rule, slots, sentence, ctx, match)
    if p == "box_office":
        return _box_office(rule, match, slots, sentence, ctx)
    if p == "quote":
        outlet = slots["outlet"]
        # "Mr" alone is a name the tagger cut short, not a speaker
        speakers = [m for m in slots["o"] if m.kind == "PER" and not re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?", m.canonical)]
        return [make_fact(rule, sentence, p, o, None, "none", {"outlet": outlet}) for o in speakers]
    return []


#: A name that is a company's, not a franchise's ("Harbor Pictures", "Streamly Studios").
def _person_like(name: str) -> bool:
    """'Mara Quinn' (two or three capitalised words, none a company word or an acronym), unlike 'Streamly', 'HBO Max'."""
    return bool(re.fullmatch(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}", name)) and not COMPANY_WORD.search(name)


COMPANY_WORD = re.compile(r"\b(?:Pictures|Studios?|Films|Entertainment|Media|Releasing|Productions?|Network|Channel|Group|"
                          r"Company|Co|Inc|TV|Television|Animation|Distribution|Features|Plus)\b|\+$")


def _title_of_franchise(franchise: str, title: str) -> bool:
    """A film whose title is the franchise's name, or that name numbered, subtitled or extended
    ("Copper Rain", "The Copper Rain 2", "Copper Rain: Dawn", "Copper Rain & Night Orchard", "The Copper Rain Returns")."""
    base = re.sub(r"^[Tt]he ", "", franchise)
    return bool(re.match(r"(?:[Tt]he )?" + re.escape(base) + r"(?:$|:| \d| [IVX]+\b| & | and | [A-Z]\w+)", title))


#: "a new Hollywood TV series", "the British TV drama": a place or a people and a medium name no company.
PLACE_MEDIUM = re.compile(r"^(?:Hollywood|Bollywood|Nollywood|[A-Z][a-z]{2,}(?:an|ese|ish|ian|ch))\s(?:TV|[Tt]elevision|[Ff]ilm|[Mm]ovie|[Cc]inema)$")


#: "New comedy X", "Latest drama X": a sentence's first adjective the tagger took for a company.
NOT_COMPANY = frozenset("New Latest Upcoming Hit Classic Original Forthcoming Recent Former Veteran Award-winning Even Only Other "
                        "Some Many All Such Both Most Several These Those Certain Older Previous".split())
#: "the Sci-Fi Horror film X": kinds of film the tagger took for a company.
GENRE_ONLY = re.compile(r"^(?:the )?(?:(?:sci-fi|science[- ]fiction|horror|comedy|drama|action|thriller|romance|romantic|"
                        r"fantasy|crime|war|western|musical|animated|family|teen|indie|cult|classic|superhero|disaster|period|"
                        r"spy|heist|slasher|mystery|adventure|psychological|political|historical|biographical|documentary)\s?)+$", re.I)


def _abbreviates(org, sentence: MaskedSentence) -> bool:
    """Whether an all-capitals name in brackets spells the initials of the words before it."""
    name = org.canonical.replace(".", "")
    if not re.fullmatch(r"[A-Z]{2,6}", name):
        return False
    before = sentence.text[:max(0, org.start - sentence.start)].rstrip(" (")
    initials = "".join(w[0] for w in re.split(r"[\s-]+", before) if w[:1].isupper())
    return initials.endswith(name)


def _company_names(org, sentence: MaskedSentence) -> str:
    """The company as the sentence writes it, with what the tagger cut off in front: an ordinal
    ("20th Meridian Studios") and a partner before a slash ("Harbor/Meridian Studios")."""
    before = sentence.text[:max(0, org.start - sentence.start)]
    m = re.search(r"(?:(?<![\w/])([A-Z][\w+&]*)/)?(\d+(?:st|nd|rd|th) )?$", before)
    name = org.canonical
    if m and m.group(2) and not name[:1].isdigit():
        name = m.group(2) + name
    if m and m.group(1):
        name = m.group(1) + "/" + name
    head = re.search(r"(?<![\w.])([A-Z][\w&]*) $", before)
    if head and re.fullmatch(r"(?:TV|Plus|\+|TV\+|Video|Prime(?: Video)?|Max)\+?", org.canonical):
        name = head.group(1) + " " + name  # "Streamly TV+" cut to "TV+"
    return name


def _not_the_original(subject, sentence: MaskedSentence, ctx: Context):
    """"The sequel to the comedy X stars Y": X is the earlier film; the sequel is the article's film."""
    key = next((k for k, v in sentence.mentions.items() if v is subject), None)
    if key is None or ctx.main_film is None or ctx.main_film.canonical == subject.canonical:
        return subject
    before = sentence.masked[:sentence.masked.find(key)]
    if re.search(r"\b(?:sequel|prequel|follow-up|remake|spin-?off|reboot) (?:to|of) (?:the )?(?:\S+ ){0,4}$", before, re.I):
        return ctx.main_film
    return subject


def _pronoun_ahead_of_its_clause(match: re.Match, sentence: MaskedSentence, subject) -> bool:
    """"The first ⟦ORG⟧ movie ... when it was released in 2016, and ⟦FILM⟧ took ...": "it" does not point
    forward to a title in a later coordinated clause."""
    groups = {k: v for k, v in match.groupdict().items() if k.rstrip("0123456789") == "s" and v}
    if not groups:
        return False
    name = next(iter(groups))
    if not re.fullmatch(r"[Ii]t", groups[name].strip()):
        return False
    key = next((k for k, v in sentence.mentions.items() if v is subject), None)
    at = sentence.masked.find(key) if key else -1
    return at > match.start(name) and bool(re.search(r", and |; |, while |, but ", sentence.masked[match.start(name):at]))


def _promo_of_the_film(match: re.Match, sentence: MaskedSentence) -> bool:
    """"A new trailer for the film was released earlier this month", "the second trailer for X, which dropped on
    Monday": the release of a trailer, a clip or a poster is not the film's."""
    starts = [match.start(k) for k, v in match.groupdict().items() if k.rstrip("0123456789") == "s" and v]
    if not starts:
        return False
    before = sentence.masked[max(0, starts[0] - 60):starts[0]]
    return bool(re.search(r"\b(?:trailers?|teasers?|clips?|posters?|footage|images|photos|stills|first look|soundtrack|song)"
                          r" (?:for|from|of|to)(?: \S+){0,3} ?$", before, re.I))


def _replaced_later(rest: str) -> bool:
    """"pushed to July and then August, before it was decided that it will stream": the chain's last date went too."""
    return bool(re.search(r"\b(?:before (?:it was|being|the (?:most )?recent)|again|ultimately|eventually|finally|most recent)\b", rest))


def _release(rule: Rule, match: re.Match, slots: dict, sentence: MaskedSentence, ctx: Context) -> list[Fact]:
    facts: list[Fact] = []
    phrase = match.group(0)
    prev = slots["prev"]
    new_dates = [d for d in slots["date"] if d.kind == "DATE" and is_release_value(d.value)]
    medium = rule.qualifiers.get("medium") or medium_of(phrase) or medium_of(sentence.masked)
    if _promo_of_the_film(match, sentence):
        return facts
    for s in _films(slots):
        if _pronoun_ahead_of_its_clause(match, sentence, s):
            continue
        for d in new_dates:
            key = next((k for k, v in sentence.mentions.items() if v is d), None)
            at = sentence.masked.find(key) if key else -1
            local = region_of(sentence.masked[max(0, at - 24):at]) if at >= 0 else None
            region = local or region_of(sentence.text)
            # the words before this date: "X, which first premiered in January, is set to be released on December 18"
            # reads the tense of "is set to be released", not of the earlier date's "premiered"
            own = phrase.find(key) if key else -1
            before_date = phrase[:own] if own >= 0 else phrase[: phrase.find("⟦DATE")] if "⟦DATE" in phrase else phrase
            status = release_status(before_date, d.value, ctx.published)
            if "new_date" in rule.traits:  # the new date: ahead, or already past
                status = "released" if ctx.published and ends_before(d.value, ctx.published) else "scheduled"
            if "date_chain" in rule.traits and _replaced_later(sentence.masked[match.end():]):
                status = "previous"
            if "premiere_not_release" in rule.traits and "premiere" in phrase and status == "released":
                continue  # "the August 2019 premiere of X" past: a red-carpet event, not the release
            if "date_kind" in rule.traits:  # "X's new date" / "X's original date"
                status = "scheduled" if match.group("kind") in {"new", "current", "revised"} else "previous"
            facts.append(make_fact(rule, sentence, "release_date", s, d.value, "time",
                                   {"status": status, "region": region, "medium": medium}))
        region = region_of(sentence.text)
        for d in prev:
            if d.kind == "DATE" and is_release_value(d.value):
                facts.append(make_fact(rule, sentence, "release_date", s, d.value, "time",
                                       {"status": "previous", "region": region, "medium": medium}))
    return facts


def _event_date(match: re.Match, sentence: MaskedSentence, ctx: Context) -> str | None:
    """The sentence's date that hangs on an event verb or noun ("set to debut online sometime
    Thursday", "dropped a new trailer for X on Friday", "the X premiere on Thursday night"). An event
    happens on a day: a time of that day ("Thursday night") dates it by the day."""
    masked = sentence.masked
    for m in re.finditer(r"⟦(?:DATE|TIME)\d+⟧", masked):
        before = masked[max(0, m.start() - 40):m.start()].lower()
        words = re.findall(r"[a-z]+", before)[-4:]
        if any(w in EVENT_DATE_VERBS for w in words):
            mention = sentence.mentions.get(m.group(0))
            value = mention.value if mention else None
            if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}T.*", value):
                value = value[:10]
            if value and is_release_value(value):
                return value
    return None


def _award(rule: Rule, slots: dict, sentence: MaskedSentence, ctx: Context, match: re.Match) -> list[Fact]:
    default = default_award(sentence, ctx.focus_award, ctx.main_award, rule.qualifiers.get("outcome"))
    # "At the Lanterns, ... the film won best drama": an award the sentence names wins over the article's.
    own = {m.canonical: m for m in sentence.of_kind("AWD")
           if re.search(r"\b(?:[Aa]t|[Dd]uring) (?:the |this year's )?(?:\S+ )?$", sentence.text[:m.start - sentence.start])}
    awards = slots["award"] or (list(own.values()) if len(own) == 1 else []) or ([default] if default is not None else [])
    if not awards:
        return []
    category = slots["category"]
    films = [m for m in slots["film"] if m.kind == "FILM"]
    subjects = [m for m in slots["s"] if m.kind in {"PER", "FILM"}]
    if "nominee_pairs" in rule.traits:
        return _nominee_pairs(rule, match, sentence, awards, category)
    if "people_only" in rule.traits:
        subjects = [m for m in subjects if m.kind == "PER"]
    if slots["per"] and all(s.kind == "FILM" for s in subjects):  # "Night Orchard scored best director for Ana Ruiz"
        films, subjects = subjects, [m for m in slots["per"] if m.kind == "PER"]
    if slots["subj"] and not films:
        films = slots["subj"]
    facts = []
    # "won the Silver Lantern (for outstanding contribution) at the Harbor Film Festival": the festival, its prize the category
    prize = festival_prize(sentence, awards[0]) if len(awards) == 1 and awards[0].kind == "AWD" else None
    if prize is not None:
        awards = [prize[0]]
        category = category if category and CATEGORY_HEAD.search(category) else prize[1]
    if category and not CATEGORY_HEAD.search(category) and prize is None:
        return []  # "the best thing that ever happened" names no category
    for s in subjects:
        film = films[0] if s.kind == "PER" and films else None
        for a in {x.canonical: x for x in awards if x.kind == "AWD"}.values():
            facts.append(make_fact(rule, sentence, "award", s, a.canonical, "award",
                                  {"category": category, "film": film.canonical if film else None}))
        credit = _credit_of_category(category or (match.group(0) if "credit_for_stars" in rule.traits else ""))
        if film is not None and credit:
            fact = make_fact(rule, sentence, credit, film, s.canonical, "person")
            fact.qualifiers.pop("outcome", None)
            facts.append(fact)
    return facts


#: What may stand before a nominee in a list: "Spain's", "Hong Kong director", "actress".
_NOMINEE_ITEM = r"\s*(?:[A-Z][\w-]*['’]s |(?:[A-Z][\w-]* ){0,2}(?!said\b|says\b|told\b)[a-z-]+ )?"


def _nominee_pairs(rule: Rule, match: re.Match, sentence: MaskedSentence, awards: list, category) -> list[Fact]:
    """"Nominees include A for X and B for Y": one nomination a person, for the film after them."""
    facts = []
    group = match.group("s")
    paired = set()
    for m in re.finditer(r"(⟦PER\d+⟧)(?:['’]s?)? (?:for|with) (?:the )?(?:[\w-]+ ){0,2}?(⟦FILM\d+⟧)", group):
        person, film = sentence.mentions.get(m.group(1)), sentence.mentions.get(m.group(2))
        if person is None or film is None:
            continue
        paired.add(m.group(1))
        for a in {x.canonical: x for x in awards if x.kind == "AWD"}.values():
            facts.append(make_fact(rule, sentence, "award", person, a.canonical, "award",
                                   {"category": category, "film": film.canonical}))
    # "Spain's Ana Ruiz for Harbor Lights", the title left untagged: the nominee without a film, when the
    # list starts right after the verb; never the name after "for" (a title the model took for a person).
    if not re.match(_NOMINEE_ITEM + r"⟦PER", group):
        return facts
    for m in re.finditer(r"(?:^|,|\band)" + _NOMINEE_ITEM + r"(⟦PER\d+⟧)(?!['’]s?\b)", group):
        person = sentence.mentions.get(m.group(1))
        if person is None or m.group(1) in paired or person.kind != "PER":
            continue
        for a in {x.canonical: x for x in awards if x.kind == "AWD"}.values():
            facts.append(make_fact(rule, sentence, "award", person, a.canonical, "award", {"category": category}))
    return facts


def _credit_of_category(category: str) -> str | None:
    """A nomination "for best actress for X" states the credit it rewards (ANNOTATION.md)."""
    if re.search(r"\b(?:actor|actress|performance|role|acting|stars)\b", category):
        return "cast_member"
    if re.search(r"\b(?:director|directing)\b", category):
        return "director"
    if re.search(r"\b(?:screenplay|writing|script|writer)\b", category):
        return "screenwriter"
    return None


def _box_office(rule: Rule, match: re.Match, slots: dict, sentence: MaskedSentence, ctx: Context) -> list[Fact]:
    if not BOX_OFFICE_CONTEXT.search(sentence.text):
        return []
    amounts = [m for m in slots["money"] if m.kind == "MONEY"]
    films = _films(slots)
    if len(films) != 1 or not amounts or _pronoun_ahead_of_its_clause(match, sentence, films[0]):
        return []
    amount = amounts[0]
    before = sentence.masked[:sentence.masked.find(next(k for k, v in sentence.mentions.items() if v is amount))]
    if re.search(r"\b(?:budget|salary|fee|deal|paid|pay|worth|fortune|lawsuit|damages|windfall|cost|costs|price)\b[^⟧]{0,40}$", before, re.I):
        return []
    rest = sentence.masked[len(before):][:60]
    if re.search(r"^⟦MONEY\d+⟧ (?:per|a|each) (?:location|theater|theatre|screen|site|venue|cinema)", rest):
        return []  # a per-screen average is not a gross
    if re.search(r"^⟦MONEY\d+⟧(?: \(⟦MONEY\d+⟧\))? (?:in |from )(?:\w+ ){0,2}?(?:DVD|video|home|rental|streaming|merchandise|toy|soundtrack|book)", rest, re.I):
        return []  # home-video or merchandise sales are no box office
    if "amount_for_film" not in rule.traits and re.search(r"^⟦MONEY\d+⟧(?: \(⟦MONEY\d+⟧\))? (?:for|from) (?:the )?(?:\S+ ){0,3}?⟦FILM\d+⟧", rest):
        return []  # "X took $881m, compared with $576m for Y": the amount is Y's
    key = next((k for k, v in sentence.mentions.items() if v is films[0]), None)
    if key and re.search(re.escape(key) + r"(?:['’]s)? (?:star|actor|actress|director|writer|producer|creator|composer)s?\b", sentence.masked):
        return []  # "X star Mara Quinn ... earning $3m": a person's pay
    window = match.group(0)
    after = sentence.masked[match.end():match.end() + 30]
    period = None
    # the period may follow the amount: "took $40m in its opening weekend", "has made £4m to date"
    if re.search(r"\bopen(?:ing|ed|s)? (?:weekend|with|to|at)|\bdebut", window, re.I) or re.match(
            r"(?: \(⟦MONEY\d+⟧\))?(?: [^\s,;⟦]+){0,5}? (?:in|over|during|on|for) (?:its|their|the) (?:opening|debut|first) weekend\b",
            sentence.masked[match.end():match.end() + 80], re.I):
        period = "opening_weekend"
    elif re.search(r"\b(?:total|overall|cumulative|to date|so far|lifetime|all-time|all time|worldwide haul)\b", window, re.I) or re.match(
            r"(?: \(⟦MONEY\d+⟧\))?(?: [^\s,;]+){0,2}? (?:to date|so far)\b", after, re.I):
        period = "total"
    # the market right after the amount ("$5m in the UK") before any named elsewhere in the sentence
    local = re.sub(r"^⟦MONEY\d+⟧(?: \(⟦MONEY\d+⟧\))? ", "", rest)[:30]
    region = ("world" if re.search(r"^(?:\S+ ){0,3}?(?:worldwide|globally|global|world)\b", local, re.I)
              else region_of(local) if re.match(r"(?:in|from) ", local) and region_of(local)
              else "world" if re.search(r"\b(?:worldwide|globally|global|world)\b", window + " " + after, re.I)
              else region_of(sentence.text))
    return [make_fact(rule, sentence, "box_office", films[0], amount.value, "amount",
                      {"period": period, "region": region})]
