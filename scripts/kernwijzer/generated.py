"""Every file the build adds that has no source in docs/: record pages, sheets, open data."""

from __future__ import annotations

from dataclasses import dataclass

from . import opendata
from .registry import Registry
from .rendering import (example_page_markdown, example_src_uri, sjabloon_page_markdown,
                        sjabloon_src_uri)


@dataclass(frozen=True)
class Generated:
    files: list[tuple[str, str | bytes]]   # (site path, content)
    sheets: int                            # how many downloads are sheets
    new_sheets: int                        # of those, how many were made, not from the cache


def generated(data: Registry, site_url: str) -> Generated:
    files: list[tuple[str, str | bytes]] = []
    files += [(example_src_uri(v.id), example_page_markdown(v, data))
              for v in data.voorbeelden.values()]
    files += [(sjabloon_src_uri(s.id), sjabloon_page_markdown(s, data))
              for s in data.sjablonen.values()]
    sheets = data.sheets(site_url)
    made = sheets.all()
    files += [(sheet.path, sheet.content) for sheet in made]
    files += [(path, content) for _label, path, content in opendata.files(data, site_url)]
    return Generated(files, len(made), sheets.generated)
