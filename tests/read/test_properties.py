"""Property tests: on arbitrary text the readers return an Article or a ReadError, never crash."""

from __future__ import annotations

import json
import os
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reelwire.errors import ReadError
from reelwire.model import Article
from reelwire.read import ReadWarning, guess_language
from reelwire.read.checks import check_article
from reelwire.read.dates import parse_date
from reelwire.read.decode import decode
from reelwire.read.jsonlines import parse_jsonl
from reelwire.read.markdown import parse_markdown
from reelwire.read.textfile import parse_text

#: A deeper hunt: REELWIRE_PROPERTY_EXAMPLES=2000 make test
EXAMPLES = int(os.environ.get("REELWIRE_PROPERTY_EXAMPLES", "200"))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

dates = st.one_of(st.dates().map(str), st.from_regex(r"\A\d{1,5}-\d{1,2}-\d{1,2}( \d\d:\d\d:\d\d)?\Z"), st.text(max_size=20))
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30), dates)
front_matter = st.builds(
    lambda title, day, extra, body: f"---\ntitle: {title}\ndate: {day}\n{extra}\n---\n{body}",
    st.text(max_size=30), dates, st.text(max_size=40), st.text(max_size=200))
heading = st.builds(lambda title, stamp, body: f"# {title}\nPublished : {stamp}\n---\n{body}",
                    st.text(max_size=30), dates, st.text(max_size=200))
text_header = st.builds(lambda day, body: f" date {day}\n{body}", dates, st.text(max_size=200))
texts = st.one_of(st.text(max_size=300), front_matter, heading, text_header)


def _tail_of(raw: str, article: Article) -> bool:
    return raw.endswith(article.text)


@FAST
@given(texts)
@example(" date 2024-13-45\nThe film opens.")
@example("---\ndate: 2024-13-45\n---\nx")
@example("---\ndate: 2024-1-1 25:00:00\n---\nx")
@example("---\ntitle: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n---\nx")
def test_markdown_gives_an_article_whose_text_is_the_tail_or_a_read_error(raw):
    try:
        article = parse_markdown("x.md", raw)
    except ReadError as exc:
        assert str(exc).startswith("x.md: ")
        return
    assert isinstance(article, Article) and _tail_of(raw, article)
    assert article.title is None or isinstance(article.title, str)
    assert article.published is None or isinstance(article.published, date)


@FAST
@given(texts)
def test_text_gives_an_article_whose_text_is_the_tail_or_a_read_error(raw):
    try:
        article = parse_text("x.txt", raw)
    except ReadError as exc:
        assert str(exc).startswith("x.txt: ")
        return
    assert _tail_of(raw, article)


records = st.dictionaries(st.sampled_from(["text", "title", "published", "date", "url", "outlet", "other"]),
                          st.one_of(scalars, st.lists(scalars, max_size=3)), max_size=6)
lines = st.one_of(records.map(lambda r: json.dumps(r, ensure_ascii=False)), st.text(max_size=60),
                  st.just("{"), st.just("[" * 5000), st.just("null"), st.just('{"text": "\\ud800"}'))


@FAST
@given(st.lists(lines, max_size=8))
def test_jsonl_yields_one_value_per_nonblank_line_and_never_raises(raw_lines):
    raw = "\n".join(raw_lines)
    items = list(parse_jsonl("x.jsonl", raw))
    assert all(isinstance(i, (Article, ReadError, ReadWarning)) for i in items)
    lines_seen = {i.source for i in items if isinstance(i, (ReadError, ReadWarning))} | {
        i.source for i in items if isinstance(i, Article) and i.source.startswith("x.jsonl:")}
    assert all(s == "x.jsonl" or s.startswith("x.jsonl:") or isinstance(s, str) for s in lines_seen)
    decisive = [i for i in items if isinstance(i, (Article, ReadError))]
    nonblank = sum(1 for line in raw.split("\n") if line.strip())
    assert len(decisive) == max(nonblank, 1)  # one verdict a line; "empty file" when there are none


@FAST
@given(st.one_of(scalars, st.lists(scalars, max_size=3), st.dictionaries(st.text(max_size=3), scalars, max_size=2)))
def test_parse_date_gives_a_date_none_or_a_read_error(value):
    try:
        result = parse_date(value, "x")
    except ReadError:
        return
    assert result is None or isinstance(result, date)


@FAST
@given(st.binary(max_size=400))
@example(b"\xff\xfe\x00\xd8")  # UTF-16 with a lone surrogate
@example(b"\xef\xbb\xbf")
def test_decode_gives_text_or_a_read_error(data):
    try:
        text, warnings = decode(data, "x")
    except ReadError as exc:
        assert str(exc).startswith("x: ")
        return
    assert isinstance(text, str) and "\x00" not in text
    if text.count("\ufffd") > data.count("\ufffd".encode()):
        assert any("invalid UTF-8" in str(w) for w in warnings)


@FAST
@given(st.text(max_size=500))
def test_language_guess_and_checks_never_raise(text):
    guess = guess_language(text)
    assert guess is None or isinstance(guess, str)
    items = check_article(Article(source="x", text=text or "x"))
    assert items and all(isinstance(i, (Article, ReadError, ReadWarning)) for i in items)


markup = st.lists(st.one_of(st.sampled_from(["<html>", "<body>", "<p>", "</p>", "<article>", "<script>", "<title>",
                                             "<meta name='date' content='2024-13-45'>", "<?xml version='1.0'?>",
                                             "<rss><channel><item><title>", "</title><description>", "&#xd800;",
                                             "<pubDate>Mon, 99 Foo 2024</pubDate>", "</item></channel></rss>"]),
                            st.text(max_size=40)), max_size=40).map("".join)


@settings(max_examples=max(EXAMPLES // 5, 10), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup)
def test_html_and_feeds_give_articles_or_read_errors(raw):
    from reelwire.read.feed import parse_feed
    from reelwire.read.html import parse_html

    try:
        article = parse_html("x.html", raw)
        assert isinstance(article, Article) and article.text
    except ReadError as exc:
        assert str(exc).startswith("x.html: ")
    for item in parse_feed("x.xml", raw):
        assert isinstance(item, (Article, ReadError, ReadWarning))
        if isinstance(item, Article):
            item.text.encode("utf-8")
