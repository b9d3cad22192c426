"""mkdocs-macros entry point: the macros that pages call, wired to the shared registry."""

from pathlib import Path

from kernwijzer import registry
from kernwijzer.pagemacros import PageMacros


def define_env(env):
    data = registry.get(Path(env.conf.config_file_path).parent)
    macros = PageMacros(data, env.conf.site_url or "", lambda: env.page)
    env.macro(macros.checklist, "checklist")
    env.macro(macros.voorbeelden, "voorbeelden")
    env.macro(macros.voorbeeld, "voorbeeld")
    env.macro(macros.downloads, "downloads")
    env.macro(macros.voorbeelden_overzicht, "voorbeelden_overzicht")
    env.macro(macros.voorbeelden_lijst, "voorbeelden_lijst")
    env.macro(macros.sjablonen, "sjablonen")
    env.macro(macros.sjabloon, "sjabloon")
