"""Check every internal link and anchor of a built site, downloads included."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(values[name])
        if tag in ("a", "link") and values.get("href"):
            self.links.append(values["href"])
        if tag in ("img", "script") and values.get("src"):
            self.links.append(values["src"])


def check_site(site_dir: Path) -> list[str]:
    """Return one line per broken internal link: 'page: link (reason)'."""
    pages: dict[str, _Page] = {}
    for path in sorted(site_dir.rglob("*.html")):
        parser = _Page()
        parser.feed(path.read_text(encoding="utf-8"))
        pages[path.relative_to(site_dir).as_posix()] = parser
    broken = []
    for name, page in pages.items():
        base = "http://site/" + name
        for link in page.links:
            target = urlsplit(urljoin(base, link))
            if target.scheme in ("mailto", "tel", "data"):
                continue
            if target.netloc != "site":
                continue
            file = unquote(target.path.lstrip("/"))
            if file == "" or file.endswith("/"):
                file += "index.html"
            if not (site_dir / file).is_file():
                broken.append(f"{name}: {link} (bestand bestaat niet)")
                continue
            if target.fragment and file.endswith(".html"):
                ids = pages[file].ids if file in pages else set()
                if unquote(target.fragment) not in ids:
                    broken.append(f"{name}: {link} (anker bestaat niet)")
    return broken
