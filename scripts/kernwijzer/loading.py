"""Load YAML files into validated models, keeping every problem with its file and line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from .messages import dutch
from .problems import Problem
from .yamlsource import Source, read

M = TypeVar("M", bound=BaseModel)
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Loaded(Generic[M]):
    """A valid record and the source it came from (for line numbers in later checks)."""

    record: M
    source: Source


def validate(source: Source, model: type[M], extra: dict | None = None) -> tuple[M | None, list[Problem]]:
    """Validate the values of one source against a model; map errors to lines."""
    data = dict(source.data) if isinstance(source.data, dict) else source.data
    if extra:
        data.update(extra)
    try:
        return model.model_validate(data), []
    except ValidationError as err:
        problems = []
        for error in err.errors():
            loc = _data_path(data, tuple(error["loc"]))
            problems.append(Problem(source.path, source.line_of(loc), loc, dutch(error)))
        return None, problems


def load_file(path: Path, model: type[M], *, with_id: bool) -> tuple[Loaded[M] | None, Source, list[Problem]]:
    """Load one file; with_id takes the record id from the file name.

    The source comes back even when the record is invalid, so that reference checks
    can still look at its values and report everything in one run.
    """
    source, problems = read(path)
    if source.data is None:
        return None, source, problems
    extra = None
    if with_id:
        record_id = path.stem
        if "id" in source.data:
            problems.append(Problem(path, source.line_of(("id",)), ("id",),
                                    "laat dit veld weg: de bestandsnaam is de id"))
        if not _ID.match(record_id):
            problems.append(Problem(path, 1, (), f"bestandsnaam '{path.name}' is geen geldige "
                                                 "id: gebruik kleine letters, cijfers en "
                                                 "koppeltekens"))
            # Reported once, for the file name; the rest of the file is still checked.
            record_id = "ongeldige-bestandsnaam"
        extra = {"id": record_id}
    record, found = validate(source, model, extra)
    # A field with a problem already is reported once, not again by the model.
    flagged = {p.loc for p in problems}
    problems += [p for p in found if p.loc not in flagged]
    if problems:
        return None, source, problems
    return Loaded(record, source), source, problems


def load_folder(folder: Path, model: type[M]) -> tuple[dict[str, Loaded[M]], list[Source], list[Problem]]:
    """Load every record file of a folder (the file name is the id)."""
    records: dict[str, Loaded[M]] = {}
    sources: list[Source] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return records, sources, [Problem(folder, 1, (), "map ontbreekt")]
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.is_dir():
            continue
        if path.suffix != ".yml":
            problems.append(Problem(path, 1, (), "onverwacht bestand: gegevensbestanden "
                                                 "eindigen op .yml"))
            continue
        loaded, source, file_problems = load_file(path, model, with_id=True)
        problems += file_problems
        if source.data is not None:
            sources.append(source)
        if loaded is not None:
            records[loaded.record.id] = loaded
    return records, sources, problems


def _data_path(data: object, loc: tuple) -> tuple:
    """Drop the union tags pydantic puts in a location (blokken.0.tabel.rijen -> blokken.0.rijen)."""
    path, here = [], data
    for part in loc:
        if isinstance(here, dict) and part not in here and here.get("soort") == part:
            continue
        path.append(part)
        if isinstance(here, dict):
            here = here.get(part)
        elif isinstance(here, list) and isinstance(part, int) and part < len(here):
            here = here[part]
        else:
            here = None
    return tuple(path)
