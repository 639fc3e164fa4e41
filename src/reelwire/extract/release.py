"""Release-date rules, and the status of a date: scheduled, released or previous."""

from __future__ import annotations

import re
from datetime import date

from reelwire.extract.rules import PREVIOUS_CUES, Rule

_VENUE = r"(?:in |into |to )?(?:(?:US |U\.S\. |UK |British |American |North American |local |select |domestic |Chinese )?(?:theaters|theatres|cinemas|movie theaters|screens)|the big screen|(?:the )?box office|(?:on )?(?:streaming|digital|demand|DVD|Blu-ray|VOD|television|TV|home video)|the streaming (?:service|platform|giant))"
_ARRIVE = r"(?:(?:start|starts|started|begin|begins|began) (?:streaming|airing)|hit|hits|hitting|open|opens|opening|opened|arrive|arrives|arriving|arrived|debut|debuts|debuted|premiere|premieres|premiered|release|released|be released|land|lands|landed|bow|bows|bowed|come out|comes out|came out|hit screens|launch|launches|launched|stream|streams|drop|drops|dropped|air|airs|aired|reach|reaches|reached|play|plays|return|returns|returned)"
#: words between "set to" and the date; "set to take place in May", "due to start filming in June" date something else
_WHEN = r"(?:(?!take\b|be held\b|happen|begin|start|shoot|film\b|filming|wrap|close\b|run\b)\S+ ){0,4}?(?:on |in |for |from |by |until |this |next |at )?"
#: A series comes back "with Season 2", "with its final season", "with new episodes".
_WITH_SEASON = (r"(?: with (?:its |a |the )?(?:[\w-]+ ){0,2}?(?:[Ss]eason|⟦ORG\d+⟧|episodes|series)(?: \d+)?"
                # "was released to critical acclaim in December 2017"
                r"| to (?:[\w-]+ ){0,2}?(?:acclaim|reviews|praise|fanfare|success|audiences|box-office success))?")
_MOVED = r"(?:pushed|moved|delayed|postponed|shifted|bumped|rescheduled|redated)"

#: "pushed to July 24 and then August 21", ", but was then brought forward to": a later date replaces the one before.
_THEN = (r"(?: [^\s⟦]+){0,6}?,? (?:and |but |before being |before it was )?(?:was |were |it was |got )?(?:then |later |subsequently |again )"
         r"(?:(?:" + _MOVED + r"|brought|pulled)(?: back| up| forward)? )?(?:to |until |into |for )?⟦DATE")

RULES = [
    Rule("release.set_to_arrive", "release_date",
         r"(?P<s>{FILMREF}){RGAP},? (?:is |was |are |were |had been |has been |is now |was originally |was initially |was previously |originally |initially |now )?(?:set|scheduled|slated|due|dated|expected|poised|planned|going|supposed) (?:to |for )(?:" + _ARRIVE + r" )?(?:" + _VENUE + r" )?" + _WHEN + r"(?P<date>{DATE})",
         examples=("Night Orchard is set to hit theaters on June 6, 2025.", "While Night Orchard was originally set to hit theaters this year, Harbor Pictures moved it."),
         counter_examples=("The festival screening of Night Orchard was cancelled as it was scheduled to take place in May.",)),
    Rule("release.arrives", "release_date",
         r"(?P<s>{FILMREF}){RGAP},? (?:(?:will|finally|is to|to) )*" + _ARRIVE + _WITH_SEASON + r"(?: " + _VENUE + r")?(?: (?:nationwide|worldwide|globally|in the (?:US|UK)|exclusively|in [A-Z][a-z]+(?: [A-Z][a-z]+)?))? (?:(?:some ?time|at some point) )?(?:on |in |this |next |from )?(?P<date>{DATE})",
         examples=("Night Orchard opens in theaters March 7, 2025.", "The film was released in 1994.",
                   "Mara Quinn's cut of Night Orchard will premiere some time in 2021 on a new service.",
                   "Viewers are furious as the French film Night Orchard hit the streaming service on Wednesday.",
                   "Streamly announced that Night Orchard will finally return with Season 2 on December 26.",
                   "The film could earn more as it prepares to open in Japan next week.")),
    Rule("release.arrives_on_service", "release_date",
         r"(?P<s>{FILMREF})(?:(?: [^\s⟦]+){1,2}?)? (?:will |is set to |is due to |to |is )?(?:hits?|lands?|(?:arrives?|debuts?|premieres?|streams?|drops?|launch(?:es|ing)?)(?: globally| worldwide| exclusively| internationally)? on|comes? to|is coming to|are coming to|(?:is|will be|are|will also be|will then be) available(?: to (?:stream|watch))? on) (?:(?:the )?(?:streaming service|streamer|streaming platform) )?(?:(?P<service>{ORG})|⟦PER\d+⟧ Plus)(?: [^\s⟦]+(?: [^\s⟦]+){0,5}?)? (?:on |in |from )?(?P<date>{DATE})",
         qualifiers={"medium": "streaming"},
         examples=("Night Orchard hits Streamly on Oct. 7.", "Her horror film Night Orchard is coming to streaming service Streamly next week.",
                   "Night Orchard premieres globally on Streamly October 15.",
                   "Night Orchard will then be available to stream on Streamly from October 4.",
                   "The Mara Quinn film Night Orchard is launching on Streamly in the UK and Ireland on October 2.")),
    Rule("release.and_region", "release_date",
         r"(?P<s>{FILMREF}) (?:will |is set to |is due to |is to )?(?:open|hit|arrive|debut|launch|land|premiere|be released|opens|hits|arrives|debuts|lands)\S* (?:\S+ ){1,6}?(?:and|,|followed by) (?:in |on )?(?:the )?(?:US|UK|U\.S\.|U\.K\.|America|Britain) (?:on |in |from )?(?P<date>{DATE})",
         examples=("Night Orchard will open in the UK on November 12 and the US on November 20.",
                   "Night Orchard is set to be released in the US on May 3, followed by the UK on May 10.")),
    Rule("release.which_streams", "release_date",
         r"(?P<s>{FILMREF}),? which (?:starts |will start |begins |will begin |is set to start |is set to begin )?(?:streaming|airing|arrives|hits|lands|debuts|premieres|streams|airs)(?: on (?P<service>{ORG}))?(?: \S+){0,2}? (?:on |from |in )?(?P<date>{DATE})",
         examples=("The drama Night Orchard, which starts streaming on Streamly on September 30, stars Mara Quinn.",)),
    Rule("release.moved_to", "release_date",
         r"(?<!which was )(?<!which is )(?<!that was )(?<!which has been )(?<!which had been )(?<!which were )(?:pushed|moved|delayed|postponed|shifted|bumped|pulled|rescheduled|redated|pushing|moving|delaying|postponing)(?: (?P<s>{FILMREF}))?(?: back| up| forward)?(?: (?:release|opening|debut|premiere|the release date|its release|the film's release|release date))?(?: from (?:its |an? |the )?(?:\S+ ){0,3}?(?P<prev>{DATE})(?: release date| date| release| slot| opening)?)? (?:to|until|into|for) (?:(?:a |an |its |the )(?:new )?(?:\S+ ){0,2}?)?(?P<date>{DATE})"
         # "pushed to March 2026 from its original November 2025 date"
         r"(?: from (?:its |the |an? )?(?:original |previous |initial |earlier |planned )?(?P<prev2>{DATE})(?: release)?(?: date| slot| opening)?)?"
         # "pushed to July and then August": the first date was replaced too (release.then_moved)
         r"(?!" + _THEN + r")",
         subject="sentence",
         examples=("Harbor Pictures pushed it to 2025.", "Night Orchard has been pushed back to 2026.",
                   "Night Orchard was pushed to March 2026 from its original November 2025 date."),
         counter_examples=("It follows the debut of Mara Quinn's thriller, which was delayed from its scheduled July 17 to August 12.",),
         traits=frozenset({"new_date"})),
    Rule("release.then_moved", "release_date",
         r"(?:" + _MOVED + r"|brought|pulled)(?: back| up| forward)? (?:to|until|into) (?P<prev>{DATE})(?: [^\s⟦]+){0,6}?,? (?:and |but |before being |before it was )?(?:was |were |it was |got )?(?:then |later |subsequently |again )"
         r"(?:(?:" + _MOVED + r"|brought|pulled)(?: back| up| forward)? )?(?:to |until |into |for )?(?P<date>{DATE})",
         subject="sentence",
         examples=("Night Orchard was pushed to July 24 and then August 21.",
                   "Night Orchard was pushed back to November because of the storm, and was then brought forward to October."),
         counter_examples=("Night Orchard was pushed to July 24 and will then tour in August.",),
         traits=frozenset({"new_date", "date_chain"})),
    Rule("release.film_moved", "release_date",
         r"(?P<s>{FILMREF}){RGAP},? (?:which |that )?(?:(?:was|is|has been|had been|have been|were|is being|will be|got|gets|now|also) )*" + _MOVED
         + r"(?: back| up| forward)?(?: by (?:\S+ ){1,3}?)?(?: from (?:its |an? |the )?(?:\S+ ){0,3}?(?P<prev>{DATE})(?: release date| date| release| slot| opening| debut)?)? (?:to|until|into) (?:(?:a |an |its |the )(?:new )?(?:\S+ ){0,2}?)?(?P<date>{DATE})",
         examples=("In addition to Harbor Lights, Mara Quinn's latest film Night Orchard was pushed from this fall to next spring.",),
         traits=frozenset({"new_date"})),
    Rule("release.dated_release_of", "release_date",
         r"(?:[Tt]he|[Ii]ts|[Aa]) (?P<date>{DATE}) (?:(?:theatrical|streaming|cinema|wide|US|UK) )?(?:release|opening|debut|launch|bow) of (?:the |a )?(?:\S+ ){0,3}?(?P<s>{FILM})"
         r"|(?:[Tt]he|[Ii]ts) (?P<date5>{DATE}) (?:release|premiere|opening|launch) date\b"
         r"|(?<!trailer )(?<!teaser )(?<!clip )(?:[Tt]he|[Ii]ts) (?:(?:theatrical|streaming|cinema|wide|US|UK|global) )?(?:release|opening|debut|launch) of (?P<s4>{FILM}) (?:in (?:US |UK )?(?:theaters|theatres|cinemas) )?(?:on |in |this |next )(?P<date4>{DATE})"
         # a premiere somewhere ("in London", "at the festival") is an event, not the release
         r"|(?:[Tt]he|[Ii]ts|[Aa]) (?P<date3>{DATE}) premiere of (?:the |a )?(?:\S+ ){0,3}?(?P<s3>{FILM})(?!['’]s| (?:at|in) )"
         r"|(?P<s2>{FILM})['’]s (?P<date2>{DATE}) (?:(?:theatrical|streaming|cinema|wide|US|UK) )?(?:release|opening|debut|launch|bow)",
         subject="sentence",
         examples=("The fall schedule is bare until the November 6 premiere of the Harbor Pictures movie Night Orchard.",
                   "Night Orchard's December 25 release is still on.",
                   "Streamly used a poster to announce the November 25 premiere date for Night Orchard.",
                   "The phone celebrates the release of Night Orchard in November."),
         counter_examples=("Mara Quinn attended the Monday premiere of Night Orchard in London.",),
         traits=frozenset({"premiere_not_release"})),
    Rule("release.release_date_is", "release_date",
         r"(?<!clip's )(?<!clip’s )(?<!trailer's )(?<!trailer’s )(?<!teaser's )(?<!teaser’s )(?<!song's )(?<!song’s )(?<!book's )(?<!book’s )"
         r"(?<!his )(?<!her )(?<!their )(?<!directorial )(?<!acting )(?<!feature )"  # a person's debut is no film's release
         r"(?:release date|release|premiere date|opening date|debut) (?:for (?P<s>{FILMREF}) )?(?:is |was |has been |of |as )?(?:now |set |moved |changed |pushed )?(?:as |to |for |on )?(?P<date>{DATE})",
         subject="sentence",
         examples=("The new release date for Night Orchard is March 7, 2025.",),
         counter_examples=("Fans flooded social media after the clip's release yesterday.",
                           "It is his second feature as a director following his debut 17 years ago.")),
    Rule("release.opened_date", "release_date",
         r"(?:[Aa]fter|[Ss]ince|[Ww]hen|[Bb]efore) (?P<s>{FILM}) (?:opened|premiered|debuted|was released|came out|hit theaters) (?:\S+ ){0,2}?(?:on |in )?(?P<date>{DATE})",
         examples=("Since Night Orchard opened in March 2024, it has earned millions.",)),
    Rule("release.film_date_is", "release_date",
         r"(?P<s>{FILM})['’]s (?P<kind>new|original|previous|old|current|revised|initial) (?:release |opening |premiere )?date,? (?:of |is |was |now )?(?P<date>{DATE})",
         examples=("Harbor Lights was due to be released on Night Orchard’s new date, May 7.",
                   "Night Orchard's original release date of June 6 was scrapped."),
         traits=frozenset({"date_kind"})),
    Rule("release.in_theaters_on", "release_date",
         r"(?P<s>{FILM})[,:]? (?:in|on) (?:(?:US |U\.S\. |UK |select |local )?(?:theaters|theatres|cinemas)|(?:the )?big screens?|digital|demand|DVD|Blu-ray) (?:nationwide |everywhere |worldwide )?(?:on |from |this |next )?(?P<date>{DATE})",
         examples=("The only film opening wide is Harbor Pictures' Night Orchard, in theaters September 11.",)),
    Rule("release.home_release", "release_date",
         r"(?P<s>{FILMREF}){RGAP},? (?:will be |is |arrives |comes |will arrive |will come |will be released |is released |hits |will hit )?(?:available |out |released )?on (?:⟦ORG\d+⟧ and )?(?:DVD|Blu-ray|4K|digital|demand|VOD|digital download)(?:(?:,| and|, and) (?:DVD|Blu-ray|4K|digital|demand|VOD|digital download))* (?:on |from |in |this |next )?(?P<date>{DATE})"
         # "Night Orchard is available to rent from Friday"
         r"|(?P<s2>{FILMREF}){RGAP},? (?:will be |is |are |will also be |will then be )available to (?:rent|buy|own|download)(?: (?:on |in )?(?:digital|demand|DVD|Blu-ray|4K|digital download|premium video on demand|home entertainment))? (?:on |from |in |this |next )(?P<date2>{DATE})",
         qualifiers={"medium": "home"},
         examples=("Night Orchard will be available on DVD and Blu-ray from November 3.", "Night Orchard is available to rent from Friday.")),
    Rule("release.airs_on", "release_date",
         r"(?P<s>{FILMREF}){RGAP},? (?:will |is set to |is due to |to )?(?:airs?|aired|airing|broadcasts?|will be broadcast|is broadcast|will be shown|is shown|will be screened|is screened|is being screened) on (?P<service>{ORG})(?:(?: [^\s⟦]+){1,2}?)? (?:on |from |in |this |next )?(?P<date>{DATE})"
         # "Night Orchard airs Sunday on Streamly"
         r"|(?P<s2>{FILMREF}){RGAP},? (?:will |is set to |is due to |to )?(?:airs?|broadcasts?|will be broadcast|is broadcast|will be shown|is shown|will be screened|is screened) (?:on |from |this |next )?(?P<date2>{DATE}) on (?P<service2>{ORG})",
         qualifiers={"medium": "tv"},
         examples=("Night Orchard airs on Streamly on Sunday.", "Night Orchard airs Sunday on Streamly.", "Night Orchard will be screened on Streamly on Christmas Day.")),
    Rule("release.company_releases", "release_date",
         r"(?:will release|releases|is releasing|releasing|will open|is opening|will debut|will premiere|will launch|will stream|is streaming|will bring|brings|will put out|released|opened|debuted|launched) (?P<s>{FILMREF})"
         r"(?: " + _VENUE + r")?(?: (?:nationwide|worldwide|globally|exclusively|across the (?:country|nation|US|UK|world)|around the world))? (?:on |in |from |this |next )?(?P<date>{DATE})",
         examples=("Harbor Pictures will release Night Orchard in UK cinemas on March 7, 2025.",
                   "Harbor Pictures brings its thriller Night Orchard to theaters across the country this weekend.")),
    # "the romantic film would be coming to theaters on Friday", "Night Orchard comes to UK cinemas in May"
    Rule("release.coming_to", "release_date",
         # a title only: "the film" would take a mis-tagged name of the sentence ("Mara said the film would be coming to")
         r"(?P<s>{FILM}){RGAP},? (?:is |are |will be |would be |will |is finally |will finally )?(?:coming|comes|come|heading|heads|head) (?:back )?to "
         r"(?:(?:US |U\.S\. |UK |British |American |North American |local |select |Irish )?(?:theaters|theatres|cinemas|movie theaters|screens)|the big screen|(?:the )?big screens)"
         r"(?: (?:nationwide|everywhere|worldwide|across the (?:country|nation|US|UK)))? (?:on |in |from |this |next )?(?P<date>{DATE})",
         examples=("She said Night Orchard would be coming to theaters on Friday.", "Night Orchard comes to UK cinemas in May.")),
    # "Night Orchard is out in UK cinemas on Friday", "The sequel is due out in 2026", "X, due out next year"
    Rule("release.is_out", "release_date",
         r"(?P<s>{FILMREF})(?! (?:films|movies|sequels|instalments|installments)\b){RGAP},? (?:(?:is|are|will be) (?:now |also |finally )?(?:due )?out|(?:(?:was|were|had been|has been) )?(?:now |also |finally |originally |initially )?due out)"
         r"(?: (?:in |on )(?:" + _VENUE + r"|(?:the )?(?:US|UK|U\.S\.|U\.K\.|Britain|America)))?(?: (?:nationwide|worldwide|everywhere))? (?:on |in |from |this |next |at )?(?P<date>{DATE})",
         examples=("Night Orchard is out in UK cinemas on Friday.", "The sequel is due out in 2026.",
                   "Night Orchard, due out next year, stars Mara Quinn."),
         # several films of a series are no one film's release
         counter_examples=("The next two Night Orchard films, due out in 2026 and 2027, are in the works.",)),
    Rule("release.will_be_in", "release_date",
         r"(?P<s>{FILMREF}){RGAP},? (?:will be|is|are|will arrive|arrives) (?:back )?(?:in |on )" + r"(?:(?:US |U\.S\. |UK |British |American |Irish |local |select )?(?:theaters|theatres|cinemas|movie theaters)|the big screen|(?:the )?big screens)"
         r"(?: and on (?:⟦ORG\d+⟧(?: [A-Z][a-z]+)?|demand|digital|DVD|Blu-ray|streaming))? (?:nationwide |worldwide |everywhere )?(?:on |from |in |this |next )?(?P<date>{DATE})",
         examples=("Night Orchard will be in UK cinemas from Friday.", "Night Orchard is in cinemas and on Streamly from Friday.")),
]

_REGION = [
    (re.compile(r"\b(?:US|U\.S\.|American|North American|domestic|United States|America)\b"), "US"),
    (re.compile(r"\b(?:UK|U\.K\.|British|Britain|United Kingdom)\b"), "GB"),
    (re.compile(r"\b(?:China|Chinese)\b"), "CN"),
    (re.compile(r"\b(?:Japan|Japanese)\b"), "JP"),
]
_MEDIUM = [
    (re.compile(r"\b(?:theaters|theatres|cinemas|big screen|box office|movie theaters|screens)\b", re.I), "theatrical"),
    (re.compile(r"\b(?:streaming|streamer|stream|streams)\b", re.I), "streaming"),
    (re.compile(r"\b(?:DVD|Blu-ray|on demand|VOD|digital|home video|rent|rental)\b", re.I), "home"),
    (re.compile(r"\b(?:broadcast|airs|aired|television|TV channel|network)\b", re.I), "tv"),
]


def region_of(text: str) -> str | None:
    for pattern, code in _REGION:
        if pattern.search(text):
            return code
    return None


def medium_of(text: str) -> str | None:
    for pattern, medium in _MEDIUM:
        if pattern.search(text):
            return medium
    return None


def _replaced(phrase: str) -> bool:
    """"was originally set for", "had been due": a replaced date - unless the phrase goes on to the new plan
    ("had been moved forward and will open on", "was first set for May but is now due"); "first" only
    of a schedule ("which first premiered at a festival, is set to open" is no replaced date)."""
    cues = [m for m in PREVIOUS_CUES.finditer(phrase)
            if m.group(0).lower() != "first" or re.match(r"\s+(?:set|due|scheduled|slated|dated|planned|penciled|pencilled)\b", phrase[m.end():])]
    if not cues:
        return False
    return not re.search(r"\b(?:will|now|instead|is set|are set|is due|are due|is scheduled|is slated)\b", phrase[cues[-1].end():])


def release_status(phrase: str, value: str, published: date | None) -> str:
    """Previous for replaced dates, released for past releases stated in the past tense, else scheduled."""
    if _replaced(phrase):
        return "previous"
    past = re.search(r"\b(?:was released|were released|released|opened|premiered|debuted|came out|arrived|hit|bowed|launched|dropped|aired|landed|returned)\b", phrase)
    future = re.search(r"\b(?:will|set|due|slated|scheduled|expected|to|is|now|planned)\b", phrase)
    if past and not future:
        return "released"
    if published is not None and value[:4].isdigit():
        if ends_before(value, published) and not future:
            return "released"
    return "scheduled"


def ends_before(value: str, published: date) -> bool:
    """Whether a time value lies wholly before the publication day."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return int(value) < published.year
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return (int(value[:4]), int(value[5:7])) < (published.year, published.month)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value) < published
    except ValueError:
        return False
    return False


def is_release_value(value: str) -> bool:
    """Release dates are calendar values: days, weeks, weekends ("opens this weekend"), months, years, seasons, quarters, halves."""
    return bool(re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI|Q[1-4]|H[12]|W\d{2}(?:-WE)?))?", value))
