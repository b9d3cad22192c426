"""Sheets as tagged (PDF/UA-1), fillable PDFs made with WeasyPrint from overrides/print/."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rendering import template_env
from .fonts import FAMILY, form_font

if TYPE_CHECKING:
    from . import SheetInput


def sheet_html(source: SheetInput, font_url: str) -> str:
    """The HTML of a sheet: print/<soort>.html filled with the sheet's prepared values."""
    env = template_env(source.templates / "print")
    return env.get_template(f"{source.soort}.html").render(
        **source.view, sheet=source.view, formulier_font={"family": FAMILY, "url": font_url})


def render(source: SheetInput) -> bytes:
    # Imported here: WeasyPrint loads Pango at import, which only sheet builds need.
    from weasyprint import CSS, HTML

    folder = source.templates / "print"
    stylesheets = [CSS(filename=str(folder / "sheet.css"))]
    if (folder / f"{source.soort}.css").exists():
        stylesheets.append(CSS(filename=str(folder / f"{source.soort}.css")))
    font = form_font(source.cache_dir)
    document = HTML(string=sheet_html(source, font.as_uri()), base_url=str(folder))
    return document.write_pdf(stylesheets=stylesheets, pdf_variant="pdf/ua-1", pdf_forms=True,
                              pdf_identifier=source.key("pdf").encode())
