"""Check (and on Debian as root, install) the system packages the site or the tests need.

Runs on the system Python before the virtual environment exists, so: standard library only.
Usage: python3 scripts/system_deps.py site|test
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Need:
    what: str          # what a person reads
    debian: str        # the Debian package that provides it
    brew: str          # the Homebrew formula that provides it
    present: callable


def _library(name: str):
    return lambda: ctypes.util.find_library(name) is not None


def _program(name: str):
    return lambda: shutil.which(name) is not None


def _dejavu() -> bool:
    if shutil.which("fc-match") is None:
        return False
    found = subprocess.run(["fc-match", "--format=%{file}", "DejaVu Sans:style=Book"],
                           capture_output=True, text=True).stdout
    return "DejaVuSans" in found


def _dutch_dictionary() -> bool:
    folders = [Path("/usr/share/hunspell"), Path("/opt/homebrew/share/hunspell"),
               Path("/usr/local/share/hunspell"), Path.home() / "Library/Spelling"]
    return any((folder / "nl_BE.dic").is_file() or (folder / "nl.dic").is_file()
               for folder in folders)


SITE = [
    Need("Pango (tekstopmaak voor de PDF's)", "libpango-1.0-0", "pango", _library("pango-1.0")),
    Need("PangoFT2", "libpangoft2-1.0-0", "pango", _library("pangoft2-1.0")),
    Need("HarfBuzz subset", "libharfbuzz-subset0", "harfbuzz", _library("harfbuzz-subset")),
    Need("fontconfig (fc-match)", "fontconfig", "fontconfig", _program("fc-match")),
    Need("het lettertype DejaVu Sans", "fonts-dejavu-core", "--cask font-dejavu", _dejavu),
]
TEST = SITE + [
    Need("hunspell (spellingcontrole)", "hunspell", "hunspell", _program("hunspell")),
    Need("het Nederlandse woordenboek voor hunspell", "hunspell-nl", "(zie README)",
         _dutch_dictionary),
    Need("Java (voor de HTML-controle met de Nu HTML Checker)", "default-jre-headless", "openjdk",
         _program("java")),
    Need("LibreOffice Writer (opent de Word-bestanden in een test)", "libreoffice-writer-nogui",
         "--cask libreoffice", _program("soffice")),
]


def main(kind: str) -> int:
    needs = {"site": SITE, "test": TEST}[kind]
    missing = [need for need in needs if not need.present()]
    if not missing:
        return 0
    packages = sorted({need.debian for need in missing})
    if shutil.which("apt-get") and os.geteuid() == 0:
        print(f"Systeempakketten installeren: {' '.join(packages)}", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages],
                       check=True, env=env)
        missing = [need for need in needs if not need.present()]
        if not missing:
            return 0
    print("Er ontbreken systeempakketten:", file=sys.stderr)
    for need in missing:
        print(f"  - {need.what}", file=sys.stderr)
    print("Installeer ze, bijvoorbeeld:", file=sys.stderr)
    print(f"  Debian/Ubuntu: sudo apt-get install {' '.join(sorted({n.debian for n in missing}))}",
          file=sys.stderr)
    print(f"  macOS (Homebrew): brew install {' '.join(sorted({n.brew for n in missing}))}",
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "site"))
