"""find_times as a whole: the public door, offsets, resolution with and without a date."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from reelwire.timex import find_times

THURSDAY = date(2024, 9, 26)

ARTICLE = (
    "On Wednesday, the studio announced the first trailer, set to debut online sometime Thursday. "
    "Thankfully, Thursday has arrived. The film was meant to open this year, but it was pushed to "
    "2025, and next summer fans will see it. \"We shot it about a year ago,\" the star said. "
    "It hits theaters on June 6, 2025."
)


def values(text: str, published: date | None = THURSDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, published)]


def test_article_values():
    assert values(ARTICLE) == [
        ("Wednesday", "2024-09-25"),
        ("Thursday", "2024-09-26"),
        ("Thursday", "2024-09-26"),
        ("this year", "2024"),
        ("2025", "2025"),
        ("next summer", "2025-SU"),
        ("a year ago", "2023"),
        ("June 6, 2025", "2025-06-06"),
    ]


def test_offsets_slice_the_text():
    for t in find_times(ARTICLE, THURSDAY):
        assert ARTICLE[t.start:t.end] == t.text


def test_sorted_and_non_overlapping():
    found = find_times(ARTICLE, THURSDAY)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_without_publication_date_relative_values_stay_underspecified():
    got = dict(values("It opens June 6 and returns next summer; it was shot in 2023.", None))
    assert got == {"June 6": "XXXX-06-06", "next summer": "XXXX-SU", "2023": "2023"}


def test_absolute_date_needs_no_publication_date():
    assert values("It opens June 6, 2025.", None) == [("June 6, 2025", "2025-06-06")]


def test_weekday_is_tense_aware():
    assert values("The film opens Friday.") == [("Friday", "2024-09-27")]
    assert values("The studio said Friday it had a hit.") == [("Friday", "2024-09-20")]


def test_types():
    found = {t.text: t.type for t in find_times("For years it ran weekly, at 8 p.m. on Mondays, until 2024.", THURSDAY)}
    assert found == {"years": "DURATION", "weekly": "SET", "8 p.m.": "TIME", "Mondays": "SET", "2024": "DATE"}


def test_empty_text():
    assert find_times("", THURSDAY) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-/:'abcdeilnorstuyADFJMNOSTW\n")) | st.characters(), max_size=120),
       st.none() | st.dates())
def test_never_raises_and_offsets_slice(text, published):
    for t in find_times(text, published):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text


def test_range_end_follows_its_start():
    got = values("The trial runs from January 11 to January 28.", date(2020, 9, 30))
    assert got == [("January 11", "2021-01-11"), ("January 28", "2021-01-28")]


def test_range_open_start_takes_the_year_of_its_end():
    got = values("The case was pushed to anywhere between March and June 2021.", date(2020, 9, 30))
    assert got == [("March", "2021-03"), ("June 2021", "2021-06")]


def test_clock_time_attaches_to_the_date_before_it():
    got = values("The Emmys will air Sunday, September 15 at 8 p.m. ET on ABC.", date(2024, 7, 17))
    assert got == [("Sunday, September 15", "2024-09-15"), ("8 p.m. ET", "2024-09-15T20:00")]


def test_between_two_years_is_two_timexes():
    assert values("The series ran between 2019 and 2021.") == [("2019", "2019"), ("2021", "2021")]


def test_titles_in_quotes_are_not_times():
    assert values("Danny Boyle returns with “28 Years Later” next summer.") == [("next summer", "2025-SU")]
    assert values('Netflix renewed "Wednesday" for a third season.') == []


def test_quoted_speech_keeps_its_times():
    assert values("“We shot it a year ago,” she said.") == [("a year ago", "2023")]


def test_a_moved_date_lies_ahead():
    assert values("It was pushed back to November 25.", date(2020, 9, 24)) == [("November 25", "2020-11-25")]
    got = values("Once dated for April, it was pushed back to November 25.", date(2020, 9, 24))
    assert got == [("April", "2020-04"), ("November 25", "2020-11-25")]


def test_month_without_tense_prefers_the_publication_year_unless_another_is_far_nearer():
    assert values("In March, filming for the sequel halted abruptly.", date(2020, 9, 24))[0] == ("March", "2020-03")
    assert values("Tickets: December 18.", date(2021, 1, 10)) == [("December 18", "2020-12-18")]


def test_reporting_verb_is_past_even_after_to():
    got = values("“George Lucas kept the offer out to me,” he said in May.", date(2024, 7, 24))
    assert got == [("May", "2024-05")]


def test_quoted_speech_keeps_its_own_tense():
    got = values("“We will know what works in June,” said the producer.", date(2024, 3, 20))
    assert got == [("June", "2024-06")]


def test_due_to_is_a_cause_not_a_date_ahead():
    got = values("Due to the Thanksgiving holiday, the film opened on Wednesday.", date(2024, 12, 2))
    assert got == [("Thanksgiving", "2024-11-28"), ("Wednesday", "2024-11-27")]
    assert values("The sequel is due to open on Friday.") == [("Friday", "2024-09-27")]


def test_scheduled_date_points_ahead_past_a_modal():
    got = values("The trial is scheduled to begin on April 15 and could last several weeks.", date(2013, 3, 22))
    assert got[0] == ("April 15", "2013-04-15")


def test_since_points_back():
    assert values("It was the best opening since July.")[-1] == ("July", "2024-07")


def test_a_moved_release_points_ahead():
    assert values("Lionsgate moved the release up two weeks, to Oct. 18.")[-1] == ("Oct. 18", "2024-10-18")


def test_many_expressions_stay_fast():
    import time

    text = "now and a year ago, " * 2000
    started = time.perf_counter()
    assert len(find_times(text, THURSDAY)) == 4000
    assert time.perf_counter() - started < 5


def test_a_past_move_to_a_past_date():
    got = values("It was delayed, pushed to July 24 and then August 21, before it went to streaming.",
                 date(2020, 9, 28))
    assert got == [("July 24", "2020-07-24"), ("August 21", "2020-08-21")]


def test_from_now_is_a_duration_and_a_present_reference():
    # TimeML (TempEval-3) marks "eight years from now" as two expressions
    assert values("He may live eight years from now.") == [("eight years", "P8Y"), ("now", "PRESENT_REF")]


def _values(text, published):
    return [(t.text, t.value) for t in find_times(text, published)]


def test_a_chain_of_dates_runs_forward_from_its_first():
    got = _values("Those plans were scrapped and changed to August 14, then October 2 and, now, December 25.",
                  date(2020, 9, 22))
    assert ("October 2", "2020-10-02") in got and ("December 25", "2020-12-25") in got


def test_a_bare_day_takes_the_year_named_in_its_sentence():
    got = _values("Night Orchard and Harbor Lights, both released on July 21, lifted the 2023 box office.",
                  date(2024, 7, 28))
    assert ("July 21", "2023-07-21") in got
    got = _values("It was slated for December 13, 2019, then pushed up a month to November 1.", date(2020, 9, 22))
    assert ("November 1", "2019-11-01") in got


def test_a_named_year_against_the_tense_or_two_years_do_not_decide():
    # a future day cannot take a past year; two years in the sentence name no single one
    got = _values("Night Orchard, a 2019 hit, will return on July 21.", date(2024, 7, 1))
    assert ("July 21", "2024-07-21") in got
    got = _values("After 2019 and 2021 it opened on March 3.", date(2024, 7, 1))
    assert ("March 3", "2024-03-03") in got


def test_a_bare_month_keeps_the_publication_year():
    got = _values("The trial ran to January 28, 2021, though filming starts in October in London.",
                  date(2020, 9, 21))
    assert ("October", "2020-10") in got


def test_a_year_far_from_publication_or_a_relative_year_beside_it_does_not_move_a_bare_day():
    got = _values("Mara Quinn, who died on July 12, starred in a 2004 music video.", date(2020, 9, 16))
    assert ("July 12", "2020-07-12") in got
    # "last year" (2020) beside a named 2022: two years, neither decides
    got = _values("The 2022 remake aside, the original returned on April 26 last year.", date(2021, 9, 14))
    assert ("April 26", "2021-04-26") in got
