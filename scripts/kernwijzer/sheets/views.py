"""Plain values for the sheet templates, prepared from records (templates only print them)."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from ..rendering import STATUS_LABELS, example_texts, periode

if TYPE_CHECKING:
    from ..models import Checklist, Sjabloon, Voorbeeld
    from ..registry import Registry

BRON_TEKST = ("Uit de Kernwijzers bedrijvige kern, een onafhankelijke gids op basis van "
              "publieke bronnen (geen officiële publicatie van VLAIO).")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def field_name(item_id: str, prefix: str = "") -> str:
    """The form field of a checklist item: readable, and stable when other items change."""
    return f"{prefix}item-{item_id}"


def checklist(record: Checklist, page_url: str, prefix: str = "") -> dict:
    """prefix keeps field names unique when several sheets share one PDF (a werkmap)."""
    return {
        "id": record.id,
        "titel": record.titel,
        "intro": record.intro,
        "items": [{"id": item.id, "field": field_name(item.id, prefix), "tekst": item.tekst,
                   "hint": item.hint} for item in record.items],
        "velden": [{"label": label, "field": f"{prefix}{slug(label)}"}
                   for label in ("Ingevuld door", "Datum")],
        "notities": f"{prefix}notities",
        "bron_url": page_url,
        "bron_tekst": BRON_TEKST,
    }


PREVIEW_ROWS = 3


def sjabloon(record: Sjabloon, page_url: str, prefix: str = "", preview: bool = False) -> dict:
    """A template's blocks with a unique, readable field name for every box to fill in.

    preview keeps tables short for the web page; the downloads get every row.
    """
    blokken = []
    for number, blok in enumerate(record.blokken, start=1):
        base = f"{prefix}{number}-{slug(blok.titel)}"[:60]
        view = {"soort": blok.soort, "titel": blok.titel}
        if blok.soort == "velden":
            view["velden"] = [{"label": label, "field": f"{base}-{slug(label)}"}
                              for label in blok.velden]
        elif blok.soort == "tabel":
            first = blok.eerste_kolom
            shown = blok.rijen if (first or not preview) else min(blok.rijen, PREVIEW_ROWS)
            view["kolommen"] = blok.kolommen
            view["verborgen_rijen"] = blok.rijen - shown
            view["rijen"] = [[
                {"tekst": first[row - 1] if first and column == 0 else None,
                 "field": f"{base}-r{row}-{slug(name)}"[:80], "naam": f"{name}, rij {row}"}
                for column, name in enumerate(blok.kolommen)] for row in range(1, shown + 1)]
        elif blok.soort == "raster":
            vakken = [{"titel": vak.titel, "tekst": vak.tekst, "field": f"{base}-{slug(vak.titel)}"}
                      for vak in blok.vakken]
            # Two rows of two: top-left, top-right, then bottom-left, bottom-right.
            view.update(horizontaal=blok.horizontaal, verticaal=blok.verticaal, vakken=vakken,
                        rijen=[vakken[:2], vakken[2:]])
        else:
            view["alineas"] = blok.alineas
        blokken.append(view)
    return {
        "id": record.id,
        "titel": record.titel,
        "doel": record.doel,
        "instructie": record.instructie,
        "blokken": blokken,
        "bron_url": page_url,
        "bron_tekst": BRON_TEKST,
    }


def werkmap(titel: str, intro: str, checklists: list[Checklist], sjablonen: list[Sjabloon],
            registry: Registry, site_url: str, page: str) -> dict:
    """One PDF for a workshop: a cover, contents, then each checklist and template."""
    delen = [{"soort": "checklist", "anker": f"deel-{c.id}",
              **checklist(c, site_url + registry.checklist_page(c), prefix=f"{c.id}-")}
             for c in checklists]
    delen += [{"soort": "sjabloon", "anker": f"deel-{s.id}",
               **sjabloon(s, f"{site_url}sjablonen/{s.id}/", prefix=f"{s.id}-")}
              for s in sjablonen]
    return {"titel": titel, "intro": intro, "delen": delen, "bron_url": site_url + page,
            "bron_tekst": BRON_TEKST}


def voorbeeld(record: Voorbeeld, registry: Registry, site_url: str) -> dict:
    return {
        "titel": record.titel,
        "gemeente": record.gemeente,
        "provincie": record.provincie,
        "soort_kern": record.soort_kern,
        "periode": periode(record),
        "status": STATUS_LABELS[record.status],
        "themas": [registry.themas[t].naam for t in record.themas],
        "stappen": [f"Stap {n}. {registry.stappen[n].titel}" for n in sorted(record.stappen)],
        "samenvatting": record.samenvatting,
        **example_texts(record),
        "bron_url": f"{site_url}voorbeelden/{record.id}/",
        "bron_tekst": BRON_TEKST,
    }
