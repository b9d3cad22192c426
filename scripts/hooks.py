"""MkDocs hooks: load and check the data, add generated pages and downloads, check links."""

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from kernwijzer import csp, frontmatter, linkcheck, registry
from kernwijzer.generated import generated
from kernwijzer.problems import DataError
from kernwijzer.sheets.fonts import FontError
from kernwijzer.sheets.pdf import SheetError

log = logging.getLogger("mkdocs.plugins.kernwijzer")


def _registry(config) -> registry.Registry:
    # Checked once per build in on_config (mkdocs serve builds again after a change);
    # the later events of the same build reuse it.
    return registry.current() or registry.get(Path(config.config_file_path).parent)


# Before the macros plugin, so a data error is reported once, as a list, by us.
@event_priority(100)
def on_config(config):
    try:
        registry.get(Path(config.config_file_path).parent)
    except DataError as err:
        raise PluginError(str(err)) from None
    return config


def on_files(files, config):
    try:
        made = generated(_registry(config), config.site_url or "")
    except (SheetError, FontError) as err:
        raise PluginError(str(err)) from None
    for path, content in made.files:
        files.append(File.generated(config, path, content=content))
    log.info(f"Downloads: {made.sheets}, waarvan {made.new_sheets} nieuw gemaakt "
             "(de rest kwam uit .cache/)")
    return files


def on_page_markdown(markdown, page, config, files):
    # MkDocs quietly shows broken front matter as text; we fail on it instead.
    data = _registry(config)
    problems = frontmatter.check(Path(config.docs_dir, page.file.src_uri), page.file.content_string,
                                 {t.naam for t in data.themas.values()})
    if problems:
        root = Path(config.config_file_path).parent
        raise PluginError("\n".join(p.format(root) for p in problems))
    return markdown


def on_post_page(output, page, config):
    return csp.add_policy(output)


def on_post_build(config):
    broken = linkcheck.check_site(Path(config.site_dir))
    if broken:
        raise PluginError("Kapotte links in de gebouwde site:\n" + "\n".join(broken))
