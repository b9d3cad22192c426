"""The downloadable sheets (PDF and DOCX) of every checklist, cached by content hash."""

from __future__ import annotations

import hashlib
import os
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Checklist
    from ..registry import Registry

# Bump when the generating code changes in a way the templates do not show.
GENERATOR_VERSION = "2"
BRON_TEKST = ("Uit de Kernwijzers bedrijvige kern, een onafhankelijke gids op basis van "
              "publieke bronnen (geen officiële publicatie van VLAIO).")


@dataclass(frozen=True)
class Sheet:
    path: str          # site path, e.g. downloads/checklists/stap-1.pdf
    formaat: str       # pdf or docx
    titel: str
    content: bytes


@dataclass(frozen=True)
class SheetInput:
    """Everything a sheet is made from; its hash names the cached file."""

    checklist: Checklist
    bron_url: str
    templates: Path
    cache_dir: Path

    def key(self, formaat: str) -> str:
        digest = hashlib.sha256()
        digest.update(GENERATOR_VERSION.encode())
        digest.update(formaat.encode())
        digest.update(json.dumps(self.checklist.model_dump(mode="json"), sort_keys=True).encode())
        digest.update(self.bron_url.encode())
        for path in sorted((self.templates / "print").glob("*")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()[:24]


class SheetSet:
    """Builds each sheet once per registry; unchanged sheets come from the disk cache."""

    def __init__(self, registry: Registry, site_url: str = "", cache_dir: Path | None = None):
        self.registry = registry
        self.site_url = site_url
        # KERNWIJZER_CACHE lets the benchmark time a build with an empty cache.
        default = os.environ.get("KERNWIJZER_CACHE") or registry.paths.root / ".cache" / "sheets"
        self.cache_dir = Path(cache_dir or default)
        self.generated = 0  # sheets rendered (not from cache) by this set; a test reads it
        self._sheets: dict[str, list[Sheet]] = {}

    def for_checklist(self, checklist_id: str) -> list[Sheet]:
        if checklist_id not in self._sheets:
            self._sheets[checklist_id] = self._build(self.registry.checklist(checklist_id))
        return self._sheets[checklist_id]

    def all(self) -> list[Sheet]:
        return [sheet for checklist_id in sorted(self.registry.checklists)
                for sheet in self.for_checklist(checklist_id)]

    def _build(self, checklist: Checklist) -> list[Sheet]:
        from . import docx, pdf

        page = self.registry.checklist_page(checklist)
        source = SheetInput(checklist, self.site_url.rstrip("/") + "/" + page,
                            self.registry.paths.templates, self.cache_dir)
        makers: dict[str, Callable[[SheetInput], bytes]] = {"pdf": pdf.render, "docx": docx.render}
        return [Sheet(f"downloads/checklists/{checklist.id}.{formaat}", formaat, checklist.titel,
                      self._cached(source, formaat, make))
                for formaat, make in makers.items()]

    def _cached(self, source: SheetInput, formaat: str, make: Callable[[SheetInput], bytes]) -> bytes:
        path = self.cache_dir / f"{source.checklist.id}-{source.key(formaat)}.{formaat}"
        if path.exists():
            return path.read_bytes()
        content = make(source)
        self.generated += 1
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so an interrupted build never leaves half a file in the cache.
        partial = path.with_suffix(path.suffix + ".part")
        partial.write_bytes(content)
        partial.replace(path)
        return content
