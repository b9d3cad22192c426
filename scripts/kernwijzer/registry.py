"""All records of the site, loaded once per change of the data, with cross-reference checks."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .loading import load_file, load_folder
from .models import Checklist, Sjabloon, Stap, Stappen, Thema, Themas, Voorbeeld
from .problems import DataError, Problem
from .yamlsource import Source

DATA_DIRS = ("data", "checklists", "examples", "sjablonen")


class UnknownId(LookupError):
    """A page asked for a record that does not exist."""


@dataclass(frozen=True)
class Paths:
    root: Path

    @property
    def themas(self) -> Path:
        return self.root / "data" / "themas.yml"

    @property
    def stappen(self) -> Path:
        return self.root / "data" / "stappen.yml"

    @property
    def checklists(self) -> Path:
        return self.root / "checklists"

    @property
    def examples(self) -> Path:
        return self.root / "examples"

    @property
    def sjablonen(self) -> Path:
        return self.root / "sjablonen"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def templates(self) -> Path:
        return self.root / "overrides"


class Registry:
    """Every record by id. Build it with load(); it raises DataError listing every problem."""

    def __init__(self, paths: Paths, fingerprint: str, themas: dict[str, Thema],
                 stappen: dict[int, Stap], checklists: dict[str, Checklist],
                 voorbeelden: dict[str, Voorbeeld], sjablonen: dict[str, Sjabloon]):
        self.paths = paths
        self.fingerprint = fingerprint
        self.themas = themas
        self.stappen = stappen
        self.checklists = checklists
        self.voorbeelden = voorbeelden
        self.sjablonen = sjablonen
        self._sheets: dict = {}

    @staticmethod
    def _lookup(records: dict, record_id: str, noun: str):
        if record_id not in records:
            raise UnknownId(f"{noun} '{record_id}'; bestaande: {', '.join(sorted(records))}")
        return records[record_id]

    def checklist(self, checklist_id: str) -> Checklist:
        return self._lookup(self.checklists, checklist_id, "onbekende checklist")

    def sjabloon(self, sjabloon_id: str) -> Sjabloon:
        return self._lookup(self.sjablonen, sjabloon_id, "onbekend sjabloon")

    def voorbeeld(self, voorbeeld_id: str) -> Voorbeeld:
        return self._lookup(self.voorbeelden, voorbeeld_id, "onbekend voorbeeld")

    def sjablonen_bij(self, *, thema: str | None = None, stap: int | None = None) -> list[Sjabloon]:
        if thema is not None:
            self.thema(thema)
            return [s for s in self.sjablonen.values() if thema in s.themas]
        if stap is not None:
            self.stap(stap)
            return [s for s in self.sjablonen.values() if stap in s.stappen]
        return sorted(self.sjablonen.values(), key=lambda s: s.titel)

    def thema(self, thema_id: str) -> Thema:
        if thema_id not in self.themas:
            raise UnknownId(f"onbekend thema '{thema_id}'; kies uit: {', '.join(self.themas)}")
        return self.themas[thema_id]

    def stap(self, nummer: int) -> Stap:
        if nummer not in self.stappen:
            raise UnknownId(f"onbekende stap {nummer!r}; kies uit: "
                            f"{', '.join(str(n) for n in self.stappen)}")
        return self.stappen[nummer]

    def voorbeelden_bij(self, *, thema: str | None = None, stap: int | None = None) -> list[Voorbeeld]:
        """Examples of a theme or a step, main theme first, then by title."""
        if thema is not None:
            self.thema(thema)
            found = [v for v in self.voorbeelden.values() if thema in v.themas]
            return sorted(found, key=lambda v: (v.themas[0] != thema, v.titel))
        if stap is not None:
            self.stap(stap)
            return sorted((v for v in self.voorbeelden.values() if stap in v.stappen),
                          key=lambda v: v.titel)
        return sorted(self.voorbeelden.values(), key=lambda v: v.titel)

    @staticmethod
    def page_url(src_uri: str) -> str:
        return page_url(src_uri)

    def checklist_page(self, checklist: Checklist) -> str:
        """The site URL (directory style) of the page a checklist belongs to."""
        if checklist.stap is not None:
            return page_url(self.stap(checklist.stap).pagina)
        return page_url(self.thema(checklist.thema).pagina)

    def sheets(self, site_url: str = ""):
        """The downloadable sheets of this data, built once per site URL (cached on disk)."""
        from .sheets import SheetSet
        if site_url not in self._sheets:
            self._sheets[site_url] = SheetSet(self, site_url)
        return self._sheets[site_url]


def page_url(src_uri: str) -> str:
    """The directory URL MkDocs gives a Markdown source path."""
    stem = src_uri.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def fingerprint(root: Path) -> str:
    """A hash of every data file's name and content: equal data, equal registry."""
    digest = hashlib.sha256()
    for name in DATA_DIRS:
        folder = root / name
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


LOADS = 0  # how many times data was loaded in this process; a test reads it
_current: Registry | None = None


def current() -> Registry | None:
    """The registry the last get() returned, without checking the files again."""
    return _current


def get(root: Path) -> Registry:
    """The registry for the data under root: loaded once, and again only when data changes."""
    global _current
    root = root.resolve()
    mark = fingerprint(root)
    if _current is None or _current.paths.root != root or _current.fingerprint != mark:
        _current = load(root, mark)
    return _current


def load(root: Path, mark: str | None = None) -> Registry:
    global LOADS
    LOADS += 1
    paths = Paths(root)
    problems: list[Problem] = []

    themas_file, themas_source, found = load_file(paths.themas, Themas, with_id=False)
    problems += found
    stappen_file, stappen_source, found = load_file(paths.stappen, Stappen, with_id=False)
    problems += found
    checklists, checklist_sources, found = load_folder(paths.checklists, Checklist)
    problems += found
    voorbeelden, voorbeeld_sources, found = load_folder(paths.examples, Voorbeeld)
    problems += found
    sjablonen, sjabloon_sources, found = load_folder(paths.sjablonen, Sjabloon)
    problems += found

    themas = {t.id: t for t in themas_file.record.themas} if themas_file else {}
    stappen = {s.nummer: s for s in stappen_file.record.stappen} if stappen_file else {}
    problems += _unique(themas_source, "themas", "id", "thema")
    problems += _unique(stappen_source, "stappen", "nummer", "stap")
    # Reference checks read the raw values, so they also run on files the model rejected.
    if themas_file and stappen_file:
        for source in checklist_sources:
            problems += _check_checklist(source, set(themas), set(stappen))
        for source in voorbeeld_sources:
            problems += _check_voorbeeld(source, set(themas), set(stappen))
        for source in sjabloon_sources:
            problems += _check_sjabloon(source, set(themas), set(stappen), paths.docs)

    if problems:
        raise DataError(_once_per_field(problems), root)
    return Registry(paths, mark or fingerprint(root), themas, stappen,
                    {k: v.record for k, v in checklists.items()},
                    {k: v.record for k, v in voorbeelden.items()},
                    {k: v.record for k, v in sjablonen.items()})


def _once_per_field(problems: list[Problem]) -> list[Problem]:
    seen, kept = set(), []
    for problem in problems:
        if (problem.path, problem.loc) not in seen:
            seen.add((problem.path, problem.loc))
            kept.append(problem)
    return kept


def _items(source: Source, field: str) -> list:
    data = source.data if isinstance(source.data, dict) else {}
    value = data.get(field)
    return value if isinstance(value, list) else []


def _at(source: Source, loc: tuple, message: str) -> Problem:
    return Problem(source.path, source.line_of(loc), loc, message)


def _unique(source: Source, list_field: str, key: str, noun: str) -> list[Problem]:
    problems, seen = [], {}
    for index, item in enumerate(_items(source, list_field)):
        if not isinstance(item, dict) or key not in item:
            continue
        value, loc = item[key], (list_field, index, key)
        if value in seen:
            problems.append(_at(source, loc, f"dubbele {noun} {value!r} (ook op regel {seen[value]})"))
        else:
            seen[value] = source.line_of(loc)
    return problems


def _known(source: Source, loc: tuple, value: object, known: set, noun: str) -> list[Problem]:
    if value is None or value in known:
        return []
    shown = f"'{value}'" if isinstance(value, str) else repr(value)
    return [_at(source, loc, f"onbekend{'e' if noun == 'stap' else ''} {noun} {shown}; "
                             f"kies uit: {', '.join(str(k) for k in sorted(known, key=str))}")]


def _check_checklist(source: Source, themas: set, stappen: set) -> list[Problem]:
    data = source.data
    problems = _unique(source, "items", "id", "id")
    if ("stap" in data) == ("thema" in data):
        problems.append(_at(source, (), "geef precies één van de velden 'stap' of 'thema' op"))
    problems += _known(source, ("stap",), data.get("stap"), stappen, "stap")
    problems += _known(source, ("thema",), data.get("thema"), themas, "thema")
    return problems


def _check_lists(source: Source, themas: set, stappen: set) -> list[Problem]:
    problems = []
    for field, known, noun in (("themas", themas, "thema"), ("stappen", stappen, "stap")):
        seen = set()
        for index, value in enumerate(_items(source, field)):
            if isinstance(value, (str, int)) and value in seen:
                problems.append(_at(source, (field, index), f"{noun} {value!r} staat er twee keer"))
            problems += _known(source, (field, index), value, known, noun)
            if isinstance(value, (str, int)):
                seen.add(value)
    return problems


def _check_sjabloon(source: Source, themas: set, stappen: set, docs: Path) -> list[Problem]:
    data = source.data
    problems = _check_lists(source, themas, stappen)
    instrument = data.get("instrument")
    if isinstance(instrument, str) and not (docs / instrument).is_file():
        problems.append(_at(source, ("instrument",), f"pagina 'docs/{instrument}' bestaat niet"))
    for index, blok in enumerate(_items(source, "blokken")):
        if not isinstance(blok, dict):
            continue
        first, rows = blok.get("eerste_kolom"), blok.get("rijen")
        if isinstance(first, list) and isinstance(rows, int) and len(first) != rows:
            problems.append(_at(source, ("blokken", index, "eerste_kolom"),
                                f"telt {len(first)} rijen, maar 'rijen' is {rows}"))
    return problems


def _check_voorbeeld(source: Source, themas: set, stappen: set) -> list[Problem]:
    data = source.data
    problems = _check_lists(source, themas, stappen)
    start, end = data.get("startjaar"), data.get("eindjaar")
    if isinstance(start, int) and isinstance(end, int) and end < start:
        problems.append(_at(source, ("eindjaar",), "eindjaar ligt voor het startjaar"))
    if end is not None and start is None:
        problems.append(_at(source, ("eindjaar",), "een eindjaar vraagt ook een startjaar"))
    problems += _unique(source, "bronnen", "url", "bron")
    return problems
