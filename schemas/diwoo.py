"""DiWoo 0.9.8 metadata as Pydantic models, stricter than the XSD.

Field names mirror the DiWoo element names. Every coded value (organisation, informatiecategorie,
soortHandeling, documentsoort, thema, taal, bestandsformaat, reden) must carry a TOOI/EU `resource`
URI from the value list that ships in `schemas/data/`; the label is taken from that list (filled in
when omitted, refused when different). The XSD itself requires neither, but the Woo-index needs
both. Dates follow the XSD: `creatiedatum` is a date, `atTime` and `geldigheid` are timezone-aware
datetimes. Serialise with `publicatie.diwoo_xml`.
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, model_validator

DATA_DIR = Path(__file__).resolve().parent / "data"

# value list name -> CSV file in schemas/data (copied from the TOOI lists in shared/standards/tooi)
WAARDELIJSTEN: dict[str, str] = {
    "organisaties": "organisaties_diwoo_0.9.8.csv",
    "informatiecategorieen": "informatiecategorieen.csv",
    "documentsoorten": "documentsoorten.csv",
    "themas": "themas_toplijst.csv",
    "talen": "talen.csv",
    "bestandsformaten": "bestandsformaten.csv",
    "documenthandelingen": "documenthandelingen.csv",
    "redenen_verwijdering_vervanging": "redenen_verwijdering_vervanging.csv",
}

_MAX_OFFSET = timedelta(hours=14)


@cache
def _rows(lijst: str) -> tuple[dict[str, str], ...]:
    with (DATA_DIR / WAARDELIJSTEN[lijst]).open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@cache
def waardelijst(lijst: str) -> dict[str, str]:
    """URI -> label for one value list (see WAARDELIJSTEN for the names)."""
    return {row["uri"]: row["label"] for row in _rows(lijst)}


@cache
def informatiecategorie_codes() -> dict[str, str]:
    """Informatiecategorie URI -> `infocatNNN` sitemap code ('' for art. 3.1)."""
    return {row["uri"]: row["sitemapindex_code"] for row in _rows("informatiecategorieen")}


# --- simple types -------------------------------------------------------------------------------


def _xml_text(value: str) -> str:
    if not value.strip():
        raise ValueError("tekst mag niet leeg zijn")
    for char in value:
        code = ord(char)
        if (code < 0x20 and char not in "\t\n\r") or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            raise ValueError(f"tekst bevat een teken dat niet in XML mag (U+{code:04X})")
        if code in (0xFFFE, 0xFFFF):
            raise ValueError(f"tekst bevat een teken dat niet in XML mag (U+{code:04X})")
    return value


def _strict_date(value: Any) -> Any:
    if isinstance(value, datetime):
        raise ValueError("verwacht een datum zonder tijd (xs:date), geen datum-tijd")
    if isinstance(value, str) and "T" in value:
        raise ValueError("verwacht een datum zonder tijd (xs:date), geen datum-tijd")
    return value


def _aware_datetime(value: Any) -> datetime:
    if isinstance(value, str):
        if "T" not in value:
            raise ValueError("een losse datum is hier ongeldig: geef datum, tijd en tijdzone")
        try:
            value = datetime.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"ongeldige datum-tijd: {value!r}") from exc
    if isinstance(value, date) and not isinstance(value, datetime):
        raise ValueError("een losse datum is hier ongeldig: geef datum, tijd en tijdzone")
    if not isinstance(value, datetime):
        raise ValueError("verwacht een datum-tijd met tijdzone")
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("datum-tijd zonder tijdzone is ongeldig: geef een tijdzone op")
    if abs(offset) > _MAX_OFFSET or offset.total_seconds() % 60:
        # xs:dateTime offsets are whole minutes within ±14:00; old local mean time (Amsterdam
        # before 1940: +00:19:32) is not, so such moments are written in UTC instead.
        return value.astimezone(UTC)
    # A fixed offset keeps the instant and wall time, and drops DST folds (which make equal
    # instants compare unequal across zones).
    return value.replace(tzinfo=timezone(offset), fold=0)


Tekst = Annotated[str, AfterValidator(_xml_text)]
Datum = Annotated[date, BeforeValidator(_strict_date)]
DatumTijd = Annotated[datetime, BeforeValidator(_aware_datetime)]


def _no_duplicates(values: list[Any], what: str) -> None:
    if len(set(values)) != len(values):
        raise ValueError(f"{what} komt dubbel voor")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- coded values -------------------------------------------------------------------------------


class Waarde(_Model):
    """A value from a TOOI/EU value list: `<diwoo:x resource="URI">label</diwoo:x>`."""

    lijst: ClassVar[str]
    naam: ClassVar[str]

    resource: str
    label: str

    @model_validator(mode="before")
    @classmethod
    def _from_list(cls, data: Any) -> Any:
        if isinstance(data, str):
            data = {"resource": data}
        if not isinstance(data, dict):
            return data
        resource = data.get("resource")
        if not isinstance(resource, str) or not resource.strip():
            raise ValueError(f"{cls.naam}: resource (URI uit de waardelijst) is verplicht")
        expected = waardelijst(cls.lijst).get(resource)
        if expected is None:
            raise ValueError(f"{cls.naam}: {resource!r} staat niet in de waardelijst {cls.lijst}")
        label = data.get("label")
        if label is None:
            return {**data, "label": expected}
        if label != expected:
            raise ValueError(
                f"{cls.naam}: label {label!r} hoort niet bij {resource}; verwacht {expected!r}"
            )
        return data


class Organisatie(Waarde):
    lijst = "organisaties"
    naam = "organisatie"


class Informatiecategorie(Waarde):
    lijst = "informatiecategorieen"
    naam = "informatiecategorie"

    @property
    def code(self) -> str:
        """`infocatNNN` for the Woo-index sitemap index, '' for art. 3.1."""
        return informatiecategorie_codes()[self.resource]


class Documentsoort(Waarde):
    lijst = "documentsoorten"
    naam = "documentsoort"


class Thema(Waarde):
    lijst = "themas"
    naam = "thema"


class Taal(Waarde):
    lijst = "talen"
    naam = "taal"


class Bestandsformaat(Waarde):
    lijst = "bestandsformaten"
    naam = "bestandsformaat"


class SoortHandeling(Waarde):
    lijst = "documenthandelingen"
    naam = "soortHandeling"


class RedenVerwijderingVervanging(Waarde):
    lijst = "redenen_verwijdering_vervanging"
    naam = "redenVerwijderingVervanging"


# --- composite elements -------------------------------------------------------------------------


class Documentverwijzing(_Model):
    """Reference to another document (isPartOf, hasPart): free label, optional identifier."""

    resource: Tekst | None = None
    label: Tekst


class Titelcollectie(_Model):
    officieleTitel: Tekst
    verkorteTitels: list[Tekst] = []
    alternatieveTitels: list[Tekst] = []


class Classificatiecollectie(_Model):
    informatiecategorieen: list[Informatiecategorie]
    documentsoorten: list[Documentsoort] = []
    themas: list[Thema] = []
    trefwoorden: list[Tekst] = []

    @model_validator(mode="after")
    def _check(self) -> Classificatiecollectie:
        if not self.informatiecategorieen:
            raise ValueError("minstens één informatiecategorie is verplicht")
        _no_duplicates([c.resource for c in self.informatiecategorieen], "informatiecategorie")
        _no_duplicates([d.resource for d in self.documentsoorten], "documentsoort")
        _no_duplicates([t.resource for t in self.themas], "thema")
        return self


class Geldigheid(_Model):
    begindatum: DatumTijd | None = None
    einddatum: DatumTijd | None = None

    @model_validator(mode="after")
    def _check(self) -> Geldigheid:
        if self.begindatum is None and self.einddatum is None:
            raise ValueError("geldigheid zonder begindatum en einddatum is leeg")
        if self.begindatum and self.einddatum and self.einddatum < self.begindatum:
            raise ValueError("einddatum van de geldigheid ligt vóór de begindatum")
        return self


class Documenthandeling(_Model):
    soortHandeling: SoortHandeling
    atTime: DatumTijd
    wasAssociatedWith: Organisatie | None = None


class DiWoo(_Model):
    """The `diwoo:DiWoo` element: metadata of one published document."""

    identifiers: list[Tekst] = []
    publisher: Organisatie
    verantwoordelijke: Organisatie | None = None
    medeverantwoordelijken: list[Organisatie] = []
    opsteller: Organisatie | None = None
    naamOpsteller: Tekst | None = None
    titelcollectie: Titelcollectie
    omschrijvingen: list[Tekst] = []
    classificatiecollectie: Classificatiecollectie
    creatiedatum: Datum | None = None
    geldigheid: Geldigheid | None = None
    language: Taal | None = None
    format: Bestandsformaat | None = None
    aggregatiekenmerk: Tekst | None = None
    isPartOf: Documentverwijzing | None = None
    hasParts: list[Documentverwijzing] = []
    documenthandelingen: list[Documenthandeling]
    redenVerwijderingVervanging: RedenVerwijderingVervanging | None = None

    @model_validator(mode="after")
    def _check(self) -> DiWoo:
        if not self.documenthandelingen:
            raise ValueError("minstens één documenthandeling is verplicht")
        return self

    @property
    def informatiecategorie_codes(self) -> list[str]:
        """The `infocatNNN` codes of this document's categories, in order ('' for art. 3.1)."""
        return [c.code for c in self.classificatiecollectie.informatiecategorieen]
