"""The entry points (hooks, macros) share one registry, loaded once per build."""

from __future__ import annotations

from mkdocs.commands.build import build
from mkdocs.config import load_config

from helpers import ROOT
from kernwijzer import registry


def test_one_build_loads_the_data_once_and_shares_it(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.chdir(ROOT)
    registry._current = None
    before = registry.LOADS
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"), strict=True)
    build(config)
    # The hooks and the macros both asked for the registry; it was read from disk once.
    assert registry.LOADS - before == 1
    macros = config.plugins["macros"].macros
    assert macros["checklist"].__self__.registry is registry._current


def test_registry_reloads_only_when_data_changes(tmp_path):
    for part in ("data", "checklists", "sjablonen", "docs"):
        (tmp_path / part).symlink_to(ROOT / part)
    (tmp_path / "examples").mkdir()
    first = registry.get(tmp_path)
    assert registry.get(tmp_path) is first
    (tmp_path / "examples" / "nieuw.yml").write_text("titel: x\n", encoding="utf-8")
    try:
        registry.get(tmp_path)
    except Exception as err:  # the new file is invalid: the point is that it was read
        assert "examples/nieuw.yml" in str(err)
    else:
        raise AssertionError("a changed data folder was not read again")
