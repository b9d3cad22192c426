"""The written content: Dutch spelling, the fixed sections, and links between pages."""

from __future__ import annotations

import posixpath
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import ROOT
from kernwijzer import registry
from kernwijzer.prose import checklist_prose, page_prose, sjabloon_prose, voorbeeld_prose

DOCS = ROOT / "docs"
PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
DATA = registry.load(ROOT)
STEP_PAGES = [f"stappen/stap-{n}.md" for n in range(1, 8)]
THEME_PAGES = {t.id: t.pagina for t in DATA.themas.values()}
INSTRUMENT_PAGES = sorted(p for p in PAGES if p.startswith("instrumenten/") and not p.endswith("index.md"))

STEP_SECTIONS = ["Doel van de stap", "Wanneer ben je klaar?", "Aanpak in concrete acties",
                 "Wie betrek je?", "Instrumenten", "Valkuilen", "Tips", "Checklist",
                 "Voorbeelden", "Verder"]
THEME_SECTIONS = ["Waarom dit thema?", "Kernvragen om mee te starten", "Aanpak in stappen",
                  "Wie betrek je?", "Valkuilen", "Regelgeving en ondersteuning", "Checklist",
                  "Voorbeelden", "Sjablonen die helpen",
                  "Stappen van de samenwerking die helpen"]


def source(page: str) -> str:
    return (DOCS / page).read_text(encoding="utf-8")


def sections(page: str) -> list[str]:
    return re.findall(r"^## (.+?)\s*$", source(page), re.MULTILINE)


def links(page: str) -> set[str]:
    """The pages a page links to, as paths under docs/ (anchors dropped)."""
    found = set()
    for target in re.findall(r"\]\(([^)\s]+)\)", source(page)):
        if "://" in target or target.startswith("#"):
            continue
        path = target.split("#")[0]
        found.add(posixpath.normpath(posixpath.join(posixpath.dirname(page), path)))
    return found


# --- spelling ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def word_list(tmp_path_factory) -> Path:
    words = sorted({line.strip() for path in (ROOT / "tests" / "spelling").glob("*.txt")
                    for line in path.read_text(encoding="utf-8").splitlines() if line.strip()})
    path = tmp_path_factory.mktemp("spelling") / "woorden.txt"
    path.write_text("\n".join(words) + "\n", encoding="utf-8")
    return path


def unknown_words(text: str, word_list: Path) -> list[str]:
    assert shutil.which("hunspell"), "hunspell ontbreekt: make test installeert het"
    result = subprocess.run(["hunspell", "-d", "nl_BE", "-p", str(word_list), "-i", "utf-8", "-l"],
                            input=text, capture_output=True, text=True, check=True)
    return sorted(set(result.stdout.split()))


@pytest.mark.parametrize("page", PAGES)
def test_page_spelling(page, word_list):
    assert unknown_words(page_prose(source(page)), word_list) == []


@pytest.mark.parametrize("checklist_id", sorted(DATA.checklists))
def test_checklist_spelling(checklist_id, word_list):
    assert unknown_words(checklist_prose(DATA.checklists[checklist_id]), word_list) == []


@pytest.mark.parametrize("voorbeeld_id", sorted(DATA.voorbeelden))
def test_example_spelling(voorbeeld_id, word_list):
    assert unknown_words(voorbeeld_prose(DATA.voorbeelden[voorbeeld_id]), word_list) == []


@pytest.mark.parametrize("sjabloon_id", sorted(DATA.sjablonen))
def test_template_spelling(sjabloon_id, word_list):
    assert unknown_words(sjabloon_prose(DATA.sjablonen[sjabloon_id]), word_list) == []


def test_spelling_check_catches_a_typo(word_list):
    assert unknown_words("De handelaars vergaderren in het gemeentehuis.", word_list) == ["vergaderren"]


# --- structure and links -----------------------------------------------------------------

@pytest.mark.parametrize("page", STEP_PAGES)
def test_step_page_has_the_fixed_sections(page):
    assert sections(page) == STEP_SECTIONS


@pytest.mark.parametrize("number", range(1, 8))
def test_step_page_links_an_instrument_and_the_next_step(number):
    page = f"stappen/stap-{number}.md"
    targets = links(page)
    assert targets & set(INSTRUMENT_PAGES), f"{page} linkt naar geen instrument"
    following = f"stappen/stap-{number + 1}.md" if number < 7 else "stappen/index.md"
    assert following in targets
    assert f'{{{{ checklist("stap-{number}") }}}}' in source(page)


@pytest.mark.parametrize("page", INSTRUMENT_PAGES)
def test_instrument_is_linked_from_a_step_and_links_back(page):
    assert any(page in links(step) for step in STEP_PAGES), f"geen stap linkt naar {page}"
    assert links(page) & set(STEP_PAGES), f"{page} linkt naar geen stap"


@pytest.mark.parametrize("thema", sorted(THEME_PAGES))
def test_theme_page_sections_steps_checklist_and_examples(thema):
    page = THEME_PAGES[thema]
    assert sections(page) == THEME_SECTIONS
    assert len(links(page) & set(STEP_PAGES)) >= 2
    assert f'{{{{ checklist("thema-{thema}") }}}}' in source(page)
    assert f'{{{{ voorbeelden(thema="{thema}") }}}}' in source(page)


@pytest.mark.parametrize("thema", sorted(THEME_PAGES))
def test_theme_page_shows_its_examples(built_site, thema):
    url = THEME_PAGES[thema].removesuffix(".md") + "/index.html"
    html = (built_site.path / url).read_text(encoding="utf-8")
    shown = re.findall(r'data-voorbeeld="([^"]+)"', html)
    assert sorted(shown) == sorted(v.id for v in DATA.voorbeelden_bij(thema=thema))
    assert shown, f"geen voorbeelden op {url}"


def test_every_checklist_and_template_on_a_page_is_downloadable(built_site):
    """Whatever a page shows as a checklist or template links to its PDF and Word file."""
    seen = set()
    for page in built_site.pages():
        html = page.read_text(encoding="utf-8")
        for kind, folder in (("checklist", "checklists"), ("sjabloon", "sjablonen")):
            for record_id in re.findall(rf'data-{kind}="([^"]+)"', html):
                seen.add((kind, record_id))
                for ext in ("pdf", "docx"):
                    target = built_site.path / "downloads" / folder / f"{record_id}.{ext}"
                    assert target.is_file(), target
                    assert f"downloads/{folder}/{record_id}.{ext}" in html, (page, record_id, ext)
    assert {r for k, r in seen if k == "checklist"} == set(DATA.checklists)
    assert {r for k, r in seen if k == "sjabloon"} == set(DATA.sjablonen)
