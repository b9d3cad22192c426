"""Check the front matter of a Markdown page: known keys, a title, a description, theme tags."""

from __future__ import annotations

import re
from pathlib import Path

from .loading import validate
from .models import PaginaMeta
from .problems import Problem
from .yamlsource import read

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*\n", re.DOTALL)


def check(path: Path, text: str, tags: set[str]) -> list[Problem]:
    """Every problem in a page's front matter, with lines counted in the page itself."""
    match = _FRONT.match(text)
    if not match:
        return [Problem(path, 1, (), "de pagina begint niet met front matter "
                                     "(--- met title en description ---)")]
    source, problems = read(path, match.group(1))
    # The front matter starts on line 2 of the page.
    source.lines = {loc: line + 1 for loc, line in source.lines.items()}
    problems = [Problem(p.path, p.line + 1, p.loc, p.message) for p in problems]
    if source.data is None:
        return problems
    meta, found = validate(source, PaginaMeta)
    problems += found
    if meta is not None:
        for index, tag in enumerate(meta.tags):
            if tag not in tags:
                problems.append(Problem(path, source.line_of(("tags", index)), ("tags", index),
                                        f"onbekende tag '{tag}'; kies uit: {', '.join(sorted(tags))}"))
    return problems
