"""Phrases that reveal a person's family life: domestic violence they suffered or were reported
for, a parent put out of parental authority, a divorce named as their own.

Like debts (see `publicatie.debts`) these are no special personal data in the sense of art. 9
AVG, but they touch private life as closely (ground 5.1.2e). "Huiselijk geweld" and "scheiding"
are also policy topics (a municipality funds Veilig Thuis and the vrouwenopvang, and collects
waste "na scheiding"), so they are matched only in a personal frame: "na het huiselijk geweld",
"slachtoffer van huiselijk geweld", "sinds haar scheiding", "uit het ouderlijk gezag ontzet".
"""

from __future__ import annotations

import re

from publicatie.patterns import Hit

__all__ = ["find_family_life"]

_PARENTAL_AUTHORITY = r"(?:het\s+)?(?:ouderlijk\s+)?gezag"
_FAMILY_LIFE = re.compile(
    r"(?<![\w-])(?:"
    # domestic violence as something that happened to someone: "na het huiselijk geweld",
    # "slachtoffer van huiselijk geweld", "eerder een melding van huiselijk geweld tussen beiden"
    # (not the policy's "aanpak huiselijk geweld", "meldingen van huiselijk geweld")
    r"(?:na|sinds|door|vanwege|wegens|i\.v\.m\.)\s+(?:het\s+)?huiselijk\s+geweld"
    r"|slachtoffer\s+(?:geworden\s+)?van\s+huiselijk\s+geweld"
    r"|(?:een|eerder\s+een|de)\s+melding\s+(?:van\s+)?huiselijk\s+geweld\s+"
    r"(?:tussen|bij|door|tegen|op\s+het\s+adres)"
    # a parent put out of parental authority: "vader uit ouderlijk gezag ontzet"
    rf"|uit\s+{_PARENTAL_AUTHORITY}\s+ontzet"
    rf"|ontzet\s+uit\s+{_PARENTAL_AUTHORITY}"
    rf"|ontzetting\s+uit\s+{_PARENTAL_AUTHORITY}"
    # a divorce of one's own: "sinds haar scheiding", "na de scheiding van de ouders"
    # (not waste or duties: "na scheiding van het afval", "na de scheiding van taken")
    r"|(?:sinds|na|vanwege|door)\s+(?:zijn|haar|hun|mijn)\s+(?:echt)?scheiding"
    r"|(?:sinds|na|vanwege|door)\s+de\s+(?:echt)?scheiding\s+van\s+"
    r"(?:de\s+ouders|zijn\s+ouders|haar\s+ouders|zijn\s+vrouw|haar\s+man)"
    # ... under way: "hij en zijn vrouw liggen in scheiding", "zit midden in een echtscheiding"
    r"|(?:ligt|liggen|lag|lagen)\s+in\s+(?:een\s+)?(?:echt)?scheiding"
    r"|(?:zit|zitten|zat|zaten)\s+(?:midden\s+)?in\s+een\s+(?:echt)?scheiding"
    r")(?![\w-])",
    re.IGNORECASE,
)


def find_family_life(text: str) -> list[Hit]:
    """A person's family life, in a personal frame: redacted on ground 5.1.2e."""
    return [
        (
            m.start(),
            m.end(),
            "family",
            "redact",
            "Gezinsleven van een persoon (huiselijk geweld, gezag, scheiding).",
        )
        for m in _FAMILY_LIFE.finditer(text)
    ]
