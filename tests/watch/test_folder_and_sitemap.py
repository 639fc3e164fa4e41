"""Folders (new and changed files) and sitemaps; trailers and the --film filter on stdout."""

from __future__ import annotations

import io
import json
import os
import shutil
from dataclasses import replace

from reelwire.watch import AlertFilter, run_cycle
from reelwire.watch.notify import StdoutNotifier
from tests.watch.conftest import FAST
from tests.watch.servers import FIXTURES

DATED = "Bellwether Pictures has dated its heist drama Copper Meridian. The film opens in theaters September 18, 2026.\n"
MOVED = ("The heist drama Copper Meridian has been pushed back to January 22, 2027. "
         "The film had been set to open on September 18, 2026.\n")
COUNCIL = "The harbour council met on Tuesday to discuss new parking rules for the old market district.\n"


def _lines(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_a_folder_yields_new_files_then_changed_ones_only(kb, state, tmp_path):
    (tmp_path / "dated.txt").write_text(" date 2026-02-03\n" + DATED)
    out = io.StringIO()
    first = run_cycle(kb, state, [str(tmp_path)], [StdoutNotifier(out)], FAST)
    assert first.sources[0].articles == 1

    (tmp_path / "moves.txt").write_text(" date 2026-04-10\n" + COUNCIL)
    stamp = (tmp_path / "dated.txt").stat().st_mtime_ns
    os.utime(tmp_path / "dated.txt", ns=(stamp + 10**9, stamp + 10**9))  # touched, not changed: not read again
    second = run_cycle(kb, state, [str(tmp_path)], [StdoutNotifier(out)], FAST)
    assert (second.sources[0].new_items, second.sources[0].articles) == (1, 1)

    (tmp_path / "moves.txt").write_text(" date 2026-04-14\n" + MOVED)
    third = run_cycle(kb, state, [str(tmp_path)], [StdoutNotifier(out)], FAST)
    assert third.sources[0].new_items == 1 and third.sources[0].articles == 1
    moved = [m for m in _lines(out) if m["kind"] == "moved_date"]
    assert [(m["old"], m["new"], m["sources"][0]["article"]) for m in moved] == [("2026-09-18", "2027-01-22", "moves.txt")]


def test_an_unchanged_folder_reads_nothing(kb, state, tmp_path):
    shutil.copy(FIXTURES / "copper-meridian-dated.html", tmp_path / "a.html")
    run_cycle(kb, state, [str(tmp_path)], [], FAST)
    report = run_cycle(kb, state, [str(tmp_path)], [], FAST)
    assert report.sources[0].new_items == 0


def test_a_sitemap_page_with_a_trailer_alerts_the_trailer(kb, state, site):
    site.put("/sitemap.xml", "sitemap.xml", content_type="application/xml")
    site.put("/news/salt-kingdom-trailer", "salt-kingdom-trailer.html")
    site.put("/about", "not-an-article.html")
    out = io.StringIO()
    options = replace(FAST, wanted=AlertFilter.parse(["new-trailers"]))
    report = run_cycle(kb, state, [site.base + "/sitemap.xml"], [StdoutNotifier(out)], options)
    assert report.sources[0].articles == 1 and "no article body" in report.sources[0].errors[0]
    (trailer,) = _lines(out)
    assert trailer["kind"] == "new_trailer" and trailer["film"]["name"] == "Salt Kingdom"
    assert trailer["sources"][0]["url"] == site.base + "/news/salt-kingdom-trailer"


def test_the_film_filter_keeps_one_films_changes(kb, state, site):
    site.put("/sitemap.xml", "sitemap.xml", content_type="application/xml")
    site.put("/news/salt-kingdom-trailer", "salt-kingdom-trailer.html")
    site.put("/feed.xml", "feed-one.xml", content_type="application/rss+xml")
    site.put("/news/copper-meridian-dated", "copper-meridian-dated.html")
    out = io.StringIO()
    options = replace(FAST, wanted=AlertFilter.parse(films=["copper meridian"]))
    run_cycle(kb, state, [site.base + "/sitemap.xml", site.base + "/feed.xml"], [StdoutNotifier(out)], options)
    films = {m["film"]["name"] for m in _lines(out)}
    assert films == {"Copper Meridian"}


def test_a_folder_named_two_ways_is_one_source(kb, state, tmp_path, monkeypatch):
    (tmp_path / "news").mkdir()
    shutil.copy(FIXTURES / "copper-meridian-dated.html", tmp_path / "news" / "a.html")
    monkeypatch.chdir(tmp_path)
    report = run_cycle(kb, state, ["news", "./news", str(tmp_path / "news")], [], FAST)
    assert len(report.sources) == 1 and report.sources[0].source == str(tmp_path / "news")
