"""Rule-based detection of personal data in plain text (lakken v0).

Every detector validates its candidates (11-proef, IBAN checksum, phone number plan) instead of
trusting a bare regex, so amounts, article numbers, dates and case numbers stay visible.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

import phonenumbers
from phonenumbers import PhoneNumberType
from stdnum import iban as stdnum_iban
from stdnum.be import vat as belgian_vat
from stdnum.nl import bsn as stdnum_bsn

from publicatie.animals import breed_name, pet_names
from publicatie.debts import find_debts
from publicatie.family import find_family_life
from publicatie.grounds import GROUND_IDENTIFIER, GROUND_PRIVACY, GROUND_SPECIAL, redact_match
from publicatie.markup import decode_markup, decode_quoted_printable
from publicatie.names import (
    CAR_MODEL,
    COMPOUND_TERM_NEXT,
    FILE_EXTENSIONS,
    GREETINGS,
    NO_CAPS_INITIALS,
    NOT_A_PARAPH,
    NOTE_LOG_START,
    SYSTEM_USERS,
    NameHit,
    common_dutch_word,
    common_word_as_name,
    find_names,
    first_letters_code,
    first_name_known,
    in_organisation,
    initials_of,
    json_name_parent,
    label_word,
    letters_in_order,
    load_model,
    opens_street_named_after,
    opens_with_particle,
    person_word_known,
    role_word,
    street_lookup,
)
from publicatie.organisations import (
    MOBILE_RE,
    MSISDN_RE,
    organisation_contact,
    sole_trader_contact,
    starts_with_trade_word,
    trade_names,
)
from publicatie.patterns import (
    BELGIAN_ENTERPRISE_WORD,
    DATE_WORD,
    DESK_CARD_NAME,
    HOUSE_NUMBER_WORD,
    LEGAL_FORM_INITIALS,
    dates_after_names,
    find_addresses,
    find_coordinates,
    find_dob,
    find_documents,
    find_kenteken,
    find_kvk,
    find_table_cells,
    places,
    residences,
)
from publicatie.policy import DetectionPolicy
from publicatie.query_strings import DecodedForm, decoded_forms, mailbox_parts
from publicatie.roles import (
    MASTERS,
    OFFICE_ROLES,
    civil_servant_near,
    first_letter,
    first_name,
    listed,
    name_key,
    names_office,
    office_title,
    own_job_after,
    role_near,
    same_given_letter,
    signature_pair,
    surname_mentions,
    surnames_of_kin,
)
from publicatie.special import find_special
from publicatie.spoken import find_spoken
from schemas.records import RedactionSpan

__all__ = [
    "FUNCTIONAL_MAILBOXES",
    "GROUND_IDENTIFIER",
    "GROUND_PRIVACY",
    "GROUND_SPECIAL",
    "SPLIT_WORD",
    "detect_personal_data",
    "join_split_words",
    "ocr_digits",
]

FUNCTIONAL_MAILBOXES = frozenset(
    {
        "info",
        "gemeente",
        "post",
        "postbus",
        "contact",
        "woo",
        "wob",
        "secretariaat",
        "griffie",
        "raadsgriffie",
        "klantcontact",
        "klantcontactcentrum",
        "kcc",
        "receptie",
        "communicatie",
        "pers",
        "persvoorlichting",
        "privacy",
        "servicedesk",
        "helpdesk",
        "webmaster",
        "noreply",
        "no-reply",
        "facturen",
        "inkoop",
        "vergunningen",
        "burgerzaken",
        "belastingen",
        "klachten",
        # personnel and the works council: "p-en-o@", "or@", "declaraties@"
        "p-en-o",
        "peno",
        "or",
        "declaraties",
    }
)

# Words a functional mailbox is made of ("bestuurssecretariaat", "adresonderzoek", "subsidies"):
# a local part written entirely in these words belongs to a team, not to a person.
_FUNCTIONAL_WORDS = frozenset(
    {
        *FUNCTIONAL_MAILBOXES,
        "administratie",
        "adres",
        "advies",
        # reporting points and services ("meldpunt.fraude@", "meldpuntondermijning@",
        # "brandweer.noord@", "riec.limburg@", "bestuurlijkerapportages@", "fb-zaaksysteem@")
        "meldpunt",
        "fraude",
        "ondermijning",
        "domein",
        "brandweer",
        "riec",
        "bestuurlijke",
        "rapportage",
        "zaaksysteem",
        "fb",
        # education and housing: "rmc@", "vve@", "ib@" (the school's internal supervisor),
        # "vitaleparken@", "flexwonen@"
        "rmc",
        "vve",
        "ib",
        "bouw",
        "vitale",
        "park",
        "parken",
        "flex",
        # a landlord's letting team and the placement of refugees: "verhuur@",
        # "woonplaatsbemiddeling.oostbrabant@"
        "verhuur",
        "woonplaats",
        "brabant",
        "hr",
        "hrm",
        # a security team's words ("soc-meldingen@", "ict-security@")
        "soc",
        "security",
        "declaratie",
        "declaraties",
        "ondernemingsraad",
        # municipal services named in a mailbox ("begraafplaatsen@", "werkgeversservicepunt@")
        "begraafplaats",
        "begraafplaatsen",
        "uitvaart",
        "werkgever",
        "werkgevers",
        "punt",
        "servicepunt",
        "markt",
        "haven",
        "salaris",
        "bijstand",
        "integratie",
        "reintegratie",
        "verkiezingen",
        "sport",
        "cultuur",
        # departments and services of public bodies named in their mailboxes ("onderwijs@",
        # "arbo@", "plaagdierbeheersing@", "buitenlandseakten@", "jgz@", "pz@")
        "onderwijs",
        "leerplicht",
        "evaluatie",
        "geluid",
        "milieu",
        # the physical domain and programmes ("geur@odzob.nl", "interreg@", "erfgoed@")
        "geur",
        "interreg",
        "stikstof",
        "erfgoed",
        "monumenten",
        "bodem",
        # foundation damage in the peat areas and claims: "funderingsloket@", "schade.nl@"
        "fundering",
        "schade",
        # trees and New Year's Eve: "groen@" (the green team), "meldpuntvuurwerkschade@",
        # "verwijzingen.oostbrabant@halt.nl"
        "groen",
        "vuurwerk",
        "verwijzing",
        "verwijzingen",
        "asbest",
        "horeca",
        "gastouder",
        "bibliotheek",
        "plaagdier",
        "plaagdieren",
        "beheersing",
        "buitenlandse",
        "akten",
        "akte",
        "arbo",
        "jgz",
        "pz",
        "hcc",
        "thz",
        "ops",
        "operations",
        "hygiene",
        "hygiëne",
        "infectieziekten",
        "toezicht",
        "inspectie",
        # services and teams in their mailboxes ("klantenservice@", "geluidwering@",
        # "apv-ontheffingen@", "burgerzaken.expats@", "oov@" for openbare orde en veiligheid,
        # "rvp-flevoland@" for the rijksvaccinatieprogramma)
        "klanten",
        "klantenservice",
        "klankbordgroep",
        "isolatie",
        "ov",
        "relocation",
        "student",
        "students",
        "wellbeing",
        "buiten",
        "zelfstandigen",
        "zelfstandige",
        "wering",
        "ontheffing",
        "ontheffingen",
        "oov",
        "rvp",
        "expat",
        "expats",
        # team mailboxes seen in the toets sets ("klachtencoordinator@", "taalhuis@")
        "integriteit",
        "brandonderzoek",
        "dijkpost",
        "post",
        "klacht",
        "klachten",
        "coordinator",
        "coördinator",
        "taal",
        "huis",
        "welstand",
        "loket",
        "ondernemers",
        "werk",
        "werken",
        "openbare",
        "ruimte",
        "kinder",
        "burgemeester",
        "pgb",
        # a city's districts and their teams ("buurtbudget.zuidoost@", "stadsdeelcommissie.oost@",
        # "storingen.riolering@", "bijzonderezaken.noord@", "varen@", "tbc@", "buitengebied@",
        # "intake@", "bodemdaling@")
        "buurt",
        "budget",
        "stadsdeel",
        "commissie",
        "stadsdeelcommissie",
        "intake",
        "bodemdaling",
        "storing",
        "storingen",
        "riolering",
        "riool",
        "bijzondere",
        "varen",
        "tbc",
        "gebied",
        # childcare, estates, forms, cable and pipe notices, editors
        # ("kinderopvang@", "nalatenschappen@", "noreply-formulieren@", "geo-informatie@",
        # "klic@", "redactie@")
        "opvang",
        "nalatenschap",
        "nalatenschappen",
        "formulier",
        "formulieren",
        "informatie",
        "geo",
        "depot",
        "klic",
        "redactie",
        # registers and maps, and a trade body's region ("wkpb@", "gis@", "regio.midden@"),
        # and where errors in a base register are reported ("terugmelding.bag@")
        "terugmelding",
        "terugmeldingen",
        "wkpb",
        "gis",
        "regio",
        "midden",
        # emergency rooms, alarms, security and payments ("meldkamer@", "alarm-gemalen@",
        # "ciso@", "betalingen@")
        "meldkamer",
        "alarm",
        "gemaal",
        "gemalen",
        "ciso",
        "betaling",
        "betalingen",
        # "internationaloffice@", "statengriffie@", "veldwerk@", "wethouder.wonen@"
        "international",
        "office",
        "griffie",
        "staten",
        "veldwerk",
        "wethouder",
        # emergencies, harbours, in-house emergency teams and bookings ("calamiteiten@",
        # "havenmeester@", "bhv@", "boekingen@")
        "calamiteiten",
        "calamiteit",
        "havenmeester",
        "bhv",
        "boekingen",
        "boeking",
        "reserveringen",
        "afval",
        "archief",
        "balie",
        "beheer",
        "belasting",
        "bestuur",
        "bezwaar",
        "bezwaren",
        "bibob",
        "centrum",
        "college",
        "crediteuren",
        "debiteuren",
        "dienst",
        "dienstverlening",
        "directie",
        "evenement",
        "evenementen",
        "factuur",
        "financien",
        "financiën",
        "gemeente",
        "handhaving",
        "hulp",
        "ict",
        "inkomen",
        "jeugd",
        "juridisch",
        "juridische",
        "klant",
        "media",
        "melding",
        "meldingen",
        "nieuws",
        "omgeving",
        "omgevingsloket",
        "onderhoud",
        "onderzoek",
        "parkeren",
        "participatie",
        "personeel",
        "planning",
        "project",
        "projecten",
        "raad",
        "reply",
        "schuld",
        "schuldhulp",
        "secretaris",
        "service",
        "sociaal",
        "subsidie",
        "subsidies",
        "team",
        "verkeer",
        "vergunning",
        "wijk",
        "wmo",
        "wonen",
        "zaken",
        "zorg",
        # services of a municipality or welfare organisation: "leerlingenvervoer@",
        # "buurtbemiddeling@", "inburgering@", "schuldhulpverlening@"
        "armoede",
        "bemiddeling",
        "huisvesting",
        "inburgering",
        "jongeren",
        "jongerenwerk",
        "leerlingen",
        "mantelzorg",
        "minima",
        "noord",
        "oost",
        "ouderen",
        "statushouders",
        "verlening",
        "vervoer",
        "vrijwilligers",
        "welzijn",
        "west",
        "zuid",
        # the officers of an association or club: "penningmeester@svclub.nl"
        "penningmeester",
        "voorzitter",
        "ledenadministratie",
        "leden",
        "kantine",
        "jeugdcommissie",
        "wedstrijdsecretariaat",
        # government acronyms that name a team: "vth@", "fg@" (functionaris
        # gegevensbescherming), "zvh@" (zorg- en veiligheidshuis), "woz@"
        "vth",
        "fg",
        "zvh",
        "woz",
        "brp",
        "bag",
        "apv",
        "odh",
        "rud",
        "ggd",
        "avg",
    }
)

# A team's mailbox, whatever follows the team word: "wijkteamzuid@", "jeugdteam-oost@".
_TEAM_MAILBOX = re.compile(
    r"(?:wijkteam|buurtteam|jeugdteam|gebiedsteam|sociaalteam|team|project|afdeling)"
    r"[a-z-]{2,}$"
)

# Order decides which detector wins when candidates overlap.
_PRIORITY = {
    "bsn": 0,
    "iban": 1,
    "email": 2,
    "phone": 3,
    "document_number": 4,
    "kenteken": 5,
    "dob": 6,
    "kvk": 7,
    "btw": 7,
    "address": 8,
    "postcode": 9,
    "name": 10,
    "special": 11,
    "financial": 11,
    "family": 11,
}
_GROUNDS = {
    "special": GROUND_SPECIAL,
    "document_number": GROUND_IDENTIFIER,
    "bsn": GROUND_IDENTIFIER,
}
_CONFIDENCE = {
    "address": 0.85,
    "postcode": 0.9,
    "dob": 0.9,
    "kenteken": 0.85,
    "document_number": 0.85,
    "kvk": 0.9,
    "btw": 0.9,
    "special": 0.7,
    "financial": 0.7,
    "family": 0.7,
}

_BSN_RE = re.compile(
    # also in a file's name: "GPK_aanvraag_686365367.pdf", "besluit_BSN802239432.pdf"
    # a comma next to it only as a CSV export's separator, not in an amount ("1,234567890",
    # "123456782,50"): see `_part_of_an_amount`
    r"(?:(?<![^\W_])|(?<=BSN)|(?<=bsn))(?<![./-])"
    # (in threes also with hyphens, as a form or a phone note writes it: "BSN 170-728-213")
    r"(\d{3}([. -]?)\d{3}\2\d{3}|\d{4}([. ]?)\d{2}\3\d{3}|\d{2}([. ]?)\d{3}\4\d{2}\4\d{2})"
    # ... also as a spreadsheet's or data frame's float: "596703296.0"; not the first nine of
    # fifteen digits in groups of three (an animal's chip, "528 091 372 431 459")
    r"(?P<float>\.0(?![\w.,]))?(?![\w/-]|\.\d|(?:[ ]\d{3}){2}(?!\d))"
)
# "NL91 ABNA 0417 1643 00", "NL91ABNA0417164300", "NL 91 ABNA ..." (space after the country)
_IBAN_RE = re.compile(r"(?<![\w])[A-Z]{2} ?\d{2}(?: ?[A-Z0-9]){11,30}(?![\w])", re.IGNORECASE)
_EMAIL_LOCAL = r"[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?"
_EMAIL_DOMAIN = (
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
    r"\.[A-Za-z]{2,24}"
)
_EMAIL_RE = re.compile(rf"(?<![\w.%+-]){_EMAIL_LOCAL}@{_EMAIL_DOMAIN}(?![\w@-])")
# A label right before a number says what it is: the 11-proef alone is weak evidence.
_BSN_WORDS = r"\bBSN\b|burgerservicenummer|sofinummer|sofi-nummer"
# "BSN: ", and on the same line with no other number between: "BSN van mevrouw voor het dossier: "
_BSN_LABEL = re.compile(rf"(?:{_BSN_WORDS})(?:[\w\s.:()-]{{0,20}}|[^\n\d]{{0,45}})$", re.IGNORECASE)
_REFERENCE_LABEL = re.compile(
    r"(?:zaak|zaaknummer|zaaknr|kenmerk|dossier|dossiernummer|referentie|registratienummer|"
    r"factuur|factuurnummer|ordernummer|klantnummer|relatienummer|contractnummer|"
    r"aanvraagnummer|volgnummer|polisnummer|ons kenmerk|uw kenmerk)"
    r"(?:nummer|nr)?\.?[ \t]*(?:[:#]|nr\.?|nummer)?[ \t]*$",
    re.IGNORECASE,
)
# "Blanksma, direct 088 22 99 317": an 088 number announced as someone's own line is theirs.
_DIRECT_LINE = re.compile(
    r"\b(?i:direct|doorkies(?:nummer)?|rechtstreeks|persoonlijk(?: nummer)?)[ \t]*:?[ \t]*$"
)
# A country code before a number ("+34 612 448 903", "0034 612 ...", also the Dutch one: "+31 165
# 803 940"); not the end of a case number in the column before a BSN ("VZ-24-00112  815990285").
_COUNTRY_CODE_BEFORE = re.compile(r"(?:\+|(?<![\w-])00)\d{1,3}[ \t-]*(?:\(0\)[ \t]*)?$")
_CURRENCY_BEFORE = re.compile(r"(?:€|EUR|eur)\s*$")
# The country code and the check part around nine digits: a btw number, also in small letters
# ("NL 9741.09.186.B88", "nl801697268b01"), whose digits are no BSN of their own
_BTW_BEFORE = re.compile(r"(?<![\w-])(?i:NL)[ .]?$")
_BTW_AFTER = re.compile(r"[ .]?(?i:B)[ ]?\d{2}(?![\w-])")
_KEEP_PHONE_TYPES = {
    PhoneNumberType.UAN: "Algemeen (bedrijfs)nummer, geen persoonsgegeven.",
    PhoneNumberType.TOLL_FREE: "Gratis servicenummer (0800), geen persoonsgegeven.",
    PhoneNumberType.PREMIUM_RATE: "Betaald servicenummer (090x), geen persoonsgegeven.",
    PhoneNumberType.SHARED_COST: "Servicenummer, geen persoonsgegeven.",
}


def detect_personal_data(
    text: str,
    *,
    keep_numbers: Iterable[str] = (),
    keep_emails: Iterable[str] = (),
    policy: DetectionPolicy | None = None,
) -> list[RedactionSpan]:
    """Find personal data in `text`; spans are sorted by start and never overlap.

    `keep_numbers` (phone numbers, IBANs of the organisation) and `keep_emails` are public
    contact data that stay visible; they are reported with action "keep".
    """
    policy = (policy or DetectionPolicy()).with_keep(keep_numbers, keep_emails)
    mime = decode_quoted_printable(text)
    if mime is not None:
        # read a mail's MIME source as its reader would, report the spans where they are written
        plain, origins = mime
        return _where_written(text, _detect_unmarked(plain, policy), origins)
    return _detect_unmarked(text, policy)


def _detect_unmarked(text: str, policy: DetectionPolicy) -> list[RedactionSpan]:
    """Detection on `text` read as rendered: its markup's escapes decoded (`decode_markup`)."""
    decoded = decode_markup(text)
    if decoded is None:
        return _detect_plain(text, policy)
    # read the characters as rendered, report them where they are written
    plain, origins = decoded
    return _where_written(text, _detect_plain(plain, policy), origins)


def _where_written(
    text: str, spans: list[RedactionSpan], origins: list[tuple[int, int]]
) -> list[RedactionSpan]:
    """Spans found in a decoded text, moved onto the characters of `text` they were written as
    (`origins` gives, for each decoded character, its part of `text`), sorted by start."""
    moved = []
    for span in spans:
        start, end = origins[span.start][0], origins[span.end - 1][1]
        moved.append(span.model_copy(update={"start": start, "end": end, "text": text[start:end]}))
    return sorted(moved, key=lambda s: s.start)


def _detect_plain(text: str, policy: DetectionPolicy) -> list[RedactionSpan]:
    joined = join_split_words(text)
    if joined is not None:  # read the words whole, report the spans where they stand
        joined_text, where = joined
        return [
            span.model_copy(
                update={
                    "start": where[span.start],
                    "end": where[span.end - 1] + 1,
                    "text": text[where[span.start] : where[span.end - 1] + 1],
                }
            )
            for span in _detect_plain(joined_text, policy)
        ]
    if policy.use_model:
        # before any rule: several rules consult deduce's name lists when they are loaded, so
        # the first document of a process must see them too (else it is read differently)
        load_model()
    original, text = text, ocr_digits(text)
    kept_numbers = {_normalise_number(n) for n in policy.keep_numbers} - {""}
    kept_emails = {e.strip().lower() for e in policy.keep_emails}
    candidates = [
        *_person_records(text, kept_numbers),
        *_find_bsn(text, kept_numbers),
        *_find_iban(text, kept_numbers),
        *_find_email(text, kept_emails),
        *_find_phone(text, kept_numbers),
        *_rule_spans(text, street_lookup() if policy.use_model else None),
        *_matrix_ids(text),
        *_shell_prompt_logins(text),
        *_parking_cards(text),
        *_handles(text),
    ]
    candidates.extend(_team_display_names(_name_spans(text, policy), candidates, text))
    candidates.extend(trade_names(text))
    for form in decoded_forms(text):
        candidates = [c for c in candidates if c.end <= form.start or c.start >= form.end]
        candidates.extend(_spans_of_form(text, form, policy))
    candidates = [
        part
        for candidate in candidates
        for part in _within_cells(candidate)
        if not (
            part.type == "name"
            and (
                CAR_MODEL.match(text, part.start)
                or _NUMBER_AS_NAME.fullmatch(part.text)
                or _PLACEHOLDER_NAME.search(part.text)
                or _IDENTITY_DOCUMENT.fullmatch(part.text)
                or _COURTESY_TITLE.fullmatch(part.text)
            )
        )
    ]
    candidates.sort(key=lambda s: (_PRIORITY[s.type], s.start, -(s.end - s.start)))
    chosen: list[RedactionSpan] = []
    for span in candidates:
        if all(span.end <= other.start or span.start >= other.end for other in chosen):
            chosen.append(span)
        elif (head := _name_head(text, span, chosen)) is not None:
            chosen.append(head)
    chosen = _with_device_owner(text, _with_initials_after(text, _with_given_names(text, chosen)))
    chosen = _with_article_before(text, chosen)
    chosen.extend(_repeated_surnames(text, chosen))
    chosen = _with_given_names(text, chosen)
    chosen.extend(_repeated_first_names(text, chosen))
    chosen.extend(_initials_of_redacted(text, chosen))
    chosen = _without_role_codes(text, chosen)
    chosen.extend(_nicknames(text, chosen))
    chosen.extend(_logins_of_redacted(text, chosen))
    chosen.extend(_surnames_of_logins(text, chosen))
    chosen.extend(_names_in_file_names(text, chosen))
    # again for the mentions found since: a repeated "KAMERLING" in 'houder="KAMERLING C"'
    chosen = _with_initials_after(text, _with_given_names(text, chosen))
    chosen.extend(_names_of_mailboxes(text, chosen))
    chosen = _with_first_name_before(text, chosen)
    chosen = _whole_handles(text, chosen)
    chosen = _whole_contact_names(text, chosen)
    chosen.extend(_couples(text, chosen))
    chosen.extend(_dates_of_birth_after_names(text, chosen))
    chosen = _postcodes_after_dates_of_birth(text, chosen)
    chosen.extend(_numbers_after_names(text, chosen))
    chosen.extend(_names_before_mobiles(text, chosen))
    chosen = _mailboxes_of_redacted(text, chosen)
    chosen = organisation_contact(text, chosen)
    chosen = sole_trader_contact(text, chosen)
    chosen.extend(_repeated_numbers(text, chosen))
    chosen = _sole_trader_numbers_everywhere(chosen)
    chosen = _without_speaker_codes(text, chosen)
    chosen = _without_pet_names(text, chosen)
    chosen = _without_ship_names(text, chosen)
    chosen = _without_organisation_cards(text, chosen)
    kept_values = {" ".join(v.split()).lower() for v in policy.kept_values}
    if kept_values:
        chosen = [
            s.model_copy(update={"action": "keep", "reason": "Beoordelaar: niet lakken."})
            if " ".join(s.text.split()).lower() in kept_values
            else s
            for s in chosen
        ]
    if text != original:  # report what the document says, not the repaired digits
        chosen = [s.model_copy(update={"text": original[s.start : s.end]}) for s in chosen]
    return sorted(chosen, key=lambda s: s.start)


# The words in small letters, and the comma or colon, between a name and the value it ran on
# into: "Linda Terhorst-Brandhorst aan de |Bruine Engweg 216", "Nerea Ferrer Albiol, |CAB491726".
_HEAD_END = re.compile(r"(?:[ \t,;:]+[a-z']+)*[ \t,;:]*$")


def _name_head(text: str, span: RedactionSpan, chosen: list[RedactionSpan]) -> RedactionSpan | None:
    """The name at the head of a name candidate that ran on into one value already chosen, a
    number, an address or a mail address ("Nerea Ferrer Albiol, CAB491726" -> "Nerea Ferrer
    Albiol", "Linda Terhorst-Brandhorst aan de Bruine Engweg 216" -> "Linda
    Terhorst-Brandhorst"); None for any other overlap."""
    if span.type != "name":
        return None
    overlapping = [o for o in chosen if o.start < span.end and span.start < o.end]
    if len(overlapping) != 1 or overlapping[0].type == "name":
        return None
    other = overlapping[0]
    if other.start <= span.start or other.end < span.end:
        return None
    if not text[span.start : other.start].endswith((" ", "\t", ",", ";", ":")):
        return None  # glued to the value: no name of its own before it
    head = _HEAD_END.sub("", text[span.start : other.start])
    if len(head) < 3 or (" " not in head and not first_name_known(head)):
        return None  # "Telefoon +31 6 ...", "Burendag Schadewijk-Noord 2026": a label, a word
    return span.model_copy(update={"end": span.start + len(head), "text": head})


# A transcript's legend of its speakers: "ADV = Lotte van Kreeftenburg, adviseur Bibob",
# "TLK = mevrouw Zeynep Tanrıkulu, tolk Turks": the code stands for a role, not for initials.
_SPEAKER_LEGEND = re.compile(r"^[ \t]*(?P<code>[A-Z]{2,4})[ \t]*=[ \t]+(?P<who>[^\n]{1,80})", re.M)


def _without_speaker_codes(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """The spans less the codes of a legend of speakers; a code made of the initials of the
    person it stands for ("JB = Jan Bakker") is that person's paraph and stays redacted."""
    codes = {
        match.group("code")
        for match in _SPEAKER_LEGEND.finditer(text)
        # the person before a remark in brackets: "HL = Harm Luitjens, boa (niet te verwarren
        # met gemeentesecretaris H. Luitjens)" is no organisation for its "gemeente..."; nor
        # before the employer after a comma ("GJB = Gerrit-Jan Bosmans, Rioolservice Kempenland
        # B.V.")
        if not initials_of(match.group("code"), match.group("who").split("(")[0].split(",")[0])
    }
    if not codes:
        return spans
    return [s for s in spans if not (s.type == "name" and s.text in codes)]


_PET = "Naam van een dier, geen persoon."


def _without_pet_names(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """The spans with the names that the document gives to its animals kept ("de hond Bikkel",
    "halsband van Saar"), and a breed read as a name ("Jack Russell")."""
    persons = [s.text for s in spans if s.type == "name" and s.action == "redact"]
    if not persons:
        return spans
    pets = pet_names(text, persons)
    result = []
    for span in spans:
        if span.type == "name" and span.action == "redact":
            # the name without the small words before it: "van Saar"
            bare = re.sub(r"^(?:[a-z]+[ \t]+)+", "", span.text.strip())
            if bare in pets or breed_name(span.text):
                span = span.model_copy(update={"action": "keep", "reason": _PET})
        result.append(span)
    return result


_SHIP = "Naam van een schip, geen persoon."
# A ship's name by the word for the ship ("het motorvrachtschip \"Vrouwe Geertruida\"", "Mijn
# schip, De Zwerver (18 meter)", "woonschip Vrouwe Geertruida") or as an export's ship field
# ('"schip": "Vrouwe Geertruida"').
_SHIP_NAME = re.compile(
    # (not a houseboat's name: "Woonark \"De Zwarte Zwaan\", ligplaats ..." is its address)
    r"(?:(?<![\w-])(?i:(?:woon|motorvracht|vracht|zeil|plezier|binnenvaart)?schip|vaartuig)"
    r"[ \t]*,?[ \t]*[\"“']?"
    r"|\"(?i:schip|scheepsnaam|naam_schip|vaartuig)\"[ \t]*:[ \t]*\")"
    r"(?P<name>(?:(?:De|Het|'t)[ \t]+)?[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)"
    r"(?=[\"”']|[ \t]*[,.(:;\n]|$)"
)


def _without_ship_names(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """The spans with a ship's name, and each word of it, kept wherever the document uses it
    ("Vrouwe Geertruida" once named a ship: "Geertruida" alone is that ship too)."""
    ships = {match.group("name") for match in _SHIP_NAME.finditer(text)}
    if not ships:
        return spans
    words = {word for ship in ships for word in ship.split() if word not in ("De", "Het", "'t")}
    result = []
    for span in spans:
        if span.type == "name" and span.action == "redact":
            bare = span.text.strip()
            if bare in ships or bare in words:
                span = span.model_copy(update={"action": "keep", "reason": _SHIP})
        result.append(span)
    return result


_ORGANISATION_CARD = "Naam van een organisatie of team (contactkaart zonder persoonsnaam)."
_CARD_NAME_FIELD = re.compile(r"^N(?:;[^:\n]*)?:(?P<value>[^\n]*?)[ \t]*$", re.MULTILINE)
_ORGANISATION_CARD_CONTACT = (
    "Contactgegeven van een organisatie of team (contactkaart zonder persoonsnaam)."
)
_CARD_FIELD = {
    "name": re.compile(r"(?:FN|ORG|N(?=[;:]))[^:\n]*:"),
    "phone": re.compile(r"TEL[^:\n]*:"),
    "email": re.compile(r"EMAIL[^:\n]*:"),
}


def _without_organisation_cards(text: str, spans: list[RedactionSpan]) -> list[RedactionSpan]:
    """A contact card without a person's name field (N) is an organisation's or a team's: its
    display name and organisation ("FN:Kredietbank Achterhoek-IJssel", "FN:Schuldhulp Zutphen")
    name no person, and its phone and mail are theirs ("TEL;TYPE=WORK:0575 24 25 95"). A
    person's card has N with a given name: "N:Brinkhorst;Henk;;;", not a desk's "N:Werkplein;;;;"
    (`DESK_CARD_NAME`); in every card without one of the hand-written sets these fields are
    kept."""
    if "BEGIN:VCARD" not in text:
        return spans
    result = []
    for span in spans:
        field = _CARD_FIELD.get(span.type)
        if field is not None and span.action == "redact":
            card = _card_around(text, span.start)
            line_start = text.rfind("\n", 0, span.start) + 1
            if (
                card is not None
                and field.match(text, line_start, span.start)
                # no name field, or only a desk's
                and all(
                    DESK_CARD_NAME.fullmatch(name.group("value"))
                    for name in _CARD_NAME_FIELD.finditer(text, *card)
                )
            ):
                reason = _ORGANISATION_CARD if span.type == "name" else _ORGANISATION_CARD_CONTACT
                span = span.model_copy(update={"action": "keep", "reason": reason})
        result.append(span)
    return result


# A word that a line break split after a hyphen, as PDF text and OCR give it: "Achter-\nwetering",
# "Vlot-\n   kamp", in a quoted reply "Veen-\n> schouw". Only before a small letter: "Noord-\n
# Holland" keeps its hyphen and its line.
SPLIT_WORD = re.compile(r"(?<=[^\W\d_])-\n[ \t>]*(?=[a-zß-ÿ])")


def join_split_words(text: str) -> tuple[str, list[int]] | None:
    """`text` with each split word joined, and for every character of it the offset of that
    character in `text`; None when no word is split."""
    if "-\n" not in text or not SPLIT_WORD.search(text):
        return None
    parts, where, at = [], [], 0
    for match in SPLIT_WORD.finditer(text):
        parts.append(text[at : match.start()])
        where.extend(range(at, match.start()))
        at = match.end()
    parts.append(text[at:])
    where.extend(range(at, len(text)))
    return "".join(parts), where


def _spans_of_form(text: str, form: DecodedForm, policy: DetectionPolicy) -> list[RedactionSpan]:
    """What the detector finds in a decoded query string, on the encoded text it came from."""
    spans = []
    for span in detect_personal_data(form.text, policy=policy):
        start, end = form.original_span(span.start, span.end)
        spans.append(span.model_copy(update={"start": start, "end": end, "text": text[start:end]}))
    return spans


# A personal mailbox built from the name: "d.ivanova@", "dirk.pauzenga@", "divanova@".
_NAMED_LOCAL = re.compile(r"(?P<given>[a-z]|[a-z]{2,})[._]?(?P<surname>[a-z]{3,})")
_NAME_BEFORE_MAILBOX = re.compile(
    r"(?<![\w-])(?P<given>[A-ZÀ-Þ][a-zß-ÿ'-]+)[ \t]+(?:(?:van|de|der|den|ter|ten|el|al)[ \t]+)*"
    r"(?P<surname>[A-ZÀ-Þ][a-zß-ÿ'-]+)(?![\w-])"
)


_FUNCTIONAL_MAILBOX = "Functioneel e-mailadres van de organisatie."


_DISPLAY_GAP = re.compile(r"[ \t'\"]*<")


def _mailboxes_of_redacted(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """A mailbox kept as functional whose local part is a redacted person's initial and
    surname ("mkaarwijk@rijnland.net" of Maarten Kaarwijk): the surname lists did not know the
    name, the document does."""
    surnames = {
        word.lower().replace("-", "")
        for s in chosen
        if s.type == "name" and s.action == "redact"
        for word in [re.split(r"[ ,]+", s.text.strip(" ,"))[0 if "," in s.text else -1]]
        if len(word) >= 5 and word[:1].isupper()
    }
    # ... or the first name of the redacted person whose display name it follows
    # ("Morwenna Treloar <morwenna@polderlodges.co.uk>")
    displayed = {
        s.end: s.text.split()[0].lower()
        for s in chosen
        if s.type == "name" and s.action == "redact" and _person_display(s.text)
    }
    if not surnames and not displayed:
        return chosen
    result = []
    for span in chosen:
        local = mailbox_parts(span.text)[0].lower()
        named = _NAMED_LOCAL.fullmatch(local) if span.type == "email" else None
        shown = next(
            (n for at, n in displayed.items() if _DISPLAY_GAP.fullmatch(text, at, span.start)), ""
        )
        if (
            span.action == "keep"
            and span.reason == _FUNCTIONAL_MAILBOX
            and ((named and named.group("surname") in surnames) or (shown and local == shown))
        ):
            reason = "E-mailadres met de naam van een gelakte persoon."
            span = span.model_copy(update={"action": "redact", "reason": reason})
        result.append(span)
    return result


def _names_of_mailboxes(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """A first name and surname shortly before that person's own mailbox ("Desislava Ivanova,
    06 3870 1152, d.ivanova@..."): the mailbox says the words are a name, also one that the
    name lists do not know."""
    taken = [(s.start, s.end) for s in chosen]
    added: list[RedactionSpan] = []
    for mail in (s for s in chosen if s.type == "email" and s.action == "redact"):
        local = _NAMED_LOCAL.fullmatch(mailbox_parts(mail.text)[0].lower())
        if local is None:
            continue
        window = max(0, mail.start - 100)
        for match in _NAME_BEFORE_MAILBOX.finditer(text, window, mail.start):
            given, surname = match.group("given").lower(), match.group("surname").lower()
            if (
                surname.replace("-", "") != local.group("surname")
                or not (given == local.group("given") or given[0] == local.group("given"))
                or "\n\n" in text[match.end() : mail.start]
            ):
                continue
            if all(match.end() <= a or match.start() >= b for a, b in taken):
                added.append(
                    _span_of(
                        text,
                        match.start(),
                        match.end(),
                        "name",
                        "redact",
                        "Naam van de eigenaar van het e-mailadres ernaast.",
                    )
                )
                taken.append(match.span())
    return added


# Where a login can start: not inside a word, a path or an e-mail address, but after the "@" of
# a mention in a chat or an issue tracker ("@t.oudekerk welke klanten ...").
_LOGIN_START = r"(?<![\w./-])(?<![\w.-]@)"
# The type of a file whose name holds a login: "hz_20250408_BZ-2025-0042_yschoutsen.m4a"
_FILE_TYPE = r"\.(?:m4a|mp3|mp4|wav|pdf|docx?|xlsx?|jpe?g|png|msg|eml|txt|csv|zip)(?![\w.@-])"


def _logins_of_redacted(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """A login built from a redacted person's surname and initials ("fdorsveld" for F. Dorsveld,
    "dorsveldf", "fdevries" for F. de Vries, also for "Dorsveld, F."), wherever it stands in
    lower case; a surname redacted on its own takes any one or two letters on one side
    ("jvelshorst" for "Velshorst"). Also a computer named after a redacted login
    ("HGL-NB-DOUDELUTTIKHUIS" beside "HENGELO\\doudeluttikhuis")."""
    taken = [(s.start, s.end) for s in chosen]
    added: list[RedactionSpan] = []

    def add(span: RedactionSpan, match: re.Match[str], reason: str) -> None:
        """The match as a mention of `span`, unless something else already covers it."""
        if all(match.end() <= a or match.start() >= b for a, b in taken):
            added.append(_mention(span, text, *match.span(), reason, 0.75))
            taken.append(match.span())

    for span in (s for s in chosen if s.type == "name" and s.action == "redact"):
        own = span.text.rsplit("\\", 1)[-1]  # a domain's login: "HENGELO\doudeluttikhuis"
        if _LONE_LOGIN.fullmatch(own):
            machine = rf"(?<![\w-])(?:[A-Z0-9]{{2,8}}-){{1,3}}{re.escape(own.upper())}(?![\w-])"
            for match in re.finditer(machine, text):
                add(span, match, "Computernaam met de gebruikersnaam van een gelakte persoon.")
        # "Baukstra, Foekje" is read as "Foekje Baukstra"
        surname_first, _, given = span.text.partition(",")
        words = re.findall(r"[^\W\d_]+", f"{given} {surname_first}" if given else span.text)
        capitals = [w for w in words if w[0].isupper()]
        # "Fabiola Bruurkamp (dbruurkamp)": the login in brackets after the name holds the
        # surname, whatever its initials; it is hers wherever else it stands. The surname may
        # come first, as a ticket system writes it: "De Laat Ronald (rdelaat)"
        after = _LOGIN_IN_BRACKETS.match(text, span.end)
        plain = after.group("login").replace(".", "") if after else ""
        if after and any(
            word.lower() in plain
            # a short surname only as the whole login but one or two letters: "Jasper Mol (jmol)"
            and (len(word) >= 4 or (plain.endswith(word.lower()) and len(plain) <= len(word) + 2))
            for word in capitals
        ):
            login = after.group("login")
            for match in re.finditer(rf"{_LOGIN_START}{re.escape(login)}(?![\w@/-]|\.[a-z])", text):
                add(
                    span,
                    match,
                    "Gebruikersnaam van een gelakte persoon (tussen haakjes na de naam).",
                )
        # a surname redacted on its own ("Velshorst") takes any one or two initials
        lone = (
            len(words) == 1
            and len(words[0]) >= 5
            and words[0][0].isupper()
            and not common_dutch_word(words[0].lower())
        )
        if (len(words) < 2 and not lone) or not capitals or len(capitals[-1]) < 4:
            continue
        surname = capitals[-1].lower()
        # ... or a double surname run together: "mbouterstam" for M. Bouter-Stam
        double = re.search(r"([^\W\d_]+)-([^\W\d_]+)\W*$", span.text)
        spelled = [surname, surname.capitalize()]
        if double:
            spelled.insert(0, (double.group(1) + double.group(2)).lower())
        at = len(words) - 1 - words[::-1].index(capitals[-1])
        # the particles, also with a capital ("de heer Van den Dungen"): no initials
        between = [(w, w.islower() or w.lower() in _PARTICLES) for w in words[:at]]
        particles = "".join(w.lower() for w, particle in between if particle)
        # ... or their first letters, as a login shortens them: "jvdstaak" for J. van der Staak
        shortened = "".join(w[0].lower() for w, particle in between if particle)
        initials = {w[0].lower() for w, particle in between if not particle}
        if not initials and not lone:
            continue
        # a system's prefix or a number after it: "kcc_hcremers", "app-jheubgens", "hjanssen2"
        pattern = re.compile(
            # also as a wiki or a directory writes it: "MRooduijn" for Mirjam Rooduijn
            # ... or a computer's name: "hgl-nb-escholten"; or a part of a file's name
            # ("hz_20250408_BZ-2025-0042_yschoutsen.m4a")
            rf"(?:{_LOGIN_START}|(?<=[A-Za-z0-9]_))"
            rf"(?:[a-z]{{2,6}}[_-]){{0,2}}(?P<before>[a-z]{{0,3}}|[A-Z]{{1,3}})(?(before)\.?)"
            rf"(?:{re.escape(particles)}|{re.escape(shortened)})?"
            rf"(?:{'|'.join(re.escape(word) for word in spelled)})"
            rf"(?P<after>[a-z]{{0,3}})(?P<number>\d{{1,2}}|-[a-z]{{1,2}})?"
            # ... or the organisation's name after it: "rdelaat_boxtel" in a map's editor column;
            # then the login's end, a folder's ("jvdstaak/geur/1403") or the rest of a file's
            # name up to its type ("fsmeenk_BZW0067_20250415.m4a", "yschoutsen.m4a")
            rf"(?:_[a-z]{{3,12}})?(?:(?=(?:[_-][\w-]*)?{_FILE_TYPE})|(?![\w@-]|\.[a-z]))"
        )
        # a workstation or laptop named after its user, in capitals: "MF-LT-IVERBOOM",
        # "LAPTOP-SVWIJNGAARDEN" for Sander van Wijngaarden; a login in capitals ("gebruiker
        # ESEUBRING" in a meter's export)
        workstation = re.compile(
            rf"(?<![\w-])(?:[A-Z0-9]{{2,8}}-){{0,3}}(?P<before>[A-Z]{{1,3}})(?P<after>)"
            rf"(?:{re.escape(particles.upper())})?{re.escape(surname.upper())}"
            rf"(?P<number>\d{{1,2}})?(?![\w-])"
        )
        for match in itertools.chain(pattern.finditer(text), workstation.finditer(text)):
            before = match.group("before")
            surname_at = match.end("before") + text.startswith(".", match.end("before"))
            if text[surname_at].isupper() and not (before.isupper() and not match.group("after")):
                continue  # capitalised only after capital initials: not "Gelderlander"
            extra = (before + match.group("after")).lower()
            if extra and common_dutch_word(match.group(0).lower()):
                continue  # a word with a letter before a name: "bellen" beside "Ellen"
            # "wolbersma2": the surname and a number is a login too
            numbered = not extra and (match.group("number") or "").isdigit()
            if lone:
                one_side = not (before and match.group("after"))
                if not ((0 < len(extra) <= 2 and one_side) or numbered):
                    continue
            elif not (
                (extra and set(extra) <= initials)
                # "ab.coolhaege" for Anton Coolhaege: his first initial, then one he did not write
                or (before[:1].lower() in initials and not match.group("after"))
                or numbered
            ):
                continue
            add(span, match, "Gebruikersnaam van een gelakte persoon.")
    return added


_LONE_LOGIN = re.compile(r"[a-z][a-z.]{5,30}")


# A Matrix user ID in a chat export (Element): "@m.curfs:vrzl.nl" is that person's account, as
# an e-mail address is; a team's or a bot's ("@meldkamer:...", "@noc-bot:...") is not.
_MATRIX_ID = re.compile(
    r"(?<![\w.@])@(?P<local>[a-z0-9][a-z0-9._=-]{1,30}):(?P<server>[a-z0-9-]+(?:\.[a-z0-9-]+)+)"
)


def _matrix_ids(text: str) -> list[RedactionSpan]:
    spans = []
    for match in _MATRIX_ID.finditer(text):
        local = match.group("local")
        if _functional_local(local) or re.search(r"(?:^|[._-])bot(?:$|[._-])", local):
            continue
        reason = "Matrix-account (gebruikers-ID) van een persoon."
        spans.append(_span_of(text, *match.span("local"), "name", "redact", reason))
    return spans


# The user in a shell prompt of a terminal session: "jdammink@brm-adm01:~$ curl ...",
# "[mweerhof@lochem-app02 ~]$". Not a system account ("root", "deploy", "www-data":
# `names.SYSTEM_USERS`).
_SHELL_PROMPT = re.compile(
    r"^[ \t]*(?:\([\w.-]+\)[ \t]*)?\[?(?P<login>[a-z][a-z0-9._-]{2,30})@[\w.-]+"
    r"(?::[ \t]*[~/][^\n$#]{0,80}?|[ \t]+[~/\w.-]{1,80}\])[ \t]*[$#%>]",
    re.MULTILINE,
)


def _shell_prompt_logins(text: str) -> list[RedactionSpan]:
    spans = []
    for match in _SHELL_PROMPT.finditer(text):
        login = match.group("login")
        if login in SYSTEM_USERS or login.startswith(("svc", "srv")) or _functional_local(login):
            continue
        reason = "Gebruikersnaam van een persoon (in de prompt van een terminalsessie)."
        spans.append(_span_of(text, *match.span("login"), "name", "redact", reason))
    return spans


# The number of a disabled person's parking card (gehandicaptenparkeerkaart): "GPK-0785-25-0117",
# "GPK0798250032". It points to its holder, whose disability it also reveals.
_PARKING_CARD = re.compile(r"(?<![\w-])GPK[- ]?\d{4}[- ]?\d{2}[- ]?\d{4}(?![\w-])")


def _parking_cards(text: str) -> list[RedactionSpan]:
    reason = "Nummer van een gehandicaptenparkeerkaart (herleidbaar tot de houder)."
    return [
        _span_of(text, *match.span(), "document_number", "redact", reason)
        for match in _PARKING_CARD.finditer(text)
    ]


# A chat or workspace handle of first name and surname with a dot: "[18:02] alistair.kendall:",
# "Exported by shona.mercer (admin)". Not a file ("notulen.docx"), a domain ("gemeente.nl") or
# the local part of an e-mail address (found as an address); also after a mention's "@"
# ("@jose.verheijdt ben jij dit?").
# ... also a Skype account with a team's suffix ("8:live:rick.zwiers.dgi", "marieke.kiers_bo")
_DOTTED_HANDLE = re.compile(
    r"(?:(?<=live:)|(?<![\w./:-]))(?<![\w.-]@)"
    r"(?P<first>[a-z]{2,15})\.(?P<last>[a-z]{3,20}(?:-[a-z]{2,20})?)(?:[._][a-z0-9]{1,6})?"
    r"(?![\w@-]|\.\w)"
)
# A Skype account in an export's field: '"from": "8:henkreinders74"', '"8:live:..."'
_SKYPE_ACCOUNT = re.compile(r"(?<=[\"'])8:(?:live:)?(?P<account>[A-Za-z][\w.-]{2,40})(?=[\"'])")
_NOT_A_SURNAME_PART = frozenset(
    {"com", "org", "net", "info", "pdf", "doc", "docx", "xls", "xlsx", "txt", "xml", "json",
     "csv", "jpg", "jpeg", "png", "html", "htm", "zip", "msg", "eml", "odt", "ods", "ppt",
     "pptx", "exe", "log", "tif", "tiff", "gif", "mp3", "mp4", "wav", "heic"}
)  # fmt: skip
# A LinkedIn profile: its address names the person ("linkedin.com/in/maartje-tiemeskamp").
_LINKEDIN_PROFILE = re.compile(r"linkedin\.com/in/(?P<slug>[A-Za-z0-9-]{3,60})(?![\w-])")


def _handles(text: str) -> list[RedactionSpan]:
    spans = []
    for match in _DOTTED_HANDLE.finditer(text):
        if match.group("last") in _NOT_A_SURNAME_PART or not first_name_known(
            match.group("first").capitalize()
        ):
            continue
        reason = "Gebruikersnaam (voornaam.achternaam) van een persoon."
        spans.append(_span_of(text, *match.span(), "name", "redact", reason))
    taken = [(s.start, s.end) for s in spans]
    for match in _SKYPE_ACCOUNT.finditer(text):
        start, end = match.span("account")
        if all(end <= a or start >= b for a, b in taken):
            reason = "Skype-account van een persoon."
            spans.append(_span_of(text, start, end, "name", "redact", reason))
    for match in _LINKEDIN_PROFILE.finditer(text):
        reason = "LinkedIn-profiel van een persoon (de naam staat in het adres)."
        spans.append(_span_of(text, *match.span("slug"), "name", "redact", reason))
    return spans


_LOGIN_IN_BRACKETS = re.compile(r"[ \t]*\((?P<login>[a-z][a-z0-9._-]{3,24})\)")


_LOGIN = re.compile(r"(?:[A-Za-z][A-Za-z0-9-]{1,14}\\{1,2})?(?P<login>[a-z]{6,24})")


def _surnames_of_logins(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """The surname inside a redacted login ("Kranenburgh" for "skranenburgh", "Haastrecht" for
    "gvhaastrecht"), wherever it stands with a capital: a note signed "Kranenburgh, Sietske"."""
    taken = [(s.start, s.end) for s in chosen]
    added: list[RedactionSpan] = []
    for span in (s for s in chosen if s.type == "name" and s.action == "redact"):
        login = _LOGIN.fullmatch(span.text)
        if login is None or first_name_known(login.group("login").capitalize()):
            continue  # "marieke" typed in a chat is a first name, no login
        handle = login.group("login")
        for lead in (1, 2, 3):
            surname = handle[lead:].capitalize()
            if len(surname) < 5:
                break
            found = list(re.finditer(rf"(?<![\w@.-]){re.escape(surname)}(?![\w@-])", text))
            for match in found:
                if all(match.end() <= a or match.start() >= b for a, b in taken):
                    reason = "Achternaam in een gelakte gebruikersnaam."
                    added.append(_mention(span, text, *match.span(), reason, 0.75))
                    taken.append(match.span())
            if found:
                break
    return added


# A file name or an identifier whose words are joined by underscores: "id_alloush_wael.pdf",
# "CV_Jansen_2024.docx".
_JOINED_NAME = re.compile(
    # (also a folder's or a file's name in a path: "/2026/Celik_E/Celik_E_schulden.pdf")
    r"(?<![\w.@-])[\w.-]*_[\w.-]*"
    # ... or by hyphens, in a file's name: "2025-04-eerbeek-flex-sleutel-jarrouj.jpg"
    rf"|(?<![\w.@-])[\w.-]*-[\w.-]*\.(?i:{FILE_EXTENSIONS})(?![\w.])"
)
_NAME_PART = re.compile(r"[^\W\d_]{4,}")
# A company's legal form later in the same file name: "_Vastgoed_BV" after "Everaerts".
_LEGAL_ENTITY_PARTS = re.compile(r"(?:_[^\W_]+){0,2}_(?i:bv|nv|vof|holding)(?![^\W_])")
# An initial after a surname in a file name: "_I" in "Peerbooms_I.pdf", "_f" in "hurkmans_f",
# "_MA" in "Vroemen_MA"; or a first name: "_Giulia", "_MarieClaire" (`_first_name_after`).
_INITIAL_AFTER_PART = re.compile(r"_(?:[A-Za-z]|[A-Z]{2,3})(?![^\W_])")
_FIRST_NAME_AFTER_PART = re.compile(r"_(?P<first>(?:[A-Z][a-z]{2,}){1,2})(?![^\W_])")
# ... also the capitals of the initials or the particles before it: "BHeijmans" for Bas
# Heijmans, "VandenDungen" for Lisette van den Dungen, "vanWateringen", "tenBrinke"
_PARTICLED_PART = re.compile(
    # (not a capital De: "DeSchakel" names a building)
    # ... and an Arabic surname's article: "ElOuali" for Rachid El Ouali, "AlKhatib"
    r"(?:v|vd|vdr|vden|d|de|t|te[nr]?|[A-Z]{1,2}|[Vv][ao]n(?:[dD]e[nr]?)?|[EA]l)"
    r"(?P<surname>[A-Z][a-z]{3,})"
)


def _without_accents(word: str) -> str:
    """`word` in small letters without its accents: a file name writes "Çelik" as "Celik"."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )


# A double surname written as one word: "KoppenolVis" for Jolanda Koppenol-Vis
_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")


def _first_name_after(text: str, end: int) -> int:
    """The end of a known first name joined after a surname in a file name ("Romano_Giulia",
    "Dubois_MarieClaire"), or `end` when none follows."""
    found = _FIRST_NAME_AFTER_PART.match(text, end)
    if found and all(first_name_known(p) for p in _CAMEL_PARTS.findall(found.group("first"))):
        return found.end()
    return end


def _names_in_file_names(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """The surname or first name of a redacted person where a file name holds it, joined to
    other words by underscores (or hyphens), in any case: the upload "id_alloush_wael_voor.pdf"
    of Wael Alloush."""
    if "_" not in text and "-" not in text:
        return []
    parts = {
        _without_accents(part): span
        for span in chosen
        if span.type == "name" and span.action == "redact"
        for part in _NAME_PART.findall(span.text)
        if not common_word_as_name(part) and part.lower() not in places()
    }
    taken = [(s.start, s.end) for s in chosen]
    added: list[RedactionSpan] = []
    for joined in _JOINED_NAME.finditer(text):
        for part in _NAME_PART.finditer(joined.group(0)):
            # "vNieuwkerk": the particles as small letters before the capital of the surname
            particled = _PARTICLED_PART.fullmatch(part.group(0))
            word = part.group(0)
            span = parts.get(_without_accents(word))  # "MBoek" as the login "mboek" wrote it
            if span is None and particled:
                word = particled.group("surname")
                span = parts.get(_without_accents(word))
            camel = _CAMEL_PARTS.findall(part.group(0))
            if span is None and len(camel) == 2 and "".join(camel) == part.group(0):
                word = camel[0]  # "KoppenolVis": the first of a double surname
                span = parts.get(_without_accents(word)) if len(word) >= 4 else None
            start, end = joined.start() + part.start(), joined.start() + part.end()
            if _LEGAL_ENTITY_PARTS.match(text, end):
                continue  # "04_KvK_Everaerts_Vastgoed_BV.pdf": the family's company
            if "_" not in joined.group(0) and not (
                span is not None
                and len(span.text.split()) >= 2
                and span.text.split()[-1].lower() == word.lower()
                and _unknown_word(word.capitalize())
            ):
                # by hyphens, only the surname of a person named in full ("Rasha Jarrouj"): not
                # a word of the file's subject ("glasstad-evenementen-team.jpg")
                continue
            if span is not None and all(end <= a or start >= b for a, b in taken):
                initial = _INITIAL_AFTER_PART.match(text, end)
                if initial and (part.group(0).islower() or initial.group(0)[1].isupper()):
                    end = initial.end()  # "Peerbooms_I", "hurkmans_f": the initial with it
                elif "_" in joined.group(0):
                    end = _first_name_after(text, end)
                reason = "Naam van een gelakte persoon in een bestandsnaam."
                added.append(_mention(span, text, start, end, reason, 0.8))
                taken.append((start, end))
    return added


# A nickname in quotes between a first name and a surname: 'Wouter "Bokkie" Sjerps'.
_QUOTED_NICKNAME = re.compile(
    r"[ \t]+[\"“'‘](?P<nick>[A-ZÀ-Þ][\w'-]{1,20}(?: [A-ZÀ-Þ][\w'-]{1,20})?)[\"”'’][ \t]+"
)


def _nicknames(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """A nickname between the redacted first name and surname of one person, and every other
    mention of it (the same man listed as "Bokkie" in the next row)."""
    names = sorted(
        (s for s in chosen if s.type == "name" and s.action == "redact"), key=lambda s: s.start
    )
    taken = [(s.start, s.end) for s in chosen]
    added: list[RedactionSpan] = []
    for first, last in itertools.pairwise(names):
        match = _QUOTED_NICKNAME.fullmatch(text, first.end, last.start)
        if match is None:
            continue
        nick = match.group("nick")
        for mention in re.finditer(rf"(?<![\w-]){re.escape(nick)}(?![\w-])", text):
            if all(mention.end() <= a or mention.start() >= b for a, b in taken):
                added.append(
                    _mention(first, text, *mention.span(), "Bijnaam van een gelakte persoon.", 0.8)
                )
                taken.append(mention.span())
    return added


_FIRST_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-zà-ÿ'-]+)[ \t]+$")


def _list_name_start(text: str, start: int) -> int:
    """The start of a surname's name with the unknown first name before it ("Olena Kravets",
    where only "Kravets" was found), so that a list's "- Olena Kravets, 14.02.1979" counts."""
    word = _FIRST_WORD_BEFORE.search(text, max(0, start - 30), start)
    if word and not common_dutch_word(word.group(1)):
        return word.start()
    return start


# "Lubbo en Tjakelien Zwartboer vragen ...": two first names before a redacted surname
_COUPLE_BEFORE = re.compile(
    r"(?<![\w-])(?<!\buit )(?<!\bvan )(?<!\bin )(?<!\bte )(?<!\bnaar )"
    r"(?P<one>[A-Z][a-zà-ÿ'-]+|(?:[A-Z]\.){1,3}) en (?:(?P<two>[A-Z][a-zà-ÿ'-]+) )?$"
)


_STREET_WORD = re.compile(r"(?:straat|laan|weg|plein|kade|gracht|singel|dijk|pad|markt|dreef)$")


def _couples(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """The first names of two people named together before a redacted name ("Lubbo en
    Tjakelien Zwartboer", "Mulu en Heran Tesfaye"): both belong to persons."""
    taken = [(s.start, s.end) for s in chosen]
    added = []
    for span in [s for s in chosen if s.type == "name" and s.action == "redact"]:
        before = _COUPLE_BEFORE.search(text, max(0, span.start - 50), span.start)
        if not before or (
            before.group("two") is None
            and (" " not in span.text or not re.match(r"[A-Z][a-z]", span.text))
            # "H. en G. Mulder": initials before initials
            and not (before.group("one").endswith(".") and re.match(r"[A-Z]\.", span.text))
        ):
            continue  # "Anna en Jansen", "Bergen en M. Haugen": a first name must follow "en"
        for group in ("one", "two"):
            word = before.group(group)
            start, end = before.span(group)
            if group == "one" and word and word.endswith(".") and before.group("two") is None:
                end = before.end() - 1  # "H. en G. Mulder": the couple's initials as one name
            if (
                word
                and not common_dutch_word(word)
                and word.lower() not in places()
                and not _STREET_WORD.search(word)
                and all(end <= a or start >= b for a, b in taken)
            ):
                added.append(
                    _mention(span, text, start, end, "Naam van een natuurlijk persoon.", 0.7)
                )
                taken.append((start, end))
    return added


def _dates_of_birth_after_names(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """Dates of birth in brackets after a redacted name, where nothing else was found."""
    names = [
        (_list_name_start(text, s.start), s.end)
        for s in chosen
        if s.type == "name" and s.action == "redact"
    ]
    taken = [(s.start, s.end) for s in chosen]
    added = []
    for hit in dates_after_names(text, names):
        start, end = hit[:2]
        if all(end <= a or start >= b for a, b in taken):
            added.append(_span_of(text, *hit))
            taken.append((start, end))
    return added


# A postcode given with a date of birth to be identified: "22-02-1996, 9665 PK".
# (after a comma, or only a space as a register's record writes it: "*19500809 7614RK")
_POSTCODE_AFTER_DATE = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+)(?P<postcode>[1-9]\d{3}[ ]?[A-Z]{2})(?![\w-])"
)


def _postcodes_after_dates_of_birth(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """A postcode right after a redacted date of birth, as a caller gives both to be
    identified, is redacted: together they point to one person (a postcode alone is kept)."""
    dates = [s.end for s in chosen if s.type == "dob" and s.action == "redact"]
    starts = {
        found.start("postcode")
        for end in dates
        if (found := _POSTCODE_AFTER_DATE.match(text, end)) is not None
    }
    if not starts:
        return chosen
    reason = "Postcode bij een geboortedatum: samen herleidbaar tot een persoon."
    return [
        s.model_copy(update={"action": "redact", "reason": reason})
        if s.type == "postcode" and s.action == "keep" and s.start in starts
        else s
        for s in chosen
    ]


# A code in brackets right after a person's name: "Sylvana Kromodikoro (VR-20988)", a
# personnel or registration number of that person (at least four digits, so no party, no
# "(D66)"); digits alone only where they close a field that holds the name, five at least, so
# no year ('naam = "Esmée Heijmerink (435862)"'; not "Kniest (100233) – ...", a debtor's number
# in a list of items, nor "(2019)").
_NUMBER_AFTER_NAME = re.compile(
    r"[ \t]*\((?P<number>[A-Z]{1,4}-?\d{4,8}|\d{5,8}(?=\)[\"'\n]|\)$))\)"
)
# ... digits alone anywhere after a name written with its initials or given name: "K. Szabo
# (208182535)", "1. I.M. Zonneveld (421477013) -> gemachtigde ..." (a debtor's number in a
# list of items stands after a bare surname: "Kniest (100233)")
_DIGITS_AFTER_FULL_NAME = re.compile(r"[ \t]*\((?P<number>\d{5,10})\)")
# "– Jakob Kasemier, nr. 117": a house number signed with the name, where that person lives.
_HOUSE_AFTER_NAME = re.compile(
    rf",[ \t]*(?P<number>(?i:{HOUSE_NUMBER_WORD})[ \t]+\d{{1,4}}[a-z]?)(?![\w-]|[.,]\d)"
)


# Two capitalised words right before a redacted mobile number: "Beheerder ter plaatse
# (sleutel, klachten): Kasia Wójcik, +31 6 53214489" names the one who answers it, though
# neither word is on deduce's lists.
_TWO_WORDS_BEFORE_PHONE = re.compile(
    r"(?<![\w'-])(?P<name>[^\W\d_]{3,}[ ][^\W\d_]{3,}(?:-[^\W\d_]{3,})?)"
    r"[ \t]*(?:,|\(|,?[ \t]+(?:tel\.?|mobiel|mob\.?):?)[ \t]*$"
)


# ... not a business by its trade: "Bouwbedrijf Pietersen (06-...)", "Taxi Wolters, 06-..."
_BUSINESS_WORD = re.compile(
    r"(?i:.*(?:bedrijf|dienst|kliniek|praktijk|centrum|service|groep|winkel|zorg|huis|school|"
    r"club|vereniging|bureau|kantoor|makelaar|advies|techniek|hoveniers?|schilders?|"
    r"loodgieters?|taxi|garage|transport|verhuur|bouw|kapsalon|salon|atelier|studio))"
)


# ... nor a national organisation by its country: "Reclassering Nederland, 06 ..."
_COUNTRY_IN_ORGANISATION = frozenset({"Nederland", "Holland", "Vlaanderen", "Europa"})


def _names_before_mobiles(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """A first name and a surname that no list knows, right before a person's mobile number."""
    extra: list[RedactionSpan] = []
    for phone in chosen:
        if phone.type != "phone" or phone.action != "redact":
            continue
        if not MOBILE_RE.match(phone.text):
            continue
        line_start = text.rfind("\n", 0, phone.start) + 1
        match = _TWO_WORDS_BEFORE_PHONE.search(text, max(line_start, phone.start - 60), phone.start)
        if match is None:
            continue
        start, end = match.span("name")
        words = re.split(r"[ -]", match.group("name"))
        if (
            any(s.start < end and start < s.end for s in chosen)
            or not all(word.istitle() and _unknown_word(word) for word in words)
            or _BUSINESS_WORD.fullmatch(words[0])
            or match.group("name").lower() in places()
            # a region's adjective: "Veluwse Schaapskudde", "Waardse Boys"
            or re.search(r"[b-df-hj-np-tv-z]se$", words[0])
            or words[-1] in _COUNTRY_IN_ORGANISATION
        ):
            continue
        reason = "Naam voor het mobiele nummer van een persoon."
        extra.append(_span_of(text, start, end, "name", "redact", reason))
    return extra


def _numbers_after_names(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """Staff and registration numbers in brackets after a redacted name, and a house number
    right after it, where nothing else was found."""
    taken = [(s.start, s.end) for s in chosen]
    added = []
    for name in (s for s in chosen if s.type == "name" and s.action == "redact"):
        number = _NUMBER_AFTER_NAME.match(text, name.end)
        if number is None and re.search(r"[.\s]", name.text):  # initials or a given name
            number = _DIGITS_AFTER_FULL_NAME.match(text, name.end)
        for match, kind, reason in (
            (
                number,
                "document_number",
                "Personeels- of registratienummer van een gelakte persoon.",
            ),
            (
                _HOUSE_AFTER_NAME.match(text, name.end),
                "address",
                "Huisnummer direct na een gelakte naam (woonadres).",
            ),
        ):
            if match is None:
                continue
            start, end = match.span("number")
            if all(end <= a or start >= b for a, b in taken):
                added.append(_span_of(text, start, end, kind, "redact", reason))
                taken.append((start, end))
    return added


# Two or more spaces or a tab inside a value: a column gap in a table laid out with spaces.
_COLUMN_GAP = re.compile(r"[ ]{2,}|\t")


# A number read in a name's place: a data frame's row index ("0", "1") or a client's number
# ("C-39920") in a name column. (A date read as a name stays redacted: it may be a birth date.)
# A workstation's or a printer's code in a log's client column is no name either ("WS-BZ-011"),
# nor an IP address there ("10.40.7.22" under "Client" in a transfer log).
_NUMBER_AS_NAME = re.compile(
    r"\d{1,3}|[A-Z]{1,4}(?:-[A-Z]{1,4})*-\d{2,}|\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?"
)
# A made-up person of a test or an example: "Jan Testpersoon", "Testpersoon-van Voorbeeld"
_PLACEHOLDER_NAME = re.compile(
    r"(?<![^\W_])(?i:testpersoon|testpersonen|proefpersoon|testgebruiker|testburger|voorbeeld|"
    r"dummy|fictief|fictieve)(?![^\W_])"
)


# A form of address read alone as a name, as a field's value split at its dot: "Naam: dhr. J.
# Louwerse" gives "dhr" and "J. Louwerse"; the title is nobody's name. (Not in capitals: "MW"
# is a paraph in a table of initials.)
_COURTESY_TITLE = re.compile(r"(?:[Dd]hr|[Mm]evr|[Mm]w|[Mm]evrouw|[Mm]eneer|de heer)\.?")


# The kind of identity document checked, after a label that usually holds a name
# ("gecontroleerd: ID-kaart, geboortedatum"): no person.
_IDENTITY_DOCUMENT = re.compile(
    r"(?i:paspoort|rijbewijs|id-kaart|id-bewijs|identiteitskaart|identiteitsbewijs|"
    r"verblijfsdocument|verblijfsvergunning|vreemdelingendocument|legitimatie(?:bewijs)?)"
)


def _within_cells(span: RedactionSpan) -> list[RedactionSpan]:
    """A name or an address that runs across a column gap into the next cell ("R.J. Pattiwael
    Graaf Florisweg 77"): an address keeps its last cell (where the house number is), a name
    becomes one candidate per cell, so the neighbouring cell is left to its own detector.
    Cells stay joined where the gap sits inside a name ("J.  van   Rernmerswaal", OCR): after
    initials or before a lowercase particle. A lone letter is no name."""
    if span.type not in ("name", "address") or not _COLUMN_GAP.search(span.text):
        return [span]
    parts = [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", span.text)]
    if len(parts) < 2:
        return [span]
    if span.type == "address":
        start, end = parts[-1]
        if not re.search(r"\d", span.text[start:end]):
            return [span]
        return [_part(span, start, end)]
    groups = [list(parts[0])]
    for start, end in parts[1:]:
        previous = span.text[groups[-1][0] : groups[-1][1]]
        if _INITIALS_ONLY.fullmatch(previous.split()[-1]) or span.text[start].islower():
            groups[-1][1] = end
        else:
            groups.append([start, end])
    return [
        _part(span, start, end)
        for start, end in groups
        if not re.fullmatch(r"[A-Z]\.?", span.text[start:end])
    ]


_INITIALS_ONLY = re.compile(r"(?:[A-Z][a-z]?\.)+")


def _part(span: RedactionSpan, start: int, end: int) -> RedactionSpan:
    return span.model_copy(
        update={"start": span.start + start, "end": span.start + end, "text": span.text[start:end]}
    )


_OCR_DIGIT_RUN = re.compile(r"(?<![^\W\d_])[0-9OoIl]*[0-9][0-9OoIl]*(?![^\W\d_])")
_OCR_DIGITS = str.maketrans("OoIl", "0011")


# The check digits of an IBAN ("NL2O RABO ...") and the parts of a date ("O3-ll-1976").
_OCR_IBAN = re.compile(
    r"(?<![\w])([A-Z]{2})([0-9OIl]{2})( ?[A-Z]{4})((?: ?[0-9OIl]{1,4}){2,5})(?![\w])"
)
_OCR_DATE = re.compile(
    r"(?<![\w])[0-9OoIl]{1,2}[-/.][0-9OoIl]{1,2}[-/.](?:19|20|2O|2o|I9|l9)[0-9OoIl]{2}(?![\w])"
)


def ocr_digits(text: str) -> str:
    """`text` with the letters a scan's OCR mistakes for digits repaired inside numbers
    ("2O8723365", "14-O7-1990", "06 4I 82", "NL2O RABO", "O3-ll-1976"): a run of digits and
    O, o, I or l standing apart from other letters, an IBAN's check digits, a date's parts.
    Same length, so offsets hold."""
    fixed = _OCR_DIGIT_RUN.sub(lambda m: m.group(0).translate(_OCR_DIGITS), text)
    fixed = _OCR_IBAN.sub(
        lambda m: (
            m.group(1)
            + m.group(2).translate(_OCR_DIGITS)
            + m.group(3)
            + m.group(4).translate(_OCR_DIGITS)
        ),
        fixed,
    )
    return _OCR_DATE.sub(lambda m: m.group(0).translate(_OCR_DIGITS), fixed)


def _rule_spans(text: str, known_street: Callable[[list[str]], bool] | None) -> list[RedactionSpan]:
    spans = []
    hits = [
        *find_addresses(text, known_street),
        *find_coordinates(text),
        *find_dob(text),
        *find_kenteken(text),
        *find_documents(text),
        *find_kvk(text),
        *find_special(text),
        *find_debts(text),
        *find_family_life(text),
        *find_spoken(text),
    ]
    for start, end, kind, *rest in hits:
        if kind == "dob" and (time := _TIME_AFTER_DATE.match(text, end)):
            end = time.end()  # the whole timestamp: "1966-08-21T00:00:00.000Z"
        spans.append(_span_of(text, start, end, kind, *rest))
    return spans


# The time of an ISO timestamp right after its date
_TIME_AFTER_DATE = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?(?!\w)")


def _span_of(text: str, start: int, end: int, kind: str, action: str, reason: str) -> RedactionSpan:
    """A rule's hit as a span, with the type's ground and confidence."""
    return RedactionSpan(
        start=start,
        end=end,
        text=text[start:end],
        type=kind,
        ground=_GROUNDS.get(kind, GROUND_PRIVACY),
        action=action,
        reason=reason,
        confidence=_CONFIDENCE.get(kind, 0.8),
    )


# each column's name: initials and a surname, or a first name and a surname
_NAME_IN_COLUMN = re.compile(r"(?:[A-Z]\.)+[ ]?(?:[a-z]+[ ])*[A-Z][a-z]|[A-Z][a-z]+[ ][A-Z][a-z]")


def _split_at_column_gaps(hits: list[NameHit]) -> list[NameHit]:
    """A hit that runs over a column gap ("D. Baakhuis  M.J. Duinveld  S. Hooihorst" under
    "verhuurder   huurder   medehuurder") is one name per column: each is decided on its own."""
    result = []
    for hit in hits:
        parts = list(re.finditer(r"\S+(?: \S+)*", hit.text)) if "  " in hit.text else []
        if len(parts) < 2 or not all(_NAME_IN_COLUMN.match(p.group(0)) for p in parts):
            result.append(hit)
            continue
        for part in parts:
            start = hit.start + part.start()
            end = start + len(part.group(0))
            result.append(replace(hit, start=start, end=end, text=part.group(0)))
    return result


def _name_spans(text: str, policy: DetectionPolicy) -> list[RedactionSpan]:
    hits = _split_at_column_gaps(find_names(text, use_model=policy.use_model))
    decided: list[tuple[NameHit, str, str]] = []
    role_end, role_reason, role_single = -1, "", False
    for index, hit in enumerate(hits):
        action, reason = _name_decision(text, hit.start, hit.end, hit.text, policy)
        if (
            action == "redact"
            and role_end >= 0
            and _LIST_JOIN.fullmatch(text[role_end : hit.start])
            # not the next cell of a CSV row: "Raadslid T. Wouters,Joyce Pennings"
            and text[role_end : hit.start] != ","
            # not past a blank line: the signer under "de dijkgraaf, ir. J.A. Wieskerke,"
            and not _BLANK_LINE.search(text, role_end, hit.start)
            and not own_job_after(text, hit.end)
            # not after one office holder with the office's singular, in a list with commas:
            # "Aanwezig: wethouder M.H. Ebbers, Bas Hebing, BOA Dirk Geurtzen" (a portfolio read
            # as a name may stand before "en": "wethouder Havens en Recreatie A. Aarnoudse")
            and not (role_single and "," in text[role_end : hit.start])
            # nor a paraph after one office holder: "Ronde met wethouder Wentink en SW" is the
            # boa of the log's legend going along
            and not (role_single and _PARAPH_SHAPE.fullmatch(hit.text))
        ):
            action, reason = "keep", role_reason  # "wethouders J.P. Bakhuizen, S. Verhoef en ..."
        if (
            action == "redact"
            and index > 0
            and signature_pair(text, hits[index - 1].start, hits[index - 1].end, hit.start)
        ):
            action, reason = "keep", "Ambtsdrager in functie (ondertekening); blijft zichtbaar."
        if (
            action == "keep"
            and "in functie" in reason
            and not _NO_KIN_OF_BEFORE.search(text, max(0, hit.start - 45), hit.start)
        ):
            role_end, role_reason = hit.end, reason
            role_single = bool(_ONE_OFFICE_BEFORE.search(text, max(0, hit.start - 40), hit.start))
        else:
            role_end = -1
        decided.append((hit, action, reason))
    decided = _same_office_holder(decided, text)
    return [
        RedactionSpan(
            start=hit.start,
            end=hit.end,
            text=hit.text,
            type="name",
            ground=GROUND_PRIVACY,
            action=action,
            reason=reason,
            confidence=hit.confidence,
            origin="model" if hit.origin == "model" else "rule",
        )
        for hit, action, reason in decided
    ]


def _person_display(display: str) -> bool:
    """A display name that reads as a person's: a first name and a surname that is no place or
    acronym ("Morwenna Treloar"; not "Persvoorlichting Deventer", "Kwijtschelding BSOB")."""
    words = display.split()
    return (
        len(words) >= 2
        and "," not in display
        and not _functional_local(words[0].lower())
        and not words[-1].isupper()
        and words[-1].lower() not in places()
    )


def _own_first_name_mailbox(display: str, mailbox: str) -> bool:
    """Whether the mailbox is the first name of the person the display name names
    ("Morwenna Treloar <morwenna@...>")."""
    local = mailbox.split("@", 1)[0].lower()
    return _person_display(display) and local == display.split()[0].lower()


# What may follow a name in a display name before its mailbox: the mailbox itself, or the second
# of a team's two words ("Toezicht en Handhaving <toezicht@...>")
_REST_OF_TEAM_DISPLAY = r"(?:[ \t]+(?:en|&)[ \t]+[A-Z][\w-]*)?[ \t'\"]*<"


def _team_display_names(
    names: list[RedactionSpan], candidates: list[RedactionSpan], text: str
) -> list[RedactionSpan]:
    """The display name of a functional mailbox ("Parkeren Amersfoort <parkeren@...>") names a
    team, not a person."""
    team_mail = [
        c
        for c in candidates
        if c.type == "email" and c.action == "keep" and c.reason != COUNCIL_MAILBOX
    ]
    if not team_mail:
        return names
    return [
        s
        for s in names
        if not any(
            # "Parkeren Amersfoort <parkeren@...>"; a calendar's 'CN="Zaalverhuur":mailto:...'
            # (not an office holder kept there: 'CN="Wethouder ...":mailto:college@...')
            (
                # ... also the first of two teams' words: "Toezicht en Handhaving <toezicht@...>"
                re.fullmatch(_REST_OF_TEAM_DISPLAY, text[s.end : c.start])
                or (
                    s.action == "redact"
                    and re.fullmatch(r"[ \t'\"]*:(?i:mailto):", text[s.end : c.start])
                )
            )
            # not a person's own first name as the mailbox ("Morwenna Treloar <morwenna@...>";
            # "Persvoorlichting Deventer <persvoorlichting@...>" is a team's)
            and not _own_first_name_mailbox(s.text, c.text)
            for c in team_mail
            if c.start > s.end
        )
    ]


# The value of a field that names a private person's part: '"melder":"Kiewiet, M."' in a
# complaints export, a form's "Naam en voorletters: Ensing, T.G." (its applicant): a namesake
# of an office holder there, not the holder
_PRIVATE_FIELD_BEFORE = re.compile(
    r"(?:\"(?i:melder|aanvrager|klager|bezwaarmaker|indiener|betrokkene|huurder|verhuurder)"
    r"\"[ \t]*:[ \t]*\"|^[ \t]*(?i:naam en voorletters|naam aanvrager|naam melder)[ \t]*:[ \t]*)$",
    re.MULTILINE,
)


# The first of a group of residents: "een petitie van Klaasje Ekkelkamp en 412 andere inwoners"
_OTHER_RESIDENTS_AFTER = re.compile(
    r"[ \t]+en[ \t]+\d+[ \t]+andere[ \t]+(?:inwoners|bewoners|buurtbewoners|ondertekenaars)\b"
)
# ... and the "naam" of a JSON record of a private person: '"naam": "D. Lubbers"' in '"client": {'
_PRIVATE_RECORD_KEYS = frozenset(
    {"client", "cliënt", "clienten", "cliënten", "aanvrager", "melder", "klager",
     "bezwaarmaker", "betrokkene", "bewoner", "bewoners", "huurder", "huishouden", "gezin"}
)  # fmt: skip


# A name written surname first with a whole first name: "Veldkamp, Irene"
_SURNAME_COMMA_GIVEN = re.compile(r"(?P<surname>[A-Z][\w'-]+),[ \t]+(?P<given>[A-Z][a-z][\w'-]*)")


def _given_first(name: str) -> str | None:
    """A name written surname first with a whole first name, turned round ("Veldkamp, Irene"
    -> "Irene Veldkamp"); None for any other name."""
    reversed_name = _SURNAME_COMMA_GIVEN.fullmatch(name)
    if reversed_name is None:
        return None
    return f"{reversed_name.group('given')} {reversed_name.group('surname')}"


# A mail's sender with a private mailbox: "Van: Hesseling, Tineke <t.hesseling62@ziggo.nl>"
_PRIVATE_MAILBOX_NEXT = re.compile(r"[ \t]*<[\w.+-]+@(?P<domain>[\w.-]+)>")


def _private_sender(text: str, hit: NameHit, holders: list[str]) -> bool:
    """Whether a mail's sender with a private mailbox is someone else than the office holder of
    that surname: no holder in the document has the sender's first name (a council member who
    mails from home, "Raadslid Fenna Wubbels-Stam" and "Fenna Wubbels-Stam <...@gmail.com>", is
    the holder)."""
    mailbox = _PRIVATE_MAILBOX_NEXT.match(text, hit.end)
    if mailbox is None or not _PRIVATE_MAIL.search(mailbox.group("domain")):
        return False
    given = first_name(hit.text)  # also of "Hesseling, Tineke"
    return bool(given) and all(first_name(holder).lower() != given.lower() for holder in holders)


def _same_office_holder(
    decided: list[tuple[NameHit, str, str]], text: str
) -> list[tuple[NameHit, str, str]]:
    """An office holder seen in office once ("Wethouder Vermaas") stays visible at every other
    mention in the document ("Vermaas, Koen" in a mail header, "Hoi Koen,"); not a mention the
    text shows to be a namesake: a relative named as such, one said to be no kin, one with a
    resident's own data after the name; and where the document has namesakes, a written first
    name beside a holder known by surname only or a person addressed by a title ("meneer
    Ploeg")."""
    holders = [
        hit.text
        for hit, action, reason in decided
        if action == "keep"
        and (
            "in functie" in reason
            # a board member present for a municipality, a member the council appointed
            or reason.startswith(("Ambtsdrager", "Lid van het bestuur", "Benoemd"))
        )
    ]
    if not holders:
        return decided
    given = {first_name(name).lower() for name in holders} - {""}
    # the first part of a double surname: "mevrouw Stoop" for "Hester Stoop-van Doorn"
    parts = {
        word.split("-")[0].lower()
        for name in holders
        for word in name.split()
        if "-" in word and word[0].isupper()
    }
    # the paraph of a named office holder: "IvV" for "Portefeuillehouder: I. van Vlerken"
    paraphs = {code for name in holders for code in _paraphs_of(name) if code}
    # ... not a code that a legend gives someone without an office: "HL = Harm Luitjens, boa
    # (niet te verwarren met gemeentesecretaris H. Luitjens)"
    persons_codes = _legend_codes_of_persons(text) if paraphs else set()
    # the login of a named office holder: "elottummer" for "Eva Lottummer" (a wethouder)
    accounts = {login for name in holders for login in _logins_of(name)}
    lone = {name.lower() for name in holders if " " not in name.strip() and len(name) >= 5}
    # "Dennis Stokkers (geen familie van wethouder Stokkers)": that surname alone does not make
    # the holder; the same first letter does ("M. Hofstede" beside "griffier M. Hofstede")
    kin = surnames_of_kin(text)
    namesakes = _NAMESAKE_WORDS.search(text) is not None
    reason = "Zelfde ambtsdrager als elders in het document (in functie); blijft zichtbaar."
    first = [
        (hit, "keep", reason)
        if action == "redact"
        and (name_key(hit.text) not in kin or same_given_letter(hit.text, holders))
        and not _KIN_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        and not _NO_KIN_AFTER.match(text, hit.end)
        and not _NOT_THE_ONE_BEFORE.search(text, max(0, hit.start - 30), hit.start)
        and not _OWN_DATA_AFTER.match(text, hit.end)
        and not (namesakes and _addressed_by_title(text, hit))
        and not (namesakes and _says_no_kin(text, hit))
        and not own_job_after(text, hit.end)
        and not _OWN_JOB_AFTER_COMMA.match(text, hit.end)
        and not _chat_sender_of_a_team(text, hit)
        and not _staff_row(text, hit)
        and not _card_person(text, hit)
        and not _handlers_login(text, hit)
        and not _OWN_JOB_BEFORE.search(text, max(0, hit.start - 30), hit.start)
        and not _PARTY_ROLE_BEFORE.search(text, max(0, hit.start - 30), hit.start)
        and not _RESIDENT_AFTER_ADDRESS.search(text, max(0, hit.start - 40), hit.start)
        and not _lives_in(text, hit.end)
        and not _OWN_COMPANY_AFTER.match(text, hit.end)
        and not _OTHER_RESIDENTS_AFTER.match(text, hit.end)
        and not _PRIVATE_FIELD_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        and json_name_parent(text, hit.start) not in _PRIVATE_RECORD_KEYS
        and not _private_sender(text, hit, holders)
        and (
            (
                listed(hit.text, holders)
                and not _given_beside_bare_holder(hit.text, holders, text, namesakes, hit.start)
            )
            or (hit.text in paraphs and hit.text not in persons_codes)
            or hit.text.lower() in given | parts
            or _login_of_holder(hit.text, accounts, lone, holders)
            or _given_after_holder(text, hit, holders)
        )
        else (hit, action, reason_)
        for hit, action, reason_ in decided
    ]
    # A namesake left redacted with a written first name or an initial ("Dirk Kooijman", "de
    # heer B. Sleegers, Pastoor Clercxstraat 90") owns that name elsewhere (a mail header),
    # and the mentions by its initial or login ("Kooijman, D.", "rschuurman") where no holder
    # of that surname has that letter; a bare surname addressed by a title ("de heer
    # Sleegers"), kept only as the holder's, is that namesake. A mention kept only as the
    # holder's that names a team of the organisation as the person's ("Mevrouw Rovers van het
    # KCC") is a civil servant's.
    redacted_given = {
        (name_key(hit.text), letter)
        for hit, action, _ in first
        if action == "redact" and (letter := first_letter(hit.text))
    }
    redacted_names = {hit.text for hit, action, _ in first if action == "redact"}
    # ... also written first name first: "Irene Veldkamp" for a redacted "Veldkamp, Irene"
    # (only from that written form: `first_name` reads "VERBRUGGEN T" of a log as a first name)
    redacted_names |= {turned for name in redacted_names if (turned := _given_first(name))}
    redacted_keys = {key for key, _ in redacted_given}
    result = []
    for before, after in zip(decided, first, strict=True):
        hit, name = before[0], before[0].text
        kept_here = before[1] == "redact" and after[1] == "keep"
        if kept_here and (
            (first_name(name) and name in redacted_names)
            # a login redacted where it handled a file is that civil servant's everywhere
            or (name.islower() and name in redacted_names)
            or _initial_of_redacted_namesake(name, holders, redacted_given, lone)
            or _initial_after_of_redacted_namesake(text, hit, holders, redacted_given)
            or (
                name_key(name) in redacted_keys
                and " " not in name.strip()
                and _titled_namesake(text, hit)
            )
            or _OF_A_TEAM_AFTER.match(text, hit.end)
        ):
            after = before
        result.append(after)
    return result


def _card_person(text: str, hit: NameHit) -> bool:
    """Whether the name is a contact card's own person (not in its note) and the card's title
    names no office: an office holder named elsewhere in the document, even in another card's
    note ("NOTE:Niet het raadslid L. Tijink (CDA)"), does not make that person the holder."""
    card = _card_around(text, hit.start)
    return (
        card is not None
        and not _in_card_note(text, hit.start)
        and not any(
            office_title(title.group("title").strip())
            for title in _VCARD_TITLE.finditer(text, *card)
        )
        and not _COUNCIL_CARD_ORG.search(text, *card)
    )


_OF_A_TEAM_AFTER = re.compile(
    r"[ \t]+van[ \t]+(?:het[ \t]+|de[ \t]+)?(?:KCC|BOR|(?i:klantcontact\w*|afdeling|team|"
    r"openbare[ \t]+orde|vergunningen|handhaving|burgerzaken|buitendienst|servicedesk|receptie|"
    # the team that manages the public space: "Jolien Olthof van BOR", "... van Wijkbeheer"
    r"balie|(?:beheer[ \t]+)?openbare[ \t]+ruimte|wijkbeheer|groenbeheer)(?![\w-]))"
)
# A capital title that opens a sentence about a person ("De heer Sleegers stuurde"); in minutes
# a member's turn opens so, with a verb in the present tense ("De heer Ooms merkt op").
_CAPITAL_TITLE_BEFORE = re.compile(r"(?<!\w)(?:De[ \t]+heer|Mevrouw|Meneer)[ \t]+$")
_TURN_VERB_AFTER = re.compile(
    r"[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?,?[ \t]*(?:vraagt|merkt|zegt|antwoordt|stelt|wijst|vindt|"
    r"meldt|deelt|geeft|benadrukt|pleit|reageert|informeert|spreekt|dient|kondigt|herhaalt|sluit|"
    r"mist|hoopt|verwacht|begrijpt|wil|is|heeft|kan|gaat|ziet|constateert)\b"
)


def _titled_namesake(text: str, hit: NameHit) -> bool:
    """Whether a bare surname is addressed by a title as a resident is ("de heer Sleegers",
    "De heer Sleegers stuurde"), not as minutes name a member."""
    before = text[max(0, hit.start - 12) : hit.start]
    return _addressed_by_title(text, hit) or (
        _CAPITAL_TITLE_BEFORE.search(before) is not None
        and not _TURN_VERB_AFTER.match(text, hit.end)
    )


def _initial_of_redacted_namesake(
    name: str, holders: list[str], redacted_given: set[tuple[str, str]], surnames: set[str]
) -> bool:
    """Whether a mention by initial ("Kooijman, D.", "C. Bouter", the login "rbouter") has the
    letter of a namesake redacted with a written first name ("Dirk Kooijman", "Cor Bouter"),
    where no office holder of that surname is known by that letter."""
    key, letter = name_key(name), first_letter(name)
    if not letter:
        lead, key = next(_surname_logins(name, surnames), ("", key))
        letter = lead.upper()
    return _letter_of_redacted_namesake(key, letter, holders, redacted_given)


def _letter_of_redacted_namesake(
    key: str, letter: str, holders: list[str], redacted_given: set[tuple[str, str]]
) -> bool:
    """Whether a namesake of surname `key` is redacted with `letter` and no office holder of
    that surname is known by it."""
    return (key, letter) in redacted_given and not any(
        name_key(h) == key and first_letter(h) == letter for h in holders
    )


# A bare surname with its initial after it, as a CSV cell writes it: "Bronsema J".
_INITIAL_AFTER_BARE = re.compile(r"[ \t]+(?P<letter>[A-Z])\.?(?![\w'-])")


def _initial_after_of_redacted_namesake(
    text: str, hit: NameHit, holders: list[str], redacted_given: set[tuple[str, str]]
) -> bool:
    """Whether a bare surname followed by an initial ("Bronsema J") has the letter of a
    namesake redacted in the document ("Jan Bronsema") that no holder of the surname has."""
    after = _INITIAL_AFTER_BARE.match(text, hit.end)
    if after is None or " " in hit.text.strip():
        return False
    return _letter_of_redacted_namesake(
        name_key(hit.text), after.group("letter"), holders, redacted_given
    )


def _beside_holder_in_sentence(text: str, start: int, key: str) -> bool:
    """Whether the sentence of the name at `start` also names the office holder of its
    surname by office alone ("Wethouder Schuurman vroeg gisteren aan Rik Schuurman ..."): one
    sentence does not name a holder twice, so the first name is someone else's. Not an
    apposition ("wethouder Schuurman (Rik Schuurman)")."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    stop = [at for at in (text.find(". ", start), text.find("\n", start)) if at >= 0]
    right = min(stop) if stop else len(text)
    for office in _offices_of_surname(text, left + 1, right, key):
        between = text[min(office.end(), start) : max(office.start(), start)]
        if len(between.strip(" \t,;:")) > 3 and "(" not in between:
            return True
    return False


def _offices_of_surname(text: str, start: int, end: int, key: str) -> Iterator[re.Match[str]]:
    """The mentions by office ("wethouder Schuurman") between `start` and `end` whose surname
    has the name key `key`."""
    for office in _OFFICE_BY_SURNAME.finditer(text, start, end):
        if office.group("surname").lower() == key:
            yield office


def _holder_in_own_message(text: str, start: int, key: str) -> bool:
    """Whether the name at `start` is a chat message's sender and that message names the office
    holder of its surname by office ("Bert Hengelbrok: Ik heb gemaild, ook naar dat raadslid
    Hengelbrok"): no one names themselves so, the sender is someone else."""
    label = _sender_label_around(text, start, start + 1)
    if label is None:
        return False
    line_end = text.find("\n", label.end())
    end = len(text) if line_end < 0 else line_end
    return next(_offices_of_surname(text, label.end(), end, key), None) is not None


# A relative named as such is a resident, also with an office holder's name and initial:
# "vader Murat Kaya" and "uw man, de heer M. Kaya" beside "wethouder M. Kaya".
_KIN_BEFORE = re.compile(
    r"(?<![\w-])(?i:vader|moeder|zoon|dochter|broer|zus|oom|tante|opa|oma|stiefvader|"
    r"stiefmoeder|(?:uw|haar|zijn|hun)[ \t]+(?:man|vrouw|echtgeno(?:ot|te)|partner|ex|zoon|"
    # a neighbour is a resident too: "Buurman\nA. ter Wengel (tuin 31) heeft ..."
    r"dochter|vader|moeder)|buurman|buurvrouw)"
    r"(?:,?[ \t]+(?i:de[ \t]+heer|mevrouw|dhr\.|mevr\.))?(?:[ \t]+|[ \t]*\n[ \t]*)$"
)


def _addressed_by_title(text: str, hit: NameHit) -> bool:
    """Whether the name is addressed by a title ("meneer Ploeg", "de heer K. Ploeg", "Geachte
    heer Ploeg", a mail's "Mevrouw Lanting," on its own line); not as council minutes name a
    member ("De heer Bosma vraagt", "de voorzitter, de heer Dassen", "een vraag van de heer
    Nijenhuis"). Where a document tells of namesakes, the one so addressed is the resident:
    the office holder is named by the office."""
    before = text[max(0, hit.start - 40) : hit.start]
    if _COUNCIL_TITLE_BEFORE.search(before):
        return False
    if _TITLE_BEFORE.search(before):
        return True
    if _ADDRESS_BLOCK_TITLE.search(before) and _HOME_ADDRESS_BELOW.match(text, hit.end):
        return True  # a letter's address block: "De heer K. Ploeg" above "Wagenweg 177"
    return bool(_SALUTATION_LINE_BEFORE.search(before)) and bool(
        _COMMA_LINE_END.match(text, hit.end)
    )


# A title before a name, in lower case mid-sentence or after a greeting: "bij meneer", "mevr.",
# "de heer", "Geachte heer" (not the capital "De heer" that opens a member's turn in minutes).
_TITLE_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:meneer|mijnheer|mevrouw|mevr\.|mw\.|dhr\.|fam\.|familie)|(?<!\w)de[ \t]+heer"
    r"|(?:Geachte|Beste)[ \t]+heer)[ \t]+$"
)
_COUNCIL_TITLE_BEFORE = re.compile(
    r"(?i:voorzitter,?|(?:vraag|vragen)[ \t]+van)[ \t]+(?:de[ \t]+heer|mevrouw)[ \t]+$"
)
_ADDRESS_BLOCK_TITLE = re.compile(r"(?m:^)[ \t]*(?:De[ \t]+heer|Mevrouw|De[ \t]+familie)[ \t]+$")
_HOME_ADDRESS_BELOW = re.compile(
    r"[ \t]*\n[ \t]*(?!Postbus)[A-Z][\w'.-]*(?:[ \t][\w'.-]+){0,3}[ \t]\d{1,4}[a-zA-Z]?[ \t]*\n"
)
_SALUTATION_LINE_BEFORE = re.compile(r"(?m:^)[ \t]*(?:Mevrouw|Meneer|Mijnheer)[ \t]+$")
_COMMA_LINE_END = re.compile(r",[ \t]*\n")


def _given_beside_bare_holder(
    name: str, holders: list[str], text: str, namesake_words: bool, start: int
) -> bool:
    """A written first name ("Daan Vroemen") where the office holder of that surname is only
    named bare ("wethouder Vroemen") and the document has namesakes (two first names with that
    surname, or words about kin or namesakes, `namesake_words`, looked up once per document):
    nothing says this first name is the holder's, so the name is not kept (fail closed). Also
    with the surname first: "Roeterink, Lisa" as a chat's sender."""
    name = _given_first(name) or name
    if not _WRITTEN_GIVEN.match(name):
        return False
    namesakes = [holder for holder in holders if name_key(holder) == name_key(name)]
    if not namesakes or any(first_letter(holder) for holder in namesakes):
        return False
    if namesake_words:
        return True
    if _beside_holder_in_sentence(text, start, name_key(name)) or _holder_in_own_message(
        text, start, name_key(name)
    ):
        return True
    surname = re.escape(name.split(None, 1)[1])
    given = {
        found.group(1)
        for found in re.finditer(rf"\b([A-Z][a-z\u00e0-\u00ff]+)[ \t]+{surname}\b", text)
        if _a_first_name(found.group(1))
    }
    return len(given) >= 2


def _a_first_name(word: str) -> bool:
    """Whether a capitalised word before a surname may be a first name: not an office or a
    title ("Wethouder Leijtens", "Mevrouw Kaya") and not a common word ("Dat Noor Frissen")."""
    lowered = word.lower()
    if role_word(word) or lowered in GREETINGS or lowered in _TITLES:
        return False
    return first_name_known(word) or not common_dutch_word(lowered)


# how a letter or a minute addresses a person, before the surname ("Geachte Vroemen" is rare,
# "Mevrouw Vroemen" is not); the greetings are `names.GREETINGS`
_TITLES = frozenset({"mevrouw", "meneer", "heer", "juffrouw", "geachte", "familie"})


# The offices a namesake is told from: "is niet de wethouder", "geen familie van de griffier".
_OFFICE_WORD = r"(?i:wethouder|burgemeester|raadslid|griffier|gemeentesecretaris)"
# Words that tell of namesakes in a document: "geen familie van", "niet verwant", "naamgenoot",
# "dezelfde achternaam".
_NAMESAKE_WORDS = re.compile(
    r"(?i)\b(?:geen[ \t]+familie|niet[ \t]+verwant|naamgeno\w*|dezelfde[ \t]+achternaam|"
    # "raadslid Sprenkels ... Niet jouw familie, Ruud?"
    r"niet[ \t]+(?:jouw|je|uw|zijn|haar|mijn|onze)[ \t]+familie|"
    # "is raadslid B. Hilbrands familie van u?", "Y. Benning is niet raadslid L. Benning"
    r"familie[ \t]+van[ \t]+(?:u|hem|haar|mij|elkaar)\b|"
    # "gevraagd of we familie zijn", "Kwantes dus, niet onze wethouder", "niet het raadslid"
    r"(?:of|dat)[ \t]+(?:we|wij|jullie|ze|zij)[ \t]+familie[ \t]+zijn\b|"
    rf"niet[ \t]+(?:(?:de|onze|ons|het|die|dat)[ \t]+)?{_OFFICE_WORD}\b)"
)
# A first name written out before a surname ("Daan Vroemen", "Pieter-Jan Habets"), not
# initials or a surname with its first name after a comma ("Vroemen, D.").
_WRITTEN_GIVEN = re.compile(
    # (not a surname's particle or a title: "Van der Maas", "De Raadt", "Herrn Jenniskens")
    r"(?!(?i:van|von|de|der|den|te|ter|ten|het|op|in|la|le|du|herrn?|frau|mevrouw|meneer|heer)"
    r"[ \t])[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?"
    r"[ \t]+[A-Za-z\u00c0-\u00ff' -]+$"
)
# A message whose writer says to be no kin of the office holder of that name: the writer's
# name as the author's field of a chat export ('"Henk Wolbers","Prima. En nee, wethouder
# Wolbers is geen familie', '"sender_full_name":"Dorien Mensink", ... "content":"Nee hoor, geen
# familie van de wethouder."'); not a holder who says so of another ("C. Bekhuis: mevrouw
# Bekhuis uit Tubbergen is geen familie").
_AUTHOR_FIELD_END = re.compile(r"[ \t]*(?:\"[ \t]*[,:;]|:[ \t])")
_OWN_NO_KIN = re.compile(
    r"[^\n]{0,160}?(?<!\w)"
    rf"(?:(?i:geen[ \t]+familie[ \t]+van[ \t]+(?:de|het))[ \t]+{_OFFICE_WORD}"
    rf"|{_OFFICE_WORD}[ \t]+(?:[A-Z]\.[ \t]?){{0,4}}[A-Z][\w'-]+"
    r"[ \t]+(?i:is[ \t]+geen[ \t]+familie))"
    r"(?![\w-])"
)


def _says_no_kin(text: str, hit: NameHit) -> bool:
    """Whether the name is a message's author who writes in it to be no kin of the holder."""
    author = _AUTHOR_FIELD_END.match(text, hit.end)
    return author is not None and _OWN_NO_KIN.match(text, author.end()) is not None


# The office holder a namesake is said to be no kin of: the names listed after "niet van
# wethouder S. Demir, en Noa Habets" are not office holders.
_NO_KIN_OF_BEFORE = re.compile(
    r"(?i:geen|niet)[ \t]+(?i:familie[ \t]+|verwant[ \t]+)?(?i:van|aan)[ \t]+"
    r"(?i:de[ \t]+|het[ \t]+)?(?i:[a-z]+)[ \t]+$"
)
# A namesake said to be none: "mevrouw Demir geen familie is van de wethouder", "de heer Twisk
# uit de laatste regel is niet het raadslid", "Mevrouw Boerrigter uit Saasveld is geen familie".
_NO_KIN_AFTER = re.compile(
    # (not past another person addressed by a title: "G. Nijland: mevrouw Nijland uit Lemele is
    # geen familie" is said by the holder; nor past the writer's own "we": "@Ilona Senden wij
    # zijn geen familie" is said to the holder by a namesake)
    r"(?:(?!(?i:mevrouw|meneer|mijnheer|de[ \t]+heer|wij|we)\b)[^.\n]){0,60}?"
    r"(?<!\w)(?:(?:is|zijn|was)[ \t]+)?(?:geen|niet)[ \t]+(?:familie|verwant|"
    # "Leferink, F. (een inwoner van Reutum, niet de gemeentesecretaris)"
    rf"naamgeno|(?:het|de)[ \t]+{_OFFICE_WORD})",
    re.IGNORECASE,
)
# A holder saying who they are not: "ik ben niet de mevrouw Hadders uit het pgb-dossier" (a
# namesake, though the holder's surname)
_NOT_THE_ONE_BEFORE = re.compile(
    r"(?<![\w-])(?i:niet)[ \t]+(?i:de)[ \t]+(?i:mevrouw|meneer|mijnheer|heer)[ \t]+$"
)
# A person's own data right after the name, in a register's row or in a sentence: a phone
# number, a date (of birth), a postcode, an address, a BSN, an IBAN or a private mailbox
# ("Tekle;17/05/2012", "mevrouw I. Haverkamp (Hoofdstraat 21, Velp"): a resident, not the
# office holder of that name.
_OWN_DATA_AFTER = re.compile(
    # (past a cell with the initials or the first name: "Kuijt,T.,20-9-1950")
    r"(?:[ \t]*[,;|\t][ \t]*(?:(?:[A-Z]\.){1,4}|[A-Z][a-z\u00e0-\u00ff'-]+))?"
    # (also past the next attribute's key: 'melder="Overgoor, R." tel="06-68848689"')
    r"[ \t]*[,;|\t(\"'][ \t\"'(]*(?:[\w-]{1,20}=[\"'])?"
    r"(?:(?:\+31|0031|0)[ \t-]?[1-9](?:[ \t-]?\d){8}(?!\d)"
    # an area code in brackets: "A. ter Wengel, (0572) 88 64 36"
    r"|0\d{2,3}\)[ \t]?\d(?:[ \t-]?\d){5,6}(?!\d)"
    # the allotment or plot one rents: "A. ter Wengel (tuin 31)"
    r"|(?i:tuin|kavel|volkstuin)[ \t]+(?:nr\.?[ \t]*)?\d{1,4}[a-z]?(?!\w)"
    # a date of birth, also after the word for it: "Hakkert, D. (Dirk), geb. 28-12-1997"
    r"|(?:(?i:geb\.|geboren|geboortedatum)[ \t:]*)?"
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?!\d)|(?:19|20)\d{2}-\d{2}-\d{2}(?!\d))"
    r"|[1-9]\d{3}[ \t]?[A-Z]{2}(?!\w)"
    r"|[A-Z][a-z\u00e0-\u00ff'-]+(?:[ \t][A-Za-z\u00e0-\u00ff'-]+){0,2}[ \t]\d{1,4}[a-z]?(?!\w)"
    r"|\d{9}(?!\d)|NL\d{2}[ \t]?[A-Z]{4}(?:[ \t]?\d){10})"
    # a private mailbox in the next cell, also past a quoted cell's closing quote: '"Geerdink,
    # H.","hidde.geerdink@gmail.com"'
    r"|[ \t]*\"?[ \t]*[,;|\t(][ \t\"'(]*[\w.+-]+@(?i:gmail|hotmail|outlook|live|ziggo|kpnmail|"
    r"kpnplanet|planet|home|xs4all|icloud|yahoo|telfort|caiway|zeelandnet|quicknet|hetnet|online|"
    r"chello|upcmail)\.[a-z]{2,3}\b"
    # a register's record with a star for the date of birth: "Leferink, F. *19760114 7667DZ"
    r"|[ \t]+\*[ \t]?(?:(?:19|20)\d{2}-?[01]\d-?[0-3]\d|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?!\d)"
    # a letter's address block or a form's next field: "Mevrouw M. Leenders\nDorpstraat
    # 94\n5595 BM Leende", "Naam: mevrouw A. Geboers\nAdres: Schootsedijk 70, 6023 ..."
    r"|[ \t]*\n[ \t]*(?:(?i:adres|woonadres)[ \t]*:[ \t]*)?(?!(?i:postbus|antwoordnummer)\b)"
    r"[A-Z][a-z\u00e0-\u00ff'-]+(?:[ \t][A-Za-z\u00e0-\u00ff'-]+){0,2}[ \t]\d{1,4}[a-z]?"
    r"(?:[ \t]*\n[ \t]*|[ \t]*,[ \t]*)[1-9]\d{3}[ \t]?[A-Z]{2}(?!\w)"
)
# A civil servant's own job after a comma: "Vragen ... aan L. Smolders, consulent
# leerlingenvervoer" (not the gemeentesecretaris L. Smolders who signs the letter).
_CIVIL_SERVANT_JOB = (
    r"(?i:consulent|adviseur|beleidsadviseur|medewerker|medewerkster|beleidsmedewerker|"
    # who manages a site or leads a fire crew: "J. Olthof, beheerder volkstuinen"
    r"behandelaar|co[öo]rdinator|teamleider|jurist|casemanager|beheerder|beheerster|"
    # ... or keeps a market, a fair or a port: "marktmeester B. Lenderink"
    # ... or wrote a proposal to the college, or is called a civil servant: "Steller: P.
    # Broekhuizen", "ambtenaar J. Ruitenbeek volgt een training"
    rf"bevelvoerder|{MASTERS}|handhaver|boa|toezichthouder|toezichthoudster|steller|ambtenaar)"
)
_OWN_JOB_AFTER_COMMA = re.compile(
    rf",[ \t]+(?:(?i:juridisch|senior|junior|extern)e?[ \t]+)?{_CIVIL_SERVANT_JOB}\b"
)
# ... or right before the name ("Jurist S. Hoekstra verwacht ..." beside "Raadslid S. Hoekstra"),
# and a name in brackets after a house's address: its resident ("Oeverlaan 56 (J. van Dijk)")
# (also as a label: "Behandelend jurist: G. Wolbers", "Bevelvoerder       : R. Lentink")
_OWN_JOB_BEFORE = re.compile(rf"(?<![\w-]){_CIVIL_SERVANT_JOB}(?:[ \t]*:)?[ \t]+(?:mr\.[ \t]*)?$")
# ... or the part one plays as a resident, an applicant or a bidder: "inschrijver G. Rutjes",
# "Melder: J. Ruitenbeek", "getuige D. Hakkert"
_PARTY_ROLE_BEFORE = re.compile(
    r"(?<![\w-])(?i:inschrijver|aanvrager|aanvraagster|melder|klager|klaagster|getuige|"
    r"insprekers?|insprekster|bezwaarmaker|verzoeker|verzoekster|omwonende)(?:[ \t]*:)?[ \t]+$"
)
# ... or the village one lives in, in brackets: "Brief van Jolien Bruntink (Vorchten) over ..."
_PLACE_AFTER_NAME = re.compile(
    r"[ \t]*\((?P<place>[A-Z'][\w' -]{1,30})\)"
    # ... or after "uit": "de heer D.J. Kroeze uit Hollandscheveld"
    r"|[ \t]+uit[ \t]+(?P<from>[A-Z'][\w'-]{1,30}(?:[ \t][A-Z][\w'-]{1,20})?)(?![\w'-])"
)


def _lives_in(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by a village in brackets or after "uit"; not
    a municipality's or a town's name, by which a regional meeting lists its council members
    ("Oomens (Best)")."""
    place = _PLACE_AFTER_NAME.match(text, end)
    if place is None:
        return False
    name = (place.group("place") or place.group("from")).lower()
    return name in residences() and name not in places()


_RESIDENT_AFTER_ADDRESS = re.compile(r"[A-Z][\w'-]+[ \t]+\d{1,4}[ \t]?[a-zA-Z]?[ \t]*\($")
# A company, an owners' association or a park in brackets after the name: whom the person
# speaks for at a meeting ("G. Schuurman (Chaletpark Het Riet)", "L. Meijering (VvE ...)")
_OWN_COMPANY_AFTER = re.compile(
    r"[ \t]*\((?:[^()\n]{0,50}?(?:\bB\.V\.|\bN\.V\.|\bV\.O\.F\.|\bVvE\b)"
    r"|(?:Stichting|Vereniging|[A-Z][a-z]*(?:park|camping))(?![\w-]))[^()\n]{0,50}\)"
)
# Where a login names who handled a file, not an office holder: a register's "<behandelaar>"
# or '"onderzoeker": "', a college advice's "Paraaf:" line, a chat channel's poster
# ("[07:31] @shoekstra:"). The wethouder's own login ("rkooiman") there is a namesake's.
_HANDLER_BEFORE = re.compile(
    r"(?:<(?i:behandelaar|onderzoeker|medewerker|gebruiker)>"
    # an export's record of who did it: '"door": "blenderink"', '"login": "..."'
    r"|\"(?i:behandelaar|onderzoeker|medewerker|gebruiker|door|login)\"[ \t]*:[ \t]*\""
    # a file passed on: "doorgezet aan blenderink", "Doorgezet naar blenderink voor intrekking"
    r"|(?i:doorgezet|doorgestuurd|overgedragen)[ \t]+(?i:aan|naar)[ \t]+"
    # a note log's author after the date and time: "22-01-2026 14:02 blenderink: ..."
    rf"|{NOTE_LOG_START}"
    r"|^[ \t]*(?i:paraaf|parafen|behandelaar|behandeld[ \t]+door|onderzoeker)[ \t]*:[^\n]*"
    # who made, filled in or checked a record: "aangemaakt ... door fslingerland",
    # "Ingevuld door: fslingerland", "gecontroleerd: kvollebregt", "tweede toezichthouder: ..."
    r"|(?i:aangemaakt|ingevuld|ingevoerd|gecontroleerd|verwerkt|gewijzigd)[^\n]{0,25}?[ \t]+"
    r"(?i:door)[ \t]*:?[ \t]*"
    r"|(?i:gecontroleerd|toezichthouder|controleur)[ \t]*:[ \t]*"
    r"|^(?:\[[\d:]+\][ \t]*)?@)$",
    re.MULTILINE,
)


def _handlers_login(text: str, hit: NameHit) -> bool:
    """Whether a login stands where a file's handler is named (`_HANDLER_BEFORE`)."""
    line_start = text.rfind("\n", 0, hit.start) + 1
    return hit.text.islower() and _HANDLER_BEFORE.search(text, line_start, hit.start) is not None


_SURNAME_COMMA = re.compile(r"(?P<surname>[A-Z][\w'-]+),[ \t]*$")


def _login_of_holder(word: str, accounts: set[str], surnames: set[str], holders: list[str]) -> bool:
    """Whether a login is an office holder's: one of their usual logins, or one or two letters
    and the surname where only the surname is named ("jreindonks" for "wethouder Reindonks"),
    unless the holder is also named with another initial ("bzwemer" is not "wethouder D.
    Zwemer")."""
    if not word.islower():
        return False
    if word in accounts:
        return True
    for lead, surname in _surname_logins(word, surnames):
        initials = {
            initial
            for holder in holders
            if name_key(holder) == surname and (initial := first_letter(holder).lower())
        }
        if not initials or lead in initials:
            return True
    return False


def _surname_logins(word: str, surnames: set[str]) -> Iterator[tuple[str, str]]:
    """(first letter, surname) for each of `surnames` that a login makes with one or two
    letters before it ("jreindonks", "j.reindonks")."""
    if not word.islower():
        return
    for surname in surnames:
        if re.fullmatch(rf"[a-z]{{1,2}}\.?{re.escape(surname)}", word):
            yield word[0], surname


def _logins_of(name: str) -> set[str]:
    """The usual logins of a person: the initial and the surname ("elottummer", "e.lottummer"),
    first name and surname ("eva.lottummer"), for "Eva Lottummer" or "E. Lottummer"."""
    if "," in name:
        surname_part, _, given_part = name.partition(",")
        name = f"{given_part.strip()} {surname_part.strip()}"
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if len(words) < 2:
        return set()
    first, rest = words[0], words[1:]
    surname = "".join(w.lower() for w in rest if w.lower() not in ("van", "de", "der", "den"))
    if len(surname) < 3 or not first[:1].isalpha():
        return set()
    initial = first[0].lower()
    logins = {initial + surname, f"{initial}.{surname}"}
    if "." not in first:
        logins.add(f"{first.lower()}.{surname}")
    return logins


def _given_after_holder(text: str, hit: NameHit, holders: list[str]) -> bool:
    """The given names in "Havinga, Harm Jan" (an agenda or a mail header), where Havinga is an
    office holder and the initials agree ("H.J. Havinga")."""
    before = _SURNAME_COMMA.search(text, max(0, hit.start - 40), hit.start)
    if before is None or own_job_after(text, hit.end):
        return False
    words = re.findall(r"[A-Z][\w'-]*", hit.text)
    if len(words) >= 2 and not first_name_known(words[-1]):
        return False  # "wethouder Molebroek, Annerieke Wierhof": a name of her own
    initials = "".join(word[0] for word in re.findall(r"[A-Z][\w'-]*", hit.text))
    surname = before.group("surname").lower()
    if surname in places():
        return False  # "brandweerman van post Leusden, Daan Grasveld": a place, no surname
    for holder in holders:
        if name_key(holder) != surname:
            continue
        theirs = "".join(re.findall(r"\b([A-Z])\.", holder))
        if not theirs or theirs == initials:
            return True
    return False


_LIST_JOIN = re.compile(r"\s*(?:,|en|&|,\s*en)\s*")
# One office holder's office right before the name, in the singular: "wethouder M.H. Ebbers"
_ONE_OFFICE_BEFORE = re.compile(
    r"(?<![\w-])(?i:wethouder|burgemeester|raadslid|griffier|gemeentesecretaris)[ \t]+"
    r"(?:(?i:mevrouw|mevr\.|mw\.|de[ \t]+heer|dhr\.)[ \t]+)?$"
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# An office holder's own paraph: "Paraaf wethouder:        [paraaf] AvR 9/9"
_PARAPH_OFFICES = (
    r"(burgemeester|wethouder|gedeputeerde|portefeuillehouder|griffier|gemeentesecretaris|"
    r"dijkgraaf)"
)
_OFFICE_PARAPH = re.compile(
    rf"(?i:paraaf)[ \t]+{_PARAPH_OFFICES}\b[^\n]*$"
    # "Vastgesteld door de griffier, paraaf LAS": the office holder's own paraph
    r"|\b(burgemeester|wethouder|gedeputeerde|griffier|gemeentesecretaris|dijkgraaf),?[ \t]+"
    r"(?i:paraaf)[ \t:]*$"
    # a route of paraphs, one office a line: "  burgemeester ........ AvB   18/9"
    rf"|^[ \t]*{_PARAPH_OFFICES}[ \t.:]*$"
    # ... with the holder's name in a column between: "gemeentesecretaris   R. Loohoff   RLo",
    # "gemeentesecretaris / directeur SED   C.M. Dobbehorst   CMD" (the whole pattern ignores
    # case: the name's words may be in capitals or not)
    rf"|^[ \t]*{_PARAPH_OFFICES}(?:[ \t]*/[ \t]*[\w ]{{1,30}}?)?[ \t]{{2,}}"
    r"(?:(?:mr|dr|drs|ir|ing)\.[ \t]*)*(?:[A-Z]\.)*[ \t]?[A-Z][\w'-]+(?:[ \t][\w'-]+){0,3}"
    r"[ \t]{2,}$",
    re.IGNORECASE,
)
# Initials as a paraph: two capitals ("AT"), or capitals with small letters between or after
# them ("GvB", "ISch", "JDi"); not a surname in capitals ("BOS").
_PARAPH_SHAPE = re.compile(r"[A-Z]{2}|[A-Z](?=[A-Za-z]{1,4}$)(?=.*[a-z])(?=[a-z]*[A-Z])[A-Za-z]+")


_OFFICE_ALT = "|".join(sorted((re.escape(r) for r in OFFICE_ROLES), key=len, reverse=True))
# An office holder named by office and surname alone: "Wethouder Schuurman" (not "wethouder
# R. Schuurman" or "wethouder Schuurman (VVD)").
_OFFICE_BY_SURNAME = re.compile(
    rf"(?<![\w-])(?i:{_OFFICE_ALT})[ \t]+(?P<surname>[A-Z][\w'-]+)(?![ \t]*[A-Z(])"
)
# The office in the record around a name, where an export has no sentence to say it: the
# mailbox on the same line ('ATTENDEE;CN="Swanenberg, Hendrik";...:mailto:dijkgraaf@...'), a
# vCard's TITLE ("TITLE:Burgemeester / voorzitter beleidsteam"), or the speaker saying it
# ("<v Lieke Kaaistra>... Ik ben heemraad en ...").
# An office, or the board of them, as a mailbox's local part: "dijkgraaf@", "wethouders@".
_OFFICE_MAILBOX_ROLE = rf"{_OFFICE_ALT}|wethouders|gedeputeerden"
_OFFICE_MAILBOX = re.compile(
    rf"[^\n]{{0,80}}?(?:mailto:|<)(?P<role>{_OFFICE_MAILBOX_ROLE})@", re.IGNORECASE
)
# (a chair or a secretary may be of an association: "voorzitter dorpsbelangen"; a cell that
# names someone after the office is about that person: "gedeputeerde Hooykaas")
_OFFICE_CELL = re.compile(
    rf'(?:^|",)"(?!(?i:voorzitter|secretaris|lid)\b)(?P<role>(?i:{_OFFICE_ALT}))'
    r'(?:[ \t]*\([^")\n]{0,60}\)|,?[ \t]+[a-zà-ÿ&/-][^"\n]{0,50})?"'
)
# A row of a paraph table whose first cell is the office, the name the next cell: "| Gemeente-
# secretaris | J.W. Hoeberechts | JWH |", "| Mede-portefeuillehouder | L.M. Scheepers |", also
# without the leading bar ("Gemeentesecretaris     | R.P.J. Knapen   | RPJK   | 13-10") (not
# a chair or a secretary: those of a board or an association are in such tables too)
_OFFICE_ROW_START = (
    r"^[ \t]*\|?[ \t]*(?:(?i:mede|plv\.?|loco)[ \t-]*)?"
    rf"(?!(?i:voorzitter|secretaris|lid)\b)(?P<role>(?i:{_OFFICE_ALT}))[ \t]*\|"
)
_OFFICE_ROW = re.compile(rf"{_OFFICE_ROW_START}[ \t]*(?:(?i:akkoord),?[ \t]+)?$", re.MULTILINE)
# ... and the paraph in the cell after that name: "| ... | H.J. Beerens | HJB |", "| ... |
# Groot | TWG |" (two to five letters, two or more of them capitals)
_OFFICE_ROW_PARAPH = re.compile(rf"{_OFFICE_ROW_START}[^|\n]{{1,60}}\|[ \t]*$", re.MULTILINE)
_ROW_PARAPH_SHAPE = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,5}")
_VCARD_TITLE = re.compile(r"^TITLE[^:\n]*:(?P<title>[^\n]*)", re.MULTILINE)
# A card's organisation that is the council itself: its person is a member ("ORG:Gemeenteraad
# Hof van Twente", "ORG:Gemeenteraad Oss;VVD")
_COUNCIL_CARD_ORG = re.compile(r"^ORG[^:\n]*:[ \t]*(?i:gemeenteraad)\b", re.MULTILINE)
_CARD_NOTE = re.compile(r"NOTE[^:\n]*:")


def _in_card_note(text: str, start: int) -> bool:
    """Whether `start` lies in a contact card's NOTE field (free text, unlike its other fields)."""
    line_start = text.rfind("\n", 0, start) + 1
    return _CARD_NOTE.match(text, line_start, start) is not None


def _card_around(text: str, start: int) -> tuple[int, int] | None:
    """The span of the vCard that holds `start`, or None."""
    card_start = text.rfind("BEGIN:VCARD", 0, start)
    card_end = text.find("END:VCARD", start)
    if card_start >= 0 and card_end > 0 and text.rfind("END:VCARD", 0, start) < card_start:
        return card_start, card_end
    return None


_SPEAKER_OFFICE = re.compile(
    rf"[ \t]*[>:][^\n]{{0,200}}?\b(?i:ik[ \t]+ben)[ \t]+(?:(?i:de|hier)[ \t]+)?"
    rf"(?P<role>(?i:{_OFFICE_ALT}))\b"
)
# ... or that they act as one, "ik" in the same sentence: "Ilona Senden: Ik heb het als raadslid
# doorgezet", "Als raadslid kom ik morgen kijken" (not of whom the writer speaks: "ik vraag het u
# als raadslid", "En Smolders wil als gemeentesecretaris ...")
_SPEAKER_ACTS_AS = re.compile(
    rf"[ \t]*[>:][^\n]{{0,200}}?(?:\b(?i:ik)\b[^.!?\n]{{0,40}}?"
    # (nor a comparison: "ik heet net als raadslid Stegeman")
    r"(?<![\w-])(?<!\b[uU][ \t])(?<!\bje[ \t])(?<!jou[ \t])(?<!jij[ \t])(?<!hem[ \t])(?<!net[ \t])"
    r"(?<!haar[ \t])(?<!hij[ \t])(?<!zij[ \t])(?<!jullie[ \t])(?i:als)[ \t]+"
    rf"(?P<role>(?i:{_OFFICE_ALT}))\b"
    rf"|(?<=[.!?:>])[ \t]*(?i:als)[ \t]+(?P<first>(?i:{_OFFICE_ALT}))\b[^.!?\n]{{0,30}}\b(?i:ik)\b)"
)


# An XML element named by the office: "<portefeuillehouder>W. Gradussen</portefeuillehouder>".
_OFFICE_ELEMENT = re.compile(rf"<(?P<role>(?i:{_OFFICE_ALT}))>[ \t]*$")


# A note's own abbreviation of an office, in its list of abbreviations: "gs = gemeentesecretaris;
# bgm = burgemeester" (then "gs H.P. Meerenberg geïnformeerd" is the secretary).
_OFFICE_ABBREVIATION = re.compile(
    r"(?<![\w.])(?P<abbr>[A-Za-z][A-Za-z.]{0,7})[ \t]*=[ \t]*"
    rf"(?!voorzitter\b|secretaris\b)(?P<role>(?i:{_OFFICE_ALT}))(?![\w-])"
)


@functools.lru_cache(maxsize=8)
def _office_abbreviations(text: str) -> dict[str, str]:
    return {
        m.group("abbr").rstrip("."): m.group("role").lower()
        for m in _OFFICE_ABBREVIATION.finditer(text)
    }


def _abbreviated_office_before(text: str, start: int) -> str:
    """The office whose abbreviation, as the note defines it, stands right before the name."""
    abbreviations = _office_abbreviations(text)
    if not abbreviations:
        return ""
    before = re.search(
        r"(?<![\w.])([A-Za-z][A-Za-z.]{0,7}?)\.?[ \t]+$", text[max(0, start - 12) : start]
    )
    return abbreviations.get(before.group(1), "") if before else ""


# A record's field for the person's part, beside its name field: YAML "- naam: Q. Kennemeijer\n
# rol: voorzitter werkgeverscommissie, raadslid", JSON '"naam": "...", "functie": "wethouder"'.
# The office opens the value or one of its parts ("adviseur (burgemeester)"), so that "secretaresse
# van de burgemeester" is not one.
_ROLE_FIELD = re.compile(
    r"[\"']?(?i:rol|role|functie|function|hoedanigheid)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<value>[^\n\"']{1,80})"
)
_OFFICE_IN_VALUE = re.compile(
    rf"(?:^|[,(/;][ \t]*)(?!voorzitter\b|secretaris\b)(?P<role>{_OFFICE_ALT})(?![\w-])",
    re.IGNORECASE,
)
_FIELD_LINE = re.compile(
    r"(?P<indent>[ \t]*(?:-[ \t]+)?)[\"']?[A-Za-z_][\w .-]{0,29}[\"']?[ \t]*[:=](?!\d)"
)


def _office_in_role_field(text: str, start: int, end: int) -> str:
    """The office in the role field of the record that holds the name (its own line, or the
    fields of the same list item at the same indentation, up to three lines either way), or
    ''."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # on a line of JSON objects, only the object around the name
    opening = text.rfind("{", line_start, start)
    closing = text.find("}", end, line_end)
    lines = [text[max(line_start, opening) : line_end if closing < 0 else closing]]
    field = _FIELD_LINE.match(text, line_start)
    # an object opened and closed on the name's line is the whole record: the next line's
    # '"ondertekening": {"functie": "wethouder", ...}' is someone else's
    if field and field.end() <= start and (opening < 0 or closing < 0):
        column = len(field.group("indent"))
        after = text[line_end + 1 :].split("\n", 3)[:3]
        before = text[:line_start].split("\n")[-4:-1][::-1] if line_start else []
        for line in after:  # the next fields of the same item
            indent = len(line) - len(line.lstrip(" \t"))
            if indent != column or line.lstrip().startswith("-"):
                break
            lines.append(line)
        if not field.group("indent").rstrip().endswith("-"):
            for line in before:  # back to the item's start: "  - rol: raadslid"
                own = _FIELD_LINE.match(line)
                if own is None or len(own.group("indent")) != column:
                    break
                lines.append(line)
                if own.group("indent").rstrip().endswith("-"):
                    break
    for line in lines:
        for role_field in _ROLE_FIELD.finditer(line):
            office = _OFFICE_IN_VALUE.search(role_field.group("value"))
            if office:
                return office.group("role").lower()
    return ""


def _office_in_record(text: str, start: int, end: int) -> str:
    mailbox = _OFFICE_MAILBOX.match(text, end)
    if mailbox:
        return mailbox.group("role").lower()  # "dijkgraaf", from "mailto:dijkgraaf@..."
    element = _OFFICE_ELEMENT.search(text, max(0, start - 40), start)
    if element:
        return element.group("role").lower()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    row = _OFFICE_ROW.search(text, line_start, start)
    if row and _CELL_AFTER.match(text, end):
        return row.group("role").lower()
    if line.count('","') >= 3:  # a row of a CSV export whose job title cell names the office
        cell = _OFFICE_CELL.search(line)
        if cell:
            return cell.group("role").lower()
    card = _card_around(text, start)
    if card:  # the card's own title, when it is an office ("Wethouder (portefeuille ...)")
        for title in _VCARD_TITLE.finditer(text, *card):
            value = title.group("title").strip()
            length = office_title(value)
            if length:
                return value[:length].strip().lower()
        if _COUNCIL_CARD_ORG.search(text, *card):
            return "raadslid"  # "ORG:Gemeenteraad Hof van Twente"
    speaker = _SPEAKER_OFFICE.match(text, end)
    if speaker:
        return speaker.group("role").lower()
    acting = _SPEAKER_ACTS_AS.match(text, end)
    if acting:
        return (acting.group("role") or acting.group("first")).lower()
    if _party_member(text, start, end):
        return "raadslid"
    return _office_in_role_field(text, start, end)


# A record of a roll-call vote or a council's list: a person's name with the party they sit for
# ('{"name": "Rixt Algra", "party": "FNP", "vote": "voor"}')
_NAME_KEY_BEFORE = re.compile(r"[\"']?(?i:name|naam|raadslid|lid)[\"']?[ \t]*[:=][ \t]*[\"']$")
_PARTY_KEY = re.compile(
    r"[\"'](?i:party|partij|fractie|faction)[\"'][ \t]*:[ \t]*[\"'][^\"'\n]{1,40}[\"']"
)


def _party_member(text: str, start: int, end: int) -> bool:
    """Whether the name is a record's name on one line beside the party it sits for."""
    if not _NAME_KEY_BEFORE.search(text, max(0, start - 20), start):
        return False
    open_at = text.rfind("{", 0, start)
    close_at = text.find("}", end)
    if open_at < 0 or close_at < 0 or "\n" in text[open_at:close_at]:
        return False
    if "}" in text[open_at:start] or "{" in text[end:close_at]:
        return False
    return _PARTY_KEY.search(text, open_at, close_at) is not None


# An office holder acting as a private person, later in the same sentence: "..., raadslid, kwam
# als gewone kiezer stemmen", "(wethouder) spreekt hier als ouder".
_PRIVATE_CAPACITY = re.compile(
    # the person's own verb right before "als": not "licht toe dat ouders als melder ..."
    r"(?:[^.\n;]|(?<=\b[A-Z])\.){0,80}?\b(?:kwam|komt|was|is|sprak|spreekt|meldt|meldde|"
    r"stemde|stemt|reageert|reageerde|staat|stond|zit|zat|dat|die|hier|zelf)[ \t]+"
    r"(?:hier[ \t]+|zelf[ \t]+)?(?:als|in de hoedanigheid van)[ \t]+"
    r"(?:gewone|particuliere|betrokken|bezorgde)?[ \t]*"
    r"(?:kiezer|inwoner|bewoner|buurtbewoner|omwonende|ouder|vader|moeder|particulier|"
    r"privépersoon|huurder|melder|klager)\b",
    re.IGNORECASE,
)
_MAILBOX_AFTER = re.compile(r"[ \t]*<[\w.+-]+@(?P<domain>[\w.-]+)>")


# Who submits a motion or an amendment, on the line under it: council members ("Ingediend door:
# E. Lensink, Y. Azzouzi, H. Klein Hesselink"; "Ingediend door Neven (ChristenUnie) en Lock");
# up to the end of that sentence (a full stop after a word, not after an initial).
_SUBMITTED_BY = re.compile(
    r"^[ \t]*Ingediend[ \t]+door[ \t]*:?[ \t]+(?:[^.\n]|(?<![^\W\d_]{2})\.)*$", re.M
)
# ... where the motion or the amendment stands right above it
_MOTION_ABOVE = re.compile(
    r"(?i:orde[ \t]+van[ \t]+de[ \t]+dag)|^[ \t]*(?:Motie|Amendement)\b", re.M
)


def _motion_submitter(text: str, start: int) -> bool:
    """Whether the name at `start` stands on the line that says who submitted the motion or
    the amendment above it."""
    line_start = text.rfind("\n", 0, start) + 1
    return _SUBMITTED_BY.search(text, line_start, start) is not None and (
        _MOTION_ABOVE.search(text, max(0, line_start - 600), line_start) is not None
    )


def _name_decision(
    text: str, start: int, end: int, name: str, policy: DetectionPolicy
) -> tuple[str, str]:
    if listed(name, policy.office_holders):
        return "keep", "Ambtsdrager (lijst van de organisatie); blijft zichtbaar."
    if _motion_submitter(text, start):
        return "keep", "Ambtsdrager in functie (indiener van een motie); blijft zichtbaar."
    row = _OFFICE_ROW_PARAPH.search(text, text.rfind("\n", 0, start) + 1, start)
    if row and _ROW_PARAPH_SHAPE.fullmatch(name) and _CELL_AFTER.match(text, end):
        return "keep", f"Paraaf van een ambtsdrager in functie ({row.group('role').lower()})."
    if _PARAPH_SHAPE.fullmatch(name):
        # a staff paraph ("AT", "GvB") in a row or sentence about an office holder is the
        # clerk who handled it, not the office holder; unless it is the office holder's own
        line = text[max(text.rfind("\n", 0, start) + 1, start - 60) : start]
        office = _OFFICE_PARAPH.search(line)
        if office:
            role = next(g for g in office.groups() if g).lower()
            return "keep", f"Paraaf van een ambtsdrager in functie ({role})."
        return "redact", "Paraaf (initialen) van een medewerker."
    if any(a <= start and end <= b for a, b, kind in find_table_cells(text) if kind == "office"):
        return "keep", "Ambtsdrager (kolom raadslid in een tabel); blijft zichtbaar."
    mailbox = _MAILBOX_AFTER.match(text, end)
    if mailbox and _COUNCIL_DOMAIN.match(mailbox.group("domain")):
        return "keep", "Ambtsdrager (e-mailadres bij de raad); blijft zichtbaar."
    # on a contact card only its TITLE says whether the person holds an office ("Voorzitter"
    # of a village council does not): no role read from the lines around the name; but a
    # card's note is prose ("NOTE:Niet het raadslid L. Tijink (CDA)")
    on_card = _card_around(text, start) and not _in_card_note(text, start)
    near = "" if on_card else role_near(text, start, end)
    role = near or _office_in_record(text, start, end) or _abbreviated_office_before(text, start)
    # "Kerkhoven, Femke – raadslid": a surname alone, then its first name; not the next person
    # of a list after a whole name ("Nina Vogelezang, Kleywegt (wethouder)")
    whole = re.match(r"[A-Z][\w.'-]*[ \t]+\S", name) is not None and not opens_with_particle(name)
    given = None if role or whole else _GIVEN_AFTER.match(text, end)
    if given:  # a list's "Kerkhoven, Femke – raadslid": the office follows the first name
        role = role_near(text, start, given.end())
    if role and _PRIVATE_CAPACITY.match(text, end):
        # "De heer K. Bentveld, raadslid in Stadskanaal, kwam als gewone kiezer stemmen"
        return "redact", "Ambtsdrager, maar hier als privépersoon (niet in functie)."
    if role:
        return "keep", f"Ambtsdrager in functie ({role}); blijft zichtbaar."
    if _board_member_present(text, start, end):
        return "keep", "Lid van het bestuur van een gemeenschappelijke regeling; blijft zichtbaar."
    if _APPOINTED_AFTER.match(text, end) or _APPOINTED_BEFORE.search(
        text, max(0, start - 200), start
    ):
        return "keep", "Benoemd of toegelaten als lid van raad of rekenkamer; blijft zichtbaar."
    if listed(name, policy.public_officials):
        return "keep", "Ambtenaar met een publieke functie (lijst van de organisatie)."
    if civil_servant_near(text, start, end):
        if not policy.redact_civil_servants:
            return "keep", "Naam van een ambtenaar; de organisatie lakt die niet."
        return "redact", "Naam van een ambtenaar zonder publieke functie."
    return "redact", "Naam van een natuurlijk persoon."


# A joint arrangement's board meeting lists its members with the municipality they represent:
# "Aanwezig: J.W. ten Stokbeek (Berkelland, voorzitter), E.M. Hollhof (Doetinchem), ...".
_BOARD_MEETING = re.compile(r"(?i)\b(?:algemeen|dagelijks) bestuur\b")
_ATTENDANCE_LINE = re.compile(r"(?im)^[ \t]*aanwezig\b[^\n]*$")
_REPRESENTS = re.compile(
    r"[ \t]*\((?P<place>[A-Z][\w'.-]+(?:[ -][A-Za-z][\w'-]+){0,3})"
    r"(?:,[ \t]*(?:voorzitter|vicevoorzitter|secretaris|plv\. voorzitter))?\)"
)
# An appointment to, or admission as a member of, the council or the rekenkamer
_APPOINTMENT = (
    r"\b(?:te benoemen|benoemd|toe te laten|toegelaten)[ \t]+(?:tot|als)[ \t]+"
    r"(?:extern[ \t]+|plaatsvervangend[ \t]+)?(?:lid|leden|voorzitter)[ \t]+van[ \t]+de[ \t]+"
    r"(?:raad|rekenkamer(?:commissie)?)\b"
)
# after the name: "... en de heer F.J. Stuvelink met ingang van 1 januari 2026 te benoemen tot
# extern lid van de rekenkamercommissie", "de heer Rozemond toe te laten als lid van de raad"
_APPOINTED_AFTER = re.compile(rf"(?:[^.\n]|(?<=[A-Z])\.){{0,120}}?{_APPOINTMENT}", re.IGNORECASE)
# before it: "Te benoemen tot extern lid van de Rekenkamercommissie, met ingang van 1 januari
# 2026 voor zes jaar: drs. E.W. Vaarzand en T. Oostwouder-Kwelstra RA."
_APPOINTED_BEFORE = re.compile(
    rf"{_APPOINTMENT}[^.\n]{{0,80}}:(?:[^:\n]|(?<=[A-Z])\.)*$", re.IGNORECASE
)


def _board_member_present(text: str, start: int, end: int) -> bool:
    """A member in the attendance list of a board meeting, with the municipality for which
    that member sits on the board."""
    represents = _REPRESENTS.match(text, end)
    if not represents or represents.group("place").lower() not in places():
        return False
    line = next((m for m in _ATTENDANCE_LINE.finditer(text) if m.start() <= start < m.end()), None)
    return line is not None and bool(_BOARD_MEETING.search(text))


_GIVEN_AFTER = re.compile(
    r",[ \t]*(?:(?P<initials>[A-Z]\.(?:[ \t]?[A-Z]\.){0,3})(?![\w])"
    r"|(?P<given>[A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž'-]+)(?![\w.]))"
)
# a word of letters ("A-17," in a CSV row is an order's number), where OCR may have read an l
# or an o as a digit ("W1LLEMS, DEMI", "Scho1venaar, Milan")
_SURNAME_BEFORE = re.compile(r"(?<![\w-])([A-ZÀ-ÞĀ-Ž](?:[^\W\d_]|['-]|[01](?=[^\W\d_]))+),[ \t]*$")
# Initials after the surname, as a register or a folder name writes them: "Fazantenlaan 41 -
# Bloemendal H./", "Wijnands-Peek C.;", "Tuijl A.J." (not a company's "Bakker B.V.").
_INITIALS_AFTER = re.compile(
    rf"[ ](?!{LEGAL_FORM_INITIALS})(?P<initials>[A-Z]\.(?:[A-Z]\.){{0,3}})(?=[\s/,;:)\]<\"']|$)"
)
# A surname in capitals takes its initials without dots, as a register or a fixed-width file
# writes them: "BOERSMA G", "KOOIMAN TJ", 'houder="KAMERLING C"'; not a legal form or a word.
# ... also before a log line's next lower-case word: "debiteur D466833 LANTINGA B zaak ..."
# ... or with a space between them, as a collection run's log does: "KUIJPERS D P  Factuur"
# ... or before a tab or a dash between cells: "BAKKER T<tab>Zuideinde 88", "Nowak T - Pieter..."
_CAPS_INITIALS_AFTER = re.compile(
    r"[ ](?P<initials>[A-Z]{1,3}|[A-Z](?:[ ][A-Z]){1,2})"
    r"(?=[ \t]{2,}|[\t\n/,;:)\]<\"'|]|$|[ ][a-z]|[ ][-\u2013][ ])"
)
# The particles of a surname written after its given name: "Hoek, Stijn van der",
# "KRUIF, SVEN DE", at the end of the name's cell or line.
_PARTICLES_AFTER = re.compile(
    r"[ ](?P<initials>(?i:van der|van den|van de|van 't|van|de|den|der|ter|ten|te|in 't|op den))"
    r"(?=[ \t]{2,}|[\n,;:)\]<\"'|]|$)"
)
_WORD_BEFORE = re.compile(r"(?<![\w'-])([A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž'-]+)[ ]$")


# The rest of a chat handle after a redacted first name: "janiek.wbrk", "zenna.b", "timo_99".
# Not a file's extension: "Houtepen.pdf" in "04_zienswijze_mr_Houtepen.pdf".
_HANDLE_REST = re.compile(
    rf"(?:_|\.(?!(?:{FILE_EXTENSIONS})(?![\w@.-])))[a-z0-9]{{1,12}}(?:_[a-z0-9]{{1,12}}){{0,2}}"
    r"(?![\w@.-])"
)


# The rest of a name whose letters a program wrote as octal escapes of UTF-8 (protoc, a C
# string): "Demirta\305\237" for "Demirtaş".
_OCTAL_REST = re.compile(r"(?:\\[0-7]{3})+[^\W\d_]*")


def _whole_handles(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """A redacted name that is the first part of a chat handle takes the whole handle along
    ("janiek" in "janiek.wbrk"), so the rest cannot point to the person; a name cut short by
    an octal escape takes the escaped letters along."""
    taken = [(s.start, s.end) for s in chosen]
    result = []
    for span in chosen:
        redacted_name = span.type == "name" and span.action == "redact"
        rest = (
            _HANDLE_REST.match(text, span.end) if redacted_name and " " not in span.text else None
        )
        rest = rest or (_OCTAL_REST.match(text, span.end) if redacted_name else None)
        if rest and all(b <= span.end or a >= rest.end() for a, b in taken):
            end = rest.end()
            span = span.model_copy(update={"end": end, "text": text[span.start : end]})
        result.append(span)
    return result


# A phone backup's or an address book's contact name is one person's label as a whole:
# 'contact_name="Harm VTV"', '"displayName": "Jolien gemeente"'.
_CONTACT_NAME_FIELD = re.compile(
    r"(?<![\w-])(?:contact_?name|display_?name|sender_?name|from_?name)[\"']?[ \t]*[:=][ \t]*"
    r"(?P<quote>[\"'])(?P<value>[^\"'\n<>]{1,60})(?P=quote)",
    re.IGNORECASE,
)


# ... and a chat's sender as the export shows it: "12-02-2026 19:05 - Ans eieren: ...",
# "[09:14] Femke vR: ...", "(20:01:17) Lies N.: ..."
_CHAT_SENDER_LABEL = re.compile(
    r"^(?:\[(?:[\d/.-]+,?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?\]"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]+-"
    r"|\(\d{1,2}:\d{2}(?::\d{2})?\))[ \t]+"
    # (not a part in brackets: "Oldijk, Wiert (VRZHZ):", "BET (via tolk):"; nor the mark
    # before a sender not in the contacts or a handle: "~ Servaas:", "@pbrouwer:")
    r"(?:[~@][ \t\u202f\u00a0]*)?(?P<value>[^\s:(~@][^:(\n]{1,38}?)"
    r"[ \t]*(?:\((?P<aside>[^)\n]{0,40})\)[ \t]*)?:[ \t]",
    re.MULTILINE,
)


# The first cell of a table's row, then the cells up to a name: "| jurist | R. Vermue | RV |"
_ROW_FIRST_CELLS = re.compile(r"^[ \t]*\|(?P<first>[^|\n]+)\|(?:[^|\n]*\|)*[ \t]*$", re.M)
# An office, or a word of one, in that first cell; a co-signature's cell names no job either:
# "| Medeparaaf (Financiën) | D. Oosterweghel |"
_ANY_OFFICE = re.compile(
    rf"(?<![\w-])(?i:{_OFFICE_ALT})|(?i:portefeuillehouder|raad|college|paraaf)"
)


def _staff_row(text: str, hit: NameHit) -> bool:
    """Whether the name fills a cell of a table's row whose first cell names a job and no
    office ("| jurist | R. Vermue | RV |", "| behandelaar aanslag | MK |"): a civil servant in a
    paraph table, though an office holder of that name signs a row below."""
    line_start = text.rfind("\n", 0, hit.start) + 1
    row = _ROW_FIRST_CELLS.match(text, line_start, hit.start)
    if row is None or not _CELL_AFTER.match(text, hit.end):
        return False
    first = row.group("first").strip()
    return bool(re.search(r"[^\W\d_]{3}", first)) and not _ANY_OFFICE.search(first)


def _chat_sender_of_a_team(text: str, hit: NameHit) -> bool:
    """Whether the name is a chat sender's with a team or an organisation in brackets
    ("[30-03-2026 08:47] Ruitenbeek, Janneke (Burgerzaken):"): a staff member's account, not the
    office holder of that surname (an office or a party there is the holder's own)."""
    label = _sender_label_around(text, hit.start, hit.end)
    return (
        label is not None
        and label.group("aside") is not None
        and not names_office(label.group("aside"))
    )


def _sender_label_around(text: str, start: int, end: int) -> re.Match[str] | None:
    """The chat sender's label of the line, if the text from `start` to `end` lies in its
    sender's name."""
    label = _CHAT_SENDER_LABEL.match(text, text.rfind("\n", 0, start) + 1)
    if label is None or not (label.start("value") <= start and end <= label.end("value")):
        return None
    return label


def _whole_contact_names(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """A redacted name inside a contact name field or a chat's sender label takes the whole
    label along ("Harm" in 'contact_name="Harm VTV"', "Ans" in "- Ans eieren:"): the rest of
    the label one gave a person is no one else's."""
    fields = [match.span("value") for match in _CONTACT_NAME_FIELD.finditer(text)]
    fields += [
        match.span("value")
        for match in _CHAT_SENDER_LABEL.finditer(text)
        if len(match.group("value").split()) <= 3
    ]
    if not fields:
        return chosen
    result = []
    for span in chosen:
        field = next((f for f in fields if f[0] <= span.start and span.end <= f[1]), None)
        if (
            field is not None
            and span.type == "name"
            and span.action == "redact"
            and (span.start, span.end) != field
            # alone in the field: not a name beside a number or a second name
            and not any(o is not span and o.start < field[1] and o.end > field[0] for o in chosen)
        ):
            start, end = field
            span = span.model_copy(update={"start": start, "end": end, "text": text[start:end]})
        result.append(span)
    return result


_SURNAME_OF_REDACTED = "Achternaam van een gelakte persoon."
# Initials right before a surname: "U. Hidema", "H.J. Ufkes"; in capitals without full stops
# before a surname in capitals: "H J UFKES-DELSMA" (a SEPA name field).
_INITIALS_BEFORE = re.compile(rf"(?<![\w.'-])(?!{LEGAL_FORM_INITIALS})(?:[A-Z]\.[ ]?){{1,4}}[ ]?$")
_CAPITAL_INITIALS_BEFORE = re.compile(r"(?<![\w.'-])(?:[A-Z][ ]){1,3}$")
# Where a name may open: a line, a label or a bracket, not the middle of a sentence.
_NAME_MAY_OPEN = re.compile(r"(?:^|\n|[:(>\[\t]|[ ]{2})[ \t]*$")


def _with_first_name_before(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """A surname found alone takes the first name or initials right before it along
    ("Veehouderij Oeds Lenstra": "Lenstra" was found, "Oeds" is in deduce's list of first
    names; "U. Hidema"). A surname repeated from a redacted name takes an unknown capitalised
    word before it too, where a name may open ("Chair: Orlaith Gallagher"), as long as that
    word is no common word, place, job or month."""
    taken = [(s.start, s.end) for s in chosen]
    # the first names a redacted full name gives its surname: "Wilmy" for "Herkenrath", where
    # "Wilmy Herkenrath" was read in full elsewhere (a chat's system line)
    given_of: dict[str, set[str]] = {}
    for span in chosen:
        words = span.text.split()
        if span.type == "name" and span.action == "redact" and len(words) >= 2:
            given_of.setdefault(words[-1], set()).add(words[0])
    result = []
    for span in chosen:
        if not (span.type == "name" and span.action == "redact" and span.text[:1].isupper()):
            result.append(span)
            continue
        window = max(0, span.start - 30)
        before = _WORD_BEFORE.search(text, window, span.start)
        start = None
        if (
            before is not None
            and first_name_known(before.group(1))
            # a full name with its given names ("Adriana Johanna (Adina) Voorthuijsen"), but
            # not a list of first names alone
            and (not first_name_known(span.text.split()[0]) or len(span.text.split()) > 1)
        ) or (
            before is not None
            and span.reason == _SURNAME_OF_REDACTED
            and (
                before.group(1) in given_of.get(span.text, ())
                or (
                    _NAME_MAY_OPEN.search(text, max(0, before.start(1) - 10), before.start(1))
                    and _unknown_word(before.group(1))
                )
            )
        ):
            start = before.start(1)
        elif initials := (
            _INITIALS_BEFORE.search(text, window, span.start)
            or (span.text.isupper() and _CAPITAL_INITIALS_BEFORE.search(text, window, span.start))
        ):
            start = initials.start()
        if start is not None and all(b <= start or a >= span.start for a, b in taken):
            span = span.model_copy(update={"start": start, "text": text[start : span.end]})
        result.append(span)
    return result


def _unknown_word(word: str) -> bool:
    """A capitalised word that is not a common word, a place, a job or a date word."""
    lower = word.lower()
    return not (
        common_dutch_word(lower)
        or lower in places()
        or role_word(word)
        or label_word(word)
        or DATE_WORD.fullmatch(word)
    )


def _with_given_names(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """A surname written first takes the given name or initials after its comma along
    ("Jalving, Ilona", "WIŚNIEWSKI, Paweł", "Snoek, J.C."): a known first name, initials, or
    any name after a surname in capitals. A first name alone takes the surname before its
    comma ("Yeboah, Grace")."""
    by_start = {s.start: s for s in chosen}
    swallowed: set[int] = set()
    result = []
    for span in chosen:
        if span.type != "name" or span.action != "redact" or "," in span.text:
            result.append(span)
            continue
        start, end = span.start, span.end
        after = _GIVEN_AFTER.match(text, end)
        taken = by_start.get(after.start(after.lastgroup or 0)) if after is not None else None
        # "Brinkhuis, P.J." where "P.J." was found on its own: the surname takes it along
        absorbed = taken is not None and taken.type == "name" and taken.end == after.end()
        if after is not None and (taken is None or absorbed):
            given = after.group("given")
            if (
                after.group("initials")
                or (given and first_name_known(given))
                # (not a paraph of two capitals: "(NV, Omgevingsdienst Twente)" names its unit)
                or (span.text.replace(" ", "").isupper() and not _PARAPH_SHAPE.fullmatch(span.text))
            ):
                end = after.end()
        before = _SURNAME_BEFORE.search(text, max(0, start - 40), start)
        if (
            before is not None
            and first_name_known(span.text)
            and not first_name_known(before.group(1))
            and before.group(1).lower() not in places()
            and before.group(1).lower() not in GREETINGS  # "Groet, Martine"
        ):
            start = before.start(1)
        along = taken if absorbed and end == after.end() else None
        if absorbed and along is None and text.startswith(", ", span.end):
            # in prose the word after the comma is read with the name before it, and alone it
            # is a place or a firm ("dr. R.F. Kasse, Middelburg"); in a CSV row ("Mick,Hoogers")
            # it is the next column's name and stays
            swallowed.add(id(taken))
        if (start, end) != (span.start, span.end) and all(
            o.end <= start or o.start >= end
            for o in chosen
            if o is not span and o is not along and id(o) not in swallowed
        ):
            span = span.model_copy(update={"start": start, "end": end, "text": text[start:end]})
            if along is not None:
                swallowed.add(id(along))
        result.append(span)
    return [s for s in result if id(s) not in swallowed]


# The Arabic article of a surname before it: "El Idrissi, A.", "Al Khatib, R.", "Ait Taleb".
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:El|Al|Ait|Aït|Abu|Abou)[ ]$")
# Lowercase particles that open a register's cell before its surname: '"de Graaf, B."',
# ';van de Haar, Henk' (in a sentence "van de" may be "of the": only at a cell's start).
_PARTICLES_OPENING_CELL = re.compile(
    r"(?:^|(?<=[\n\t;|\"(]))(?:(?:van|de|der|den|ten|ter|te|op)[ \t]){1,3}$"
)


def _with_article_before(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """A redacted surname takes the article written before it ("El Idrissi", "Al Khatib"), and
    the particles that open its register cell ("de Graaf, B.")."""
    result = []
    for span in chosen:
        article = _ARTICLE_BEFORE.search(text, max(0, span.start - 5), span.start) or (
            # only a register's "Surname, Initials" cell: "de Graaf, B."
            _PARTICLES_OPENING_CELL.search(text, max(0, span.start - 16), span.start)
            if "," in span.text
            else None
        )
        if (
            span.type == "name"
            and span.action == "redact"
            and article is not None
            and span.text[:1].isupper()
            and all(o.end <= article.start() or o.start >= span.start for o in chosen)
        ):
            start = article.start()
            span = span.model_copy(update={"start": start, "text": text[start : span.end]})
        result.append(span)
    return result


def _with_initials_after(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """A redacted surname takes the initials written after it ("Bloemendal H.", "Tuijl A.J.")
    where nothing else was found there."""
    by_range = {(s.start, s.end): s for s in chosen if s.type == "name"}
    absorbed: set[int] = set()
    result = []
    for span in chosen:
        after = _INITIALS_AFTER.match(text, span.end) or _initials_of_a_register(text, span)
        if (
            span.type == "name"
            and span.action == "redact"
            and after is not None
            and span.text[-1:].isalpha()
            and span.text[:1].isupper()
        ):
            found = by_range.get(after.span("initials"))  # "A.J." found on its own
            if all(o is found or o.end <= span.end or o.start >= after.end() for o in chosen):
                end = after.end()
                span = span.model_copy(update={"end": end, "text": text[span.start : end]})
                if found is not None:
                    absorbed.add(id(found))
        result.append(span)
    return [s for s in result if id(s) not in absorbed]


# A device named after its owner, as a phone or a laptop calls itself on a network or in a
# login log: "iPhone van Kees", "Galaxy A52 van Priscilla"; the whole name goes.
_DEVICE_OF = re.compile(
    r"(?<![\w-])(?:iPhone|iPad|iMac|MacBook(?:[ ](?:Air|Pro))?|Galaxy(?:[ ][A-Z]\d{1,3})?|Pixel"
    r"(?:[ ]\d{1,2})?|(?i:telefoon|tablet|laptop))[ ]van[ ]$"
)


def _with_device_owner(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    result = []
    for span in chosen:
        device = _DEVICE_OF.search(text, max(0, span.start - 30), span.start)
        if (
            device is not None
            and span.type == "name"
            and span.action == "redact"
            and all(o is span or o.end <= device.start() or o.start >= span.end for o in chosen)
        ):
            start = device.start()
            span = span.model_copy(update={"start": start, "text": text[start : span.end]})
        result.append(span)
    return result


def _initials_of_a_register(text: str, span: RedactionSpan) -> re.Match[str] | None:
    """Initials without dots after a surname in capitals ("BOERSMA G"), or the particles after
    a surname and its given name ("Hoek, Stijn van der")."""
    if "," in span.text:
        after = _PARTICLES_AFTER.match(text, span.end)
        # the particles are the name's own where the name is written as its register writes it
        if after is not None and (span.text.isupper() == after.group("initials").isupper()):
            return after
        return None
    letters = [c for c in span.text if c.isalpha()]
    if len(letters) < 3:
        return None
    after = _CAPS_INITIALS_AFTER.match(text, span.end)
    if after is None or after.group("initials").replace(" ", "") in NO_CAPS_INITIALS:
        return None
    if all(c.isupper() for c in letters):
        return after
    # a surname written normally takes one or two of them, as a phone book or a payment list
    # writes its names: "Hoogendijk P", "Kamerik EG", "Koster-van Dam H"
    # (not a title after a name with its initials: "G.A.M. Hiltjesdam RT"; not a label:
    # "Ploeg B:"; not a king's or a ship's numeral: "Willem II")
    surname = span.text.split()[-1]
    initials = after.group("initials")
    if (
        len(initials) <= 2
        and surname[:1].isupper()
        and surname[1:].islower()
        and "." not in span.text
        and not text.startswith(":", after.end())
        and not (len(initials) == 2 and set(initials) <= set("IVX"))
    ):
        return after
    return None


def _repeated_surnames(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """Other mentions of a redacted person's surname ("Geachte heer Ten Have" → "Ten Have").

    Not where the surname is part of an organisation's name ("Stichting Jansen Zorg").
    """
    extra: list[RedactionSpan] = []
    taken = [(s.start, s.end) for s in chosen]
    # a surname an office holder is named by alone ("raadslid Roeterink"): a chat's sender
    # "Roeterink, Lisa" beside it does not make it the sender's elsewhere
    bare_holders = {
        s.text
        for s in chosen
        if s.type == "name"
        and s.action == "keep"
        and " " not in s.text
        and "in functie" in s.reason
    }
    for span in [s for s in chosen if s.type == "name" and s.action == "redact"]:
        if span.text.lower() in places():
            continue  # "Assen" read as a name once: the place elsewhere stays a place
        reversed_name = _SURNAME_COMMA_GIVEN.fullmatch(span.text)
        if reversed_name and reversed_name.group("surname") in bare_holders:
            continue
        last = (span.text.split() or [""])[-1]
        if (
            last
            and last.lower() in residences()
            and re.search(rf"\b[1-9]\d{{3}}[ ]?[A-Z]{{2}}[ \t]+{re.escape(last)}\b", text)
        ):
            continue  # "Jeurissen Vlodrop" read as a name, "6063 LK Vlodrop" in the letter
        for start, end in _surname_spans(text, span.text):
            if (
                any(start < e and end > b for b, e in taken)
                or role_near(text, start, end)
                # "de Mulder-beschikking" beside a Mr Mulder: the law's, not his
                or COMPOUND_TERM_NEXT.match(text, end)
                or opens_street_named_after(text, end)  # "Truus" in "Truus Zonneveldhof"
                or _month_in_a_date(text, start)
                or in_organisation(text, start, end)
                # a place that ended an organisation read as a name ("Toernooicommissie ZVV
                # Leerdam"): the place elsewhere (a person may well be called "Hoogeveen")
                or (_organisation_like(span.text) and _place_mention(text[start:end]))
            ):
                continue
            given = _capitals_given_name_before(text, start, end, span.text)
            if not any(given < e and start > b for b, e in taken):
                start = given
            taken.append((start, end))
            extra.append(_mention(span, text, start, end, _SURNAME_OF_REDACTED, 0.8))
    return extra


# A word in capitals that opens a line right before a surname in capitals: a transcript's
# speaker label ("PIET BOGAERS: Ik ben Piet Bogaers, buurman"), the surname a redacted person's
_CAPITALS_WORD_BEFORE = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<word>[A-Z][A-Z'-]{1,20})[ ]$")
# ... the label's end: a colon, perhaps after a party or a role in brackets
_SPEAKER_LABEL_END = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:")


def _capitals_given_name_before(text: str, start: int, end: int, name: str) -> int:
    """Where a mention in capitals of a redacted surname starts with the first name before it,
    when that word is the person's first name or one on deduce's list ("CORRY BIJLHOLT")."""
    if not text[start:end].isupper() or not _SPEAKER_LABEL_END.match(text, end):
        return start
    before = _CAPITALS_WORD_BEFORE.search(text, max(0, start - 25), start)
    if before is None:
        return start
    word = before.group("word")
    # (not a common word, a place or a role that the list also holds: "VEILIG THUIS",
    # "HOLLAND CASINO")
    known = _unknown_word(word.title()) and first_name_known(word)
    if known or word.title() == first_name(name):
        return before.start("word")
    return start


def _organisation_like(name: str) -> bool:
    """Two or more words without a first name, an initial ("Th.") or a particle:
    "Toernooicommissie ZVV Leerdam", "Taalhuis Wageningen" rather than "Jan van Hoogeveen",
    "Th. Doesburg" or "Staphorst, T.J."."""
    words = name.replace(",", " ").split()
    return len(words) >= 2 and not any(
        first_name_known(w) or re.fullmatch(r"(?:[A-Z][a-z]?\.)+", w) or w.islower() for w in words
    )


def _place_mention(mention: str) -> bool:
    """Whether a mention of a surname is a place ("Leerdam", "in Leerdam")."""
    words = mention.split()
    while len(words) > 1 and words[0] in ("in", "te", "bij", "uit", "naar", "op"):
        words.pop(0)
    return " ".join(words).lower() in places()


def _first_part_labels(text: str, name: str) -> list[tuple[int, int]]:
    """A transcript's speaker label in capitals with the first part of a double surname:
    "VAN DONGEN:" for mr. A. van Dongen-Keijzers, "MOMMERS:" for drs. A. Mommers-Hendrikx."""
    words = name.split()
    if not words or not re.fullmatch(r"[A-Z][\w']+-[A-Z][\w'-]+", words[-1]):
        return []
    lead = []
    for word in reversed(words[:-1]):
        if not word.islower():
            break
        lead.insert(0, word)
    label = " ".join([*lead, words[-1].split("-")[0]]).upper()
    return [
        match.span(1)
        for match in re.finditer(rf"^[ \t]*({re.escape(label)})(?=[ \t]*:)", text, re.M)
    ]


def _surname_spans(text: str, name: str) -> list[tuple[int, int]]:
    """Mentions of the surname of `name`, and a speaker label with the first part of a double
    surname; of a name from a file name ("HOEKX_Mylo"), the mentions of each part that is no
    first name ("Hoekx" in the notes)."""
    if "_" not in name:
        return sorted({*surname_mentions(text, name), *_first_part_labels(text, name)})
    parts = [
        p
        for p in name.split("_")
        if len(p) >= 4 and not first_name_known(p) and p.lower() not in places()
    ]  # not the place in a login "goirle_boa_shoefmans"
    return sorted({at for part in parts for at in surname_mentions(text, part.title())})


# a business's own name before its owner's: "Strandpaviljoen De Schorre Gert Vanmassenhove"
_TRADE_ARTICLE = re.compile(r"^[A-Z][a-z]+[ ](?:De|Het|'t)[ ]")
_NICKNAME_IN_NAME = re.compile(r"[(\"“'‘]+([A-Z][\w'-]{1,20})[)\"”'’]+")


# Words that open an owner's part of a trade name without being a first name: particles and
# articles ("Bouwbedrijf Van Dijk", "Gebakkraam De Gouden Krakeling")
_NO_GIVEN_NAME = frozenset(
    {"van", "den", "der", "het", "ten", "ter", "les", "las", "los", "del", "della", "gebr",
     "firma", "fa", "wed", "weduwe"}
)  # fmt: skip


def _given_names(spans: Iterable[RedactionSpan]) -> Iterator[tuple[RedactionSpan, str]]:
    """Each redacted name with its first name, and with the nickname it carries ("Valère
    (Vale) Rammeloo" gives "Valère" and "Vale")."""
    for span in spans:
        if span.reason.startswith("Handelsnaam"):
            # "Klusbedrijf R. Mahadew": its first word is no first name; the owner's is
            # ("Gebakkraam Petrusje Dotterbeek")
            owner = span.text.split()[1:]
            if len(owner) >= 2 and (
                first_name_known(owner[0])
                or (
                    re.fullmatch(r"[A-Z][a-z]{2,}", owner[0]) is not None
                    and owner[0].lower() not in _NO_GIVEN_NAME
                    and not common_word_as_name(owner[0])
                )
            ):
                yield span, owner[0]
            continue
        given = first_name(span.text)
        words = span.text.split()
        later = next((w for w in words[2:-1] if first_name_known(w)), "")
        if len(words) == 3 and first_name_known(words[1]) and starts_with_trade_word(span.text):
            later = later or words[1]  # "Pension Linda Maas": the owner's "Linda"
        if (
            given
            and later
            and not first_name_known(given)
            and (_TRADE_ARTICLE.search(span.text) or len(words) >= 3)
        ):
            # "Strandpaviljoen De Schorre Gert Vanmassenhove", "Camping Geuldal Henk Voerers":
            # the owner's "Gert" and "Henk", not the business's first word
            given = later
        yield span, given
        for nickname in _NICKNAME_IN_NAME.findall(span.text):
            yield span, nickname


_SENDER_AFTER = re.compile(r"[ \t]*(?:\([^)\n]{0,30}\))?:[ \t]")
_TIME = re.compile(r"\d{1,2}:\d{2}")


def _chat_sender(text: str, span: RedactionSpan) -> bool:
    """Whether the name sends a message in a chat export: a time before it on its line, a colon
    after it."""
    line_start = text.rfind("\n", 0, span.start) + 1
    return bool(_SENDER_AFTER.match(text, span.end) and _TIME.search(text, line_start, span.start))


# A first name that is also a month's abbreviation, between a day and a year: "14 Jan 2026".
_MONTH_IN_A_DATE = re.compile(r"(?i:jan|mar|mei|jun|jul|aug|sep|okt|oct|nov|dec)\.?[ \t]+\d{2,4}\b")
_DAY_BEFORE = re.compile(r"\b\d{1,2}[ \t]+$")


def _month_in_a_date(text: str, start: int) -> bool:
    """Whether the word at `start` is a month's abbreviation between a day and a year."""
    return bool(
        _MONTH_IN_A_DATE.match(text, start) and _DAY_BEFORE.search(text, max(0, start - 4), start)
    )


def _repeated_first_names(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """Other mentions of a redacted person's first name, in any case ("Lotte de Graaf" →
    "Lotte", "lotte" in a chat), unless it starts a longer name ("Jan Pieterszoon Coenstraat")
    or belongs to an office holder who stays visible."""
    names = [s for s in chosen if s.type == "name"]
    visible = {first_name(s.text).lower() for s in names if s.action == "keep"}
    visible |= {s.text.lower() for s in names if s.action == "keep" and " " not in s.text}
    extra: list[RedactionSpan] = []
    taken = [(s.start, s.end) for s in chosen]
    done: set[str] = set()
    lowered_text = ""
    for span, given in _given_names(s for s in names if s.action == "redact"):
        if not given and re.fullmatch(r"[A-Z][a-z]+", span.text) and first_name_known(span.text):
            given = span.text  # a first name on its own ("Ruud")
        words = span.text.split()
        if not given and span.text.islower() and len(words) >= 2 and first_name_known(words[0]):
            given = words[0]  # typed in lower case in a chat ("jildou mulderij")
        if len(given) < 3 or given.lower() in visible or given.lower() in done:
            continue
        if given.lower() in residences() and not first_name_known(given):
            continue  # "Middelburg Bouwt" (a newsletter read as a name), "Schaijk - Den Haag"
            # (a trip on a claim form): no first name to spread
        done.add(given.lower())
        # lower case with the same length, so offsets hold
        lowered_text = lowered_text or "".join(
            c.lower() if len(c.lower()) == 1 else c for c in text
        )
        for start in _mentions(lowered_text, given.lower()):
            end = start + len(given)
            if _NAME_GOES_ON.match(text, end) or text[start - 1 : start] in ("-", "."):
                continue  # "Jan| Pieterszoon Coenstraat", "Jan-Willem"
            if _month_in_a_date(text, start):
                continue  # "14 Jan 2026": a month, not Jan Sniekers
            if any(start < e and end > b for b, e in taken) or role_near(text, start, end):
                continue
            if (
                given[0].isupper()
                and text[start].islower()
                and (
                    common_word_as_name(given)
                    or (not first_name_known(given) and not _chat_sender(text, span))
                )
            ):
                continue  # "Vis van Alje" (a trade name) does not make "verse vis" a name;
                # nor does "Guy" make "the other guy" one, or "Barbershop Jordy" "de
                # barbershop"; a chat's sender is a person ("Sekar Soemowidjojo: ...", "sekar")
            taken.append((start, end))
            extra.append(_mention(span, text, start, end, "Voornaam van een gelakte persoon.", 0.7))
    return extra


# The paraph of a redacted person, built from the name: "KJ" for Kim Jongen ("kenmerk
# KJ/KL-2025-0311"), "DS / KC" for D. Sleijpen and Kyra Caelen, "JvB" for Jorg van Buul, and in
# small letters at the end of a note ("... al voldaan. sz" for Sef Zinken).
_NAME_WORD = re.compile(r"[A-Z][\w'-]*\.?|[a-z]+")


def _paraphs_of(name: str) -> tuple[str, str]:
    """(capital initials, initials with particles: "JvB"), or ('', '') for one word."""
    words = _NAME_WORD.findall(name.replace(".", ". "))
    if len(words) < 2 or not words[-1][0].isupper() or len(words[-1]) < 3:
        return "", ""
    # a double given name gives both its letters: "GJB" for "Gerrit-Jan Bosmans"
    words = [part for word in words[:-1] for part in word.split("-") if part] + words[-1:]
    capitals = "".join(w[0] for w in words if w[0].isupper())
    # a particle keeps its small letter in a paraph, also where the name writes it with a
    # capital: "AvC" for "A. Van Caam"
    particles = "".join(
        w[0].lower() if w.lower() in _PARTICLES and i < len(words) - 1 else w[0]
        for i, w in enumerate(words)
    )
    if not 2 <= len(capitals) <= 4:
        return "", ""
    return capitals, particles if particles != capitals else ""


# A token that may be a paraph, and the places where a paraph stands: before or after a slash,
# in brackets, at the start or the end of a line, before a comma ("DS / KC, 22.40 uur",
# "kenmerk KJ/KL-2025-0311"); the small-letter form only where it signs, at the end of a line.
# One scan per document: a pattern per name would recompile regular expressions for every
# document.
_PARAPH_CANDIDATE = re.compile(r"(?<![\w.@/-])[A-Za-z]{2,6}(?![\w@-]|\.\w)")
# (also before a date, "akkoord RN 05-03", and before a table's next label after a wide gap,
# "Secretaris: LB   Voorzitter: AHB")
_PARAPH_AFTER = re.compile(
    r"[ \t]*(?:/|,|\)|\n|$)|[ \t]+\d{1,2}[-/.]\d{1,2}(?![\d])|[ \t]{3,}[A-Z][\w ]{0,20}:"
)
_PARAPH_BEFORE = re.compile(r"(?:^|\n|/|\()[ \t]*$")
# ... or after a word that signs for something or hands it on: "akkoord RN", "gezien JMS",
# "Secretaris: LB", "Concept ligt bij GS.", "toets door GS"
_SIGNED_BEFORE = re.compile(
    r"(?<![\w-])(?i:akkoord|gezien|paraaf|getekend|secretaris:|notulist:|door|ligt[ \t]+bij)"
    r"[ \t]*$"
)
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


# Initials a note defines in brackets right after the name: "Romy Vroombroek (consulent PHU,
# RV)", "Marco Teunhoven (MT)".
_IN_BRACKETS_AFTER = r"[ \t]*\((?:[^()\n]{0,60}?[ \t,])?"
_DEFINED_INITIALS = re.compile(rf"{_IN_BRACKETS_AFTER}(?P<code>[A-Z][A-Za-z]{{1,3}})\)")
# ... or a part in capitals: "zoon Jouke Hompe (ZOON)"
_DEFINED_CODE = re.compile(rf"{_IN_BRACKETS_AFTER}(?P<code>[A-Z][A-Za-z]{{1,3}}|[A-Z]{{2,12}})\)")


# A transcript's legend of speaker codes: "MW = medewerker Gooitske Schuitdijk    B = beller";
# a note's list of abbreviations: "Afk.: hb = huisbezoek; WA = wijkagent; BZ = bemoeizorg GGD",
# "WBe = griffier W. Beeckman; FHi = plv. griffier F. Hillegommer". The definition runs to a
# ";", a line's end or a column gap.
_CODE = r"(?P<code>[A-Z]{1,4}|[A-Z][a-z]?[A-Z][a-z]?)"
_LEGEND_CODE = re.compile(
    rf"(?:^|(?<=\n)|(?<=[ \t]{{2}})|(?<=[;:,][ \t])){_CODE}"
    r"[ \t]*=[ \t]*(?P<definition>(?P<part>[^\W\d_]+)(?:(?![ \t]{2})[^;\n]){0,80})"
)
# The next codes of such a legend after a comma: "Codes: IK = illegale kap, HP =
# herplantcontrole, WS = waarschuwing, PV = proces-verbaal."
_NEXT_LEGEND_CODE = re.compile(rf",[ \t]*{_CODE}[ \t]*=")
# An office at the start of a legend's definition: "griffier W. Beeckman", "plv. griffier".
# (not "voorzitter" or "secretaris": those of an association too)
_LEGEND_OFFICE = re.compile(
    r"(?:plv\.?[ \t]+|plaatsvervangend[ \t]+|loco-?)?(?!voorzitter\b|secretaris\b)"
    rf"(?:{_OFFICE_ALT})\b",
    re.IGNORECASE,
)
# A capitalised word that may be a name in a definition (not an acronym: "bemoeizorg GGD").
_NAME_LIKE_WORD = re.compile(r"(?<![\w-])[A-ZÀ-Þ][a-zß-ÿ]{2,}")


# A person's job, then the name: "boa Yvo Rijnberg", "inspecteur Jelle Spijkerboer", "mr. H. Borst"
_NAME_AFTER_JOB = re.compile(
    r"(?:[a-zß-ÿ][\w'-]*\.?[ \t]+){1,3}"
    r"(?P<name>[A-Z][\w.'-]*(?:[ \t]+(?:[A-Z][\w.'-]*|van|de|der|den|ter|te|ten)){1,4})"
)


def _initials_after_job(code: str, definition: str) -> bool:
    """Whether the code is the initials of the name after a job ("YR = boa Yvo Rijnberg"): the
    person's paraph, not an abbreviation of the job."""
    named = _NAME_AFTER_JOB.match(definition)
    return named is not None and first_letters_code(code, named.group("name"))


def _legend_code(match: re.Match[str]) -> bool:
    """Whether a legend defines the code as a part, a thing or an office, not a person's paraph:
    a role ("MW = medewerker ..."), an office holder's paraph ("WBe = griffier W. Beeckman") or
    a lower-case word with no name after it ("WC = woonconsulent (corporatie)")."""
    code, part, definition = match.group("code", "part", "definition")
    if _LEGEND_OFFICE.match(definition):
        return True
    if not code.isupper() or _initials_after_job(code, definition):
        return False
    if role_word(part) or part.lower() in ("klant", "cliënt", "client"):
        return True
    return part.islower() and _NAME_LIKE_WORD.search(definition) is None


# An office in a legend's definition, and a denial before it ("niet te verwarren met
# gemeentesecretaris H. Luitjens", "geen familie van de wethouder")
_OFFICE_IN_DEFINITION = re.compile(rf"\b(?:{_OFFICE_ALT})\b", re.IGNORECASE)
_DENIAL_BEFORE = re.compile(r"\b(?:niet|geen)\b[^()\n]{0,25}$", re.IGNORECASE)


def _legend_codes_of_persons(text: str) -> set[str]:
    """Codes a legend gives a person who holds no office there: a name first, and an office only
    where the definition denies it ("HL = Harm Luitjens, boa (niet ... gemeentesecretaris)")."""
    codes = set()
    for match in _LEGEND_CODE.finditer(text):
        definition = match.group("definition")
        if _legend_code(match) or not match.group("code").isupper():
            continue
        if all(
            _DENIAL_BEFORE.search(definition, 0, office.start())
            for office in _OFFICE_IN_DEFINITION.finditer(definition)
        ):
            codes.add(match.group("code"))
    return codes


def _role_codes(text: str, chosen: list[RedactionSpan]) -> set[str]:
    """Codes a list of those present gives a person's part: "Femke Slikema (schuldhulpverlener,
    SHV)", "mevrouw Hompe (cliënte, CL)", "zoon Jouke Hompe (ZOON)": the code abbreviates a
    word of the part (in the brackets, or right before the name), not the name. A code that
    follows the name's initials ("Ise Raats-Uijl (IRU)") or abbreviates no part ("Roel
    Dorrekate (RSt)") is the person's paraph."""
    # a transcript's legend: "MW = medewerker Gooitske Schuitdijk    B = beller"
    codes: set[str] = set()
    for match in _LEGEND_CODE.finditer(text):
        if not _legend_code(match):
            continue
        codes.add(match.group("code"))
        definition = match.group("definition")
        if _NAME_LIKE_WORD.search(definition) is None:  # a legend of things only: all its codes
            codes.update(m.group("code") for m in _NEXT_LEGEND_CODE.finditer(definition))
    for span in chosen:
        if span.type != "name" or span.action != "redact":
            continue
        definition = _DEFINED_CODE.match(text, span.end)
        if definition is None:
            continue
        code = definition.group("code")
        initials = "".join(
            w[0] for w in _NAME_WORD.findall(span.text.replace("-", " ")) if w[0].isupper()
        )
        if initials and letters_in_order(code.upper(), initials):
            continue
        before = re.findall(r"[^\W\d_]+", text[max(0, span.start - 30) : span.start])
        parts = re.findall(r"[^\W\d_]+", text[definition.start() : definition.start("code")])
        lowered = code.lower()
        if any(
            w[0].lower() == lowered[0] and letters_in_order(lowered, w.lower())
            for w in [*parts, *before[-1:]]
        ):
            codes.add(code)
    return codes


def _without_role_codes(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """Without the speaker codes of parts ("SHV: Goeiemorgen", "ZOON: Nul zes"): a role in a
    transcript, no name. The person's own name stays redacted wherever it stands."""
    codes = _role_codes(text, chosen)
    if not codes:
        return chosen
    return [s for s in chosen if not (s.type == "name" and s.text in codes)]


# A markdown table's cell that holds the code alone: "| 03-10-2024 | FO | J. Pierik-Lammers |"
_CELL_BEFORE = re.compile(r"\|[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*\|")


def _in_own_cell(text: str, start: int, end: int) -> bool:
    """Whether the code fills a table's cell by itself (the column of who did it)."""
    return bool(_CELL_BEFORE.search(text, max(0, start - 3), start)) and bool(
        _CELL_AFTER.match(text, end)
    )


# The places where initials that are also an abbreviation ("AB", "IN", "NB", "GS") can only be a
# paraph: after "paraaf" ("Paraaf teamleider: AB", "paraaf NB --", "Paraaf: JR / BV"), in a
# table's row right after the person's name ("A. Bronsvoort      AB      16-09-2025", "| G.
# Schuil | GS |"), in a cell of its own, or in brackets right after a name of that letter
# ("Groet, Ingrid (IN)", "nbijsterbosch (NB)"). (One a legend defines, "NB = Noor Ouadghiri", is
# that person's wherever it stands: `_initials_of_redacted` reads it with `_LEGEND_CODE`.)
_PARAPH_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?i:paraaf)(?:[ \t]+[a-z]{2,20})?[ \t]*:?[ \t]*(?:[A-Za-z]{2,4}[ \t]*/[ \t]*)?$"
)
_ROW_GAP = re.compile(r"[ \t]*\|?[ \t]+\|?[ \t]*")


def _signs_for_certain(text: str, start: int, end: int, names: list[RedactionSpan]) -> bool:
    """Whether the initials at text[start:end] stand where only a paraph can stand."""
    line_start = text.rfind("\n", 0, start) + 1
    if _PARAPH_WORD_BEFORE.search(text, line_start, start) or _in_own_cell(text, start, end):
        return True
    token = text[start:end]
    for name in names:
        if line_start <= name.end <= start and _ROW_GAP.fullmatch(text, name.end, start):
            return True  # the name's row: "I. Nijenhuis      IN      12-09-2025"
        if (
            name.end <= start
            and text[start - 1 : start] == "("
            and text[end : end + 1] == ")"
            and not text[name.end : start - 1].strip()
            and name.text[:1].upper() == token[0]
        ):
            return True  # "Ingrid (IN)"
    return False


def _initials_of_redacted(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    wanted: dict[str, RedactionSpan] = {}
    # initials that are also an abbreviation or a word ("AB" algemeen bestuur, "IN", "GS"):
    # that person's paraph only where nothing else can stand (`_signs_for_certain`)
    ambiguous: dict[str, RedactionSpan] = {}
    defined: set[str] = set()
    names = [s for s in chosen if s.type == "name" and s.action == "redact"]
    # the codes a legend gives, by where their definition starts: "NH = Noa Hameeteman   SB = Sem
    # Bosschaart (aspirant)"
    legend = (
        {m.start("definition"): m.group("code") for m in _LEGEND_CODE.finditer(text)}
        if names
        else {}
    )
    for span in names:
        # (a name written surname first is signed given name first: "GS" for "Stuulen, Gerda")
        capitals, particles = _paraphs_of(_given_first(span.text) or span.text)
        definition = _DEFINED_INITIALS.match(text, span.end)
        # ... also the first initial with the surname's where the note itself defines it: "mr.
        # H.G. Timmerman (voorzitter, HT)"
        short = capitals[0] + capitals[-1] if len(capitals) > 2 else ""
        if definition and definition.group("code") in (capitals, particles, short):
            # the note itself says who "MT" is: every "MT" is that person, wherever it stands,
            # though "MT" elsewhere may mean a management team
            defined.add(definition.group("code"))
            wanted[definition.group("code")] = span
        # ... or a legend before the name, also after another entry on its line
        code = legend.get(span.start)
        if code and code in (capitals, particles):
            defined.add(code)
            wanted[code] = span
        for token in (capitals, particles, capitals.lower()):
            if token and token not in wanted and token.lower() not in NOT_A_PARAPH:
                wanted[token] = span
            elif token.isupper() and token.lower() in NOT_A_PARAPH:
                ambiguous.setdefault(token, span)
    if not wanted and not ambiguous:
        return []
    extra: list[RedactionSpan] = []
    taken = [(s.start, s.end) for s in chosen]
    for match in _PARAPH_CANDIDATE.finditer(text):
        token = match.group(0)
        span = wanted.get(token)
        start, end = match.span()
        if span is None and token in ambiguous:
            if _signs_for_certain(text, start, end, names) and all(
                end <= b or start >= e for b, e in taken
            ):
                taken.append((start, end))
                reason = "Paraaf van een gelakte persoon."
                extra.append(_mention(ambiguous[token], text, start, end, reason, 0.7))
            continue
        if span is None:
            continue
        if token in defined:
            placed = True
        elif token.islower():
            placed = bool(_LINE_END.match(text, end))
        else:
            placed = (
                bool(_PARAPH_AFTER.match(text, end))
                or bool(_PARAPH_BEFORE.search(text, max(0, start - 3), start))
                # (not a role's label: "Paraaf FG: HBi")
                or bool(
                    _SIGNED_BEFORE.search(text, max(0, start - 14), start)
                    and not text.startswith(":", end)
                )
                or _in_own_cell(text, start, end)
            )
        if not placed or any(start < e and end > b for b, e in taken):
            continue
        taken.append((start, end))
        extra.append(_mention(span, text, start, end, "Paraaf van een gelakte persoon.", 0.7))
    return extra


def _mention(
    span: RedactionSpan, text: str, start: int, end: int, reason: str, confidence: float
) -> RedactionSpan:
    """Another mention of a redacted person: the same type, ground and action, here."""
    return span.model_copy(
        update={
            "start": start,
            "end": end,
            "text": text[start:end],
            "reason": reason,
            "confidence": confidence,
        }
    )


# Numbers that belong to one person wherever they stand: a staff number found in a table's
# column is that person's in the note under it too ("Hooijmeijer (nr. 100601)").
_REPEATABLE = ("document_number", "kenteken")


def _repeated_numbers(text: str, chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """Every other mention of a redacted personal number or licence plate, where nothing else
    was found."""
    added: list[RedactionSpan] = []
    taken = [(s.start, s.end) for s in chosen]
    lowered = text.lower()
    values = {
        s.text: s
        for s in chosen
        if s.type in _REPEATABLE
        and s.action == "redact"
        and len(s.text) >= 5
        and any(char.isdigit() for char in s.text)
    }
    for value, span in values.items():
        for start in _mentions(lowered, value.lower()):
            end = start + len(value)
            if all(end <= a or start >= b for a, b in taken):
                reason = "Zelfde nummer als elders in het document gelakt."
                added.append(_mention(span, text, start, end, reason, span.confidence))
                taken.append((start, end))
    return added


def _sole_trader_numbers_everywhere(chosen: list[RedactionSpan]) -> list[RedactionSpan]:
    """A KvK or btw number found to be a sole trader's in one place is that person's wherever
    it stands in the document, also where its context alone looked like a company's."""
    personal = {
        re.sub(r"\W", "", s.text)
        for s in chosen
        if s.type in ("kvk", "btw") and s.action == "redact"
    }
    reason = "Zelfde KvK- of btw-nummer als elders in het document, daar van een eenmanszaak."
    return [
        s.model_copy(update={"action": "redact", "reason": reason})
        if s.type in ("kvk", "btw") and s.action == "keep" and re.sub(r"\W", "", s.text) in personal
        else s
        for s in chosen
    ]


_NAME_GOES_ON = re.compile(r"[@-]|[ \t]+[A-Z]|\.\w")


def _mentions(lowered_text: str, word: str) -> list[int]:
    """Starts of `word` as a whole word in the (lower-cased) text."""
    found = []
    at = lowered_text.find(word)
    while at >= 0:
        before = lowered_text[at - 1] if at else " "
        after = lowered_text[at + len(word) : at + len(word) + 1] or " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            found.append(at)
        at = lowered_text.find(word, at + 1)
    return found


def _normalise_number(value: str) -> str:
    """Compare numbers by their E.164 form when they are phone numbers, else by alphanumerics."""
    compact = re.sub(r"[^0-9A-Za-z+]", "", value).upper()
    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        return compact
    if phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return compact


def _keep_or_redact(value: str, kept_numbers: set[str]) -> tuple[str, str]:
    if _normalise_number(value) in kept_numbers:
        return "keep", "Nummer staat op de lijst van openbare nummers van de organisatie."
    return "redact", ""


# Nine digits in any grouping ("138 39 76 48", "2231 61019"), only shortly after the word BSN.
_BSN_ANY_GROUPING = re.compile(r"(?<![\w.,/-])(\d{1,5}(?:[ .]\d{1,5}){1,4})(?![\w/-]|[.,]\d)")
_BSN_WORD = re.compile(_BSN_WORDS, re.IGNORECASE)


def _part_of_an_amount(text: str, start: int, end: int) -> bool:
    """Whether the digits from `start` to `end` are part of a number with a decimal comma:
    after "1," with no cell's end after them, or before ",50" without a cell's start before
    them. In '"Vugts, A.J.M.",648175133,22/06/1990' the commas part the cells of an export."""
    cell_start = start == 0 or text[start - 1] in ',"\n;\t|'
    cell_end = end == len(text) or text[end] in ',"\n\r;\t|'
    after_digit_comma = start >= 2 and text[start - 1] == "," and text[start - 2].isdigit()
    before_comma_digit = text.startswith(",", end) and text[end + 1 : end + 2].isdigit()
    # a list of numbers of the same length ("burgerservicenummer=127280911,780536356") is no
    # decimal fraction
    listed = re.match(rf",\d{{{end - start}}}(?!\d)", text[end:]) is not None
    return (after_digit_comma and not cell_end) or (
        before_comma_digit and not cell_start and not listed
    )


def _find_bsn(text: str, kept_numbers: set[str]) -> list[RedactionSpan]:
    spans = []
    for match in _BSN_ANY_GROUPING.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if (
            len(digits) == 9
            and not _BSN_RE.fullmatch(match.group(1))
            and stdnum_bsn.is_valid(digits)
            and _BSN_WORD.search(text, max(0, match.start() - 200), match.start())
        ):
            action, reason = _keep_or_redact(match.group(1), kept_numbers)
            spans.append(
                RedactionSpan(
                    start=match.start(1),
                    end=match.end(1),
                    text=match.group(1),
                    type="bsn",
                    ground=GROUND_IDENTIFIER,
                    action=action,
                    reason=reason or "Burgerservicenummer (11-proef, na het woord BSN).",
                    confidence=0.9,
                )
            )
    for match in _BSN_RE.finditer(text):
        value = match.group(1)
        if _part_of_an_amount(text, match.start(1), match.end()):
            continue
        if _CURRENCY_BEFORE.search(text[max(0, match.start() - 6) : match.start()]):
            continue
        if _BTW_BEFORE.search(text, max(0, match.start() - 3), match.start(1)) and (
            _BTW_AFTER.match(text, match.end())
        ):
            continue  # the digits of a btw number ("NL 9741.09.186.B88"): found whole as one
        if not stdnum_bsn.is_valid(re.sub(r"\D", "", value)):
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        if _COUNTRY_CODE_BEFORE.search(before) or re.search(r"(?<![^\W_])\+$", before):
            # "+34 612 448 903", "+351 912 447 063": a phone number, no BSN, also a Dutch one
            # with its nine digits grouped as a BSN's ("+31 165 803 940"); but an
            # EDIFACT segment's data element is one ("PNA+PAT+550296463:100")
            continue
        if _REFERENCE_LABEL.search(before) and not _BSN_LABEL.search(before):
            continue  # "zaak 202400116": the 11-proef alone does not make a case number a BSN
        action, reason = _keep_or_redact(value, kept_numbers)
        spans.append(
            RedactionSpan(
                start=match.start(1),
                end=match.end(),
                text=text[match.start(1) : match.end()],
                type="bsn",
                ground=GROUND_IDENTIFIER,
                action=action,
                reason=reason or "Burgerservicenummer (geldig volgens de 11-proef).",
                confidence=0.95,
            )
        )
    return spans


# A record of a file with fixed column widths or of its split without a header, as a benefits
# agency delivers it: a BSN, the name in capitals and the date of birth written together
# ("845863903EL KHATIB Y        19680715LOON...", "845863903;EL KHATIB Y;19680715;LOON").
_PERSON_RECORD = re.compile(
    r"^(?P<bsn>\d{9})(?:(?P<glued>)|[;|\t,])"
    r"(?P<name>[A-Z][A-Z'-]*(?:[ ][A-Z][A-Z'-]*){0,5})"
    r"(?(glued)[ ]{2,}|[ ]*[;|\t,])"
    r"(?P<dob>(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?!\d)",
    re.MULTILINE,
)


def _person_records(text: str, kept_numbers: set[str]) -> list[RedactionSpan]:
    """The BSN, name and date of birth of each such record whose number passes the elfproef; a
    number on the organisation's list of public numbers is kept, the name and date still go."""
    spans = []
    for match in _PERSON_RECORD.finditer(text):
        if not stdnum_bsn.is_valid(match.group("bsn")):
            continue
        reason = "Record zonder kop (vaste kolombreedte of gesplitst): BSN, naam en geboortedatum."
        action, kept_reason = _keep_or_redact(match.group("bsn"), kept_numbers)
        spans.append(_span_of(text, *match.span("bsn"), "bsn", action, kept_reason or reason))
        for group in ("name", "dob"):
            spans.append(_span_of(text, *match.span(group), group, "redact", reason))
    return spans


def _find_iban(text: str, kept_numbers: set[str]) -> list[RedactionSpan]:
    spans = []
    position = 0
    while match := _IBAN_RE.search(text, position):
        # The pattern may run on into following words; take the longest valid prefix that
        # ends at a space. Without one, look again from the next word: "op 31 januari 2026 op
        # rekening NL18 ..." starts a false match at "op 31" that swallows the real IBAN.
        position = match.start() + 1
        raw = match.group(0)
        ends = [i for i, char in enumerate(raw) if char == " "] + [len(raw)]
        for end in sorted(ends, reverse=True):
            value = raw[:end]
            if not stdnum_iban.is_valid(value.replace(" ", "")):
                continue
            action, reason = _keep_or_redact(value, kept_numbers)
            spans.append(
                RedactionSpan(
                    start=match.start(),
                    end=match.start() + end,
                    text=value,
                    type="iban",
                    ground=GROUND_PRIVACY,
                    action=action,
                    reason=reason or "Bankrekeningnummer (IBAN met geldig controlegetal).",
                    confidence=0.98,
                )
            )
            position = match.start() + end
            break
    return spans


# A mailbox announced as the organisation's own: "via het algemene adres havendienst.dh@...",
# an export's key "email_functioneel = ...".
_GENERAL_MAILBOX_BEFORE = re.compile(
    r"(?i:(?:het|ons|een)[ \t]+algemene?[ \t]+(?:e-?mail)?(?:adres|mailbox)|"
    r"functionele?[ \t]+(?:e-?mail)?(?:adres|mailbox)|"
    r"\b(?:e-?mail|mail)_(?:functioneel|algemeen)[ \t]*[:=])[ \t]*:?[ \t]*$"
)
# The line of a calendar item's identifier, written like an address: "UID:HUW-2025-0388@hoorn.nl".
_CALENDAR_UID = re.compile(r"(?:^|\n)UID[ \t]*:[ \t]*$")


# The header lines whose "<...@...>" name a message, not a mailbox
_MESSAGE_ID = re.compile(
    r"^(?i:message-id|in-reply-to|references|x-message-id)[ \t]*:[^\n]*<[^<>\n]*$",
    re.MULTILINE,
)


def _mailing_list(text: str, local: str) -> bool:
    """Whether the address is a mailing list's own: its name tags the subjects ("[Bestuur-DBR]")
    or signs the archive ("Bestuur-DBR mailing list")."""
    name = re.escape(local)
    return re.search(rf"(?i)\[{name}\]|(?<![\w-]){name}[ \t]+mailing[ \t]+list", text) is not None


# An address as a mailing-list archive (Mailman's pipermail) writes it against harvesting:
# "From: wybe.hellema at icloud.com (Wybe Hellema)".
_ARCHIVED_EMAIL_RE = re.compile(
    rf"(?<![\w.%+@-])(?P<local>{_EMAIL_LOCAL})[ ]at[ ](?P<domain>{_EMAIL_DOMAIN})(?![\w@-])"
)
_LIST_ARCHIVE = re.compile(r"(?i:pipermail|mailman|mailing[ ]list)")


def _archived_emails(text: str) -> list[tuple[int, int, str]]:
    """(start, end, address) of the addresses written "name at domain": in a list archive, or
    where the name looks like an address's own part or the domain is a private mail
    provider's (not "more at example.com" in English prose)."""
    archive = _LIST_ARCHIVE.search(text) is not None
    found = []
    for match in _ARCHIVED_EMAIL_RE.finditer(text):
        local, domain = match.group("local"), match.group("domain").lower()
        if not re.search(r"[A-Za-z]", local) or not re.search(r"[a-z][\w-]*\.[a-z]+$", domain):
            continue  # a photo's time: "WhatsApp Image 2025-09-13 at 18.02.11.jpeg"
        if archive or re.search(r"[._\d]", local) or _PRIVATE_MAIL.search(domain):
            found.append((match.start(), match.end(), f"{local}@{domain}"))
    return found


def _find_email(text: str, kept_emails: set[str]) -> list[RedactionSpan]:
    spans = []
    matches = [(m.start(), m.end(), m.group(0)) for m in _EMAIL_RE.finditer(text)]
    for start, end, value in sorted([*matches, *_archived_emails(text)]):
        local = value.split("@", 1)[0].lower()
        if ".." in value:
            continue
        if _CALENDAR_UID.search(text, max(0, start - 20), start):
            continue  # a calendar item's identifier: "UID:HUW-2025-0388@medemblik.nl"
        if _MESSAGE_ID.search(text, text.rfind("\n", 0, start) + 1, start) and not re.search(
            r"[a-z]{4}", local
        ):
            # a message's identifier: "Message-ID: <CAF3k9x2+qT@mail.gmail.com>"; not one that
            # holds a login ("<AM9PR07MB7112.bottersumer-4e1f@...>")
            continue
        if value.lower() in kept_emails:
            action, reason = "keep", "E-mailadres staat op de lijst van openbare adressen."
        elif (
            # announced as the organisation's own: "via het algemene adres ..."
            _GENERAL_MAILBOX_BEFORE.search(text, max(0, start - 40), start)
            or _mailing_list(text, local)
            or local in FUNCTIONAL_MAILBOXES
            or _functional_local(local)
            or re.fullmatch(r"\d+[a-z]?", local) is not None  # an article: "13b@amsterdam.nl"
            or _TEAM_MAILBOX.match(local)
            or _impersonal_local(local, value.split("@", 1)[1].lower())
        ):
            action, reason = "keep", _FUNCTIONAL_MAILBOX
        elif _COUNCIL_DOMAIN.match(value.split("@", 1)[1]):
            action, reason = "keep", COUNCIL_MAILBOX
        elif _OFFICE_LOCAL.fullmatch(local) and not _PRIVATE_MAIL.search(
            value.split("@", 1)[1].lower()
        ):  # not a club's chair at a private provider: "voorzitter.skalm@live.nl"
            action, reason = "keep", "E-mailadres van een ambtsdrager in functie; blijft zichtbaar."
        else:
            action, reason = "redact", "E-mailadres van een persoon."
        spans.append(
            RedactionSpan(
                start=start,
                end=end,
                text=text[start:end],
                type="email",
                ground=GROUND_PRIVACY,
                action=action,
                reason=reason,
                confidence=0.9,
            )
        )
    return spans


# An office holder's mailbox by office: "dijkgraaf@", "gedeputeerde.schenkeveld@".
_OFFICE_LOCAL = re.compile(rf"(?i:{_OFFICE_MAILBOX_ROLE})(?:[._-][a-z.-]+)?")
# A council's own mail domain ("m.jansen@raad.tilburg.nl"): its members are office holders,
# reachable in office at that address.
_COUNCIL_DOMAIN = re.compile(r"(?i:raad|gemeenteraad|griffie|statenleden)\.[\w-]+\.[a-z]{2,}$")
COUNCIL_MAILBOX = "E-mailadres bij de raad (raadslid, ambtsdrager); blijft zichtbaar."


# Mail providers for private persons: every address there is someone's own.
_PRIVATE_MAIL = re.compile(
    r"(?:^|\.)(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|mac|ziggo|kpnmail|"
    r"kpnplanet|planet|home|xs4all|hetnet|chello|casema|zeelandnet|telfort|tele2|upcmail|online|"
    r"quicknet|proton|protonmail|pm|aol|gmx|web|t-online|freeler|wanadoo|caiway|solcon|"
    r"onsbrabantnet|kabelfoon|delta|hccnet|tiscali|versatel|shaw|btinternet|orange|free)\.[a-z.]+$"
)
_PARTICLES = ("van", "vd", "de", "der", "den", "ter", "ten", "te", "la", "le", "el", "al")


def _without_particles(word: str) -> set[str]:
    """`word` and what is left after any run of leading particles ("vanleeuwen" -> "leeuwen")."""
    found = {word}
    for particle in _PARTICLES:
        if word.startswith(particle) and len(word) > len(particle):
            found |= _without_particles(word[len(particle) :])
    return found


def _impersonal_local(local: str, domain: str) -> bool:
    """A one-word mailbox at an organisation ("trouwen@", "lijkbezorging@") that holds no
    person's name: not a known first name or surname, nor initials or a first name followed by
    one ("jdevries", "pjansen", "marieke", "annabakker"). Unknown words only count with the
    name lists loaded; a private mail provider is always personal."""
    if not local.isalpha() or len(local) < 5 or _PRIVATE_MAIL.search(domain):
        return False
    for split in range(len(local) - 3):
        head, tail = local[:split], local[split:]
        if split > 3 and not person_word_known(head):
            continue
        if split and tail.startswith(_PARTICLES) and len(tail) >= 5:
            return False  # "kvanleeuwen", "mariekevanleeuwen": a surname with its particle
        for candidate in _without_particles(tail):
            # "vandam": a surname of three letters after its particle counts too
            shortest = 3 if candidate != tail else 4
            if len(candidate) >= shortest and person_word_known(candidate):
                return False
    return True


# A city's districts as the second part of a team's mailbox ("bijzonderezaken.noord@"); not
# inside a word ("noordhuis@" is a person's).
_DISTRICTS = frozenset(
    {"noord", "oost", "zuid", "west", "zuidoost", "nieuwwest", "nieuw-west",
     # a region's team: "riec.limburg@", "brandweer.noord@"
     "groningen", "friesland", "fryslan", "drenthe", "overijssel", "flevoland", "gelderland",
     "utrecht", "noordholland", "zuidholland", "zeeland", "brabant", "limburg",
     # a company's country desk: "schade.nl@crawco-nl.com"
     "nl", "be"}
)  # fmt: skip


_COMPASS = re.compile(r"(?:noord|oost|zuid|west|midden)(?=[a-z]{4})")


def _district(part: str) -> bool:
    """A district or region, also with its point of the compass: "noord", "oostbrabant"."""
    compass = _COMPASS.match(part)
    region = part[compass.end() :] if compass else part
    return part in _DISTRICTS or region in _DISTRICTS or bool(compass and region in places())


def _functional_local(local: str) -> bool:
    """Whether a local part is written entirely in functional words ("adresonderzoek",
    "bestuurssecretariaat" with the linking s); initials or a surname make it personal."""
    if len(local) > 40:
        return False
    parts = re.split(r"[._-]", local)  # "pgb.jeugd", "hr-advies", "wijkteam.centrum"
    if len(parts) > 1:
        # a place may name the team's location: "dijkpost.wamel", "burgerzaken.zeist"
        return all(
            part and (_functional_local(part) or part in places() or _district(part))
            for part in parts
        ) and any(_functional_local(part) for part in parts)
    if not local.isalpha():
        return False
    reachable = [True] + [False] * len(local)
    for end in range(1, len(local) + 1):
        for start in range(end):
            if not reachable[start]:
                continue
            word = local[start:end]
            if word in _FUNCTIONAL_WORDS or (word.endswith("s") and word[:-1] in _FUNCTIONAL_WORDS):
                reachable[end] = True
                break
    return reachable[-1]


_DATE_START = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}(?!\d))")
_FULL_DATE = re.compile(r"(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?!\d)")


_LANDLINE_RE = re.compile(
    # "0596 571 882": a four-digit area code with the subscriber in two threes
    r"(?<![\w+-])0[1-57-9]\d{1,2}[ -]?(?:\d{2,3}(?:[ -]?\d{2}){2}|\d{3}[ -]\d{3})"
    r"(?![\w-]|[.,]\d)"
)


def _cell_phone_number(cell: str) -> phonenumbers.PhoneNumber | None:
    """The valid phone number a phone column's cell holds, also an international one written
    without its "+" ("31646706517"); None if it holds none."""
    tries = [cell] + (["+" + cell] if cell.isdigit() and not cell.startswith("0") else [])
    for attempt in tries:
        try:
            number = phonenumbers.parse(attempt, "NL")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
    return None


def _phone_span(
    text: str, start: int, end: int, number: phonenumbers.PhoneNumber, kept_numbers: set[str]
) -> RedactionSpan:
    """A phone number found at text[start:end]: kept when it is on the organisation's list or a
    service number (0800, 0900, 088 unless announced as a direct line), else redacted."""
    number_type = phonenumbers.number_type(number)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if e164 in kept_numbers:
        action, reason = "keep", "Nummer staat op de lijst van openbare nummers van de organisatie."
    elif number_type in _KEEP_PHONE_TYPES and not _DIRECT_LINE.search(
        text, max(0, start - 30), start
    ):
        action, reason = "keep", _KEEP_PHONE_TYPES[number_type]
    else:
        action, reason = "redact", "Telefoonnummer van een persoon."
    return RedactionSpan(
        start=start,
        end=end,
        text=text[start:end],
        type="phone",
        ground=GROUND_PRIVACY,
        action=action,
        reason=reason,
        confidence=0.85,
    )


# The key of an identifier in a log line, right before a number: 'logid="0101039426"',
# "eventid=0100032001".
_ID_KEY_BEFORE = re.compile(r"(?<![\w-])[a-z_]*id=\"?$", re.IGNORECASE)


_BELGIAN_ENTERPRISE_BEFORE = re.compile(rf"{BELGIAN_ENTERPRISE_WORD}[\w \t.:/-]{{0,12}}$")


def _belgian_enterprise_number(text: str, start: int, value: str) -> bool:
    """Whether a phone-like value after the word for it is a Belgian enterprise number."""
    before = _BELGIAN_ENTERPRISE_BEFORE.search(text, max(0, start - 25), start)
    return before is not None and belgian_vat.is_valid(value)


_CODE_PREFIX_BEFORE = re.compile(r"(?<![\w-])(?!(?:TEL|FAX|GSM|MOB|NR)-)[A-Z]{2,6}-$")
_GLUED_PLUS = re.compile(r"(?<=[^\W_])\+(?=0)|(?<=\d)\+(?=\d)")


def _find_phone(text: str, kept_numbers: set[str]) -> list[RedactionSpan]:
    spans = []
    # A "+" right after a letter or digit separates, as a space would: an EDIFACT segment's data
    # elements ("COM+035 656 38 02:TE'"), a URL-encoded space ("06+48+22+19+07").
    separated = _GLUED_PLUS.sub(" ", text)
    matcher = phonenumbers.PhoneNumberMatcher(separated, "NL", leniency=phonenumbers.Leniency.VALID)
    for match in matcher:
        raw = match.raw_string
        # Only written phone notations: a bare digit run is more likely a case or file number.
        if not raw.startswith(("0", "+", "(")):
            continue
        if _ID_KEY_BEFORE.search(text, max(0, match.start - 20), match.start):
            continue  # 'logid="0101039426"' in a log line: an identifier, no phone number
        if _CODE_PREFIX_BEFORE.search(text, max(0, match.start - 8), match.start):
            continue  # "levering EB-0317-2025-03": the rest of a reference, no phone number
        if _belgian_enterprise_number(text, match.start, raw):
            continue  # "KBO 0512098731": a Belgian enterprise number (find_kvk), no phone
        if _DATE_START.match(raw) or _FULL_DATE.search(raw):
            # a date ("09-09-2016", "02-02-2026 08:14"), or an inventory's number and the date
            # in the next column ("W-02  05-03-2024"): not a phone number
            continue
        national = str(match.number.national_number)
        if match.number.country_code == 31 and national.startswith("14") and len(national) <= 6:
            continue  # 14 0xx(x): the general number of a municipality
        spans.append(_phone_span(text, match.start, match.end, match.number, kept_numbers))
    # A phone number in a message's phone field, glued to the field's code ("|BF0184-702953|"
    # in a library's SIP2 message)
    # ... and one in a phone column written without its "+": "31646706517"
    for start, end, kind in find_table_cells(text):
        if kind != "phone" or any(start < span.end and span.start < end for span in spans):
            continue
        number = _cell_phone_number(text[start:end])
        if number is not None:
            spans.append(_phone_span(text, start, end, number, kept_numbers))
    # A landline that libphonenumber read together with the next column's digits ("0222-31 84
    # 07  3 pallets" in a register) and then found invalid: the number on its own.
    for match in _LANDLINE_RE.finditer(text):
        if any(match.start() < span.end and span.start < match.end() for span in spans):
            continue
        try:
            number = phonenumbers.parse(match.group(0), "NL")
        except phonenumbers.NumberParseException:
            continue
        if (
            phonenumbers.is_valid_number(number)
            and not _DATE_START.match(match.group(0))
            and not _ID_KEY_BEFORE.search(text, max(0, match.start() - 20), match.start())
            and not _belgian_enterprise_number(text, match.start(), match.group(0))
        ):
            spans.append(_phone_span(text, match.start(), match.end(), number, kept_numbers))
    # Mobile notations (06 / +31 6) that libphonenumber calls unallocated are still personal:
    # fail closed and redact them too; also in a cell of a CSV row, where the next cell may
    # start with a digit ("06-97038779,6061BW").
    for match in itertools.chain(MOBILE_RE.finditer(text), _CELL_MOBILE.finditer(text)):
        if any(match.start() < span.end and span.start < match.end() for span in spans):
            continue
        if _normalise_number(match.group(0)) in kept_numbers:
            continue
        date = _DATE_START.match(match.group(0))
        if (
            date
            and int(re.split(r"[-/.]", date.group(0))[1]) <= 12
            and not _DOTTED_PAIRS.fullmatch(match.group(0))
        ):
            # "06-10-2025\t08:40" in an export: a date and a time; not "06.41.27..." nor
            # "06.12.95.76.01" (five pairs between dots: no date is written so)
            continue
        reason = "Mobiel nummer van een persoon (notatie 06)."
        spans.append(redact_match(match, "phone", reason, 0.75))
    # A foreign number in international notation that libphonenumber calls invalid (a range it
    # does not know, "+44 7700 900 418") is still someone's: fail closed.
    for match in _FOREIGN_NUMBER.finditer(text):
        if any(match.start() < span.end and span.start < match.end() for span in spans):
            continue
        try:
            number = phonenumbers.parse(match.group(0), None)
        except phonenumbers.NumberParseException:
            continue
        if number.country_code != 31 and phonenumbers.is_possible_number(number):
            reason = "Buitenlands telefoonnummer (internationale notatie)."
            spans.append(redact_match(match, "phone", reason, 0.7))
    # A Dutch mobile number as an SMS gateway or a telecom export writes it, the country code
    # without a plus ("31654102938"): eleven digits that no other Dutch number begins with.
    for match in MSISDN_RE.finditer(text):
        if any(match.start() < span.end and span.start < match.end() for span in spans):
            continue
        if _normalise_number("+" + match.group(0)) in kept_numbers:
            continue
        reason = "Mobiel nummer van een persoon (31 6..., zonder plus)."
        spans.append(redact_match(match, "phone", reason, 0.7))
    # A German mobile number in its national notation after a German word for it: "mobil 0171
    # 442 9081", "Handy: 0152-2834 1190" (as a Dutch number it is invalid).
    for match in _GERMAN_MOBILE.finditer(text):
        number_span = match.span("number")
        if any(number_span[0] < span.end and span.start < number_span[1] for span in spans):
            continue
        try:
            number = phonenumbers.parse(match.group("number"), "DE")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            reason = "Duits mobiel nummer van een persoon."
            spans.append(_span_of(text, *number_span, "phone", "redact", reason))
    return spans


# A mobile number in five pairs between dots ("06.12.95.76.01"): no date is written so
_DOTTED_PAIRS = re.compile(r"06(?:\.\d{2}){4}")
# A mobile number that fills a cell of a CSV row: "...hotmail.com,06-97038779,6061BW".
_CELL_MOBILE = re.compile(r"(?<=[,;])(?:06|\+316)[ -]?\d{8}(?=[,;])")

_GERMAN_MOBILE = re.compile(
    r"(?<![\w-])(?i:mobil|handy|mobiltelefon|mobilnummer|handynummer)[ \t]*:?[ \t]*"
    r"(?P<number>01[5-7]\d(?:[ /-]?\d){6,8})(?![\w-])"
)


_FOREIGN_NUMBER = re.compile(r"(?<![\w+])\+(?!31)\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}(?![\w-])")
