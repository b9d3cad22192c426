"""One problem in a data file, and the error that reports all of them at once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

Loc = tuple[str | int, ...]


def field_name(loc: Loc) -> str:
    """Show a field path the way an editor reads it: items[2].tekst."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    loc: Loc
    message: str

    def format(self, root: Path | None = None) -> str:
        path = self.path
        if root is not None:
            try:
                path = self.path.relative_to(root)
            except ValueError:
                pass
        name = field_name(self.loc)
        return f"{path.as_posix()}:{self.line}: {name + ': ' if name else ''}{self.message}"


class DataError(Exception):
    """Raised once with every problem found in every data file."""

    def __init__(self, problems: list[Problem], root: Path | None = None):
        self.problems = sorted(problems, key=lambda p: (str(p.path), p.line, p.message))
        self.lines = [p.format(root) for p in self.problems]
        count = len(self.lines)
        head = f"{count} fout{'en' if count != 1 else ''} in de gegevensbestanden:"
        super().__init__("\n".join([head, *self.lines]))
