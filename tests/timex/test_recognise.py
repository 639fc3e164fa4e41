"""Recognition before resolution: extents, guards against names, titles and web addresses."""

from __future__ import annotations

from reelwire.timex.recognise import recognise


def texts(text: str) -> list[str]:
    return [m.text for m in recognise(text)]


def test_longest_match_wins():
    assert texts("It opens Friday, Nov. 22, 2024.") == ["Friday, Nov. 22, 2024"]


def test_modifiers_join_the_extent():
    assert texts("Shooting starts in early 2025 and wraps by the end of next year.") == [
        "early 2025", "the end of next year"]


def test_values_are_left_underspecified():
    [m] = recognise("It opens June 6.")
    assert (m.value, m.anchor, m.tense) == ("XXXX-06-06", ("year",), "future")


def test_names_titles_and_addresses_are_not_times():
    assert texts("Fans binged Netflix's Wednesday.") == []
    assert texts("She starred in “Friday Night Lights” for years.") == ["years"]
    assert texts("See https://example.com/2020/09/21/news.html today") == ["today"]


def test_range_and_attachment_links():
    first, second = recognise("It runs from June 6 to June 9.")
    assert second.link == "range"
    day, clock = recognise("It airs Sunday, September 15 at 8 p.m. ET.")
    assert clock.link == "attached"
