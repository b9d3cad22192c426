"""Turn records into the values the templates in overrides/ need, and render them."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from mkdocs.utils import get_relative_url

from . import opendata
from .models import Checklist, Sjabloon, Voorbeeld
from .registry import Registry, UnknownId, page_url

STATUS_LABELS = {
    "idee": "Idee",
    "pilot": "Proefproject",
    "structureel": "Structureel",
    "stopgezet": "Stopgezet",
}
FORMAT_LABELS = {"pdf": "PDF", "docx": "Word"}


def template_env(folder: Path) -> Environment:
    """One Jinja environment per template folder: autoescape on, unknown names fail."""
    return Environment(loader=FileSystemLoader(folder), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                       keep_trailing_newline=False)


def paragraphs(text: str) -> list[str]:
    """A YAML text field becomes paragraphs at each line break."""
    return [part.strip() for part in re.split(r"\n+", text) if part.strip()]


def periode(voorbeeld: Voorbeeld) -> str:
    start, end = voorbeeld.startjaar, voorbeeld.eindjaar
    if start and end:
        return str(start) if start == end else f"{start}–{end}"
    if start:
        # Sources seldom confirm that a project still runs: say when it started, no more.
        return f"gestart in {start}"
    return "periode niet bekend"


def example_texts(voorbeeld: Voorbeeld) -> dict:
    """The text parts of an example, as the page and the sheet both print them."""
    return {
        "actoren": voorbeeld.actoren,
        "aanpak": paragraphs(voorbeeld.aanpak),
        "resultaten": paragraphs(voorbeeld.resultaten),
        "kosten": paragraphs(voorbeeld.kosten) if voorbeeld.kosten else [],
        "overnemen": voorbeeld.overnemen,
        "valkuilen": voorbeeld.valkuilen,
        "bronnen": [{"url": b.url, "titel": b.titel} for b in voorbeeld.bronnen],
        "laatst_gecontroleerd": voorbeeld.laatst_gecontroleerd.strftime("%d-%m-%Y"),
    }


def human_size(size: int) -> str:
    return f"{max(1, round(size / 1024))} kB"


def example_src_uri(voorbeeld_id: str) -> str:
    return f"voorbeelden/{voorbeeld_id}.md"


def example_url(voorbeeld_id: str) -> str:
    return f"voorbeelden/{voorbeeld_id}/"


def sjabloon_src_uri(sjabloon_id: str) -> str:
    return f"sjablonen/{sjabloon_id}.md"


def sjabloon_url(sjabloon_id: str) -> str:
    return f"sjablonen/{sjabloon_id}/"


@dataclass
class Renderer:
    """Renders partials for pages; every URL it writes is relative to the page it is on."""

    registry: Registry
    site_url: str = ""

    def __post_init__(self):
        self.env = template_env(self.registry.paths.templates / "partials")

    def _render(self, name: str, **params) -> str:
        markup = self.env.get_template(name).render(**params)
        # Blank lines would end Markdown's raw HTML block half-way through our markup.
        return re.sub(r"\n\s*\n", "\n", markup).strip()

    def _files(self, sheets, here: str) -> list[dict]:
        return [
            {"label": FORMAT_LABELS[sheet.formaat], "url": get_relative_url(sheet.path, here),
             "grootte": human_size(len(sheet.content)), "formaat": sheet.formaat}
            for sheet in sheets
        ]

    def downloads(self, groep: str, here: str) -> str:
        """One group of the downloads page: werkmappen, checklists, sjablonen, voorbeelden, opendata."""
        registry, sheets = self.registry, self.registry.sheets(self.site_url)

        def row(titel, page, beschrijving, files):
            return {"titel": titel, "url": get_relative_url(page, here) if page else None,
                    "beschrijving": beschrijving, "bestanden": self._files(files, here)}

        if groep == "werkmappen":
            rows = [row(s.titel, None, s.beschrijving, [s]) for s in sheets.werkmappen()]
        elif groep == "checklists":
            rows = []
            for checklist in sorted(registry.checklists.values(), key=_checklist_order):
                files = sheets.for_checklist(checklist.id)
                rows.append(row(checklist.titel, registry.checklist_page(checklist),
                                files[0].beschrijving, files))
        elif groep == "sjablonen":
            rows = []
            for sjabloon in registry.sjablonen_bij():
                files = sheets.for_sjabloon(sjabloon.id)
                rows.append(row(sjabloon.titel, sjabloon_url(sjabloon.id), files[0].beschrijving,
                                files))
        elif groep == "voorbeelden":
            rows = [row(v.titel, example_url(v.id), sheets.for_voorbeeld(v.id)[0].beschrijving,
                        sheets.for_voorbeeld(v.id)) for v in registry.voorbeelden_bij()]
        elif groep == "opendata":
            rows = [{"titel": "Alle voorbeelden als open data", "url": None,
                     "beschrijving": "Elk voorbeeld met al zijn velden, om zelf te hergebruiken.",
                     "bestanden": [{"label": label, "url": get_relative_url(path, here),
                                    "grootte": human_size(len(content))}
                                   for label, path, content in opendata.files(registry,
                                                                              self.site_url)]}]
        else:
            raise UnknownId(f"onbekende groep '{groep}'; kies uit: werkmappen, checklists, "
                            "sjablonen, voorbeelden, opendata")
        return self._render("downloads.html", rijen=rows)

    def sjablonen(self, sjablonen: list[Sjabloon], here: str, leeg: str) -> str:
        sheets = self.registry.sheets(self.site_url)
        return self._render("sjablonen.html", leeg=leeg, sjablonen=[
            {"id": s.id, "titel": s.titel, "doel": s.doel,
             "url": get_relative_url(sjabloon_url(s.id), here),
             "downloads": self._files(sheets.for_sjabloon(s.id), here)} for s in sjablonen])

    def sjabloon(self, sjabloon: Sjabloon, here: str) -> str:
        from .sheets import views
        registry = self.registry
        view = views.sjabloon(sjabloon, "", preview=True)
        view["downloads"] = self._files(registry.sheets(self.site_url).for_sjabloon(sjabloon.id),
                                        here)
        view["instrument"] = None
        if sjabloon.instrument:
            view["instrument"] = {"url": get_relative_url(page_url(sjabloon.instrument), here),
                                  "titel": page_title(registry.paths.docs / sjabloon.instrument)}
        return self._render("sjabloon.html", sjabloon=view)

    def checklist(self, checklist: Checklist, here: str) -> str:
        downloads = self._files(self.registry.sheets(self.site_url).for_checklist(checklist.id),
                                here)
        return self._render("checklist.html", checklist={
            "id": checklist.id,
            "titel": checklist.titel,
            "intro": checklist.intro,
            "items": [{"id": item.id, "dom_id": f"{checklist.id}--{item.id}",
                       "tekst": item.tekst, "hint": item.hint} for item in checklist.items],
            "downloads": downloads,
        })

    def card(self, voorbeeld: Voorbeeld, here: str) -> dict:
        return {
            "id": voorbeeld.id,
            "titel": voorbeeld.titel,
            "url": get_relative_url(example_url(voorbeeld.id), here),
            "gemeente": voorbeeld.gemeente,
            "provincie": voorbeeld.provincie,
            "periode": periode(voorbeeld),
            "status": STATUS_LABELS[voorbeeld.status],
            "themas": [self.registry.themas[t].naam for t in voorbeeld.themas],
            "samenvatting": voorbeeld.samenvatting,
            # Values the filter script compares; space-separated lists.
            "filter": {"thema": " ".join(voorbeeld.themas),
                       "stap": " ".join(str(n) for n in voorbeeld.stappen),
                       "provincie": voorbeeld.provincie,
                       "status": voorbeeld.status},
        }

    def overzicht(self, here: str) -> str:
        """All examples once, with filters for theme, step, province and status."""
        registry = self.registry
        alle = registry.voorbeelden_bij()

        def options(pairs):
            return [{"waarde": value, "label": label,
                     "aantal": sum(1 for v in alle if count(v, value))}
                    for value, label, count in pairs]

        filters = [
            {"naam": "thema", "label": "Thema", "opties": options(
                (t.id, t.naam, lambda v, x: x in v.themas) for t in registry.themas.values())},
            {"naam": "stap", "label": "Stap van de samenwerking", "opties": options(
                (str(s.nummer), f"Stap {s.nummer}. {s.titel}", lambda v, x: int(x) in v.stappen)
                for s in registry.stappen.values())},
            {"naam": "provincie", "label": "Provincie", "opties": options(
                (p, p, lambda v, x: v.provincie == x)
                for p in sorted({v.provincie for v in alle}))},
            {"naam": "status", "label": "Status", "opties": options(
                (key, label, lambda v, x: v.status == x) for key, label in STATUS_LABELS.items())},
        ]
        return self._render("voorbeelden-overzicht.html", filters=filters, totaal=len(alle),
                            kaarten=[self.card(v, here) for v in alle], leeg="")

    def lijst(self, voorbeelden: list[Voorbeeld], here: str) -> str:
        return self._render("voorbeelden-lijst.html", voorbeelden=[
            {"titel": v.titel, "gemeente": v.gemeente,
             "url": get_relative_url(example_url(v.id), here)} for v in voorbeelden])

    def voorbeelden(self, voorbeelden: list[Voorbeeld], here: str, leeg: str) -> str:
        return self._render("voorbeelden.html", kaarten=[self.card(v, here) for v in voorbeelden],
                            leeg=leeg)

    def voorbeeld(self, voorbeeld: Voorbeeld, here: str) -> str:
        registry = self.registry
        return self._render("voorbeeld.html", voorbeeld={
            **self.card(voorbeeld, here),
            "soort_kern": voorbeeld.soort_kern,
            "themas": [{"naam": registry.themas[t].naam,
                        "url": get_relative_url(page_url(registry.themas[t].pagina), here)}
                       for t in voorbeeld.themas],
            "stappen": [{"nummer": n, "titel": registry.stappen[n].titel,
                         "url": get_relative_url(page_url(registry.stappen[n].pagina), here)}
                        for n in sorted(voorbeeld.stappen)],
            **example_texts(voorbeeld),
            "downloads": self._files(self.registry.sheets(self.site_url).for_voorbeeld(voorbeeld.id),
                                     here),
        })


def _checklist_order(checklist: Checklist) -> tuple:
    # Steps in their order first, then the themes by name.
    return (checklist.stap is None, checklist.stap or 0, checklist.thema or "")


def generated_page(title: str, description: str, tags: list[str], macro_call: str) -> str:
    """A generated source page: front matter and one macro call.

    Material prints page titles without escaping, so data reaches the front matter
    already HTML-escaped; json.dumps makes it a safe YAML string.
    """
    meta = {"title": html.escape(title), "description": html.escape(description[:160]),
            "tags": tags}
    front = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items())
    return f"---\n{front}\n---\n\n{{{{ {macro_call} }}}}\n"


def sjabloon_page_markdown(sjabloon: Sjabloon, registry: Registry) -> str:
    return generated_page(sjabloon.titel, sjabloon.doel.split("\n")[0],
                          [registry.themas[t].naam for t in sjabloon.themas],
                          f"sjabloon({json.dumps(sjabloon.id)})")


def example_page_markdown(voorbeeld: Voorbeeld, registry: Registry) -> str:
    return generated_page(voorbeeld.titel, voorbeeld.samenvatting.split("\n")[0],
                          [registry.themas[t].naam for t in voorbeeld.themas],
                          f"voorbeeld({json.dumps(voorbeeld.id)})")


def page_title(page: Path) -> str:
    """The title in a page's front matter (checked by the build; see frontmatter.py)."""
    match = re.search(r"^title:\s*(.+?)\s*$", page.read_text(encoding="utf-8"), re.MULTILINE)
    return match.group(1).strip("\"'") if match else page.stem
