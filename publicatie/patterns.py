"""Rule detectors for addresses, dates of birth, licence plates, travel documents, KvK numbers
and special personal data (art. 5.1.1d Woo). Each returns (start, end, type, action, reason).

`find_table_cells` reads plain-text tables ("| Naam | Geb.datum |" with a "|---|" separator row)
so that a column's header says what its cells hold, also when a PDF page has been flattened to
one line.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from importlib import resources

__all__ = [
    "Hit",
    "find_addresses",
    "find_dob",
    "find_documents",
    "find_kenteken",
    "find_kvk",
    "find_special",
    "find_table_cells",
    "places",
]

Hit = tuple[int, int, str, str, str]
StreetLookup = Callable[[list[str]], bool]
"""Whether a list of words is a known street name (deduce's street list, when loaded)."""


@functools.cache
def places() -> frozenset[str]:
    """Municipality and place names, lower case."""
    lines = resources.files("publicatie").joinpath("data/plaatsnamen.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in lines.splitlines() if line and not line.startswith("#")
    )


_STREET_SUFFIX = (
    r"(?:straat|laan|weg|plein|kade|gracht|singel|dijk|pad|hof|dreef|park|steeg|markt|erf|"
    r"veld|baan|allee|boulevard|wal|burg|polder|zijde|dam|hoek|akker|wetering|vaart|tuin|"
    r"wei|gaarde|hout|donk|ring|straatweg|kwartier|plantsoen|boog|horst|vest|haven|sloot|"
    r"gang|schans)"
)
# Additions after the number: "14a", "112-B", "23-III", "15a bis", "12 rd", "342 zwart", "41-2".
_ADDITION = r"(?:bis|hs|rd|zw|zwart|rood|boven|beneden|huis|III|II|IV|[A-Za-z])"
_HOUSE_NUMBER = (
    rf"\d{{1,5}}(?:[ ]?-[ ]?(?:{_ADDITION}|\d{{1,4}})(?![A-Za-z\d])"
    rf"|[ ]?{_ADDITION}(?![A-Za-z\d])){{0,2}}"
)
_STREET_PREFIX = (
    r"(?:Laan|Lange|Korte|Oude|Nieuwe|Burgemeester|Van|De|Sint|St\.|Prins|Prinses|Koning|"
    r"Koningin|Dokter|Dr\.|Graaf|Gravin|Hertog|Hertogin|Jonkheer|Jhr\.|Admiraal|Generaal|"
    r"Kapitein|Pastoor|Pater|Kardinaal|President|Professor|Prof\.|Mr\.|Ir\.|Kon\.|Wethouder)"
)
_PARTICLES_LOWER = r"(?:van|de|der|den|het|te|ten|ter)"
_STREET = re.compile(
    r"(?<![\w-])(?P<street>(?:\d{1,2}e\s+)?"
    rf"(?:(?:{_STREET_PREFIX}\s+(?:{_PARTICLES_LOWER}\s+)*){{1,3}})?"
    # a street named after a person: "Hugo de Grootstraat", "Willem van Oranjelaan"
    r"(?:(?!(?:Bewoners?|Meneer|Mevrouw|Familie|Hoek|Bij|Naar|Vanaf|Tot|Aan|Op|In)\s)"
    r"[A-Z][a-z]+\s+(?:van\s+(?:de|der|den)\s+|de\s+|ter\s+|ten\s+))?"
    rf"[A-Z][\w'-]*{_STREET_SUFFIX}|Laan\s+(?:van|der|de)\s+(?:\w+\s+)?[A-Z][\w-]+"
    rf"|[A-Z][\w-]+\s+{_STREET_SUFFIX}"
    # "Kleine Noord 46", "Oude Vest 12": a prefix word and a name without a street suffix.
    r"|(?:Oude|Nieuwe|Lange|Korte|Kleine|Grote|Hoge|Lage|Achter|Binnen|Buiten)\s+[A-Z][a-z]+"
    # "Singel 346", "Markt 12": a street suffix used as the whole name.
    r"|(?:Singel|Markt|Dam|Vest|Gracht|Kade|Dijk|Wal|Brink|Haven|Plein|Boulevard))"
    rf"\s+(?P<number>{_HOUSE_NUMBER})(?![\d,.:]\d|\w)"
)
# Words followed by a house number, to look up in a list of known street names.
_WORDS_NUMBER = re.compile(
    r"(?<![\w-])(?P<street>[A-Z][\w'-]*(?:[ ](?:[a-z]{1,3}[ ])*[A-Z][\w'-]*){0,3})"
    rf"[ ](?P<number>{_HOUSE_NUMBER})(?![\d,.:]\d|\w)"
)
# "sectie K, nummer 4418": a cadastral parcel points to its owner.
_CADASTRAL = re.compile(
    r"(?<![\w-])(?i:sectie)\s+[A-Z]{1,2},?\s+(?i:nummer|nr\.?|perceel(?:nummer)?)\s*\d{1,6}"
    r"(?:\s*[A-Z]\d{1,4})?(?!\w)"
)
# Between a street and its postcode: a comma, a line break, or a form label ("Postcode:").
_ADDRESS_GAP = re.compile(r"^[ \t,]*\n?[ \t]*(?:[A-Za-z][\w/ -]{0,25}:[ \t]*)?$")
_CAPS_WORD = re.compile(r"\b[A-ZÀ-Þ][A-ZÀ-Þ'-]+\b")
_POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\w-])")
_NUMBER_AFTER = re.compile(r"[ ,]+(?:huisnummer\s+)?\d{1,5}(?![\d-])")
_POSTBUS_BEFORE = re.compile(r"(?:Postbus|Antwoordnummer)\s+\d{1,6},?\s*$", re.IGNORECASE)
_DATE = (
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|\d{1,2}\s+(?:januari|februari|maart|april|mei|"
    r"juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|"
    r"okt|nov|dec)\.?\s+(?:19|20)\d{2})"
)
_DOB = re.compile(
    # "geboren op", "geboren te Leiden op", "Geboren:", "geb.", "geb.datum",
    # "Geboortedatum eigenaar:", "mijn geboortedatum is"
    r"(?:geboren(?:\s+te\s+[\w'-]+)?(?:\s+op)?|geboortedatum(?:\s+[a-z]+)?(?:\s+is)?"
    rf"|geb\.(?:\s*datum)?)\s*:?\s*(?P<date>{_DATE})",
    re.IGNORECASE,
)
_DATE_RE = re.compile(_DATE, re.IGNORECASE)
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
# A sole trader (eenmanszaak) is a natural person: the KvK number then identifies that person.
_SOLE_TRADER = re.compile(
    r"eenmanszaak|h\.o\.d\.n\.|handelend onder de naam|\bzzp(?:'er)?\b|"
    r"zelfstandige zonder personeel",
    re.IGNORECASE,
)
_SPECIAL = {
    "gezondheid": (
        r"lijdt aan|leed aan|gediagnosticeerd|diagnose|ziektebeeld|chronisch ziek|ernstig ziek|"
        r"terminaal ziek|langdurig ziek|ziek gemeld|ziekgemeld|ziekte van (?-i:[A-Z])\w+|"
        r"opgenomen in (?:het|een) (?:ziekenhuis|"
        r"psychiatrisch)|psychische (?:klachten|problemen)|psychiatrisch|psychose|depressie|"
        r"depressief|burn-?out|verslaafd|verslaving|verslavingszorg|alcoholisme|zwanger|"
        r"zwangerschap|zwangerschapsverlof|bevallingsverlof|miskraam|arbeidsongeschikt|"
        r"medische (?:klachten|gegevens|situatie|verklaring|indicatie|redenen)|"
        r"gezondheidsklachten|gezondheidsproblemen|ggz-behandeling|ziekteverzuim|hiv|kanker|"
        r"dementie|alzheimer|parkinson|multiple sclerose|epilepsie|diabetes|copd|astma|reuma|"
        r"autisme|adhd|herseninfarct|hartinfarct|beroerte|verlamming|verlamd|slechtziend|blind|"
        r"slechthorend|doof|in een rolstoel|rolstoelgebonden|(?:posttraumatische )?stressstoornis|"
        r"ptss|angststoornis|persoonlijkheidsstoornis|eetstoornis|suïcidaal|zelfmoordpoging|"
        r"heupoperatie|knieoperatie|hartoperatie|geopereerd|medicatie|medicijngebruik|"
        r"longarts|neuroloog|psychiater|psycholoog|oncoloog|cardioloog|reumatoloog|"
        r"revalidatiecentrum|revalidatie|fysiotherapie|fysiotherapeut|ergotherapie|logopedie|"
        r"chemotherapie|bestraling|dialyse|valrisico|tandheelkundige (?:zorg|behandeling)|"
        r"medisch noodzakelijk|medische noodzaak|gehandicaptenparkeerkaart|gehandicapt|"
        r"lichamelijke beperking|verstandelijke beperking"
    ),
    "religie": (
        r"religieuze overtuiging|(?:zijn|haar|hun|het) geloof|gelovig|moslim|islamitisch|"
        r"katholiek|rooms-katholiek|protestants|gereformeerd|gereformeerde|hervormd|hervormde|"
        r"joods|hindoe|boeddhist|jehova|moskee|synagoge|kerkgenootschap"
    ),
    "strafrechtelijk": (
        r"strafblad|strafrechtelijk verleden|veroordeeld|veroordeling|gedetineerd|detentie|"
        r"proces-verbaal tegen|justitiële documentatie|vog (?:is )?geweigerd|taakstraf|"
        r"werkstraf|gevangenisstraf|celstraf|voorwaardelijke straf|aangehouden|gearresteerd|"
        r"verdachte|verdacht van|reclassering"
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


def find_addresses(text: str, known_street: StreetLookup | None = None) -> list[Hit]:
    """Street + house number, and the postcode that belongs to it (or to a house number).

    Streets are recognised by their suffix ("-straat", "-laan", ...), by a prefix word ("Oude
    Vest"), also when written in capitals, and, when `known_street` is given, by a list of
    street names ("Dampten 12"). A place name with a number ("Rijnsburg 2024") is not an
    address. A postcode on its own, or that of a Postbus or Antwoordnummer, is not a home
    address. Cadastral parcels ("sectie K, nummer 4418") and cells of an "Adres" column count
    as addresses too.
    """
    hits: list[Hit] = []
    street_ends = []
    taken: list[tuple[int, int]] = []
    reason = "Straat met huisnummer (woonadres)."
    for source in _spellings(text):
        for match in _STREET.finditer(source):
            if _is_place_name(match.group("street")) or _inside(match.span(), taken):
                continue
            hits.append((match.start(), match.end(), "address", "redact", reason))
            taken.append(match.span())
            street_ends.append(match.end())
    if known_street is not None:
        for start, end in _known_streets(text, known_street):
            if not _inside((start, end), taken) and not _overlapping((start, end), taken):
                hits.append((start, end, "address", "redact", reason))
                taken.append((start, end))
                street_ends.append(end)
    for match in _CADASTRAL.finditer(text):
        reason_k = "Kadastrale aanduiding (herleidbaar tot de eigenaar)."
        hits.append((match.start(), match.end(), "address", "redact", reason_k))
    for start, end, kind in find_table_cells(text):
        if kind == "address" and not _overlapping((start, end), taken):
            hits.append((start, end, "address", "redact", "Cel in een kolom 'Adres'."))
            street_ends.append(end)
    for match in _POSTCODE.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        if _POSTBUS_BEFORE.search(before):
            reason = "Postcode van een postbus of antwoordnummer, geen woonadres."
            hits.append((match.start(), match.end(), "postcode", "keep", reason))
            continue
        near_street = any(
            0 <= match.start() - end <= 40 and _ADDRESS_GAP.match(text[end : match.start()])
            for end in street_ends
        )
        if near_street or _NUMBER_AFTER.match(text, match.end()):
            reason = "Postcode bij een huisnummer (woonadres)."
            hits.append((match.start(), match.end(), "postcode", "redact", reason))
        else:
            reason = "Postcode zonder huisnummer; geen woonadres."
            hits.append((match.start(), match.end(), "postcode", "keep", reason))
    return hits


def _spellings(text: str) -> list[str]:
    """The text, plus (when it has words in capitals) a copy with those words capitalised
    ("VAN BOETZELAERSTRAAT" -> "Van Boetzelaerstraat"); same length, so offsets hold."""

    def title(match: re.Match[str]) -> str:
        word = match.group(0)
        fixed = word[0] + word[1:].lower()
        return fixed if len(fixed) == len(word) else word

    capitalised = _CAPS_WORD.sub(title, text)
    return [text] if capitalised == text else [text, capitalised]


def _is_place_name(street: str) -> bool:
    return " ".join(street.split()).lower() in places()


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _overlapping(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def _known_streets(text: str, known_street: StreetLookup) -> list[tuple[int, int]]:
    """Words before a house number that form a known street name (the longest such tail)."""
    found = []
    for match in _WORDS_NUMBER.finditer(text):
        words = list(re.finditer(r"\S+", match.group("street")))
        for k in range(len(words)):
            tokens = [w.group(0) for w in words[k:]]
            if not tokens[0][0].isupper() or not known_street(tokens):
                continue
            if len(tokens) == 1 and (len(tokens[0]) < 6 or tokens[0].lower() in places()):
                break  # a single short word ("Nummer 4", "Blok 2") or a place is too risky
            found.append((match.start("street") + words[k].start(), match.end()))
            break
    return found


_TABLE_HEADERS = {
    "name": re.compile(r"^(?:naam|namen|achternaam|voornamen?|cli[eë]nt|aanvrager)\b", re.I),
    "dob": re.compile(r"^(?:geb\.?\s*datum|geboortedatum|geboren|geb\.)", re.I),
    "address": re.compile(r"^(?:adres|woonadres|straat en huisnummer)\b", re.I),
}
_SEPARATOR_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")


def find_table_cells(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the cells of plain-text tables whose column header names a kind of
    personal data ("Naam", "Geb.datum", "Adres"). A table is a header row of "|"-separated
    cells followed by a separator row ("|---|---|"); rows may run on one line, as in PDF text.
    """
    if text.count("|") < 4:
        return []
    return list(_table_cells(text))


@functools.lru_cache(maxsize=8)  # names, addresses and dates of birth read the same tables
def _table_cells(text: str) -> tuple[tuple[int, int, str], ...]:
    pipes = [i for i, char in enumerate(text) if char == "|"]
    cells = [(a + 1, b) for a, b in itertools.pairwise(pipes) if b - a <= 200]
    found: list[tuple[int, int, str]] = []
    index = 0
    while index < len(cells):
        start, end = cells[index]
        if not _SEPARATOR_CELL.match(text[start:end]):
            index += 1
            continue
        width = 0
        while index + width < len(cells) and _SEPARATOR_CELL.match(
            text[cells[index + width][0] : cells[index + width][1]]
        ):
            width += 1
        header = cells[index - 1 - width : index - 1] if index - 1 - width >= 0 else []
        if len(header) != width:
            index += width
            continue
        kinds = []
        for a, b in header:
            label = text[a:b].strip()
            kinds.append(next((k for k, rx in _TABLE_HEADERS.items() if rx.match(label)), ""))
        row = index + width + 1
        while row + width <= len(cells) and all(
            cells[row + i - 1][1] == cells[row + i][0] - 1 for i in range(width)
        ):
            boundary = text[cells[row - 1][0] : cells[row - 1][1]]
            if boundary.strip() or _SEPARATOR_CELL.match(text[cells[row][0] : cells[row][1]]):
                break
            for i, kind in enumerate(kinds):
                a, b = cells[row + i]
                value = text[a:b]
                if kind and value.strip():
                    lead = len(value) - len(value.lstrip())
                    found.append((a + lead, a + len(value.rstrip()), kind))
            row += width + 1
        index = row
    return tuple(found)


def find_dob(text: str) -> list[Hit]:
    """Dates introduced as a date of birth, or in a date-of-birth column; other dates stay."""
    hits = [
        (m.start("date"), m.end("date"), "dob", "redact", "Geboortedatum.")
        for m in _DOB.finditer(text)
    ]
    for start, end, kind in find_table_cells(text):
        if kind != "dob":
            continue
        for m in _DATE_RE.finditer(text, start, end):
            if all(m.start() >= e or m.end() <= s for s, e, *_ in hits):
                reason = "Geboortedatum (kolom geboortedatum)."
                hits.append((m.start(), m.end(), "dob", "redact", reason))
    return hits


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
    """KvK numbers of companies stay visible; that of a sole trader (eenmanszaak) is personal."""
    hits: list[Hit] = []
    for m in _KVK.finditer(text):
        context = text[max(0, m.start() - 250) : m.end() + 100]
        if _SOLE_TRADER.search(context):
            reason = "KvK-nummer van een eenmanszaak: herleidbaar tot de eigenaar."
            hits.append((m.start("number"), m.end("number"), "kvk", "redact", reason))
        else:
            reason = "KvK-nummer van een onderneming; geen persoonsgegeven."
            hits.append((m.start("number"), m.end("number"), "kvk", "keep", reason))
    return hits


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
