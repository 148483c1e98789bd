"""Build the DiWoo metadata record of one document from the ledger and the settings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from schemas.diwoo import DiWoo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
VASTSTELLING = "https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76"
ONTVANGST = "https://identifier.overheid.nl/tooi/def/thes/kern/c_dfcee535"
INGEKOMEN_STUKKEN = "https://identifier.overheid.nl/tooi/def/thes/kern/c_8c840238"
DUTCH = "http://publications.europa.eu/resource/authority/language/NLD"
PDF = "http://publications.europa.eu/resource/authority/file-type/PDF"


def _creation_date(metadata: dict[str, Any]) -> date | None:
    raw = metadata.get("creatiedatum")
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw[:10])
        except ValueError:
            return None
    return None


def build_diwoo(
    *,
    document: Any,
    categories: Sequence[str],
    settings: Any,
    harvested_at: datetime | None = None,
) -> DiWoo:
    """The DiWoo record for `document` (a ledger Document) in the given category URIs.

    Raises pydantic's ValidationError (Dutch messages) when the result would not be valid.
    """
    organisation = {"resource": settings.organisatie.uri}  # label comes from the TOOI list
    created = _creation_date(document.source_metadata or {})
    moment = (
        datetime.combine(created, time(0, 0), tzinfo=AMSTERDAM)
        if created
        else (harvested_at or document.created_at)
    )
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=AMSTERDAM)
    handeling = ONTVANGST if categories and categories[0] == INGEKOMEN_STUKKEN else VASTSTELLING
    return DiWoo.model_validate(
        {
            "identifiers": [document.public_id],
            "publisher": organisation,
            "verantwoordelijke": organisation,
            "opsteller": organisation,
            "titelcollectie": {"officieleTitel": document.title},
            "classificatiecollectie": {
                "informatiecategorieen": [{"resource": uri} for uri in categories]
            },
            "creatiedatum": created,
            "language": {"resource": DUTCH},
            "format": {"resource": PDF},
            "documenthandelingen": [
                {
                    "soortHandeling": {"resource": handeling},
                    "atTime": moment,
                    "wasAssociatedWith": organisation,
                }
            ],
        }
    )
