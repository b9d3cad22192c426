"""The macros a page can call; each fails with the page's name when an id is unknown."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager

from .registry import Registry, UnknownId
from .rendering import Renderer


class MacroError(Exception):
    """A page called a macro wrongly; the message names the page."""


class PageMacros:
    def __init__(self, registry: Registry, site_url: str, current_page: Callable[[], object]):
        self.registry = registry
        self.renderer = Renderer(registry, site_url)
        self._page = current_page

    def _where(self) -> tuple[str, str]:
        page = self._page()
        return page.file.src_uri, page.url

    def _fail(self, message: str) -> MacroError:
        return MacroError(f"{self._where()[0]}: {message}")

    @contextmanager
    def _on_this_page(self):
        """An unknown id becomes an error that names the page calling the macro."""
        try:
            yield
        except UnknownId as err:
            raise self._fail(str(err)) from None

    def checklist(self, checklist_id: str) -> str:
        """{{ checklist("stap-1") }}: one checklist with its downloads."""
        with self._on_this_page():
            checklist = self.registry.checklist(checklist_id)
        return self.renderer.checklist(checklist, self._where()[1])

    def voorbeelden(self, thema: str | None = None, stap: int | None = None) -> str:
        """{{ voorbeelden(thema="leegstand") }} or {{ voorbeelden(stap=3) }}: example cards."""
        if (thema is None) == (stap is None):
            raise self._fail("geef voorbeelden() precies één van thema=... of stap=...")
        with self._on_this_page():
            found = self.registry.voorbeelden_bij(thema=thema, stap=stap)
        leeg = "Er staan nog geen voorbeelden bij dit onderwerp."
        return self.renderer.voorbeelden(found, self._where()[1], leeg)

    def voorbeeld(self, voorbeeld_id: str) -> str:
        """{{ voorbeeld("id") }}: the body of a generated example page."""
        with self._on_this_page():
            voorbeeld = self.registry.voorbeeld(voorbeeld_id)
        return self.renderer.voorbeeld(voorbeeld, self._where()[1])

    def downloads(self, groep: str) -> str:
        """{{ downloads("checklists") }}: one group of downloads as a table."""
        with self._on_this_page():
            return self.renderer.downloads(groep, self._where()[1])

    def sjablonen(self, thema: str | None = None, stap: int | None = None,
                  alle: bool = False) -> str:
        """{{ sjablonen(thema="leegstand") }}, {{ sjablonen(stap=1) }} or {{ sjablonen(alle=True) }}."""
        if sum((thema is not None, stap is not None, alle)) != 1:
            raise self._fail("geef sjablonen() precies één van thema=..., stap=... of alle=True")
        with self._on_this_page():
            found = self.registry.sjablonen_bij(thema=thema, stap=stap)
        return self.renderer.sjablonen(found, self._where()[1],
                                       "Bij dit onderwerp hoort nog geen invulsjabloon.")

    def sjabloon(self, sjabloon_id: str) -> str:
        """{{ sjabloon("id") }}: the body of a generated template page."""
        with self._on_this_page():
            sjabloon = self.registry.sjabloon(sjabloon_id)
        return self.renderer.sjabloon(sjabloon, self._where()[1])

    def voorbeelden_overzicht(self) -> str:
        """{{ voorbeelden_overzicht() }}: every example once, with filters."""
        return self.renderer.overzicht(self._where()[1])

    def voorbeelden_lijst(self, thema: str) -> str:
        """{{ voorbeelden_lijst(thema="leegstand") }}: a short list of links."""
        with self._on_this_page():
            found = self.registry.voorbeelden_bij(thema=thema)
        return self.renderer.lijst(found, self._where()[1])
