"""`reelwire watch` as a user runs it from cron: --once, --notify, exit codes, bad options;
and `reelwire changes --since` lists the move the webhook announced."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from reelwire.cli import app
from reelwire.errors import ConfigError
from reelwire.watch import parse_interval, parse_notify
from reelwire.watch.alerts import AlertFilter

runner = CliRunner()


def _site(site):
    site.put("/feed.xml", "feed-two.xml", content_type="application/rss+xml")
    site.put("/news/copper-meridian-dated", "copper-meridian-dated.html")
    site.put("/news/copper-meridian-moves", "copper-meridian-moves.html")


def test_watch_once_posts_the_move_and_changes_shows_it(sqlite_url, site, receiver):
    url, messages, _ = receiver
    _site(site)
    result = runner.invoke(app, ["--db", sqlite_url, "watch", site.base + "/feed.xml", "--once",
                                 "--notify", f"webhook={url}", "--only", "moved-dates"])
    assert result.exit_code == 0, result.output
    assert [m["kind"] for m in messages] == ["moved_date"]

    changes = runner.invoke(app, ["--db", sqlite_url, "changes", "--since", "2026-04-01", "--format", "json"])
    moved = [c for c in json.loads(changes.stdout) if c["kind"] == "moved_date"]
    assert [(c["old"], c["new"]) for c in moved] == [(messages[0]["old"], messages[0]["new"])]


def test_watch_once_prints_alerts_on_stdout_and_fails_with_a_failing_source(sqlite_url, site):
    _site(site)
    site.put("/error.xml", status=500, body=b"oops")
    result = runner.invoke(app, ["--db", sqlite_url, "watch", site.base + "/error.xml", site.base + "/feed.xml",
                                 "--once", "--timeout", "2", "--notify", "stdout", "--film", "Copper Meridian"])
    assert result.exit_code == 2
    kinds = [json.loads(line)["kind"] for line in result.stdout.splitlines()]
    assert "moved_date" in kinds and "new_film" in kinds
    assert "failed " + site.base + "/error.xml" in result.stderr and "HTTP 500" in result.stderr


@pytest.mark.parametrize("args", [["--interval", "soon"], ["--notify", "email=me"], ["--only", "gossip"]])
def test_bad_options_say_what_to_give(sqlite_url, args, tmp_path):
    result = runner.invoke(app, ["--db", sqlite_url, "watch", str(tmp_path), "--once", *args])
    assert result.exit_code == 1 and "; " in result.stderr


@pytest.mark.parametrize("text, seconds", [("30s", 30), ("15m", 900), ("2h", 7200), ("1d", 86400), ("90", 90)])
def test_intervals(text, seconds):
    assert parse_interval(text).total_seconds() == seconds


def test_option_parsers_reject_what_they_do_not_know():
    with pytest.raises(ConfigError):
        parse_notify("webhook=ftp://x")
    assert AlertFilter.parse(["moved-dates,new-films"]).kinds == {"moved_date", "new_film"}
