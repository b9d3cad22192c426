"""A small Latin subset of the system's sans-serif font for PDF form fields.

WeasyPrint embeds the whole font file for fonts used in form fields (about 400 KiB for
DejaVu Sans); the subset keeps each sheet far below 100 KiB.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

# Printable ASCII, Latin-1 (ë, é, ç ...) and the typographic signs Dutch text uses.
CHARACTERS = [*range(0x20, 0x7F), *range(0xA0, 0x100),
              0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x20AC]
FAMILY = "KW Formulier"


class FontError(RuntimeError):
    """No usable system font: the message says what to install."""


def system_font() -> Path:
    if shutil.which("fc-match") is None:
        raise FontError("fc-match niet gevonden: installeer fontconfig en een lettertype "
                        "(Debian: apt-get install fontconfig fonts-dejavu-core; "
                        "macOS: brew install fontconfig)")
    found = subprocess.run(["fc-match", "--format=%{file}", "DejaVu Sans:style=Book"],
                           capture_output=True, text=True, check=True).stdout.strip()
    path = Path(found)
    if path.suffix.lower() not in (".ttf", ".otf") or not path.is_file():
        raise FontError(f"geen bruikbaar TrueType-lettertype gevonden (fc-match gaf '{found}'); "
                        "installeer fonts-dejavu-core")
    return path


def form_font(cache_dir: Path) -> Path:
    """The subset font file, made once per source font and kept in the cache."""
    from fontTools import subset

    # fontTools logs a warning per table it drops (FFTM); that is expected here.
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)

    source = system_font()
    target = cache_dir / "fonts" / f"kw-formulier-{source.stem}.ttf"
    if target.exists():
        return target
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=CHARACTERS)
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    subset.save_font(font, str(partial), options)
    partial.replace(target)
    return target
