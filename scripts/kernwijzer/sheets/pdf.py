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


class SheetError(RuntimeError):
    """A sheet cannot be made on this machine; the message says what to install."""


def render(source: SheetInput) -> bytes:
    # Imported here: WeasyPrint loads Pango at import, which only sheet builds need.
    try:
        from weasyprint import CSS, HTML
    except OSError as err:
        raise SheetError(
            "De PDF's kunnen niet gemaakt worden: WeasyPrint vindt Pango niet "
            f"({err}). Installeer Pango: 'sudo apt-get install libpango-1.0-0 "
            "libpangoft2-1.0-0' op Debian of Ubuntu, 'brew install pango' op macOS.") from None

    folder = source.templates / "print"
    stylesheets = [CSS(filename=str(folder / "sheet.css"))]
    if (folder / f"{source.soort}.css").exists():
        stylesheets.append(CSS(filename=str(folder / f"{source.soort}.css")))
    font = form_font(source.cache_dir)
    document = HTML(string=sheet_html(source, font.as_uri()), base_url=str(folder))
    return document.write_pdf(stylesheets=stylesheets, pdf_variant="pdf/ua-1", pdf_forms=True,
                              pdf_identifier=source.key("pdf").encode())
