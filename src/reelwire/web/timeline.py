"""Geometry of the release-date timeline: when each date was reported (x) against the date
reported (y), so a move shows as a step. Computed here as numbers; the template draws the SVG
with autoescaped labels, so no article text becomes markup.

A report coarser than a day ("2026-SU") is drawn as a bar over its period, not as an invented day.
Undated reports cannot be placed on the x axis and are listed below the chart instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from reelwire.query.common import period

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 90, 20, 20, 40


@dataclass(frozen=True)
class Point:
    x: float
    y0: float
    y1: float
    status: str
    current: bool
    label: str


@dataclass
class Timeline:
    width: int = WIDTH
    height: int = HEIGHT
    points: list[Point] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    x_ticks: list[tuple[float, str]] = field(default_factory=list)
    y_ticks: list[tuple[float, str]] = field(default_factory=list)
    undated: int = 0


def _scale(lo: date, hi: date, a: float, b: float):
    if hi <= lo:
        lo, hi = lo - timedelta(days=15), hi + timedelta(days=15)
    span = (hi - lo).days

    def f(d: date) -> float:
        return round(a + (b - a) * (d - lo).days / span, 1)
    return f, lo, hi


def _ticks(f, lo: date, hi: date, n: int = 4) -> list[tuple[float, str]]:
    step = max(1, (hi - lo).days // n)
    return [(f(lo + timedelta(days=step * i)), (lo + timedelta(days=step * i)).isoformat()) for i in range(n + 1)]


def timeline(reports) -> Timeline:
    """`reports`: query/history.py Reports (value, status, region, medium, source, current)."""
    placed = [(r, period(r.value)) for r in reports if r.source.published is not None]
    placed = [(r, p) for r, p in placed if p is not None]
    t = Timeline(undated=len(reports) - len(placed))
    if not placed:
        return t
    fx, xlo, xhi = _scale(min(r.source.published for r, _ in placed), max(r.source.published for r, _ in placed),
                          LEFT, WIDTH - RIGHT)
    fy, ylo, yhi = _scale(min(p[0] for _, p in placed), max(p[1] for _, p in placed), HEIGHT - BOTTOM, TOP)
    lines: dict[tuple, list[str]] = {}
    for r, (start, end) in placed:
        where = ", ".join(x for x in (r.region, r.medium) if x) or "any region"
        label = f"{r.value} ({r.status or 'reported'}; {where}) reported {r.source.published} in {r.source.article}"
        point = Point(x=fx(r.source.published), y0=fy(start), y1=fy(end), status=r.status or "reported",
                      current=r.current, label=label)
        t.points.append(point)
        if r.status != "previous":
            lines.setdefault((r.region, r.medium), []).append((point.x, (point.y0 + point.y1) / 2))
    # a step line: a date holds (across) until a later report moves it (up or down)
    t.paths = ["M{},{} ".format(*pts[0]) + " ".join(f"H{x} V{y}" for x, y in pts[1:])
               for pts in lines.values() if len(pts) > 1]
    t.x_ticks = _ticks(fx, xlo, xhi)
    t.y_ticks = _ticks(fy, ylo, yhi)
    return t
