"""The built site in headless Chromium: search, checklists, downloads, axe, no third parties."""

from __future__ import annotations

import io
from urllib.parse import urlsplit

import docx
import pypdf
import pytest
from axe_playwright_python.sync_playwright import Axe

from helpers import ROOT
from kernwijzer import registry

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Rules we switch off, each with its reason. Keep this empty unless a rule is wrong for us.
AXE_EXCLUSIONS: dict[str, str] = {}


@pytest.fixture(scope="module")
def data():
    return registry.load(ROOT)


def _outside_requests(page, built_site):
    origin = urlsplit(built_site.url).netloc
    seen = []
    page.on("request", lambda request: seen.append(request.url))
    return lambda: [url for url in seen
                    if urlsplit(url).scheme not in ("data", "blob")
                    and urlsplit(url).netloc != origin]


def search(page, built_site, words: str) -> list[str]:
    """Type in Material's search box; return the result links, best first."""
    page.goto(built_site.url)
    page.get_by_label("Zoeken", exact=True).first.click()
    page.keyboard.type(words)
    page.locator(".md-search-result__item a").first.wait_for(timeout=10_000)
    return page.locator(".md-search-result__item > a").evaluate_all(
        "links => links.map(l => l.getAttribute('href'))")


@pytest.mark.parametrize("words, expected", [
    ("identiteit", "themas/identiteit/"),
    ("samenwerking", "themas/samenwerking/"),
    ("leegstand", "themas/leegstand/"),
    ("mobiliteit", "themas/duurzame-mobiliteit/"),
    ("beleving", "themas/beleving/"),
    ("etnisch ondernemerschap", "themas/etnisch-ondernemerschap/"),
])
def test_search_finds_each_theme_by_its_core_word(page, built_site, words, expected):
    hrefs = search(page, built_site, words)
    assert any(urlsplit(href).path.endswith(expected) for href in hrefs[:5]), hrefs


def test_checklist_shows_all_its_items(page, built_site, data):
    checklist = data.checklist("stap-1")
    page.goto(built_site.url + "stappen/stap-1/")
    items = page.locator('[data-checklist="stap-1"] .kw-checklist__item')
    assert items.count() == len(checklist.items)
    assert items.first.inner_text().startswith(checklist.items[0].tekst)


def test_checklist_downloads_open_in_real_readers(page, built_site, data):
    checklist = data.checklist("stap-1")
    page.goto(built_site.url + "stappen/stap-1/")
    links = page.locator('[data-checklist="stap-1"] a[download]')
    hrefs = links.evaluate_all("links => links.map(l => l.href)")
    assert [h.rsplit(".", 1)[1] for h in hrefs] == ["pdf", "docx"]
    pdf = page.request.get(hrefs[0])
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
    fields = pypdf.PdfReader(io.BytesIO(pdf.body())).get_fields()
    assert {f"item-{item.id}" for item in checklist.items} <= set(fields)
    word = page.request.get(hrefs[1])
    assert word.ok
    document = docx.Document(io.BytesIO(word.body()))
    text = "\n".join(cell.text for row in document.tables[0].rows for cell in row.cells)
    assert all(item.tekst in text for item in checklist.items)


def test_every_page_passes_axe_and_stays_on_this_server(page, built_site):
    axe = Axe()
    outside = _outside_requests(page, built_site)
    failures = {}
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS},
               "rules": {rule: {"enabled": False} for rule in AXE_EXCLUSIONS}}
    for path in built_site.pages():
        url = built_site.url_of(path)
        page.goto(url)
        page.wait_for_load_state("networkidle")
        results = axe.run(page, options=options)
        if results.violations_count:
            failures[url] = results.generate_report()
    assert not failures, "\n\n".join(f"{url}\n{report}" for url, report in failures.items())
    assert outside() == []


def test_search_and_instant_navigation_stay_on_this_server(page, built_site):
    outside = _outside_requests(page, built_site)
    search(page, built_site, "samenwerking")
    page.keyboard.press("Escape")
    # Instant navigation swaps the page without a reload, so this marker survives it.
    page.evaluate("window.kwMarker = 'nog hier'")
    page.locator(".md-content a[href$='themas/leegstand/']").first.click()
    page.wait_for_url("**/themas/leegstand/")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.kwMarker") == "nog hier"
    assert page.title().startswith("Leegstand - ")
    assert outside() == []


# --- the examples overview ---------------------------------------------------------------

def visible_cards(page) -> list[str]:
    return page.locator(".kw-filter .kw-kaart:visible").evaluate_all(
        "cards => cards.map(c => c.dataset.voorbeeld)")


def test_theme_filter_shows_exactly_that_theme_and_survives_a_reload(page, built_site, data):
    page.goto(built_site.url + "voorbeelden/")
    expected = sorted(v.id for v in data.voorbeelden_bij(thema="leegstand"))
    page.select_option("#kw-filter-thema", "leegstand")
    assert sorted(visible_cards(page)) == expected
    assert "thema=leegstand" in page.url
    assert page.locator(".kw-filter__status").inner_text() == f"{len(expected)} voorbeelden"
    page.reload()
    assert page.locator("#kw-filter-thema").input_value() == "leegstand"
    assert sorted(visible_cards(page)) == expected


def test_filters_combine_and_work_with_the_keyboard(page, built_site, data):
    page.goto(built_site.url + "voorbeelden/?thema=samenwerking")
    page.locator("#kw-filter-stap").focus()
    page.keyboard.press("ArrowDown")  # the first step
    expected = sorted(v.id for v in data.voorbeelden.values()
                      if "samenwerking" in v.themas and 1 in v.stappen)
    assert page.locator("#kw-filter-stap").input_value() == "1"
    assert sorted(visible_cards(page)) == expected
    assert "stap=1" in page.url and "thema=samenwerking" in page.url
    page.get_by_role("button", name="Alle filters wissen").click()
    assert len(visible_cards(page)) == len(data.voorbeelden)
    assert "thema=" not in page.url


def test_without_javascript_every_example_is_listed(browser, built_site, data):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(built_site.url + "voorbeelden/")
    cards = page.locator(".kw-filter .kw-kaart")
    assert cards.count() == len(data.voorbeelden)
    assert all(cards.nth(i).is_visible() for i in range(cards.count()))
    assert page.locator(".kw-filter__form").is_hidden()
    for thema in data.themas:
        assert page.locator(f"h3#{thema}").count() == 1
    context.close()


@pytest.mark.parametrize("words, expected", [
    ("Ninove", "voorbeelden/ninove-vzw-handelscentrum/"),
    ("Vorselaar", "voorbeelden/vorselaar-marktplein/"),
])
def test_search_finds_an_example_by_its_municipality(page, built_site, words, expected):
    hrefs = search(page, built_site, words)
    assert any(urlsplit(href).path.endswith(expected) for href in hrefs[:3]), hrefs
