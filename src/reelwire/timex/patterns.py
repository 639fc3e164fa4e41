"""The time-expression rules, as data.

Each rule is a name, a pattern written with the macros below, the TIMEX3-producing value
function it hands its match to (`values.py`), and examples that `tests/timex/test_rules.py`
runs: a positive sentence with the expected extent and value at a fixed publication date,
and negative sentences in which the rule must find nothing.

Patterns are compiled case-insensitively; macros for month and weekday names force case.
The order of RULES breaks ties between matches of the same length (earlier wins).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .words import NUMBER_WORDS

PUBLISHED = "2024-09-26"  # a Thursday: the default publication date of the examples


@dataclass(frozen=True)
class Example:
    sentence: str
    text: str
    value: str
    published: str | None = PUBLISHED


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    value: str  # name of a function in values.VALUE_FUNCTIONS
    examples: tuple[Example, ...]
    negatives: tuple[str, ...] = field(default=())
    # drop a match that starts capitalised right after a capitalised word inside a sentence: part
    # of a name or title ("Harold Halloween", "Streamly's Wednesday", "Star Racer 2049"); with
    # "owner" a possessive before it is no name ("Biden's 2021 inauguration")
    name_guard: str = ""


_PREPS = ("in", "by", "of", "on", "since", "until", "till", "from", "through", "to", "during",
          "before", "after", "early", "mid", "late", "and", "or", "between", "last", "next",
          "this", "that", "for", "over", "around", "across", "throughout", "into", "as of")
PREP_BEFORE = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in _PREPS) + r"|(?<=\bmid-))"
_SEASON_PREPS = ("in", "by", "of", "since", "until", "till", "from", "through", "during", "before",
                 "after", "early", "late", "for", "over", "into", "around", "throughout")
SEASON_PREP = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in _SEASON_PREPS) + ")"

MACROS = {
    "MONTH": r"(?-i:(?P<month>(?:January|February|March|April|May|June|July|August|September|"
             r"October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b)))",
    "MONTHFULL": r"(?-i:(?P<month>January|February|March|April|May|June|July|August|September|"
                 r"October|November|December))",
    "DAY": r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])",
    "YEAR": r"(?<![\d$£€#/.])(?P<year>(?:1[6-9]|20)\d\d)(?![\d%]|,\d|\.\d)",
    "WEEKDAY": r"(?-i:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))",
    "NUM": r"(?P<num>\d+(?:\.\d+)?(?:\s+1/2|½)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           r"-(?:one|two|three|four|five|six|seven|eight|nine)|" + NUMBER_WORDS + r")(?:\s+and\s+a\s+half)?)",
    "UNIT": r"(?-i:(?P<unit>second|minute|hour|day|week|month|year|decade|century|centurie)s?)",
    "SEASON": r"(?-i:(?P<season>spring|summer|fall|autumn|winter))",
    "REL": r"(?P<rel>this\s+past|this\s+coming|this|next|last|past|previous|coming|upcoming|current)",
    "PART": r"(?-i:(?P<part>morning|afternoon|evening|night|overnight))",
    "CLOCK": r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)",
    "TZ": r"(?:\s+(?-i:ET|EST|EDT|PT|PST|PDT|CT|CST|GMT|BST|UTC))?",
    "NOTCOUNT": r"(?!\s*(?:%|percent|per cent|people|persons|men|women|children|troops|workers|"
                r"employees|jobs|units|cases|deaths|votes|feet|miles|meters|metres|kilometers|pounds|"
                r"tons|tonnes|dollars|euros|points|copies|square|acres|students|members|homes|cars|"
                r"seats|screens|theaters|theatres|locations|venues|others)\b)",
    "HOLIDAY": r"(?-i:(?P<holiday>New Year['’]?s(?:\s+(?:Day|Eve))?|Christmas(?:\s+(?:Day|Eve))?|"
               r"Independence Day|Fourth of July|July (?:4th|Fourth)|Halloween|Valentine['’]?s Day|"
               r"(?:St\.?|Saint) Patrick['’]?s Day|Veterans Day|Juneteenth|Boxing Day|"
               r"Martin Luther King(?: Jr\.?)? Day|MLK Day|Presidents['’]? Day|Memorial Day|"
               r"Mother['’]?s Day|Father['’]?s Day|Labor Day|Columbus Day|Thanksgiving(?: Day)?|"
               r"Easter(?: Sunday)?|Good Friday|Black Friday|Cyber Monday|Election Day))",
}


def expand(pattern: str) -> str:
    """Replace {MACRO} and {MACRO:2} (its groups renamed year2, month2...) in a rule pattern."""

    def sub(m: re.Match) -> str:
        body = MACROS[m.group(1)]
        if m.group(2):
            body = re.sub(r"\(\?P<(\w+)>", rf"(?P<\g<1>{m.group(2)}>", body)
        return body

    return re.sub(r"\{([A-Z]+)(?::(\d+))?\}", sub, pattern)


E = Example
RULES: tuple[Rule, ...] = (
    Rule("iso_date", r"{YEAR}-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
         r"(?:[ T](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?(?![\d:]))?", "full_date",
         (E("The cut was locked on 2024-08-30.", "2024-08-30", "2024-08-30"),
          E("Published: 2026-02-10 09:30:00", "2026-02-10 09:30:00", "2026-02-10T09:30"))),
    Rule("us_numeric_date", r"(?P<mnum>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>\d{4}|\d{2})(?![\d/])",
         "us_numeric_date", (E("Tickets go on sale 10/4/2024.", "10/4/2024", "2024-10-04"),)),
    Rule("month_day_year", r"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY},?\s+{YEAR}", "full_date",
         (E("Night Orchard is set to hit theaters on June 6, 2025.", "June 6, 2025", "2025-06-06"),
          E("It opened Friday, Oct. 4, 2024, in 3,000 theaters.", "Friday, Oct. 4, 2024", "2024-10-04"))),
    Rule("day_month_year", r"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH},?\s+{YEAR}", "full_date",
         (E("The film premieres on 6 June 2025 in London.", "6 June 2025", "2025-06-06"),)),
    Rule("month_day", r"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}(?!\s*(?:,\s*)?\d)(?!\s+(?:percent|million|billion))", "month_day",
         (E("The trailer drops Oct. 7.", "Oct. 7", "2024-10-07"),
          E("The film opened Sept. 4 to strong reviews.", "Sept. 4", "2024-09-04"),
          E("Filming wrapped March 3.", "March 3", "2024-03-03"),
          E("It opens Jan. 10.", "Jan. 10", "2025-01-10"),
          E("It opens Friday, Nov. 22.", "Friday, Nov. 22", "2024-11-22"),
          E("The trailer drops Oct. 7.", "Oct. 7", "XXXX-10-07", None)),
         ("May 5 percent of viewers care?",)),
    Rule("day_month", r"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}(?!\s*,?\s*\d)", "month_day",
         (E("The film opens in cinemas on 14 February.", "14 February", "2025-02-14"),)),
    Rule("month_year", r"{MONTH},?\s+(?:of\s+)?{YEAR}", "month_year",
         (E("The sequel arrives in May 2026.", "May 2026", "2026-05"),
          E("Shooting began in January of 2024.", "January of 2024", "2024-01"),
          E("The third film is coming May 2027.", "May 2027", "2027-05"))),
    Rule("month_in_relative_year", r"{MONTH},?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", "month_in_relative_year",
         (E("The show was relaunched in December last year.", "December last year", "2023-12"),
          E("The trial is set for January next year.", "January next year", "2025-01"))),
    Rule("month_relative", r"{REL}\s+{MONTHFULL}(?!,?\s+(?:of\s+)?(?:1[6-9]|20)\d\d(?!\d))", "month_relative",
         (E("The deal closed last July.", "last July", "2024-07"),
          E("It was delayed from last May.", "last May", "2012-05", "2013-03-21"),
          E("The festival returns next June.", "next June", "2025-06")),
         ("The third film is coming May 2027.",)),  # a named year makes "May 2027" the date
    Rule("month_alone", PREP_BEFORE + r"{MONTHFULL}(?!\s+\d)(?!\s+(?-i:[A-Z]))", "month_alone",
         (E("The film will open in November.", "November", "2024-11"),
          E("Production began in March.", "March", "2024-03"),
          E("Reshoots happened in early August.", "early August", "2024-08"),
          E("The sequel was announced in December.", "December", "2023-12")),
         ("May I have a word?", "Protesters march in May Street.", "June Squibb stars."), name_guard="name"),
    # "aired April-May": a span of months, read as its first month (the end month stays untagged)
    Rule("month_span_start", r"{MONTHFULL}(?=\s?[-–]\s?(?-i:January|February|March|April|May|June|July|August|"
         r"September|October|November|December)\b(?!\s+\d))", "month_alone",
         (E("The series aired April-May on Streamly.", "April", "2024-04"),
          E("It shoots June–August.", "June", "2024-06")),
         ("Mara Quinn-May stars.", "It opens June 6-8.")),
    Rule("holiday", r"(?:{REL}\s+)?{HOLIDAY}(?:,?\s+{YEAR})?(?:\s+(?P<weekend>(?:holiday\s+)?weekend))?(?:,?\s+{YEAR:2})?"
         r"(?!\s+(?:eggs?|movie|film|special|tree|card|carol|song|album|episode|party|present|gift|theme|"
         r"decor|decorations?|costumes?|candy|treats?|spirit|lights|shopping|sales|jumper|sweater|market|message|"
         r"hit|number|single|show|edition|tradition|classic|story|cards?|dinner|lunch|feast))",
         "holiday",
         (E("The sequel opens Memorial Day weekend.", "Memorial Day weekend", "2025-W21-WE"),
          E("It will be released on Christmas Day.", "Christmas Day", "2024-12-25"),
          E("The film debuted on Labor Day weekend.", "Labor Day weekend", "2024-W35-WE"),
          E("It opens Thanksgiving 2025.", "Thanksgiving 2025", "2025-11-27"),
          E("The third film lands on Memorial Day weekend 2026.", "Memorial Day weekend 2026", "2026-W21-WE"),
          E("The comedy opens over Thanksgiving weekend.", "Thanksgiving weekend", "2024-W48-WE"),
          E("The sequel opens on Black Friday.", "Black Friday", "2024-11-29"),
          E("The special airs after Election Day.", "Election Day", "2024-11-05")),
         ("The film is full of Easter eggs.", "Streamly's Harold Halloween streams soon.",
          "The town is decked out in Halloween decor."), name_guard="name"),
    Rule("year", r"{YEAR}(?!s\b)(?!(?<=0)['’]s\b){NOTCOUNT}", "year",
         (E("Harbor Pictures pushed it to 2025.", "2025", "2025"),
          E("The remake, between 2019 and 2021, stalled.", "2019", "2019"),
          E("The remake, between 2019 and 2021, stalled.", "2021", "2021"),
          E("She sang at Biden's 2021 inauguration.", "2021", "2021"),
          E("It follows 2016's Copper Rain.", "2016", "2016"),
          E("The sequel shoots in mid-2025.", "mid-2025", "2025"),
          E("It opens in late 2025 or early 2026.", "late 2025", "2025"),
          E("It was an Oscar-winning 2000 action film.", "2000", "2000")),
         ("The studio paid $2024 for it.", "Back to the 1990's.", "It stars in Star Racer 2049 again.",
          "More than 2000 people attended.", "It grossed 2,019 dollars."), name_guard="owner"),
    Rule("year_pair_end", r"(?<=(?:1[6-9]|20)\d\d[-–/])(?P<tail>\d\d)(?![\d%])", "year_pair_end",
         (E("The expedition of 1957-58 crossed the continent.", "58", "1958"),
          E("The 2009-10 season was a record.", "10", "2010")),
         ("See https://example.com/news/2020/09/21/story.html",)),
    Rule("decade", r"(?:(?<![\d$£€#/.])(?P<year>(?:1[6-9]|20)\d0)(?:s\b|['’]s\b)|['’](?P<year2>\d0)s\b"
         r"|(?<=\bthe\s)(?P<dword>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
         r"|(?:(?<=\bthe\s)|(?<=\bmid-)|(?<=\bearly\s)|(?<=\blate\s))(?<!\bhis\searly\s)(?<!\bher\searly\s)"
         r"(?<!\bhis\slate\s)(?<!\bher\slate\s)(?<!\btheir\searly\s)(?<!\btheir\slate\s)(?P<year3>[2-9]0)s\b)",
         "decade",
         (E("It is a throwback to the 1990s.", "1990s", "199"),
          E("A story set in the '80s.", "'80s", "198"),
          E("A story set in the sixties.", "sixties", "196"),
          E("Bands of the late 70s and early 90s", "early 90s", "199")),
         ("It follows 2016's Copper Rain.", "She is in her forties.", "He is in his early 80s.")),
    Rule("century", r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|nineteenth|twentieth|"
         r"twenty-first)[\s-]+(?-i:[Cc]entury)(?!\s+(?-i:[A-Z]))", "century",  # "20th Century <Name>" is a name
         (E("the greatest film of the 20th century", "20th century", "19"),),
         ("a 20th Century Films release",)),
    Rule("season_year", r"(?:the\s+)?{SEASON}(?:\s+of)?,?\s+{YEAR}", "season_year",
         (E("The sequel is dated for summer 2026.", "summer 2026", "2026-SU"),
          E("It shot in the fall of 2023.", "the fall of 2023", "2023-FA"))),
    Rule("season_relative", r"(?:(?:the\s+)?{REL}\s+{SEASON}|" + SEASON_PREP + r"(?:the\s+)?{SEASON:2}(?!\s+(?:of|in|\d)))"
         r"(?!\s+(?:season|slate|movie|film|box office|tentpole|blockbuster|release|lineup|schedule|"
         r"preview|festival|issue|collection|tour|semester|term|olympics|games))", "season_relative",
         (E("Next summer that tease will come to fruition.", "Next summer", "2025-SU"),
          E("It shot last summer.", "last summer", "2024-SU", "2024-09-26"),
          E("It shot last summer.", "last summer", "2012-SU", "2013-03-22"),
          E("It hits theaters this fall.", "this fall", "2024-FA"),
          E("It hits theaters in the spring.", "the spring", "2025-SP"),
          E("Pushed to next summer.", "next summer", "XXXX-SU", None)),
         ("Prices fall sharply.", "the summer movie season", "He looked dapper and summer ready.",
          "She blamed lifestyles for the fall in attendance.")),
    Rule("quarter", r"(?:the\s+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:[\s-]+fiscal)?[\s-]+"
         r"quarter(?:\s+of\s+(?:(?:fiscal\s+)?{YEAR}|(?P<rel>this|next|last)\s+year|the\s+year))?"
         r"|(?-i:Q(?P<qnum>[1-4]))(?:\s+(?:of\s+)?{YEAR:2})?", "quarter",
         (E("Revenue rose in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3"),
          E("The slate lands in Q1 2025.", "Q1 2025", "2025-Q1"),
          E("Revenue rose in the second quarter.", "the second quarter", "2024-Q2")),
         ("A quarter of the budget went to effects.", "He drove an Audi Q3 to the premiere."), name_guard="name"),
    Rule("half", r"(?:the\s+)?(?P<ord>first|second|latter)\s+half\s+of\s+(?:{YEAR}|(?P<rel>this|next|last)\s+year|"
         r"the\s+year)", "half",
         (E("It shoots in the first half of 2025.", "the first half of 2025", "2025-H1"),
          E("It shoots in the second half of next year.", "the second half of next year", "2025-H2")),
         ("Half of the cast returned.", "He scored in the first half of the match.")),
    Rule("fiscal_year", r"(?:fiscal(?:\s+year)?\s+|(?-i:FY)\s?){YEAR}", "year",
         (E("Profit fell in fiscal 2023.", "fiscal 2023", "2023"),)),
    Rule("the_last_years", r"the\s+(?:past|last|next|coming)\s+(?P<unit>year|decade|century)\b"
         r"|the\s+(?:following|previous|preceding)\s+(?P<unit2>decade|century)\b",
         "duration_one",
         (E("Sales will grow over the next decade.", "the next decade", "P10Y"),
          E("Over the following decade the studio made $19bn.", "the following decade", "P10Y"),
          E("It has been a hard road over the past year.", "the past year", "P1Y"))),
    Rule("relative_unit", r"(?:(?:the\s+)?(?P<rel>this\s+past|this\s+coming|next|last|past|previous|coming|upcoming)|"
         r"(?P<rel2>this|current))\s+(?:fiscal\s+)?(?P<unit>year|month|week|weekend|quarter|decade|century)\b", "relative_unit",
         (E("Night Orchard was originally set to hit theaters this year.", "this year", "2024"),
          E("The sequel opens next year.", "next year", "2025"),
          E("It topped the box office last weekend.", "last weekend", "2024-W38-WE"),
          E("Six deaths were reported in the last week.", "the last week", "2013-W11", "2013-03-22"),
          E("Casting wraps this week.", "this week", "2024-W39"),
          E("The trailer drops later this month.", "later this month", "2024-09"),
          E("The studio said last month that it would.", "last month", "2024-08"),
          E("The sequel opens next year.", "next year", "XXXX", None))),
    Rule("span_of_unit", r"(?:the\s+)?(?P<part>end|beginning|start|middle|rest|remainder|balance|close)\s+of\s+(?:(?:the|this)\s+)?"
         r"(?P<unit>year|month|week|decade)", "span_of",
         (E("The film opens by the end of the year.", "the end of the year", "2024"),
          E("The show returns by the end of year.", "the end of year", "2024"),
          E("The flu season peaked by the end of the year.", "the end of the year", "2012", "2013-03-22"))),
    Rule("weekday_clock", r"{WEEKDAY}(?:\s+at)?\s+{CLOCK}{TZ}|{CLOCK:2}{TZ}\s+(?:on\s+)?{WEEKDAY:2}"
         r"|(?P<hour3>[01]?\d|2[0-3]):(?P<minute3>[0-5]\d){TZ}\s+{WEEKDAY:3}", "weekday",
         (E("The trailer drops Friday at 9 a.m. ET.", "Friday at 9 a.m. ET", "2024-09-27T09:00"),
          E("Kick-off will be at 15:00 GMT Saturday.", "15:00 GMT Saturday", "2013-03-23T15:00", "2013-03-22"))),
    Rule("weekday", r"(?<!Black\s)(?<!Cyber\s)(?<!Super\s)(?<!Ash\s)(?<!Palm\s)(?<!Man\s)"
         r"(?:{REL}\s+)?{WEEKDAY}(?:\s+{PART})?(?!s\b)(?!\s+the\s+13th)"
         # a capitalised word after the weekday makes it a name ("Sunday Times", "Friday Night
         # Lights"), unless it is a month or a time of day ("Friday October 7", "Friday Night")
         r"(?!\s+(?-i:Night\s+[A-Z]|(?!(?:January|February|March|April|May|June|July|August|September|"
         r"October|November|December|Night|Morning|Afternoon|Evening)\b)[A-Z][a-z]))",
         "weekday",
         (E("The trailer will debut online sometime Thursday.", "Thursday", "2024-09-26"),
          E("The film opens Friday.", "Friday", "2024-09-27"),
          E("On Wednesday, Harbor Pictures announced the trailer.", "Wednesday", "2024-09-25"),
          E("The studio said Friday it would move the date.", "Friday", "2024-09-20"),
          E("The trailer will debut Tuesday.", "Tuesday", "2024-10-01"),
          E("The film topped the box office Sunday night.", "Sunday night", "2024-09-22TNI"),
          E("It was announced late Monday.", "late Monday", "2024-09-23"),
          E("“Night Orchard” is in theaters Friday.", "Friday", "2024-09-27"),
          E("He was spotted out in Los Angeles this Wednesday.", "this Wednesday", "2024-09-25"),
          E("Streaming Friday on Streamly.", "Friday", "2024-09-27"),
          E("The film opens Friday.", "Friday", "XXXX-WXX-5", None)),
         ("Saturday Night Laughs returns.", "Black Friday sales", "Friday the 13th is a slasher.",
          "Mara Quinn returns in Streamly's Wednesday this fall."), name_guard="name"),
    Rule("clock_time", r"{CLOCK}{TZ}|(?<=\bat\s)(?P<noon>noon|midnight)", "clock_time",
         (E("The panel starts at 8 p.m. ET.", "8 p.m. ET", "2024-09-26T20:00"),
          E("Tickets go on sale at noon.", "noon", "2024-09-26T12:00"))),
    Rule("today_generic", r"(?:(?<=\bof\s)|(?<=\bthan\s)|(?<=\bto\s)|(?<=\bwith\s)|(?<=\buntil\s)|(?<=\btill\s))"
         r"today(?!\s+(?-i:morning|afternoon|evening|night))", "present_ref",
         (E("It looks amateur compared to today's effects.", "today", "PRESENT_REF"),
          E("It appeals to the children of today.", "today", "PRESENT_REF"))),
    Rule("two_days_off", r"the\s+day\s+(?P<way>before\s+yesterday|after\s+tomorrow)", "two_days_off",
         (E("They met the day before yesterday.", "the day before yesterday", "2024-09-24"),)),
    Rule("deictic_day", r"(?P<word>today|yesterday|tomorrow|tonight)(?:\s+{PART})?|(?P<word2>this|last)\s+{PART:2}",
         "deictic_day",
         (E("The trailer arrived yesterday.", "yesterday", "2024-09-25"),
          E("The studio announced the cast today.", "today", "2024-09-26"),
          E("The trailer debuts today.", "today", "2024-09-26"),
          E("There is a lot of swearing on TV today.", "today", "PRESENT_REF"),
          E("It premieres tonight.", "tonight", "2024-09-26TNI"),
          E("The cast spoke this morning.", "this morning", "2024-09-26TMO")),
         ("She appeared on Channel Nine's Today programme.",), name_guard="name"),
    Rule("present_ref", r"(?:right\s+)?now(?!\s+that\b)(?!-)|currently|nowadays|presently|at\s+present|these\s+days|"
         r"the\s+present\s+day|(?:(?<=\bto\s)|(?<=\buntil\s)|(?<=\bthrough\s))the\s+present(?!\s+(?-i:[a-z]))",
         "present_ref",
         (E("The film is now in theaters.", "now", "PRESENT_REF"),
          E("It is currently in post-production.", "currently", "PRESENT_REF"),
          E("She led the studio from 2010 to the present.", "the present", "PRESENT_REF")),
         ("the now-defunct studio", "a remake of Apocalypse Now is planned"), name_guard="name"),
    Rule("past_ref", r"recently|lately|(?<=\bin\s)the\s+past(?!\s+(?:\d|few|several|decade|year|month|week|day))|"
         r"at\s+the\s+time|at\s+that\s+time|back\s+then", "past_ref",
         (E("The studio recently moved the date.", "recently", "PAST_REF"),
          E("Sequels have struggled in the past.", "the past", "PAST_REF"))),
    Rule("future_ref", r"the\s+(?:near\s+|distant\s+)?future(?!\s+of\b)|"
         r"(?<!\bas\s)soon(?!\s+(?:as|after|afterward|afterwards|enough)\b)", "future_ref",
         (E("A trailer is coming out soon.", "soon", "FUTURE_REF"),
          E("More films will follow in the future.", "the future", "FUTURE_REF")),
         ("As soon as it opened, it sold out.",)),
    Rule("ago", r"(?:(?:almost|nearly)\s+)?(?:{NUM}\s+(?:more\s+|long\s+|full\s+)?)?{UNIT}\s+(?P<way>ago|hence)",
         "ago",
         (E("We did it about a year ago.", "a year ago", "2023"),
          E("The film opened two weeks ago.", "two weeks ago", "2024-W37"),
          E("That was years ago.", "years ago", "PAST_REF"),
          E("She bought the home nearly 15 years ago.", "nearly 15 years ago", "2009"),
          E("Ten years hence, it will be a classic.", "Ten years hence", "2034")),
         ("Ten years from now, it will be a classic.",)),
    Rule("in_time", r"(?<=\bin\s){NUM}\s+{UNIT}(?!\s+ago)", "in_time",
         (E("The trailer will arrive in two weeks.", "two weeks", "2024-W41"),
          E("It was the first hit in 10 years.", "10 years", "P10Y"),
          E("It would be the first strike at the resort in 40 years.", "40 years", "P40Y"))),
    Rule("follow_weekday", r"the\s+(?P<rel>following|previous|preceding|prior)\s+{WEEKDAY}", "follow_weekday",
         (E("It screened on June 6, 2025, and opened wide the following Friday.", "the following Friday",
            "2025-06-13"),)),
    Rule("same_unit", r"(?:that|the\s+same)\s+(?P<unit>day|week|month|year)\b(?!\s+(?:of|when|that|after|before)\b)",
         "same_unit",
         (E("The film opened in 2019; that year it won two awards.", "that year", "2019"),
          E("It premiered on June 6, 2025, and sold out the same day.", "the same day", "2025-06-06"))),
    Rule("unit_around_event", r"the\s+(?P<unit>day|week|month|year)(?=\s+(?:before|after)\s+[\w“\"'])",
         "unit_around_event",
         (E("The day before he was pulled over, he wrote to his son.", "The day", "2024-XX-XX"),
          E("He was arrested in 2012. The day before he was arrested, he wrote home.", "The day", "2012-XX-XX")),
         ("They met the day before yesterday.",)),
    Rule("follow", r"the\s+(?P<unit3>day|week|month|year)\s+(?P<rel3>before|after)(?=\s*(?:[,.;:!?)]|$))|"
         r"the\s+(?P<rel>following|previous|preceding|prior)\s+(?P<unit>day|week|month|year)|"
         r"the\s+(?P<rel2>next)\s+(?P<unit2>day|morning)", "follow",
         (E("The film opened in 2019 and its sequel the following year.", "the following year", "2020"),
          E("It opened on June 6, 2025; the premiere was the day before.", "the day before", "2025-06-05"))),
    Rule("rate", r"(?:(?<=\bmillion\s)|(?<=\bbillion\s)|(?<=\bthousand\s)|(?<=\bpercent\s)|(?<=\bdollars\s)"
         r"|(?<=\bpounds\s)|(?<=\beuros\s)|(?<=\d\s)|(?<=%\s)|(?<=\bhours\s)|(?<=\bminutes\s))"
         r"(?:a|an|per|each)\s+(?-i:(?P<unit>hour|day|week|month|year))\b", "set_every",
         (E("The deal pays him $20 million a year.", "a year", "P1Y"),
          E("Sales grow 5% a year.", "a year", "P1Y"))),
    Rule("duration", r"(?<!-)(?<!\bages\s)(?<!\baged\s)(?<!\bage\s)"
         r"(?:(?:almost|nearly|a\s+mere)\s+)?"
         r"(?:the\s+(?:past|last|next|first|coming|previous|following|final|latter|better\s+part\s+of)\s+|the\s+(?=\d+\s))?"
         r"{NUM}(?:[\s-]+(?:more|full|long|straight|consecutive|additional|extra|other))?[\s-]+{UNIT}"
         r"(?:(?<=s)['’](?=\s))?(?!-old|\s+old\b)(?!-)(?!\s+(?:ago|hence)\b)"
         r"(?!(?<=\ba\ssecond)(?!\s+(?:later|earlier|before|after|ago|or|too|longer)\b)\s+\w)"
         r"(?!(?<=\bone\sday)(?!\s+(?:later|earlier|before|after|long)\b))", "duration",
         (E("The season started about a month earlier.", "a month", "P1M"),
          E("It took a decade to make.", "a decade", "P10Y"),
          E("Stocks rose over the past two years.", "the past two years", "P2Y"),
          E("a four-week run", "four-week", "P4W"),
          E("Several days later it closed.", "Several days", "PXD"),
          E("An hour later the trailer leaked.", "An hour", "PT1H"),
          E("It will be screened at the 10-day event.", "10-day", "P10D"),
          E("In the 90 years since, little changed.", "the 90 years", "P90Y"),
          E("It took 2 1/2 years to make.", "2 1/2 years", "P2.5Y"),
          E("He had held the post for almost seven years.", "almost seven years", "P7Y"),
          E("It took two and a half years to make.", "two and a half years", "P2.5Y"),
          E("He got 90 days in jail and five years' probation.", "five years'", "P5Y")),
         ("The 24-year-old actor stars.", "She teased a second film.", "One day I will act.",
          "Children ages 6 months and older", "He ran a sub-five-minute mile.")),
    Rule("duration_ellipsis", r"(?=[\w-]+\s*(?:and|to|or|-|–)\s*\d){NUM}(?=\s*(?:and|to|or|-|–)\s*\d+(?:\.\d+)?\s+{UNIT})", "duration",
         (E("The buyback could take between 12 and 18 months.", "12", "P12M"),)),
    Rule("elapsed_time", r"(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])", "clock_duration",
         (E("He won the marathon, finishing in 3:07:35.", "3:07:35", "PT3H7M35S"),)),
    Rule("duration_vague", r"(?:(?:the\s+)?(?:past|last|next|coming|recent)\s+|(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bin\s)"
         r"|(?<=\btake\s)|(?<=\btakes\s)|(?<=\btook\s)|(?<=\btaking\s)|(?<=\bspent\s)|(?<=\bspend\s)|(?<=\blasted\s)"
         r"|(?<=\blast\s)|(?<=\bwaited\s)|(?<=\bwait\s))"
         r"(?-i:(?P<unit>minute|hour|day|week|month|year|decade)s)(?!\s+ago)\b"
         r"|(?-i:(?P<unit2>[Mm]inute|[Hh]our|[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade)s)(?=\s+(?:before|after|later|earlier|away)\b)",
         "duration",
         (E("Fans have waited for years.", "years", "PXY"),
          E("Prices rose in recent weeks.", "recent weeks", "PXW"),
          E("It will open in the coming months.", "the coming months", "PXM"),
          E("It landed minutes before the president left.", "minutes", "PTXM"),
          E("A verdict can now take weeks, if ever.", "weeks", "PXW"),
          E("The sequel is still years away.", "years", "PXY")),
         ("Those were the days.", "The days of disco are over.")),
    Rule("set", r"(?:(?:once|twice|\w+\s+times)\s+(?:a|an|per|each|every)|every|each)\s+(?:(?P<other>other)\s+|{NUM}\s+)?(?:"
         r"{UNIT}|{WEEKDAY}|{PART}|{SEASON}|{MONTHFULL}|(?P<season_word>season))"
         r"|(?<!\w)(?-i:(?P<adverb>annually|yearly|hourly|nightly|daily|weekly|monthly|quarterly))(?!\s+(?-i:[A-Z]))"
         r"(?!\s+(?-i:(?!(?:is|was|as|its|his|this|has|does|thus|us|plus|across|less|unless)\b)[a-z]+s\b|(?:newspaper|magazine|show|paper|dose|rate|average|limit|allowance|routine|"
         r"life|lives|bread|fee|salary|budget|report|meeting|update|column|diary|grind|commute|"
         r"ritual|intake|output|production|total|high|low|wage|pay|newsletter|podcast|series|program|"
         r"programme|edition|special|chart)\b))"
         r"|(?-i:(?P<weekday2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
         r"(?:s\b|\s+(?-i:(?P<part2>morning|afternoon|evening|night)s)\b)", "set_every",
         (E("The festival is held every year.", "every year", "P1Y"),
          E("The show airs weekly.", "weekly", "P1W"),
          E("New episodes drop on Fridays.", "Fridays", "XXXX-WXX-5"),
          E("Get vaccinated against flu each season.", "each season", "P1Y"),
          E("The festival is held every September.", "every September", "XXXX-09"),
          E("The law will be reviewed every two years.", "every two years", "P2Y"),
          E("The podcast drops every other week.", "every other week", "P2W"),
          E("Flights leave on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
          E("New episodes are released daily.", "daily", "P1D")),
         ("Qantas plans daily flights to Bombay.", "The weekly magazine folded.")),
    Rule("the_weekend", r"the\s+weekend(?!\s+of\b)", "weekend",
         (E("The film topped the box office over the weekend.", "the weekend", "2024-W38-WE"),
          E("The film will open over the weekend.", "the weekend", "2024-W39-WE")),
         ("It opens the weekend of June 6.",)),
)

# A rule only runs near its trigger words (a cheap first pass with str.find on the lowercased
# text): a window around each trigger must hold the whole match. Rules without one read everything.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "centur")
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")
TRIGGERS: dict[str, tuple[str, ...]] = {
    "month_day_year": _MONTHS, "day_month_year": _MONTHS, "month_day": _MONTHS, "day_month": _MONTHS,
    "month_year": _MONTHS, "month_relative": _MONTHS, "month_span_start": _MONTHS, "month_in_relative_year": _MONTHS, "month_alone": _MONTHS,
    "holiday": ("new year", "christmas", "xmas", "independence", "fourth", "july", "halloween", "valentine",
                "patrick", "veterans", "juneteenth", "boxing", "king", "mlk", "president", "memorial",
                "mother", "father", "labor", "columbus", "thanksgiving", "easter", "good friday",
                "black friday", "cyber monday", "election day"),
    "decade": ("0s", "0's", "0’s", "ties"), "century": ("century",), "season_year": _SEASONS,
    "season_relative": _SEASONS, "quarter": ("quarter", "q1", "q2", "q3", "q4"), "half": ("half",),
    "fiscal_year": ("fiscal", "fy"), "the_last_years": ("year", "decade", "centur"),
    "relative_unit": ("year", "month", "week", "quarter", "decade", "century"), "span_of_unit": ("end of", "beginning of", "start of", "middle of", "rest of", "remainder of",
                     "balance of", "close of"),
    "present_ref": ("now", "current", "present", "these days"),
    "weekday_clock": _WEEKDAYS, "weekday": _WEEKDAYS,
    "clock_time": ("am", "a.m", "pm", "p.m", "noon", "midnight"),
    "today_generic": ("today",), "two_days_off": ("yesterday", "tomorrow"),
    "deictic_day": ("today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night"),
    "past_ref": ("recent", "lately", "past", "time", "then"), "future_ref": ("future", "soon"), "ago": ("ago", "hence"),
    "in_time": _UNITS, "follow_weekday": _WEEKDAYS, "follow": ("day", "week", "month", "year", "morning"),
    "same_unit": ("day", "week", "month", "year"), "unit_around_event": ("day", "week", "month", "year"),
    "duration": _UNITS, "duration_ellipsis": _UNITS, "elapsed_time": (":",), "duration_vague": _UNITS,
    "set": ("every", "each", "once", "twice", "times", "daily", "weekly", "monthly", "annually", "yearly",
            "hourly", "nightly", "quarterly", *_WEEKDAYS),
    "the_weekend": ("weekend",), "rate": ("a hour", "an hour", "a day", "a week", "a month", "a year", "per ",
                                          "each "),
}
