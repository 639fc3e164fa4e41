"""Varied synthetic news articles from templates, for volume benchmarks.

A news feed's mix: film stories (casting, dates, trailers, box office), TV stories, and a
majority of other news (music, business, sport, science, politics). Every name and title is
invented by combining word lists, seeded, so that a run is reproducible.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

FIRST = ("Ada Ben Cora Dev Elin Finn Gia Hugo Iris Jonah Kira Leon Mina Noor Otto Pia Quinn Rosa Sami Tess "
         "Uma Vito Wren Yara Zane Alba Bram Cleo Dario Esme").split()
LAST = ("Marsh Okafor Lindqvist Baptiste Kowal Harlow Ferreira Nakamura Duval Whitlock Abara Castell Moreau "
        "Pryce Santos Vance Holloway Ibarra Keene Lund Mercer Novak Oduya Petrov Rask Sterling Tamura "
        "Ulrich Varga Winslow").split()
ADJ = ("Silent Broken Golden Hollow Crimson Distant Last Burning Quiet Wild Paper Iron Glass Velvet Midnight "
       "Northern Salt Neon Lonely Bitter").split()
NOUN = ("Harbor Orchard Lantern River Garden Signal Kingdom Winter Horizon Mirror Compass Frontier Meadow "
        "Parade Tide Citadel Echo Voyage Ember Archive").split()
STUDIO = ("Harbor Pictures", "Northlight Films", "Bluegate Studios", "Copperline Entertainment", "Vesper Media")
OUTLET = ("Screen Weekly", "Reel Daily", "The Trade Report", "Showline")
BAND_WORDS = ("Foxes Static Comets Wolves Satellites Tigers Harbors Lanterns Ghosts Rivers").split()
TOWN = ("Eastbrook Millford Ashby Carrow Dunmore Fenwick Glenholm Harrowgate").split()


def _person(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def _title(r: random.Random) -> str:
    return r.choice((f"The {r.choice(ADJ)} {r.choice(NOUN)}", f"{r.choice(ADJ)} {r.choice(NOUN)}",
                     f"{r.choice(NOUN)} of the {r.choice(ADJ)} {r.choice(NOUN)}"))


def _day(r: random.Random, base: date, span: int) -> date:
    return base + timedelta(days=r.randrange(span))


def _when(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def film_story(r: random.Random, published: date) -> tuple[str, str]:
    t, a, b, d, w = _title(r), _person(r), _person(r), _person(r), _person(r)
    opens = _day(r, published + timedelta(days=60), 500)
    kind = r.randrange(4)
    if kind == 0:
        title = f"{a} joins the cast of {t}"
        body = [f"{a} has been cast as {_person(r)} in {t}, the new thriller from director {d}.",
                f"{b} also stars in the film, which {w} wrote.",
                f"{r.choice(STUDIO)} will release {t} in theaters on {_when(opens)}.",
                f"\"I could not say no to this script,\" {a.split()[1]} told {r.choice(OUTLET)}."]
    elif kind == 1:
        title = f"{t} release date moves"
        body = [f"{r.choice(STUDIO)} has pushed back {t} to {_when(opens)}.",
                f"The film, directed by {d}, stars {a} and {b}.",
                f"It was previously scheduled to open in {opens.year - 1}.",
                f"Production wrapped in {r.choice(TOWN)} last spring after reshoots."]
    elif kind == 2:
        title = f"First trailer for {t}"
        body = [f"The first trailer for {t} arrived on {_when(published)}.",
                f"{a} plays a detective opposite {b} in the sequel, directed by {d}.",
                f"{t} hits theaters {_when(opens)}, from {r.choice(STUDIO)}."]
    else:
        gross = r.randrange(5, 180)
        title = f"{t} tops the box office"
        body = [f"{t} opened with ${gross}.{r.randrange(10)} million at the weekend box office.",
                f"The movie stars {a} and was directed by {d}.",
                f"Analysts expected about ${max(1, gross - r.randrange(1, 5))} million for the opening weekend."]
    return title, "\n\n".join(body)


def tv_story(r: random.Random, published: date) -> tuple[str, str]:
    t, a, b = _title(r), _person(r), _person(r)
    title = f"{t} renewed for a second season"
    body = [f"The streaming series {t} has been renewed for a second season.",
            f"{a} and {b} return as the leads, and the showrunner promised bigger episodes.",
            f"The first season drew {r.randrange(2, 30)} million viewers in its first month."]
    return title, "\n\n".join(body)


def other_story(r: random.Random, published: date) -> tuple[str, str]:
    a, b, town = _person(r), _person(r), r.choice(TOWN)
    kind = r.randrange(5)
    if kind == 0:
        band = f"The {r.choice(ADJ)} {r.choice(BAND_WORDS)}"
        title = f"{band} announce a new album"
        body = [f"{band} will release their fourth album in {_day(r, published, 200):%B}.",
                f"Singer {a} said the record was written on tour, and a concert in {town} opens the run.",
                f"The band's last single reached number {r.randrange(1, 40)} in the charts."]
    elif kind == 1:
        title = f"{town} council approves new budget"
        body = [f"Councillors in {town} approved a budget of £{r.randrange(20, 400)} million on Tuesday.",
                f"Leader {a} said spending on roads and schools would rise by {r.randrange(2, 9)} per cent.",
                f"Opposition member {b} called the plan unaffordable."]
    elif kind == 2:
        title = f"{town} United win derby"
        body = [f"{town} United beat their neighbours {r.randrange(1, 5)}-{r.randrange(0, 3)} on Saturday.",
                f"Striker {a} scored twice before half-time, and manager {b} praised the defence.",
                f"The win lifts the club to {r.choice(('third', 'fifth', 'seventh'))} in the league."]
    elif kind == 3:
        title = f"Researchers find new species near {town}"
        body = [f"Scientists led by {a} have described a beetle found in woodland near {town}.",
                f"The insect is about {r.randrange(2, 15)} millimetres long, the team wrote in a journal.",
                f"{b}, who was not involved in the study, said more surveys were needed."]
    else:
        title = f"Shares in {r.choice(NOUN)} Holdings rise"
        body = [f"Shares in {r.choice(NOUN)} Holdings rose {r.randrange(2, 20)} per cent after results.",
                f"Chief executive {a} said sales grew in every region during the quarter.",
                f"Analyst {b} said the outlook for the year was cautious."]
    return title, "\n\n".join(body)


#: The feed's mix: (share, story maker).
MIX = ((0.30, film_story), (0.10, tv_story), (0.60, other_story))


def articles(n: int, seed: int = 7) -> Iterator[dict]:
    """`n` articles as JSON-ready dicts (title, published, text), reproducible from `seed`."""
    r = random.Random(seed)
    base = date(2025, 1, 1)
    for i in range(n):
        pick, acc = r.random(), 0.0
        for share, make in MIX:
            acc += share
            if pick < acc:
                break
        published = base + timedelta(days=i % 700)
        title, text = make(r, published)
        yield {"title": title, "published": published.isoformat(), "text": f"{text}\n\n(Story {i + 1} of the feed.)"}


def write_corpus(folder: Path, n: int, per_file: int = 50, seed: int = 7) -> Path:
    """Write `n` articles as JSON Lines files of `per_file` articles under `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    fh = None
    for i, row in enumerate(articles(n, seed)):
        if i % per_file == 0:
            if fh:
                fh.close()
            fh = (folder / f"feed-{i // per_file:05d}.jsonl").open("w", encoding="utf-8")
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if fh:
        fh.close()
    return folder
