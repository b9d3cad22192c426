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


SJABLONEN = sorted(p.stem for p in (ROOT / "sjablonen").glob("*.yml"))


@pytest.mark.parametrize("sjabloon_id", SJABLONEN)
def test_template_pdf_is_tagged_with_readable_field_names(data, sheets, sjabloon_id):
    sjabloon = data.sjabloon(sjabloon_id)
    (pdf_sheet,) = [s for s in sheets.for_sjabloon(sjabloon_id) if s.formaat == "pdf"]
    reader = pypdf.PdfReader(io.BytesIO(pdf_sheet.content))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl" and "/StructTreeRoot" in root
    assert reader.metadata.title == sjabloon.titel
    fields = reader.get_fields() or {}
    fillable = [b for b in sjabloon.blokken if b.soort in ("velden", "tabel", "raster")]
    assert bool(fields) == bool(fillable)
    for name, field in fields.items():
        assert re.fullmatch(r"[a-z0-9-]+", name), name
        assert field.get("/TU"), f"{name} heeft geen naam voor een schermlezer"
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    assert flat(sjabloon.titel) in text


@pytest.mark.parametrize("sjabloon_id", SJABLONEN)
def test_template_docx_has_headings_and_tables(data, sheets, sjabloon_id):
    sjabloon = data.sjabloon(sjabloon_id)
    (word,) = [s for s in sheets.for_sjabloon(sjabloon_id) if s.formaat == "docx"]
    document = docx.Document(io.BytesIO(word.content))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == sjabloon.titel
    assert [b.titel for b in sjabloon.blokken] == headings[2:]
    tables = [b for b in sjabloon.blokken if b.soort in ("velden", "tabel", "raster")]
    assert len(document.tables) == len(tables)
    for table, blok in zip(document.tables, tables):
        if blok.soort == "tabel":
            assert [c.text for c in table.rows[0].cells] == blok.kolommen
            assert len(table.rows) == blok.rijen + 1


def test_werkmappen_bundle_their_parts_with_contents(data, sheets):
    werkmappen = {s.path: s for s in sheets.werkmappen()}
    assert len(werkmappen) == len(data.themas) + 1
    leegstand = pypdf.PdfReader(io.BytesIO(werkmappen["downloads/werkmappen/thema-leegstand.pdf"].content))
    text = flat(" ".join(page.extract_text() for page in leegstand.pages))
    assert "Inhoud" in text
    assert data.checklist("thema-leegstand").titel in text
    for sjabloon in data.sjablonen_bij(thema="leegstand"):
        assert sjabloon.titel in text
    names = set(leegstand.get_fields())
    assert {f"thema-leegstand-item-{i.id}" for i in data.checklist("thema-leegstand").items} <= names


def test_dutch_letters_and_signs_survive_in_pdf_text_and_fields(tmp_path):
    from kernwijzer.models import Checklist
    from kernwijzer.sheets import SheetInput, pdf, views

    checklist = Checklist(id="tekens", titel="Café’s en één € per maand", stap=1,
                          intro="Geëngageerde ondernemers, ‘coöperatie’ en reeën.",
                          items=[{"id": "een", "tekst": "Je hebt € 1.000 gereserveerd voor één café."}])
    view = views.checklist(checklist, "http://127.0.0.1:8000/stappen/stap-1/")
    source = SheetInput("checklist", "tekens", view, ROOT / "overrides", tmp_path)
    reader = pypdf.PdfReader(io.BytesIO(pdf.render(source)))
    text = reader.pages[0].extract_text()
    for expected in (checklist.titel, checklist.intro, checklist.items[0].tekst):
        assert expected in flat(text)
    assert reader.metadata.title == checklist.titel
    assert reader.get_fields()["item-een"]["/TU"] == checklist.items[0].tekst


def test_missing_pango_gives_a_dutch_instruction_not_a_traceback(data, tmp_path, monkeypatch):
    import builtins

    from kernwijzer.sheets.pdf import SheetError

    real_import = builtins.__import__

    def no_pango(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pango)
    fresh = SheetSet(data, "http://127.0.0.1:8000/", cache_dir=tmp_path)
    with pytest.raises(SheetError, match="Installeer Pango: .*brew install pango"):
        fresh.for_checklist(CHECKLISTS[0])
