"""The scorer of eval/FORMAT.md: matching, per-predicate P/R/F1, micro and core F1, qualifier accuracy."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from reelwire.evaluate.gold import GoldArticle
from reelwire.resolve.normal import name_key

CORE = ("cast_member", "director", "screenwriter", "producer", "studio", "release_date", "part_of_franchise",
        "box_office", "award")
LITERAL_OBJECTS = {"release_date", "box_office"}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ErrorItem:
    kind: str  # missed, spurious, wrong entity (a spurious prediction paired with the gold fact it got half right), wrong qualifier
    article: str
    predicate: str
    fact: dict
    detail: str = ""


@dataclass
class Report:
    per_predicate: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    qualifiers: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    errors: list[ErrorItem] = field(default_factory=list)
    articles: int = 0

    def total(self, predicates=None) -> Counts:
        out = Counts()
        for p, c in self.per_predicate.items():
            if predicates is None or p in predicates:
                out.tp += c.tp
                out.fp += c.fp
                out.fn += c.fn
        return out

    @property
    def micro(self) -> Counts:
        return self.total()

    @property
    def core(self) -> Counts:
        return self.total(CORE)

    def qualifier_accuracy(self, name: str) -> float | None:
        right, seen = self.qualifiers.get(name, (0, 0))
        return right / seen if seen else None


def _same_entity(gold: GoldArticle, predicted: str | None, gold_name: str | None) -> bool:
    if predicted is None or gold_name is None:
        return False
    return bool(gold.entity_keys(predicted) & gold.entity_keys(gold_name))


def fact_matches(gold: GoldArticle, pred: dict, g: dict) -> bool:
    p = g["p"]
    if pred.get("p") != p or not _same_entity(gold, pred.get("s"), g.get("s")):
        return False
    if p == "event":
        if pred.get("type") != g.get("type"):
            return False
        return "o" not in g or pred.get("o") == g["o"]
    if p == "quote":
        return "outlet" not in g or _same_entity(gold, pred.get("outlet"), g["outlet"])
    if p in LITERAL_OBJECTS:
        return pred.get("o") == g.get("o")
    if p == "award" and pred.get("outcome") != g.get("outcome"):
        return False
    return _same_entity(gold, pred.get("o"), g.get("o"))


def _half_match(gold: GoldArticle, pred: dict, g: dict) -> bool:
    """Same predicate and the same subject or the same object, but not both: a wrong entity."""
    if pred.get("p") != g["p"]:
        return False
    same_s = _same_entity(gold, pred.get("s"), g.get("s"))
    if g["p"] in LITERAL_OBJECTS or g["p"] == "event":
        same_o = pred.get("o") is not None and pred.get("o") == g.get("o")
    else:
        same_o = _same_entity(gold, pred.get("o"), g.get("o"))
    return same_s != same_o


def _prediction_key(gold: GoldArticle, pred: dict) -> tuple:
    def k(v):
        return name_key(v) if isinstance(v, str) else v
    return (pred.get("p"), k(pred.get("s")), k(pred.get("o")), pred.get("type"), pred.get("outcome"), k(pred.get("outlet")))


def score_article(report: Report, gold: GoldArticle, predictions: list[dict]) -> None:
    report.articles += 1
    required = [g for g in gold.facts if not g.get("optional")]
    optional = [g for g in gold.facts if g.get("optional")]
    matched_required: dict[int, dict] = {}
    matched_optional: set[int] = set()
    seen_keys = set()
    spurious: list[dict] = []
    for pred in predictions:
        key = _prediction_key(gold, pred)
        if key in seen_keys:
            continue
        seen_keys.add(key)
        hit = next((i for i, g in enumerate(required) if i not in matched_required and fact_matches(gold, pred, g)), None)
        if hit is not None:
            matched_required[hit] = pred
            report.per_predicate[pred["p"]].tp += 1
            continue
        opt = next((i for i, g in enumerate(optional) if i not in matched_optional and fact_matches(gold, pred, g)), None)
        if opt is not None:
            matched_optional.add(opt)
            continue
        if any(fact_matches(gold, pred, g) for g in gold.facts):
            continue  # a second prediction of a fact already matched counts once
        report.per_predicate[pred["p"]].fp += 1
        spurious.append(pred)
    missed = [g for i, g in enumerate(required) if i not in matched_required]
    for pred in spurious:
        near = next((g for g in missed if _half_match(gold, pred, g)), None)
        if near is not None:
            missed.remove(near)
            shown = {k: v for k, v in near.items() if k not in {"p", "optional"}}
            report.errors.append(ErrorItem("wrong entity", gold.article, pred["p"], pred,
                                           f"{pred.get('rule', '')}; gold {shown}"))
        else:
            report.errors.append(ErrorItem("spurious", gold.article, pred["p"], pred, pred.get("rule", "")))
    for g in missed:
        report.errors.append(ErrorItem("missed", gold.article, g["p"], g))
    for i, g in enumerate(required):
        if i not in matched_required:
            report.per_predicate[g["p"]].fn += 1
            continue
        pred = matched_required[i]
        for qual in ("character", "status"):
            if qual in g:
                report.qualifiers[qual][1] += 1
                ok = _same_entity(gold, pred.get(qual), g[qual]) if qual == "character" else pred.get(qual) == g[qual]
                if ok:
                    report.qualifiers[qual][0] += 1
                else:
                    report.errors.append(ErrorItem("wrong qualifier", gold.article, g["p"], g,
                                                   f"{qual}: predicted {pred.get(qual)!r}"))
