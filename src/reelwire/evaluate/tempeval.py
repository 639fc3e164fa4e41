"""Score reelwire's time expressions on TempEval-3 TimeML files (`.tml`).

For every file: the text inside `<TEXT>` with its tags removed is what `find_times` reads,
with the document creation time from `<DCT><TIMEX3 value=...>` as the publication date; the
`TIMEX3` elements inside `<TEXT>` are the gold. The measures are TempEval-3's: strict extent
(identical span) and relaxed extent (any overlap) precision, recall and F1 under one-to-one
matching, type and value accuracy over the relaxed matches, and value F1 = relaxed F1 × value
accuracy.
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from reelwire.errors import ReelwireError
from reelwire.timex import find_times

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_]+)\s*=\s*"([^"]*)"')


class TempEvalError(ReelwireError):
    """A TimeML file or directory could not be scored."""


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDocument:
    name: str
    text: str
    dct: date | None
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class TimexError:
    doc: str
    kind: str  # missed | spurious | value | type | extent
    text: str
    gold: str  # "TYPE value" or ""
    predicted: str
    context: str


@dataclass
class TempEvalReport:
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    seconds: float = 0.0  # time spent in find_times over all documents
    errors: list[TimexError] = field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def _prf(self, matched: int) -> tuple[float, float, float]:
        p = matched / self.predicted if self.predicted else 0.0
        r = matched / self.gold if self.gold else 0.0
        return p, r, self._f1(p, r)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.relaxed if self.relaxed else 0.0

    def as_dict(self) -> dict:
        sp, sr, sf = self._prf(self.strict)
        rp, rr, rf = self._prf(self.relaxed)
        return {
            "documents": self.documents, "gold": self.gold, "predicted": self.predicted,
            "strict": {"precision": sp, "recall": sr, "f1": sf},
            "relaxed": {"precision": rp, "recall": rr, "f1": rf},
            "type_accuracy": self.type_accuracy, "value_accuracy": self.value_accuracy,
            "value_f1": rf * self.value_accuracy, "type_f1": rf * self.type_accuracy, "seconds": self.seconds,
            "errors": [asdict(e) for e in self.errors],
        }

    def render(self, errors: bool = False) -> str:
        d = self.as_dict()
        lines = [
            f"TempEval-3 timex: {self.documents} documents, {self.gold} gold, {self.predicted} predicted",
            f"{'':<16}{'P':>7}{'R':>7}{'F1':>7}",
            *(f"{name:<16}{d[name]['precision']:>7.3f}{d[name]['recall']:>7.3f}{d[name]['f1']:>7.3f}"
              for name in ("strict", "relaxed")),
            f"{'type accuracy':<16}{self.type_accuracy:>21.3f}",
            f"{'value accuracy':<16}{self.value_accuracy:>21.3f}",
            f"{'value F1':<16}{d['value_f1']:>21.3f}",
            f"normalised in {self.seconds * 1000:.0f} ms",
        ]
        if errors and self.errors:
            lines.append("")
            lines.append(f"{'kind':<9}{'doc':<34}{'text':<28}{'gold':<26}{'predicted':<26}context")
            for e in sorted(self.errors, key=lambda e: (e.kind, e.doc)):
                lines.append(f"{e.kind:<9}{e.doc[:33]:<34}{e.text[:27]:<28}{e.gold[:25]:<26}"
                             f"{e.predicted[:25]:<26}{e.context}")
        return "\n".join(lines)


def parse_timeml(raw: str, name: str = "") -> TimeMLDocument:
    """The plain text of <TEXT>, its DCT, and its TIMEX3s with offsets into the plain text."""
    dct_match = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.S)
    dct = date.fromisoformat(dct_match.group(1)) if dct_match else None
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if body is None:
        raise TempEvalError(f"{name}: no <TEXT> element; give TimeML files with the text inside <TEXT>")
    parts: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict]] = []
    timexes: list[GoldTimex] = []
    pos = 0
    inner = body.group(1)
    for m in _TAG.finditer(inner):
        chunk = html.unescape(inner[pos:m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag = m.group(1), m.group(2)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(m.group(3)))))
        elif open_timex:
            start, attrs = open_timex.pop()
            text = "".join(parts)[start:length]
            timexes.append(GoldTimex(start, length, text, attrs.get("type", ""), attrs.get("value", "")))
    parts.append(html.unescape(inner[pos:]))
    return TimeMLDocument(name, "".join(parts), dct, tuple(sorted(timexes, key=lambda t: t.start)))


def _pairs(gold, predicted) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: identical spans first, then the largest overlaps."""
    options = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                exact = g.start == p.start and g.end == p.end
                options.append((not exact, -overlap, i, j))
    used_g, used_p, pairs = set(), set(), []
    for _, _, i, j in sorted(options):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def _context(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 40):min(len(text), end + 40)].split())


def score_document(doc: TimeMLDocument, report: TempEvalReport) -> None:
    started = time.perf_counter()
    predicted = find_times(doc.text, doc.dct)
    report.seconds += time.perf_counter() - started
    gold = doc.timexes
    report.documents += 1
    report.gold += len(gold)
    report.predicted += len(predicted)
    pairs = _pairs(gold, predicted)
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}

    def err(kind: str, start: int, end: int, text: str, g: GoldTimex | None, p) -> None:
        report.errors.append(TimexError(
            doc.name, kind, text, f"{g.type} {g.value}" if g else "", f"{p.type} {p.value}" if p else "",
            _context(doc.text, start, end)))

    for i, j in pairs:
        g, p = gold[i], predicted[j]
        report.relaxed += 1
        if (g.start, g.end) == (p.start, p.end):
            report.strict += 1
        else:
            err("extent", g.start, g.end, f"{g.text} | {p.text}", g, p)
        if g.type == p.type:
            report.type_correct += 1
        else:
            err("type", g.start, g.end, g.text, g, p)
        if g.value.upper() == p.value.upper():
            report.value_correct += 1
        else:
            err("value", g.start, g.end, g.text, g, p)
    for i, g in enumerate(gold):
        if i not in matched_g:
            err("missed", g.start, g.end, g.text, g, None)
    for j, p in enumerate(predicted):
        if j not in matched_p:
            err("spurious", p.start, p.end, p.text, None, p)


def score_directory(path: str | Path) -> TempEvalReport:
    """Score every `.tml` file under `path`."""
    root = Path(path)
    files = sorted(root.glob("**/*.tml")) if root.is_dir() else [root] if root.is_file() else []
    if not files:
        raise TempEvalError(f"{path}: no .tml files found; give a directory of TempEval-3 TimeML files")
    report = TempEvalReport()
    find_times("compile the rules before the clock starts: 1 June 2025", None)
    for f in files:
        score_document(parse_timeml(f.read_text(encoding="utf-8"), f.stem), report)
    return report
