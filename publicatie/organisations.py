"""Contact data of organisations and sole traders: what stays visible and what is a person's.

An organisation's address, general numbers, functional mailboxes and accounts are no personal
data; a sole trader (eenmanszaak) is a natural person, so the trade name, KvK number and mailbox
of a business named after its owner are.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberType

from publicatie.grounds import redact_match
from publicatie.names import (
    SPORTS_VENUES,
    common_dutch_word,
    first_name_known,
    person_word_known,
)
from publicatie.patterns import LEGAL_ENTITY, VCARD, find_table_cells, places
from publicatie.query_strings import mailbox_parts
from publicatie.roles import first_name
from schemas.records import RedactionSpan

__all__ = [
    "MOBILE_RE",
    "MSISDN_RE",
    "organisation_contact",
    "sole_trader_contact",
    "starts_with_trade_word",
    "trade_names",
]

# A mobile number (06, +31 6, 0031 6) is a person's, never an organisation's general number.
MOBILE_RE = re.compile(
    # "+31.675665793": the notation of WHOIS, RDAP and EPP, a dot after the country code
    r"(?<![\w+])(?:(?:\+31|0031)[\s.-]?(?:\(0\))?6|\(06\)|06)[\s-]*\d(?:[\s-]?\d){7}"
    r"(?![\w-]|[.,]\d)"
    # with dots between the pairs, as some people write it: "06.41.27.90.38"
    r"|(?<![\w+.])06\.\d{2}\.\d{2}\.\d{2}\.\d{2}(?![\w-]|[.,]\d)"
)
# A Dutch mobile number as an SMS gateway or a telecom export writes it, the country code
# without a plus ("31654102938"): eleven digits that no other Dutch number begins with (also in a
# CSV cell, "spr_7Hq2ZK81,31627289788,Uitgeest"; not after a number's comma, "1,316...").
MSISDN_RE = re.compile(
    r"(?<![\w+./:-])(?<!\b\d,)(?<!\b\d\d,)(?<!\b\d\d\d,)316\d{8}(?![\w/-]|[.,]\d)"
)

# A business named after its owner, without a legal form: a sole trader, so a natural person
# ("Schildersbedrijf Maessen", "Bloemenhandel Karin Bessems", "Zorgboerderij Reiger").
_TRADE_NAME = re.compile(
    # "Bouw- en Timmerwerken Jorg Clerx": two trades joined
    r"(?:(?<![\w-])[A-Z][a-z]+-[ \t]+en[ \t]+(?=[A-Z]))?"
    # (not a company's desk: "Klantenservice Regiotaxi Gooi" under a mail; nor a public service
    # named after its region: "Omgevingsdienst Achterhoek", "Milieudienst Rijnmond")
    r"(?:(?<![\w-])(?!Klanten(?:service|dienst)\b|(?:Omgevings|Belasting|Milieu|Gezondheids|"
    r"Uitvoerings)dienst\b)[A-Z][a-z]*(?:bedrijf|handel|houwerij|boerderij|winkel|service|bureau|praktijk|atelier|"
    r"studio|installaties?|techniek|klussen|kapsalon|salon|kwekerij|hoveniers?|transport|"
    r"verhuur|bemiddeling|bewindvoering|advies|onderhoud|events|catering|fotografie|coaching|"
    r"administratie|park|schilder|timmerwerken|dakwerken|tegelwerken|loodgieter|dienst|diensten|"
    r"zorg|hulp|training|design|media|consult|reparatie|bewind|werken|zaak|"
    # "Kermisexploitatie Ad Vonkemans", "Loonwerk en Veehouderij Embo Glindeveld"
    r"exploitatie|houderij|loonwerk|verhuizingen|kraam|"
    # "Kinderopvang Fenna Kok", "Gastouderopvang Marije Bakker", "Dierenpension Ria Kok"
    r"opvang|pension)"
    # the trade word on its own: "Bewindvoering Anouk Stiphout", "Klussen Piet de Wit"
    r"|(?<![\w-])(?:Bewindvoering|Bewind|Schoonmaak|Dakwerken|Timmerwerken|Tegelwerken|"
    r"Fotografie|Coaching|Catering|Administratie|Klussen|Loodgieter|Kapsalon|Hoveniers?|"
    r"Transport|Verhuur|Bemiddeling|Onderhoud|Installaties?|Loonwerk|Veehouderij|Verhuizingen|"
    # "Gastouder Sjoukje Zomer", "Pension Linda Maas"
    r"Gastouder|Pension))"
    # an apostrophe inside the name only ("D'Hondt"), not a closing quote: "'Klussen Wuyts',"
    # one space before the owner: not across a table's column gap ("Gastouder   Opvangadres",
    # "Oliebollenkraam<TAB>Gebakkraam Petrusje Dotterbeek")
    r"[ ](?P<owner>(?P<initials>(?:[A-Z]\.[ \t]?){1,4}[ \t]*)?(?:[A-Z](?:[\w-]|'(?=\w))+[ \t]+)?"
    r"(?:(?:van|de|der|den|ter|ten|te)[ \t]+)*[A-Z](?:[\w-]|'(?=\w))+)(?![\w-])"
)


# Street endings that are no surname ending. Deliberately not the full suffix list of
# `patterns` ("-burg", "-horst", "-hof", "-donk" end surnames too: a sole trader would be missed).
_STREET_WORD = re.compile(r"(?:straat|weg|laan|plein|dijk|kade|singel|gracht|pad|dreef|steeg)$")
_FIRM_WORDS = frozenset({"Gebr", "Gebroeders", "Fa", "Firma", "Wed", "Weduwe"})
_FRISIAN_ARTICLES = frozenset({"It", "Us", "Ús"})
_FOUNDATION_BEFORE = re.compile(r"(?i:stichting|vereniging|co[öo]peratie)[ \t]+$")


def starts_with_trade_word(name: str) -> bool:
    """Whether a name opens with a trade word, as a sole trader's does ("Pension Linda Maas")."""
    return _TRADE_NAME.match(name) is not None


def trade_names(text: str) -> list[RedactionSpan]:
    spans = []
    for match in _TRADE_NAME.finditer(text):
        line_end = text.find("\n", match.end())
        rest = text[match.end() : len(text) if line_end < 0 else line_end][:40]
        owner = match.group("owner").split()
        if owner[0] in _FRISIAN_ARTICLES:
            continue  # "Peuteropvang It Krobbehûs": a place's own name, no owner
        if " ".join(owner).lower() in places():
            continue  # "Kinderopvang Hof van Twente": the municipality's own service, no owner
        if _FOUNDATION_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Stichting Sportpark De Kooi": a foundation's name, no sole trader
        if match.group(0).split()[0].lower() in SPORTS_VENUES:
            continue  # "Sportpark Den Boogerd": a municipality's sports ground
        # "Aannemersbedrijf Gebr. Thelen B.V.": a firm of brothers, or of a widow, no person
        if owner[-1] in _FIRM_WORDS:
            continue
        if _STREET_WORD.search(owner[-1]) and not match.group("initials"):
            continue  # "Wisselwoningpark Borgweg": a place; "Melkveebedrijf B. Wolderdijk" an owner
        if (
            LEGAL_ENTITY.match(rest.lstrip(" ,"))
            or rest.lstrip().startswith("&")  # "Bouwbedrijf Peters & Zn.": a firm
            or LEGAL_ENTITY.search(match.group(0))
            or not (
                # "Schoonmaakbedrijf J. Mevissen": initials and a surname are a person
                (match.group("initials") and owner[-1].lower() not in places())
                # "Niels de Gier", "Anouk Stiphout": a first name makes it a person, even when
                # the surname is also a place
                or (len(owner) >= 2 and (first_name_known(owner[0]) or person_word_known(owner[0])))
                or (person_word_known(owner[-1]) and owner[-1].lower() not in places())
                # "Architectenbureau Habbo Riddeldijk-Baaldersma": a given name and a surname
                # the lists do not know, neither of them a word or a place
                or _unlisted_owner(owner)
            )
        ):
            continue
        reason = "Handelsnaam van een eenmanszaak: herleidbaar tot de eigenaar."
        spans.append(redact_match(match, "name", reason, 0.7))
    return spans


# Endings of Dutch surnames ("Kruikhof", "Dreefgaerts", "Beekvliet", "Wolderink", "Hiemstra").
_SURNAME_ENDING = re.compile(
    r"(?:hof|veld|kamp|huis|huizen|dijk|horst|berg|burg|man|mans|sma|stra|ga|ink|ing|ema|"
    r"ens|sen|vliet|kes|hout|hoek|beek|broek|meer|meijer|meier|aerts|ouw|rink|brink|"
    r"donk|hoven|haar|tjes|inga|enga)$"
)


def _unlisted_owner(owner: list[str]) -> bool:
    """One to three capitalised words that are no common Dutch word, organisation word or
    place, the last one a surname's length: a (given name and) surname, also when the name
    lists do not know them (regional given names, invented surnames: "Loodgietersbedrijf
    Kruikhof", "Architectenbureau Habbo Riddeldijk-Baaldersma")."""
    if len(owner) == 1 and not _SURNAME_ENDING.search(owner[0]):
        return False  # "Schildersbedrijf Regenboog": one word needs a surname's ending
    return (
        1 <= len(owner) <= 3
        and len(owner[-1]) >= (4 if len(owner) > 1 else 6)
        and all(
            word[:1].isupper()
            and word.replace("-", "").isalpha()
            and not common_dutch_word(word)
            and not _ORGANISATION_WORDS.search(word)
            and word.lower() not in places()
            for word in owner
        )
    )


# The name of an organisation right before its address: a letterhead ("Oudshoorn & Partners
# Advocaten\nStationsweg 112"), a public building ("buurthuis De Schakel, Kastanjelaan 2"), a
# café ("café De Vijf Molens aan de Lange Haven 61").
_ORGANISATION_BEFORE = re.compile(
    # whole words ("Verkerk" holds no church), or compounds ending in an organisation's word
    r"(?:(?<![\w-])(?i:\w*kantoor|\w*centrum|\w*school|buurthuis|gemeentehuis|stadhuis|"
    r"raadhuis|raadzaal|bibliotheek|sporthal|sportpark|zwembad|kerk|moskee|begraafplaats|"
    r"kerkhof|museum|theater|schouwburg|verpleeghuis|gemeentewerf|milieustraat|café|"
    r"restaurant|hotel|winkel|politiebureau|ziekenhuis|stichting|vereniging|co[öo]peratie)"
    r"(?:[ \t]+(?:[A-Z'&][\w'&-]*[ \t]*){1,5})?"
    r"|(?:B\.V\.|BV|N\.V\.|V\.O\.F\.|Advocaten|Notarissen|Accountants|Makelaars|Architecten)"
    # a Dutch or German municipality: "Gemeente Ede", "Stadt Geilenkirchen", "Gemeinde Selfkant"
    r"[ \t]*|(?-i:Gemeente|Stadt|Gemeinde)[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?[ \t]*)"
    r"[ \t]*(?:,|\n|\||\(|[ \t]aan[ \t]+de|[ \t]aan[ \t]+het|[ \t]op)?[ \t]*$"
    # "gevestigd aan de ...": an organisation is established somewhere, a person lives there
    r"|(?i:gevestigd|kantoor houdend|kantoorhoudend)[ \t]+(?:aan|op|te)"
    r"(?:[ \t]+(?:de|het|den))?[ \t]*$"
    # "De gemeente Purmerend, zetelend te Purmerend, Purmersteenweg 42"
    r"|(?i:zetelend|gevestigd|kantoorhoudend)[ \t]+te[ \t]+[A-Z][\w'-]*,[ \t]*$"
)
# A street named after the town hall: the address of the municipality, where the text around it
# speaks of the municipality (people live on a Raadhuislaan too).
_TOWN_HALL_STREET = re.compile(
    r"(?:Stadhuis|Raadhuis|Gemeentehuis)(?:plein|straat|laan)\b|Rathaus(?:platz|stra(?:ß|ss)e)\b"
)
_TOWN_HALL_CONTEXT = re.compile(
    r"\b(?:gemeentehuis|stadhuis|raadhuis|gemeente|stadskantoor|bezoekadres|postadres|"
    r"balie|burgerzaken|griffie|stadt|gemeinde|rathaus|kontakt|anschrift)\b",
    re.IGNORECASE,
)


def _town_hall_address(text: str, span: RedactionSpan) -> bool:
    if not _TOWN_HALL_STREET.match(span.text):
        return False
    line_end = text.find("\n", span.end)
    after = text[span.end : min(span.end + 60, len(text) if line_end < 0 else line_end)]
    return bool(
        _TOWN_HALL_CONTEXT.search(text, max(0, span.start - 100), span.start)
        or _TOWN_HALL_CONTEXT.search(after)
    )


# The object of a permit is a building, not a home: "het pand Dorpsstraat 4", "op het perceel
# ...", or an address in a sentence about an omgevingsvergunning (published in the kennisgeving).
_OBJECT_BEFORE = re.compile(
    r"(?i:het[ \t]+perceel|bouwlocatie|de[ \t]+kavel|het[ \t]+bouwperceel)"
    r"(?:[ \t]+(?:aan|op)(?:[ \t]+(?:de|het))?)?[ \t]*$"
)
_PERMIT_SENTENCE = re.compile(
    r"omgevingsvergunning|bouwvergunning|vergunning voor het bouwen", re.IGNORECASE
)
# A sentence to the applicant ("uw aanvraag voor ... de woning Dorpsstraat 4"): the location
# is the addressee's home, not yet a published permit location.
_ADDRESSED = re.compile(r"\b(?:u|uw)\b", re.IGNORECASE)
# An address line above a postcode: a letter's address block, always personal.
_POSTCODE_LINE_NEXT = re.compile(r"[ \t]*(?:,[ \t]*|\n[ \t]*)[1-9]\d{3}[ \t]?[A-Z]{2}\b")
_RESIDENCE = r"wonende|woonachtig|woont|wonen|woon|woonde|bewoner\w*"
_RESIDENCE_WORDS = re.compile(rf"\b(?:{_RESIDENCE})\b", re.I)
# An account "ten name van" (or "van") an organisation is not a person's; nor one the text
# calls the municipality's in brackets after it ("De opbrengst komt op NL74... (gemeente)").
_ORGANISATION_HOLDER = re.compile(
    r"[ \t]*(?:(?:t\.?n\.?v\.?|ten name van|van(?:[ \t]+de)?)[ \t]+"
    # ("t.n.v. de vereniging", "ten name van de maatschap", "t.n.v. Fanfare De Harmonie Wijhe")
    r"(?:(?:de[ \t]+|het[ \t]+)?(?i:stichting|vereniging|gemeente)\b|"
    # (a partnership by name is its partners': "t.n.v. Maatschap Sieperda-Jelsma")
    r"(?:de|het)[ \t]+(?i:maatschap)\b|"
    r"(?i:fanfare|harmonie|\w*club|\w*vereniging)\b|"
    r"(?:(?:[A-Z][\w'&.-]*|van|de|der|den|het|en|&)[ \t]+){1,6}?"
    r"(?:B\.V\.|BV|N\.V\.|V\.O\.F\.|Advocaten|Notarissen)(?!\w))"
    r"|\((?i:gemeente|gemeentelijke[ \t]+rekening)\))"
)
# ... or named right before it: "rechtstreeks aan Stichting Zwembaden Steenwijkerland (NL67 ...)",
# "Gemeente Ede, IBAN NL..."; or the account named as the municipality's own or a lawyer's
# third-party account, a few words before it: "Betaling via gemeentelijke rekening NL03 ...",
# "op de derdengeldrekening NL31..."
_HOLDER_BEFORE = re.compile(
    r"(?:(?<![\w-])(?i:stichting|vereniging|co[öo]peratie)(?:[ \t]+[A-Z'&][\w'&-]*){1,5}"
    r"|(?<![\w-])(?:B\.V\.|BV|N\.V\.)|(?<![\w-])Gemeente[ \t]+[A-Z][\w'-]*"
    r"|(?i:gemeentelijke[ \t]+(?:bank)?rekening|derdengeldrekening|"
    r"rekening[ \t]+van[ \t]+de[ \t]+gemeente)[^\n]{0,40}?"
    # the account called the club's or the foundation's: "Rekening vereniging voor de
    # ALV-stukken:", "Rekeningnummer vereniging:", "IBAN stichting", "op het rekeningnummer van de
    # vereniging,", "Het verenigingsgeld staat op", "betaling aan de gemeente op"
    r"|(?i:(?:rekening(?:nummer)?|IBAN)(?:[ \t]+van)?(?:[ \t]+de|[ \t]+het)?[ \t]+"
    r"(?:vereniging|stichting|club|maatschap|gemeente)(?!\w)|"
    r"verenigings(?:geld|rekening|kas)|"
    r"(?:aan|bij)[ \t]+(?:de|deze)[ \t]+(?:vereniging|stichting|gemeente)(?!\w))"
    # (not past someone's own account: "aan de gemeente, maar mijn rekening NL...", "niet op
    # de verenigingsrekening maar op rekening NL...")
    r"(?:(?!(?i:mijn|haar|zijn|uw|hun|eigen|priv[ée]|maar|niet)(?!\w))[^\n]){0,25}?)"
    r"[ \t]*[(,:]?[ \t]*(?:IBAN[ \t]*:?[ \t]*)?$"
)
# A general number: "0493 - 31 24 00 (algemeen)".
_GENERAL_NUMBER = re.compile(
    r"[ \t]*\((?:algemeen|receptie|centrale|hoofdnummer|servicenummer|secretariaat)\b"
    r"[^)\n]{0,40}\)"
    # ... or inside the brackets with it: "(010 299 46 00, algemeen nummer)"
    r"|,[ \t]*(?:algemeen|algemene|receptie|centrale|hoofdnummer)\b[^)\n]{0,20}\)"
    # a menu's choice after it: "lijn 0341 567 567 keuze 4", "(0172-524578, keuze 4)"
    r"|[ \t]*[(,]?[ \t]*(?:keuze|optie|toets)[ \t]+\d\b"
    # ... or said to be one: "0575 194 082 is ons algemene nummer"
    r"|[ \t]+is[ \t]+(?:ons|het|hun|onze|het[ \t]+eigen)[ \t]+(?:algemene?|centrale)[ \t]+"
    r"(?:telefoon)?nummer\b",
    re.I,
)
# ... or announced as one: "algemeen 038 425 25 25", "algemeen / general +31 77 ...",
# "via het algemene nummer 030 ...", "receptie: 0182 ..."
_GENERAL_BEFORE = re.compile(
    r"(?:algemeen|algemene nummer|algemeen nummer|general|receptie|centrale|hoofdnummer|"
    r"servicenummer|switchboard|general number|main number|reception|"
    # an office's own line as an export's key: "havenkantoor_blokzijl: 0527 29 18 80"
    r"\b[a-z]+kantoor(?:_[a-z]+)?[ \t]*[:=]|"
    # "U kunt ons ook bereiken via +31 118 ...": the organisation's own line
    r"\bons[ \t]+(?:ook[ \t]+)?(?:bereiken|bellen)(?:[ \t]+(?:via|op|onder))?|"
    # the municipality's line for questions: "Vragen gemeente via (035) 548 14 00"
    r"(?:^|\n|[.·|][ \t]*)vragen[ \t]+(?:gemeente|aan[ \t]+de[ \t]+gemeente)(?:[ \t]+via|[ \t]*:)|"
    # ... about a subject, in small letters only (no person named): "vragen over de procedure
    # via 038 ...", "Vragen van de bank kunnen via 0341 ..."
    r"\bvragen[ \t]+(?:over|van)[ \t]+(?-i:[a-z][a-z ]{0,40}?)[ \t]+"
    r"(?:(?:kunnen|kunt[ \t]+u)[ \t]+)?(?:via|op)|"
    # a team's own line: "Bereikbaarheid team: 0341 359 650"
    r"\bbereikbaarheid[ \t]+(?:van[ \t]+(?:het[ \t]+)?)?team|"
    # "Vragen via 0117 ...", "vragen daarover via 0172 ...", an export's key
    # "telefoon_algemeen = 0117 ..."
    r"(?:^|\n|[.·|][ \t]*)vragen[ \t]+via|\bvragen[ \t]+(?:daarover|hierover)[ \t]+via|"
    # a letter's closing line ("Vragen? Bel 040 ..."; not "bel mij": a direct line), and a
    # transport company's line to cancel a ride in a text message ("Afmelden: 0495 ...")
    r"\bvragen\?[ \t]+bel(?:[ \t]+ons)?(?:[ \t]+(?:op|via))?|\b(?:afmelden|ziekmelden)[ \t]*:|"
    r"\b[a-z_]*_algemeen[ \t]*[:=]|"
    # a line to report on: "Buren melden via 0172 ..."
    r"\bmelden[ \t]+via|"
    # a utility's line for faults ("storingsnummer 072 ..."), a newsroom's ("redactie 0485 ..."),
    # an export's element for the general number ("<AlgemeenNummer>0223 ...")
    # ... or a line of its own for a subject ("de vuurwerklijn (0492 ...)", "meldlijn")
    # (in small letters: "Groet, Marjolijn" is no line)
    r"storingsnummer|(?-i:\b[a-z]{3,}lijn)|\bredactie|<[a-z_]*(?:algemeen|hoofdnummer|receptie|centrale)[a-z_]*>|"
    # the municipality's own line in a sentence: "of met de gemeente Schagen via 0224 ..."
    r"\bde[ \t]+gemeente[ \t]+(?-i:[A-Z][\w'-]+(?:[ \t-][A-Z][\w'-]+)?)[ \t]+(?:via|op))"
    r"[ \t]*(?:/[ \t]*[a-z]+[ \t]*)?[:.]?[ \t]*$",
    re.I,
)
# "Vragen:" before a number at the foot of a report, and a switchboard's round number after it.
_QUESTIONS_BEFORE = re.compile(r"(?:^|\n|[.·|][ \t]*)(?i:vragen)[ \t]*:[ \t]*$")
_ROUND_NUMBER = re.compile(r"0[ \t-]?0$")
# A switchboard's number: a block of three, then "000" ("0117 457 000"); a direct line or a
# home's number hardly ends so.
_SWITCHBOARD = re.compile(r"(?<!\d)\d{3}[ \t-]?000$")
# An organisation named earlier in the sentence of a landline: "bij de planning van Taxi Smit
# B.V., telefoon 0570 ...", "Het notariskantoor is bereikbaar op 010 ...".
_ORGANISATION_IN_SENTENCE = re.compile(
    r"(?:\bB\.V\.|\bN\.V\.|\b(?i:stichting|vereniging)\b|(?i:\w*kantoor|advocaten|notarissen|"
    r"vervoerder|praktijk|algemene vragen|algemeen nummer|receptie|klantenservice)\b)"
)
# A public body right before the number: "bellen met de GGD, 078 ...", "de politie: 0900 ..."
# (not "klachtencoördinator gemeente Veenendaal | 0318 ...": a person's direct line).
_PUBLIC_BODY_BEFORE = re.compile(
    r"\b(?:de[ \t]+)?(?:GGD|GHOR|politie|brandweer|veiligheidsregio|omgevingsdienst|"
    r"Belastingdienst|UWV|SVB|DUO|CAK|COA|IND|meldkamer|(?i:de[ \t]+meldkamer))[ \t]*[,:]?[ \t]*"
    r"(?:op|via|tel\.?|telefoon)?[ \t]*:?[ \t]*$"
)
# A number on the line of a postal address ("Postadres: Postbus 70, 2900 AB Capelle aan den
# IJssel – 010 284 84 84"): a postbus is an organisation's, and so is the number beside it.
_POSTBUS_LINE = re.compile(r"(?i:postbus|antwoordnummer)[ \t]+\d+")
_OWN_LINE_BEFORE = re.compile(r"\b(?i:mij|me|mijn)\b[^\n\d]{0,15}$")
_POSTBUS_AFTER = re.compile(rf"[ \t]*[,;]?[ \t]*{_POSTBUS_LINE.pattern}")


def organisation_contact(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """Keep the address, postcode, general numbers and bank account of an organisation.

    An address directly under or after an organisation's name keeps, with the postcode and
    landline numbers that follow it in the same block (not a mobile number, and not past a
    person's name); so do an account "t.n.v." an organisation and a number marked "(algemeen)".
    """
    reason = "Gegevens van een organisatie, geen persoonsgegeven."
    result = sorted(spans, key=lambda s: s.start)
    cells = _table_cells(text)
    block_end = -1
    for index, span in enumerate(result):
        if span.action != "redact":
            continue
        keep = False
        if span.type == "address" and not _CADASTRAL_WORD.search(span.text):
            before = text[max(0, span.start - 80) : span.start]
            keep = not _someones_home(text, span, result) and bool(
                # a postbus is an organisation's, never a home ("Kadaster;Postbus 9046, ...")
                _POSTBUS_LINE.match(span.text)
                or _ORGANISATION_BEFORE.search(before)
                or _organisation_letterhead(text, span.start)
                or _town_hall_address(text, span)
                or _OBJECT_BEFORE.search(before)
                or _permit_location(text, span.start, span.end)
            )
        elif span.type in ("postcode", "phone") and 0 <= block_end <= span.start <= block_end + 60:
            # (also a mobile written without its "+", and a number someone gives as their own:
            # "Vragen? Bel mij op 0493 ...")
            mobile = MOBILE_RE.fullmatch(span.text) or MSISDN_RE.fullmatch(span.text)
            own = _OWN_LINE_BEFORE.search(text, max(0, span.start - 20), span.start)
            keep = (
                not mobile
                and not own
                and not any(s.type == "name" and block_end <= s.start < span.start for s in result)
            )
        if span.type == "iban":
            keep = (
                bool(_ORGANISATION_HOLDER.match(text, span.end))
                or bool(_HOLDER_BEFORE.search(text, max(0, span.start - 80), span.start))
                or _PUBLIC_BANK.search(span.text) is not None
                or _company_line(text, span, result)
            )
        # (a mobile number in brackets is one too: "belt de vuurwerklijn (0618596959)")
        if span.type == "phone" and not MOBILE_RE.fullmatch(span.text.strip("() ")):
            keep = keep or bool(_GENERAL_NUMBER.match(text, span.end))
            # the postbus right before it on its line (a page read with its lines joined has
            # no line ends: not a postbus anywhere earlier on the page)
            line_start = max(text.rfind("\n", 0, span.start) + 1, span.start - 60)
            keep = keep or bool(_POSTBUS_LINE.search(text, line_start, span.start))
            # ... or right after it: "Inwoners kunnen terecht bij 0495 ..., Postbus 2090"
            keep = keep or bool(_POSTBUS_AFTER.match(text, span.end))
            keep = keep or bool(_GENERAL_BEFORE.search(text, max(0, span.start - 40), span.start))
            # "Vragen: (0229) 25 22 00" under a report: a switchboard's round number only (a
            # direct line there may be the writer's own)
            keep = keep or bool(
                _QUESTIONS_BEFORE.search(text, max(0, span.start - 20), span.start)
                and _ROUND_NUMBER.search(span.text)
            )
            keep = keep or bool(
                _PUBLIC_BODY_BEFORE.search(text, max(0, span.start - 40), span.start)
            )
            keep = keep or bool(_SWITCHBOARD.search(span.text))
            keep = keep or _organisation_phone(text, span, result)
        if span.type == "iban":
            keep = keep or _creditor_row(text, span, result)
        if span.type in ("address", "postcode", "phone", "kenteken", "iban"):
            keep = keep or _company_row(text, span, result, cells)
            keep = keep or _company_section(text, span, result)
        if keep:
            result[index] = span.model_copy(update={"action": "keep", "reason": reason})
            if span.type in ("address", "postcode", "phone"):
                block_end = span.end
    # The same public address elsewhere in the document ("Singel 3 ligt in het beschermd
    # stadsgezicht") stays too, unless someone is said to live there.
    public = {
        " ".join(s.text.split()) for s in result if s.type == "address" and s.action == "keep"
    }
    for index, span in enumerate(result):
        if (
            span.type == "address"
            and span.action == "redact"
            and " ".join(span.text.split()) in public
            and not _RESIDENCE_WORDS.search(text[max(0, span.start - 40) : span.start])
            and not _POSTCODE_LINE_NEXT.match(text, span.end)
        ):
            result[index] = span.model_copy(update={"action": "keep", "reason": reason})
    # An organisation's landline announced as such once ("via het algemene nummer 0344 ...")
    # is the same public number where a table repeats it without the cue; so is the plate of
    # a company's van kept in its register row ("bus VK-229-J mag op de kade laden"). Only
    # what was kept for being an organisation's, a service number or a company's vehicle.
    public_numbers = {
        (s.type, re.sub(r"[\W_]", "", s.text).upper())
        for s in result
        if s.type in ("phone", "kenteken") and s.action == "keep"
    }
    for index, span in enumerate(result):
        if (
            span.type in ("phone", "kenteken")
            and span.action == "redact"
            and not MOBILE_RE.fullmatch(span.text)
            and (span.type, re.sub(r"[\W_]", "", span.text).upper()) in public_numbers
        ):
            result[index] = span.model_copy(update={"action": "keep", "reason": reason})
    return result


# "Zij woont zelf boven de winkel (Dr. Brabersstraat 6a)": residence in the same sentence.
_RESIDENCE_BEFORE = re.compile(rf"\b(?:{_RESIDENCE}|huurder|thuis)\b[^.\n]*$", re.I)
# A form field about a person: "Adres contactpersoon: Hoogenweg 61", also in an association's form.
_PERSON_FIELD = re.compile(
    r"(?i:contactpersoon|aanvrager|melder|bewoner|betrokkene|priv[eé]|woonadres|thuisadres|"
    r"huisadres|persoonlijk|penningmeester|secretaris|voorzitter)[^:\n]{0,20}:[ \t]*$"
)
# "mevrouw P. Noordermeer, Raadhuisstraat 31": an address right after a person's name.
_AFTER_A_NAME = re.compile(
    r"[ \t]*(?:,|\(|\n)?[ \t]*"
    # the part the person plays, in small letters in brackets, before their address: "R.
    # Haverslag (secretaris vereniging, Berkelsingel 18-2, 7207AW)" (the club's word names no
    # building)
    r"(?:(?<=\()[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}[ \t]*,[ \t]*)?"
    r"(?:(?i:wonende|woonachtig)[ \t]+(?:aan|op|te)?)?[ \t]*"
    r"(?:de|het)?[ \t]*"
)


_CARE_OF = re.compile(r"[ \t]*(?i:p/a|per adres)[ \t]")


def _someones_home(text: str, span: RedactionSpan, spans: list[RedactionSpan]) -> bool:
    """Whether the sentence says someone lives at the address, or it follows a person's name
    directly: then no organisation cue makes it public (fail closed)."""
    left = max(text.rfind(". ", 0, span.start), text.rfind("\n", 0, span.start), span.start - 80)
    if _RESIDENCE_BEFORE.search(text, max(0, left), span.start):
        return True
    if _PERSON_FIELD.search(text, text.rfind("\n", 0, span.start) + 1, span.start):
        return True
    # "Buurtvereniging ...\np/a Rudi Kalverkamp, secretaris\nNoordeinde 44a": the club's post
    # goes to a member's home
    line_start = text.rfind("\n", 0, span.start) + 1
    previous = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    if (
        line_start > 0
        and _CARE_OF.match(text, previous, line_start)
        and not _ORGANISATION_WORDS.search(text, previous, line_start)
        and not LEGAL_ENTITY.search(text, previous, line_start)
    ):
        return True
    # a table row that names a person before the address: the row is that person's, also when
    # an organisation's cell stands between ("Joukje Terlouwen,Stichting ...,Duinweg 3 a")
    row = _table_row(text, span, _table_cells(text))
    starts_a_cell = text[span.start - 1 : span.start] in (";", "|", "\t", ",")
    if (
        row
        and starts_a_cell
        and any(
            s.type == "name"
            and s.action == "redact"
            and row[0] <= s.start
            and s.end <= span.start
            and not _LOGIN.fullmatch(s.text)
            # not past a company's cell ("R. Moendjie,Autobedrijf ... V.O.F.,Weteringsweg 11")
            and not _COMPANY_FORM.search(text, s.end, span.start)
            for s in spans
        )
    ):
        return True
    return any(
        s.type == "name"
        and s.action == "redact"
        and s.end <= span.start
        and _AFTER_A_NAME.fullmatch(text, s.end, span.start)
        and not _ORGANISATION_BEFORE.search(s.text + ",")  # "Algemene Begraafplaats, Zandweg 2"
        for s in spans
    )


def _table_cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of the cells of the text's tables (none in a single line of text)."""
    return [cell[:2] for cell in find_table_cells(text)] if "\n" in text else []


def _table_row(
    text: str, span: RedactionSpan, cells: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Start and end of the line that holds `span`, if that line is a row of a table."""
    row = _line_of(text, span)
    return row if any(row[0] <= a and b <= row[1] for a, b in cells) else None


def _line_of(text: str, span: RedactionSpan) -> tuple[int, int]:
    """Start and end of the line (or lines) that hold `span`."""
    line_end = text.find("\n", span.end)
    return text.rfind("\n", 0, span.start) + 1, len(text) if line_end < 0 else line_end


def _person_in(spans: list[RedactionSpan], start: int, end: int) -> bool:
    """Whether a redacted person's name starts in text[start:end]."""
    return any(s.type == "name" and s.action == "redact" and start <= s.start < end for s in spans)


def _company_row(
    text: str, span: RedactionSpan, spans: list[RedactionSpan], cells: list[tuple[int, int]]
) -> bool:
    """A value in a table row of a company ("Vishandel Klaassen & Zn. V.O.F.", ..., "Havenweg
    4", ...): a row with a legal form and no person's name in it; never a mobile number."""
    row = _table_row(text, span, cells)
    if row is None or (span.type == "phone" and MOBILE_RE.fullmatch(span.text)):
        return False
    if not LEGAL_ENTITY.search(text, *row):
        return False
    # a person in the row makes it theirs ("Jansen, P.;Jansen Holding B.V.", a contact person
    # after the company); a login ("jdekker") is only whoever handled the row, and so is a
    # paraph ("IG") for the company's address and numbers (not for an account someone paid
    # from: "terugbetaald ... vanaf NL53 RABO ...;RKo")
    return not any(
        s.type == "name"
        and s.action == "redact"
        and row[0] <= s.start < row[1]
        and not _LOGIN.fullmatch(s.text)
        and not (span.type != "iban" and _HANDLER_PARAPH.fullmatch(s.text))
        for s in spans
    )


# A debt overview's header: the creditors are organisations unless the row names a person.
_CREDITOR_HEADER = re.compile(r"(?i)\b(?:schuldeisers?|crediteuren|crediteur)\b")
_TABLE_SEPARATOR = re.compile(r"[|\t;]")


def _creditor_row(text: str, span: RedactionSpan, spans: list[RedactionSpan]) -> bool:
    """An account in a row of a list of creditors ("03 | Wetland Wonen | ... | NL67ABNA... |"):
    the creditor's, an organisation's, when the row names no person (a sole trader's trade
    name counts as a person: "Autobedrijf Gert Zegensma")."""
    line_start, line_end = _line_of(text, span)
    if not _in_a_table_row(text, span):
        return False
    # the header: up the rows of the same table to its first line
    for line in reversed(text[max(0, line_start - 4000) : line_start].split("\n")[:-1]):
        if len(_TABLE_SEPARATOR.findall(line)) < 3:
            return False
        if _CREDITOR_HEADER.search(line):
            return not _person_in(spans, line_start, line_end)
    return False


_LOGIN = re.compile(r"[a-z][a-z0-9._-]{2,30}")
_HANDLER_PARAPH = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,4}")
_COMPANY_FORM = re.compile(r"\b(?:B\.?V|N\.?V|V\.?O\.?F|C\.?V)\b\.?")


# BNG Bank serves only public bodies: an account there is never a private person's.
_PUBLIC_BANK = re.compile(r"^[A-Z]{2}\s?\d{2}\s?BNGH", re.IGNORECASE)
_ORGANISATION_WORDS = re.compile(
    r"\bB\.?V\.?(?!\w)|\bN\.?V\.?(?!\w)|\bV\.?O\.?F\.?(?!\w)|"
    r"(?i:stichting|vereniging|co[öo]peratie|holding|redactie|dagblad|nieuwsblad|courant|"
    r"omroep|advocaten|notarissen|accountants|makelaars|architecten|woningcorporatie|"
    # "Inspectiedienst Dierenbescherming", "Raad voor de Kinderbescherming"
    r"woonstichting|woningstichting|bescherming)"
)


# A form's block about an organisation: "Naam organisatie: Stichting ...\nAdres: ..."
_ORGANISATION_FIELD = re.compile(
    r"[ \t]*(?i:naam (?:van de )?organisatie|organisatie|naam instelling|instelling|"
    r"naam bedrijf|bedrijfsnaam|statutaire naam)[ \t]*:"
)


def _organisation_letterhead(text: str, start: int) -> bool:
    """An address in a letter's address block that opens with an organisation ("Grand Café De
    Munt B.V.\nt.a.v. de heer E. Kılıç\nMarkt 23", "Redactie Kop van Noord-Holland\n...")."""
    block_start = text.rfind("\n\n", 0, start)
    block_start = 0 if block_start < 0 else block_start + 2
    lines = text[block_start:start].split("\n")
    if not 2 <= len(lines) <= 6 or not re.fullmatch(r"[ \t]*(?:[\w -]{1,30}:[ \t]*)?", lines[-1]):
        return False
    # the block opens with the organisation's name, not with a sentence that mentions one ("I
    # have started with Merwede Dredging B.V. and will live in ... My details:")
    heading = len(lines[0].strip()) <= 80
    return (heading and bool(_ORGANISATION_WORDS.search(lines[0]))) or any(
        _ORGANISATION_FIELD.match(line) for line in lines[:-1]
    )


def _segment(text: str, start: int, end: int, reach: int = 100) -> tuple[int, int]:
    """The stretch around a value up to a line break, a sentence end or `reach` characters:
    "its line", also in a page whose lines were flattened to one."""
    left = max(0, start - reach)
    breaks = [m.end() for m in re.finditer(r"\n|\.[ \t]", text[left:start])]
    left = left + breaks[-1] if breaks else left
    right = min(len(text), end + reach)
    stop = re.search(r"\n|\.[ \t]|\.$", text[end:right])
    return left, end + stop.start() if stop else right


def _company_line(text: str, span: RedactionSpan, spans: list[RedactionSpan]) -> bool:
    """An account next to a company's KvK number (kept: not a sole trader's), as in a
    letterhead line "info@vereniging.nl | KvK 40637125 | IBAN NL17 KNAB ..."."""
    left, right = _segment(text, span.start, span.end, reach=60)
    return any(s.type == "kvk" and s.action == "keep" and left <= s.start < right for s in spans)


def _named_company(text: str, lowered: str, name: str) -> bool:
    """Whether `name` stands in a company's name: a legal form follows in the same sentence."""
    at = lowered.find(name)
    while at >= 0:
        after = text[at + len(name) : at + len(name) + 60].split("\n", 1)[0]
        after = re.split(r"\.[ \t]", after, maxsplit=1)[0] + " "
        if LEGAL_ENTITY.search(after):
            return True
        at = lowered.find(name, at + 1)
    return False


def sole_trader_contact(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """A business named after a person in the document, without a legal form, is a sole trader:
    its KvK number and its mailbox ("Bewindvoering Kamphuis, KvK 81274930",
    "info@vroegindeweijevents.nl") identify that person, so they are redacted."""
    if not any(s.action == "keep" and s.type in ("kvk", "btw", "email") for s in spans):
        # numbers found to be a sole trader's already
        return _sole_trader_accounts(text, _sole_trader_addresses(text, spans))
    spans = _own_numbers(text, spans)
    spans = _person_rows(text, spans)
    spans = _person_sections(text, spans)
    spans = _person_cards(text, spans)
    spans = _numbers_after_a_person(text, spans)
    spans = _numbers_of_the_addressee(text, spans)
    spans = _numbers_after_a_trade_name(text, spans)
    spans = _numbers_beside_redacted_numbers(text, spans)
    surnames = {
        word.lower()
        for s in spans
        if s.type == "name" and s.action == "redact"
        for word in re.findall(r"[^\W\d_]{5,}", s.text)
        if word[:1].isupper()
        and not first_name_known(word)
        and word.lower() not in places()
        and word + "\\" not in s.text  # the domain of a login: "REGIOGV\\mlaarbroek"
    }
    # "Van den Heuvel Groenvoorziening B.V." makes the name a company's, not a sole trader's
    lowered = text.lower()
    surnames = {name for name in surnames if not _named_company(text, lowered, name)}
    given = _given_names_of_redacted(spans)
    if not surnames and not given:
        return _sole_trader_accounts(text, _sole_trader_addresses(text, spans))
    reason = "Contactgegeven van een eenmanszaak op naam van een persoon."
    result = []
    for span in spans:
        if span.action == "keep" and span.type in ("kvk", "btw", "email"):
            line_start, line_end = _segment(text, span.start, span.end)
            line = text[line_start:line_end]
            if span.type == "email":
                owner = mailbox_parts(span.text)[1].rsplit(".", 1)[0].lower()
            else:
                owner = text[line_start : span.start].lower()
            if not LEGAL_ENTITY.search(line) and (
                any(name in owner for name in surnames)
                # "info@gastouderesther.nl" beside "Leusink, Esther": a business that ends
                # its domain with its owner's given name (not one that starts with a word
                # that is a given name too: "horstaandemaas.nl")
                or (span.type == "email" and any(owner.endswith(name) for name in given))
            ):
                span = span.model_copy(update={"action": "redact", "reason": reason})
        result.append(span)
    result = _phones_beside_redacted_mailboxes(text, result, reason)
    return _sole_trader_accounts(text, _sole_trader_addresses(text, result))


def _given_names_of_redacted(spans: list[RedactionSpan]) -> set[str]:
    """The given names (five letters or more, on the list of first names) of the redacted
    persons: "esther" from "Leusink, Esther" and from "Esther Leusink"."""
    given = (first_name(s.text) for s in spans if s.type == "name" and s.action == "redact")
    return {
        word.lower()
        for word in given
        if len(word) >= 5 and word.isalpha() and first_name_known(word)
    }


# A person writing of the KvK number as theirs: "Mijn KvK is 93812711", "mijn KvK-nummer:".
_OWN_NUMBER_BEFORE = re.compile(
    r"(?<![\w-])(?i:mijn)[ \t]+(?i:kvk|btw)(?:-?nummer)?(?:[ \t]+(?:is|luidt))?[ \t:]*$"
    # "Mijn bedrijf staat ingeschreven onder KvK 8591 5750"
    r"|(?<![\w-])(?i:mijn[ \t]+(?:bedrijf|zaak|onderneming|eenmanszaak|bedrijfje))"
    r"[ \t]+(?i:staat[ \t]+)?(?i:ingeschreven[ \t]+)?(?i:onder|met|bij[ \t]+de)[ \t]+"
    r"(?i:kvk|btw)(?:-?nummer)?[ \t:]*$"
)


def _own_numbers(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """A KvK or VAT number that a person calls their own ("Mijn KvK is 93812711") is a sole
    trader's: it identifies that person."""
    reason = "KvK- of btw-nummer dat een persoon het zijne noemt: een eenmanszaak."
    return [
        s.model_copy(update={"action": "redact", "reason": reason})
        if s.type in ("kvk", "btw")
        and s.action == "keep"
        and _OWN_NUMBER_BEFORE.search(text, max(0, s.start - 60), s.start)
        else s
        for s in spans
    ]


def _sole_trader_accounts(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """An account kept beside a KvK number that later turned out to be a sole trader's
    ("Klusbedrijf Jo Smeets (KvK 71187532);...;NL20 ASNB 8671 3110 49") is that person's too;
    an account with the public sector's bank stays."""
    if not any(s.type == "kvk" and s.action == "redact" for s in spans):
        return spans

    def beside_a_sole_traders_number(span: RedactionSpan) -> bool:
        if _PUBLIC_BANK.search(span.text):
            return False
        left, right = _segment(text, span.start, span.end, reach=60)
        near = [s for s in spans if s.type == "kvk" and left <= s.start < right]
        return bool(near) and all(s.action == "redact" for s in near)

    return _sole_trader_numbers(
        spans,
        "Rekeningnummer naast het KvK-nummer van een eenmanszaak.",
        beside_a_sole_traders_number,
        ("iban",),
    )


def _in_a_table_row(text: str, span: RedactionSpan) -> bool:
    """Whether the line of `span` is a row of a table: three or more "|", tab or ";" cells."""
    return len(_TABLE_SEPARATOR.findall(text, *_line_of(text, span))) >= 3


def _sole_trader_addresses(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """The address of a business kept as an organisation's ("Imkerij Roosje Hakkenberg,
    gevestigd aan Laan van Beek en Royen 14 k, 3701 AK Zeist, KvK 91048237") is a sole
    trader's, often the owner's home, once its KvK or btw number on the same line, or a few
    lines above it in the same block, turned out to be a sole trader's: no legal form between."""
    sole = [s for s in spans if s.type in ("kvk", "btw") and s.action == "redact"]
    if not sole:
        return spans
    reason = "Adres van een eenmanszaak: herleidbaar tot de eigenaar."

    def before_a_sole_traders_number(span: RedactionSpan) -> bool:
        line_start = text.rfind("\n", 0, span.start) + 1
        return any(
            0 < number.start - span.end <= 120
            and "\n" not in text[span.end : number.start]
            and not LEGAL_ENTITY.search(text, line_start, number.start)
            for number in sole
        )

    def in_a_sole_traders_block(span: RedactionSpan) -> bool:
        # a form: "KvK-nummer: 09241186 ...\nContactpersoon: ...\nAdres: Waaldijk 58"; in a
        # table the next row is someone else's ("...;G. Schuurman (KvK ...);...\n...;Kadaster;")
        return any(
            0 < span.start - number.end <= 200
            and not re.search(r"\n[ \t]*\n", text[number.end : span.start])
            and not LEGAL_ENTITY.search(text, number.end, span.start)
            and not ("\n" in text[number.end : span.start] and _in_a_table_row(text, number))
            for number in sole
        )

    return [
        span.model_copy(update={"action": "redact", "reason": reason})
        if span.type in ("address", "postcode")
        and span.action == "keep"
        and span.reason.startswith("Gegevens van een organisatie")
        and (before_a_sole_traders_number(span) or in_a_sole_traders_block(span))
        else span
        for span in spans
    ]


# What stands between two contact details of one owner: "0318 ... of mantelzorg@ede.nl".
_BESIDE = re.compile(r"[ \t]*(?:,|of|en|/|\|)[ \t]*")
# "Vragen? Bel (023) 574 01 00 of mail naar klachten@zandvoort.nl": the number offered with the
# organisation's mailbox, where the line names nobody before it ("Bel Petra van Loenhout van
# team Kwaliteit BRP op 010 ... of mail naar adresonderzoek@...": hers)
_OR_MAIL_TO = re.compile(
    r"[ \t]*(?:of|or)[ \t]+(?:e-)?mail(?:[ \t]+(?:ons[ \t]+)?(?:naar|via|aan|op))?[ \t]*"
)
# The number offered after the organisation's mailbox: "mailen naar funderingsloket@... of
# bellen met 0182 ...", "via woo@... of via 0172 ..."
_OR_CALL = re.compile(
    r"[ \t]*(?:of|or)[ \t]+"
    r"(?:via|op|bel(?:len)?(?:[ \t]+(?:met|naar|op))?|telefonisch(?:[ \t]+via)?)"
    r"[ \t]*(?:(?:tel(?:efoon)?|T)\.?:?[ \t]*)?"
)


def _phones_beside_redacted_mailboxes(
    text: str, spans: list[RedactionSpan], reason: str
) -> list[RedactionSpan]:
    """A landline kept because a mailbox stands beside it ("(0113) 34 12 08, info@...") is the
    sole trader's too once that mailbox turned out to be theirs."""
    ordered = sorted(spans, key=lambda s: s.start)

    def beside_a_redacted_mailbox(index: int) -> bool:
        neighbours = ordered[max(0, index - 1) : index] + ordered[index + 1 : index + 2]
        return any(
            other.type == "email"
            and other.reason == reason
            and _BESIDE.fullmatch(
                text, min(ordered[index].end, other.end), max(ordered[index].start, other.start)
            )
            for other in neighbours
        )

    return [
        span.model_copy(update={"action": "redact", "reason": reason})
        if span.type == "phone" and span.action == "keep" and beside_a_redacted_mailbox(index)
        else span
        for index, span in enumerate(ordered)
    ]


# "Bewindvoering Anouk Stiphout (KvK 74410385", "DJ Bram Habraken (KvK 91550324)"
_NUMBER_LABEL_AFTER_NAME = re.compile(
    r"[ \t]*[(,]?[ \t]*(?i:kvk|kvk-nummer|kvk-nr\.?|btw|btw-id|btw-nummer)?[ \t.:]*"
)


def _numbers_after_a_person(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """A KvK or btw number right after a person's (or a sole trader's) name is that person's."""
    names = [s for s in spans if s.type == "name" and s.action == "redact"]
    return _sole_trader_numbers(
        spans,
        "KvK- of btw-nummer direct na de naam van een persoon (eenmanszaak).",
        lambda span: any(
            0 <= span.start - n.end <= 16
            and _NUMBER_LABEL_AFTER_NAME.fullmatch(text, n.end, span.start)
            for n in names
        ),
    )


# A person's name with a trade after it: "Thijs Engelen Fotografie", "Sanne Bos Coaching".
_TRADE_WORD_LAST = re.compile(
    r"[ \t](?:[A-Z][a-z]*(?:fotografie|bedrijf|handel|praktijk|advies|coaching|design|media|"
    r"consult|consultancy|techniek|installaties?|werken|klussen|bouw|service|diensten|atelier|"
    r"studio|catering|transport|verhuur|hoveniers?)|Fotografie|Coaching|Design|Media|Advies|"
    r"Consultancy|Catering|Transport|Verhuur|Klussen|Hoveniers?)$"
)


def _numbers_after_a_trade_name(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """A KvK or btw number shortly after a sole trader's trade name, with its address between
    them ("t.n.v. Thijs Engelen Fotografie, Hoofdstraat 1, 6004 HN Weert. KvK 85931027") and no
    company with a legal form in between."""
    firms = [
        s
        for s in spans
        if s.type == "name"
        and s.action == "redact"
        and (s.reason.startswith("Handelsnaam") or _TRADE_WORD_LAST.search(s.text))
    ]
    return _sole_trader_numbers(
        spans,
        "KvK- of btw-nummer van een eenmanszaak, kort na haar handelsnaam.",
        lambda span: any(
            0 <= span.start - firm.end <= 120
            and "\n\n" not in text[firm.end : span.start]
            and not LEGAL_ENTITY.search(text, firm.end, span.start)
            for firm in firms
        ),
    )


# What stands between the KvK and the btw number of one business: "KvK 66183204, btw
# NL257831903B01", "KvK-nummer: 52871096\nBtw-id: NL367418253B01".
_BETWEEN_NUMBERS = re.compile(
    r"[ \t]*[,;/|)]?[ \t]*\n?[ \t]*(?:en[ \t]+)?(?i:kvk|kvk-nummer|kvk-nr\.?|btw|btw-id|btw-nr\.?|"
    r"btw-nummer|btw-identificatienummer)?[ \t.:]*\(?[ \t]*"
)


def _numbers_beside_redacted_numbers(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """A business's KvK and btw number stand together: once one of them is a sole trader's, so
    is the other ("(KvK 66183204, btw NL257831903B01)")."""
    redacted = [s for s in spans if s.type in ("kvk", "btw") and s.action == "redact"]
    if not redacted:
        return spans

    def beside_a_redacted_number(span: RedactionSpan) -> bool:
        return any(
            other.type != span.type
            and _BETWEEN_NUMBERS.fullmatch(
                text, min(span.end, other.end), max(span.start, other.start)
            )
            for other in redacted
        )

    return _sole_trader_numbers(
        spans,
        "KvK- of btw-nummer naast het nummer van dezelfde eenmanszaak.",
        beside_a_redacted_number,
    )


def _sole_trader_numbers(
    spans: list[RedactionSpan],
    reason: str,
    belongs: Callable[[RedactionSpan], bool],
    types: tuple[str, ...] = ("kvk", "btw"),
) -> list[RedactionSpan]:
    """Redact the kept numbers of `types` for which `belongs` says they are a person's."""
    return [
        span.model_copy(update={"action": "redact", "reason": reason})
        if span.action == "keep" and span.type in types and belongs(span)
        else span
        for span in spans
    ]


# "Geachte mevrouw Vossenberg-Panhuijsen," and, in the body, "uw onderneming (KvK 64402918"
_SALUTATION = re.compile(
    r"^Geachte[ \t]+(?:mevrouw|heer|mw\.|dhr\.)[ \t]+(?P<surname>[^\n,]{2,60}?),?[ \t]*$",
    re.M,
)
_YOUR_BUSINESS = re.compile(
    r"\b(?i:uw)[ \t]+(?:eigen[ \t]+)?(?i:onderneming|bedrijf|zaak|eenmanszaak|winkel|praktijk|"
    r"bed[ \t]*&[ \t]*breakfast|b&b|gegevens|kvk-nummer|btw-id|btw-nummer)\b[^\n.]{0,30}$"
)


def _numbers_of_the_addressee(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """A letter to a person about "uw onderneming (KvK …, btw-id …)": when the address block
    that names the addressee holds no legal form (B.V., stichting, ...), the business is the
    addressee's own, a sole trader's, and so are its numbers."""
    salutation = _SALUTATION.search(text)
    if salutation is None:
        return spans
    surname = salutation.group("surname").split()[-1]
    blocks = re.split(r"\n[ \t]*\n", text[: salutation.start()])
    block = next((b for b in reversed(blocks) if surname in b), None)
    if block is None or LEGAL_ENTITY.search(block):
        return spans
    return _sole_trader_numbers(
        spans,
        "KvK- of btw-nummer van de onderneming van de geadresseerde (eenmanszaak).",
        lambda span: (
            span.start > salutation.end()
            and bool(_YOUR_BUSINESS.search(text, max(0, span.start - 80), span.start))
        ),
    )


# A legal form in a column of its own: "Lounge Merwezicht;bv;94212036;Van Zessen, D.A."
_LEGAL_FORM_CELL = re.compile(
    r"(?i)(?:^|[;|\t,])[ \t]*\"?(?:b\.?v\.?|n\.?v\.?|stichting|vereniging)\"?[ \t]*(?=[;|\t,]|$)"
)


def _person_rows(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """A KvK or btw number in a table row of a person (a redacted name, no legal form in the
    row): that person's business, so a sole trader's number."""
    cells = _table_cells(text)
    if not cells:
        return spans

    def in_a_persons_row(span: RedactionSpan) -> bool:
        row = _table_row(text, span, cells)
        return (
            bool(row)
            and not LEGAL_ENTITY.search(text, *row)
            and not _LEGAL_FORM_CELL.search(text[row[0] : row[1]])
            and _person_in(spans, *row)
        )

    spans = _sole_trader_numbers(
        spans, "KvK- of btw-nummer in de rij van een persoon (eenmanszaak).", in_a_persons_row
    )
    # the bank account in that row is the sole trader's own too ("B&B" of Yolande Houthemers)
    return _sole_trader_numbers(
        spans,
        "Rekeningnummer in de rij van een persoon (eenmanszaak).",
        in_a_persons_row,
        ("iban",),
    )


# The header of a section of an INI export: "[stand_G-04]"
_INI_SECTION = re.compile(r"^\[[^\]\n]{1,60}\][ \t]*$", re.M)


@functools.lru_cache(maxsize=8)
def _ini_sections(text: str) -> tuple[tuple[int, int], ...]:
    """The sections of an INI export, from each "[header]" to the next; none for one header.
    Cached: every span of a document asks for them."""
    starts = [m.start() for m in _INI_SECTION.finditer(text)]
    if len(starts) < 2:
        return ()
    return tuple(itertools.pairwise([*starts, len(text)]))


def _ini_section(text: str, position: int) -> tuple[int, int] | None:
    """The section of an INI export that holds `position`."""
    return next(((a, b) for a, b in _ini_sections(text) if a <= position < b), None)


_RECORD_REACH = 1500


def _enclosing_object(text: str, position: int) -> tuple[int, int] | None:
    """The object of a JSON or textproto export that holds `position`, with the objects nested
    in it ("leverancier { naam: ..., kvk: ..., contact { naam: ... } }"): from its unmatched
    "{" to the "}" that closes it, within reach."""
    depth = 0
    start = -1
    for at in range(position - 1, max(-1, position - _RECORD_REACH), -1):
        if text[at] == "}":
            depth += 1
        elif text[at] == "{":
            if depth == 0:
                start = at
                break
            depth -= 1
    if start < 0:
        return None
    depth = 0
    for at in range(position, min(len(text), position + _RECORD_REACH)):
        if text[at] == "{":
            depth += 1
        elif text[at] == "}":
            if depth == 0:
                return start, at + 1
            depth -= 1
    return None


_OPEN_TAG = re.compile(r"<([\w:.-]+)(?:[ \t][^<>]*)?>[ \t]*\n")


def _enclosing_element(text: str, position: int) -> tuple[int, int] | None:
    """The innermost XML element whose opening tag ends its line and that holds `position`
    ("<iv:Opdrachtnemer>" around a trade name, a KvK number and the owner's name), within
    reach."""
    left = max(0, position - _RECORD_REACH)
    for match in reversed(list(_OPEN_TAG.finditer(text, left, position))):
        close = text.find(f"</{match.group(1)}>", match.end(), position + _RECORD_REACH)
        if close >= position:
            return match.start(), close + len(match.group(1)) + 3
    return None


def _record(text: str, position: int, *, elements: bool = True) -> tuple[int, int] | None:
    """The section of an INI export, the object of a JSON export or (with `elements`) the XML
    element that holds `position`."""
    return (
        _ini_section(text, position)
        or _enclosing_object(text, position)
        or (_enclosing_element(text, position) if elements else None)
    )


def _company_section(text: str, span: RedactionSpan, spans: list[RedactionSpan]) -> bool:
    """A value in a section of an INI export about a company ("[stand_G-05] handelsnaam=
    Glühwein & Co Zuid-Limburg B.V., kvk=..., telefoon=045 ..."): a legal form and no person's
    name in it; never a mobile number."""
    if span.type == "phone" and MOBILE_RE.fullmatch(span.text):
        return False
    section = _ini_section(text, span.start)  # not a JSON object: a chat message is one too
    return (
        section is not None
        and LEGAL_ENTITY.search(text, *section) is not None
        and not _person_in(spans, *section)
    )


def _owner_in(text: str, spans: list[RedactionSpan], start: int, end: int) -> bool:
    """Whether a redacted person in text[start:end] owns it: named in the record itself; or
    named in an object nested in it, in a record with a BSN or a date of birth; or named in a
    nested object (a contact person) with the same surname in the record outside the nested
    objects and the contact data ("naam: Klijsen Boomzorg" above "contact { naam: Vera Klijsen
    }"); a contact person alone may speak for an association."""
    persons = [
        s for s in spans if s.type == "name" and s.action == "redact" and start <= s.start < end
    ]
    # in a record with objects inside, a name in free text ("omschrijving") is not the owner's
    flat = "{" not in text[start + 1 : end]
    if any(
        _nesting(text, start, s.start) == 0 and (flat or _whole_value(text, s)) for s in persons
    ):
        return True
    # a person's own record: it holds a BSN or a date of birth, no company has one
    if persons and any(
        s.type in ("bsn", "dob")
        and s.action == "redact"
        and start <= s.start < end
        and _nesting(text, start, s.start) == 0
        and _whole_value(text, s)
        for s in spans
    ):
        return True
    # what the record says beside its nested people and its contact data: a trade name, with
    # a surname found in it left in place
    outside = list(text[start:end])
    for s in spans:
        if s.action != "redact" or not start <= s.start < end:
            continue
        if s.type != "name" or _nesting(text, start, s.start) > 0:
            outside[s.start - start : s.end - start] = " " * (min(s.end, end) - s.start)
    rest = "".join(outside)
    nested = [s for s in persons if _nesting(text, start, s.start) > 0]
    surnames = {w for s in nested for w in re.findall(r"[^\W\d_]{4,}", s.text)[-1:]}
    # the surname leads a business's name: "Klijsen Boomzorg", "Rombouts Schoonmaak & Glas"
    # (its letters may go on in octal escapes: "Demirta\\305\\237 Finance Advies")
    return any(
        re.search(rf"(?<!\w){re.escape(name)}(?:\\[0-7]{{3}})*[ \t]+[A-Z&]", rest)
        for name in surnames
    )


def _whole_value(text: str, span: RedactionSpan) -> bool:
    """Whether a value is a field's whole value ('"naam": "Vera Klijsen"', "<Achternaam>Ansems<"),
    not a mention in a field of free text or a query string."""
    before = text[max(0, span.start - 3) : span.start].rstrip(" \t")
    after = text[span.end : span.end + 1]
    return before[-1:] in ('"', "'", ":", "=", ">") and after in ('"', "'", "<", ",", "\n", "")


def _nesting(text: str, start: int, position: int) -> int:
    """How deep `position` lies in braces opened after the record's own at `start`."""
    depth = 0
    for char in text[start + 1 : position]:
        depth += char == "{"
        depth -= char == "}"
    return depth


def _person_sections(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """A KvK, btw or bank number in a section of an INI export or an object of a JSON export
    that names a person and no legal form ("[stand_G-04] handelsnaam=Kaarsenmakerij Truus
    Kannekens, houder=..., kvk=..."): that person's business, a sole trader's."""

    def in_a_persons_section(span: RedactionSpan) -> bool:
        # an XML element may hold two parties, each with an account: a payment's debtor and
        # its creditor, so a bank account only in an INI section or a JSON object
        section = _record(text, span.start, elements=span.type != "iban")
        return (
            section is not None
            and not LEGAL_ENTITY.search(text, *section)
            and _owner_in(text, spans, *section)
        )

    return _sole_trader_numbers(
        spans,
        "KvK-, btw- of rekeningnummer in een onderdeel over een persoon (eenmanszaak).",
        in_a_persons_section,
        ("kvk", "btw", "iban"),
    )


_CARD_SURNAME = re.compile(r"^N(?:;[^:\n]*)?:(?P<surname>[^;\n]+);", re.M)
_CARD_ORGANISATION = re.compile(r"^ORG(?:;[^:\n]*)?:(?P<value>[^\n]+)", re.M)


def _sole_trader_card(text: str, start: int, end: int) -> bool:
    """Whether the contact card text[start:end] is a sole trader's: its organisation bears the
    card's own surname ("N:Coenen;Mia" with "ORG:Huishoudhulp Mia Coenen", "N:Brandsma;Sjoerd"
    with "ORG:Grand Café Brandsma"; of a double surname either part: "N:Zijlstra-Kooistra;Hanneke"
    with "ORG:Zijlstra Bewind & Budget") and the card names no legal form."""
    surname = _CARD_SURNAME.search(text, start, end)
    organisation = _CARD_ORGANISATION.search(text, start, end)
    if not surname or not organisation or LEGAL_ENTITY.search(text, start, end):
        return False
    words = surname.group("surname").split()
    parts = [part for part in words[-1].split("-") if len(part) >= 3] if words else []
    return any(
        re.search(rf"(?<![\w-]){re.escape(part)}(?![\w-])", organisation.group("value"), re.I)
        for part in parts
    )


def _person_cards(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """A KvK, btw or bank number on the contact card of a sole trader (see `_sole_trader_card`;
    "NOTE:KvK 6542 8631, btw NL6259.18.939.B52, IBAN NL68RABO0810247688"): the owner's."""
    cards = [m.span() for m in VCARD.finditer(text)] if "BEGIN:VCARD" in text else []
    owned = [(a, b) for a, b in cards if _sole_trader_card(text, a, b)]
    if not owned:
        return spans
    return _sole_trader_numbers(
        spans,
        "KvK-, btw- of rekeningnummer op de contactkaart van een eenmanszaak.",
        lambda span: any(a <= span.start < b for a, b in owned),
        ("kvk", "btw", "iban"),
    )


_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?] ")
# A cadastral parcel points to its owner: never kept as an organisation's address.
_CADASTRAL_WORD = re.compile(r"\bsectie\b", re.IGNORECASE)


_TEAM_WORD = re.compile(r"\b(?i:team|afdeling|bureau|sector|servicedesk|klantcontactcentrum)\b")


_GENERAL_MAILBOX = re.compile(r"(?<![\w.-])(?i:info|post|gemeente|contact|algemeen)@")
_PHONE_LABEL_LINE = re.compile(r"[ \t]*(?i:t|tel|telefoon|m|mob|mobiel|direct)\.?[ \t]*:?[ \t]*$")


def _under_a_signature(text: str, span: RedactionSpan, spans: list[RedactionSpan]) -> bool:
    """A number on a "T"/"Tel." line of a signature block, one or two lines under a redacted
    person's name (no blank line between): that person's direct line."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if not _PHONE_LABEL_LINE.fullmatch(text, line_start, span.start):
        return False
    line_end = text.find("\n", span.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if re.sub(r"\D", "", span.text).endswith("00") or _GENERAL_MAILBOX.search(line):
        return False  # "T 033 - 750 40 00 | info@...": the switchboard under everyone's name
    block_start = line_start
    for _ in range(2):
        previous = text.rfind("\n", 0, max(0, block_start - 1)) + 1
        if not text[previous:block_start].strip():
            break
        block_start = previous
    return any(
        s.type == "name" and s.action == "redact" and block_start <= s.start < line_start
        for s in spans
    )


def _foreign_mobile(number: str) -> bool:
    """Whether a number with a foreign country code is a mobile number there."""
    if not number.lstrip().startswith(("+", "00")) or re.match(r"\s*(?:\+|00)\s*31", number):
        return False
    try:
        parsed = phonenumbers.parse(number, "NL")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(parsed) == PhoneNumberType.MOBILE


def _organisation_phone(text: str, span: RedactionSpan, spans: list[RedactionSpan]) -> bool:
    """A landline in a sentence that names an organisation (and no person between the two), or
    right after a functional mailbox ("info@bedrijf.nl, 013 - 123 45 67"); never a foreign
    mobile number."""
    if _foreign_mobile(span.text):
        return False  # "+370 612 48 530" after an employer: a person's, as "06-..." would be
    # a full stop after a capital ("B.V. | KvK ...", "J. Smit") ends no sentence
    stops = [m.end() - 1 for m in _SENTENCE_END.finditer(text, 0, span.start)]
    sentence_start = max(stops[-1] if stops else -1, text.rfind("\n", 0, span.start)) + 1
    previous = [s for s in spans if sentence_start <= s.start and s.end <= span.start]
    if _under_a_signature(text, span, spans):
        return False  # "Sjoerd Limpens\nprojectleider\nT 045 560 44 71 | team@...": his line
    if (
        previous
        and previous[-1].type == "email"
        and previous[-1].action == "keep"
        and _BESIDE.fullmatch(text, previous[-1].end, span.start)
    ):
        return True
    following = [s for s in spans if s.start >= span.end]
    if (
        following
        and following[0].type == "email"
        and following[0].action == "keep"
        and _BESIDE.fullmatch(text, span.end, following[0].start)
        # not "mevrouw E. Dellebeke, havenmeester, via 0118 ... of havens@...": her line (but
        # "Iris Hovenier, team Vastgoed, bereikbaar via 0299 ... of vastgoed@": the team's)
        and not (
            previous
            and previous[-1].type == "name"
            and previous[-1].action == "redact"
            and not _TEAM_WORD.search(text, previous[-1].start, span.start)
            and not re.search(r"[|\t]", text[previous[-1].end : span.start])
        )
    ):
        return True  # "team Mantelzorg, 0318 - 68 02 00 of mantelzorg@ede.nl"
    line_start = max(text.rfind("\n", 0, span.start), span.start - 150)
    if (
        previous
        and previous[-1].type == "email"
        and previous[-1].action == "keep"
        and _OR_CALL.fullmatch(text, previous[-1].end, span.start)
        and not any(s.type == "name" and line_start < s.start < span.start for s in spans)
    ):
        return True  # "mailen naar funderingsloket@... of bellen met 0182 ..."
    if (
        following
        and following[0].type == "email"
        and following[0].action == "keep"
        and _OR_MAIL_TO.fullmatch(text, span.end, following[0].start)
        and not any(s.type == "name" and line_start < s.start < span.start for s in spans)
    ):
        return True
    found = list(_ORGANISATION_IN_SENTENCE.finditer(text, sentence_start, span.start))
    if not found:
        return False
    return not any(
        s.type == "name" and s.action == "redact" and found[-1].end() <= s.start < span.start
        for s in spans
    )


def _permit_location(text: str, start: int, end: int) -> bool:
    """An address in a sentence about an omgevingsvergunning, where nobody is said to live."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    sentence = text[sentence_start : min(stops) if stops else len(text)]
    return (
        bool(_PERMIT_SENTENCE.search(sentence))
        and not _RESIDENCE_WORDS.search(sentence)
        and not _ADDRESSED.search(sentence)
    )
