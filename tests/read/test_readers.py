"""Readers: each format gives the same Article fields; bad input gives a ReadError naming the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reelwire.errors import ReadError
from reelwire.model import Article
from reelwire.read import iter_articles
from tests.conftest import ARTICLES


def read_all(*paths) -> list:
    return list(iter_articles(paths))


@pytest.mark.parametrize(
    "name, title, published, starts",
    [
        ("cast-as-in.txt", None, date(2025, 3, 3), "Lena Marsh has been cast"),
        ("from-director.md", "Tidewater wraps", date(2025, 5, 20), "Tidewater, from director"),
        ("pushed-back.md", "Starfall Protocol delayed again", date(2025, 8, 12), "The sci-fi epic"),
        ("page.html", "Harbor Lights casts its lead", date(2025, 6, 2), "Harbor Lights casts its lead\nNora Quill"),
    ],
)
def test_formats(name, title, published, starts):
    (article,) = read_all(ARTICLES / name)
    assert isinstance(article, Article)
    assert article.title == title
    assert article.published == published
    assert article.text.startswith(starts)
    assert article.name == name


def test_plain_text_without_date_takes_headline(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Quiet film wins prize\n\nThe film Quiet won a prize.\n", encoding="utf-8")
    (article,) = read_all(path)
    assert article.published is None and article.title == "Quiet film wins prize"
    assert article.text.startswith("Quiet film wins prize")


def test_jsonl_reads_each_line_and_reports_a_broken_one(tmp_path):
    path = tmp_path / "batch.jsonl"
    good = (ARTICLES / "streaming.jsonl").read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([good[0], "{broken", good[1]]) + "\n", encoding="utf-8")
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "Article"]
    assert "batch.jsonl:2" in str(items[1]) and "not valid JSON" in str(items[1])
    assert items[0].published == date(2025, 9, 29) and items[2].published is None


def test_directory_is_walked_recursively(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_text(" date 2024-01-02 The film Glow opens Friday.", encoding="utf-8")
    (tmp_path / "two.md").write_text("---\ntitle: Two\ndate: 2024-01-03\n---\nThe film Dusk opens.", encoding="utf-8")
    items = read_all(tmp_path)
    assert sorted(i.title or "" for i in items) == ["", "Two"]


def test_same_text_has_same_id():
    a = Article(source="a.txt", text="The film  Glow opens.\n")
    b = Article(source="b.txt", text="The film Glow opens.")
    assert a.id == b.id


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        (b"---\ntitle: [unclosed\ndate: 2024-01-01\n---\nText.", "broken front matter"),
        (b" date 2024-13-45 The film Glow opens.", "impossible publication date"),
        (b"<html><body><nav>Home</nav></body></html>", "no article body"),
    ],
)
def test_bad_input_is_a_read_error_naming_the_file(tmp_path, content, reason):
    suffix = ".html" if content.startswith(b"<html") else ".md" if content.startswith(b"---") else ".txt"
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(content)
    (item,) = read_all(path)
    assert isinstance(item, ReadError)
    assert str(path) in str(item) and reason in str(item)


def test_missing_path_is_reported_and_batch_goes_on(tmp_path):
    items = read_all(tmp_path / "nope.txt", ARTICLES / "cast-as-in.txt")
    assert isinstance(items[0], ReadError) and "no such file" in str(items[0])
    assert isinstance(items[1], Article)
