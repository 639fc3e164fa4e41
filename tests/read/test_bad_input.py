"""Bad input at the reader: every fault of issue 8 gives a value naming the file and the reason,
and the rest of the folder is still read. (The CLI side is tests/reliability/test_cli_bad_input.py.)"""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from reelwire.errors import ReadError
from reelwire.model import Article
from reelwire.read import ReadWarning, guess_language, iter_articles
from reelwire.read import dispatch
from reelwire.read.checks import MAX_ARTICLE_CHARS
from reelwire.read.jsonlines import MAX_LINE_BYTES
from tests.conftest import ARTICLES
from tests.reliability.faults import ENGLISH_LATIN1, FRENCH, GOOD, NAMES, RUSSIAN, SPANISH, write_faults, write_good


def read(*paths, warnings=True) -> list:
    return list(iter_articles(paths, warnings=warnings))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("batch")
    faults = write_faults(path)
    write_good(path)
    return path, faults


@pytest.fixture(scope="module")
def items(folder):
    return read(folder[0])


def test_every_good_article_of_the_batch_is_read(folder, items):
    path, _ = folder
    sources = {i.source for i in items if isinstance(i, Article)}
    assert {str(path / name) for name in GOOD} <= sources
    assert {f"{path / 'batch.jsonl'}:1", f"{path / 'batch.jsonl'}:3"} <= sources


@pytest.mark.parametrize("name", NAMES)
def test_each_fault_is_reported_with_file_and_reason(folder, items, name):
    path, faults = folder
    (fault,) = [f for f in faults if f.name == name]
    source = str(path / fault.name)
    reports = [i for i in items if isinstance(i, (ReadError, ReadWarning)) and i.source == source]
    articles = [i for i in items if isinstance(i, Article) and i.source == source]
    assert len(reports) == 1, f"{fault.name}: {reports}"
    (report,) = reports
    assert str(report).startswith(source + ":") and fault.reason in str(report)
    if fault.outcome == "error":
        assert isinstance(report, ReadError) and not articles
    elif fault.outcome == "warning":
        assert isinstance(report, ReadWarning) and not report.skipped and len(articles) == 1
    else:
        assert isinstance(report, ReadWarning) and report.skipped and not articles


def test_fault_catalogue_is_what_the_parametrised_test_covers(folder):
    assert tuple(f.name for f in folder[1]) == NAMES


def test_without_warnings_a_skip_is_an_error_and_notes_are_dropped(folder):
    path, _ = folder
    items = read(path, warnings=False)
    assert not any(isinstance(i, ReadWarning) for i in items)
    skipped = [i for i in items if isinstance(i, ReadError) and "not English" in str(i)]
    assert sorted(Path(i.source).name for i in skipped) == ["russian.md", "spanish.txt"]
    assert any(isinstance(i, Article) and i.source == str(path / "latin1.txt") for i in items)


def test_invalid_utf8_is_replaced_and_the_warning_gives_the_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(ENGLISH_LATIN1.encode("latin-1"))
    warning, article = read(path)
    assert "Rue Sombre" in article.text and "caf\ufffd" in article.text and "\ufffdlise" in article.text
    assert str(path) in str(warning) and "offset 24" in str(warning) and "2 character(s)" in str(warning)


def test_a_huge_text_is_refused_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1_048_576)  # sparse: the reader must decide from the size alone
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    (error,) = read(path)
    assert isinstance(error, ReadError) and "file too large" in str(error) and "50.0 MB > 1.0 MB" in str(error)
    assert opened == [path]  # opened to look at its head, never read whole


def test_an_article_too_long_for_analysis_is_refused(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("The film Long Night opens Friday. " * (MAX_ARTICLE_CHARS // 30), encoding="utf-8")
    (error,) = read(path)
    assert isinstance(error, ReadError) and "article too long" in str(error)


def test_jsonl_is_streamed_and_a_too_long_line_costs_only_that_line(tmp_path):
    path = tmp_path / "big.jsonl"
    good = json.dumps({"text": GOOD["good-casting.txt"]})
    with path.open("w", encoding="utf-8") as fh:
        fh.write(good + "\n")
        fh.write(json.dumps({"text": "x" * (MAX_LINE_BYTES + 10)}) + "\n")
        fh.write(json.dumps({"text": GOOD["good-sequel.txt"]}) + "\n")
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "Article"]
    assert items[1].source == f"{path}:2" and "line longer than" in str(items[1])
    assert items[2].source == f"{path}:3"


def test_jsonl_text_may_hold_line_separators(tmp_path):
    path = tmp_path / "seps.jsonl"
    text = "The film Glow\u2028opens Friday,\u0085the studio\x1csaid. " * 3
    path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = read(path)
    assert article.text == text


def test_jsonl_invalid_utf8_line_is_kept_with_a_warning_naming_the_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(json.dumps({"text": "x"}).encode()[:-2] + b'caf\xe9 opens Friday in theaters."}\n')
    warning, article = read(path)
    assert isinstance(warning, ReadWarning) and warning.source == f"{path}:1" and "invalid UTF-8" in str(warning)
    assert article.text == "xcaf\ufffd opens Friday in theaters."


def test_jsonl_fields_of_the_wrong_type_are_ignored_with_a_warning(tmp_path):
    path = tmp_path / "types.jsonl"
    path.write_text(json.dumps({"text": "The film Glow opens Friday.", "title": ["a"], "url": 7}) + "\n")
    items = read(path)
    assert [type(i).__name__ for i in items] == ["ReadWarning", "ReadWarning", "Article"]
    assert items[2].title is None and items[2].url is None


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                        (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_byte_order_marks_are_honoured(tmp_path, bom, codec):
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + GOOD["good-casting.txt"].encode(codec))
    (article,) = read(path)
    assert article.text.startswith("Lena Marsh") and article.published.isoformat() == "2025-03-03"


def test_mostly_undecodable_bytes_are_not_text(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 40)
    (error,) = read(path)
    assert isinstance(error, ReadError) and "not UTF-8 text" in str(error)


def test_a_folder_that_links_to_itself_is_read_once(tmp_path):
    write_good(tmp_path / "news")
    os.symlink(tmp_path / "news", tmp_path / "news" / "loop")
    items = read(tmp_path)
    assert sum(isinstance(i, Article) for i in items) == len(GOOD)
    (warning,) = [i for i in items if isinstance(i, ReadWarning)]
    assert warning.source == str(tmp_path / "news" / "loop") and "already read" in str(warning)


def test_a_broken_symlink_is_reported(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    (error,) = read(tmp_path)
    assert isinstance(error, ReadError) and error.source == str(tmp_path / "link.txt")
    assert "broken symbolic link" in str(error)


def test_a_named_pipe_is_refused_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    write_good(tmp_path)
    items = read(tmp_path)
    (error,) = [i for i in items if isinstance(i, ReadError)]
    assert error.source == str(tmp_path / "pipe.txt") and "not a regular file" in str(error)
    assert sum(isinstance(i, Article) for i in items) == len(GOOD)


def test_a_reader_bug_costs_one_file_not_the_batch(tmp_path, monkeypatch):
    write_good(tmp_path)

    def broken(source, raw):
        raise ValueError("unexpected")

    monkeypatch.setattr(dispatch, "parse_text", broken)
    items = read(tmp_path)
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(errors) == 2 and all("could not be read (ValueError: unexpected)" in str(e) for e in errors)
    assert [i.source for i in items if isinstance(i, Article)] == [str(tmp_path / "good-release.md")]


def test_front_matter_aliases_cannot_blow_up(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20))
    path = tmp_path / "bomb.md"
    path.write_text(f"---\n{bomb}title: *u\ndate: *u\n---\nThe film Glow opens Friday.\n", encoding="utf-8")
    (error,) = read(path)
    assert isinstance(error, ReadError) and "publication date is a list" in str(error)


@pytest.mark.parametrize("text, language", [
    (SPANISH, "es"), (FRENCH, "fr"), (RUSSIAN, "und-cyrillic"),
    ("映画の公開日が発表された。主演は新人俳優で、撮影は来年の春に始まる予定だという。", "und-cjk"),
    ("The film opens Friday.", None),
])
def test_language_guess(text, language):
    assert guess_language(text) == language


@pytest.mark.parametrize("path", sorted(p for p in ARTICLES.iterdir() if p.is_file()), ids=lambda p: p.name)
def test_english_fixtures_are_english(path):
    for article in iter_articles([path]):
        assert isinstance(article, Article)


def test_a_cast_list_of_names_is_not_taken_for_another_language():
    cast = ("Cast: Ana de Armas, Keanu Reeves, Ian McShane, Anjelica Huston, Gabriel Byrne, Lance Reddick, "
            "Norman Reedus, Sharon Duncan-Brewster, Catalina Sandino Moreno, Juan Carlos Sanchez, Lo Del Rio, "
            "De La Cruz, Van Der Berg, Della Santa, Le Roux.")
    assert guess_language(cast) in (None, "en")


def test_escaped_lone_surrogates_are_replaced_with_a_warning(tmp_path):
    path = tmp_path / "surrogate.jsonl"
    path.write_text('{"text": "The film Glow \\ud800 opens Friday.", "title": "A \\udfff"}\n', encoding="utf-8")
    warning, article = read(path)
    assert isinstance(warning, ReadWarning) and "lone surrogates" in str(warning)
    assert article.text == "The film Glow \ufffd opens Friday." and article.title == "A \ufffd"
    article.text.encode("utf-8")  # storable


def test_walk_lists_the_files_iter_articles_reads_and_reports_the_rest(tmp_path):
    from reelwire.read import walk

    write_good(tmp_path / "a")
    (tmp_path / "a" / "notes.pdf").write_bytes(b"%PDF")
    os.symlink(tmp_path / "a", tmp_path / "a" / "loop")
    os.mkfifo(tmp_path / "a" / "pipe.txt")
    found = list(walk([tmp_path, tmp_path / "gone.txt"]))
    files = [f for f in found if isinstance(f, Path)]
    assert files == sorted(tmp_path / "a" / name for name in GOOD)
    reports = [(Path(r.source).name, type(r).__name__) for r in found if not isinstance(r, Path)]
    assert reports == [("loop", "ReadWarning"), ("pipe.txt", "ReadError"), ("gone.txt", "ReadError")]
    assert [a.source for a in iter_articles([tmp_path]) if isinstance(a, Article)] == [str(f) for f in files]


def test_a_garbage_feed_is_a_read_error_naming_it(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes(b"<?xml version='1.0'?><rss><channel><item><title>Half</ti")
    items = read(path)
    assert items and all(isinstance(i, ReadError) for i in items)
    assert str(path) in str(items[0]) and ("malformed feed" in str(items[0]) or "no text" in str(items[0]))


def test_a_download_cut_inside_a_character_keeps_the_article_with_a_warning(tmp_path):
    path = tmp_path / "cut.txt"
    data = GOOD["good-casting.txt"].encode() + "Café".encode()
    path.write_bytes(data[:-1])  # the last byte of "é" is missing
    warning, article = read(path)
    assert isinstance(warning, ReadWarning) and f"offset {len(data) - 2}" in str(warning)
    assert article.text.endswith("Caf\ufffd")


def test_nul_padding_of_an_unfinished_download_is_dropped_with_a_warning(tmp_path):
    path = tmp_path / "partial.txt"
    path.write_bytes(GOOD["good-casting.txt"].encode() + b"\x00" * 9000)
    warning, article = read(path)
    assert "ends in 9000 NUL bytes" in str(warning) and str(path) in str(warning)
    assert article.text.endswith("Paul Greer.\n")


@pytest.mark.parametrize("data", [GOOD["good-casting.txt"].encode() + b"\x00middle" + b"x" * 9000,
                                  codecs.BOM_UTF16_LE + "The film\x00Glow opens.".encode("utf-16-le")])
def test_nul_inside_the_text_is_binary_wherever_it_is(tmp_path, data):
    path = tmp_path / "nul.txt"
    path.write_bytes(data)
    (error,) = read(path)
    assert isinstance(error, ReadError) and "binary file" in str(error)


def test_jsonl_nul_escapes_are_dropped(tmp_path):
    path = tmp_path / "nul.jsonl"
    path.write_text('{"text": "The film Glow\\u0000 opens Friday in theaters."}\n', encoding="utf-8")
    warning, article = read(path)
    assert "\x00" not in article.text and "NUL" in str(warning)


def test_jsonl_with_a_byte_order_mark_reads_its_first_line(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + json.dumps({"text": GOOD["good-sequel.txt"]}).encode() + b"\n")
    (article,) = read(path)
    assert isinstance(article, Article) and article.text == GOOD["good-sequel.txt"]


def test_jsonl_in_utf16_is_named_as_such(tmp_path):
    path = tmp_path / "wide.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + json.dumps({"text": "The film Glow opens."}).encode("utf-16-le"))
    (error,) = read(path)
    assert isinstance(error, ReadError) and "JSON Lines in UTF-16" in str(error)
