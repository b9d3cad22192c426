"""Pydantic models of the site's records; field names are the Dutch YAML keys."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError


class Record(BaseModel):
    # strict: "5" is no number and 5 is no text; frozen: records never change after loading.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


Tekst = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
# Step numbers are checked against data/stappen.yml by the registry, with the choices.
StapNummer = int
Jaar = Annotated[int, Field(ge=1900, le=2100)]


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in value:
        raise PydanticCustomError("kw_url", "'{url}' is geen http(s)-URL", {"url": value})
    return value


Url = Annotated[str, AfterValidator(_http_url)]


class Thema(Record):
    id: Id
    naam: Tekst
    pagina: Tekst
    kort: Tekst


class Stap(Record):
    nummer: StapNummer
    titel: Tekst
    pagina: Tekst
    soort: Literal["strategisch", "operationeel"]


class Themas(Record):
    themas: Annotated[list[Thema], Field(min_length=1)]


class Stappen(Record):
    stappen: Annotated[list[Stap], Field(min_length=1)]


class ChecklistItem(Record):
    id: Id
    tekst: Tekst
    hint: Tekst | None = None


class Checklist(Record):
    id: Id
    titel: Tekst
    stap: StapNummer | None = None
    thema: Id | None = None
    intro: Tekst
    items: Annotated[list[ChecklistItem], Field(min_length=1)]


class Bron(Record):
    url: Url
    titel: Tekst


Provincie = Literal["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant",
                    "West-Vlaanderen", "Brussel", "Vlaanderen"]
SoortKern = Literal["stadskern", "dorpskern", "winkelstraat", "deelkern", "meerdere kernen"]
Status = Literal["idee", "pilot", "structureel", "stopgezet"]


class Voorbeeld(Record):
    id: Id
    titel: Tekst
    gemeente: Tekst
    provincie: Provincie
    soort_kern: SoortKern
    startjaar: Jaar | None = None
    eindjaar: Jaar | None = None
    themas: Annotated[list[Id], Field(min_length=1)]
    stappen: list[StapNummer] = []
    actoren: Annotated[list[Tekst], Field(min_length=1)]
    status: Status
    samenvatting: Tekst
    aanpak: Tekst
    resultaten: Tekst
    kosten: Tekst | None = None
    overnemen: Annotated[list[Tekst], Field(min_length=1)]
    valkuilen: list[Tekst] = []
    bronnen: Annotated[list[Bron], Field(min_length=1)]
    laatst_gecontroleerd: dt.date


class VeldenBlok(Record):
    soort: Literal["velden"]
    titel: Tekst
    velden: Annotated[list[Tekst], Field(min_length=1, max_length=12)]


class TabelBlok(Record):
    soort: Literal["tabel"]
    titel: Tekst
    kolommen: Annotated[list[Tekst], Field(min_length=1, max_length=6)]
    rijen: Annotated[int, Field(ge=1, le=20)]
    eerste_kolom: list[Tekst] | None = None


class Vak(Record):
    titel: Tekst
    tekst: Tekst


class RasterBlok(Record):
    soort: Literal["raster"]
    titel: Tekst
    horizontaal: Tekst
    verticaal: Tekst
    vakken: Annotated[list[Vak], Field(min_length=4, max_length=4)]


class TekstBlok(Record):
    soort: Literal["tekst"]
    titel: Tekst
    alineas: Annotated[list[Tekst], Field(min_length=1)]


Blok = Annotated[VeldenBlok | TabelBlok | RasterBlok | TekstBlok, Field(discriminator="soort")]


class Sjabloon(Record):
    """A fill-in template (invulsjabloon): blocks of fields, tables, a grid or fixed text."""

    id: Id
    titel: Tekst
    doel: Tekst
    stappen: list[StapNummer] = []
    themas: list[Id] = []
    instrument: Tekst | None = None
    instructie: Annotated[list[Tekst], Field(min_length=1, max_length=8)]
    blokken: Annotated[list[Blok], Field(min_length=1, max_length=24)]


class ZoekMeta(Record):
    boost: Annotated[float, Field(gt=0, le=10)] | Annotated[int, Field(gt=0, le=10)] = 1
    exclude: bool = False


class PaginaMeta(Record):
    """The front matter of a Markdown page."""

    title: Tekst
    description: Annotated[Tekst, StringConstraints(max_length=200)]
    tags: list[Tekst] = []
    hide: list[Literal["navigation", "toc", "footer", "tags"]] = []
    search: ZoekMeta | None = None
