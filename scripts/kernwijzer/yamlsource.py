"""Read a YAML data file into plain Python values plus a map from field path to line."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .messages import yaml_problem
from .problems import Loc, Problem

# YAML 1.1 reads these plain words as booleans; YAML 1.2 as text. Either way an editor
# who wrote them most likely meant something else, so we ask for quotes.
_YAML11_BOOL = re.compile(r"^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")
# YAML 1.1 reads 9:30 as the base-60 number 570.
_YAML11_SEXAGESIMAL = re.compile(r"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$")
_KEY_ON_LINE = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:")

_TAG = "tag:yaml.org,2002:"
_BOOLEANS = {"true", "false", "True", "False", "TRUE", "FALSE"}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Source:
    """The values of one YAML file and the line (1-based) of every field path in it."""

    path: Path
    data: object = None
    lines: dict[Loc, int] = field(default_factory=dict)

    def line_of(self, loc: Loc) -> int:
        """The line of a field, or of its nearest parent that is in the file."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)


def read(path: Path, text: str | None = None) -> tuple[Source, list[Problem]]:
    """Parse one file; return its source and every problem found at the YAML level."""
    if text is None:
        text = path.read_text(encoding="utf-8")
    source = Source(path)
    problems = _tab_problems(path, text)
    if problems:
        # The scanner would stop at the first tab with a less helpful message.
        return source, problems
    try:
        # PyYAML's C parser: the nodes keep their line and their quoting style.
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        # The end of the stream lies past the last line; point at the last written line.
        line = min(mark.line + 1 if mark else 1, max(1, len(text.rstrip().splitlines())))
        detail = (err.problem or err.context or "").strip()
        return source, [Problem(path, line, _key_near(text, line), yaml_problem(detail))]
    if node is None:
        return source, [Problem(path, 1, (), "het bestand is leeg")]
    if not isinstance(node, MappingNode):
        return source, [Problem(path, node.start_mark.line + 1, (),
                                "het bestand moet velden bevatten (sleutel: waarde)")]
    source.data = _convert(node, (), source, problems)
    return source, problems


def _tab_problems(path: Path, text: str) -> list[Problem]:
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(Problem(path, number, _key_near(text, number),
                                    "tab gebruikt om in te springen; gebruik spaties"))
    return problems


def _key_near(text: str, line: int) -> Loc:
    """The key written on a line or the nearest line above it, for error messages."""
    lines = text.splitlines()
    for number in range(min(line, len(lines)), 0, -1):
        match = _KEY_ON_LINE.match(lines[number - 1].replace("\t", " "))
        if match:
            return (match.group(1),)
    return ()


def _convert(node: Node, loc: Loc, source: Source, problems: list[Problem]) -> object:
    line = node.start_mark.line + 1
    source.lines.setdefault(loc, line)
    if isinstance(node, MappingNode):
        result: dict[str, object] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode) or key_node.tag != _TAG + "str":
                problems.append(Problem(source.path, key_line, loc,
                                        f"veldnaam {_shown(key_node)} moet tekst zijn"))
                continue
            key = key_node.value
            if key in seen:
                problems.append(Problem(source.path, key_line, loc + (key,),
                                        f"dubbel veld '{key}' (ook op regel {seen[key]})"))
                continue
            seen[key] = key_line
            source.lines[loc + (key,)] = key_line
            result[key] = _convert(value_node, loc + (key,), source, problems)
        return result
    if isinstance(node, SequenceNode):
        return [_convert(item, loc + (index,), source, problems)
                for index, item in enumerate(node.value)]
    return _scalar(node, loc, source, problems)


def _scalar(node: ScalarNode, loc: Loc, source: Source, problems: list[Problem]) -> object:
    line = node.start_mark.line + 1
    value, tag, plain = node.value, node.tag, not node.style

    def ambiguous(reading: str) -> str:
        problems.append(Problem(source.path, line, loc,
                                f"dubbelzinnige waarde '{value}': YAML leest dit als {reading}; "
                                "zet de tekst tussen aanhalingstekens"))
        return value

    if not plain or tag == _TAG + "str":
        if plain and _YAML11_BOOL.match(value):
            return ambiguous("ja/nee")
        return value
    if tag == _TAG + "bool":
        return value.lower() == "true" if value in _BOOLEANS else ambiguous("ja/nee")
    if tag in (_TAG + "int", _TAG + "float") and _YAML11_SEXAGESIMAL.match(value):
        return ambiguous("een getal")
    if tag == _TAG + "null":
        return None
    if tag == _TAG + "timestamp":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            problems.append(Problem(source.path, line, loc,
                                    f"'{value}' is geen datum in de vorm JJJJ-MM-DD"))
            return value
    try:
        if tag == _TAG + "int":
            return int(value.replace("_", ""))
        if tag == _TAG + "float":
            return float(value.replace("_", ""))
    except ValueError:
        problems.append(Problem(source.path, line, loc, f"'{value}' is geen gewoon getal"))
        return value
    problems.append(Problem(source.path, line, loc, f"onbekende YAML-tag '{tag}'"))
    return value


def _shown(node: Node) -> str:
    return f"'{node.value}'" if isinstance(node, ScalarNode) else "(een lijst of mapping)"
