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
    # Reading pages writes nothing into the browser (no cookies, no storage).
    assert page.context.cookies() == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0


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


# --- interactive checklists --------------------------------------------------------------

CHECKLIST_PAGE = "stappen/stap-1/"


def boxes(page):
    return page.locator('[data-checklist="stap-1"] .kw-checklist__vak')


def storage(page) -> dict:
    return page.evaluate("Object.fromEntries(Object.entries(localStorage))")


def test_nothing_is_stored_before_the_first_tick(page, built_site):
    page.goto(built_site.url + CHECKLIST_PAGE)
    boxes(page).first.wait_for()
    assert storage(page) == {}
    assert page.context.cookies() == []
    boxes(page).nth(0).check()
    assert list(storage(page)) == ["kernwijzer.checklist.stap-1"]


def test_ticks_survive_a_reload_and_reset_clears_them(page, built_site, data):
    total = len(data.checklist("stap-1").items)
    page.goto(built_site.url + CHECKLIST_PAGE)
    boxes(page).nth(0).check()
    boxes(page).nth(2).check()
    progress = page.locator('[data-checklist="stap-1"] .kw-checklist__voortgang')
    assert progress.inner_text() == f"2 van {total} afgevinkt"
    page.reload()
    assert [boxes(page).nth(i).is_checked() for i in range(3)] == [True, False, True]
    assert progress.inner_text() == f"2 van {total} afgevinkt"
    page.get_by_role("button", name="Alles wissen").first.click()
    assert not any(boxes(page).nth(i).is_checked() for i in range(total))
    assert storage(page) == {}


def test_export_then_import_restores_ticks_in_a_fresh_browser(browser, built_site, tmp_path):
    first = browser.new_context()
    page = first.new_page()
    page.goto(built_site.url + CHECKLIST_PAGE)
    boxes(page).nth(1).check()
    boxes(page).nth(3).check()
    with page.expect_download() as download:
        page.get_by_role("button", name="Vinkjes bewaren als bestand").first.click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "checklist-stap-1.json"
    first.close()

    second = browser.new_context()
    page = second.new_page()
    page.goto(built_site.url + CHECKLIST_PAGE)
    assert not boxes(page).nth(1).is_checked()
    page.locator('[data-checklist="stap-1"] input[type=file]').set_input_files(saved)
    page.locator('[data-checklist="stap-1"] .kw-checklist__melding').filter(
        has_text="Vinkjes ingeladen: 2.").wait_for()
    assert [boxes(page).nth(i).is_checked() for i in range(4)] == [False, True, False, True]
    second.close()


def test_printing_keeps_ticks_and_drops_navigation(page, built_site):
    page.goto(built_site.url + CHECKLIST_PAGE)
    boxes(page).nth(0).check()
    page.emulate_media(media="print")
    assert page.locator(".md-sidebar--primary").is_hidden()
    assert page.locator(".md-header").is_hidden()
    assert page.locator(".kw-checklist__acties").first.is_hidden()
    assert boxes(page).nth(0).is_visible() and boxes(page).nth(0).is_checked()


def test_without_javascript_a_checklist_is_a_plain_list(browser, built_site, data):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(built_site.url + CHECKLIST_PAGE)
    items = page.locator('[data-checklist="stap-1"] li')
    assert items.count() == len(data.checklist("stap-1").items)
    assert page.locator('[data-checklist="stap-1"] input').count() == 0
    context.close()


def test_dark_scheme_is_saved_only_after_the_reader_chooses_it(page, built_site):
    page.goto(built_site.url)
    assert page.evaluate("localStorage.length") == 0
    page.locator('[data-md-component="palette"] label:visible').first.click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.reload()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"


def test_dark_scheme_passes_axe(page, built_site):
    page.emulate_media(color_scheme="dark")
    failures = {}
    for path in ("", "stappen/stap-1/", "voorbeelden/", "themas/leegstand/", "downloads/"):
        page.goto(built_site.url + path)
        assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        if results.violations_count:
            failures[path] = results.generate_report()
    assert not failures, "\n\n".join(f"{url}\n{report}" for url, report in failures.items())


# --- Content-Security-Policy -------------------------------------------------------------

CSP_LISTENER = """
window.kwCsp = [];
document.addEventListener("securitypolicyviolation",
  e => window.kwCsp.push(e.violatedDirective + " " + e.blockedURI));
"""


def test_the_site_runs_under_its_content_security_policy(page, built_site):
    page.add_init_script(CSP_LISTENER)
    violations = []
    for path in ("", "stappen/stap-1/", "voorbeelden/?thema=leegstand", "sjablonen/actorenkaart/",
                 "downloads/"):
        page.goto(built_site.url + path)
        page.wait_for_load_state("networkidle")
        violations += page.evaluate("window.kwCsp")
    page.goto(built_site.url + "stappen/stap-1/")
    page.locator(".kw-checklist__vak").first.check()
    search(page, built_site, "leegstand")
    page.keyboard.press("Escape")
    page.locator(".md-content a[href$='stappen/']").first.click()
    page.wait_for_load_state("networkidle")
    violations += page.evaluate("window.kwCsp")
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    assert "unsafe-eval" not in policy and "unsafe-inline" not in policy
    assert violations == []
    # The policy is really enforced: an inline script that is not Material's does not run.
    try:
        page.add_script_tag(content="window.kwInline = true;")
    except Exception:  # Playwright reports the blocked script as an error
        pass
    assert page.evaluate("window.kwInline === undefined")
    assert any("script-src" in v for v in page.evaluate("window.kwCsp"))
