"""Fixtures: one strict build of the real site per test session, served on 127.0.0.1."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import ROOT, Server, build, free_port


@dataclass(frozen=True)
class BuiltSite:
    path: Path
    url: str
    log: str

    def pages(self) -> list[Path]:
        return sorted(p for p in self.path.rglob("*.html") if p.name != "404.html")

    def url_of(self, page: Path) -> str:
        relative = page.relative_to(self.path).as_posix()
        return self.url + relative.removesuffix("index.html")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> BuiltSite:
    port = free_port()
    site_dir = tmp_path_factory.mktemp("site")
    url = f"http://127.0.0.1:{port}/"
    result = build(ROOT, site_dir, url)
    assert result.returncode == 0, result.stdout + result.stderr
    with Server(site_dir, port):
        yield BuiltSite(site_dir, url, result.stdout + result.stderr)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium where it is installed; flags that keep it off the network."""
    args = dict(browser_type_launch_args)
    if Path("/usr/bin/chromium").exists():
        args["executable_path"] = "/usr/bin/chromium"
    args["args"] = [*args.get("args", []), "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args["chromium_sandbox"] = False
    return args
