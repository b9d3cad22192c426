"""The examples as open data: the files in the built site, read as a re-user would."""

from __future__ import annotations

import csv
import io
import json

from helpers import ROOT
from kernwijzer import registry
from kernwijzer.opendata import FIELDS

DATA = registry.load(ROOT)


def test_json_has_the_stable_fields_and_every_example(built_site):
    document = json.loads((built_site.path / "downloads" / "voorbeelden.json").read_text("utf-8"))
    assert document["velden"] == FIELDS
    assert [r["id"] for r in document["voorbeelden"]] == sorted(DATA.voorbeelden)
    for row in document["voorbeelden"]:
        assert list(row) == FIELDS
        assert row["bronnen"] and all(url.startswith("http") for url in row["bronnen"])
        assert row["pagina"] == f"{built_site.url}voorbeelden/{row['id']}/"


def test_csv_opens_with_the_same_fields(built_site):
    text = (built_site.path / "downloads" / "voorbeelden.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == FIELDS
    assert len(rows) == len(DATA.voorbeelden)
    ninove = next(r for r in rows if r["id"] == "ninove-vzw-handelscentrum")
    assert ninove["gemeente"] == "Ninove"
    assert ninove["themas"].split(" | ")[0] == DATA.voorbeelden["ninove-vzw-handelscentrum"].themas[0]
