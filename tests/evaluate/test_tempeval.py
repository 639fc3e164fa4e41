"""The TempEval-3 scorer on small TimeML files written for the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reelwire.evaluate.tempeval import TempEvalError, parse_timeml, score_directory

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-09-26" functionInDocument="CREATION_TIME">September 26, 2024</TIMEX3></DCT>
<TEXT>
The studio <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-09-25">Wednesday</TIMEX3> that the film opens <TIMEX3 tid="t2" type="DATE" value="2025-06-06">June 6, 2025</TIMEX3> &amp; runs <TIMEX3 tid="t3" type="DURATION" value="PT2H">two hours</TIMEX3>.
It shot <TIMEX3 tid="t4" type="DATE" value="2023">about a year ago</TIMEX3>, in the <TIMEX3 tid="t5" type="DATE" value="XXXX">night</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "test_1.tml").write_text(DOC, encoding="utf-8")
    return tmp_path


def test_parse_offsets_point_into_the_plain_text():
    doc = parse_timeml(DOC, "test_1")
    assert doc.dct == date(2024, 9, 26)
    assert [t.text for t in doc.timexes] == ["Wednesday", "June 6, 2025", "two hours", "about a year ago", "night"]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)
    assert "&" in doc.text and "<" not in doc.text


def test_scores(corpus: Path):
    d = score_directory(corpus).as_dict()
    assert (d["gold"], d["predicted"]) == (5, 4)
    # strict: Wednesday, June 6, 2025, two hours; relaxed adds "a year ago" inside "about a year ago"
    assert d["strict"]["precision"] == pytest.approx(3 / 4)
    assert d["relaxed"]["recall"] == pytest.approx(4 / 5)
    assert d["relaxed"]["f1"] == pytest.approx(2 * 1.0 * 0.8 / 1.8)
    assert d["type_accuracy"] == 1.0
    assert d["value_accuracy"] == pytest.approx(1.0)
    assert d["value_f1"] == pytest.approx(d["relaxed"]["f1"])


def test_errors_name_their_kind(corpus: Path):
    report = score_directory(corpus)
    kinds = {(e.kind, e.text) for e in report.errors}
    assert ("missed", "night") in kinds
    assert ("extent", "about a year ago | a year ago") in kinds


def test_wrong_value_is_an_error(tmp_path: Path):
    (tmp_path / "a.tml").write_text(DOC.replace('value="2025-06-06"', 'value="2026-06-06"'), encoding="utf-8")
    report = score_directory(tmp_path)
    assert [(e.kind, e.gold, e.predicted) for e in report.errors if e.kind == "value"] == [
        ("value", "DATE 2026-06-06", "DATE 2025-06-06")]
    assert report.value_accuracy == pytest.approx(3 / 4)


def test_spurious(tmp_path: Path):
    (tmp_path / "a.tml").write_text(DOC.replace('<TIMEX3 tid="t1" type="DATE" value="2024-09-25">Wednesday</TIMEX3>',
                                                "Wednesday"), encoding="utf-8")
    report = score_directory(tmp_path)
    assert [e.text for e in report.errors if e.kind == "spurious"] == ["Wednesday"]


def test_render(corpus: Path):
    report = score_directory(corpus)
    assert "relaxed" in report.render(errors=False)
    assert "missed" not in report.render(errors=False)
    assert "missed" in report.render(errors=True)


def test_empty_directory_is_an_error(tmp_path: Path):
    with pytest.raises(TempEvalError, match="no .tml files"):
        score_directory(tmp_path)


PLATINUM = Path(__file__).resolve().parents[3] / "shared" / "eval" / "tempeval3-platinum"


@pytest.mark.shared
def test_platinum_targets():
    if not PLATINUM.is_dir():
        pytest.skip(f"{PLATINUM} is absent (the shared TempEval-3 platinum set)")
    d = score_directory(PLATINUM).as_dict()
    assert d["relaxed"]["f1"] >= 0.90
    assert d["value_f1"] >= 0.80


def test_report_times_the_normaliser(corpus: Path):
    report = score_directory(corpus)
    assert report.seconds > 0
    assert "normalised in" in report.render()
