"""Measure the site: build times, download sizes and readability. Prints Markdown tables."""

from __future__ import annotations

import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import registry
from .prose import checklist_prose, page_prose, readability, sjabloon_prose, voorbeeld_prose

RUNS = 3


def _build(root: Path, config: Path, site: Path, env: dict, strict: bool = True) -> float:
    mkdocs = Path(sys.executable).parent / "mkdocs"
    command = [str(mkdocs), "build", "-f", str(config), "-d", str(site)]
    start = time.perf_counter()
    # The bare build is not strict: without our hooks the links to downloads do not resolve.
    subprocess.run(command + (["--strict"] if strict else []), cwd=root, env=env, check=True,
                   capture_output=True)
    return time.perf_counter() - start


def _bare_config(root: Path, folder: Path) -> Path:
    """Material with search only: the same Markdown without our macros, hooks or sheets."""
    config = folder / "bare.yml"
    config.write_text(
        f"site_name: Kaal\ndocs_dir: {root / 'docs'}\ntheme:\n  name: material\n  font: false\n"
        "  language: nl\nplugins:\n  - search\n", encoding="utf-8")
    return config


def build_times(root: Path) -> list[tuple[str, float]]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        config = root / "mkdocs.yml"
        cold, warm, bare = [], [], []
        for run in range(RUNS):
            cache = temp / f"cache-{run}"
            cold.append(_build(root, config, temp / "site", dict(env, KERNWIJZER_CACHE=str(cache))))
            warm.append(_build(root, config, temp / "site", dict(env, KERNWIJZER_CACHE=str(cache))))
            bare.append(_build(root, _bare_config(root, temp), temp / "bare", env, strict=False))
    cold_s, warm_s, bare_s = (statistics.median(x) for x in (cold, warm, bare))
    return [("volledige build, lege cache", cold_s), ("volledige build, warme cache", warm_s),
            ("kale Material-build van dezelfde Markdown", bare_s),
            ("verhouding koud / kaal", cold_s / bare_s), ("verhouding warm / kaal", warm_s / bare_s)]


def download_sizes(site: Path) -> list[tuple[str, int]]:
    return [(p.relative_to(site).as_posix(), p.stat().st_size)
            for p in sorted((site / "downloads").rglob("*")) if p.is_file()]


def first_load_bytes(site: Path) -> int:
    """Gzipped bytes of the home page, its CSS and its JS (what a first visit fetches)."""
    total = len(gzip.compress((site / "index.html").read_bytes()))
    for pattern in ("assets/stylesheets/*.css", "assets/javascripts/bundle*.js", "assets/*.css",
                    "assets/js/*.js"):
        for path in site.glob(pattern):
            total += len(gzip.compress(path.read_bytes()))
    return total


def readability_rows(root: Path) -> list[tuple[str, int, float]]:
    data = registry.load(root)
    rows = []
    for path in sorted((root / "docs").rglob("*.md")):
        text = page_prose(path.read_text(encoding="utf-8"))
        score = readability(text)
        rows.append((path.relative_to(root).as_posix(), score.words, score.flesch_douma))
    for checklist in data.checklists.values():
        score = readability(checklist_prose(checklist))
        rows.append((f"checklists/{checklist.id}.yml", score.words, score.flesch_douma))
    for sjabloon in data.sjablonen.values():
        score = readability(sjabloon_prose(sjabloon))
        rows.append((f"sjablonen/{sjabloon.id}.yml", score.words, score.flesch_douma))
    for voorbeeld in data.voorbeelden.values():
        score = readability(voorbeeld_prose(voorbeeld))
        rows.append((f"examples/{voorbeeld.id}.yml", score.words, score.flesch_douma))
    return rows


def main(root: Path) -> int:
    print("## Buildtijden (mediaan van", RUNS, "runs, seconden)\n")
    print("| meting | waarde |\n|---|---|")
    for name, value in build_times(root):
        print(f"| {name} | {value:.2f} |")

    with tempfile.TemporaryDirectory() as temp:
        site = Path(temp) / "site"
        _build(root, root / "mkdocs.yml", site, dict(os.environ, NO_MKDOCS_2_WARNING="1"))
        print("\n## Downloads\n\n| bestand | grootte |\n|---|---|")
        for name, size in download_sizes(site):
            print(f"| {name} | {size / 1024:.1f} KiB |")
        print(f"\nEerste bezoek aan de startpagina (HTML + CSS + JS, gzip): "
              f"{first_load_bytes(site) / 1024:.1f} KiB")
        pages = len([p for p in site.rglob("*.html")])
        print(f"Pagina's in de site: {pages}")

    print("\n## Leesbaarheid (Flesch-Douma: hoger is makkelijker; 60 tot 70 past bij B1)\n")
    print("| bestand | woorden | Flesch-Douma |\n|---|---|---|")
    for name, words, score in readability_rows(root):
        print(f"| {name} | {words} | {score:.0f} |")
    return 0
