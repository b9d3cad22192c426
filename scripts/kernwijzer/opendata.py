"""The examples as open data: JSON and CSV with one stable list of fields."""

from __future__ import annotations

import csv
import io
import json

from .models import Voorbeeld
from .registry import Registry

# The order and names are a promise to re-users: add fields at the end, never rename.
FIELDS = ["id", "titel", "gemeente", "provincie", "soort_kern", "startjaar", "eindjaar",
          "themas", "stappen", "actoren", "status", "samenvatting", "aanpak", "resultaten",
          "kosten", "overnemen", "valkuilen", "bronnen", "laatst_gecontroleerd", "pagina"]
LIST_SEPARATOR = " | "


def record(voorbeeld: Voorbeeld, site_url: str) -> dict:
    data = voorbeeld.model_dump(mode="json")
    data["bronnen"] = [bron["url"] for bron in data["bronnen"]]
    data["pagina"] = f"{site_url.rstrip('/')}/voorbeelden/{voorbeeld.id}/"
    return {field: data.get(field) for field in FIELDS}


def records(registry: Registry, site_url: str) -> list[dict]:
    return [record(v, site_url) for v in sorted(registry.voorbeelden.values(), key=lambda v: v.id)]


def as_json(registry: Registry, site_url: str) -> bytes:
    document = {"velden": FIELDS, "voorbeelden": records(registry, site_url)}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def as_csv(registry: Registry, site_url: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for row in records(registry, site_url):
        writer.writerow({key: LIST_SEPARATOR.join(map(str, value)) if isinstance(value, list)
                         else ("" if value is None else value) for key, value in row.items()})
    # A byte order mark lets Excel open the file as UTF-8 (ë, é, €).
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def files(registry: Registry, site_url: str) -> list[tuple[str, str, bytes]]:
    """(label, site path, content) of each open data file."""
    return [("JSON", "downloads/voorbeelden.json", as_json(registry, site_url)),
            ("CSV", "downloads/voorbeelden.csv", as_csv(registry, site_url))]
