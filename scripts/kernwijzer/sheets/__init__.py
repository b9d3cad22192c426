"""The downloadable sheets (PDF and DOCX) of the site's records, cached by content hash."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import views

if TYPE_CHECKING:
    from ..registry import Registry

# Bump when the generating code changes in a way the templates do not show.
GENERATOR_VERSION = "3"


@dataclass(frozen=True)
class Sheet:
    path: str          # site path, e.g. downloads/checklists/stap-1.pdf
    formaat: str       # pdf or docx
    titel: str
    beschrijving: str  # one line for the downloads page
    content: bytes


@dataclass(frozen=True)
class SheetInput:
    """Everything a sheet is made from: its hash names the cached file."""

    soort: str          # checklist, voorbeeld, sjabloon, werkmap: picks the templates
    naam: str           # the file name without extension
    view: dict          # plain values for the templates, prepared by views.py
    templates: Path
    cache_dir: Path

    def key(self, formaat: str) -> str:
        digest = hashlib.sha256()
        for part in (GENERATOR_VERSION, self.soort, formaat,
                     json.dumps(self.view, sort_keys=True, ensure_ascii=False)):
            digest.update(part.encode())
        for path in sorted((self.templates / "print").glob("*")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()[:24]


Maker = Callable[[SheetInput], bytes]


class SheetSet:
    """Builds each sheet once per registry; unchanged sheets come from the disk cache."""

    def __init__(self, registry: Registry, site_url: str = "", cache_dir: Path | None = None):
        self.registry = registry
        self.site_url = site_url.rstrip("/") + "/"
        # KERNWIJZER_CACHE lets the benchmark time a build with an empty cache.
        default = os.environ.get("KERNWIJZER_CACHE") or registry.paths.root / ".cache" / "sheets"
        self.cache_dir = Path(cache_dir or default)
        self.generated = 0  # sheets rendered (not from cache) by this set; a test reads it
        self._made: dict[tuple[str, str], list[Sheet]] = {}

    def for_checklist(self, checklist_id: str) -> list[Sheet]:
        from . import docx, pdf
        checklist = self.registry.checklist(checklist_id)
        view = views.checklist(checklist, self.site_url + self.registry.checklist_page(checklist))
        return self._sheets("checklist", checklist_id, view, "checklists",
                            {"pdf": pdf.render, "docx": docx.render_checklist},
                            f"Checklist om af te vinken: {checklist.intro.split('.')[0]}.")

    def for_voorbeeld(self, voorbeeld_id: str) -> list[Sheet]:
        from . import pdf
        voorbeeld = self.registry.voorbeelden[voorbeeld_id]
        view = views.voorbeeld(voorbeeld, self.registry, self.site_url)
        return self._sheets("voorbeeld", voorbeeld_id, view, "voorbeelden", {"pdf": pdf.render},
                            f"Steekkaart van het voorbeeld uit {voorbeeld.gemeente}.")

    def for_sjabloon(self, sjabloon_id: str) -> list[Sheet]:
        from . import docx, pdf
        sjabloon = self.registry.sjabloon(sjabloon_id)
        view = views.sjabloon(sjabloon, f"{self.site_url}sjablonen/{sjabloon_id}/")
        return self._sheets("sjabloon", sjabloon_id, view, "sjablonen",
                            {"pdf": pdf.render, "docx": docx.render_sjabloon},
                            f"Invulsjabloon: {sjabloon.doel.split('. ')[0].rstrip('.')}.")

    def werkmappen(self) -> list[Sheet]:
        """One workshop bundle per theme, and one for the seven steps."""
        from . import pdf
        registry = self.registry
        sheets = []
        for thema in registry.themas.values():
            checklists = [c for c in registry.checklists.values() if c.thema == thema.id]
            view = views.werkmap(f"Werkmap {thema.naam}",
                                 f"De checklist en de invulsjablonen bij het thema {thema.naam}, "
                                 "samen in één bestand voor een werksessie.",
                                 checklists, registry.sjablonen_bij(thema=thema.id), registry,
                                 self.site_url, registry.page_url(thema.pagina))
            sheets += self._sheets("werkmap", f"thema-{thema.id}", view, "werkmappen",
                                   {"pdf": pdf.render},
                                   f"Werkmap voor een werksessie over {thema.naam.lower()}.")
        steps = sorted((c for c in registry.checklists.values() if c.stap is not None),
                       key=lambda c: c.stap)
        templates = [s for s in registry.sjablonen_bij() if s.stappen]
        view = views.werkmap("Werkmap In zeven stappen naar een betere samenwerking",
                             "De checklists van de zeven stappen en de invulsjablonen die erbij "
                             "horen, samen in één bestand voor een werksessie.",
                             steps, templates, registry, self.site_url, "stappen/")
        sheets += self._sheets("werkmap", "zeven-stappen", view, "werkmappen", {"pdf": pdf.render},
                               "Werkmap met alle checklists en sjablonen van de zeven stappen.")
        return sheets

    def all(self) -> list[Sheet]:
        sheets = self.werkmappen()
        for checklist_id in sorted(self.registry.checklists):
            sheets += self.for_checklist(checklist_id)
        for sjabloon_id in sorted(self.registry.sjablonen):
            sheets += self.for_sjabloon(sjabloon_id)
        for voorbeeld_id in sorted(self.registry.voorbeelden):
            sheets += self.for_voorbeeld(voorbeeld_id)
        return sheets

    def _sheets(self, soort: str, naam: str, view: dict, folder: str,
                makers: dict[str, Maker], beschrijving: str) -> list[Sheet]:
        if (soort, naam) not in self._made:
            source = SheetInput(soort, naam, view, self.registry.paths.templates, self.cache_dir)
            self._made[(soort, naam)] = [
                Sheet(f"downloads/{folder}/{naam}.{formaat}", formaat, view["titel"], beschrijving,
                      self._cached(source, formaat, make))
                for formaat, make in makers.items()]
        return self._made[(soort, naam)]

    def _cached(self, source: SheetInput, formaat: str, make: Maker) -> bytes:
        path = self.cache_dir / f"{source.soort}-{source.naam}-{source.key(formaat)}.{formaat}"
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
