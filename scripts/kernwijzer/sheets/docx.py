"""A checklist as a Word document with real checkbox content controls (python-docx)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

if TYPE_CHECKING:
    from . import SheetInput

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
LANGUAGE = "nl-BE"
UNCHECKED, CHECKED = "2610", "2612"  # ☐ and ☒, the glyphs Word itself uses


def render_checklist(source: SheetInput) -> bytes:
    checklist = source.view
    document = _document(checklist["titel"], checklist["intro"])
    document.add_heading(checklist["titel"], level=1)
    document.add_paragraph(checklist["intro"])

    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    header = table.rows[0]
    _repeat_as_header(header)
    header.cells[0].text = "Klaar"
    header.cells[1].text = "Actie of beslissing"
    for item in checklist["items"]:
        cells = table.add_row().cells
        _checkbox(cells[0].paragraphs[0], tag=item["field"], title=item["tekst"])
        cells[1].paragraphs[0].add_run(item["tekst"])
        if item["hint"]:
            hint = cells[1].add_paragraph().add_run(f"Tip: {item['hint']}")
            hint.italic = True
            hint.font.size = Pt(9)

    document.add_heading("Invullen", level=2)
    for label in ("Ingevuld door", "Datum", "Notities"):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run("…" * 20)
    _source_line(document, checklist)
    return _save(document)


def render_sjabloon(source: SheetInput) -> bytes:
    sjabloon = source.view
    document = _document(sjabloon["titel"], sjabloon["doel"])
    document.add_heading(sjabloon["titel"], level=1)
    document.add_paragraph(sjabloon["doel"])
    document.add_heading("Zo gebruik je dit sjabloon", level=2)
    for stap in sjabloon["instructie"]:
        document.add_paragraph(stap, style="List Number")
    for blok in sjabloon["blokken"]:
        document.add_heading(blok["titel"], level=2)
        if blok["soort"] == "velden":
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for veld in blok["velden"]:
                cells = table.add_row().cells
                cells[0].paragraphs[0].add_run(veld["label"]).bold = True
        elif blok["soort"] == "tabel":
            table = document.add_table(rows=1, cols=len(blok["kolommen"]))
            table.style = "Table Grid"
            _repeat_as_header(table.rows[0])
            for cell, kolom in zip(table.rows[0].cells, blok["kolommen"]):
                cell.paragraphs[0].add_run(kolom).bold = True
            for rij in blok["rijen"]:
                cells = table.add_row().cells
                for cell, cel in zip(cells, rij):
                    if cel["tekst"]:
                        cell.paragraphs[0].add_run(cel["tekst"]).bold = True
        elif blok["soort"] == "raster":
            document.add_paragraph(f"Verticaal: {blok['verticaal']}, van laag naar hoog. "
                                   f"Horizontaal: {blok['horizontaal']}, van laag naar hoog.")
            table = document.add_table(rows=2, cols=2)
            table.style = "Table Grid"
            for cell, vak in zip([c for row in table.rows for c in row.cells], blok["vakken"]):
                cell.paragraphs[0].add_run(vak["titel"]).bold = True
                cell.add_paragraph(vak["tekst"]).runs[0].italic = True
                for _ in range(4):
                    cell.add_paragraph("")
        else:
            for alinea in blok["alineas"]:
                document.add_paragraph(alinea)
    _source_line(document, sjabloon)
    return _save(document)


def _document(title: str, subject: str):
    document = Document()
    _set_language(document)
    properties = document.core_properties
    properties.title = title
    properties.subject = subject
    properties.author = "Kernwijzers bedrijvige kern"
    properties.language = LANGUAGE
    return document


def _source_line(document, view: dict) -> None:
    line = document.add_paragraph(f"{view['bron_tekst']} Online: {view['bron_url']}")
    line.runs[0].font.size = Pt(8)


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _set_language(document) -> None:
    """Set the default proofing language so Word and screen readers read Dutch."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = run_defaults.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_defaults.append(lang)
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)
    lang.set(qn("w:bidi"), "ar-SA")


def _repeat_as_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _checkbox(paragraph, *, tag: str, title: str) -> None:
    """A Word 2010+ checkbox content control (w14:checkbox) in a paragraph."""
    sdt = OxmlElement("w:sdt")
    sdt_pr = etree.SubElement(sdt, qn("w:sdtPr"))
    alias = etree.SubElement(sdt_pr, qn("w:alias"))
    alias.set(qn("w:val"), title[:255])
    tag_element = etree.SubElement(sdt_pr, qn("w:tag"))
    tag_element.set(qn("w:val"), tag)
    box = etree.SubElement(sdt_pr, f"{{{W14}}}checkbox", nsmap={"w14": W14})
    etree.SubElement(box, f"{{{W14}}}checked").set(f"{{{W14}}}val", "0")
    for name, glyph in (("checkedState", CHECKED), ("uncheckedState", UNCHECKED)):
        state = etree.SubElement(box, f"{{{W14}}}{name}")
        state.set(f"{{{W14}}}val", glyph)
        state.set(f"{{{W14}}}font", "MS Gothic")
    content = etree.SubElement(sdt, qn("w:sdtContent"))
    run = etree.SubElement(content, qn("w:r"))
    run_pr = etree.SubElement(run, qn("w:rPr"))
    fonts = etree.SubElement(run_pr, qn("w:rFonts"))
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attribute), "MS Gothic")
    etree.SubElement(run, qn("w:t")).text = chr(int(UNCHECKED, 16))
    paragraph._p.append(sdt)
