"""Every validation rule: one bad fixture each, with the exact `path:line: message`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import ROOT
from kernwijzer import registry
from kernwijzer.problems import DataError

BAD = Path(__file__).parent / "fixtures" / "bad"

# fixture (folder/file) -> every line the build must print for it
EXPECTED = {
    "checklists/syntaxfout.yml": [
        "checklists/syntaxfout.yml:5: items: ongeldige YAML-syntaxis: een lijst tussen [ ] "
        "is niet afgesloten"],
    "checklists/tab-inspringing.yml": [
        "checklists/tab-inspringing.yml:5: id: tab gebruikt om in te springen; gebruik spaties",
        "checklists/tab-inspringing.yml:6: tekst: tab gebruikt om in te springen; gebruik spaties"],
    "checklists/dubbel-veld.yml": [
        "checklists/dubbel-veld.yml:4: titel: dubbel veld 'titel' (ook op regel 1)"],
    "checklists/onbekend-veld.yml": [
        "checklists/onbekend-veld.yml:7: items[0].uitleg: onbekend veld"],
    "checklists/veld-ontbreekt.yml": [
        "checklists/veld-ontbreekt.yml:1: intro: verplicht veld ontbreekt"],
    "checklists/verkeerd-type.yml": [
        "checklists/verkeerd-type.yml:2: stap: moet een geheel getal zijn, niet tekst",
        "checklists/verkeerd-type.yml:6: items[0].tekst: moet tekst zijn, niet een geheel getal"],
    "checklists/ja-nee-waarde.yml": [
        "checklists/ja-nee-waarde.yml:6: items[0].tekst: dubbelzinnige waarde 'no': YAML leest "
        "dit als ja/nee; zet de tekst tussen aanhalingstekens"],
    "checklists/tijd-waarde.yml": [
        "checklists/tijd-waarde.yml:6: items[0].tekst: dubbelzinnige waarde '9:30': YAML leest "
        "dit als een getal; zet de tekst tussen aanhalingstekens"],
    "checklists/onbekende-stap.yml": [
        "checklists/onbekende-stap.yml:2: stap: onbekende stap 9; kies uit: 1, 2, 3, 4, 5, 6, 7"],
    "checklists/onbekend-thema.yml": [
        "checklists/onbekend-thema.yml:2: thema: onbekend thema 'mobilitiet'; kies uit: "
        "beleving, duurzame-mobiliteit, etnisch-ondernemerschap, identiteit, leegstand, "
        "samenwerking"],
    "checklists/dubbele-id.yml": [
        "checklists/dubbele-id.yml:9: items[2].id: dubbele id 'een' (ook op regel 5)"],
    "checklists/ongeldige-id.yml": [
        "checklists/ongeldige-id.yml:5: items[0].id: ongeldige id 'Stap_Een': gebruik kleine "
        "letters, cijfers en koppeltekens"],
    "checklists/stap-en-thema.yml": [
        "checklists/stap-en-thema.yml:1: geef precies één van de velden 'stap' of 'thema' op"],
    "checklists/leeg-bestand.yml": [
        "checklists/leeg-bestand.yml:1: het bestand is leeg"],
    "checklists/Foute_Naam.yml": [
        "checklists/Foute_Naam.yml:1: bestandsnaam 'Foute_Naam.yml' is geen geldige id: "
        "gebruik kleine letters, cijfers en koppeltekens"],
    "examples/geen-url.yml": [
        "examples/geen-url.yml:14: bronnen[0].url: 'www.voorbeeld.be/pagina' is geen http(s)-URL"],
    "examples/geen-bronnen.yml": [
        "examples/geen-bronnen.yml:13: bronnen: moet minstens één element bevatten"],
    "examples/geen-datum.yml": [
        "examples/geen-datum.yml:16: laatst_gecontroleerd: moet een datum zijn in de vorm "
        "JJJJ-MM-DD, niet tekst"],
    "examples/onbekend-thema.yml": [
        "examples/onbekend-thema.yml:5: themas[1]: onbekend thema 'mobilitiet'; kies uit: "
        "beleving, duurzame-mobiliteit, etnisch-ondernemerschap, identiteit, leegstand, "
        "samenwerking"],
    "examples/onbekende-stap.yml": [
        "examples/onbekende-stap.yml:6: stappen[1]: onbekende stap 8; kies uit: 1, 2, 3, 4, 5, 6, 7"],
    "sjablonen/onbekende-soort.yml": [
        "sjablonen/onbekende-soort.yml:5: blokken[0]: onbekende soort 'tekening'; kies uit: "
        "velden, tabel, raster, tekst"],
    "sjablonen/rijen-kloppen-niet.yml": [
        "sjablonen/rijen-kloppen-niet.yml:9: blokken[0].eerste_kolom: telt 3 rijen, maar 'rijen' "
        "is 2"],
    "sjablonen/verkeerd-veld-in-blok.yml": [
        "sjablonen/verkeerd-veld-in-blok.yml:8: blokken[0].rijen: moet een geheel getal zijn, "
        "niet tekst"],
    "examples/onbekende-status.yml": [
        "examples/onbekende-status.yml:8: status: onbekende waarde 'lopend'; kies uit: idee, "
        "pilot, structureel of stopgezet"],
}


def project_with(tmp_path: Path, *fixtures: str) -> Path:
    """A data tree with the real vocabularies and only the given bad files."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    for folder in ("checklists", "examples", "sjablonen"):
        (tmp_path / folder).mkdir()
    for fixture in fixtures:
        shutil.copy(BAD / fixture, tmp_path / fixture)
    return tmp_path


def test_every_fixture_has_an_expectation():
    on_disk = {p.relative_to(BAD).as_posix() for p in BAD.rglob("*.yml")}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("fixture", sorted(EXPECTED))
def test_bad_file_fails_with_exact_message(tmp_path, fixture):
    with pytest.raises(DataError) as caught:
        registry.load(project_with(tmp_path, fixture))
    assert caught.value.lines == EXPECTED[fixture]


def test_all_problems_of_all_files_are_listed_at_once(tmp_path):
    fixtures = sorted(EXPECTED)
    with pytest.raises(DataError) as caught:
        registry.load(project_with(tmp_path, *fixtures))
    expected = sorted(line for fixture in fixtures for line in EXPECTED[fixture])
    assert sorted(caught.value.lines) == expected
    assert str(caught.value).startswith(f"{len(expected)} fouten in de gegevensbestanden:")


def test_real_data_loads():
    data = registry.load(ROOT)
    assert len(data.themas) == 6
    assert sorted(data.stappen) == [1, 2, 3, 4, 5, 6, 7]
