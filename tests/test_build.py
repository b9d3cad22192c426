"""Strict builds: the real site, and copies of it with one thing broken on purpose."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import build, copy_project

XSS = "<script>alert('kw')</script>"


def test_real_site_builds_strict_without_warnings(built_site):
    assert "WARNING" not in built_site.log
    assert (built_site.path / "index.html").is_file()
    assert (built_site.path / "downloads" / "checklists").is_dir()


def test_every_page_is_dutch_with_one_h1(built_site):
    for page in built_site.pages():
        html = page.read_text(encoding="utf-8")
        assert '<html lang="nl"' in html, page
        assert len(re.findall(r"<h1[ >]", html)) == 1, page


def test_no_third_party_urls_in_built_assets(built_site):
    """Nothing in the HTML, CSS or JS loads from another origin (links to sources are fine)."""
    pattern = re.compile(r"""(?:src|href)=["']https?://(?!127\.0\.0\.1)[^"']+\.(?:js|css|woff2?)(?=[?#"'])""")
    for path in list(built_site.path.rglob("*.html")):
        assert not pattern.search(path.read_text(encoding="utf-8")), path
    assert "fonts.googleapis" not in "".join(
        p.read_text(encoding="utf-8", errors="ignore") for p in built_site.path.rglob("*.css"))


def _project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def test_malformed_data_fails_make_build_and_keeps_the_old_site(tmp_path):
    project = _project(tmp_path)
    build_script = [sys.executable, "scripts/build.py"]
    first = subprocess.run(build_script, cwd=project, capture_output=True, text=True)
    assert first.returncode == 0, first.stdout + first.stderr
    index = project / "site" / "index.html"
    before = index.read_bytes()

    _write(project / "examples" / "kapot.yml", "titel: Kapot\nthemas: [leegstand\n")
    _write(project / "checklists" / "stap-1.yml",
           (project / "checklists" / "stap-1.yml").read_text(encoding="utf-8") + "extra: veld\n")
    second = subprocess.run(build_script, cwd=project, capture_output=True, text=True)
    output = second.stdout + second.stderr
    assert second.returncode != 0
    assert "examples/kapot.yml:2: themas: ongeldige YAML-syntaxis" in output
    assert re.search(r"checklists/stap-1\.yml:\d+: extra: onbekend veld", output)
    assert "Traceback" not in output
    assert index.read_bytes() == before
    assert not (project / ".site-new").exists()


def test_text_from_data_reaches_the_page_escaped(tmp_path):
    project = _project(tmp_path)
    example = (Path(__file__).parent / "fixtures" / "xss" / "xss-voorbeeld.yml").read_text("utf-8")
    _write(project / "examples" / "xss-voorbeeld.yml", example)
    checklist = (Path(__file__).parent / "fixtures" / "xss" / "thema-xss.yml").read_text("utf-8")
    _write(project / "checklists" / "thema-xss.yml", checklist)
    downloads = project / "docs" / "downloads.md"
    _write(downloads, downloads.read_text("utf-8") + '\n{{ checklist("thema-xss") }}\n')
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    pages = [tmp_path / "site" / "voorbeelden" / "xss-voorbeeld" / "index.html",
             tmp_path / "site" / "downloads" / "index.html",
             tmp_path / "site" / "themas" / "leegstand" / "index.html"]
    for page in pages:
        html = page.read_text("utf-8")
        assert "<script>alert(" not in html, page
        assert 'onerror="' not in html and "onerror=x" not in html, page
        assert "&lt;script&gt;alert(" in html, page


@pytest.mark.parametrize("markdown, message", [
    ('{{ checklist("bestaat-niet") }}', "onbekende checklist 'bestaat-niet'"),
    ('{{ voorbeelden(thema="mobilitiet") }}', "onbekend thema 'mobilitiet'"),
    ("{{ onbestaande_variabele }}", "onbestaande_variabele"),
    ("[kapot](bestaat-niet.md)", "bestaat-niet.md"),
    ("[anker](themas/leegstand.md#bestaat-niet)", "bestaat-niet"),
])
def test_broken_macro_variable_or_link_fails_the_build(tmp_path, markdown, message):
    project = _project(tmp_path)
    page = project / "docs" / "over.md"
    _write(page, page.read_text("utf-8") + f"\n{markdown}\n")
    result = build(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert message in output
    assert "over.md" in output


@pytest.mark.parametrize("front, message", [
    ("---\ntitle: Over\n---\n", "docs/over.md:2: description: verplicht veld ontbreekt"),
    ("---\ntitle: Over\ndescription: Over de gids.\ntags: [Mobiliteit]\n---\n",
     "docs/over.md:4: tags[0]: onbekende tag 'Mobiliteit'"),
    ("---\ntitle: Over\ndescription: Over de gids.\nauteur: iemand\n---\n",
     "docs/over.md:4: auteur: onbekend veld"),
])
def test_bad_front_matter_fails_the_build(tmp_path, front, message):
    project = _project(tmp_path)
    page = project / "docs" / "over.md"
    body = re.sub(r"\A---\n.*?\n---\n", "", page.read_text("utf-8"), flags=re.DOTALL)
    _write(page, front + body)
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert message in result.stdout + result.stderr


def test_a_rebuild_with_nothing_changed_makes_no_sheet_again(tmp_path):
    project = _project(tmp_path)
    # An empty cache of its own, so the first build really makes every sheet.
    (project / ".cache").unlink()
    first = build(project, tmp_path / "site1")
    assert first.returncode == 0, first.stdout + first.stderr
    made = re.search(r"Downloads: (\d+), waarvan (\d+) nieuw gemaakt", first.stderr)
    assert made and made.group(1) == made.group(2) and int(made.group(1)) > 0
    second = build(project, tmp_path / "site2")
    assert re.search(r"Downloads: \d+, waarvan 0 nieuw gemaakt", second.stderr), second.stderr
