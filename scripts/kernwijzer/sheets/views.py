"""Plain values for the sheet templates, prepared from records (templates only print them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rendering import STATUS_LABELS, paragraphs, periode

if TYPE_CHECKING:
    from ..models import Checklist, Voorbeeld
    from ..registry import Registry

BRON_TEKST = ("Uit de Kernwijzers bedrijvige kern, een onafhankelijke gids op basis van "
              "publieke bronnen (geen officiële publicatie van VLAIO).")


def field_name(item_id: str) -> str:
    """The form field of a checklist item: readable, and stable when other items change."""
    return f"item-{item_id}"


def checklist(record: Checklist, page_url: str) -> dict:
    return {
        "titel": record.titel,
        "intro": record.intro,
        "items": [{"id": item.id, "field": field_name(item.id), "tekst": item.tekst,
                   "hint": item.hint} for item in record.items],
        "bron_url": page_url,
        "bron_tekst": BRON_TEKST,
    }


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
        "actoren": record.actoren,
        "samenvatting": record.samenvatting,
        "aanpak": paragraphs(record.aanpak),
        "resultaten": paragraphs(record.resultaten),
        "kosten": paragraphs(record.kosten) if record.kosten else [],
        "overnemen": record.overnemen,
        "valkuilen": record.valkuilen,
        "bronnen": [{"titel": b.titel, "url": b.url} for b in record.bronnen],
        "laatst_gecontroleerd": record.laatst_gecontroleerd.strftime("%d-%m-%Y"),
        "bron_url": f"{site_url}voorbeelden/{record.id}/",
        "bron_tekst": BRON_TEKST,
    }
