"""The real data: one case per record file, named after the file."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import ROOT
from kernwijzer import registry

CHECKLISTS = sorted(p.stem for p in (ROOT / "checklists").glob("*.yml"))
EXAMPLES = sorted(p.stem for p in (ROOT / "examples").glob("*.yml"))


@pytest.fixture(scope="module")
def data():
    return registry.load(ROOT)


@pytest.mark.parametrize("checklist_id", CHECKLISTS)
def test_checklist_has_at_least_eight_items(data, checklist_id):
    assert len(data.checklist(checklist_id).items) >= 8


@pytest.mark.parametrize("voorbeeld_id", EXAMPLES)
def test_example_names_sources_and_check_date(data, voorbeeld_id):
    voorbeeld = data.voorbeelden[voorbeeld_id]
    assert voorbeeld.bronnen and all(b.url.startswith(("http://", "https://"))
                                     for b in voorbeeld.bronnen)
    # A check date in the future means a typo in the date.
    assert voorbeeld.laatst_gecontroleerd <= dt.date.today()


def test_every_step_and_theme_has_a_checklist(data):
    steps = {c.stap for c in data.checklists.values() if c.stap is not None}
    themes = {c.thema for c in data.checklists.values() if c.thema is not None}
    assert steps == set(data.stappen)
    assert themes == set(data.themas)


def test_examples_cover_every_theme(data):
    assert len(data.voorbeelden) >= 15
    per_theme = {t: len(data.voorbeelden_bij(thema=t)) for t in data.themas}
    assert per_theme["samenwerking"] >= 5
    assert all(count >= 2 for count in per_theme.values()), per_theme
