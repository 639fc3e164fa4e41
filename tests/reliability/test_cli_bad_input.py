"""Bad input through `reelwire ingest`: a message naming the file and the reason for each fault,
the rest of the batch ingested, a summary at the end, exit code 2 when anything failed."""

from __future__ import annotations

import pytest

from tests.reliability.cli import lines, run, stored_sources, summary
from tests.reliability.faults import GOOD, write_faults, write_good

@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """One ingest of a folder holding every fault and three good articles, plus a missing path."""
    base = tmp_path_factory.mktemp("cli")
    folder = base / "news"
    faults = write_faults(folder)
    write_good(folder)
    db = base / "kb.db"
    result = run(db, "ingest", str(folder), str(base / "missing.txt"))
    return folder, faults, db, result


def test_exit_code_is_2_when_some_input_failed(batch):
    assert batch[3].returncode == 2, batch[3].stderr
    assert "Traceback" not in batch[3].stderr and batch[3].stdout == ""


def test_good_articles_and_those_with_warnings_are_ingested(batch):
    folder, faults, db, _ = batch
    expected = {str(folder / name) for name in GOOD}
    expected |= {str(folder / f.name) for f in faults if f.outcome == "warning"}
    expected |= {f"{folder / 'batch.jsonl'}:1", f"{folder / 'batch.jsonl'}:3"}
    assert sorted(stored_sources(db)) == sorted(expected)


def test_each_failed_input_has_a_line_naming_file_and_reason(batch):
    folder, faults, _, result = batch
    output = lines(result.stderr)
    for fault in faults:
        if fault.outcome == "warning":
            continue
        named = [line for line in output if f"{folder / fault.name}:" in line]
        assert len(named) == 1 and fault.reason in named[0], (fault, output)
    assert any(f"{folder.parent / 'missing.txt'}: no such file or directory" in line for line in output)


def test_a_summary_ends_the_output_and_counts_every_reported_error(batch):
    folder, faults, db, result = batch
    output = lines(result.stderr)
    counts = summary(output[-1])
    assert counts, output[-1]
    assert counts["new"] == len(stored_sources(db)) == 7 and counts["claims"] > 0
    assert counts["errors"] == sum(1 for line in output if line.startswith("skipped ")) >= 10


def test_warnings_name_the_file_and_the_reason(batch):
    folder, faults, _, result = batch
    output = lines(result.stderr)
    for fault in faults:
        if fault.outcome in ("warning", "skipped"):
            named = [line for line in output if f"{folder / fault.name}:" in line and line.startswith("warning")]
            assert len(named) == 1 and fault.reason in named[0], (fault, output)


def test_a_batch_with_only_warnings_exits_0(tmp_path):
    faults = write_faults(tmp_path / "all", big=False)
    folder = tmp_path / "news"
    write_good(folder)
    for fault in faults:
        if fault.outcome == "warning":
            (folder / fault.name).write_bytes((tmp_path / "all" / fault.name).read_bytes())
    result = run(tmp_path / "kb.db", "ingest", str(folder))
    assert result.returncode == 0, result.stderr
    assert len(stored_sources(tmp_path / "kb.db")) == len(GOOD) + 2
    assert summary(lines(result.stderr)[-1])["errors"] == 0


def test_ingesting_the_batch_again_adds_nothing_and_reports_the_same_errors(batch, tmp_path):
    folder, _, db, first = batch
    again = run(db, "ingest", str(folder), str(folder.parent / "missing.txt"))
    assert again.returncode == 2
    assert summary(lines(again.stderr)[-1])["new"] == 0
    assert [line for line in lines(again.stderr) if line.startswith("skipped")] == \
        [line for line in lines(first.stderr) if line.startswith("skipped")]


def test_file_names_that_look_like_markup_are_printed_verbatim(tmp_path):
    folder = tmp_path / "news"
    write_good(folder)
    (folder / "[bold]x.txt").write_bytes(b"")
    (folder / "a[").mkdir()
    (folder / "a[" / "b]").write_bytes(b"")
    result = run(tmp_path / "kb.db", "ingest", str(folder))
    output = lines(result.stderr)
    assert result.returncode == 2, result.stderr
    assert any(f"{folder / '[bold]x.txt'}: empty file" in line for line in output), output
    assert any(f"{folder / 'a[' / 'b]'}: empty file" in line for line in output), output
