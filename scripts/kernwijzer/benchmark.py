"""Measure the site: build times, download sizes and readability. Prints Markdown tables."""

from __future__ import annotations

import functools
import gzip
import io
import http.server
import json
import os
import shutil
import socket
import threading
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


LIGHTHOUSE = "lighthouse@12.8.2"
PAGE_TYPES = [("start", ""), ("thema", "themas/leegstand/"), ("stap", "stappen/stap-1/"),
              ("voorbeelden", "voorbeelden/"), ("voorbeeld", "voorbeelden/kortrijk-handelsdistrict/"),
              ("downloads", "downloads/")]
_COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".csv")


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """A static server that compresses text, as any real host does."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (path.suffix not in _COMPRESSIBLE or not path.is_file()
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def _lighthouse(root: Path) -> Path | None:
    """Lighthouse from the npm registry, installed once into .cache/; None without npm."""
    folder = root / ".cache" / "lighthouse"
    binary = folder / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        if not shutil.which("npm"):
            return None
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix",
                        str(folder), LIGHTHOUSE], check=True, capture_output=True)
    return binary


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def lighthouse_scores(root: Path, site: Path) -> list[tuple[str, dict]] | str:
    binary, chrome = _lighthouse(root), _chromium()
    if binary is None or chrome is None:
        return "Lighthouse niet gemeten: npm of Chromium ontbreekt."
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(_GzipHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    flags = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
             "--disable-component-update --disable-sync --no-first-run")
    rows = []
    try:
        for name, path in PAGE_TYPES:
            result = subprocess.run(
                [str(binary), f"http://127.0.0.1:{port}/{path}", "--quiet", "--output=json",
                 "--output-path=stdout", f"--chrome-flags={flags}",
                 "--only-categories=performance,accessibility,best-practices,seo"],
                capture_output=True, text=True, env=dict(os.environ, CHROME_PATH=chrome),
                timeout=300)
            report = json.loads(result.stdout)
            rows.append((name, {key: round(value["score"] * 100)
                                for key, value in report["categories"].items()}))
    finally:
        server.shutdown()
        server.server_close()
    return rows


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
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL="http://127.0.0.1/")
        _build(root, root / "mkdocs.yml", site, env)
        bare = Path(temp) / "bare"
        _build(root, _bare_config(root, Path(temp)), bare, env, strict=False)
        print("\n## Downloads\n\n| bestand | grootte |\n|---|---|")
        for name, size in download_sizes(site):
            print(f"| {name} | {size / 1024:.1f} KiB |")
        ours, theirs = first_load_bytes(site), first_load_bytes(bare)
        print(f"\nEerste bezoek aan de startpagina (HTML + CSS + JS, gzip): {ours / 1024:.1f} KiB; "
              f"kale Material met dezelfde tekst: {theirs / 1024:.1f} KiB "
              f"(verhouding {ours / theirs:.2f})")
        pages = len([p for p in site.rglob("*.html")])
        print(f"Pagina's in de site: {pages}")
        scores = lighthouse_scores(root, site)
        print("\n## Lighthouse (mobiel profiel, server met gzip)\n")
        if isinstance(scores, str):
            print(scores)
        else:
            print("| pagina | prestaties | toegankelijkheid | goede praktijken | SEO |")
            print("|---|---|---|---|---|")
            for name, score in scores:
                print(f"| {name} | {score['performance']} | {score['accessibility']} | "
                      f"{score['best-practices']} | {score['seo']} |")

    print("\n## Leesbaarheid (Flesch-Douma: hoger is makkelijker; 60 tot 70 past bij B1)\n")
    print("| bestand | woorden | Flesch-Douma |\n|---|---|---|")
    for name, words, score in readability_rows(root):
        print(f"| {name} | {words} | {score:.0f} |")
    return 0
