"""Checklist sheets opened as real clients open them: pypdf for PDF, python-docx for Word."""

from __future__ import annotations

import io
import re

import docx
import pypdf
import pytest

from helpers import ROOT
from kernwijzer import registry
from kernwijzer.sheets import SheetSet
from kernwijzer.sheets.docx import W14

CHECKLISTS = sorted(p.stem for p in (ROOT / "checklists").glob("*.yml"))
FORM_FIELDS = {"ingevuld-door", "datum", "notities"}


@pytest.fixture(scope="module")
def data():
    return registry.load(ROOT)


@pytest.fixture(scope="module")
def sheets(data):
    return SheetSet(data, "http://127.0.0.1:8000/")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def sheet(sheets, checklist_id, formaat):
    (found,) = [s for s in sheets.for_checklist(checklist_id) if s.formaat == formaat]
    return found


@pytest.mark.parametrize("checklist_id", CHECKLISTS)
def test_pdf_is_tagged_dutch_and_fillable(data, sheets, checklist_id):
    checklist = data.checklist(checklist_id)
    reader = pypdf.PdfReader(io.BytesIO(sheet(sheets, checklist_id, "pdf").content))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl"
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    assert "/StructTreeRoot" in root
    assert reader.metadata.title == checklist.titel
    fields = reader.get_fields()
    items = {f"item-{item.id}" for item in checklist.items}
    assert set(fields) == items | FORM_FIELDS
    assert all(fields[name]["/FT"] == "/Btn" for name in items)
    assert all(fields[name]["/FT"] == "/Tx" for name in FORM_FIELDS)
    # A screen reader announces the field by its /TU text: the item itself.
    assert {fields[f"item-{item.id}"]["/TU"] for item in checklist.items} == \
        {item.tekst for item in checklist.items}
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    for item in checklist.items:
        assert flat(item.tekst) in text


@pytest.mark.parametrize("checklist_id", CHECKLISTS)
def test_pdf_stays_under_100_kib(sheets, checklist_id):
    assert len(sheet(sheets, checklist_id, "pdf").content) <= 100 * 1024


@pytest.mark.parametrize("checklist_id", CHECKLISTS)
def test_docx_has_heading_items_and_checkboxes(data, sheets, checklist_id):
    checklist = data.checklist(checklist_id)
    document = docx.Document(io.BytesIO(sheet(sheets, checklist_id, "docx").content))
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0].text == checklist.titel and headings[0].style.name == "Heading 1"
    (table,) = document.tables
    assert [c.text for c in table.rows[0].cells] == ["Klaar", "Actie of beslissing"]
    rows = [row.cells[1].paragraphs[0].text for row in table.rows[1:]]
    assert rows == [item.tekst for item in checklist.items]
    boxes = document.element.body.findall(f".//{{{W14}}}checkbox")
    assert len(boxes) == len(checklist.items)
    tags = [sdt.find(docx.oxml.ns.qn("w:sdtPr")).find(docx.oxml.ns.qn("w:tag"))
            .get(docx.oxml.ns.qn("w:val")) for sdt in document.element.body.iter(docx.oxml.ns.qn("w:sdt"))]
    assert tags == [f"item-{item.id}" for item in checklist.items]
    assert document.core_properties.language == "nl-BE"


def test_cached_sheets_are_not_generated_again(data, tmp_path):
    first = SheetSet(data, "http://127.0.0.1:8000/", cache_dir=tmp_path)
    first.for_checklist(CHECKLISTS[0])
    assert first.generated == 2
    second = SheetSet(data, "http://127.0.0.1:8000/", cache_dir=tmp_path)
    assert [s.content for s in second.for_checklist(CHECKLISTS[0])] == \
        [s.content for s in first.for_checklist(CHECKLISTS[0])]
    assert second.generated == 0


EXAMPLES = sorted(p.stem for p in (ROOT / "examples").glob("*.yml"))


@pytest.mark.parametrize("voorbeeld_id", EXAMPLES)
def test_example_page_links_a_one_page_sheet_with_title_and_sources(built_site, data, voorbeeld_id):
    voorbeeld = data.voorbeelden[voorbeeld_id]
    page = (built_site.path / "voorbeelden" / voorbeeld_id / "index.html").read_text("utf-8")
    assert f'href="../../downloads/voorbeelden/{voorbeeld_id}.pdf"' in page
    reader = pypdf.PdfReader(built_site.path / "downloads" / "voorbeelden" / f"{voorbeeld_id}.pdf")
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert reader.metadata.title == voorbeeld.titel
    assert len(reader.pages) == 1
    text = flat(" ".join(p.extract_text() for p in reader.pages)).replace(" ", "")
    assert flat(voorbeeld.titel).replace(" ", "") in text
    for bron in voorbeeld.bronnen:
        # Long URLs wrap over lines; compare without white space.
        assert bron.url.replace(" ", "") in text
