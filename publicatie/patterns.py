"""Rule detectors for addresses, dates of birth, licence plates, travel documents and KvK
numbers. Each returns (start, end, type, action, reason).

`find_table_cells` reads plain-text tables ("| Naam | Geb.datum |" with a "|---|" separator row)
so that a column's header says what its cells hold, also when a PDF page has been flattened to
one line.
"""

from __future__ import annotations

import datetime
import functools
import html
import importlib.util
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path

from stdnum.be import eid as belgian_eid
from stdnum.be import nn as belgian_nn
from stdnum.be import vat as belgian_vat

from publicatie.number_words import DAY, PAIR, UNIT
from publicatie.roles import COUNCIL_QUESTIONS, office_title

__all__ = [
    "BELGIAN_ENTERPRISE_WORD",
    "BIRTH_WORDS",
    "DESK_CARD_NAME",
    "ENGLISH_MONTH",
    "LEGAL_ENTITY",
    "LIST_ITEM_START",
    "STREET_SUFFIX",
    "VCARD",
    "Hit",
    "block_lines",
    "dates_after_names",
    "find_addresses",
    "find_coordinates",
    "find_dob",
    "find_documents",
    "find_kenteken",
    "find_kvk",
    "find_table_cells",
    "json_field_labels",
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


@functools.cache
def residences() -> frozenset[str]:
    """`places()` and every village and hamlet in deduce's list of residences, lower case: for
    patterns where a place is all but certain ("Wildervank H 1187"), not to tell a surname from a
    place (many hamlets are surnames too)."""
    # found without importing deduce: a rules-only process does not load the model
    spec = importlib.util.find_spec("deduce")
    folders = list(spec.submodule_search_locations or []) if spec else []
    source = [
        Path(folder, "data/lookup/src/locations/lst_placename/lst_residence/items.txt")
        for folder in folders
    ]
    lines = source[0].read_text("utf-8").splitlines() if source and source[0].is_file() else []
    return places() | frozenset(line.strip().lower() for line in lines if line.strip())


STREET_SUFFIX = (
    r"(?:straat|laan|weg|plein|kade|gracht|singel|dijk|pad|hof|dreef|park|steeg|markt|erf|"
    r"veld|baan|allee|boulevard|wal|burg|polder|zijde|dam|hoek|akker|wetering|vaart|tuin|"
    r"wei|gaarde|hout|donk|ring|straatweg|kwartier|plantsoen|boog|horst|vest|haven|sloot|"
    r"gang|schans|borg|oord|straße|strasse|platz|gasse|dok|brug|"
    # a diminutive: "Hulshorsterdijkje 9", "Achterstraatje 2"
    r"dijkje|laantje|straatje|steegje|pleintje|hofje|paadje|weggetje|"
    # Frisian: "Cornjumerdyk 4", "Tsjerkepaad 1", "Houkesleat 37A", "Nijewei 3"
    r"dyk|paad|leane|strjitte|sleat|feart|buorren|hiem|loane|dykje)"
    # "Ringbaan-Oost", "Kanaaldijk-Zuid"
    r"(?:-(?:Oost|West|Noord|Zuid|Oostzijde|Westzijde|Noordzijde|Zuidzijde))?"
)
# Additions after the number: "14a", "112-B", "23-III", "15a bis", "12 rd", "342 zwart", "41-2",
# "55 bv" (bovenverdieping), "8 bg" (begane grond).
_ADDITION = r"(?:bis|hs|bv|bg|rd|zw|zwart|rood|boven|beneden|huis|III|II|IV|iii|ii|iv|[A-Za-z])"
_HOUSE_NUMBER = (
    # no house number starts with a nought ("Rielseweg\n08-12-2025" is a street and a date)
    rf"(?!0)\d{{1,5}}(?:[ ]?-[ ]?(?:{_ADDITION}|\d{{1,4}})(?![A-Za-z\d])"
    # a flat after a slash or a letter and digit: "164/1", "3-B2"
    rf"|/\d{{1,3}}(?![\d/])|[- ][A-Z]\d{{1,2}}(?![A-Za-z\d])"
    rf"|[ ]?{_ADDITION}(?![A-Za-z\d]|\.[ ]?\d)){{0,2}}"
    # a room, unit or box in the building: "12 kamer 3", "12 bus 3" (Belgium), "12, app. 4"
    # ... also "52 k4" (a room in a rooming house)
    r"(?:,?[ ](?:kamer|k\.|k(?=\d)|bus|unit|app\.|apt\.?|Apt\.?|m\.|appartement|etage|"
    r"verdieping)[ ]?"
    r"\d{1,4}[A-Za-z]?|,?[ ]\d{1,2}(?:e|ste|de)?[- ]?hoog"
    r"(?![\w-]))?"
)
_STREET_PREFIX = (
    r"(?:Laan|Lange|Korte|Oude|Nieuwe|Burgemeester|Van|De|Sint|St\.|Prins|Prinses|Koning|"
    r"Koningin|Dokter|Dr\.|Graaf|Gravin|Hertog|Hertogin|Jonkheer|Jhr\.|Admiraal|Generaal|"
    r"Kapitein|Pastoor|Pater|Kardinaal|President|Professor|Prof\.|Mr\.|Ir\.|Kon\.|Wethouder|"
    r"Keizer|Keizerin|Bisschop|Deken|Kapelaan|Baron|Ridder|Da|Dom|Pieter|Jan|Willem|"
    r"Mgr\.|Monseigneur|Burg\.|Gen\.|Adm\.|Past\.|Ds\.|Dominee|Meester|Mr|Notaris|Juffrouw|"
    # "Oostelijke Handelskade", "Tweede Constantijn Huygensstraat", "Tt. Neveritaweg"
    r"Oostelijke|Westelijke|Noordelijke|Zuidelijke|Eerste|Tweede|Derde|Vierde|Tt\.|"
    # "Pr. Bernhardlaan 61", "Pres. Kennedylaan 3", "Joh. van Lieshoutstraat 150"
    r"Pr\.|Pres\.|Joh\.)"
)
_PARTICLES_LOWER = r"(?:van|de|der|den|het|te|ten|ter)"
# Words that number the parts of a letter or a report, some of which end like a street
# ("Antwoord", "Akkoord") or are a street's name somewhere ("Overzicht", "Bijlage"): before a
# number no address (none of the 13 "Antwoord" and 2 "Overzicht" with a number in the sets is).
_DOCUMENT_PARTS = ("Antwoord", "Akkoord", "Overzicht", "Bijlage", "Notitie", "Opmerking")
_STREET = re.compile(
    # (also a removed or added line of a diff: "-Eperweg 212;8072 XN;...")
    r"(?:(?<![\w-])|(?<=\n[-+])|(?<=^[-+]))(?P<street>(?:\d{1,2}e\s+)?"
    rf"(?:(?:{_STREET_PREFIX}\s+(?:{_PARTICLES_LOWER}\s+)*){{1,3}})?"
    # a street named after a person: "Hugo de Grootstraat", "Willem van Oranjelaan"
    r"(?:(?!(?:Bewoners?|Meneer|Mevrouw|Familie|Hoek|Bij|Naar|Vanaf|Tot|Aan|Op|In)\s)"
    r"[A-Z][a-z]+\s+(?:van\s+(?:de|der|den)\s+|de\s+|ter\s+|ten\s+)"
    # ... after a title also with "van" alone or no particle: "Dr. Saal van Zwanenbergsingel 39",
    # "Dr. Huber Noodtstraat 48" (without the title "Hiensch van Achterweg 25" is a surname and
    # where its bearer lives)
    r"|(?:(?<=Dr\. )|(?<=Mr\. )|(?<=Ir\. )|(?<=Prof\. )|(?<=Mgr\. )|(?<=Burg\. ))"
    r"[A-Z][a-z]+[ ](?:van[ ](?:(?:de|der|den)[ ])?|de[ ]|ter[ ]|ten[ ])?(?=[A-Z]))?"
    # a word that describes the street: "Groene Veenweg 33", "Hekendorpse Buurtweg 19"
    r"(?:(?!(?:Deze|Onze|Elke|Welke|Beide|Andere|Vorige|Volgende|Hele|Gehele|Die)[ ])"
    r"[A-Z][a-z]+(?:se|e)[ ](?=[A-Z][\w'-]*" + STREET_SUFFIX + r"))?"
    # (not the numbered part of a letter, whose word may end like a street: "Antwoord 1")
    rf"(?!(?:{'|'.join(_DOCUMENT_PARTS)})\b)[A-Z][\w'-]*{STREET_SUFFIX}"
    r"|Laan\s+(?:van|der|de)\s+(?:\w+\s+)?[A-Z][\w-]+"
    # a road named after where it leads: "Weg naar Laren 120", "Weg naar Sibculo 9"
    r"|Weg[ \t]+naar[ \t]+[A-Z][\w-]+"
    rf"|[A-Z][\w-]+\s+{STREET_SUFFIX}"
    # German and Belgian streets written as two words: "Kölner Straße", "Rue de la Gare"
    r"|[A-Z][\w-]+\s+(?:Straße|Strasse|Platz|Gasse|Allee|Weg|Ring)"
    # "Kleine Noord 46", "Oude Vest 12": a prefix word and a name without a street suffix.
    r"|(?:Oude|Nieuwe|Lange|Korte|Kleine|Grote|Hoge|Lage|Achter|Binnen|Buiten)\s+[A-Z][a-z]+"
    # "Singel 346", "Markt 12", "Dreef 89": a street suffix used as the whole name.
    r"|(?:Singel|Markt|Dam|Vest|Gracht|Kade|Dijk|Wal|Brink|Haven|Plein|Boulevard|Dreef))"
    # the side of a canal or a ribbon village's road: "Kanaaldijk N.W. 55", "Hoofdweg NZ 12"
    r"(?:[ \t]+(?:[NOZW]\.[NOZW]\.|[NOZW][NOZW])(?=[ \t]))?"
    # a houseboat's berth: "Wantijdijk t.o. 38", "Veerweg ark 14-a"; one line break at most
    # (not "Handtekening: K. Bentveld\n\n5. 16.30 uur", nor a chat's next line that opens with
    # its date: "Lisanne Wijers, Duistervoordseweg\n12-09-25 19:44 - ...")
    r"(?:[ \t]+|[ \t]*\n[ \t]*(?!\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?!\d)))"
    r"(?:(?:t\.o\.|t/o|tegenover|ark|woonark|ligplaats)[ \t]+)?"
    rf"(?P<number>{_HOUSE_NUMBER})(?![\d,.:]\d|\w)"
)
# Words followed by a house number, to look up in a list of known street names.
_WORDS_NUMBER = re.compile(
    r"(?<![\w-])(?P<street>[A-Z][\w'-]*(?:[ ](?:[a-z]{1,3}[ ])*[A-Z][\w'-]*){0,3})"
    # (not a count of seats: "Mercedes Sprinter 8+1")
    rf"[ ](?P<number>{_HOUSE_NUMBER})(?![\d,.:]\d|\w|\+\d)"
)
# The small words inside a place's name: "Loon op Zand", "Alphen aan den Rijn", "Bergen op Zoom"
_PLACE_PARTICLE = r"(?:op|aan|den|de|in|bij|ter|ten|te|en)"
# "sectie K, nummer 4418": a cadastral parcel points to its owner; also with the section
# written again before each number ("sectie K, nummers K 1781 en K 1782").
_CADASTRAL = re.compile(
    r"(?<![\w-])(?i:sectie)\s+(?P<section>[A-Z]{1,2}),?\s+"
    r"(?i:nummers?|nrs?\.?|perce(?:e)?l(?:nummer)?s?)\s*(?:(?P=section)[ ])?"
    r"\d{1,6}(?:\s*[A-Z]\d{1,4})?"
    r"(?:\s*(?:,|en)\s*(?:(?P=section)[ ])?\d{1,6}(?:\s*[A-Z]\d{1,4})?)*(?!\w)"
)
# The short notation after the word: "perceel Weert K 3377", "kadastraal bekend als Borculo N
# 1184" (municipality, section, number).
# A scan's OCR may read the label's l as I or 1 and a digit as O, l or I ("Kadastraal perceeI:
# Papendrecht D 3l87", "Kadastraal ..: Waalwijk G 38l9", "perceel (Loosdrecht B 3O71)").
_CADASTRAL_SHORT = re.compile(
    r"\b(?i:perc(?:ee|e)[lI1]|percelen|kadastraal bekend als|kadastraal bekend|"
    r"kadastrale[ \t]+aanduiding|kadastraal"
    r"(?:[ \t]+perc(?:ee|e)[lI1])?)(?:[ \t]*\.{2,})?[ \t]*(?::[ \t]*|\()?[ \t]*"
    r"(?P<parcel>(?:(?i:gemeente)[ \t]+)?[A-Z0][\w'-]+"
    rf"(?:[ \t](?:{_PLACE_PARTICLE}[ \t])*[A-Z][a-z][\w'-]*)?[ \t]+[A-Z]{{1,2}}"
    r"[ \t]+\d(?:\d{0,5}|[\dOlI]{1,5}(?![\w-]))(?:[ \t]*[A-Z]\d{1,4})?"
    # more parcels of the same section: "Etten-Leur G 1843 en G 1844"
    r"(?:[ \t]*(?:,|en)[ \t]+[A-Z]{1,2}[ \t]+\d{1,6}(?![\w-]))*)(?![\w-])"
)
# ... or only section and number, once the word says it is a parcel: "Perceel K 1208 is eigendom
# van de erven", "sectie H 1437 en H 1438" (OCR may read a 0 as O: "sectie B 112O").
_CADASTRAL_SECTION = re.compile(
    r"\b(?i:perceel|percelen)[ \t]+(?P<parcel>[A-Z]{1,2}[ \t]\d{2,6})(?![\w-])"
    r"|(?<![\w-])(?P<sectie>(?i:sectie)[ \t]+[A-Z]{1,2}[ \t]+\d[\dO]{1,5}(?![\w-])"
    r"(?:[ \t]*(?:,|en)[ \t]*(?:[A-Z]{1,2}[ \t]+)?\d[\dO]{1,5}(?![\w-]))*)"
)
# ... or a cadastral municipality, section and number further on in a sentence about parcels:
# "op drie percelen ... gevonden: Wildervank H 1187, Wildervank H 1190 en Stadskanaal M 402".
_PLACE_SECTION_NUMBER = re.compile(
    rf"(?<![\w-])(?P<place>[A-Z][a-z][\w'-]*(?:[ \t](?:{_PLACE_PARTICLE}[ \t])*[A-Z][a-z][\w'-]*)?)"
    r"[ \t]+[A-Z]{1,2}"
    r"[ \t]+\d{2,5}(?![\w-])"
)
_PARCEL_WORD = re.compile(r"perce[el]|kadast", re.IGNORECASE)
# the next number of the same section a little further on: "Onstwedde K 2841 en het stuk
# ernaast, K 2842"
_SAME_SECTION_NEXT = re.compile(
    r"[^.\n]{0,60}?(?<![\w-])(?P<parcel>[A-Z]{1,2}[ \t]+\d{2,5})(?![\w-])"
)
_CADASTRAL_PLACE = re.compile(
    r"(?:(?i:kadastrale gemeente|gemeente)[ \t]+)?(?P<place>[A-Z][\w'-]*(?:[ \t][A-Z][\w'-]*){0,2})"
    r",?[ \t]+$"
)
# A British postcode: "W11 2JD", "SW1A 1AA", "M1 1AE".
_UK_POSTCODE = re.compile(r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\w-])")
# Between a street and its postcode: a comma, a line break, or a form label ("Postcode:").
_ADDRESS_GAP = re.compile(
    r"^(?:[ \t]*(?:\([^()\n]{1,30}\))?[ \t,(]*\n?[ \t]*(?:[A-Za-z][\w/ -]{0,25}:[ \t]*)?"
    r"|[ \t]*[|;\t][ \t]*"  # the next cell of a table or an export
    # ... or "te", as a deed or a lawyer writes it: "Taxandriaweg 85 te 5145JC Waalwijk", or
    # "in": "ik woon op Parkweg 18 in 7772VR Dedemsvaart", also with the place first:
    # "Hoofdstraat 108b in Oldemarkt (8375CM)"
    r"|\s+(?:te|in)[ \t]+\(?"
    r"|\s+(?:te|in)[ \t]+[A-Z][\w'-]*(?:[ \t-][A-Z][\w'-]*)?[ \t]*[(,][ \t]*)$"
)
# Between a street and its postcode in a record of an export: XML tags, the quotes and commas of
# a SQL row, a vCard's semicolons with the place between, an iCalendar's escaped comma
# ("</straat>\n  <postcode>", "','", ";Ottersum;;", "\\, ").
_TAG = re.compile(r"<[^<>\n]{1,80}>")
_MARKUP = re.compile(r"<[^<>\n]{1,40}>|\\[,;n]")
_RECORD_GAP_WORDS = re.compile(r"[^\s;,|'\"`()\[\]=]+")


def _record_gap(gap: str) -> bool:
    if "\n\n" in gap or len(gap) > 60:
        return False
    words = _RECORD_GAP_WORDS.findall(_MARKUP.sub(" ", gap))
    return all(word.lower() in residences() for word in words)


_CAPS_WORD = re.compile(r"\b[A-ZÀ-Þ][A-ZÀ-Þ'-]+\b")
_POSTCODE = re.compile(
    r"(?:(?<=NL-)|(?<![\w-]))[1-9]\d{3}(?:\s|[ \t]{2})?(?!SA|SD|SS)[A-Z]{2}(?![\w-])"
)
# Written in lower case ("1506re zaandam", "5701 nk"): a postcode only where the context says so.
# Lower case ("1741nc"), but not a year before a short word: "Sommer 2024 in Enschede".
_LOWER_POSTCODE = re.compile(
    r"(?<![\w-])[1-9]\d{3}(?:[ \t]?(?!sa|sd|ss)(?!(?:in|op|en|te|de|na|om|is|al|er|of|ik|nu|zo|"
    # English small words: "On Fri, May 9, 2025 at 11:04 PM"
    r"at|on|to|by|or|an|as|it|we|he|so|no|up)"
    r"(?![\w-]))[a-z]{2})(?![\w-])"
)
# A form's field: "Postcode + plaats ... 5914 AK", "Postcode en woonplaats: 3824bd", and a JSON
# export's '"postcode": "1779 GH"'
# "Postcode:", "postcode (woonadres).", and an INI export's "postcode = "
# (also in a SQL statement, "postcode = '7481 KW'", and an escaped JSON string,
# '\\"postcode\\":\\"9251 XK'; in prose, "postcode is voor allebei 9287 VP")
_POSTCODE_LABEL = re.compile(
    # ... also a hash's key ('"postcode"=>"1324SK"') and an English one ('consumer.postalcode":')
    r"(?:postcode|postal[ _]?code|zip[ _]?code)[^\n\d]{0,25}[:.=][ \t.\"'\\>]*$"
    r"|postcode[ \t]+(?:is|was|luidt)(?:[ \t]+[a-z]+){0,2}[ \t]*$",
    re.IGNORECASE,
)
# The label of a form field or a question just before the value: FDF ("/T (postcode) /V ("), a
# pdftk field dump ("FieldName: aanvrager.postcode_plaats\nFieldValue: ") and a transcript's
# question and answer ("En uw postcode?\n[02:00] Beller: ").
_POSTCODE_FIELD = re.compile(
    r"postcode\w*[ \t]*(?:\)[ \t]*/V[ \t]*\(|\n[ \t]*FieldValue:[ \t]*|\?\n[^\n]{0,30}:[ \t]*)$"
    # a log line's key: "home_pc=7671 DW", "postcode=9431KB"
    r"|(?<![\w.])[a-z_.]*(?:_pc|(?<![a-z])pc|postcode|zipcode|zip)=$"
    # ... as a decoded query string reads it: "pc: 2671 VN" for "&pc=2671%20VN"
    r"|(?:^|\n)[a-z_.]*(?:_pc|(?<![a-z])pc|zipcode|zip):[ ]$",
    re.IGNORECASE,
)
# Between a postcode and the street that follows it: the place and a comma
# ("wonende te 3286 AX Klaaswaal, Kerkstraat 12").
_PLACE_THEN_STREET = re.compile(r"[ \t]+[A-Z][\w'-]+(?:[ -][A-Za-z][\w'-]+){0,2},[ \t]*")
_PLACE_AFTER = re.compile(r"[ \t]+([A-Za-z][\w'-]+)")
# A scanned postcode with a letter read as a digit or the other way round ("3958 8C" for
# 3958 BC, "1752 N8"): only after the word "postcode" or before a known place.
_OCR_POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3}[ \t]?(?:[A-Z][0258]|[0258][A-Z])(?![\w-])")
_OCR_POSTCODE_LABEL = re.compile(r"postcode[^\n\d]{0,25}[:.]?[ \t.]*$", re.IGNORECASE)
# A foreign postcode with its country letter ("D-47638 Straelen"; four digits never start with
# 0, so "A-0611" is an offer's number), or the 4- or 5-digit postcode
# of a Belgian, German or Spanish address right after the street ("Bosstraat 12\n3680 Maaseik").
_FOREIGN_POSTCODE = re.compile(
    r"(?<![\w-])(?:D|A|B|F|L|E|I|CH|PL|DK)-(?:\d{5}|[1-9]\d{3})(?=[ \t]+[A-Z])"
    r"|(?<![\w-])[A-Z]\d[A-Z][ ]\d[A-Z]\d(?![\w-])"  # Canadian "V1Y 1P9"
    r"|(?<=(?:NSW|VIC|QLD|TAS|ACT) )\d{4}(?![\w-])|(?<=(?:WA|SA|NT) )\d{4}(?![\w-])"  # Australia
)
_BARE_POSTCODE = re.compile(
    # Belgian/German "3680", Polish "33-100", Canadian "V1Y 1P9", after the street
    r"(?<![\w-])(?:[1-9]\d{3,4}|\d{5}|\d{2}-\d{3})(?=(?:[ \t]+|[ \t]*[;\t][ \t]*)[A-ZÀ-Þ][a-zß-ÿ]+)"
)
# A foreign address written number first: "1847 Pandosy Street".
_NUMBER_FIRST_STREET = re.compile(
    r"(?<![\w-])(?:(?:Flat|Apartment|Apt\.?|Unit)[ \t]+\d{1,4}[A-Z]?,[ \t]+)?"
    r"\d{1,5}[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}"
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Boulevard|Blvd\.|Way|Court|Crescent|"
    r"Grove|Close|Place|Terrace|Parade|Circuit)"
    r"(?![\w])"
)
# A German street after its preposition: "Am Steinkamp 17", "An der Linde 4", "Zur Mühle 2a".
_GERMAN_STREET = re.compile(
    r"(?<![\w-])(?:Am|An der|Auf dem|Auf der|Im|In der|Zum|Zur|Unter den)[ \t]+[A-ZÄÖÜ][\w'-]+"
    r"[ \t]+\d{1,4}[a-z]?(?![\w/-])"
)
# An address abroad in a letter's address block: street and number, postcode and place, and
# the country on the line under it ("Zeedijk-Het Zoute 211 bus 4\n8300 Knokke-Heist\nBELGIË").
_FOREIGN_BLOCK = re.compile(
    r"^[ \t]*(?P<street>[A-ZÀ-Þ][^\n\d]{2,50}?[ \t]\d{1,5}[a-zA-Z]?"
    r"(?:[ \t](?:bus|box|Bus)[ \t]?\d{1,4})?)[ \t]*,?[ \t]*\n"
    r"[ \t]*(?P<postcode>(?:[A-Z]{1,2}-)?\d{4,5})[ \t]+[A-ZÀ-Þ][^\n]{1,40}\n"
    r"[ \t]*(?i:belgi[ëe]|belgium|belgique|duitsland|deutschland|germany|frankrijk|france|"
    r"luxemburg|luxembourg|spanje|españa|spain|itali[ëe]|italia|polen|polska|oostenrijk|"
    r"österreich|zwitserland|schweiz|denemarken|danmark)\b",
    re.MULTILINE,
)
# A street with "nr." before its number: "de woning aan de overkant (Kettelweg nr. 9)".
_STREET_NR = re.compile(
    rf"(?<![\w-])[A-Z][\w'-]*{STREET_SUFFIX}[ \t]+(?i:nr\.?|nummer)[ \t]*\d{{1,5}}[a-z]?(?![\w])"
)
# A French street, as in Belgium, France and Luxembourg: "Rue de Hamont 41", "Avenue Louise 12",
# "Chaussée de Bruxelles 200", "Place du Marché 3".
_FRENCH_STREET = re.compile(
    r"(?<![\w-])(?:Rue|Avenue|Av\.|Chaussée|Chemin|Place|Boulevard|Bd\.|Route|Impasse|Allée|"
    r"Quai|Clos|Drève|Rempart|"
    # Spanish, Italian and Portuguese: "Calle del Mar 12", "Via Roma 4", "Rua das Flores 9"
    r"Calle|Carrer|Avenida|Plaza|Paseo|Camino|Via|Viale|Piazza|Corso|Rua|Praça|Travessa)"
    r"[ \t]+(?:(?:de[ \t]+la|de[ \t]+l'|du|des|de|d'|la|le|les|del|della|dei|da|do|dos|das)"
    r"[ \t]*)?"
    r"[A-ZÀ-Þ][\w'-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w'-]*|de|du|des|la|le)){0,3}"
    r"[ \t]+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?(?![\w/-])"
)
# A Polish street, after its abbreviation: "ul. Kościuszki 14/3", "al. Jana Pawła II 22 m. 5".
_POLISH_STREET = re.compile(
    r"(?<![\w-])(?:ul|al|os|pl)\.[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w'.-]*(?:[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w'.-]*){0,3}"
    r"[ \t]+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?(?:[ \t]+m\.[ \t]*\d{1,4})?(?![\w/-])"
)
# A street in lower case with its number, as typed in a chat ("ja oosterdijk 52").
_LOWER_STREET = re.compile(
    r"(?<![\w-])(?!snelweg|rijksweg|autoweg|fietspad|voetpad|zandpad)[a-z]{3,}"
    r"(?:straat|laan|weg|dijk|plein|gracht|kade|singel|dreef|steeg|hof)[ \t]+\d{1,4}(?:[ ]?[a-z])?"
    r"(?![\w-]|[.,]\d)"
)
# A street glued to its number in a file's name: "02_bezwaar_Peerbooms_I_Grotestraat88.pdf",
# "2025-03-11_Misterweg70_Aydin.mp4", "achtertuin_Kaya_M_Steenstraat_12.jpg".
_FILE_NAME_STREET = re.compile(
    rf"(?:(?<=[_/\\])|(?<![^\s\"'(]))(?!Rijksweg|Snelweg|Autoweg)"
    # with the word before it: "Hekendorpse_Buurtweg_71"
    rf"(?:[A-Z][a-z]{{2,}}(?:se|sche)_)?[A-Z][a-z]{{2,}}{STREET_SUFFIX}_?"
    # a number, not a year: "Stationsweg2025_plan.pdf"
    r"(?!0|(?:19|20)\d\d(?!\d))\d{1,4}[a-z]?"
    r"(?=(?:_[\w-]*)?\.[A-Za-z][A-Za-z0-9]{1,3}(?![\w]))"
)
# A letter's address block: a line "Street 12" right above a line "1234 AB Place".
_BLOCK_ADDRESS = re.compile(
    r"^[ \t]*(?P<street>(?!(?i:postbus|antwoordnummer|kamer|bus)\b)[A-Z][\w'.-]*"
    r"(?:(?:[ ]{1,2}|\t)[\w'.-]+){0,3})[ \t]+(?P<number>\d{1,5}(?:[ \t]?[A-Za-z](?![\w]))?)[ \t]*"
    r"(?=\n[ \t]*[1-9]\d{3}[ \t]{0,2}[A-Z]{2}\b)",
    re.MULTILINE,
)
# ... and the left one of address labels printed side by side, the postcodes below in the same
# columns ("Hazenhorst 2          Hazenhorst 4\n6971 LR  BRUMMEN       6971 LR  BRUMMEN").
_BLOCK_ADDRESS_LEFT = re.compile(
    _BLOCK_ADDRESS.pattern.split(r"[ \t]*(?=\n")[0]
    + r"(?=[ ]{3,}\S[^\n]*\n[ \t]*[1-9]\d{3}[ \t]{0,2}[A-Z]{2}\b)",
    re.MULTILINE,
)
_BLOCK_ADDRESS_RIGHT = re.compile(
    r"(?<=\S[ ]{3})[ ]*(?P<street>(?!(?i:postbus|antwoordnummer|kamer|bus)\b)[A-Z][\w'.-]*"
    r"(?:[ ]{1,2}[\w'.-]+){0,3})[ ]+(?P<number>\d{1,5}(?:[ ]?[A-Za-z](?![\w]))?)[ \t]*"
    r"(?=\n)",
    re.MULTILINE,
)
_POSTCODE_AT = re.compile(r"[1-9]\d{3}[ \t]{0,2}[A-Z]{2}\b")


def _postcode_below(text: str, start: int) -> bool:
    """Whether the next line has a postcode in the same column as `start` (labels side by side)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0:
        return False
    below_end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : below_end if below_end >= 0 else len(text)]
    column = start - line_start
    return any(abs(m.start() - column) <= 3 for m in _POSTCODE_AT.finditer(below))


# An English month, in full or abbreviated ("May 9, 2025", "Sept 3, 2025").
ENGLISH_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
# An address in running text right before its postcode: "brief naar Hoep Noord 9, 1741nc".
_INLINE_ADDRESS = re.compile(
    r"(?<![\w-])(?!(?i:postbus|antwoordnummer|kamer|bus)\b)"
    # an English date before its year: "Sent: Saturday, May 10, 2025 at ..."
    rf"(?!{ENGLISH_MONTH}[ \t]+\d{{1,2}},[ \t]*\d{{4}})"
    r"[A-Z][\w'-]*"
    # (a flat's number after a dash: "Jol 139-3, 8239ZX")
    r"(?:[ \t]+(?!(?i:postbus|antwoordnummer)\b)[A-Z][\w'-]*){0,3}[ \t]+\d{1,5}(?:[a-z]|-\d{1,3})?"
    r"(?=,[ \t]*[1-9]\d{3}[ \t]?[A-Za-z]{2}(?![\w]))"
)
# A form field: "Adres: Hoofdweg-Noord 7 B", whatever the street looks like.
_ADDRESS_FIELD = re.compile(
    r"(?<![\w-])(?i:adres|woonadres|huisadres|postadres|vestigingsadres|correspondentieadres|"
    r"privé-adres|privéadres|prive-adres|thuisadres|"
    r"verblijfadres|verblijfsadres)[ \t]*:[ \t]*(?:p/a[ \t]+)?"
    # "ul. Krakowska 56/7" (Polish street prefix, flat after the slash)
    r"(?P<address>(?:(?:ul|al|os)\.[ \t]+)?[A-Z][\w'.-]*(?:[ \t]+[\w'.-]+){0,4}?[ \t]+\d{1,5}"
    r"(?:/\d{1,4}|[ \t]?-?[ \t]?[A-Za-z]{1,3}(?![\w]))?)(?=[ \t]*(?:,|\n|$|\())",
    re.MULTILINE,
)
# Where someone lives, whatever the street looks like: "woonachtig ul. Długa 14 m. 6", "de
# woning Kamp 47-2", "wonende te Stiens, Tsjerkebuorren 7".
_RESIDENCE_ADDRESS = re.compile(
    r"(?<![\w-])(?i:wonende|woonachtig|woont|woning|woonadres|verhuisd|verhuist|buren|buurman|"
    r"buurvrouw|bewoners?)"
    # (a word between: "Hij woont trouwens op Voorsteden 146a", "woont nu aan de ...")
    r"(?:[ \t]+(?i:trouwens|nu|nog|inmiddels|tegenwoordig|sindsdien|daar|zelf))?"
    r"(?:[ \t]+(?i:aan|op|te|in|naar))?(?:[ \t]+(?i:de|het))?[ \t]+"
    rf"(?P<address>(?:(?:ul|al|os)\.[ \t]+)?[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){{0,3}}?[ \t]+"
    rf"{_HOUSE_NUMBER})(?![\d,.:]\d|\w)"
)
# A house number on its own that points to a household: "bewoners van nummer 12", "woont op
# nummer 7", "op nr. 9 (familie Bos)", "de buurman van nummer zesentachtig", "het derde huis na
# de kerk, nummer 147". One mechanism for digits and number words (`find_addresses`).
# The word before a house number on its own: "nummer 31", "nr. 117", "huisnummer 9", and the
# dialect's "nommer".
HOUSE_NUMBER_WORD = r"(?:huis)?(?:nummer|nommer|nr\.?)"
# The number: digits with an addition ("35b", "26-b", "47-2") or words ("zesentachtig",
# "honderdtwaalf", "zeuventien").
_HOUSE_VALUE = (
    r"\d{1,4}(?:[ -]?[a-z](?!\w)|-\d{1,3})?"
    rf"|(?:honderd)?(?:{PAIR}|{UNIT})e?(?:[ \t]+(?-i:[A-Z])(?!\w))?"
)
_HOUSE_NUMBER_ALONE = re.compile(
    rf"(?<![\w-])(?:{HOUSE_NUMBER_WORD}|nûmer|kavel|standplaats|ligplaats)[ \t]+"
    rf"(?:{_HOUSE_VALUE})(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)
# A plot or unit after the street of a holiday park or complex: "Boslaan 12, kavel 37".
_UNIT_AFTER = re.compile(
    # a room or flat with its floor: "app. 5.17", "kamer 4.08", "unit 2.09"
    r",?[ \t]*(?i:kavel|bungalow|chalet|standplaats|ligplaats|unit|appartement|app\.|apt\.?|"
    r"kamer|room)[ \t]*\d{1,4}(?:\.\d{1,3}(?!\d))?[a-z]?(?![\w-]|\.\d)"
    # a houseboat or a ground floor after the number: "Veermanskade 4 ws", "Gouw 27 zw"
    r"|[ ](?:ws|zw|hs|sous)(?![\w-])"
    # a Spanish floor and door: "Calle del Pez 17, 3º izquierda", "Calle Mayor 21, 2º A"
    r"|,[ \t]*\d{1,2}[ºª°]"
    r"(?:[ \t]*(?:[A-Z](?![\w])|(?i:izquierda|derecha|izq\.|dcha\.|puerta[ \t]*\d{1,2})))?"
)
_NOT_A_HOUSE = re.compile(
    r"(?:artikel|art\.|lid|bijlage|pagina|blz\.|punt|agendapunt|versie|document|zaak|factuur|"
    r"klant|order|polis|dossier|kenmerk|kamer|bus|motie|amendement|voorstel|besluit|brief|vraag|"
    r"vragen|stuk|nota|lijn|route|"
    # a rank, not a house: "De nummer drie, de heer Hammsink, is reserve"
    r"(?<!\w)de)[ \t]*$",
    re.IGNORECASE,
)
_HOUSEHOLD_BEFORE = re.compile(
    # "woont op nummer 7", "de buren van nr. 9", "meneer Oomen van nummer 319", "de kinderen op
    # nummer 35b", "het buurmeisje van nummer twaalf"
    r"(?:woon\w*|woningen|bewoner\w*|buren|(?:over)?buur(?:man|vrouw|meisje|jongen)|gezin|"
    r"familie|fam\.|kinderen|meneer|mevrouw|"
    r"de heer|dhr\.|mevr\.|mw\.|oprit|voortuin|achtertuin|tuin|erf|voordeur|"
    # "Die Nachbarin von Nr. 54a", "the neighbour of number 12"
    r"nachbar\w*|neighbou?r\w*)(?!\w)"
    # "mevrouw W. Ebbenhorst, die op nr. 97": initials may hold a full stop
    r"(?:(?:[^.\n;]|(?<=\b[A-Z])\.){0,60}[ \t](?:op|van|naast|tegenover|aan|von|of)"
    # "(buurvrouw, nr. 86)": a comma between
    r"|[ \t]+[A-Z][\w'-]+)?,?[ \t]*$"
    # "Riek van Kloethof van nummer 31": a surname, then where that person lives
    r"|(?-i:[A-Z][a-z][\w'-]*)[ \t]+(?:van|op)[ \t]*$",
    re.IGNORECASE,
)
# A house number with an addition ("nr. 39b", "nr. 46-a") right after "bij", "van", "naast":
# a home ("klussen bij nr. 8a", "Mehdi, van nr. 39b"); one without needs more ("Ik sta bij nr
# 9": the writer's own home).
_SUFFIXED_HOUSE = re.compile(r"\d{1,4}[ -]?[a-z]$", re.IGNORECASE)
_NEAR_BEFORE = re.compile(r"(?<!\w)(?i:bij|van|naast|tegenover)[ \t]+$")
_SELF_AT_BEFORE = re.compile(
    r"(?<!\w)(?i:ik|wij|we)[ \t]+(?i:sta|woon|zit|ben|wonen|staan|zitten)[ \t]+(?i:bij|op)[ \t]+$"
)
# A house number as the value of an address key: 'adres: "nr. 21-B"' (a neighbour's in a list of
# contacts, the street being the subscriber's).
_ADDRESS_KEY_BEFORE = re.compile(
    r"(?:^|\n)[ \t-]*[\"']?(?i:adres|woonadres|huisadres|address|anschrift)[\"']?[ \t]*[:=]"
    r"[ \t]*[\"']?$"
)
# The same house number with another addition: "Hoge Hondstraat 17-A, 17-B en 17-C", "(17-A)".
_OTHER_ADDITION = re.compile(r"(?<![\w.,/-])(?P<base>\d{1,5})(?:-[A-Za-z]{1,2}|[A-Za-z])(?![\w-])")
_NUMBER_WORD_BEFORE = re.compile(rf"(?<![\w-])(?i:{HOUSE_NUMBER_WORD})[ \t]+$")
_HOUSEHOLD_AFTER = re.compile(
    r"[ \t]*(?:\((?:familie|fam\.|de heer|dhr\.|mevrouw|mevr\.|mw\.)"
    r"|,[ \t]*(?:dhr\.|mevr\.|de heer|mevrouw)"
    # "die op nr. 97 van die laan woont"
    r"|[^.\n;]{0,30}(?<!\w)(?:woont|wonen|woonde|woonachtig)(?!\w))",
    re.IGNORECASE,
)
# The next number of a household list: "de buren op nr. 139 en nr. 143", "nr. 12, 14 of 16"
_LIST_NEXT = re.compile(r"[ \t]*(?:,|en|of|&|,[ \t]*en)[ \t]*", re.IGNORECASE)
# "aan de Van Aalstlaan, huisnummer 9", "op de Amstelzijde nummer negentien", "an de
# Covikseweg, da's nommer zesentwintig": the street named just before
_STREET_BEFORE_NUMBER = re.compile(
    # without a comma only one space: not a place in the column before ("Brouwershaven    ")
    # after the comma a word that points at the house: "Westerweg, achter nr. 86"
    rf"[A-Z][\w'-]*{STREET_SUFFIX}"
    r"(?:[ \t]*,(?:[ \t]+(?i:da's|dat is|is|achter|naast|tegenover|bij))?[ \t]*|[ ])$"
)
# A sentence about where someone lives, the number within it: "wij wonen aan de vaart, het derde
# huis na de kerk, nummer 147", "ik bin van de Dorpsstroat, nr. 3"
_LIVES_BEFORE = re.compile(
    r"(?i:\bwo(?:on|ont|nen|onde|onachtig|nend)\b|\bbin van\b|\bhuis\b|\bhoes\b|\bflat\b|"
    r"\bverdieping\b)[^.!?\n]{0,110}$"
)
# What stands right before the number in such a sentence: a comma, "op", "van" or "huis", not a
# thing's name ("mast nummer 3") or a list of people ("zijn nr. 2 en nr. 5").
_LIVES_JOIN = re.compile(
    r"(?:[,:;(]|(?<![\w-])(?i:op|van|aan|bij|naar|verdieping|huis|hoes|adres))[ \t]*$"
)
# A person or a home in brackets with the number: "(nummer 141a)", "(S. Klompeink, nr. 83, tel.
# ...)" after "buurman", "(Ravenswaarde nr. 7b, 06 ...)"
_BRACKET_BEFORE = re.compile(r"\((?:[A-Z][\w'-]+[ \t]+)?$")
_NUMBER_AFTER = re.compile(r"[ ,]+(?:huisnummer\s+)?\d{1,5}(?![\d-])")
# What a cell may hold after the house number the street pattern found: an addition.
_REST_OF_NUMBER = re.compile(r"[ ]?-?[ ]?[A-Za-z0-9]{1,4}")
_HOUSE_NUMBER_AT = re.compile(rf"{_HOUSE_NUMBER}(?![\d,.:]\d|\w)")
_POSTBUS_BEFORE = re.compile(r"(?:Postbus|Antwoordnummer)\s+\d{1,6},?\s*$", re.IGNORECASE)
# The months once: full Dutch name, English name where it differs, abbreviations. Every pattern
# and the value of a date (`_date_value`) take their names from here.
# Dutch, English and German: a German guest writes "geb. 3. Januar 2013"
_MONTH_NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("januari", "january", "januar", "jänner"), ("jan",)),
    (("februari", "february", "februar"), ("feb",)),
    (("maart", "march", "märz"), ("mrt", "mar")),
    (("april",), ("apr",)),
    (("mei", "may", "mai"), ()),
    (("juni", "june"), ("jun",)),
    (("juli", "july"), ("jul",)),
    (("augustus", "august"), ("aug",)),
    (("september",), ("sep", "sept")),
    (("oktober", "october"), ("okt", "oct")),
    (("november",), ("nov",)),
    (("december", "dezember"), ("dec", "dez")),
)
_MONTHS = {
    name: number
    for number, (full, short) in enumerate(_MONTH_NAMES, start=1)
    for name in (*full, *short)
}
# longest first, so that "sept" wins over "sep" and "juni" over "jun"
_MONTH_ANY = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = (
    # "11 - 02 - 2013": a form's spaced dashes too
    r"(?:(?:19|20)\d{2}-[01]\d-[0-3]\d(?![\d-])"
    # Hungarian and East Asian order: "1979. 08. 30.", "1979/08/30"
    r"|(?:19|20)\d{2}(?:\.[ ]?|/)[01]?\d(?:\.[ ]?|/)[0-3]?\d\.?(?![\d/-])"
    # "17 / 04 / 1958": a form's spaced slashes too
    r"|\d{1,2}(?:[-/.]| [-/] )\d{1,2}(?:[-/.]| [-/] )(?:19|20)\d{2}"
    # "3 mei 1961", and as German writes it, "12. Juni 1959"
    rf"|\d{{1,2}}\.?\s+(?:{_MONTH_ANY})\.?\s+(?:19|20)\d{{2}})"
)
_DOB = re.compile(
    # "geboren op", "geboren te Leiden op", "Geboren:", "geb.", "geb.datum",
    # "Geboortedatum eigenaar:", "mijn geboortedatum is"
    # "je geboortedatum was toch 30 juni 1994?"
    # Frisian: "Bertedatum: 14-01-1958"
    # English: "born 17/06/1986", "date of birth: 3 May 2017"
    r"(?:geboren(?:\s+te\s+[\w'-]+)?(?:\s+(?:op|am))?|(?:geboorte|berte)datum(?:\s+[a-z]+){0,3}"
    r"|(?<![\w])born(?:\s+on)?|date\s+of\s+birth(?:\s+(?:is|was)|,)?|(?<![\w])(?-i:DOB)(?![\w])"
    # Polish, as a migrant worker's papers write it: "Bogusław Witkowski, ur. 03.09.1988"
    r"|(?<![\w])ur\.|(?<![\w])urodzon[ya]"
    # Belgian: "Arne Boeckx (°17.04.2015)", "° 3 mei 1961"
    r"|(?<![\d°])°"
    # a genealogy's or a case note's star: "echtg. mw W. Latuperisa *19-8-47*"
    r"|(?<![\w*])\*(?=[ \t]?\d{1,2}[-/.]\d{1,2}[-/.]'?\d{2})"
    # ... also before a date written together or the ISO way, after a name ("Brookhuis, S.
    # *19500809"; not a list's or a comment's star opening a line: " * 2024-11-04 NV")
    r"|(?<=[\w.,)][ \t])\*(?=[ \t]?(?:19|20)\d{2}-?[01]\d-?[0-3]\d(?!\d))"
    # a year of two digits, also after an apostrophe: "geboren 7-2-'41"
    # ... and a screen's label in capitals: "GEB: 14-05-1956"
    rf"|geb\.(?:\s*datum)?|(?<![\w-])geb(?=[ \t]*:))\s*:?\s*"
    rf"(?P<date>{_DATE}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]'?\d{{2}}(?![\d-])"
    # ... or written together, as a system's log writes it: "geb. 19770202"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
    # ... or as code builds it: "geboortedatum: Date.new(1961, 6, 4)", "LocalDate.of(1961, 6, 4)"
    r"|(?:Date\.new|DateTime\.new|new[ ]Date|LocalDate\.of|(?:datetime\.)?date)\([ ]?"
    r"(?:19|20)\d{2},[ ]?(?:1[0-2]|0?\d),[ ]?(?:3[01]|[12]\d|0?[1-9])[ ]?\))",
    re.IGNORECASE,
)
_DATE_RE = re.compile(_DATE, re.IGNORECASE)
_DOB_PLURAL = re.compile(r"(?i:geboortedata|dates of birth)\b[^:\n]{0,40}:?")
# A word of a written date, in Dutch or English: "May" in "05/May/25", "Fri May 16 09:12"
DATE_WORD = re.compile(
    rf"(?i:{_MONTH_ANY}|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
    r"zondag)\.?"
)
_COMPACT_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)")
# A date written (partly) in words, as in a formal decision or an English form: "elf februari
# 2017", "negentien maart negentienhonderdtweeëntachtig", "11th of February 1987",
# "February 11th, 1987". Only a date of birth by its cue (`find_dob`).
_MONTH_WORDS = "(?:" + "|".join(name for full, _ in _MONTH_NAMES for name in full) + ")"
# a year also as it is spoken: "negentienzevenentachtig", or its last two digits ("vijf mei
# negenenvijftig")
_YEAR_WORDS = (
    rf"(?:(?:19|20)\d{{2}}(?!\d)|(?:negentienhonderd|tweeduizend)[a-zë]*|negentien{PAIR}"
    rf"|{PAIR}(?![\w-]))"
)
_WORDED_DATE = re.compile(
    rf"(?<![\w-])(?:(?:{DAY}|\d{{1,2}}(?:st|nd|rd|th))(?:[ \t]+of)?[ \t]+{_MONTH_WORDS}"
    rf"|{_MONTH_WORDS}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?)[ \t]+{_YEAR_WORDS}",
    re.IGNORECASE,
)
# the cue right before it ("geboren op", "Date of birth:", "born on") or right after ("U bent
# op ... geboren")
_WORDED_BIRTH_BEFORE = re.compile(
    r"(?:geboren(?:[ \t]+te[ \t]+[\w'-]+)?(?:[ \t]+op)?|geboortedatum|\bgeb\.|"
    r"(?<!\w)born(?:[ \t]+on)?|date[ \t]+of[ \t]+birth|\bDOB|"
    # "Ik ben van vijf mei negenenvijftig": someone is of a date
    r"(?<!\w)(?:ik[ \t]+ben|u[ \t]+bent|hij[ \t]+is|zij[ \t]+is)[ \t]+van)[ \t]*:?[ \t]*,?[ \t]*$"
    # the answer in a transcript to a question for the date of birth on the line before: "En uw
    # geboortedatum, mevrouw Paltan?\n[00:03:25] N. PALTAN: zeven juli negentienzevenentachtig"
    r"|(?:geboortedatum|geboren|date of birth)[^\n]{0,60}\?[ \t]*\n[^\n]{0,40}:[ \t]*$",
    re.IGNORECASE,
)
_BIRTH_AFTER = re.compile(r"[ \t]+(?:geboren|born)\b", re.IGNORECASE)
# "U bent van 4 maart 1944": someone "is of" a date, and not "van ... tot ..." (a period)
_IS_OF_DATE = re.compile(
    rf"(?<!\w)(?:u[ \t]+bent|ik[ \t]+ben|hij[ \t]+is|zij[ \t]+is|ze[ \t]+is)[ \t]+van[ \t]+"
    rf"(?P<date>{_DATE})(?![ \t]*(?:tot|t/m|-|–|en\b))",
    re.IGNORECASE,
)
# English month abbreviations, as Stata, SAS and Oracle write a date
_MONTH_ABBREVIATIONS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_QUERY_DOB = re.compile(
    # a card reader's or a device's short key too: "gd=19330324", "geb=1934-04-18"
    # after a prefix too: "gever_gebdat=20060203"
    r"(?<![^\W_])(?i:gebdat|gebdatum|geboortedatum|geb_datum|dob|birth_?date|date_?of_?birth|"
    r"gd|geb|gebd|gebdt|birthday)"
    # an attribute of XML too: 'dateofbirth="19790417"'; Ruby's hash: '"geboortedatum" => "..."'
    r"[\"']?[ \t]*(?:=>|[=:])[ \t]*[\"']?"
    rf"(?P<date>(?:19|20)\d{{2}}[01]\d[0-3]\d(?!\d)|{_DATE}"
    # SAS's date9 format in a log's "put": "gebdat=04DEC1946"
    rf"|\d{{2}}(?i:{_MONTH_ABBREVIATIONS})\d{{4}}(?!\w))"
)
_DATE_BETWEEN_NAME_AND_PLACE = re.compile(
    rf"(?<=[A-Za-zà-ÿ]),[ \t]+(?P<date>{_DATE})(?!\w),[ \t]+"
    r"(?P<place>[A-Z][\w'-]+(?:[ \t][A-Z][\w'-]+)?)",
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
_PLATE_LETTER = "[BDFGHJKLMNPRSTVWXZ]"


def _side_codes(dash: str, letter: str = _PLATE_LETTER) -> str:
    """The side codes as one alternation, each dash written as `dash`."""
    return "|".join(
        code.replace("L", letter).replace("9", r"\d").replace("-", dash) for code in _SIDE_CODES
    )


_KENTEKEN = re.compile(
    r"(?<![\w-])(?:"
    # a PDF line may break after a dash: "VLB-38-\nD" reads "VLB-38- D" on the flattened page
    + _side_codes("- ?")
    # Belgian plates since 2010: "1-ABC-234"
    + r"|[1-9]- ?[A-Z]{3}- ?\d{3}"
    + r")(?![\w-])"
)
# Typed in lower case ("7-txp-21"): the side code's dashes make it a plate all the same.
_KENTEKEN_LOWER = re.compile(
    r"(?<![\w-])(?:" + _side_codes("-", _PLATE_LETTER.lower()) + r")(?![\w-])"
)
# After the word kenteken any side code counts, also with letters of older series ("WX-DB-12").
_KENTEKEN_CUED = re.compile(
    r"(?i:kenteken(?:nummer)?s?)(?:[ \t]+(?i:[a-z]+))?[ \t]*:?[ \t]*"
    r"(?P<plate>(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|"
    r"[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|"
    r"\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2,3}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|"
    r"[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d))(?![\w-])"
)
# The code of the country that issued an identity paper, as a migrant worker's papers are
# listed: "pas PL MJ4958590", "ID BG 376343118", '"id_ro": "NM396643"'
_ISSUING_COUNTRY = "PL|RO|BG|LT|LV|EE|HU|SK|CZ|SI|HR|PT|ES|IT|DE|BE|FR|GR|UA|TR|MA"
# A pass that belongs to one person for good: for transport by the municipality, or a pass for
# residents with a low income (which also tells that).
# (a voter's "stempas" and "kiezerspas" too: the register links its number to the voter)
_PERSONAL_PASS = r"(?i:vervoers|wmo-?|regiotaxi|valys|stads|ooievaars|meedoen|stem|kiezers)pas"
_DOCUMENT_CONTEXT = re.compile(
    r"(?:paspoort|identiteitskaart|id-kaart|identiteitsbewijs|documentnummer|rijbewijs|"
    # a Spanish DNI or NIE in capitals only: "niet" is no NIE
    r"verblijfsdocument|verblijfsvergunning|vreemdelingennummer|v-nummer|(?-i:\bDNI\b)|"
    r"(?-i:\bNIE\b)|"
    r"legitimatie|legitimeerde|kaartnummer|gehandicaptenparkeerkaart|pass?nummer|"
    r"beveiligerspas|v-nr\.?|vnr|studentnummer|onderwijsnummer|persoonsgebonden nummer|"
    r"diploma|certificaat|sociale hygi[eë]ne|personenregister|jachtakte|aanstellingsnummer|"
    r"wapenvergunning|vaarbewijs|boa-nummer|a-nummer|administratienummer|pasnummer|"
    # "De nieuwe pas (nummer RTU 0048 2291 7)"
    r"\bpas\b[ \t(]{1,3}(?:met[ \t]+)?(?:het[ \t]+)?nummer|"
    # German and Belgian papers: "Personalausweis-Nr.", "Reisepass", "eID", "Steuer-ID"
    r"personalausweis|reisepass|ausweis|\beID\b|steuer-?id|steueridentifikationsnummer|"
    r"passport|id card|identity card|chauffeurskaart|chauffeurspas|f[uü]hrerschein|"
    # "pp. 551827306 (IRL)", "ID X4RTL9K2F"
    r"\bpp\.|(?-i:\bID\b)|"
    r"driving licen[cs]e|driver'?s licen[cs]e|"
    r"(?-i:\bPA\b)|(?-i:\bCI\b)|(?-i:\b[A-Z]{2}-(?:ID|CI|PP|PAS|CNI)\b)|(?-i:\bCNI\b))"
    r"[^\n]{0,70}$",
    re.IGNORECASE,
)
# A line break next to the word for number, as a deed wraps its lines: "met zijn paspoort met
# nummer⏎NT550BDX9", "met haar rijbewijs met⏎nummer 3986359516"
_NUMBER_WORD_AT_LINE_END = re.compile(
    r"(?i)(?:(?<=\bnummer)|(?<=[ \t]nr\.))[ \t]*\n[ \t]*$|"
    r"[ \t]*\n[ \t]*(?=(?:nummer|nr\.)[ \t]*:?[ \t]*$)"
)
# The number of a Dutch passport or identity card: two letters, six letters or digits and a
# digit, never the letter O.
_DUTCH_PAPER_SHAPE = r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d"
# Dutch passport / ID card, a 10-digit driving licence or V-nummer, a Spanish DNI or NIE
# (8 digits and a letter, or X/Y/Z, 7 digits and a letter).
_DOCUMENT_NUMBER = re.compile(
    rf"(?<![\w-]){_DUTCH_PAPER_SHAPE}(?![\w-])|(?<![\w-])\d{{10}}(?!\w)"
    r"|(?<![\w-])[XYZ]?\d{7,8}-?[A-Z](?![\w-])"
    # many foreign passports: one or two letters and 6 to 8 digits ("G2847163", "ED 4820917")
    r"|(?<![\w-])[A-Z]{1,3} ?\d{6,8}(?![\w-])"
    # after the document's name also: 9 digits ("paspoort nr. 057318846"), mixed letters and
    # digits ("X6K2904T8"), a card number in groups ("GPK-0796-2231")
    r"|(?<![\w-])\d{8,9}(?![\w-])"
    r"|(?<![\w-])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,12}(?![\w-])"
    # "SBF-B 2214-0873" (a German boating licence)
    r"|(?<![\w-])[A-Z]{2,4}(?:-[A-Z]{1,2})?[ -]\d{2,5}-\d{3,7}(?![\w-])"
    r"|(?<![\w-])[A-Z]{2,4}\d?-\d{6,10}(?![\w-])"
    # a Polish driving licence: "00492/17/1461"
    r"|(?<![\w/-])\d{3,6}/\d{2,4}/\d{3,6}(?![\w/-])"
    # with a region's letters between: "RT-NHN-58120774"
    r"|(?<![\w-])[A-Z]{2,4}-[A-Z]{2,4}-\d{4,10}(?![\w-])"
    # a Belgian eID card: "592-0174836-41"
    r"|(?<![\w-])\d{3}-\d{7}-\d{2}(?![\w-])"
    # a number written in groups: "2831 4409 17", "V 2990 18 463"
    r"|(?<![\w-])(?:[A-Z]{1,3} )?\d{2,4}(?: \d{2,4}){1,2} \d{1,4}(?![\w-])"
    # a V-nummer with dots: "V 283.5571.09"; a student number: 7 digits
    r"|(?<![\w-])V ?\d{3}\.\d{4}\.\d{2}(?![\w-])|(?<![\w-])\d{7}(?![\w-])"
)
# A KvK number as people write it: "52556885", "5817 4581", "6050.4771", "52.556.885",
# "25.19.52.54"
_KVK_NUMBER = (
    r"\d{8}|\d{4}[ .]\d{4}|\d{2}\.\d{3}\.\d{3}|\d{2} \d{3} \d{3}|\d{2}\.\d{2}\.\d{2}\.\d{2}|"
    r"\d{2} \d{2} \d{2} \d{2}"
)
_KVK = re.compile(
    # the label of a field in JSON too: '"kvk":{"string":"29722393"}', '"_kvk":"40093289"'
    # a party's CompanyID in UBL and eForms: "<cbc:CompanyID>29722393"
    # ... also past a bracket: "KvK-nummer van Attractieverhuur Lentfert (eenmanszaak): 32674625"
    r"(?:KvK|Kamer van Koophandel|handelsregister|CompanyID)[\w\s.,:=/\"'{>()-]{0,60}?(?<!\d)"
    rf"(?P<number>{_KVK_NUMBER})(?!\d)",
    re.IGNORECASE,
)
# A Belgian enterprise number (ondernemingsnummer in the KBO): its check digits make the dotted
# shape safe alone ("0396.154.730"); without dots only after its word.
BELGIAN_ENTERPRISE_WORD = r"(?i:ondernemingsnummer|ondernemingsnr|kbo-nummer|kbo)"
_BELGIAN_ENTERPRISE = re.compile(
    r"(?<![\w.-])(?P<dotted>(?:BE[ ]?)?[01]\d{3}\.\d{3}\.\d{3})(?![\w-]|\.\d)|"
    rf"{BELGIAN_ENTERPRISE_WORD}[\w\s.,:=/\"'{{-]{{0,20}}?(?<![\d.])"
    r"(?P<compact>[01]\d{9})(?!\d)"
)
# The btw-identificatienummer: since 2020 that of a sole trader no longer holds the BSN, but it
# still identifies the owner.
# (also with dots or spaces between the digits, or in small letters: "NL6259.18.939.B52", "NL
# 9741.09.186.B88", "nl801697268b01")
_BTW = re.compile(r"(?<![\w-])(?i:NL)[ ]?(?:\d[ .]?){9}(?i:B)[ ]?\d{2}(?![\w-])")
# A legal entity: its KvK and btw numbers are not personal data.
# Initials that are a legal form, not a person's: "B.V.", "N.V.", "C.V.", "V.O.F."
LEGAL_FORM_INITIALS = r"(?:B\.V|N\.V|C\.V|V\.O\.F)\."
LEGAL_ENTITY = re.compile(
    # (not "N.V.T.", niet van toepassing, in a register's cell)
    r"\bB\.?V\.?(?!\w)|\bN\.?V\.?(?!\w|\.\w)|\bV\.?O\.?F\.?(?!\w)|\bVvE\b|"
    # foreign legal forms: "Reisedienst Wermelskamp GmbH", "Polder Lodges Ltd", a Belgian BVBA
    r"\bGmbH\b|\bLtd\b|\bLimited\b|\bBVBA\b|\bSRL\b|"
    r"(?i:stichting|vereniging|co[öo]peratie|gemeente|holding|maatschap)|"
    # a firm of several professionals is no sole trader: "Halfman Korfage Advocaten"
    r"\b(?:Advocaten|Accountants|Notarissen|Architecten|Partners)\b|"
    # a Belgian city and its social welfare centre: "Stad Lommel (KBO 0253.051.620)"
    r"\b(?:Stad|OCMW)\b"
)
"""A legal entity's name or form (B.V., stichting, gemeente, ...): an organisation, no person."""
# In a letterhead also a C.V. and a mention of the trade register.
_LEGAL_FORM = re.compile(LEGAL_ENTITY.pattern + r"|\bC\.?V\.?(?!\w)|(?i:handelsregister)")
_PERSON_LINE = re.compile(
    r"(?:[A-Z][a-z]+|(?:[A-Z]\.){1,4})(?:[ \t]*(?<=[ \t.])(?:[a-z]{1,3}[ \t]+)*[A-Z][\w'-]+){1,3}"
    r"[ \t]*"
)
# a letter's closing above the signature: "Met vriendelijke groet," then the name
_CLOSING_LINE = re.compile(
    r"[ \t]*(?i:met[ \t]+vriendelijke[ \t]+groet(?:en)?|vriendelijke[ \t]+groet(?:en)?|"
    r"hoogachtend|groet(?:en)?)[ \t]*,?[ \t]*\n"
)
# A sole trader (eenmanszaak) is a natural person: the KvK number then identifies that person.
_SOLE_TRADER = re.compile(
    r"eenmanszaak|h\.o\.d\.n\.|handelend onder de naam|\bzzp(?:'er)?\b|"
    r"zelfstandige zonder personeel|"
    # a business run from home: "U exploiteert vanaf uw woonadres ... een hoveniersbedrijf"
    r"(?:vanaf|op|aan|vanuit)[ \t]+(?:uw|zijn|haar|het)[ \t]+(?:woonadres|woonhuis|huisadres)|"
    r"\baan huis\b",
    re.IGNORECASE,
)
# its owner named right after the number: "KvK 85277410; eigenaresse Shantel"
_OWNER_AFTER = re.compile(r"[ \t]*[;,)]?[ \t]*(?:de[ \t]+)?eigena(?:ar|resse)\b", re.IGNORECASE)
# a person's own number, by the pronoun before its word: "Zijn btw-nummer staat erop:
# NL608919103B02", "mijn KvK is 5740 0341", "Uw KvK-nummer: 69014837"
_PERSONS_NUMBER_BEFORE = re.compile(
    r"(?<!\w)(?i:zijn|haar|mijn|jouw|je|uw)[ \t]+(?i:kvk|btw)[\w-]*[^\n]{0,30}$"
)


# A noun in -ing is no street in "-ring": "Bedrijfsvoering 2026", "Vergadering 12".
_ING_WORD = re.compile(r"[a-z](?:e|a|oe)ring$")


# "3x", "4x": a count after a name in a table ("Thijmen Raaijmakersveld   3x (A-201..203)"), no
# house number.
_COUNT = re.compile(r"\d{1,2}x")


# Urk numbers its houses by district, not by street: "Wijk 2 28", "Wijk 4 17a" (a scan may read
# "Wijk 4 l7"); only in a document that names Urk.
_URK = re.compile(r"\bUrk\b")
_URK_ADDRESS = re.compile(
    r"(?<![\w-])Wijk[ ]\d{1,2}[ ](?=[0-9lO]*\d)[0-9lO]{1,3}[a-zA-Z]?(?![\w-])"
)


# a date as code writes it: year, month, day between the brackets of "date(1969, 8, 9)"
_CODE_DATE = re.compile(
    r"(?<!\d)(?:19|20)\d{2},[ ]?(?:1[0-2]|0?[1-9]),[ ]?(?:3[01]|[12]\d|0?[1-9])(?!\d)"
)
_SHORT_COMPACT_DATE = re.compile(
    r"(?<![\d./-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d.:/-])"
)
_STATA_DATE = re.compile(rf"(?<![^\W_])\d{{1,2}}(?i:{_MONTH_ABBREVIATIONS})\d{{4}}(?![^\W_])")
# Oracle's default date format, in an SQL*Plus spool: "25-JUL-57", "04-FEB-1983", "12-MRT-88"
_ORACLE_DATE = re.compile(
    rf"(?<![\w-])\d{{2}}-(?i:{_MONTH_ABBREVIATIONS}|mrt|mei|okt)-(?:\d{{2}}|\d{{4}})(?![\w-])"
)


def _street_above(text: str, start: int, street_starts: list[int]) -> bool:
    """Whether a street with a house number starts in the same column on the line above: address
    labels printed side by side."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    column = start - line_start
    return any(
        above <= at < line_start - 1 and abs(at - above - column) <= 2 for at in street_starts
    )


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
            if (
                _is_place_name(match.group("street"))
                or _inside(match.span(), taken)
                or _ING_WORD.search(match.group("street"))
                or _COUNT.fullmatch(match.group("number"))
            ):
                continue
            hits.append((match.start(), match.end(), "address", "redact", reason))
            taken.append(match.span())
            street_ends.append(match.end())
    if known_street is not None:
        for start, end in _known_streets(text, known_street):
            if _inside((start, end), taken):
                continue
            if _overlapping((start, end), taken):
                # a known street longer than the suffix rule saw: "Keizer Karelweg 3"
                inner = [h for h in hits if start <= h[0] and h[1] <= end]
                rest = [h[:2] for h in hits if h not in inner]
                if not inner or _overlapping((start, end), rest):
                    continue
                hits = [h for h in hits if h not in inner]
                taken = [t for t in taken if not (start <= t[0] and t[1] <= end)]
            hits.append((start, end, "address", "redact", reason))
            taken.append((start, end))
            street_ends.append(end)
    for pattern in (
        _NUMBER_FIRST_STREET,
        _LOWER_STREET,
        _POLISH_STREET,
        _GERMAN_STREET,
        _FRENCH_STREET,
        _STREET_NR,
        _FILE_NAME_STREET,
    ):
        for match in pattern.finditer(text):
            inner = [t for t in taken if match.start() <= t[0] and t[1] <= match.end()]
            # a longer street than the suffix rule saw: "Am Sportpark 11", "Kettelweg nr. 9"
            if not _overlapping(match.span(), [t for t in taken if t not in inner]):
                hits = [h for h in hits if not (match.start() <= h[0] and h[1] <= match.end())]
                taken = [t for t in taken if t not in inner]
                hits.append((match.start(), match.end(), "address", "redact", reason))
                taken.append(match.span())
                street_ends.append(match.end())
    if _URK.search(text):
        for match in _URK_ADDRESS.finditer(text):
            if not _overlapping(match.span(), taken):
                hits.append((*match.span(), "address", "redact", "Adres in Urk (wijk en nummer)."))
                taken.append(match.span())
    for match in _FOREIGN_BLOCK.finditer(text):
        for group, kind in (("street", "address"), ("postcode", "postcode")):
            span = match.span(group)
            hits = [h for h in hits if not _overlapping((h[0], h[1]), [span])]
            taken = [t for t in taken if not _overlapping(t, [span])]
            hits.append((*span, kind, "redact", "Woonadres in het buitenland (adresblok)."))
            taken.append(span)
    for index, hit in enumerate(hits):
        unit = _UNIT_AFTER.match(text, hit[1]) if hit[2] == "address" else None
        if unit:
            hits[index] = (hit[0], unit.end(), *hit[2:])
            street_ends.append(unit.end())
    for match in _CADASTRAL.finditer(text):
        reason_k = "Kadastrale aanduiding (herleidbaar tot de eigenaar)."
        # with the cadastral municipality before it: "Borculo, sectie N, nummer 1184"
        start = match.start()
        place = _CADASTRAL_PLACE.search(text, max(0, start - 50), start)
        if place and place.group("place").lower() in places():
            start = place.start()
        hits.append((start, match.end(), "address", "redact", reason_k))
    for match in itertools.chain(
        _CADASTRAL_SHORT.finditer(text), _CADASTRAL_SECTION.finditer(text)
    ):
        group = "parcel" if match.group("parcel") else "sectie"
        if not _overlapping(match.span(group), [(h[0], h[1]) for h in hits]):
            hits.append(
                (
                    *match.span(group),
                    "address",
                    "redact",
                    "Kadastrale aanduiding (herleidbaar tot de eigenaar).",
                )
            )
    hits += _more_parcels(text, [h for h in hits if h[4].startswith("Kadastrale")])
    for pattern, group, reason_b in (
        (_ADDRESS_FIELD, "address", "Adres in een formulierveld."),
        (_BLOCK_ADDRESS, 0, "Adresregel boven een postcode (woonadres)."),
        (_BLOCK_ADDRESS_LEFT, 0, "Adresregel boven een postcode (woonadres)."),
        (_BLOCK_ADDRESS_RIGHT, 0, "Adresregel boven een postcode (woonadres)."),
        (_INLINE_ADDRESS, 0, "Straat en huisnummer voor een postcode (woonadres)."),
        (_RESIDENCE_ADDRESS, "address", "Adres waar iemand woont."),
    ):
        for match in itertools.chain.from_iterable(
            pattern.finditer(source) for source in _without_markup(text)
        ):
            value = match.group(group)
            # the blanks of the tags around it are no part of the address
            span = (
                match.start(group) + len(value) - len(value.lstrip()),
                match.end(group) - len(value) + len(value.rstrip()),
            )
            if _is_place_name(text[span[0] : span[1]].rsplit(None, 1)[0]):
                continue
            if pattern is _BLOCK_ADDRESS_RIGHT and not _postcode_below(text, span[0]):
                continue
            if not _overlapping(span, taken):
                hits.append((span[0], span[1], "address", "redact", reason_b))
            elif not _inside(span, taken):  # a longer street than the pattern saw
                hits = [h for h in hits if not (span[0] <= h[0] and h[1] <= span[1])]
                hits.append((span[0], span[1], "address", "redact", reason_b))
            taken.append(span)
            street_ends.append(span[1])
    numbers = []
    household_end = -1
    # "op de Amstelzijde nummer negentien": the street right before is part of the address
    street_starts: dict[int, int] = {}
    for match in _HOUSE_NUMBER_ALONE.finditer(text):
        before = text[max(0, match.start() - 120) : match.start()]
        if _NOT_A_HOUSE.search(before):
            continue
        street = _STREET_BEFORE_NUMBER.search(before)
        if street and "," not in street.group(0):
            street_starts[match.start()] = match.start() - len(street.group(0))
        if (
            (household_end >= 0 and _LIST_NEXT.fullmatch(text, household_end, match.start()))
            or _HOUSEHOLD_BEFORE.search(before)
            or _HOUSEHOLD_AFTER.match(text, match.end())
            or _ADDRESS_KEY_BEFORE.search(before)
            or (_SUFFIXED_HOUSE.search(match.group(0)) and _NEAR_BEFORE.search(before))
            or _SELF_AT_BEFORE.search(before)
            or street
            or (
                _LIVES_BEFORE.search(before)
                and (match.group(0).lower().startswith("huis") or _LIVES_JOIN.search(before))
            )
            # a house number in brackets after a person or a home: "(nummer 141a)", "(nr. 79a)"
            or (
                _BRACKET_BEFORE.search(before) and text[match.end() : match.end() + 1] in (")", ",")
            )
        ):
            numbers.append(" ".join(match.group(0).lower().split()))
            household_end = match.end()
    for match in _HOUSE_NUMBER_ALONE.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        if (
            " ".join(match.group(0).lower().split()) in numbers
            and not _NOT_A_HOUSE.search(before)
            and not _overlapping(match.span(), taken)
        ):
            reason_n = "Huisnummer van een genoemd huishouden (woonadres)."
            start = street_starts.get(match.start(), match.start())
            hits.append((start, match.end(), "address", "redact", reason_n))
    # the same street with another number: "de buren op Raam 146 en Raam 150"
    streets = {
        street.group(1)
        for h in hits
        if h[2] == "address"
        and (street := re.match(r"((?:[A-Z][\w'.-]*[ \t]+){1,4})\d", text[h[0] : h[1]]))
        and len(street.group(1).strip()) >= 3  # not a cadastral section: "K 1208"
        # not the word before a house number on its own: "Nr. 27b"
        and not re.fullmatch(rf"(?i:{HOUSE_NUMBER_WORD})", street.group(1).strip())
    }
    for street in streets:
        # str.find and one compiled pattern for the number: a pattern per street would be
        # compiled anew for every document
        at = text.find(street)
        while at >= 0:
            number = _HOUSE_NUMBER_AT.match(text, at + len(street))
            if number and not (at and (text[at - 1].isalnum() or text[at - 1] in "_-")):
                span = (at, number.end())
                if not _overlapping(span, taken):
                    reason_s = "Dezelfde straat met een ander huisnummer (woonadres)."
                    hits.append((*span, "address", "redact", reason_s))
                    taken.append(span)
            at = text.find(street, at + 1)
    bases = {
        re.findall(r"\d{1,5}", text[h[0] : h[1]])[0]
        for h in hits
        if h[2] == "address" and re.search(r"\d", text[h[0] : h[1]])
    }
    for match in _OTHER_ADDITION.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        if (
            match.group("base") in bases
            and not _NOT_A_HOUSE.search(before)
            and not _overlapping(match.span(), taken)
        ):
            reason_a = "Huisnummer met toevoeging van een genoemd adres (woonadres)."
            # with the word before it: "nummer 29a"
            word = _NUMBER_WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
            start = word.start() if word else match.start()
            hits.append((start, match.end(), "address", "redact", reason_a))
            taken.append((start, match.end()))
    for start, end, kind in find_table_cells(text):
        if kind == "address" and not _overlapping((start, end), taken):
            hits.append((start, end, "address", "redact", "Cel in een kolom 'Adres'."))
            street_ends.append(end)
        elif kind == "address":
            # the whole cell: "Duinweg 3 a,3768 BX" in a CSV reads like "3 a,3" to the street
            # pattern, which then stops before the addition
            hits = [
                (a, end, *rest)
                if start <= a < b < end
                and rest[0] == "address"
                and _REST_OF_NUMBER.fullmatch(text, b, end)
                else (a, b, *rest)
                for a, b, *rest in hits
            ]
        elif kind == "parcel" and not _overlapping((start, end), taken):
            reason_p = "Kadastraal perceel (kolom): herleidbaar tot de eigenaar."
            hits.append((start, end, "address", "redact", reason_p))
    postcode_cells = [(a, b) for a, b, kind in find_table_cells(text) if kind == "postcode"]
    for pattern in (_FOREIGN_POSTCODE, _BARE_POSTCODE, _UK_POSTCODE):
        for match in pattern.finditer(text):
            near = any(
                0 <= match.start() - end <= 40 and _ADDRESS_GAP.match(text[end : match.start()])
                for end in street_ends
            )
            foreign = pattern is _FOREIGN_POSTCODE or pattern is _UK_POSTCODE
            if (foreign or near) and not _overlapping(match.span(), taken):
                reason_f = "Postcode van een (buitenlands) woonadres."
                hits.append((match.start(), match.end(), "postcode", "redact", reason_f))
                taken.append(match.span())
    for match in _LOWER_POSTCODE.finditer(text):
        place = _PLACE_AFTER.match(text, match.end())
        near_street = any(
            0 <= match.start() - end <= 60 and _ADDRESS_GAP.match(text[end : match.start()])
            for end in street_ends
        )
        if (
            near_street
            or _inside(match.span(), postcode_cells)
            or _POSTCODE_LABEL.search(text, max(0, match.start() - 30), match.start())
            or (place is not None and place.group(1).lower() in places())
        ):
            reason = "Postcode van een woonadres (kleine letters)."
            hits.append((match.start(), match.end(), "postcode", "redact", reason))
    for match in _OCR_POSTCODE.finditer(text):
        place = _PLACE_AFTER.match(text, match.end())
        if (
            _OCR_POSTCODE_LABEL.search(text, max(0, match.start() - 30), match.start())
            or (place is not None and place.group(1).lower() in places())
        ) and not _overlapping(match.span(), taken):
            reason = "Postcode van een woonadres (gescand, een letter als cijfer gelezen)."
            hits.append((match.start(), match.end(), "postcode", "redact", reason))
    street_starts = [
        h[0] for h in hits if h[2] == "address" and re.search(r"\d", text[h[0] : h[1]])
    ]
    for match in _POSTCODE.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        if _POSTBUS_BEFORE.search(before):
            reason = "Postcode van een postbus of antwoordnummer, geen woonadres."
            hits.append((match.start(), match.end(), "postcode", "keep", reason))
            continue
        begin = match.start() - 3 if text.startswith("NL-", match.start() - 3) else match.start()
        near_street = any(
            0 <= begin - end <= 60
            and (_ADDRESS_GAP.match(text[end:begin]) or _record_gap(text[end:begin]))
            for end in street_ends
        )
        in_cell = _inside(match.span(), postcode_cells)
        labelled = _POSTCODE_LABEL.search(text, max(0, begin - 30), begin) or (
            _POSTCODE_FIELD.search(text, max(0, begin - 60), begin)
        )
        street_follows = any(
            _PLACE_THEN_STREET.fullmatch(text, match.end(), start) for start in street_starts
        )
        # the next column of a row whose postcode is personal ("3235 NK  3233 XE": old and new)
        next_column = any(
            0 < begin - end <= 12 and not text[end:begin].strip()
            for _, end, kind, action, _ in hits
            if kind == "postcode" and action == "redact"
        )
        if (
            near_street
            or in_cell
            or labelled
            or street_follows
            or next_column
            or _street_above(text, match.start(), street_starts)
            or _NUMBER_AFTER.match(text, match.end())
        ):
            reason = "Postcode bij een huisnummer (woonadres)."
            hits.append((match.start(), match.end(), "postcode", "redact", reason))
        else:
            reason = "Postcode zonder huisnummer; geen woonadres."
            hits.append((match.start(), match.end(), "postcode", "keep", reason))
    return [hit for hit in hits if not _year_of_a_title(text, hit)]


# The title of a regulation or plan, whose year looks like a house number: "Huisvestings-
# verordening Holland Rijnland 2024", "Verordening Meerzicht 2023", "Beleidsplan Dorpskern 2025".
_TITLE_BEFORE = re.compile(
    r"(?i:\w*(?:verordening|regeling|beleidsregels|beleidsregel|plan|programma|nota|visie|"
    r"akkoord|convenant|reglement|begroting|kader|agenda|wet))"
    r"(?:[ \t]+[A-Z][\w'-]*){0,3}[ \t]+$"
)
_YEAR_AT_END = re.compile(r"[ \t](?:19|20)\d{2}$")


def _year_of_a_title(text: str, hit: Hit) -> bool:
    start, end, kind = hit[0], hit[1], hit[2]
    return (
        kind == "address"
        and _YEAR_AT_END.search(text, start, end) is not None
        and _TITLE_BEFORE.search(text, max(0, start - 80), start) is not None
    )


def _without_markup(text: str) -> list[str]:
    """The text, plus (when it holds XML or HTML) a copy with every tag blanked out, same
    length, so that an address block inside `<w:t>` elements reads as lines of a letter."""
    blanked = _TAG.sub(lambda tag: " " * len(tag.group(0)), text) if "<" in text else text
    return [text] if blanked == text else [text, blanked]


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
    """A place, also with a district ("Tilburg-Noord"); not a street whose name starts with a
    point of the compass ("Oost-Kinderdijk 77", "Noord-Brabantlaan 12")."""
    name = " ".join(street.split()).lower()
    first = name.split("-")[0]
    return name in places() or (first in places() and first not in _COMPASS_WORDS)


_COMPASS_WORDS = frozenset({"noord", "oost", "zuid", "west", "oud", "nieuw", "groot", "klein"})


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _overlapping(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


_NUMBERED_PARTS = frozenset(word.lower() for word in _DOCUMENT_PARTS)


def _known_streets(text: str, known_street: StreetLookup) -> list[tuple[int, int]]:
    """Words before a house number that form a known street name (the longest such tail)."""
    found = []
    for match in _WORDS_NUMBER.finditer(text):
        words = list(re.finditer(r"\S+", match.group("street")))
        for k in range(len(words)):
            tokens = [w.group(0) for w in words[k:]]
            if not tokens[0][0].isupper() or not known_street(tokens):
                continue
            if len(tokens) == 1 and (
                len(tokens[0]) < 6
                or tokens[0].lower() in places()
                or tokens[0].lower() in _NUMBERED_PARTS
            ):
                break  # a single short word ("Nummer 4", "Blok 2"), a place or a part of the
                # document ("Antwoord 1", "Overzicht 14") is too risky
            found.append((match.start("street") + words[k].start(), match.end()))
            break
    return found


_TABLE_HEADERS = {
    "name": re.compile(
        # not a column that also describes what happened: "betrokkene / omschrijving"
        r"^(?!.*(?:omschrijving|opmerking|toelichting|notitie|bijzonderheden))"
        r"(?:naam|namen|achternaam|voornaam|voornamen|geslachtsnaam|voorletters|"
        # (not a log's "client_os" or "client ip": the client there is a computer program)
        r"cli[eë]nt(?![ ]+(?!(?:naam|name|achternaam|voornaam|voorletters)\b)\w)|"
        r"aanvrager|ondertekenaar|indiener|"
        r"bewoner|melder|betrokkene|huurder|bezwaarmaker|mantelzorger|deelnemer|ontvanger|"
        r"rechthebbende|overledene|leidinggevende|getuige|leerling|\w*houder|eigenaar|"
        r"partners?|bruid|bruidegom|echtgeno(?:o|te)t?|"
        # who a register is about: "Kind", "Ouder", "Vinder", "Slachtoffer", "Contactpersoon"
        r"kind|kinderen|ouders?|ouder/verzorger|verzorger|jeugdige|vinder|inwoner|pati[eë]nt|"
        r"slachtoffer|passagier|bezoeker|cursist|inspreker|contactpersoon|kandidaat|kandidaten|"
        # volunteers and hired hands: "| tolk | talen | inzet |", "chauffeur"
        r"tolk|tolken|vrijwilliger|vrijwilligers|chauffeur|pachter|verpachter|koper|verkoper|"
        # who handled it, in a register or export: staff names, paraphs and logins
        r"behandelaar|beh|medewerker|klager|klaagster|geregistreerd[ _]door|ingevoerd[ _]door|"
        # a client tracking system's caseworker: "klantmanager", "casemanager", "consulent"
        r"klantmanager|casemanager|consulent|trajectbegeleider|jobcoach|"
        # a records system's or a planning sheet's: "Aangemaakt door", "Gewijzigd door"
        # (abbreviated: "wijz_door")
        r"aangemaakt[ _]door|gewijzigd[ _]door|wijz[._]?[ _]?door|"
        r"beoordelaar|afhandelaar|behandeld[ _]door|beoordeeld[ _]door|"
        r"gebruiker|gebruikersnaam|account|login|inlognaam|userid|paraaf|teller|"
        # an English log's: "Username", "Ack by" (who acknowledged an alarm)
        # (not "User-Agent", "user-defined" or "user_id")
        r"username|user name|user(?=[ \t]*$)|ack by|acknowledged by|"
        # who manages or reviewed it: "contractbeheerder", "reviewer", an issue's "assignee"
        r"\w*beheerder|reviewer|assignee|reporter|"
        # a call centre's export: the agent who took the call ("agent", "agent_naam")
        r"agent|agentnaam|agent naam|"
        # who watched the cameras: a surveillance log's "operator" column (`_DESK_FIELD`)
        r"operator(?=[ \t]*$)|"
        # an English key of an export or a FHIR resource: "family", "given", "lastName"
        r"family|given|family name|given name|first name|last name|surname|full name|initials|"
        # a chat export's or a document's person: "real_name", "display_name", "author"
        r"real name|display name|author|auteur|last modified by|modified by|created by|"
        # a map app's export of field work: who made and who last changed a record
        # ("Creator", "Editor", "created_user", "last_edited_user")
        # (not the "CreatorTool" that made a PDF)
        r"creator(?=[ \t]*$)|editor(?=[ \t]*$)|created user|last edited user|edited by|"
        # a ticket's message by an agent ('"person": "jkuijpers"'), who exported it
        r"person|exported[ _]by|ge[eë]xporteerd[ _]door|"
        # a messenger's export ("Sender Name"), a household's principal ("Referent")
        r"sender name|referent|statushouder|"
        # the Belastingdienst's loonaangifte: "<SignNm>" (the surname's significant part),
        # "<Voorl>" (initials)
        r"sign nm|signnm|voorl|"
        # a dBase register's abbreviated first names: "VOORN"
        r"voorn|"
        # who checked or inspected, in an enforcement export: "controleur" (a boa's login)
        r"controleur(?=[ \t]*$)|toezichthouder(?=[ \t]*$)|"
        r"inspecteur(?=[ \t]*$))\b",
        re.I,
    ),
    # a roll-call vote or a committee list: the names in a "raadslid" column are office holders
    "office": re.compile(
        r"^(?:raadslid|raadsleden|statenlid|statenleden|wethouders?|fractievoorzitters?|"
        # a register of written questions: the alderman or mayor who answers them
        r"portefeuillehouders?|"
        r"lid algemeen bestuur|commissielid)\b"
        # who signs for the college in a document's data: "<Burgemeester>"
        r"|^(?:burgemeester|gemeentesecretaris|griffier)$",
        re.I,
    ),
    "dob": re.compile(
        r"^(?:geb[._ -]?\s*datum|geboortedatum|geboren|geb\.|gebdat|geb\b|date of birth|dob\b|"
        # a guest portal's or a CRM's English column: "birthday"
        r"birthday\b|"
        # an English key of an export or a FHIR resource: "birthDate", "birth_date"
        r"birth ?date\b|date ?of ?birth\b|"
        # a form field's key that ends in it: "brandwacht1_geb", "kind2 gebdatum"
        r"\w+ geb(?:datum|oortedatum|dat)?$|"
        # a form's question that asks for them: "Question 2 (Geboortedata)"
        r".*\(geboortedat(?:um|a)\)$)",
        re.I,
    ),
    "address": re.compile(
        r"^(?:adres|woonadres|huisadres|straat en huisnummer|ligplaats|ligplaatsadres|"
        # a register's or message's parts of an address: "straatnaam", "openbareRuimteNaam"
        r"straatnaam|openbare ruimte naam|huisnummer|huisnr|hnr)\b"
        # (not a form's part for the town alone: "Adres (City)" holds "Aduard")
        r"(?!.*\((?:city|stad|plaats|woonplaats|country|land|state|provincie)\)$)",
        re.I,
    ),
    "postcode": re.compile(r"^(?:postcode|pc|pcode|postal ?code|zip ?code|zip)\b", re.I),
    # a phone column: read as a number also where it is written without its "+" ("31646706517"
    # under "mobile" in a guest portal's export)
    "phone": re.compile(
        r"^(?:telefoon|telefoonnummer|telefoonnr|tel|telnr|mobiel|mobielnummer|mobiel nummer|"
        r"mobile|mobile number|mobile phone|phone|phone number|gsm|msisdn)$",
        re.I,
    ),
    # "trailer/auto" over a harbour register's plates; English "registration"
    "kenteken": re.compile(
        r"^(?:kenteken|kentekens|kenteken voertuig|(?:trailer ?/ ?)?auto|voertuig|"
        r"registration|plate)\b",
        re.I,
    ),
    # ... also a column for either number, a person's BSN or a company's KvK: "bsn_of_kvk"
    "kvk": re.compile(
        r"^(?:kvk|kvk-nummer|kvk-nr\.?|kamer van koophandel|bsn[ /]?(?:of[ ])?kvk|"
        r"kvk[ /]?(?:of[ ])?bsn)\b",
        re.I,
    ),
    "document_number": re.compile(
        # ("VNummer" as an XML element of a COA message)
        # the BRP's administration number, abbreviated in an export's column: "anr"
        # ("v_nummer" in a JSON export)
        r"^(?:anr\b|v[ _-]?nummer|v[ _-]nr|vreemdelingennummer|documentnummer|documentnr|"
        # an identity scanner's English field: "Document Number"
        r"document number|"
        r"paspoortnummer|"
        # a migrant worker's identity paper by its country in a register's export: "id_bg"
        rf"id[ ](?:{_ISSUING_COUNTRY})$|"
        # a personal budget's number at the SVB, which pays it to its holder: "svb_budgetnummer"
        # (the attribute of an element <svb> too: '<svb budgetnummer="75959461"/>')
        r"svb[ ]budgetnummer|"
        # a grave right holder's number in a cemetery's register ("rh_nr", "rechthebbendennr"),
        # a cremation's in a registration ("<crematienummer>")
        r"rh[ _]nr$|rechthebbende(?:n)?[ _]?(?:nummer|nr)\b|crematie(?:nummer|nr)\b|"
        r"docnummer|doc-nummer|id-nummer|idnummer|id-nr|"
        # an export's key or element ("id_nummer", "<idkaart>"), a form's "Nr. legitimatie"
        r"id[ _]nummer|id[ _]nr|id[ _]?kaart|"
        r"(?:nr\.?|nummer)[ ](?:legitimatie|identiteitsbewijs|id-bewijs|paspoort|id-kaart)|"
        r"paspoortnr|paspoort|id-nummer|id-kaart|identiteitsbewijs|legitimatie|rijbewijsnummer|"
        # "rijbewijs C nr.", "rijbewijs nr": the number of a person's driving licence
        r"rijbewijs(?:[ ]?[a-e]{1,2})?[ ]?(?:nr\.?|nummer)|rijbewijsnr|"
        # personal certificates: a diploma or registration number points to its holder
        r"diploma|certificaat|sh-diploma|verklaring sociale|iva-|iva\b|\w*pasnummer|"
        # ... its abbreviation: "vsh_reg" in a register of licences
        r"(?:vsh|svh)(?:[ _-]?(?:reg|registratie|nummer|nr|diploma))?\b|"
        # a personal pass's number in its own column: "vervoerspas" (a bare "Pasnr." column:
        # `_PASS_NUMBER_HEADER`, not where a register lends its passes out)
        # ... also after a role's prefix: "stempas_nr", "gem_stempas" (the proxy's pass)
        rf"(?:[a-z]+[ _])?{_PERSONAL_PASS}(?:[ _-]?(?:nr|nummer))?\b|"
        # a subscriber of a personal alarm or a care service: "abonneenr"
        r"abonneenr|abonneenummer|"
        r"a-nummer|vaarbewijs|klantnr|klantnummer|cli[eë]ntnr|cli[eë]ntnummer|"
        r"personeelsnr|personeelsnummer|relatienummer|bsn-vrij klantnummer|"
        # a library member's, a pupil's, a subscriber's number in an export: "lenersnr",
        # "leerling_nr", "abonnementsnummer" (not "relatienr": also a company's or a creditor's)
        r"leners?[ _-]?(?:nr|nummer)\b|leerling[ _-]?(?:nr|nummer)\b|"
        r"abonnements?[ _-]?(?:nr|nummer)\b|"
        # a member's number at a sports federation or club: "relatiecode", "lidnummer"
        r"relatiecode|lidnummer|lidnr|bondsnummer|"
        # a staff number in a placement list or a roster: "pers.nr", "stamnr", "mdw-nr"
        r"pers\.?[ -]?nr|pers\.?[ -]?nummer|stamnr|stamnummer|medewerkersnr|werknemersnr|"
        r"mdw\.?[ -]?nr|pnr\b|dienstnummer|dienstnr|studentnummer|studentnr|"
        # foreign personal numbers and a document's number: "tin", "Steuer-ID", "INSZ", "docnr"
        r"tin\b|tin[ _]\w+|steuer|idnr|rijksregister|insz|nn\b|docnr|doc\.[ ]?nr|"
        # an identity paper's column: "ID-document", "Legitimatiebewijs"
        r"id-document|id-doc|identiteitsdocument|legitimatiebewijs|id-bewijs|idbewijs|"
        # a travel document; an enforcer's service number ("handhaver": "HH-2214")
        r"reisdocument|boa[ _-]?nr|boa-nummer|"
        # a licensee's diploma of social hygiene in a register's column: "SVH_NR"
        r"svh[ _-]?(?:nr|nummer)\b|"
        # a care provider's registration in a roster: "BIG-NR", "AGB-code"
        r"big[ _-]?nr|big-nummer|big-registratie|agb[ _-]?code|agb[ _-]?nr|"
        # a volunteer's pager in a turn-out list: "pager | PG-48812"
        r"pager|pagernummer|pagernr)",
        re.I,
    ),
    # who enforced: a service number ("HH-2214") or the enforcer's name ("Wiekman")
    "enforcer": re.compile(r"^(?:handhaver|handhavers|boa|boa's)\b", re.I),
    # a register's bare "Document" column: a paper's number only where the cell looks like one
    # ("L01X7T4KR (D)"), not a document's title or code in a list of documents
    # ... and a bare "Rijbewijs" column of a payroll export: the licence's number where the cell
    # looks like one ("9730156889"), not its categories ("C/CE")
    "paper": re.compile(r"^(?:document|documenten|rijbewijs)$", re.I),
    # a cadastral parcel points to its owner: "perceel", "kadastrale aanduiding"
    "parcel": re.compile(
        r"^(?:perceel|percelen|kadastraal perceel|kadastrale aanduiding|kad\. aanduiding|"
        r"kadastraal|perceelnummer)\b",
        re.I,
    ),
}
# Who moved a motion or an amendment is a council member: "Indiener(s)" in a list of motions.
_MOVER = re.compile(r"^(?:indieners?|indiener\(s\)|ingediend door)\b", re.I)
_MOTIONS = re.compile(r"\b(?:moties?|amendementen|amendement)\b", re.I)
# Who asked written questions of the college is a council member: "Vragensteller" in the
# griffie's register of questions (art. 38 of the council's rules of order).
_QUESTIONER = re.compile(r"^(?:vragenstellers?|vragensteller\(s\)|gesteld door)\b", re.I)
_CANDIDATE = re.compile(r"^kandida(?:at|ten)\b", re.I)
_SECRETARY = re.compile(r"^secretaris$", re.I)
_COLLEGE = re.compile(r"\b(?:burgemeester en wethouders|college van b(?:urgemeester|&w))", re.I)
_ELECTION = re.compile(r"\b(?:verkiezing\w*|kandidatenlijst\w*|kieslijst\w*|lijsttrekker\w*)", re.I)


_KEY_OF_AN_ID = re.compile(r"(?<!postal)(?<!zip)_(?:id|nr|no|nummer|code)$", re.I)
_INVENTORY = re.compile(r"\binventaris(?:lijst)?\b", re.I)
_INVENTORY_NUMBER = re.compile(
    r"^(?:documentnr|documentnummer|docnr|doc\.[ ]?nr|nr\.?|document|documenten)$", re.I
)


# A column header written in camel case, as a planning system's CSV writes it: "ClientName",
# "PassengerFirstName" ("DOB" and "KvK" stay as they are).
_CAMEL_HEADER = re.compile(r"[A-Za-z]?[a-z]{2,}(?:[A-Z][a-z]{2,})+")


# A column of pass numbers ("Pasnr."): a person's own pass (a traffic controller's), unless the
# register lends passes out and takes them back ("DATUM UIT  DATUM IN", "uitgifteregister").
_PASS_NUMBER_HEADER = re.compile(r"(?i:pas[ .-]?nr\.?)")
_LENT_PASSES = re.compile(r"(?i:uitgifte|uitgegeven|datum[ ]uit|datum[ ]in\b|retour|bezoeker)")


def _header_kind(label: str, text: str) -> str:
    """The kind of personal data a column header names, or ''."""
    label = label.strip()
    if _INVENTORY_NUMBER.match(label) and _INVENTORY.search(text):
        return ""  # a Woo decision's inventory list numbers documents, not a person's papers
    # an export's "kind_voornaam", "ouder_verzorger"; not an identifier's key ("client_id")
    if "_" in label and not _KEY_OF_AN_ID.search(label):
        label = label.replace("_", " ")
    if _MOVER.match(label) and _MOTIONS.search(text):
        return "office"
    if _QUESTIONER.match(label) and COUNCIL_QUESTIONS.search(text):
        return "office"
    if _CANDIDATE.match(label) and _ELECTION.search(text):
        return ""  # the candidates of an election are public: their list is published
    if _PARKING_CARD_HEADER.match(label) and _PARKING_CARD_TEXT.search(text):
        return "document_number"  # the card's number points to its holder
    if _PASS_NUMBER_HEADER.fullmatch(label) and not _LENT_PASSES.search(text):
        return "document_number"  # a volunteer's own pass, not one lent out at a desk
    if _SECRETARY.match(label) and _COLLEGE.search(text):
        return "office"  # the college's secretary signs with the mayor
    if _TABLE_HEADERS["office"].match(label):
        return "office"  # "Portefeuillehouder" before the name columns' "...houder"
    kind = next((k for k, rx in _TABLE_HEADERS.items() if rx.match(label)), "")
    if not kind and _CAMEL_HEADER.fullmatch(label):
        return _header_kind(_field_key(label), text)  # "ClientName" as "Client Name"
    if not kind and (whose := _WHOSE_COLUMN.match(label)):
        # "holder_dob", "holder_first": whose value it is, then what it is
        rest = label[whose.end() :]
        return "name" if _NAME_PART.fullmatch(rest) else _header_kind(rest, text)
    return kind


# An English export's column named after the person it is about, then the value: "holder_dob",
# "holder_pc", "owner_last" (a grave right's holder in a cemetery system's report)
_WHOSE_COLUMN = re.compile(
    r"^(?:holder|owner|customer|applicant|requester|resident|tenant|deceased|member|client)"
    r"[ ]+(?=\w)",
    re.IGNORECASE,
)
_NAME_PART = re.compile(r"first|last|given|family|fname|lname|initials", re.IGNORECASE)


_SEPARATOR_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")


def find_table_cells(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the cells of plain-text tables whose column header names a kind of
    personal data ("Naam", "Geb.datum", "Adres"). A table is a header row of "|"-separated
    cells followed by a separator row ("|---|---|"); rows may run on one line, as in PDF text.
    Tables without a separator row count too: "|", tab, ";" or "," between the cells, with
    CSV quoting ("Habraken, Gerardus J." is one cell).
    """
    return list(_table_cells_of(text))


@functools.lru_cache(maxsize=8)
def _table_cells_of(text: str) -> tuple[tuple[int, int, str], ...]:
    """`find_table_cells`, cached for the last few texts: a dozen detectors, and the office test
    of every name, read the same document's cells."""
    found = list(_table_cells(text)) if text.count("|") >= 4 else []
    for separator in "|\t;,":
        if text.count(separator) >= 4:
            found += [
                c
                for c in _line_table_cells(text, separator)
                if not _overlapping(c[:2], [f[:2] for f in found])
            ]
    if "-- --" in text or "--  --" in text:
        # a rule of dashes under a header marks each column exactly, also where one space
        # parts two columns ("GEB_DATUM SVH_NR"), which an aligned table would read as one
        found += [
            c for c in _underlined_fields(text) if not _overlapping(c[:2], [f[:2] for f in found])
        ]
    if "   " in text:
        found += [
            c for c in _aligned_table_cells(text) if not _overlapping(c[:2], [f[:2] for f in found])
        ]
    # the fields of an export or a message, each read where its marker is in the text
    for markers, fields in _FIELD_READERS:
        if any(marker in text for marker in markers):
            taken = [f[:2] for f in found]
            found += [c for c in fields(text) if not _overlapping(c[:2], taken)]
    return tuple(
        (a, b, _enforcer_kind(text[a:b]) if kind == "enforcer" else kind)
        for a, b, kind in found
        if not _PLACEHOLDER_CELL.fullmatch(text[a:b])
    )


# A key in camel case for a record's identifier: '"clientId": "tuinportaal"' names an application
# (as "client_id" does), not a client.
_CAMEL_ID_KEY = re.compile(r"[a-z](?:Id|ID)$")


# ... nor an export's "operator", which may be a desk or a firm ('"operator":"meldkamer Salland
# Beveiliging"'), though in a camera log's column it is the person who watched
_DESK_FIELD = re.compile(r"(?i:operator)$")


def _field_kind(key: str, text: str) -> str:
    """The kind of personal data a field's key names, as a column header would; not a key about
    the field's kind ('"betrokkeneType": "natuurlijk_persoon"') or an identifier's."""
    if _CAMEL_ID_KEY.search(key) or _DESK_FIELD.match(key):
        return ""
    key = _field_key(key)
    return "" if _KEY_OF_A_KIND.search(key) else _header_kind(key, text)


def _enforcer_kind(cell: str) -> str:
    """An enforcer's column holds a service number ("BOA-1187-GN") or a name ("Wiekman")."""
    return "document_number" if re.search(r"\d", cell) else "name"


# A field of a JSON export: its key is the column header ('"behandelaar": "rthissen"',
# '"geboortedatum": "1994-03-02"'), words joined by "_" or written together in camel case.
_JSON_FIELD = re.compile(
    r'"(?P<key>[A-Za-z][A-Za-z_ .-]{1,40})"[ \t]*:[ \t]*'
    # a number without quotes too: '"huisnummer": 57'
    r'(?:\[[ \t]*)?(?:"(?P<value>[^"\n]{1,120})"|(?P<number>\d{1,12})(?=[ \t]*[,}\n]))'
)
# ... and one of a JSON body written inside a log's string, its quotes escaped:
# 'body={\\"leerling\\":\\"Noah Wolters\\",\\"geb\\":\\"02-02-2011\\"}'
_ESCAPED_JSON_FIELD = re.compile(
    r'\\"(?P<key>[A-Za-z][A-Za-z_ .-]{1,40})\\"[ \t]*:[ \t]*'
    r'(?:\\"(?P<value>[^"\\\n]{1,120})\\"|(?P<number>\d{1,12})(?=[ \t]*[,}\n]))'
)
# ... and one whose key is the value of a label before it: an identity scanner's or a form's
# list of fields ('{"fieldName":"Surname","value":"SIREGAR"}', '{"label": "Geboortedatum",
# "value": "1988-11-21"}').
_LABELLED_JSON_FIELD = re.compile(
    r'"(?:fieldName|field_name|fieldLabel|field|label|name|key)"[ \t]*:[ \t]*'
    r'"(?P<key>[A-Za-z][A-Za-z_ .-]{1,40})"[ \t]*,[ \t]*"(?:value|fieldValue|field_value|answer)"'
    r'[ \t]*:[ \t]*(?:"(?P<value>[^"\n]{1,120})"|(?P<number>\d{1,12})(?=[ \t]*[,}\n]))'
)


def json_field_labels(text: str) -> list[tuple[int, int]]:
    """Where the labels of such fields stand ("Given Names"): a field's name, not a person's."""
    if '":' not in text:
        return []
    return [m.span("key") for m in _LABELLED_JSON_FIELD.finditer(text)]


# A field of a PHP print_r or var_export dump: "[postcode] => 3411 BK", "'naam' => 'P. Mol',".
_PHP_FIELD = re.compile(
    r"^[ \t]*(?:\[(?P<key>[A-Za-z][\w.-]{1,40})\]|'(?P<quoted>[A-Za-z][\w.-]{1,40})')[ \t]*=>[ \t]*"
    r"'?(?P<value>[^'\n]{1,120}?)'?,?[ \t]*$",
    re.MULTILINE,
)


# The fields of an HL7 v2 message (a lab result, a notification) that hold a person: the
# patient's name (PID-5), date of birth (PID-7) and address (PID-11: street ^ ^ place ^ ^
# postcode), a next of kin (NK1-2, NK1-4), the ordering or attending doctor (ORC-12, OBR-16,
# PV1-7/8/9); phone numbers are found as anywhere. Numbered as HL7 counts them: the segment name
# is field 0.
_HL7_SEGMENT = re.compile(r"^(?P<segment>PID|NK1|ORC|OBR|PV1)\|[^\n]*$", re.MULTILINE)
_HL7_FIELDS = {
    "PID": {5: "name", 7: "dob", 11: "address"},
    "NK1": {2: "name", 4: "address"},
    "ORC": {12: "name"},
    "OBR": {16: "name"},
    "PV1": {7: "name", 8: "name", 9: "name"},
}


@functools.lru_cache(maxsize=8)
def _hl7_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    for match in _HL7_SEGMENT.finditer(text):
        wanted = _HL7_FIELDS[match.group("segment")]
        at = match.start()
        for index, field in enumerate(match.group(0).split("|")):
            kind = wanted.get(index)
            if kind == "address":  # the street, and the postcode as its own cell
                parts = field.split("^")
                if parts[0]:
                    found.append((at, at + len(parts[0]), "address"))
                if len(parts) > 4 and parts[4]:
                    offset = at + sum(len(part) + 1 for part in parts[:4])
                    found.append((offset, offset + len(parts[4]), "postcode"))
            elif kind and field.strip("^ "):
                # "Bergkamp^L.F.^^^^^huisarts": the name, not the role after the empty parts
                value = field.split("^^", 1)[0] or field.rstrip("^")
                found.append((at, at + len(value), kind))
            at += len(field) + 1
    return tuple(found)


# The attributes of a directory export (LDIF, "ldifde", an AD listing) that hold a person, and
# the person's name in a distinguished name: "CN=Alkemade\, Rosalie,OU=Uitdienst,...".
_LDIF_KINDS = {
    "cn": "name", "sn": "name", "givenname": "name", "displayname": "name", "initials": "name",
    "samaccountname": "name", "uid": "name", "employeeid": "document_number",
    "employeenumber": "document_number", "streetaddress": "address",
    "homepostaladdress": "address", "postalcode": "postcode",
}  # fmt: skip
_LDIF_LINE = re.compile(r"^(?P<key>[A-Za-z]{2,24}):[ \t]+(?P<value>[^\n]+?)[ \t]*$", re.MULTILINE)
_DN_PERSON = re.compile(r"(?<![\w])CN=(?P<value>(?:\\,|[^,=\n])+?)(?=,(?:OU|DC|CN|O)=)")


@functools.lru_cache(maxsize=8)
def _ldif_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    if not re.search(r"^(?:dn|objectClass):", text, re.MULTILINE):
        return ()
    found = []
    for match in _LDIF_LINE.finditer(text):
        kind = _LDIF_KINDS.get(match.group("key").lower())
        if kind:
            found.append((*match.span("value"), kind))
    for match in _DN_PERSON.finditer(text):
        if not _overlapping(match.span("value"), [f[:2] for f in found]):
            found.append((*match.span("value"), "name"))
    return tuple(found)


# A StUF or ZGW entity prefix written into the key: "gorOpenbareRuimteNaam", "inpBsn"
_ENTITY_PREFIX = re.compile(r"^(?:gor|aoa|inp|sub|wpl|num|vbo|ing)(?=[A-Z])")
# A key about the field's kind, not its value: '"betrokkeneType": "natuurlijk_persoon"'
# ("postalCode" is a postcode, not a code for one)
_KEY_OF_A_KIND = re.compile(
    r"(?i:(?<!postal)(?<!zip)[ _](?:type|soort|rol|status|code|categorie|omschrijving))$"
)


def _field_key(key: str) -> str:
    """An export's key as a header: "gorOpenbareRuimteNaam" -> "Openbare Ruimte Naam"."""
    key = _ENTITY_PREFIX.sub("", key)
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).replace("_", " ").replace("-", " ")


# A nested field of a BRP answer (Haal Centraal): the date inside "geboorte" is a date of birth
# ('"geboorte": { "datum": { "type": "Datum", "datum": "2014-06-09" } }'); the street of an
# object that also holds a house number is part of a home address ('"verblijfplaats": {
# "straat": "Kasteelweg", "huisnummer": 22, ...}').
_BIRTH_OBJECT = re.compile(
    r'"(?:geboorte|birth)"[ \t]*:[ \t]*\{[^{}]*(?:\{[^{}]*)?$', re.IGNORECASE
)
_STREET_KEY = re.compile(r"^(?:straat|straatnaam|openbare ruimte naam|street)$", re.IGNORECASE)


# the keys of an address's parts in one JSON object
_NUMBER_KEY = re.compile(r'"(?:huisnummer|huisnr|nr|hnr)"', re.IGNORECASE)
_STREET_FIELD = re.compile(r'"(?:straat|straatnaam)"', re.IGNORECASE)


def _nested_kind(key: str, text: str, start: int) -> str:
    plain = _field_key(key).strip().lower()
    if plain in ("datum", "date") and _BIRTH_OBJECT.search(text, max(0, start - 120), start):
        return "dob"
    if _STREET_KEY.match(plain) or plain in ("nr", "hnr"):
        # a street and its number in one object: '"adres": {"straat": "Ellestraat", "nr": "14"'
        opening = text.rfind("{", 0, start)
        closing = text.find("}", start)
        fields = text[opening:closing] if opening >= 0 and closing > 0 else ""
        if _STREET_KEY.match(plain) and _NUMBER_KEY.search(fields):
            return "address"
        if plain in ("nr", "hnr") and _STREET_FIELD.search(fields):
            return "address"
    return ""


@functools.lru_cache(maxsize=8)
def _json_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    escaped = _ESCAPED_JSON_FIELD.finditer(text) if '\\":' in text else ()
    labelled = _LABELLED_JSON_FIELD.finditer(text)
    for match in itertools.chain(_JSON_FIELD.finditer(text), escaped, labelled):
        kind = _field_kind(match.group("key"), text) or _nested_kind(
            match.group("key"), text, match.start()
        )
        group = "value" if match.group("value") is not None else "number"
        value = match.group(group).strip()
        if kind and value and not (kind == "name" and not re.search(r"[^\W\d_]", value)):
            found.append((match.start(group), match.end(group), kind))
    return tuple(found)


# An element of an XML message: its tag is the column header ("<BG:geslachtsnaam>Laarman<",
# "<StUF:gebruiker>gkeppel<", "<BG:aoa.postcode>3781BK<"), without its namespace and without a
# StUF entity prefix ("aoa.", "inp."), words written together in camel case.
_XML_FIELD = re.compile(
    r"<(?:[\w-]+:)?(?P<tag>[A-Za-z][\w.-]{1,50})(?:[ \t][^<>\n]*)?>"
    r"(?P<value>[^<>\n]{1,120})</(?:[\w-]+:)?(?P=tag)>"
)
# ... and one whose key is its "name" attribute: XFDF form data ('<field name="straat"><value>
# Lheebroekerweg</value></field>'), a Windows event's data ('<Data Name="Gebruiker">...</Data>').
_NAMED_XML_FIELD = re.compile(
    r"<(?:[\w-]+:)?(?P<tag>[A-Za-z][\w.-]{0,30})[ \t][^<>\n]*?\b(?i:name)="
    r"\"(?P<key>[^\"\n]{1,50})\""
    r"[^<>\n]*>(?:<value>)?(?P<value>[^<>\n]{1,120})(?:</value>)?</(?:[\w-]+:)?(?P=tag)>"
)
# The house number as the next field, in each of the two ways: a street before it is part of an
# address ("<Straat>Lieveldseweg</Straat><Huisnummer>52</Huisnummer>").
_HOUSE_NUMBER_ELEMENT_NEXT = re.compile(r"\s*<(?:[\w-]+:)?(?i:huisnummer|huisnr)>")
_HOUSE_NUMBER_FIELD_NEXT = re.compile(r"\s*<[^<>\n]*\b(?i:name)=\"(?i:huisnummer|huisnr)\"")


# An attribute of an element that names its person: a tracked change's or comment's author in
# a Word document ('<w:del w:author="Heino Voorbrink" ...>', 'w:initials="HVrb"').
_XML_TAG = re.compile(r"<[A-Za-z][^<>\n]*>")
_XML_ATTRIBUTE = re.compile(
    r"(?<=[ \t])(?:[\w-]+:)?(?P<key>[A-Za-z][\w.-]{1,30})=\"(?P<value>[^\"<>\n]{1,120})\""
)
_PERSON_ATTRIBUTES = frozenset(
    {"author", "initials", "lastmodifiedby", "modifiedby", "createdby", "user",
     "username", "userid", "auteur", "gebruiker", "gebruikersnaam", "medewerker", "behandelaar"}
)  # fmt: skip
_NO_PERSON_VALUES = frozenset(
    {"extern", "intern", "systeem", "system", "onbekend", "anoniem", "admin", "beheerder", "root"}
)
_SECURITY_ID = re.compile(r"S-1(?:-\d+){1,8}")


def _xml_attributes(text: str) -> list[tuple[int, int, str]]:
    found = []
    numbered: dict[tuple[str, str], bool] = {}  # (element, key) -> a person's number
    for tag in _XML_TAG.finditer(text):
        for match in _XML_ATTRIBUTE.finditer(tag.group(0)):
            value = match.group("value")
            if _personal_number_attribute(tag.group(0), match.group("key"), value, text, numbered):
                found.append(
                    (
                        tag.start() + match.start("value"),
                        tag.start() + match.end("value"),
                        "document_number",
                    )
                )
                continue
            if match.group("key").lower().replace("_", "") not in _PERSON_ATTRIBUTES:
                continue  # not 'style:family="table"', 'creator="Garmin eTrex 32x"' (a program)
            if value.lower() in _NO_PERSON_VALUES or _SECURITY_ID.fullmatch(value):
                continue  # 'gebruiker="extern"', 'UserID="S-1-5-20"'
            if re.search(r"[^\W\d_]", value):
                found.append(
                    (tag.start() + match.start("value"), tag.start() + match.end("value"), "name")
                )
    return found


_ELEMENT_NAME = re.compile(r"<(?:[\w-]+:)?(?P<name>[A-Za-z][\w.-]*)")


def _personal_number_attribute(
    tag: str, key: str, value: str, text: str, known: dict[tuple[str, str], bool]
) -> bool:
    """An attribute that holds a person's number, as its column would: a migrant worker's staff
    number ('<bewoner persnr="980403">'), also named with its element ('<svb
    budgetnummer="75959461"/>'). `known` keeps the answer per element and key, as a track's
    thousands of '<trkpt lat="..." lon="...">' ask the same question."""
    if not re.search(r"\d", value) or LEGAL_ENTITY.search(tag):
        return False  # (not a company's certificate: '<asbestverwijderaar naam="... B.V."')
    element = _ELEMENT_NAME.match(tag)
    name = element.group("name") if element else ""
    if (name, key) not in known:
        keys = (key, f"{name} {key}") if name else (key,)
        known[name, key] = any(_field_kind(k, text) == "document_number" for k in keys)
    return known[name, key]


@functools.lru_cache(maxsize=8)
def _xml_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    fields = [(m, m.group("tag"), _HOUSE_NUMBER_ELEMENT_NEXT) for m in _XML_FIELD.finditer(text)]
    fields += [
        (m, m.group("key"), _HOUSE_NUMBER_FIELD_NEXT) for m in _NAMED_XML_FIELD.finditer(text)
    ]
    found = []
    for match, key, number_next in fields:
        key = key.rsplit(".", 1)[-1]
        kind = _field_kind(key, text)
        if (
            not kind
            and _STREET_KEY.match(_field_key(key).strip())
            and number_next.match(text, match.end())
        ):
            kind = "address"  # the street of an address whose house number is the next field
        if (
            key == "Nm"
            and _SEPA_PARTY_BEFORE.search(text, max(0, match.start() - 30), match.start())
            and not LEGAL_ENTITY.search(match.group("value"))
            and not _TWO_PARTIES.search(match.group("value"))
        ):
            # a SEPA payment's creditor or debtor, not a company or a municipality; a couple
            # ("J.H. EGGINGA EO A. EGGINGA-SMEENHORST") is left to the name rules, name by name
            kind = "name"
        if kind and match.group("value").strip():
            found.append((match.start("value"), match.end("value"), kind))
    return tuple(found + _xml_attributes(text))


# The party of a SEPA payment (pain.001, pain.008) right before its name: "<Cdtr><Nm>J P M VAN
# RIXTEL</Nm>", "<UltmtDbtr><Nm>".
_SEPA_PARTY_BEFORE = re.compile(r"<(?:[\w-]+:)?(?:Ultmt)?(?:Cdtr|Dbtr)>\s*$")
_TWO_PARTIES = re.compile(r"(?<![\w-])(?i:eo|en|e/o|c\.q\.|and|&)(?![\w-])")


# A printed form's or register print's field with a dot leader, a BRP rubric number before it:
# "   03.10 Geboortedatum .................... 19620418", "Postcode ....... 9431 KB", and a
# GBA-V answer's element ("01.03.10  Geboortedatum ....... 19890314").
_LEADER_FIELD = re.compile(
    r"^[ \t]*(?:\d{2}\.\d{2}(?:\.\d{2})?[ \t]+)?"
    r"(?P<key>[A-Za-z][\w ./()-]{1,40}?)[ \t]*\.{4,}:?[ \t]*"
    r"(?P<value>[^\n]{1,120}?)[ \t]*$",
    re.MULTILINE,
)


@functools.lru_cache(maxsize=8)
def _leader_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    for match in _LEADER_FIELD.finditer(text):
        kind = _field_kind(match.group("key"), text)
        if kind:
            found.append((*match.span("value"), kind))
    return tuple(found)


@functools.lru_cache(maxsize=8)
def _php_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    for match in _PHP_FIELD.finditer(text):
        kind = _field_kind(match.group("key") or match.group("quoted"), text)
        if kind and match.group("value").strip() and match.group("value") != "Array":
            found.append((*match.span("value"), kind))
    return tuple(found)


# A contact card (vCard) or a calendar item (iCalendar), as Outlook exports them: the person's
# name in "N:" (surname;given;;;) and "FN:", a home address in "ADR" (;;street;place;;postcode;),
# a birthday in "BDAY:", the people invited in 'ATTENDEE;CN="Wilgenhuis, Bonifaas":mailto:...'.
# A card whose "TITLE:" is an office ("Wethouder", "Raadslid") is an office holder's.
_CARD_LINE = re.compile(
    r"^(?P<key>N|FN|NICKNAME|ADR|BDAY|TITLE)(?P<params>;[^:\n]*)?:(?P<value>[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
# A contact card, from BEGIN:VCARD to END:VCARD
VCARD = re.compile(r"^BEGIN:VCARD[ \t]*$(?P<body>.*?)^END:VCARD", re.MULTILINE | re.DOTALL)
# An organisation's or a desk's card: a name field with one part and the four others empty
# ("N:Werkplein;;;;", "N:Griffie Zeist;;;;"; in all six such cards of the sets no person). A
# person's has a given name or initials: "N:Brinkhorst;Henk;;;".
DESK_CARD_NAME = re.compile(r"[^;\n]+;;;;")
_ROLE_IN_BRACKETS_AT_END = re.compile(r"\(([^()\n]+)\)[ \t]*$")
_CALENDAR_PERSON = re.compile(
    r"^(?:ORGANIZER|ATTENDEE)[^\n]*?;CN=(?:\"(?P<quoted>[^\"\n]{2,80})\"|(?P<bare>[^;:\n]{2,80}))",
    re.MULTILINE,
)


@functools.lru_cache(maxsize=8)
def _card_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    for card in VCARD.finditer(text):
        lines = list(_CARD_LINE.finditer(text, card.start("body"), card.end("body")))
        titles = [m.group("value") for m in lines if m.group("key") == "TITLE"]
        # the office as the name's prefix: "N:Lenderink;B.;;wethouder;", "FN:Wethouder Lenderink"
        titles += [
            part
            for m in lines
            if m.group("key") == "N"
            for part in m.group("value").split(";")[3:4]
        ]
        for display in (line.group("value") for line in lines if line.group("key") == "FN"):
            titles.append(display)
            # ... or in brackets after it: "FN:Fleur Tesselaar (raadslid)"
            if role := _ROLE_IN_BRACKETS_AT_END.search(display):
                titles.append(role.group(1))
        person = "office" if any(office_title(title) for title in titles) else "name"
        desk = any(
            m.group("key") == "N" and DESK_CARD_NAME.fullmatch(m.group("value")) for m in lines
        )
        for line in lines:
            key, value = line.group("key"), line.group("value")
            if not value.strip(" ;"):
                continue
            if key in ("N", "FN", "NICKNAME") and not desk:
                found.append((*line.span("value"), person))
            elif key == "BDAY":
                found.append((*line.span("value"), "dob"))
            elif key == "ADR" and "WORK" not in (line.group("params") or "").upper():
                at = line.start("value")
                for index, part in enumerate(value.split(";")):
                    if part.strip() and index in (2, 5):
                        found.append((at, at + len(part), "address" if index == 2 else "postcode"))
                    at += len(part) + 1
    for match in _CALENDAR_PERSON.finditer(text):
        group = "quoted" if match.group("quoted") else "bare"
        start, end = match.span(group)
        role = office_title(match.group(group))
        if role:  # 'CN="Wethouder Anne-Marie Velthuijzen"': the office holder, in office
            found.append((start + role, end, "office"))
        elif not _DESK.match(match.group(group)):
            found.append((start, end, "name"))
    return tuple(found)


# A desk, a room or a department invited to a meeting, no person: "CN=Balie 2", "CN=Burgerzaken
# Velsen", "CN=Spreekkamer 3"
_DESK = re.compile(
    r"(?i:balie|loket|burgerzaken|publiekszaken|klantcontact|kcc|team|afdeling|spreekkamer|"
    r"vergaderzaal|zaal|kamer|stadhuis|gemeentehuis|receptie)\b"
)


# An SQL dump: the columns of "CREATE TABLE" (or of the INSERT itself) name the values of each
# row of "INSERT INTO ... VALUES (...), (...);", as a CSV header names its cells.
_SQL_CREATE = re.compile(
    r"CREATE[ \t]+TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?[`\"\[]?(?P<table>\w+)[`\"\]]?"
    r"[ \t]*\((?P<body>.*?)\)[ \t]*(?:ENGINE\b|;|\n\n)",
    re.IGNORECASE | re.DOTALL,
)
_SQL_INSERT = re.compile(
    r"INSERT[ \t]+INTO[ \t]+[`\"\[]?(?P<table>\w+)[`\"\]]?[ \t]*(?:\((?P<columns>[^()]*)\))?"
    r"\s*VALUES\s*",
    re.IGNORECASE,
)
_SQL_BARE = re.compile(r"[^,)\s]+")  # a number, NULL or a function call without quotes
_SQL_NOT_A_COLUMN = re.compile(r"(?i:primary|key|unique|constraint|index|foreign|check|fulltext)\b")


def _sql_columns(body: str) -> list[str]:
    """The column names of a CREATE TABLE body or an INSERT's column list, in order."""
    parts, depth, current = [], 0, ""
    for char in body:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    names = []
    for part in parts:
        part = part.strip()
        match = re.match(r"[`\"\[]?(\w+)[`\"\]]?", part)
        if match and not _SQL_NOT_A_COLUMN.match(part):
            names.append(match.group(1))
    return names


def _sql_rows(text: str, at: int) -> list[list[tuple[int, int]]]:
    """The value spans of each row after VALUES, up to the closing ";" (quotes inside strings
    doubled or escaped with a backslash)."""
    rows: list[list[tuple[int, int]]] = []
    row: list[tuple[int, int]] | None = None
    index, end = at, len(text)
    while index < end:
        char = text[index]
        if row is None:
            if char == "(":
                row = []
            elif char == ";" or not (char.isspace() or char == ","):
                break
            index += 1
        elif char == "'":
            close = index + 1
            while close < end:
                if text[close] == "\\" or text.startswith("''", close):
                    close += 2
                elif text[close] == "'":
                    break
                else:
                    close += 1
            row.append((index + 1, close))
            index = close + 1
        elif char == ")":
            rows.append(row)
            row = None
            index += 1
        elif char in ", \t\n":
            index += 1
        else:
            bare = _SQL_BARE.match(text, index)
            row.append(bare.span() if bare else (index, index + 1))
            index = bare.end() if bare else index + 1
    return rows


# PostgreSQL's dump of a table's rows: "COPY mzw.aanvraag (id, mz_voornamen, ...) FROM stdin;",
# then one line per row, its values separated by tabs, "\\N" for none, up to a line "\\.".
_SQL_COPY = re.compile(
    r"^COPY[ \t]+[\w.\"]+[ \t]*\((?P<columns>[^()]*)\)[ \t]+FROM[ \t]+stdin;[ \t]*\n",
    re.IGNORECASE | re.MULTILINE,
)
# A short prefix of a column's name that says whose value it is: "mz_" (mantelzorger), "zv_";
# not one of an organisation ("org_naam", "bv_naam")
_COLUMN_PREFIX = re.compile(r"^(?!(?i:org|bv|nv|kvk)_)[A-Za-z]{1,3}_(?=[A-Za-z])")


def _column_kinds(columns: list[str], text: str) -> list[str]:
    """The kind of each column of a table's rows, from its name; a street where the table also
    has a house number ("mz_straat" beside "mz_huisnr") is part of an address."""
    plain = [_COLUMN_PREFIX.sub("", column.strip().strip('`"[]')) for column in columns]
    kinds = [
        _field_kind(column, text) or _field_kind(key, text)
        for column, key in zip(columns, plain, strict=True)
    ]
    if any(
        kind == "address" and re.search(r"(?i)huisn", key)
        for kind, key in zip(kinds, plain, strict=True)
    ):
        kinds = [
            "address" if not kind and _STREET_KEY.match(_field_key(key).strip()) else kind
            for kind, key in zip(kinds, plain, strict=True)
        ]
    return kinds


def _copy_rows(text: str, start: int) -> list[list[tuple[int, int]]]:
    """(start, end) of each value of each row of a COPY block from `start` up to its "\\."."""
    rows = []
    at = start
    for line in text[start:].split("\n"):
        if line in ("\\.", ""):
            break
        row = []
        for value in line.split("\t"):
            row.append((at, at + len(value)))
            at += len(value) + 1
        rows.append(row)
    return rows


@functools.lru_cache(maxsize=8)
def _sql_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    tables = {
        m.group("table").lower(): _sql_columns(m.group("body")) for m in _SQL_CREATE.finditer(text)
    }
    blocks = []
    for insert in _SQL_INSERT.finditer(text):
        columns = (
            _sql_columns(insert.group("columns"))
            if insert.group("columns")
            else tables.get(insert.group("table").lower(), [])
        )
        blocks.append((columns, _sql_rows(text, insert.end())))
    for copy in _SQL_COPY.finditer(text):
        blocks.append((_sql_columns(copy.group("columns")), _copy_rows(text, copy.end())))
    found = []
    for columns, rows in blocks:
        kinds = _column_kinds(columns, text)
        for row in rows:
            for kind, (start, end) in zip(kinds, row, strict=False):
                value = text[start:end]
                if kind and value.strip() and value.upper() not in ("NULL", "\\N"):
                    found.append((start, end, kind))
    return tuple(found)


# Rows under a list of columns declared once: SPSS syntax with its data inline ("DATA LIST
# LIST /id (F4) naam (A32) pc (A6) hnr (A5) ." and the rows between "BEGIN DATA" and "END
# DATA"), Power Query's typed table ("#table(type table [Persnr = text, Naam = text], {{"773132",
# "Oetelaar, M.J."}, ...})") and a log whose header names its columns ("# formaat: ts ctr loc
# evt pas res vol") above lines of as many words.
_SPSS_DATA = re.compile(
    r"^DATA[ \t]+LIST\b[^/\n]*/(?P<columns>[^.]*)\.[ \t]*\n(?:[^\n]*\n){0,5}?"
    r"BEGIN[ \t]+DATA\.?[ \t]*\n(?P<rows>.*?)^END[ \t]+DATA",
    re.MULTILINE | re.DOTALL | re.IGNORECASE,
)
_SPSS_COLUMN = re.compile(r"(?P<name>[A-Za-z]\w*)(?:[ \t]*\([^()\n]*\))?")
_SPACED_VALUE = re.compile(r'"(?P<double>[^"\n]*)"|\'(?P<single>[^\'\n]*)\'|(?P<bare>\S+)')
_TYPED_TABLE = re.compile(
    r"#table\(\s*type[ \t]+table[ \t]*\[(?P<columns>[^\[\]]*)\]\s*,\s*\{"
    r"(?P<rows>(?:\s*\{[^{}]*\}\s*,?)*)\s*\}"
)
_TYPED_ROW = re.compile(r"\{(?P<row>[^{}]*)\}")
# a value of a typed table's row: a quoted text, a "#date(1975, 2, 6)", a bare word or number
_TYPED_VALUE = re.compile(
    r'"(?P<text>(?:[^"]|"")*)"|#date\((?P<date>[^()]*)\)|(?P<bare>[^,\s][^,]*)'
)
_LOG_COLUMNS = re.compile(
    r"^[#/;* \t]*[^\n]*?\b(?i:formaat|format|kolommen|columns|velden|fields)[ \t]*:[ \t]*"
    r"(?P<columns>[a-z_]{1,12}(?:[ \t]+[a-z_]{1,12}){2,})[ \t]*(?:\(|$)",
    re.MULTILINE,
)


def _spaced_values(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each value of a line whose values are separated by spaces, a quoted
    value without its quotes."""
    spans = []
    for match in _SPACED_VALUE.finditer(text, start, end):
        group = next(g for g in ("double", "single", "bare") if match.group(g) is not None)
        spans.append(match.span(group))
    return spans


@functools.lru_cache(maxsize=8)
def _declared_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []

    def add(kinds: list[str], row: list[tuple[int, int]]) -> None:
        for kind, (start, end) in zip(kinds, row, strict=False):
            # ("-" and other placeholders are dropped by find_table_cells for every reader)
            if kind and text[start:end].strip() and text[start:end] != "null":
                found.append((start, end, kind))

    for block in _SPSS_DATA.finditer(text):
        columns = [m.group("name") for m in _SPSS_COLUMN.finditer(block.group("columns"))]
        kinds = _column_kinds(columns, text)
        at = block.start("rows")
        for line in block.group("rows").split("\n"):
            add(kinds, _spaced_values(text, at, at + len(line)))
            at += len(line) + 1
    for table in _TYPED_TABLE.finditer(text):
        columns = [part.split("=")[0] for part in table.group("columns").split(",")]
        kinds = _column_kinds(columns, text)
        for row in _TYPED_ROW.finditer(text, table.start("rows"), table.end("rows")):
            values = _TYPED_VALUE.finditer(text, row.start("row"), row.end("row"))
            add(
                kinds,
                [
                    m.span(next(g for g in ("text", "date", "bare") if m.group(g) is not None))
                    for m in values
                ],
            )
    for header in _LOG_COLUMNS.finditer(text):
        columns = header.group("columns").split()
        # a log of a container's or a gate's access passes: "pas" is the pass's number
        kinds = [
            "document_number" if column in ("pas", "pasnr") else kind
            for column, kind in zip(columns, _column_kinds(columns, text), strict=True)
        ]
        if not any(kinds):
            continue
        at = text.find("\n", header.end()) + 1
        while 0 < at < len(text) and text[at] != "\n":
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            row = _spaced_values(text, at, line_end)
            if len(row) == len(columns):
                add(kinds, row)
            at = line_end + 1
    return tuple(found)


# A keyword argument or an object literal's property on a line of its own, as source code and
# its diff write a record ('    personeelsnummer="710119",', '-    geboortedatum=date(1969, 8,
# 9),', "    contractbeheerder: 'tbraspenning',"): its key is the
# column header. A date of birth is written as "date(year, month, day)". The comma after it
# tells a call's argument from a setting of a configuration file ('naam = "Meetcampagne"').
_KEYWORD_FIELD = re.compile(
    r"^[ \t+-]*(?P<key>[A-Za-z_]\w{1,40})[ \t]*[=:][ \t]*"
    r"(?:\"(?P<double>[^\"\n]{1,120})\"|'(?P<single>[^'\n]{1,120})'"
    r"|(?:datetime\.)?date\((?P<date>\d{4},[ ]?\d{1,2},[ ]?\d{1,2})\))[ \t]*,[ \t]*$",
    re.MULTILINE,
)


# a made-up record in test code: "Test Medewerker A", personeelsnummer "000001"
_FICTITIOUS_VALUE = re.compile(r"(?i:test|fictie[fv]\w*|voorbeeld|dummy)\b.*|0{4,}\d{0,4}")


@functools.lru_cache(maxsize=8)
def _keyword_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    records: list[list[re.Match[str]]] = []
    for match in _KEYWORD_FIELD.finditer(text):
        if records and text[records[-1][-1].end() : match.start()] == "\n":
            records[-1].append(match)  # the next line of the same record
        else:
            records.append([match])
    for record in records:
        fields = []
        for match in record:
            group = next(g for g in ("double", "single", "date") if match.group(g) is not None)
            fields.append((match.group("key"), *match.span(group)))
        found += _record_cells(text, fields)
    return tuple(found)


def _record_cells(text: str, fields: list[tuple[str, int, int]]) -> list[tuple[int, int, str]]:
    """The cells of one record's fields (key, start, end), each of the kind its key names;
    none of a record made up for a test."""
    if any(_FICTITIOUS_VALUE.fullmatch(text[a:b]) for _, a, b in fields):
        return []
    kinds = _column_kinds([key.rsplit(".", 1)[-1] for key, _, _ in fields], text)
    return [(a, b, kind) for kind, (_, a, b) in zip(kinds, fields, strict=True) if kind]


# Fields written one after another on one line: a record's repr in a log or a traceback
# ("Applicant(id=4490, voornaam='Chantal', adres='Laar 6', postcode='5388 MS')"); a line needs
# three such fields at least. (A URL-encoded form is decoded to "key: value" lines first.)
_INLINE_FIELD = re.compile(
    r"(?<![\w.])(?P<key>[A-Za-z_][\w.]{1,40})="
    r"(?:'(?P<single>[^'\n]{1,120})'|\"(?P<double>[^\"\n]{1,120})\")(?=[,)\s]|$)",
    re.MULTILINE,
)


@functools.lru_cache(maxsize=8)
def _inline_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    at = 0
    for line in text.split("\n"):
        matches = list(_INLINE_FIELD.finditer(text, at, at + len(line)))
        at += len(line) + 1
        if len(matches) < 3:
            continue
        fields = []
        for match in matches:
            group = "single" if match.group("single") is not None else "double"
            fields.append((match.group("key"), *match.span(group)))
        found += _record_cells(text, fields)
    return tuple(found)


# A street and its house number on lines of their own, each after its label ("straat:
# Vinkelsestraat" above "huisnummer: 57"), as a form or a decoded form post writes them: the
# street is part of an address only with the number beside it.
_LABELLED_LINE = re.compile(
    r"^[ \t]*(?P<key>[A-Za-z][\w .-]{1,30}?)[ \t]*:[ \t]*(?P<value>[^\n]{1,80}?)[ \t]*$",
    re.MULTILINE,
)


@functools.lru_cache(maxsize=8)
def _labelled_street_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    lines = list(_LABELLED_LINE.finditer(text))
    for above, below in itertools.pairwise(lines):
        if text[above.end() : below.start()] != "\n":
            continue
        street = _STREET_KEY.match(above.group("key").strip())
        number = re.fullmatch(r"(?i:huisnummer|huisnr)", below.group("key").strip())
        if street and number and re.match(r"\d", below.group("value")):
            found += [(*above.span("value"), "address"), (*below.span("value"), "address")]
    return tuple(found)


# A statement of RDF in Turtle: its predicate is the column header ('schema:birthDate
# "1933-07-04"^^xsd:date', 'foaf:familyName "Wiendels"').
_TURTLE_FIELD = re.compile(
    r"(?<![\w-])[A-Za-z][\w-]*:(?P<key>[A-Za-z]\w{1,40})[ \t]+\"(?P<value>[^\"\n]{1,120})\""
)


# a person's node: it has a date of birth or death, or a given or family name
_PERSON_NODE = re.compile(r":(?:birthDate|deathDate|givenName|familyName)\b")


@functools.lru_cache(maxsize=8)
def _turtle_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    for match in _TURTLE_FIELD.finditer(text):
        kind = _field_kind(match.group("key"), text)
        if not kind and match.group("key") == "name":
            # 'schema:name' names a person in a node of a person: '[ schema:name "Antonius
            # Heebink" ; schema:birthDate "1939-02-28"^^xsd:date ]'
            opening = text.rfind("[", 0, match.start())
            closing = text.find("]", match.end())
            inside = opening >= 0 and closing > 0 and "]" not in text[opening : match.start()]
            node = text[opening:closing] if inside else ""
            kind = "name" if "\n\n" not in node and _PERSON_NODE.search(node) else ""
        if kind:
            found.append((*match.span("value"), kind))
    return tuple(found)


# A family tree in GEDCOM (a genealogy program's export, sent with an application): a person's
# names ("1 NAME Gerrit /Holtes/", "2 GIVN", "2 SURN"), the date under a birth ("1 BIRT" then
# "2 DATE 17 AUG 1972"), a residence's street and postcode ("2 ADDR De Kolk 4", "3 POST 7211 BD").
_GEDCOM_LINE = re.compile(
    r"^(?P<level>\d{1,2})[ ](?P<tag>NAME|GIVN|SURN|NICK|_MARNM|ADDR|ADR1|POST)[ ]"
    r"(?P<value>[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
_GEDCOM_BIRTH_DATE = re.compile(
    r"^(?P<level>\d)[ ]BIRT[ \t]*\n(?:(?!(?P=level)[ ])\d[^\n]*\n)*?\d[ ]DATE[ ]"
    r"(?P<value>\d{1,2}[ ][A-Z]{3}[ ]\d{4})[ \t]*$",
    re.MULTILINE,
)
_GEDCOM_KINDS = {
    "NAME": "name", "GIVN": "name", "SURN": "name", "NICK": "name", "_MARNM": "name",
    "ADDR": "address", "ADR1": "address", "POST": "postcode",
}  # fmt: skip


@functools.lru_cache(maxsize=8)
def _gedcom_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    if not re.search(r"^0 (?:HEAD|@\w+@ INDI)\b", text, re.MULTILINE):
        return ()
    found = [
        (*m.span("value"), _GEDCOM_KINDS[m.group("tag")])
        for m in _GEDCOM_LINE.finditer(text)
        if re.search(r"\w", m.group("value"))
    ]
    found += [(*m.span("value"), "dob") for m in _GEDCOM_BIRTH_DATE.finditer(text)]
    return tuple(found)


# The payer's name in an MT940 statement's ":86:" line ("/NAME/J H WEERENK/REMI/..."), without
# a salutation before it or "en echtgeno(o)t(e)" after it ("FAM ...", "MW ...", "... EO").
_MT940_NAME = re.compile(
    r"/NAME/(?:(?:FAM|MW|MEVR|DHR|HR|DE HEER|MEVROUW)\.?[ ]+)?"
    r"(?P<value>[^/\n]*?[^\W\d_][^/\n]*?)(?:[ ]+(?:EO|E\.O\.|CS))?(?=/|[ \t]*$)",
    re.MULTILINE,
)


@functools.lru_cache(maxsize=8)
def _mt940_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((*m.span("value"), "name") for m in _MT940_NAME.finditer(text))


# A care message in EDIFACT (MEDVRI, MEDEAF via ZorgMail): the patient's name parts, each after
# its qualifier ("PNA+PAT+...++++SU:D?'Agostino:IN:L.M.:FN:Luciana Maria:NB:Meentink'", "?" the
# escape character), and the street and postcode of an address ("ADR+1+Kerklaan 58:Kortenhoef::
# 1241 BH'").
_EDIFACT_NAME_PART = re.compile(r"(?<=[+:])(?:SU|IN|FN|NB|FS|NM|SP):(?P<value>(?:\?.|[^:+'?\n])+)")
_EDIFACT_ADDRESS = re.compile(
    r"^ADR\+[^+'\n]*\+(?P<street>(?:\?.|[^:+'?\n])+):(?:\?.|[^:+'?\n])*::"
    r"(?P<postcode>\d{4}[ ]?[A-Z]{2})(?=[:+'])",
    re.MULTILINE,
)


# A passenger or crew list (PAXLST) names each traveller in a NAD segment ("NAD+FM+++DELA
# CRUZ:RAMON'": FL a passenger, FM a crew member, DDT and DDU in transit) and gives their travel
# document after it ("DOC+P:110:111+P2872674B'") and a reference of theirs ("RFF+ABO:C9487407'",
# a seaman's book), up to the next traveller.
_EDIFACT_TRAVELLER = re.compile(
    r"^NAD\+(?:FL|FM|DDT|DDU|COT)\+[^+'\n]*\+[^+'\n]*\+(?P<value>(?:\?.|[^+'?\n])+?)(?=['+])",
    re.MULTILINE,
)
_EDIFACT_TRAVEL_PAPER = re.compile(
    r"^(?:DOC\+[^+'\n]*\+|RFF\+[A-Z]{2,3}:)(?P<value>[A-Z0-9]{5,20})(?=['+:])", re.MULTILINE
)


@functools.lru_cache(maxsize=8)
def _edifact_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    for segment in re.finditer(r"^PNA\+[^\n]*", text, re.MULTILINE):
        for match in _EDIFACT_NAME_PART.finditer(text, segment.start(), segment.end()):
            found.append((*match.span("value"), "name"))
    travellers = list(_EDIFACT_TRAVELLER.finditer(text))
    found += [(*match.span("value"), "name") for match in travellers]
    if travellers:
        first = travellers[0].start()
        found += [
            (*match.span("value"), "document_number")
            for match in _EDIFACT_TRAVEL_PAPER.finditer(text, first)
        ]
    # qualifier 329: date of birth, as CCYYMMDD or YYMMDD ("DTM+329:660206'")
    for match in re.finditer(r"^DTM\+329:(?P<value>\d{8}|\d{6})(?=[:'])", text, re.MULTILINE):
        found.append((*match.span("value"), "dob"))
    for match in _EDIFACT_ADDRESS.finditer(text):
        found += [(*match.span("street"), "address"), (*match.span("postcode"), "postcode")]
    return tuple(found)


# A library's catalogue record in MARC 21 text ("=100  1\\$aBlokker, Hendrika Johanna,$d1934-"):
# the personal name of a main or added entry (100, 600, 700) in subfield $a.
_MARC_PERSON = re.compile(
    r"^=(?:100|600|700)[ ]{2}[\\\d ]{0,2}\$a(?P<value>[^$\n]+?)[,.]?(?=\$|[ \t]*$)",
    re.MULTILINE,
)
# A SIP2 message of a library's self-service machine ("...|AA21354000812374|AEBlokland, J.W.|
# BDZuidzijde 118 2971 BG Bleskensgraaf|BF0184-702953|PB19580321|"): the patron's barcode, name,
# home address, phone and date of birth, each after its two-letter code.
_SIP2_FIELD = re.compile(r"(?<=\|)(?P<code>AA|AE|BD|BF|PB)(?P<value>[^|\n]+)(?=\|)")
_SIP2_KINDS = {
    "AA": "document_number", "AE": "name", "BD": "address", "BF": "phone", "PB": "dob",
}  # fmt: skip


@functools.lru_cache(maxsize=8)
def _library_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found = [(*m.span("value"), "name") for m in _MARC_PERSON.finditer(text)]
    found += [
        (*m.span("value"), _SIP2_KINDS[m.group("code")])
        for m in _SIP2_FIELD.finditer(text)
        if m.group("value").strip("* ")
    ]
    return tuple(found)


# An HTML table (a register saved as a web page, an export "as Excel" that is HTML): the header
# row's <th> cells name each column's kind, as a plain-text table's header does.
_HTML_ROW = re.compile(r"<tr\b[^>]*>(?P<row>.*?)</tr\s*>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(
    r"<(?P<tag>t[hd])\b[^>]*>(?P<value>.*?)</(?P=tag)\s*>", re.IGNORECASE | re.DOTALL
)


@functools.lru_cache(maxsize=8)
def _html_table_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    kinds: list[str] = []
    for row in _HTML_ROW.finditer(text):
        cells = list(_HTML_CELL.finditer(text, row.start("row"), row.end("row")))
        if cells and all(c.group("tag").lower() == "th" for c in cells):
            labels = [html.unescape(re.sub(r"<[^>]*>", "", c.group("value"))) for c in cells]
            kinds = [_header_kind(label, text) for label in labels]
            continue
        if re.search(r"(?i)\bcolspan=", row.group("row")):
            continue  # a row whose cells span columns no longer lines up with the header
        for kind, cell in zip(kinds, cells, strict=False):
            value = cell.group("value")
            if kind and value.strip() and "<" not in value:
                lead = len(value) - len(value.lstrip())
                start = cell.start("value") + lead
                found.append((start, start + len(value.strip()), kind))
    return tuple(found)


# A spreadsheet saved as XML: a flat OpenDocument file (.fods: "<table:table-row>" of
# "<table:table-cell>" with "<text:p>") or SpreadsheetML 2003 ("<Row>" of "<Cell>" with "<Data>").
# Its first row of labels names the columns; a date cell also holds its value in an attribute
# ('office:date-value="1949-03-17"').
_SHEET_ROW = re.compile(
    r"<(?P<tag>table:table-row|(?:ss:)?Row)\b[^>]*>(?P<row>.*?)</(?P=tag)\s*>", re.DOTALL
)
_SHEET_CELL = re.compile(
    r"<(?P<tag>table:table-cell|(?:ss:)?Cell)\b(?P<attributes>[^>]*?)"
    r"(?:/>|>(?P<body>.*?)</(?P=tag)\s*>)",
    re.DOTALL,
)
_SHEET_VALUE = re.compile(r"<(?P<tag>text:p|(?:ss:)?Data)\b[^>]*>(?P<value>[^<]*)</(?P=tag)\s*>")
_SHEET_DATE_VALUE = re.compile(r"\boffice:date-value=\"(?P<value>[^\"]+)\"")
_SHEET_TABLE = re.compile(r"<(?:table:table|(?:ss:)?Table)\b(?!-)")
_SHEET_REPEAT = re.compile(r"\btable:number-columns-repeated=\"(?P<count>\d{1,2})\"")


@functools.lru_cache(maxsize=8)
def _spreadsheet_xml_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    kinds: list[str] = []
    previous_end = 0
    first = True
    for row in _SHEET_ROW.finditer(text):
        if _SHEET_TABLE.search(text, previous_end, row.start()):
            kinds, first = [], True  # the next sheet has its own header
        previous_end = row.end()
        cells = []  # per column: (cell match, value match or None)
        for cell in _SHEET_CELL.finditer(text, row.start("row"), row.end("row")):
            repeat = _SHEET_REPEAT.search(cell.group("attributes"))
            value = (
                _SHEET_VALUE.search(text, cell.start("body"), cell.end("body"))
                if cell.group("body") is not None
                else None
            )
            cells += [(cell, value)] * (int(repeat.group("count")) if repeat else 1)
        values = [v.group("value").strip() if v else "" for _, v in cells]
        if first:
            # only a sheet's first row is its header, with two labels at least
            first = False
            if sum(bool(v) for v in values) >= 2 and all(not v or _is_label(v) for v in values):
                kinds = [_header_kind(v, text) if v else "" for v in values]
            continue
        if not any(kinds):
            continue
        for kind, (cell, value) in zip(kinds, cells, strict=False):
            if not kind:
                continue
            if value and value.group("value").strip():
                raw = value.group("value")
                start = value.start("value") + len(raw) - len(raw.lstrip())
                found.append((start, start + len(raw.strip()), kind))
            attribute = _SHEET_DATE_VALUE.search(cell.group("attributes"))
            if attribute and kind == "dob":
                offset = cell.start("attributes")
                found.append(
                    (offset + attribute.start("value"), offset + attribute.end("value"), kind)
                )
    return tuple(found)


# A query tool's fixed-width result (SQL*Plus, sqlcmd): the header's columns are underlined with
# runs of dashes, one per column ("CREDNR NAAM             BSN       GEB"), which give each
# column's width; the rows follow up to a blank line.
_DASH_RULE = re.compile(r"^-{2,}(?:[ ]+-{2,}){2,}[ ]*$", re.MULTILINE)


@functools.lru_cache(maxsize=8)
def _underlined_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    for rule in _DASH_RULE.finditer(text):
        header_end = rule.start() - 1
        header_start = text.rfind("\n", 0, max(0, header_end)) + 1
        header = text[header_start:header_end]
        columns = [m.span() for m in re.finditer(r"-+", rule.group(0))]
        kinds = [_header_kind(header[a:b], text) for a, b in columns]
        if not any(kinds):
            continue
        for at, line in block_lines(text, rule.end() + 1):
            if any(a <= len(line) and line[a - 1] != " " for a, _ in columns[1:]):
                continue  # a line that does not keep to the columns: a note, an overflow
            for index, ((a, _), kind) in enumerate(zip(columns, kinds, strict=True)):
                # up to the next column: a value may run past its dashes ("2264 RS" under "------")
                b = len(line) if index == len(columns) - 1 else columns[index + 1][0] - 1
                value = line[a:b]
                if kind and value.strip():
                    start = at + a + len(value) - len(value.lstrip())
                    found.append((start, start + len(value.strip()), kind))
    return tuple(found)


# dbfdump (Perl's XBase) prints a dBase file's records one per line, fields parted by ":" (or
# what --fs sets), in the order of its --fields option or of the file's field list ("--info").
_DBFDUMP = re.compile(r"^[$>#]?[ \t]*dbfdump\b(?P<args>[^\n]*)$", re.MULTILINE)
_DBF_FIELD_OPTION = re.compile(r"--fields[ =](?P<fields>\w+(?:,\w+)+)")
_DBF_SEPARATOR = re.compile(r"--fs[ =](?P<q>['\"]?)(?P<sep>[^'\"\s]+)(?P=q)")
_DBF_FIELD_INFO = re.compile(
    r"^\d+\.[ \t]+(?P<name>[A-Z][A-Z0-9_]*)[ \t]+[CDNLMFIT][ \t]+\d+", re.MULTILINE
)


@functools.lru_cache(maxsize=8)
def _dbfdump_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    for command in _DBFDUMP.finditer(text):
        args = command.group("args")
        if "--info" in args:
            continue
        option = _DBF_FIELD_OPTION.search(args)
        if option:
            names = option.group("fields").split(",")
        else:
            names = [m.group("name") for m in _DBF_FIELD_INFO.finditer(text, 0, command.start())]
        separator = _DBF_SEPARATOR.search(args)
        sep = separator.group("sep") if separator else ":"
        kinds = [_header_kind(name, text) for name in names]
        if not any(kinds):
            continue
        for at, line in block_lines(text, command.end() + 1):
            offset = 2 if line.startswith("* ") else 0  # a record marked as deleted
            values = line[offset:].split(sep)
            if len(values) != len(names):
                continue  # not a record of this file
            position = at + offset
            for value, kind in zip(values, kinds, strict=True):
                if kind and value.strip():
                    start = position + len(value) - len(value.lstrip())
                    found.append((start, start + len(value.strip()), kind))
                position += len(value) + len(sep)
    return tuple(found)


def block_lines(text: str, at: int) -> Iterator[tuple[int, str]]:
    """(start, line) of each line from `at` up to the first blank line."""
    while at < len(text):
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        line = text[at:line_end]
        if not line.strip():
            return
        yield at, line
        at = line_end + 1


# A fixed-width file with its COBOL copybook beside it (a return file of the CAK, the SVB or a
# tax office): each elementary item's PIC gives its width ("05  EB-GEBDATUM  PIC 9(08)."), so a
# record's fields are read at their offsets in each line as long as the record.
_COPYBOOK_ITEM = re.compile(
    r"^[ \t]*\d{2}[ \t]+(?P<name>[A-Z][A-Z0-9-]*)[ \t]+PIC(?:TURE)?[ \t]+"
    r"(?P<type>[X9A])(?:\((?P<count>\d{1,3})\)|(?P<repeat>[X9A]*))[ \t]*\.",
    re.MULTILINE,
)


def _copybook_key(name: str) -> str:
    """The item's name without its record's prefix: "EB-GEBDATUM" -> "GEBDATUM"."""
    parts = name.split("-", 1)
    return parts[1] if len(parts) == 2 and len(parts[0]) <= 3 else name


@functools.lru_cache(maxsize=8)
def _copybook_fields(text: str) -> tuple[tuple[int, int, str], ...]:
    items = []  # (offset, width, kind, numeric)
    offset = 0
    for match in _COPYBOOK_ITEM.finditer(text):
        width = int(match.group("count") or len(match.group("repeat")) + 1)
        key = _copybook_key(match.group("name"))
        kind = "" if key == "FILLER" or "TOEV" in key else _field_kind(key, text)
        items.append((offset, width, kind, match.group("type") == "9"))
        offset += width
    if len(items) < 3:
        return ()
    found = []
    for line in re.finditer(r"^[^\n]+$", text, re.MULTILINE):
        record = line.group(0).rstrip()
        if not offset - 8 <= len(record) <= offset:
            continue
        numeric = [record[a : a + w].strip() for a, w, _, number in items if number]
        if not all(re.fullmatch(r"\d*", value) for value in numeric):
            continue
        for a, width, kind, _ in items:
            value = record[a : a + width]
            if kind and value.strip():
                start = line.start() + a + len(value) - len(value.lstrip())
                found.append((start, start + len(value.strip()), kind))
    return tuple(found)


_FIELD_READERS = (
    (('":',), _json_fields),
    (("=>",), _php_fields),
    (("....",), _leader_fields),
    (("</",), _xml_fields),
    (("PID|",), _hl7_fields),
    (("dn:", "objectClass"), _ldif_fields),
    (("BEGIN:VCARD", "BEGIN:VEVENT"), _card_fields),
    (("INSERT INTO", "insert into", "FROM stdin"), _sql_fields),
    (("0 HEAD", " INDI"), _gedcom_fields),
    ((":86:",), _mt940_fields),
    ((" PIC ",), _copybook_fields),
    (("dbfdump",), _dbfdump_fields),
    (("UNH+",), _edifact_fields),
    (("<th", "<TH"), _html_table_fields),
    (("<table:table-row", "<Row", "<ss:Row"), _spreadsheet_xml_fields),
    (
        (
            "BEGIN DATA",
            "#table(",
            "formaat:",
            "format:",
            "kolommen:",
            "columns:",
            "velden:",
            "fields:",
        ),
        _declared_fields,
    ),
    (('="', "='", "=date(", '= "', "= '", "= date(", ": '", ': "'), _keyword_fields),
    (("='", '="'), _inline_fields),
    (("uisnummer", "uisnr"), _labelled_street_fields),
    (("@prefix", "^^xsd:"), _turtle_fields),
    (("=100  ", "=700  ", "|AE", "|AA"), _library_fields),
)


# A cell that refers to the row above or says there is nothing: "idem", "dito", "n.v.t.",
# "(gereserveerd)", "–".
_PLACEHOLDER_CELL = re.compile(
    r"(?i:idem|id\.|dito|do\.|n\.?v\.?t\.?|geen|leeg|n\.b\.?|nb|x|\?)|[-–—]+"
    # "onbekend (man, ca. 40)": nobody known
    r"|(?i:onbekend|anoniem)(?:[ \t]*\([^()\n]{1,30}\))?"
    # a log's own entries in its user column: "app", "anon", "system"
    r"|(?i:anon|anonymous|app|system|systeem|root|admin)"
    # a guest portal's login column tells how a guest logged in, not who: "facebook", "form"
    r"|(?i:facebook|google|apple|microsoft|linkedin|twitter|instagram|form|sms|e-?mail)"
    r"|\([^()\n]{1,30}\)"
    # a value masked by the system that exported it: "***afgeschermd***", "[verborgen]"
    r"|[*\[#]+[ \t]*(?i:afgeschermd|verborgen|geheim|vertrouwelijk|gelakt|hidden|redacted)"
    r"[ \t]*[*\]#]+"
)


# A header cell: a word or two, no value and no initials ("Geboortedatum", "Ingeschreven sinds",
# "Geb.datum", "Nr.").
# "Cd-U*": a footnote mark; "naam / imię i nazwisko / nume": a header in three languages
# a label may hold a lone digit: "Les 1 2 3 4 5 6", "Telefoon 2"
_ALIGNED_LABEL = re.compile(r"(?:[^\W\d]|[.()/_| *#-]|(?<!\w)\d(?!\w)){1,40}")
_INITIAL = re.compile(r"\b[A-Z]\.")


def _is_label(cell: str) -> bool:
    return bool(_ALIGNED_LABEL.fullmatch(cell)) and not _INITIAL.search(cell)


_FORM_LABEL = re.compile(
    r"(?:bsn|burgerservicenummer|telefoon|tel\.?|e-?mail|adres|postcode|woonplaats|iban|"
    r"werkgever|nationaliteit|geslacht|functie)\b",
    re.I,
)


# A first column of the persons' roles: its "BEWONER", "HUURDER" are values, no form's labels
# ("ROL        ACHTERNAAM   VOORNAMEN  GEB.DATUM" in a police report's extract).
_ROLE_COLUMN = re.compile(r"(?i:rol|rollen|hoedanigheid|betrokkenheid|relatie)")


def _row_labels(lines: list[re.Match[str]], index: int, text: str) -> bool:
    """Whether the rows under a line start with field labels: a form laid out in columns
    (one column per person), whose first line only looks like a header."""
    while index < len(lines) and lines[index].group(0).strip():
        line = lines[index].group(0)
        first = _first_cell(line)
        # (a footer line under the rows is no row: "Ingevoerd door: mkranendonk | versie 2")
        if (_header_kind(first, text) or _FORM_LABEL.match(first)) and first != line.strip():
            return True
        index += 1
    return False


def _first_cell(line: str) -> str:
    match = _ALIGNED_CELL.search(line)
    return match.group(0) if match else ""


# Cells of a table aligned with spaces: two or more spaces between them.
_ALIGNED_CELL = re.compile(r"\S+(?:[ ]\S+)*")
# The frame of a table that a statistics or database client draws ("| anr   naam   gebdat |"):
# a bar at the start and at the end of a line, none between the cells.
_FRAMED_LINE = re.compile(r"(?P<lead>[ \t]*)\|(?P<inner>[^|\n]*)\|(?P<tail>[ \t]*)")


def _unframed(line: str) -> str:
    """The line with its frame's bars as spaces, so that its cells keep their offsets."""
    framed = _FRAMED_LINE.fullmatch(line)
    if not framed:
        return line
    return f"{framed.group('lead')} {framed.group('inner')} {framed.group('tail')}"


@functools.lru_cache(maxsize=24)
def _aligned_table_cells(text: str) -> tuple[tuple[int, int, str], ...]:
    """Cells of a table whose columns are aligned with spaces, as a register or a system export
    prints it ("Nr  Naam                Geboortedatum  Nationaliteit"): a header line of three or
    more cells, at least one naming a kind of personal data, then rows up to a blank line. A
    row's cell belongs to the last column that starts at or before it."""
    found: list[tuple[int, int, str]] = []
    lines = list(re.finditer(r"^.*$", text, re.MULTILINE))
    index = 0
    while index < len(lines):
        header = lines[index]
        header_line = _unframed(header.group(0))
        cells = list(_ALIGNED_CELL.finditer(header_line))
        index += 1
        if (
            len(cells) < 3
            or not re.search(r"\S {2,}\S", header_line)
            # a row of values, not a header; a header's digits stand alone ("Les 1 2 3")
            or re.search(r"\d\d|\d[-/.:,]\d", header_line)
        ):
            continue
        kinds = [_header_kind(c.group(0), text) for c in cells]
        if not any(kinds) or not all(_is_label(c.group(0)) for c in cells):
            continue  # "wethouder R. Kuijs    D.J. Vink": names side by side, no header
        if _row_labels(lines, index, text) and not _ROLE_COLUMN.fullmatch(cells[0].group(0)):
            continue  # "Naam   Joris Vreeken\nBSN   180005042": a form with row labels
        starts = [c.start() for c in cells]
        # a rule under the rows (not the one under the header): a heading after it opens
        # another table
        ruled = read = False
        while index < len(lines) and lines[index].group(0).strip():
            row = lines[index]
            if re.fullmatch(r"[-=_+| \t]+", row.group(0)):  # "--  --------  ----"
                index += 1
                ruled = read
                continue
            values = list(_ALIGNED_CELL.finditer(_unframed(row.group(0))))
            if len(values) < 2 and ruled:
                break  # "------\nAANGETROFFEN GOEDEREN\n  1  COCAINE  412 GRAM": not our rows
            ruled = False
            read = True
            if len(values) < 2:
                following = _unframed(lines[index + 1].group(0)) if index + 1 < len(lines) else ""
                next_cells = [c.group(0) for c in _ALIGNED_CELL.finditer(following)]
                if (
                    len(cells) >= 4
                    and len(next_cells) >= 3
                    # not the title of the next table, above its own header ("Bijlage B -
                    # bezetting\nUnit  Naam  Geb.datum  Uitzendbureau")
                    and not (
                        all(_is_label(c) for c in next_cells)
                        and not re.search(r"\d\d|\d[-/.:,]\d", following)
                    )
                ):
                    index += 1  # a group's heading between the rows ("Post Wijchen (...)")
                    continue
                break
            for value in values:
                column = max(
                    (i for i, at in enumerate(starts) if at <= value.start() + 2), default=0
                )
                if kinds[column]:
                    found.append(
                        (row.start() + value.start(), row.start() + value.end(), kinds[column])
                    )
            index += 1
    return tuple(found)


def _split_cells(line: str, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of `line`, CSV-style: a cell that opens with a quote runs to
    its closing quote, separators inside it included; the quotes are not part of the value."""
    cells: list[tuple[int, int]] = []
    index = 0
    while True:
        lead = index
        while lead < len(line) and line[lead] in " \t" and line[lead] != separator:
            lead += 1
        if lead < len(line) and line[lead] == '"':
            close = lead + 1
            while True:
                close = line.find('"', close)
                if close < 0 or not line.startswith('""', close):
                    break
                close += 2
            if close > 0 and line[close + 1 :].lstrip(" \t")[:1] in (separator, ""):
                cells.append((lead + 1, close))
                stop = line.find(separator, close + 1)
                if stop < 0:
                    return cells
                index = stop + 1
                continue
        stop = line.find(separator, index)
        cells.append((index, len(line) if stop < 0 else stop))
        if stop < 0:
            return cells
        index = stop + 1


# A CSV export's header: three or more column names, each quoted or a label without a space at
# its ends ("kvk", "iban_restitutie", "Sender Name"); running text has spaces after its commas.
# A quoted header may be a form's whole question: "Toestemming gegevens delen met vervoerder".
_CSV_LABEL = r'(?:"[^"\n]{0,80}"|[^\s,"](?:[^,"\n]{0,38}[^\s,"])?)'
_CSV_HEADER = re.compile(rf"(?:{_CSV_LABEL})(?:,(?:{_CSV_LABEL})?){{2,}}")


_RULE_BETWEEN = re.compile(r"\n[ \t]*-+(?:\+-+)+[ \t]*\n")


def _between(lines: list[tuple[int, str, list[tuple[int, int]]]], row: int) -> tuple[int, int]:
    """The text from the end of the line before `row` up to the start of line `row`."""
    offset, line, _ = lines[row - 1]
    return offset + len(line), lines[row][0]


@functools.lru_cache(maxsize=24)
def _line_table_cells(text: str, separator: str = "|") -> tuple[tuple[int, int, str], ...]:
    """Cells of tables without a separator row: a header line "nr | naam | adres" followed by
    lines with as many cells ("|", a tab, ";" or ",": a spreadsheet, register or CSV export
    pasted as text). A comma table needs a CSV header (`_CSV_HEADER`), so that running text
    with commas is never read as one."""
    lines = []
    offset = 0
    for line in text.split("\n"):
        # not the frame of a table aligned with spaces ("| anr   naam   gebdat |")
        if separator in line and not (separator == "|" and _unframed(line) != line):
            lines.append((offset, line, _split_cells(line, separator)))
        offset += len(line) + 1
    found: list[tuple[int, int, str]] = []
    index = 0
    while index < len(lines):
        _, header, header_cells = lines[index]
        labels = [_CELL_REFERENCE.sub("", header[a:b].strip()) for a, b in header_cells]
        kinds = [_header_kind(cell, text) for cell in labels]
        if separator == "," and not _CSV_HEADER.fullmatch(header.strip()):
            kinds = []
        if labels and labels[0].endswith(":"):
            kinds = []  # "Naam:<tab>Thijmen Hoen": a form's fields, not a table's header
        if header.lstrip().startswith(("- ", "* ", "• ")):
            kinds = []  # a list of sentences with a ";" in each: "...; betrokkene geïnformeerd"
        # a sentence is no column's label: "betrokkene geïnformeerd op 12 maart door ..."
        kinds = [
            kind if len(label.split()) <= _HEADER_WORDS else ""
            for kind, label in zip(kinds, labels, strict=False)
        ]
        if any(re.fullmatch(r"\d[\d :./-]{2,}", label) for label in labels):
            kinds = []  # a row of values ("1041<tab>2025-09-02 ...<tab>partner"), no header
        row = index + 1
        # a row of a wide export may hold one separator more (a ";" in a note): its first
        # cells still line up with the header; up to three more where the header has a column
        # for free text ("klacht", "opmerking")
        free = [i for i, label in enumerate(labels) if _FREE_TEXT_HEADER.fullmatch(label)]
        extra = (3 if free else 1) if len(header_cells) >= 4 else 0
        while (
            row < len(lines)
            and 0 <= len(lines[row][2]) - len(header_cells) <= extra
            and (
                text.count("\n", lines[row - 1][0], lines[row][0]) == 1
                # a database client's rule under the header: " pnr | naam\n-----+------"
                or (row == index + 1 and _RULE_BETWEEN.fullmatch(text, *_between(lines, row)))
            )
        ):
            row += 1
        if row - index < 3 or not any(kinds):
            index = max(row, index + 1)
            continue
        for line_start, line, cells in lines[index + 1 : row]:
            for kind, (a, b) in zip(_row_kinds(kinds, len(cells), free), cells, strict=True):
                cell = line[a:b]
                reference = _CELL_REFERENCE.match(cell.lstrip())
                if reference:  # "B2: Zeevalk, Robin": the value after the cell's reference
                    a += len(cell) - len(cell.lstrip()) + reference.end()
                    cell = line[a:b]
                value = cell.strip()
                if kind and value and not _SEPARATOR_CELL.match(cell) and value not in "-–":
                    lead = len(cell) - len(cell.lstrip())
                    found.append((line_start + a + lead, line_start + a + lead + len(value), kind))
        index = row
    return tuple(found)


# A column's header is a label of a few words; a longer "cell" is a sentence.
_HEADER_WORDS = 6


# A spreadsheet's cell copied with its reference: "A1: Nr | B1: Naam | C1: Adres"
_CELL_REFERENCE = re.compile(r"^[A-Z]{1,2}[1-9]\d{0,4}:[ \t]*")


# Columns of free text, where a note may hold the separator: "klacht", "opmerking"
_FREE_TEXT_HEADER = re.compile(
    r"(?i:klacht|klachten|opmerking|opmerkingen|omschrijving|notitie|toelichting|behandeling|"
    r"afloop|melding|bijzonderheden|feit|verloop|actie|acties|notes?|remarks?)"
)


def _row_kinds(kinds: list[str], cells: int, free: list[int] | None = None) -> list[str]:
    """The header's kinds for a row of `cells` cells. A row with one cell more than the header
    has a separator inside a note, mostly one of the last columns: its cells line up with the
    header from the left, except the last, which is the last header's ("...;erven aanschrijven
    via notaris;tmeulenbelt" under "...;opmerking;gebruiker"), and the one before it, which
    keeps a kind only when both readings give the same. With columns of free text (`free`),
    the cells before the first line up from the left, those after the last from the right, and
    the ones between have no kind."""
    if cells <= len(kinds):
        return kinds[:cells]
    if free:
        after = len(kinds) - 1 - free[-1]  # columns right of the last free-text column
        return kinds[: free[0]] + [""] * (cells - free[0] - after) + kinds[len(kinds) - after :]
    row = kinds[:-1]
    row.append(kinds[-1] if kinds[-1] == kinds[-2] else "")
    row.append(kinds[-1])
    return row


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
        if len(header) != width or (
            width == 1 and re.search(r"\S {2,}\S", text[slice(*header[0])])
        ):
            # a frame around a table aligned with spaces is no table of one column
            index += width
            continue
        kinds = []
        for a, b in header:
            label = text[a:b].strip()
            kinds.append(_header_kind(label, text))
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


def _more_parcels(text: str, parcels: list[Hit]) -> list[Hit]:
    """Parcels the cadastral patterns did not see: a municipality with section and number in a
    sentence about parcels, and the next number of a parcel's section right after it."""
    reason = "Kadastrale aanduiding (herleidbaar tot de eigenaar)."
    taken = [(h[0], h[1]) for h in parcels]
    added: list[Hit] = []
    for match in _PLACE_SECTION_NUMBER.finditer(text):
        sentence = max(text.rfind(". ", 0, match.start()), text.rfind("\n\n", 0, match.start()))
        if (
            match.group("place").lower() in residences()
            and _PARCEL_WORD.search(text, max(0, sentence, match.start() - 300), match.start())
            and not _overlapping(match.span(), taken)
        ):
            added.append((*match.span(), "address", "redact", reason))
            taken.append(match.span())
    for start, end, *_ in [*parcels, *added]:
        section = re.search(r"([A-Z]{1,2})[ \t]+\d+$", text[start:end])
        follow = _SAME_SECTION_NEXT.match(text, end)
        if (
            section
            and follow
            and follow.group("parcel").split()[0] == section.group(1)
            and not _overlapping(follow.span("parcel"), taken)
        ):
            added.append((*follow.span("parcel"), "address", "redact", reason))
            taken.append(follow.span("parcel"))
    return added


def find_dob(text: str) -> list[Hit]:
    """Dates introduced as a date of birth, or in a date-of-birth column, or with a birth year
    shortly after a word about birth ("check zijn geboortedatum" ... "19-07-1988"); every other
    mention of such a date, in any notation, too. Other dates stay."""
    hits = [
        (m.start("date"), m.end("date"), "dob", "redact", "Geboortedatum.")
        for m in _DOB.finditer(text)
    ]
    for m in _IS_OF_DATE.finditer(text):
        value = _date_value(m.group("date"))
        if value is not None and value[0] <= _LAST_BIRTH_YEAR:
            hits.append((m.start("date"), m.end("date"), "dob", "redact", "Geboortedatum."))
    # ... or with the word after it: "Ik ben 12-04-1951 geboren", "die op 3 mei 1961 geboren is"
    # (every date is read only where the word stands somewhere: a scan of its own, else wasted)
    for m in _DATE_RE.finditer(text) if _BIRTH_AFTER.search(text) else ():
        if _BIRTH_AFTER.match(text, m.end()) and all(
            m.start() >= e or m.end() <= s for s, e, *_ in hits
        ):
            hits.append((m.start(), m.end(), "dob", "redact", "Geboortedatum (voor 'geboren')."))
    # the dates of birth of several people on one line: "Geboortedata volgens BRP: 14-11-1971 en
    # 03/06/1974"
    for m in _DOB_PLURAL.finditer(text):
        line_end = text.find("\n", m.end())
        for date in _DATE_RE.finditer(text, m.end(), line_end if line_end >= 0 else len(text)):
            if all(date.start() >= e or date.end() <= s for s, e, *_ in hits):
                hits.append((*date.span(), "dob", "redact", "Geboortedatum (lijst geboortedata)."))
    # a query in a log: "geslnaam=ISIK;gebdat=19800412"
    for m in _QUERY_DOB.finditer(text):
        if all(m.start("date") >= e or m.end("date") <= s for s, e, *_ in hits):
            reason = "Geboortedatum (zoekvraag in een log)."
            hits.append((m.start("date"), m.end("date"), "dob", "redact", reason))
    # the rows of a table with a date-of-birth column: its other dates (of death, of a burial)
    # are no dates of birth, however close the header's "geboren" stands
    dob_rows = set()
    for start, end, kind in find_table_cells(text):
        if kind != "dob":
            continue
        dob_rows.add(text.rfind("\n", 0, start) + 1)
        # "tweeëntwintig juni 1955" in the column too
        for m in itertools.chain(
            _DATE_RE.finditer(text, start, end),
            _WORDED_DATE.finditer(text, start, end),
            # a message's "<geboortedatum>19791104<": the date written together
            _COMPACT_DATE.finditer(text, start, end),
            # a travel message's "YYMMDD": "DTM+329:660206'"
            _SHORT_COMPACT_DATE.finditer(text, start, end),
            # a statistics package's date format: "14mar1938" (Stata's %td)
            _STATA_DATE.finditer(text, start, end),
            _ORACLE_DATE.finditer(text, start, end),
            # source code's "date(1969, 8, 9)" and Power Query's "#date(1975, 2, 6)"
            _CODE_DATE.finditer(text, start, end),
        ):
            if all(m.start() >= e or m.end() <= s for s, e, *_ in hits):
                reason = "Geboortedatum (kolom geboortedatum)."
                hits.append((m.start(), m.end(), "dob", "redact", reason))
    # "Roy van den Akker, 12-02-1996, Tilburg": between a name and a place of birth
    for m in _DATE_BETWEEN_NAME_AND_PLACE.finditer(text):
        value = _date_value(m.group("date"))
        if (
            value is not None
            and value[0] <= _LAST_BIRTH_YEAR
            and m.group("place").lower() in places()
            and all(m.start("date") >= e or m.end("date") <= s for s, e, *_ in hits)
        ):
            reason = "Geboortedatum (tussen naam en geboorteplaats)."
            hits.append((m.start("date"), m.end("date"), "dob", "redact", reason))
    for m in _WORDED_DATE.finditer(text):
        if any(m.start() < e and s < m.end() for s, e, *_ in hits):
            continue
        before = text[max(0, m.start() - 120) : m.start()]
        if _WORDED_BIRTH_BEFORE.search(before) or _BIRTH_AFTER.match(text, m.end()):
            hits.append((m.start(), m.end(), "dob", "redact", "Geboortedatum (in woorden)."))
    for m in _BIRTH_MONTH_YEAR.finditer(text):
        if all(m.start("date") >= e or m.end("date") <= s for s, e, *_ in hits):
            reason = "Geboortedatum (maand en jaar)."
            hits.append((m.start("date"), m.end("date"), "dob", "redact", reason))
    mentions = _other_mentions(text, hits)
    for m in _DATE_RE.finditer(text):
        if any(m.start() < e and s < m.end() for s, e, *_ in (*hits, *mentions)):
            continue
        value = _date_value(m.group(0))
        if (
            value is not None
            and value[0] <= _LAST_BIRTH_YEAR
            and text.rfind("\n", 0, m.start()) + 1 not in dob_rows
            and _BIRTH_CUE.search(text, max(0, m.start() - 160), m.start())
        ):
            hits.append((m.start(), m.end(), "dob", "redact", "Geboortedatum (na 'geboren')."))
    return hits + mentions


# A birth month and year without the day, as the UBO register shows it: "Geboortemaand/-jaar:
# november 1995", "geboren in mei 1990".
_BIRTH_MONTH_YEAR = re.compile(
    r"(?i:geboortemaand(?:[ \t]*/[ \t]*-?[ \t]*jaar)?|geboren[ \t]+in)[ \t]*:?[ \t]*"
    r"(?P<date>(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)[ \t]+(?:19|20)\d{2})(?!\d)"
)


def _other_mentions(text: str, hits: list[Hit]) -> list[Hit]:
    """Every other mention of the dates of birth in `hits`, in any notation."""
    births = {_date_value(text[s:e]) for s, e, *_ in hits} - {None}
    return [
        (m.start(), m.end(), "dob", "redact", "Geboortedatum (eerder genoemd).")
        for m in _DATE_RE.finditer(text)
        if _date_value(m.group(0)) in births
        and not any(m.start() < e and s < m.end() for s, e, *_ in hits)
    ]


# "Kenza (04-10-2012)", "Hanna-Mae (17-08-2009, BSN ...)", or in a list "Wigle Hibma –
# 15-11-1986 – 0612557093"
_DATE_IN_BRACKETS = re.compile(
    rf"[ \t]*(?:\((?P<date>{_DATE})(?:\)|,[ \t])"
    rf"|[–—][ \t]*(?P<dashed>{_DATE})(?=[ \t]*(?:[–—]|$)))",
    re.IGNORECASE | re.MULTILINE,
)


# In a list of people, a date after the name and a comma (or a semicolon), before the next field:
# "- Liudmyla Hryhorenko, 11.05.1988, paspoort FH482193", "- Vasyl Marchenko (opa), 03.10.1951,
# nog ...", "- Stanciu, Vasilica; 2002-06-27, paspoort ...".
_DATE_AFTER_COMMA = re.compile(
    rf"(?:[ \t]*\([^()\n]{{1,25}}\))?[,;][ \t]*(?P<date>{_DATE})(?=[ \t]*(?:[,;]|$))",
    re.IGNORECASE | re.MULTILINE,
)
# ... and anywhere a comma and a date, not the start of a longer number
_DATE_AFTER_NAME_COMMA = re.compile(rf",[ \t]*(?P<date>{_DATE})(?![\w-]|[.,/]\d)", re.IGNORECASE)
# what may stand before a listed name on its line: a bullet or an item number (also names.py)
LIST_ITEM_START = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])?[ \t]*$")


def dates_after_names(text: str, names: list[tuple[int, int]]) -> list[Hit]:
    """A full date in brackets, or between dashes in a list, right after a person's name is
    their date of birth ("Oleksandra Zinchenko (19.05.1971)", "Wigle Hibma – 15-11-1986 –"),
    when it lies far enough in the past; so is one after a comma where the name opens an item of
    a list, and one written together and joined to the name in a file's name
    ("A_ter_Horst_19450412_...pdf"); then every other mention of it is too."""
    hits: list[Hit] = []
    for start, end in names:
        match = _DATE_IN_BRACKETS.match(text, end)
        group = ("date" if match.group("date") else "dashed") if match else ""
        line_start = text.rfind("\n", 0, start) + 1
        if not match and LIST_ITEM_START.fullmatch(text, line_start, start):
            match, group = _DATE_AFTER_COMMA.match(text, end), "date"
        value = _date_value(match.group(group)) if match else None
        if match and value is not None and value[0] <= _LAST_BIRTH_YEAR:
            reason = "Geboortedatum (direct na een naam)."
            hits.append((*match.span(group), "dob", "redact", reason))
            continue
        # anywhere else after a comma only a date of twelve or more years ago, and after a whole
        # name: "Aangehouden: Kevin Dam, 18-02-2006, woont ..." (a recent one is a message's or
        # a visit's date; a bare surname may be an archive's "Aanvraag bouwvergunning Verkroost,
        # 14-09-1987")
        whole = len(text[start:end].split()) >= 2
        comma = _DATE_AFTER_NAME_COMMA.match(text, end) if whole else None
        value = _date_value(comma.group("date")) if comma else None
        if comma and value is not None and value[0] <= _TWELVE_YEARS_AGO:
            reason = "Geboortedatum (na een naam en een komma)."
            hits.append((*comma.span("date"), "dob", "redact", reason))
            continue
        glued = _FILE_DATE_AFTER_NAME.match(text, end)
        if glued and int(glued.group("year") or glued.group("last")) <= _TWELVE_YEARS_AGO:
            reason = "Geboortedatum (direct na een naam in een bestandsnaam)."
            hits.append((*glued.span("date"), "dob", "redact", reason))
    return hits + _other_mentions(text, hits)


# A date written together and joined to a name in a file's name: "A_ter_Horst_19450412_...pdf";
# only a date of twelve or more years ago (_TWELVE_YEARS_AGO: a recent one is more likely the
# document's own).
# ("Bergsma_S_21081944.pdf": also day, month, year)
_FILE_DATE_AFTER_NAME = re.compile(
    r"_(?P<date>(?P<year>(?:19|20)\d{2})(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?P<last>(?:19|20)\d{2}))(?=[_.-])"
)
_TWELVE_YEARS_AGO = datetime.date.today().year - 12


# A date this old right after a word about birth is a date of birth, not an appointment (a
# child born four or more years ago still counts).
_LAST_BIRTH_YEAR = datetime.date.today().year - 4
BIRTH_WORDS = r"geboortedatum|geboren|\bgeb\.|geboortejaar"
"""Words that say a date is a date of birth (Dutch; `spoken` adds the English ones)."""
_BIRTH_CUE = re.compile(BIRTH_WORDS, re.IGNORECASE)


def _date_value(written: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date as `_DATE` finds it, whatever the notation; None if odd."""
    parts = re.split(r"[-/.\s]+", written.strip().rstrip(".").lower())
    parts = [p.rstrip(".") for p in parts if p]
    if len(parts) != 3:
        return None
    if len(parts[0]) == 4:
        year, month, day = parts
    else:
        day, month, year = parts
    month_number = _MONTHS.get(month) if not month.isdigit() else int(month)
    if month_number is None or not (day.isdigit() and year.isdigit()):
        return None
    return (int(year), month_number, int(day))


_KENTEKEN_CUED_BARE = re.compile(
    # also abbreviated in a log: "Lieke Hummelink (vervanger), kent. VP061X"
    r"(?i:kenteken(?:nummer)?s?|kent\.)[ \t]*:?[ \t]*(?P<plate>[A-Z0-9]{6})(?![\w-])"
    # a camera's or a barrier's log: "anpr[2213]: lane=Kruisstraat plate=H985BX"
    r"|(?<![\w-])(?i:(?:licen[cs]e_?|number_?)?plate|kenteken|anpr_plate|lpr)[ \t]*[=:][ \t]*"
    r"[\"']?(?P<keyed>[A-Z0-9]{6})(?![\w-])"
)
_SIDE_SHAPES = {code.replace("-", "") for code in _SIDE_CODES}
_KENTEKEN_FOREIGN = re.compile(
    r"(?:(?i:kentekens?|kennzeichen|pkw|lkw|auto|wagen|plaque|tablica|registration|"
    r"number[ \t]+plate|trekker|tractor|oplegger|aanhanger|aanhangwagen|truck|"
    # "een Pools busje (SK 6D899)", "Busje VXN-918-N staat weer op de dijk"
    r"busje|bestelbus|bestelwagen|camper)"
    # a country code before the plate in a log: "DE: LER-AB 482"
    r"|(?<![\w-])(?:D|DE|PL|B|BE|F|FR|GB|UK|LT|RO|BG)[ \t]*(?=:))"
    r"[ \t]*[:(]?[ \t]*"
    r"(?P<plate>(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])"
    r"[A-Z0-9]{1,4}[ -][A-Z0-9]{2,6}(?:[ -][A-Z0-9]{1,4})?)(?![\w-])"
)


# A foreign plate followed by its country code in brackets, as a log writes it: "GZ-127-QF
# (F)", "AC-KL 412 (D)", "1-ABC-234 (B)".
_PLATE_WITH_COUNTRY = re.compile(
    r"(?<![\w-])(?P<plate>(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}[ -][A-Z0-9]{1,6}"
    r"(?:[ -][A-Z0-9]{1,4})?)[ \t]*\((?:F|D|B|L|PL|RO|BG|GB|UK|E|I|CH|A|CZ|SK|LT|LV|H)\)"
)


_NEXT_FOREIGN_PLATE = re.compile(
    r"[ \t]*(?:,|en|and|und)[ \t]*(?P<plate>(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])"
    r"[A-Z0-9]{1,4}[ -][A-Z0-9]{2,6}(?:[ -][A-Z0-9]{1,4})?)(?![\w-])"
)
# A German plate: district, letters and number ("HH-WK 882", "LER-AB 482", "M-XY 1234E").
_GERMAN_PLATE = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{1,3}-(?!ID )[A-Z]{1,2}[ ]\d{1,4}[EH]?(?![\w-])")


def _plate_shape(value: str) -> str:
    return "".join("9" if c.isdigit() else "L" for c in value)


# A plate without dashes, or with spaces ("WV88KZ", "VJ 381 T"): modern side codes use no
# vowels, so the shape is rare, but only counts in a sentence about a vehicle; not the minutes
# of a time and two codes after it ("09:15 WS DW  Auto SHX45R": a log's time, action and paraph).
_KENTEKEN_UNDASHED = re.compile(r"(?<![\w-])(?<!\d[:.])(?:" + _side_codes("[ ]?") + r")(?![\w-])")
_POSTCODE_SHAPE = re.compile(r"[1-9]\d{3}[ ]?[A-Z]{2}")
_VEHICLE = re.compile(
    r"\b(?i:kentekens?|auto'?s?|personenauto|bestelauto|bestelbus|busje|bus|bestelwagen|"
    r"vrachtwagen|aanhanger|aanhangwagen|voertuig(?:en)?|camper|caravan|scooters?|brommers?|"
    # a moped: "twee bromfietsen (F-023-PS en B408RR)"
    r"bromfiets(?:en)?|snorfiets(?:en)?|"
    # a trader's van too: "Koelwagen VX318P", "de foodtruck"
    r"motor(?:fiets)?|trekker|tractor|taxi|dienstauto|\w*wagen|\w*truck|geparkeerd|parkeert|"
    r"rijdt|"
    r"volkswagen|toyota|opel|renault|peugeot|ford|kia|volvo|bmw|mercedes|audi|skoda|fiat|"
    r"citro[eë]n|nissan|hyundai|tesla|mazda|seat|suzuki|rdw|tenaamstelling)\b"
)


# GPS coordinates in degrees, minutes and seconds, as a photo's EXIF data or a map app gives
# them: "52 deg 3' 41.22\" N", "N 52° 3′ 41.2″", "51°59'12\"NB". A hemisphere letter (N/S/E/W,
# or the Dutch NB/ZB/OL/WL) says they are coordinates, not an angle.
_DMS = (
    r"\d{1,3}[ \t]?(?:°|º|deg\b)[ \t]?\d{1,2}(?:[.,]\d+)?[ \t]?(?:'|′|’|min\b)"
    r"(?:[ \t]?\d{1,2}(?:[.,]\d+)?[ \t]?(?:\"|″|”|''|sec\b))?"
)
_HEMISPHERE = r"(?:NB|ZB|OL|WL|N|S|E|W|O|Z)"
_COORDINATE_DMS = re.compile(
    rf"(?<![\w.])(?:{_HEMISPHERE}[ \t]?{_DMS}|{_DMS}[ \t]?{_HEMISPHERE}(?![\w]))"
)
# Decimal degrees after a word from a device's location data: "GPS: 52.06145, 4.73606",
# "Latitude 52.061450", "locatie (lat/lon) 51.4416 5.4697". Not after "coördinaten" alone: a
# report of a pothole gives the spot in the street, which is public.
_COORDINATE_WORD = re.compile(
    r"(?i:gps\w*|exif|latitude|longitude|lat|lon|lng|breedtegraad|lengtegraad|geotag)"
    r"\b[^\n\d]{0,24}$"
)
_DECIMAL_DEGREES = re.compile(
    r"(?<![\w.,-])-?\d{1,3}[.,]\d{4,8}(?:[ \t]*[,;/][ \t]*|[ \t]+)-?\d{1,3}[.,]\d{4,8}(?![\w.,])"
    # one value, also as a JSON field ('"lat": 52.02914, "lon": 5.08861')
    r"|(?<![\w.,-])-?\d{1,3}\.\d{4,8}(?![\w.]|,\d)"
)


def find_coordinates(text: str) -> list[Hit]:
    """GPS coordinates: where a photo was taken or a person was, usually their home. In degrees,
    minutes and seconds with a hemisphere; in decimal degrees only after a word that says so."""
    reason = "GPS-coördinaten (herleidbaar tot een woning of een persoon)."
    hits: list[Hit] = [
        (m.start(), m.end(), "address", "redact", reason) for m in _COORDINATE_DMS.finditer(text)
    ]
    for match in _DECIMAL_DEGREES.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _COORDINATE_WORD.search(text, line_start, match.start()) and not any(
            a < match.end() and match.start() < b for a, b, *_ in hits
        ):
            hits.append((match.start(), match.end(), "address", "redact", reason))
    return hits


# A vehicle of an organisation, not of a person: "de bedrijfsbus van de B.V. (VKX-28-N)", "een
# leaseauto van Bieshoven B.V. (V-348-GT)", "dienstauto V-841-XR", "commandovoertuigen (o.a.
# 39-BKR-5)". Only in the same clause; a sole trader's van stays redacted (no legal entity).
_ORGANISATION_VEHICLE = re.compile(
    # (not a "bedrijfsbus": a sole trader's van is his own)
    # ... a parking enforcer's scan car: "scanauto ALM-SC02"
    r"(?:(?i:dienstauto|dienstvoertuig|dienstwagen|dienstbus|commandovoertuig|buurtbus|"
    r"scanauto|scanvoertuig|handhavingsauto)\w*|"
    # "de COA-bus V-462-BN": a bus named after the organisation that runs it
    r"\b[A-Z]{2,5}-bus\b|"
    r"\bB\.V\.|\bBV\b|\bN\.V\.|\bGmbH\b)[^,;\n]{0,40}$"
)
# A clause that only names the vehicle, after the company's name and a comma: "Verhuisbedrijf
# Scheerlinck B.V., vrachtwagen BX-614-T", "Transport B.V., kentekens 85-BTH-6 en 94-BTH-2"
_VEHICLE_ONLY = re.compile(
    r"[ \t]*(?i:vrachtwagen|vrachtauto|bestelbus|bestelauto|bus|busje|trekker|oplegger|"
    r"kentekens?)(?:[ \t]+(?i:kentekens?))?[ \t]*:?[ \t]*"
    r"(?:[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}[ \t]*(?:,|en)[ \t]*)*$"
)


# The owner's own word right before the plate: "de scanauto (...) haar kenteken 27-FK-PR",
# "mijn auto 27FKPR": a person's vehicle, whatever service car the clause names.
_OWNERS_VEHICLE = re.compile(
    r"(?<![\w-])(?i:haar|zijn|mijn|hun|uw|jouw)[ \t]+"
    r"(?i:kenteken|auto|wagen|bus|busje|bestelbus|voertuig|aanhanger)[ \t]*:?[ \t]*$"
)


def _organisation_vehicle(text: str, start: int) -> bool:
    before = text[max(0, start - 100) : start]
    if _OWNERS_VEHICLE.search(before):
        return False
    clauses = re.split(r"[,;\n]", before)
    if _ORGANISATION_VEHICLE.search(clauses[-1]):
        return True
    return (
        len(clauses) >= 2
        and _VEHICLE_ONLY.fullmatch(clauses[-1]) is not None
        and (
            re.search(r"\b(?:B\.V\.|BV|N\.V\.|GmbH)[ \t]*$", clauses[-2]) is not None
            # "(dienstauto, kenteken V-817-GZ)"
            or _ORGANISATION_VEHICLE.search(clauses[-2]) is not None
        )
    ) or _VEHICLE_DESCRIBED_AFTER.match(text, start) is not None


# An export's record that describes the vehicle on the line under its plate:
# 'kenteken = "V-561-KD"\nomschrijving = "dienstauto buitendienst gemeente"'
_VEHICLE_DESCRIBED_AFTER = re.compile(
    r"[^\n]*\n[ \t]*(?i:omschrijving|beschrijving|description|toelichting|voertuig)[ \t]*[:=]"
    r"[ \t]*[\"']?(?i:dienstauto|dienstvoertuig|dienstwagen|dienstbus)"
)


def find_kenteken(text: str) -> list[Hit]:
    """Licence plates; the plate of an organisation's own vehicle stays visible."""
    kept = "Kenteken van een voertuig van een organisatie (dienstauto, B.V.); geen persoonsgegeven."
    hits = []
    for start, end, kind, action, reason in _find_plates(text):
        if _organisation_vehicle(text, start):
            action, reason = "keep", kept
        hits.append((start, end, kind, action, reason))
    return hits


def _find_plates(text: str) -> list[Hit]:
    reason = "Kenteken (herleidbaar tot de houder)."
    hits = [
        (m.start(), m.end(), "kenteken", "redact", reason)
        for pattern in (_KENTEKEN, _KENTEKEN_LOWER)
        for m in pattern.finditer(text)
    ]
    for m in _KENTEKEN_CUED.finditer(text):
        if not any(start == m.start("plate") for start, *_ in hits):
            hits.append((m.start("plate"), m.end("plate"), "kenteken", "redact", reason))
    # after the word kenteken, a plate written without dashes ("kenteken HXT93R"), or a
    # foreign one ("het Poolse kenteken WGM 4821K")
    for m in _KENTEKEN_CUED_BARE.finditer(text):
        group = "plate" if m.group("plate") else "keyed"
        if _plate_shape(m.group(group)) in _SIDE_SHAPES:
            hits.append((m.start(group), m.end(group), "kenteken", "redact", reason))
    for m in _KENTEKEN_UNDASHED.finditer(text):
        sentence = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()))
        if any(s < m.end() and m.start() < e for s, e, *_ in hits):
            continue
        if _POSTCODE_SHAPE.fullmatch(m.group(0)):
            continue  # "bus 2, 4201 HM Gorinchem": a postcode, whatever vehicle word is near
        line_end = text.find("\n", m.end())
        after_end = min(m.end() + 80, len(text) if line_end < 0 else line_end)
        if _VEHICLE.search(text, max(sentence + 1, m.start() - 120), m.start()) or (
            _VEHICLE.search(text, m.end(), after_end)
        ):
            hits.append((m.start(), m.end(), "kenteken", "redact", reason))
    for m in _KENTEKEN_FOREIGN.finditer(text):
        # a longer plate after the word wins: "kenteken PB 9123 AH" over "PB 9123"
        shorter = [h for h in hits if m.start("plate") <= h[0] and h[1] < m.end("plate")]
        hits = [h for h in hits if h not in shorter]
        if not any(s <= m.start("plate") < e for s, e, *_ in hits):
            hits.append((m.start("plate"), m.end("plate"), "kenteken", "redact", reason))
    # the next plates of a list after the word: "kentekens PO 7K3H1, WGM 4821C en SV 07 PLU"
    for m in _KENTEKEN_FOREIGN.finditer(text):
        at = m.end("plate")
        while follow := _NEXT_FOREIGN_PLATE.match(text, at):
            if not any(s < follow.end("plate") and follow.start("plate") < e for s, e, *_ in hits):
                hits.append((*follow.span("plate"), "kenteken", "redact", reason))
            at = follow.end("plate")
    for m in _GERMAN_PLATE.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e, *_ in hits):
            hits.append((m.start(), m.end(), "kenteken", "redact", reason))
    for m in _PLATE_WITH_COUNTRY.finditer(text):
        if not any(s < m.end("plate") and m.start("plate") < e for s, e, *_ in hits):
            hits.append((m.start("plate"), m.end("plate"), "kenteken", "redact", reason))
    for start, end, kind in find_table_cells(text):
        value = text[start:end]
        if kind == "kenteken" and not any(s <= start < e for s, e, *_ in hits):
            plain = value.replace("-", "").replace(" ", "").upper()
            if (
                5 <= len(plain) <= 8
                and plain.isalnum()
                and _plate_shape(plain) not in ("99999",)
                and any(ch.isdigit() for ch in plain)  # "eigen" (transport) in the column
                # one case: a plate is written "KX-635-G" or "kx635g", a token "Zk0pW3vE"
                and (value.isupper() or value.islower())
            ):
                hits.append((start, end, "kenteken", "redact", "Kenteken (kolom kenteken)."))
    return hits


# The characters of a personal number, as _PERSONAL_NUMBER and the next ones of its list read it
_NUMBER_BODY = r"[A-Z0-9][A-Z0-9./-]{3,24}\d"
# A number that belongs to one person for good, right after the word for it: a client,
# personnel or relation number, a care provider's BIG, AGB or SKJ registration, an
# interpreter's Wbtv number, a diploma or certificate ("klantnr. WZR-0048816", "BIG 390...",
# "Personeelsnummer      : 104772", "SVB-relatienummer 20071458", "diploma no. UT-MSC-...").
_PERSONAL_NUMBER = re.compile(
    r"(?:(?i:personeelsnummer|personeelsnr|medewerkersnummer|werknemersnummer|stamnummer|"
    r"pers\.?[ ]?nr\.?|dienstnummer|dienstnr|studentnummer|studentnr|"
    r"cli[eë]ntnummer|cli[eë]ntnr|klantnummer|klantnr|relatienummer|subjectnummer|"
    r"leerlingnummer|leerlingnr|deelnemersnummer|dossiernummer cli[eë]nt|"
    r"diploma(?:nummer)?|certificaat(?:nummer|nr)?|big-registratie|big-nummer|agb-code|"
    r"registratie skj|skj-nummer|skj-registratie|boa-registratienummer|verzekerdennummer|"
    # a paramedic's registration in the Kwaliteitsregister Paramedici: "KP-registratie 95329623215"
    r"kp-registratie|kp-nummer|kp-registratienummer|"
    # a licensee's diploma of social hygiene: "Verklaring Sociale Hygiëne nr. 842218"
    r"verklaring sociale hygi[eë]ne|"
    r"verzekerdennr|boa-nr|boa-nummer|tolknummer|tolknr|abonneenummer|abonneenr|"
    # German personal numbers: "Steuer-ID 45711930861", "SV-Nummer: 65 140491 C 509"
    r"steuer-id|steuer-identifikationsnummer|steueridentifikationsnummer|sv-nummer|"
    r"sozialversicherungsnummer|rentenversicherungsnummer)\w*\.?"
    # a Romanian and a Polish personal number ("CNP 1910314042876", "PESEL 85021412345"); a
    # licensee's diploma of social hygiene ("SVH 1182-4471")
    # ... also with the word for number joined: "Wbtv-nummer 921396"
    r"|(?<![\w-])(?:BIG|AGB|SKJ|Wbtv|Rbtv|SVB|KRD|CNP|PESEL|SVH)(?:-(?i:nummer|nr\.?))?(?![\w-]))"
    # at most one word between: "cliëntnummer Wmo", "AGB-code zorgaanbieder:", "diploma no.";
    # a form's dotted leader: "Personeelsnummer ........... 220731"; a form's aside: "Cliëntnummer
    # (indien bekend): 562932"
    r"(?:[ \t]+[A-Za-zë]{2,14}\.?(?![\w-])|[ \t]*\((?i:indien bekend|als bekend|optioneel)\))?"
    r"[ \t]*(?:[.:]|[ \t.]{3,}:?)?[ \t]*"
    # three digits may do with letters before them: "dienstnummer VST-BOA-012"; a German social
    # security number has spaces and a letter: "65 140491 C 509"
    r"(?P<number>(?=[A-Z0-9./-]*\d{4}|[A-Z]{2,}[A-Z./-]*-\d{3}(?![\w-])|[A-Z0-9./-]*\d{2}\.\d{3})"
    rf"{_NUMBER_BODY}|\d{{2}}[ ]\d{{6}}[ ][A-Z][ ]?\d{{3}})(?![\w-])"
)


# The number under which a cemetery's administration knows a grave right holder, also in
# brackets and abbreviated in a clearing list, and a cremation's number, which names the
# deceased: "rechthebbendennummer 76102", "Mijn rechthebbendennummer is 69038", "onder een ander
# rechthebbendennummer (54684)", "(rh 54684)", "crematienummer 538378"
_GRAVE_RIGHT_NUMBER = re.compile(
    r"(?:(?i:rechthebbende(?:n)?(?:nummer|nr\.?)|crematie(?:nummer|nr\.?))|(?<![\w-])rh)"
    r"(?:[ \t]+(?:is|was))?[ \t]*[:(]?[ \t]*(?P<number>\d{4,8})(?![\w-])"
)
# A customer's number said in a sentence or noted in a supplier's log: "Uw klantnummer daar is
# K211988", "Klantnummer van pa is K211988", "Groningerstraat 169, klant K211988" (the bare
# word in lower case and a number of five digits or more, with one letter at most: not a
# ledger's "Klant 20417" or a connection's "klant WV-100193")
_CLIENT_NUMBER_SAID = re.compile(
    r"(?:(?i:klantnummer|klantnr\.?)(?:[ \t]+[a-z]{2,10}){1,2}[ \t]+(?:is|was)[ \t]+"
    r"(?P<said>[A-Z]{0,3}-?\d{4,10})"
    r"|(?<![\w-])klant[ \t]+(?P<number>[A-Z]?\d{5,8}))(?![\w-])"
)


_NEXT_PERSONAL_NUMBER = re.compile(
    r"[ \t]*(?:,|en|of|&|,[ \t]*en)[ \t]+"
    rf"(?P<number>(?=[A-Z0-9./-]*\d{{4}}){_NUMBER_BODY})(?![\w-])"
)
# The number of a foreigner in the Dutch records (V-nummer), also with spaces: "mijn V-nummer is
# V-2938 4417 0"
_V_NUMBER = re.compile(
    r"(?i:v-nummer|v-nr\.?|vreemdelingennummer)(?:[ \t]+(?:is|was))?[ \t]*:?[ \t]*"
    r"(?P<number>(?:V-?)?\d{4}[ ]?\d{4}[ ]?\d{1,2})(?![\w-])"
)
# The number of a certificate of conduct, which names its holder: "(VOG 2638696, tel. ...)",
# "VOG-nummer: 6818439" (six digits or more: not "VOG 2026", a year)
# ... also with the prefix joined to it: "VOG-7330392"
_VOG_NUMBER = re.compile(
    r"(?<![\w-])(?:VOG(?:-?(?i:nummer|nr\.?))?[ \t]*:?[ \t]*(?P<number>\d{6,10})"
    r"|(?P<joined>VOG-\d{6,10}))(?![\w-])"
    # ... and its application's number in an export: '"vog": {"aanvraagnummer": "95431526"'
    r"|\"(?i:vog)\"[ \t]*:[ \t]*\{[ \t]*\"(?i:aanvraagnummer|aanvraagnr|nummer|nr)\"[ \t]*:[ \t]*\""
    r"(?P<applied>\d{6,10})\""
)
# The registration number of a licensee's Verklaring Sociale Hygiëne by the words for it, also
# abbreviated: "VSH-registratie 358513", "Verklaring Sociale Hygiëne (registratienummer
# 479967)", "<vsh_registratie>240797</vsh_registratie>" (digits only: `realistic_toets78` keeps
# "registernummer SVH-2016-118734" as a reference)
_HYGIENE_NUMBER = re.compile(
    r"(?<![\w-])(?i:(?:verklaring|diploma)[ \t]+sociale[ \t]+hygi[eë]ne[ \t]*"
    r"(?:\([ \t]*(?:registratie|register)(?:nummer|nr\.?)?)?"
    r"|(?:vsh|svh)(?:[-_ ]?(?:registratie|reg|nummer|nr\.?))?)"
    r"[ \t]*(?:[:=>]|\"[ \t]*:)?[ \t]*\"?(?P<number>\d{5,8})(?![\w-])"
)
# A disabled person's parking card by its number: "GPK46127206" (the card is personal, and its
# register names the holder and the reason for it), also in groups as the issuing municipality
# writes it ("GPK-0268-21-04937", "GPK 1180-44Z"); not a case's number that begins with its year
# ("GPK-2025-3408")
_PARKING_CARD_NUMBER = re.compile(
    r"(?<![\w-])(?P<number>GPK[- ]?(?!(?:19|20)\d\d(?!\d))"
    r"(?:\d{6,10}|\d{2,5}(?:[- ]\d{2,5}){1,3}[A-Z]?))(?![\w-])"
)
# The number of a disabled parking card by the word for it: "Zijn parkeerkaart is 04795306275",
# "GPK-nummer: 08803931960", "Nummer gehandicaptenparkeerkaart (bestuurderskaart): 395832";
# "kaartnummer" alone only in a text about those cards
# ("<kaartnummer>08803931960</kaartnummer>", "(kaartnummer 395832)").
_PARKING_CARD_LABELLED = re.compile(
    r"(?<![\w-])(?:(?i:(?:gehandicapten)?parkeerkaart(?:nummer|nr\.?)?"
    r"|gpk[- ]?(?:nummer|nr\.?)|kaartnummer|kaartnr\.?))"
    r"(?:[ \t]*\((?i:bestuurders|passagiers)kaart\))?(?:[ \t]+(?:is|was))?"
    r"[ \t]*(?:[:=>]|\"[ \t]*:)?[ \t]*\"?"
    r"(?P<number>\d{6,12})(?![\w-])"
)
_PARKING_CARD_TEXT = re.compile(r"(?i)gehandicaptenparkeer|\bGPK\b")
# a column with those numbers: "GPK-nr", "Kaartnummer" in a GPK holders' export
_PARKING_CARD_HEADER = re.compile(
    r"(?i)^(?:gpk[- ]?(?:nr\.?|nummer)|(?:gehandicapten)?parkeerkaart(?:nummer|nr\.?)|kaartnummer)$"
)
# A resident's or visitor's parking permit by its number, in a text about those permits: "Mijn
# bezoekerspasnummer is 864040", "vergunning 900371", '"vergunningnummer": "575837"' (the
# permit is tied to one household's car; digits only: a code with letters, "BZV-20931",
# "MZ-0031872", is the permit's case as a reader sees it in the sets)
_PARKING_PERMIT_TEXT = re.compile(
    r"(?i)bewonersvergunning|bezoekersvergunning|parkeervergunning|bezoekerspas"
)
_PARKING_PERMIT_NUMBER = re.compile(
    r"(?<![\w-])(?i:(?:bewoners|bezoekers|bedrijfs|parkeer)?vergunning(?:s?nummer|s?nr\.?)?"
    r"|bezoekerspas(?:nummer|nr\.?)?)(?:[ \t]+(?:is|was))?"
    r"[ \t]*(?:[:=>]|\"[ \t]*:)?[ \t]*\n?[ \t]*\"?"
    r"(?P<number>\d{6,8})(?![\w-])"
)
# A person's number in the BRP (A-nummer, administratienummer): ten digits after the word for it,
# also as an XML element ("<anummer>9627838123</anummer>", "(A-nr 2806280354)").
_A_NUMBER = re.compile(
    r"(?<![\w-])(?i:a-?nummer|a-?nr\.?|administratienummer)(?:[ \t]+(?:is|was))?"
    r"[ \t]*(?:[:=>]|\"[ \t]*:)?[ \t]*\"?(?P<number>[1-9](?:[ ]?\d){9})(?![\w-])"
)
# A boa's service number stands for the boa: "een handhaver (BOA-AMF-1147)".
# With a space only the longer numbers: "BOA 4471" is often a team's or a post's code.
# "BOA-1187-GN": with the region's letters after the number too
_BOA_NUMBER = re.compile(
    r"(?<![\w-])(?:BOA|Boa)(?:-(?:[A-Z]{2,4}-)?\d{3,6}(?:-[A-Z]{2,4})?|[ ]\d{6})(?![\w-])"
)
# A boa's or enforcer's service pass by its number, after the word for it: "pasnr. 109689",
# "Dienstpasnummer 830909", an XML attribute 'boanummer="885349"' or 'pas="103167"', and the
# registration number an official report gives its boa ("buitengewoon opsporingsambtenaar,
# registratienummer 446108"); digits only: `realistic_toets15` keeps a security guard's
# "pasnr. BV-1184" visible as a reference.
_SERVICE_PASS_NUMBER = re.compile(
    # ("boa-nummer", "boa-nr" with a hyphen: `_PERSONAL_NUMBER`, which runs first)
    r"(?:(?<![\w-])(?i:dienstpas(?:nummer|nr)?|pasnr|pasnummer|boanummer|boanr|"
    # an inspector's number: "toezichthoudersnummer 641323 staat op mijn pas"; a driver's pass:
    # "Chauffeurspas          : 888958", "(chauffeurspas 443703)"
    r"toezichthouders?nummer|chauffeurspas(?:nummer)?|"
    # a building inspector's card and a worker's pass: "legitimatiebewijs 874357", "Werkpas 937543"
    r"legitimatiebewijs|legitimatienummer|werkpas(?:nummer)?)\.?[ \t]*:?[ \t]*"
    # a boa's pass in a legend's brackets: "JV = Jesse Verdouw (boa, pas 828756)"
    # ... or in brackets of their own: "ML = M. Lakerveld, boa (pas 671235)", also with the
    # field after the role: "YM = Y. Melse, boa brandveiligheid (pas 997903)"
    r"|(?i:boa|handhaver|toezichthouder)(?:[ \t]+[a-z]{4,20})?"
    r"(?:,[ \t]+|[ \t]*\([ \t]*)(?i:pas)\.?[ \t]*:?[ \t]*"
    r"|(?<=[ \t])(?i:pas|pasnr|pasnummer|dienstpas|boanummer|boanr)=\""
    # an inspector's number after the job and a comma: "(toezichthouder, nr. 641323)",
    # "TITLE:toezichthouder vervoer, nr. 641323"
    r"|(?<![\w-])(?i:toezichthouder|handhaver)(?:[ \t]+[a-z]{4,20})?,[ \t]*(?i:nr\.?|nummer)"
    r"[ \t]*"
    # "pas" alone with its number after a comma, in brackets, after a card's field or one's own:
    # "D.J. Mutsaers, pas 496944", "(stagiair, pas 180232)", "(pas 73495388)", "NOTE:pas
    # 276032", "Mijn pas 288453 en die van Ruben", "Ik heb mijn pas 944778 getoond"
    r"|(?:(?<=,[ \t])|(?<=\()|(?<=:)|(?<![\w-])(?i:mijn|zijn|haar|je|uw|nieuwe)[ \t]+)"
    r"(?i:pas)[ \t]+"
    r"|(?i:opsporingsambtenaar),?[ \t]+(?:met[ \t]+)?(?i:registratienummer|registratienr\.?)"
    r"[ \t]*:?[ \t]*"
    # the boa's number right after the word, in a legend's or a report's brackets: "(boa,
    # 218470)", "(boa 363311)", "(boa,⏎nummer 816712)" (four digits, "BOA 4471", are often a
    # team's or a post's code: `_BOA_NUMBER`); also after a comma, in a legend's line of its
    # own or its brackets: "R. Mendes Tavares, boa, nr. 436329", "(toezichthouder, boa 991370)"
    # (or after a card's field: "NOTE:boa 900380, dienstauto 43-PR-SG")
    r"|(?:(?<=\()|(?<=,[ \t])|(?<=:))(?i:boa)(?:[ \t]*,)?[ \t]*\n?[ \t]*"
    r"(?:(?i:nummer|nr\.?)[ \t]*)?"
    # ... or after the boa's name: "boa K. Dirkzwager, 218470", "boa S. Uijtdewilligen (nummer
    # 816712)"
    r"|(?<![\w-])(?i:boa)[ \t]+(?:[A-Z]\.[ ]?){1,3}(?:(?:van|de|der|den|ten|ter)[ ])*"
    r"[A-Z][\w'’-]+(?:,[ \t]*|[ \t]*\((?i:nummer|nr\.?)[ \t]*))"
    r"(?P<number>\d{5,8})(?![\w-])"
)
# A household's waste pass by its number: it opens the containers and the register behind it
# names the household ("afvalpas 54216150", "Nummer huidige afvalpas: 9497 2962",
# "<afvalpas>43322059</afvalpas>"). The number of a waste pass at a recycling yard with letters
# ("pas=AMW-0048812") is a reference in `realistic_toets63`: digits only.
_PASS_DIGITS = r"(?P<number>\d{4}[ ]\d{4}|\d{5,10})(?![\w-]|[ ]\d)"
_WASTE_PASS_NUMBER = re.compile(
    r"(?<![\w-])(?i:afvalpas|containerpas|milieupas)(?:nummer|nr\.?)?"
    r"[ \t]*(?:[:=>]|\"[ \t]*:)?[ \t]*\"?" + _PASS_DIGITS
)
# ... and in a text about those passes "pas" alone: "Mijn pas (54216150)", "Mijn pas, nummer
# 54216150", "Oude pas:  9497 2962", "Pasregistratie: 54216150", '"pas": "54216150"'
_WASTE_PASS_TEXT = re.compile(r"(?i)(?<![\w-])(?:afval|container|milieu)pas")
_PASS_IN_WASTE_TEXT = re.compile(
    r"(?<![\w-])(?i:pas|pasnummer|pasregistratie)(?:,?[ \t]+(?i:nummer))?"
    r"[ \t]*(?:[:=(]|\"[ \t]*:)?[ \t]*\"?" + _PASS_DIGITS
)
# The chip of a household's container, which the register ties to the address: "de chip in de
# container is E00A0C0D1EC5", 'chip="A4529F458C05"', "Nieuwe chip A46191BA1525" (hexadecimal,
# with a letter and a digit; a pet's fifteen digits are `_ANIMAL_CHIP`'s)
_CONTAINER_CHIP = re.compile(
    r"(?<![\w-])(?i:chip)(?i:nummer|nr\.?|code)?"
    r"(?:[ \t]+in[ \t]+de[ \t]+(?i:container|minicontainer|kliko|bak)(?:[ \t]+is)?)?"
    r"[ \t]*(?:[:=]|\"[ \t]*:)?[ \t]*\"?"
    r"(?P<number>(?=[0-9A-F]*[A-F])(?=[0-9A-F]*\d)[0-9A-F]{8,16})(?![\w-])"
)


# A Belgian national register number (rijksregisternummer, INSZ): "87.02.11-331.46", also as a
# scan reads it ("57.O3.14-193.62"); the birth date comes first, so the shape alone is personal.
_BELGIAN_NATIONAL_NUMBER = re.compile(
    r"(?<![\w.-])[0-9OIl]{2}\.[0-9OIl]{2}\.[0-9OIl]{2}-[0-9OIl]{3}\.[0-9OIl]{2}(?![\w-]|\.\w)"
)

# The national register number without its dots, after a key that names it
# ('nationalnumber="79041775732"'), and an eID card's number ("594-3939498-76"): their check
# digits are tested before they count.
_BELGIAN_NATIONAL_NUMBER_KEY = re.compile(
    r"(?i:national[ _]?number|rijksregister(?:nummer|nr)?|insz)[\"']?[ \t]*[:=>][ \t]*[\"']?"
    r"(?P<number>\d{11})(?!\d)"
)
_BELGIAN_CARD_NUMBER = re.compile(r"(?<![\w-])\d{3}-\d{7}-\d{2}(?![\w-])")


_PAPER_CELL = r"[A-Z0-9 ./-]{4,24}(?:[ \t]+\([A-Z]{1,3}\))?"
# letters and digits without spaces or dashes, as a passport or ID card number is written
_PASSPORT_LIKE_CELL = r"(?=[A-Z]*\d)[A-Z0-9]{6,12}(?:[ \t]+\([A-Z]{1,3}\))?"


# The rest of an e-mail address or a message's identifier after a number in it
_IN_AN_ADDRESS = re.compile(r"[\w.+-]*@[\w-]+\.")


# The short word for the paper right before its number, as a register writes it: "pas
# HN0872214", "ID 418306KA"; also a personal pass of its own kind, as a field's key and as a
# label printer's field data: "vervoerspas ZVP4168046", 'pas="ZVP5759232"', '"pasnr":
# "ZVP7117148"', "^FDPas ZVP2705912".
_SHORT_PAPER_WORD = re.compile(
    rf"(?:(?i:(?:\b|(?<=\^FD))(?:{_PERSONAL_PASS}|pas)(?:nr\.?)?)[\"']?|(?<![\w-])ID)"
    # ... with the issuing country's code between: "pas PL MJ4958590", "ID RO TG657656"
    rf"(?:[ \t]+(?-i:{_ISSUING_COUNTRY})(?![\w-]))?"
    r"[ \t]*[:=]?[ \t]*[\"']?$"
)


# The EAN code of a home's electricity or gas connection (eighteen digits, 871 for the
# Netherlands) after its name: the grid operator's register names the address.
_CONNECTION_EAN = re.compile(
    r"(?i:\bEAN(?:[ -]?code)?(?:[ \t]+(?:is|nummer|nr\.?))?[ \t:]*)(?P<number>871\d{15})(?!\d)"
)


# The number of a record of a system, not of a person's paper: "Conversation-ID: 41822071".
_RECORD_ID_BEFORE = re.compile(
    r"(?i:conversation|session|chat|ticket|message|request|transaction|widget|device|visitor|"
    r"call)[ \t_-]?ID[ \t]*[:=#]?[ \t]*$"
)


# An answer that gives a number after a question about a paper on the line before, in a
# transcript: "heeft u uw ID-kaart bij de hand?" / "Ja, nummer IBGNAXB47."
_PAPER_QUESTION = re.compile(
    r"(?:paspoort|identiteitskaart|id-kaart|identiteitsbewijs|rijbewijs|legitimatie)"
    r"(?:[^\n]*\?"
    # ... or a request for its number: "ik heb jouw paspoortnummer nog nodig, jij reist mee."
    r"|(?:nummer|nr\.?)[^\n?]{0,40}\b(?:nodig|doorgeven|geven|sturen|noemen)\b[^\n?]*)[ \t]*$",
    re.IGNORECASE,
)
_NUMBER_GIVEN = re.compile(
    r"\b(?:nummer|nr\.?)(?:[ \t]+is)?[ \t:]*$"
    # the answer that opens with it: "Dino Marković: Dat is TTLKR0E93"
    r"|:[ \t]*(?:dat|het|die)[ \t]+is[ \t:]*$",
    re.IGNORECASE,
)


def _answered_paper(text: str, start: int) -> bool:
    """Whether the number at `start` is given as a number right after a question about a
    paper, or a request for its number, on the line before."""
    line_start = text.rfind("\n", 0, start) + 1
    previous = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    return bool(
        line_start
        and _NUMBER_GIVEN.search(text, line_start, start)
        and _PAPER_QUESTION.search(previous)
    )


# A pet's transponder number (ISO 11784: fifteen digits, the first three a country code, 528 for
# the Netherlands): the register behind it names the owner. Any fifteen digits after "chip".
# A comma may follow (a CSV cell): no decimal has fifteen digits before its comma. Also in
# groups of three, as a reader shows it ("528 094 141 148 856").
_FIFTEEN_DIGITS = r"(?:\d{15}|\d{3}(?:[ ]\d{3}){4})"
_ANIMAL_CHIP = re.compile(
    r"(?<![\w./+-])(?P<number>528(?:\d{12}|(?:[ ]\d{3}){4}))(?![\w/-]|\.\d|[ ]\d)"
    rf"|chip(?:nummer|nr\.?|code)?[ \t]*[:=]?[ \t]*(?P<after>{_FIFTEEN_DIGITS})"
    r"(?![\w/-]|\.\d|[ ]\d)",
    re.IGNORECASE,
)


# A document management system's export: a column "Documentnummer" beside the document's title
# numbers the records of a file ("D87.004113;Akte vestiging erfpacht;..."), no passport.
_DOCUMENT_NUMBER_LABEL = re.compile(r"(?i)\bdoc(?:ument)?(?:nummer|nr)\b")
_RECORDS_HEADER = re.compile(r"(?i)\bdoc(?:ument)?(?:nummer|nr)\b.*\b(?:titel|title|onderwerp)\b")


def _records_register(text: str, cell_start: int) -> bool:
    """Whether the nearest header line above a document number's cell names the document's
    title too."""
    lowered = text[:cell_start].lower()
    at = lowered.rfind("doc")
    while at >= 0:
        line_start = lowered.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if _DOCUMENT_NUMBER_LABEL.search(line):
            return _RECORDS_HEADER.search(line) is not None
        at = lowered.rfind("doc", 0, line_start)
    return False


# Personal numbers after the word for them, in the order they are looked for (a number found
# by one is not found again by a later one): the pattern, the reason, the groups that may hold
# the number, and the word that must occur in the text for the pattern to count (or None).
_CARD_REASON = "Nummer van een gehandicaptenparkeerkaart: herleidbaar tot de houder."
_WASTE_PASS_REASON = "Nummer van een afvalpas: herleidbaar tot het huishouden."
_CUED_NUMBERS: tuple[tuple[re.Pattern[str], str, tuple[str, ...], re.Pattern[str] | None], ...] = (
    (
        _GRAVE_RIGHT_NUMBER,
        "Nummer van een rechthebbende op een graf of van een crematie: herleidbaar.",
        ("number",),
        None,
    ),
    (
        _CLIENT_NUMBER_SAID,
        "Klantnummer van een persoon bij een leverancier.",
        ("said", "number"),
        None,
    ),
    (_V_NUMBER, "V-nummer (vreemdelingennummer) van een persoon.", ("number",), None),
    (
        _VOG_NUMBER,
        "Nummer van een verklaring omtrent het gedrag (VOG) van een persoon.",
        ("number", "joined", "applied"),
        None,
    ),
    (
        _HYGIENE_NUMBER,
        "Nummer van een Verklaring Sociale Hygiëne: herleidbaar tot de houder.",
        ("number",),
        None,
    ),
    (_PARKING_CARD_NUMBER, _CARD_REASON, ("number",), None),
    # "kaartnummer" and the like only in a text about those cards
    (_PARKING_CARD_LABELLED, _CARD_REASON, ("number",), _PARKING_CARD_TEXT),
    (
        _PARKING_PERMIT_NUMBER,
        "Nummer van een parkeervergunning: herleidbaar tot de houder.",
        ("number",),
        _PARKING_PERMIT_TEXT,
    ),
    (_A_NUMBER, "A-nummer (administratienummer in de BRP) van een persoon.", ("number",), None),
    (
        _ANIMAL_CHIP,
        "Chipnummer van een huisdier: het register noemt de eigenaar.",
        ("number", "after"),
        None,
    ),
    (
        _CONNECTION_EAN,
        "EAN-code van een aansluiting: herleidbaar tot het adres en de bewoner.",
        ("number",),
        None,
    ),
    (
        _SERVICE_PASS_NUMBER,
        "Nummer van een dienst- of toegangspas: herleidbaar tot de persoon.",
        ("number",),
        None,
    ),
    (_WASTE_PASS_NUMBER, _WASTE_PASS_REASON, ("number",), None),
    # "pas" alone only in a text about waste passes
    (_PASS_IN_WASTE_TEXT, _WASTE_PASS_REASON, ("number",), _WASTE_PASS_TEXT),
    (
        _CONTAINER_CHIP,
        "Chipnummer van een container aan huis: herleidbaar tot het adres.",
        ("number",),
        None,
    ),
)


def _add_cued_numbers(
    hits: list[Hit],
    matches: Iterable[re.Match[str]],
    reason: str,
    groups: tuple[str, ...] = ("number",),
) -> None:
    """Add each match's number (the first of `groups` that took part in the match) as a
    personal number, unless it starts inside a number already found."""
    for match in matches:
        group = next((g for g in groups if match.group(g)), groups[-1])
        if not any(s <= match.start(group) < e for s, e, *_ in hits):
            hits.append((*match.span(group), "document_number", "redact", reason))


def find_documents(text: str) -> list[Hit]:
    """Passport, ID-card and driving-licence numbers, only after a word that names the document
    or in a column headed by one ("V-nummer", "Documentnummer"); numbers that belong to one
    person for good (client, personnel, BIG, AGB, diploma) right after the word for them."""
    hits: list[Hit] = [
        (start, end, "document_number", "redact", "Documentnummer (kolom).")
        for start, end, kind in find_table_cells(text)
        if (
            kind == "document_number"
            and re.fullmatch(_PAPER_CELL, text[start:end])
            and not _records_register(text, start)
        )
        or (kind == "paper" and re.fullmatch(_PASSPORT_LIKE_CELL, text[start:end]))
        # not a bookkeeping's short code of a relation ("R002"): too short to point to anyone
        if len(re.sub(r"\W", "", text[start:end])) >= 5
    ]
    # "L01X7T4KR (D)": the number without the issuing country's code after it
    hits = [
        (start, start + len(re.sub(r"[ \t]+\([A-Z]{1,3}\)$", "", text[start:end])), *rest)
        for start, end, *rest in hits
    ]
    for match in _PERSONAL_NUMBER.finditer(text):
        if not any(s <= match.start("number") < e for s, e, *_ in hits):
            reason = "Persoonsgebonden nummer (cliënt-, personeels- of registratienummer)."
            hits.append((*match.span("number"), "document_number", "redact", reason))
            # the next ones of a list: "klantnummers K-4471920 en K-4470388"
            end = match.end("number")
            while following := _NEXT_PERSONAL_NUMBER.match(text, end):
                hits.append((*following.span("number"), "document_number", "redact", reason))
                end = following.end("number")
    for pattern, reason, groups, cue in _CUED_NUMBERS:
        if cue is None or cue.search(text):
            _add_cued_numbers(hits, pattern.finditer(text), reason, groups)
    for match in _BOA_NUMBER.finditer(text):
        reason = "Dienstnummer van een boa: herleidbaar tot de persoon."
        hits.append((*match.span(), "document_number", "redact", reason))
    for match in _BELGIAN_NATIONAL_NUMBER.finditer(text):
        if not any(s <= match.start() < e for s, e, *_ in hits):
            reason = "Belgisch rijksregisternummer (bevat de geboortedatum)."
            hits.append((*match.span(), "document_number", "redact", reason))
    for match in _BELGIAN_NATIONAL_NUMBER_KEY.finditer(text):
        if belgian_nn.is_valid(match.group("number")) and not any(
            s <= match.start("number") < e for s, e, *_ in hits
        ):
            reason = "Belgisch rijksregisternummer (bevat de geboortedatum)."
            hits.append((*match.span("number"), "document_number", "redact", reason))
    for match in _BELGIAN_CARD_NUMBER.finditer(text):
        if belgian_eid.is_valid(match.group(0)) and not any(
            s <= match.start() < e for s, e, *_ in hits
        ):
            reason = "Nummer van een Belgische identiteitskaart."
            hits.append((*match.span(), "document_number", "redact", reason))
    for match in _DOCUMENT_NUMBER.finditer(text):
        if any(s <= match.start() < e for s, e, *_ in hits):
            continue
        if _IN_AN_ADDRESS.match(text, match.end()):
            continue  # part of a message's identifier: "<a91f.20250915@ziggo.nl>"
        before = text[max(0, match.start() - 100) : match.start()]
        # in a table row the document's name must stand in the same cell
        before = re.split(r"[|\t;]", before)[-1]
        # the document's name on the line before: "met zijn paspoort met nummer\n NT550BDX9"
        before = _NUMBER_WORD_AT_LINE_END.sub(" ", before)
        short = _SHORT_PAPER_WORD.search(before)
        if short and "pas" in short.group(0).lower():
            # "pas HN0872214", not "pas 12345678 keer": with letters in the number
            short = short if re.search(r"[A-Z]", match.group(0)) else None
        if _RECORD_ID_BEFORE.search(before):
            continue  # a record's own number: "Conversation-ID: 41822071"
        if _DOCUMENT_CONTEXT.search(before) or short or _answered_paper(text, match.start()):
            hits.append(
                (
                    match.start(),
                    match.end(),
                    "document_number",
                    "redact",
                    "Nummer van een paspoort, identiteitskaart of rijbewijs.",
                )
            )
    for match in _DUTCH_PAPER_NUMBER.finditer(text):
        if _SIP2_CHECKSUM.fullmatch(match.group(0)) or _REFERENCE_WORD_BEFORE.search(
            text, max(0, match.start() - 40), match.start()
        ):
            continue
        if not any(s < match.end() and match.start() < e for s, e, *_ in hits):
            reason = "Nummer in de vorm van een Nederlands paspoort of identiteitskaart."
            hits.append((*match.span(), "document_number", "redact", reason))
    return hits


# A word of `_DUTCH_PAPER_SHAPE` on its own: in the evaluation sets 488 of the 492 such words were
# that number, also where no word for the document stands before it (an export's
# '"oud_document": "KRWH93K34"', "de kaart van mijn zoon ... heeft nummer LKJ5AK5R4"); the other
# four were the checksum at the end of a library's SIP2 message ("|AY1AZF0A1").
_DUTCH_PAPER_NUMBER = re.compile(rf"(?<![\w/.-]){_DUTCH_PAPER_SHAPE}(?![\w/-])")
_SIP2_CHECKSUM = re.compile(r"AY\dAZ[0-9A-F]{4}")
# ... and not where a word for a file, a case or an order stands before it: "Referentie
# NW1234K56", "uw dossier heeft nummer KX8812345" (none of the 488 in the sets)
_REFERENCE_WORD_BEFORE = re.compile(
    r"(?i)\b(?:referentie|ref|kenmerk|dossier\w*|zaak\w*|factuur\w*|order\w*|bestel\w*|"
    r"klant\w*|ticket\w*|melding\w*)\b\.?[^.\n]{0,25}$"
)


# The end of an export's element, the start of its next list item or a blank line.
# (an XML element or an indented field of YAML: not "Uw KvK-nummer: ..." in a letter's header)
_EXPORT_FIELD = re.compile(
    r"[ \t]*<[\w:.-]+|[ \t]*-[ \t]|[ \t]+[\"']?[A-Za-z_][\w .-]{0,30}[\"']?[ \t]*[:=]"
)
_RECORD_END = re.compile(r"\n[ \t]*</[\w:.-]+>[ \t]*(?=\n)|\n(?=[ \t]*-[ \t])|\n[ \t]*\n")


def find_kvk(text: str) -> list[Hit]:
    """KvK and btw numbers of companies stay visible; those of a sole trader (eenmanszaak) are
    personal: after a word that says so, or in a personal letterhead (a person's name or a
    mobile number, and no legal form such as B.V. or stichting)."""
    hits: list[Hit] = []
    numbers = [(m.start("number"), m.end("number"), "kvk") for m in _KVK.finditer(text)]
    in_rows = [
        (start, end, "kvk")
        for start, end, kind in find_table_cells(text)
        if kind == "kvk"
        and re.fullmatch(_KVK_NUMBER, text[start:end])
        and not any(a <= start < b for a, b, _ in numbers)
    ]
    numbers += in_rows
    numbers += [(m.start(), m.end(), "btw") for m in _BTW.finditer(text)]
    belgian = [
        match.span(match.lastgroup or 0)
        for match in _BELGIAN_ENTERPRISE.finditer(text)
        if belgian_vat.is_valid(match.group(match.lastgroup or 0))
    ]
    numbers += [(start, end, "kvk") for start, end in belgian]
    for start, end, kind in numbers:
        label = "KvK-nummer" if kind == "kvk" else "Btw-identificatienummer"
        if (start, end) in belgian:
            label = "Ondernemingsnummer (KBO)"
        row_start = text.rfind("\n", 0, start) + 1
        row_end = text.find("\n", end)
        row = text[row_start : len(text) if row_end < 0 else row_end]
        if (start, end, kind) in in_rows and re.search(r"[|\t;]", row):
            context = row  # a table: the row says whose number it is
        elif _EXPORT_FIELD.match(row):
            # a field of an export: '<uittreksel type="eenmanszaak">\n<kvkNummer>', not past the
            # end of the previous element or list item, nor into the next
            closed = [m.end() for m in _RECORD_END.finditer(text, max(0, start - 250), row_start)]
            following = _RECORD_END.search(text, end, end + 100)
            context = text[
                max([start - 250, 0, *closed]) : following.start() if following else end + 100
            ]
        else:
            context = text[max(0, start - 250) : end + 100]
        if (
            _SOLE_TRADER.search(context)
            or _OWNER_AFTER.match(text, end)
            or _PERSONS_NUMBER_BEFORE.search(text, max(0, start - 50), start)
        ):
            reason = f"{label} van een eenmanszaak: herleidbaar tot de eigenaar."
            hits.append((start, end, kind, "redact", reason))
        elif _personal_letterhead(text, start):
            reason = f"{label} in een persoonlijk briefhoofd zonder rechtsvorm (eenmanszaak)."
            hits.append((start, end, kind, "redact", reason))
        else:
            reason = f"{label} van een onderneming; geen persoonsgegeven."
            hits.append((start, end, kind, "keep", reason))
    return hits


_CADASTRAL_MUNICIPALITY = re.compile(r"(?i:kadastra(?:al|le)[ \t]+gemeente)")


def _personal_letterhead(text: str, start: int) -> bool:
    """Whether the number at `start` is on its own line in a block (up to a blank line) that
    opens with a person's name (after a letter's closing, if any) or holds a mobile number, and
    names no legal entity."""
    line_start = text.rfind("\n", 0, start) + 1
    label = text[line_start:start]
    if not re.fullmatch(r"[ \t]*(?i:kvk|kamer van koophandel|btw)[\w \t.:-]*", label):
        return False
    block_start = text.rfind("\n\n", 0, line_start)
    block_start = 0 if block_start < 0 else block_start + 2
    line_end = text.find("\n", start)
    block_end = text.find("\n\n", start)
    block_end = len(text) if block_end < 0 else block_end
    # "kadastraal gemeente Leusden, sectie K": a cadastral municipality, no legal entity
    block = _CADASTRAL_MUNICIPALITY.sub("", text[block_start:block_end])
    if block.count("\n") > 10 or _LEGAL_FORM.search(block):
        return False
    closing = _CLOSING_LINE.match(block)
    first = block[closing.end() if closing else 0 :].split("\n", 1)[0]
    mobile = re.search(r"(?<!\d)(?:06|\+31[ \t]?(?:\(0\))?[ \t]?6)[ \t-]*\d", block)
    return line_end != line_start and (bool(_PERSON_LINE.fullmatch(first)) or bool(mobile))
