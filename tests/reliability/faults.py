"""The bad inputs of issue 8, written into a folder for a test: each with the reason it must give.

`outcome` says what happens to the input: "error" (reported, not ingested, exit code 2),
"warning" (reported, ingested), "skipped" (reported, not ingested, on purpose).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

GOOD = {
    "good-casting.txt": " date 2025-03-03\nLena Marsh has been cast as Captain Ada Vole in Iron Harbor, "
                        "the new thriller from director Paul Greer.\n",
    "good-release.md": "---\ntitle: Tidewater dated\ndate: 2025-05-20\n---\n"
                       "Tidewater, from director Mina Okafor, opens in theaters March 7, 2026.\n",
    "good-sequel.txt": " date 2025-08-12\nThe sci-fi sequel Starfall Protocol 2 has been pushed back to 2027, "
                       "the studio said on Tuesday.\n",
}

SPANISH = ("La actriz española ha sido elegida para el papel principal de la nueva película del director, "
           "que se estrenará en los cines el próximo año. Según la productora, el rodaje comenzará en marzo "
           "en Madrid y durará tres meses, y el reparto se completará con actores de la serie.")

FRENCH = ("Le réalisateur a annoncé que le tournage de son nouveau film commencera au printemps à Paris. "
          "La sortie en salles est prévue pour la fin de l'année, et les acteurs principaux ont été choisis "
          "parmi les jeunes talents du cinéma français, selon le communiqué de la production.")

RUSSIAN = ("Режиссёр объявил, что съёмки нового фильма начнутся весной в Москве. Премьера картины "
           "запланирована на конец года, а главные роли исполнят молодые актёры.")

ENGLISH_LATIN1 = " date 2025-04-01\nThe café drama Rue Sombre, directed by Élise Marchand, opens Friday.\n"


#: The name each fault is reported under, in the order `write_faults` writes them.
NAMES = ("empty.txt", "blank.md", "picture.txt", "latin1.txt", "huge.txt", "nobody.html", "batch.jsonl:2", "front.md",
         "impossible.txt", "impossible-front.md", "future.txt", "spanish.txt", "russian.md")


@dataclass(frozen=True)
class Fault:
    name: str
    reason: str
    outcome: str  # "error", "warning" or "skipped"


def future_day() -> date:
    return date.today() + timedelta(days=400)


def write_good(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


def write_faults(folder: Path, big: bool = True) -> list[Fault]:
    """Write every bad input into `folder` (no subfolders); the list says what each must give."""
    folder.mkdir(parents=True, exist_ok=True)
    faults: list[Fault] = []

    def add(name: str, data: bytes, reason: str, outcome: str = "error") -> None:
        (folder / name).write_bytes(data)
        faults.append(Fault(name, reason, outcome))

    add("empty.txt", b"", "empty file")
    add("blank.md", b"  \n\n\t\n", "empty file")
    add("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file")
    add("latin1.txt", ENGLISH_LATIN1.encode("latin-1"), "invalid UTF-8", "warning")
    if big:
        with (folder / "huge.txt").open("wb") as fh:
            line = b"The film Long Night opens in theaters on Friday, the studio said.\n"
            for _ in range(50 * 1_048_576 // len(line) + 1):
                fh.write(line)
        faults.append(Fault("huge.txt", "file too large", "error"))
    add("nobody.html", b"<!doctype html><html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
                       b"</nav><footer>(c) 2025</footer></body></html>", "no article body")
    good = {"text": "Nora Quill has been cast as Lieutenant Bell in Harbor Lights, directed by Sam Reyes.",
            "title": "Harbor Lights casts its lead", "published": "2025-06-02"}
    other = {"text": "Glass Meridian, from director Ivy Chen, opens in theaters June 6, 2026.",
             "published": "2025-09-29"}
    add("batch.jsonl", (json.dumps(good) + "\n{\"text\": \"broken\n" + json.dumps(other) + "\n").encode(),
        "not valid JSON")
    faults[-1] = Fault("batch.jsonl:2", "not valid JSON", "error")
    add("front.md", b"---\ntitle: [unclosed\ndate: 2024-01-01\n---\nThe film Dusk opens Friday.\n",
        "broken front matter")
    add("impossible.txt", b" date 2024-13-45\nThe film Glow opens Friday in theaters.\n", "impossible publication date")
    add("impossible-front.md", b"---\ntitle: Glow\ndate: 2024-13-45\n---\nThe film Glow opens Friday.\n",
        "impossible publication date")
    add("future.txt", f" date {future_day().isoformat()}\nThe film Cold Harbor, directed by Ann Lee, opens in "
                      f"theaters next Friday.\n".encode(), "in the future", "warning")
    add("spanish.txt", f" date 2025-02-02\n{SPANISH}\n".encode(), "not English", "skipped")
    add("russian.md", f"# Новый фильм\n\n{RUSSIAN}\n".encode(), "not English", "skipped")
    return faults
