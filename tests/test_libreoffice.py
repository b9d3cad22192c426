"""Every Word file opens in LibreOffice and converts to PDF without error."""

from __future__ import annotations

import shutil
import subprocess

import pypdf

from helpers import ROOT
from kernwijzer import registry
from kernwijzer.sheets import SheetSet


def test_libreoffice_converts_every_docx(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice ontbreekt: make test installeert het op Debian"
    data = registry.load(ROOT)
    sheets = SheetSet(data, "http://127.0.0.1:8000/")
    words = [s for s in sheets.all() if s.formaat == "docx"]
    inbox, outbox = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    for sheet in words:
        (inbox / sheet.path.replace("/", "_")).write_bytes(sheet.content)
    # One LibreOffice process for all files; its own profile keeps it off the user's.
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profiel", "--headless",
         "--convert-to", "pdf", "--outdir", str(outbox), *sorted(map(str, inbox.iterdir()))],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    converted = sorted(p.stem for p in outbox.glob("*.pdf"))
    assert converted == sorted(p.stem for p in inbox.iterdir())
    for path in outbox.glob("*.pdf"):
        assert len(pypdf.PdfReader(path).pages) >= 1
