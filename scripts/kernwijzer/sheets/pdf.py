"""A checklist as a tagged (PDF/UA-1), fillable PDF made with WeasyPrint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rendering import template_env
from . import BRON_TEKST
from .fonts import FAMILY, form_font

if TYPE_CHECKING:
    from . import SheetInput


def field_name(item_id: str) -> str:
    """The PDF form field of a checklist item: readable and stable across edits of others."""
    return f"item-{item_id}"


def sheet_html(source: SheetInput, font_url: str) -> str:
    env = template_env(source.templates / "print")
    checklist = source.checklist
    return env.get_template("checklist.html").render(
        checklist={
            "titel": checklist.titel,
            "intro": checklist.intro,
            "items": [{"field": field_name(item.id), "tekst": item.tekst, "hint": item.hint}
                      for item in checklist.items],
        },
        bron_url=source.bron_url,
        bron_tekst=BRON_TEKST,
        formulier_font={"family": FAMILY, "url": font_url},
    )


def render(source: SheetInput) -> bytes:
    # Imported here: WeasyPrint loads Pango at import, which only sheet builds need.
    from weasyprint import CSS, HTML

    stylesheet = CSS(filename=str(source.templates / "print" / "checklist.css"))
    font = form_font(source.cache_dir)
    document = HTML(string=sheet_html(source, font.as_uri()),
                    base_url=str(source.templates / "print"))
    return document.write_pdf(stylesheets=[stylesheet], pdf_variant="pdf/ua-1",
                              pdf_forms=True, pdf_identifier=source.key("pdf").encode())
