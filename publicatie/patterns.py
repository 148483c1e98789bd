"""Rule detectors for addresses, dates of birth, licence plates, travel documents, KvK numbers
and special personal data (art. 5.1.1d Woo). Each returns (start, end, type, action, reason)."""

from __future__ import annotations

import re

__all__ = [
    "Hit",
    "find_addresses",
    "find_dob",
    "find_documents",
    "find_kenteken",
    "find_kvk",
    "find_special",
]

Hit = tuple[int, int, str, str, str]

_STREET_SUFFIX = (
    r"(?:straat|laan|weg|plein|kade|gracht|singel|dijk|pad|hof|dreef|park|steeg|markt|erf|"
    r"veld|baan|allee|boulevard|wal|burg|polder|zijde|dam|hoek|akker|wetering|vaart|tuin|"
    r"wei|gaarde|hout|donk|ring|straatweg|kwartier|plantsoen|boog|horst)"
)
_HOUSE_NUMBER = r"\d{1,5}(?:\s?[a-zA-Z](?![a-zA-Z])|-\d{1,4}|\s?(?:bis|hs|rd|I{1,3}))?"
_STREET = re.compile(
    r"(?<![\w-])(?P<street>(?:(?:Laan|Lange|Korte|Oude|Nieuwe|Burgemeester|Van|De|Sint|St\.|"
    r"Prins|Prinses|Koning|Koningin|Dokter|Dr\.)\s+(?:(?:van|de|der|den|het|te|ten|ter)\s+)*)?"
    rf"[A-Z][\w'-]*{_STREET_SUFFIX}|Laan\s+(?:van|der|de)\s+(?:\w+\s+)?[A-Z][\w-]+"
    rf"|[A-Z][\w-]+\s+{_STREET_SUFFIX.replace('(?:', '(?:', 1)})"
    rf"\s+(?P<number>{_HOUSE_NUMBER})(?![\d,.:]\d|\w)"
)
_POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\w-])")
_NUMBER_AFTER = re.compile(r"[ ,]+(?:huisnummer\s+)?\d{1,5}(?![\d-])")
_POSTBUS_BEFORE = re.compile(r"(?:Postbus|Antwoordnummer)\s+\d{1,6},?\s*$", re.IGNORECASE)
_DATE = (
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|\d{1,2}\s+(?:januari|februari|maart|april|mei|"
    r"juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|"
    r"okt|nov|dec)\.?\s+(?:19|20)\d{2})"
)
_DOB = re.compile(
    rf"(?:geboren\s+(?:op\s+)?|geboortedatum\s*:?\s*|geb\.\s*|geboren\s+te\s+\w+\s+op\s+)"
    rf"(?P<date>{_DATE})",
    re.IGNORECASE,
)
# Dutch licence-plate side codes 1-14 (letters L, digits 9).
_SIDE_CODES = [
    "LL-99-99",
    "99-99-LL",
    "99-LL-99",
    "LL-99-LL",
    "LL-LL-99",
    "99-LL-LL",
    "99-LLL-9",
    "9-LLL-99",
    "LL-999-L",
    "L-999-LL",
    "LLL-99-L",
    "L-99-LLL",
    "9-LL-999",
    "999-LL-9",
]
_PLATE_LETTER = "[BDFGHJKLMNPRSTVXZ]"
_KENTEKEN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(code.replace("L", _PLATE_LETTER).replace("9", r"\d") for code in _SIDE_CODES)
    + r")(?![\w-])"
)
_DOCUMENT_CONTEXT = re.compile(
    r"(?:paspoort|identiteitskaart|id-kaart|identiteitsbewijs|documentnummer|rijbewijs|"
    r"verblijfsdocument)[^\n]{0,40}$",
    re.IGNORECASE,
)
_DOCUMENT_NUMBER = re.compile(
    r"(?<![\w-])[A-NP-Z]{2}[A-NP-Z0-9]{6}\d(?![\w-])|(?<![\w-])\d{10}(?!\w)"
)
_KVK = re.compile(
    r"(?:KvK|Kamer van Koophandel)[\w\s.:-]{0,20}?(?P<number>\d{8})(?!\d)", re.IGNORECASE
)
_SPECIAL = {
    "gezondheid": (
        r"lijdt aan|leed aan|gediagnosticeerd|diagnose|ziektebeeld|chronisch ziek|"
        r"opgenomen in (?:het|een) (?:ziekenhuis|psychiatrisch)|psychische (?:klachten|problemen)|"
        r"psychiatrisch|depressie|depressief|burn-?out|verslaafd|verslaving|zwanger|"
        r"arbeidsongeschikt|medische (?:klachten|gegevens|situatie|verklaring|indicatie)|"
        r"ggz-behandeling|ziekteverzuim|hiv|kanker|dementie|autisme|adhd"
    ),
    "religie": (
        r"religieuze overtuiging|(?:zijn|haar|hun) geloof|moslim|islamitisch|katholiek|"
        r"protestants|joods|hindoe|boeddhist"
    ),
    "strafrechtelijk": (
        r"strafblad|strafrechtelijk verleden|veroordeeld|veroordeling|gedetineerd|detentie|"
        r"proces-verbaal tegen|justitiële documentatie|vog (?:is )?geweigerd|taakstraf"
    ),
    "etniciteit": r"etnische afkomst|etniciteit|ras of etnische|huidskleur",
    "seksuele geaardheid": r"seksuele geaardheid|homoseksueel|lesbisch|biseksueel|transgender",
    "politiek/vakbond": r"lid van de vakbond|vakbondslidmaatschap|politieke voorkeur",
    "biometrie/genetica": r"genetische gegevens|biometrische gegevens|vingerafdruk",
}
_SPECIAL_RE = {
    kind: re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
    for kind, words in _SPECIAL.items()
}


def find_addresses(text: str) -> list[Hit]:
    """Street + house number, and the postcode that belongs to it (or to a house number).

    A postcode on its own, or that of a Postbus or Antwoordnummer, is not a home address.
    """
    hits: list[Hit] = []
    street_ends = []
    for match in _STREET.finditer(text):
        hits.append(
            (match.start(), match.end(), "address", "redact", "Straat met huisnummer (woonadres).")
        )
        street_ends.append(match.end())
    for match in _POSTCODE.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        if _POSTBUS_BEFORE.search(before):
            reason = "Postcode van een postbus of antwoordnummer, geen woonadres."
            hits.append((match.start(), match.end(), "postcode", "keep", reason))
            continue
        near_street = any(
            0 <= match.start() - end <= 4 and not text[end : match.start()].strip(" ,\n")
            for end in street_ends
        )
        if near_street or _NUMBER_AFTER.match(text, match.end()):
            reason = "Postcode bij een huisnummer (woonadres)."
            hits.append((match.start(), match.end(), "postcode", "redact", reason))
        else:
            reason = "Postcode zonder huisnummer; geen woonadres."
            hits.append((match.start(), match.end(), "postcode", "keep", reason))
    return hits


def find_dob(text: str) -> list[Hit]:
    """Dates introduced as a date of birth; ordinary dates stay visible."""
    return [
        (m.start("date"), m.end("date"), "dob", "redact", "Geboortedatum.")
        for m in _DOB.finditer(text)
    ]


def find_kenteken(text: str) -> list[Hit]:
    return [
        (m.start(), m.end(), "kenteken", "redact", "Kenteken (herleidbaar tot de houder).")
        for m in _KENTEKEN.finditer(text)
    ]


def find_documents(text: str) -> list[Hit]:
    """Passport, ID-card and driving-licence numbers, only after a word that names the document."""
    hits: list[Hit] = []
    for match in _DOCUMENT_NUMBER.finditer(text):
        if _DOCUMENT_CONTEXT.search(text[max(0, match.start() - 60) : match.start()]):
            hits.append(
                (
                    match.start(),
                    match.end(),
                    "document_number",
                    "redact",
                    "Nummer van een paspoort, identiteitskaart of rijbewijs.",
                )
            )
    return hits


def find_kvk(text: str) -> list[Hit]:
    return [
        (
            m.start("number"),
            m.end("number"),
            "kvk",
            "keep",
            "KvK-nummer van een onderneming; geen persoonsgegeven.",
        )
        for m in _KVK.finditer(text)
    ]


def find_special(text: str) -> list[Hit]:
    """Phrases that reveal special personal data (art. 5.1.1d Woo): always reviewed by a person."""
    hits: list[Hit] = []
    for kind, pattern in _SPECIAL_RE.items():
        for match in pattern.finditer(text):
            hits.append(
                (
                    match.start(),
                    match.end(),
                    "special",
                    "redact",
                    f"Bijzonder persoonsgegeven ({kind}); beoordeling nodig.",
                )
            )
    return hits
