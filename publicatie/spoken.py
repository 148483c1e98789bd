"""Values written out in words, as a speech-to-text transcript or a formal deed writes them.

A KCC call transcript says "nul zes twee acht drie vier vijf nul nul een" and "hubkleikers at
home punt nl"; a proces-verbaal of the civil registry says "geboren op acht maart
negentienhonderdzevenentachtig". The digit and date detectors never see digits there, so this
module finds the spoken forms itself.
"""

from __future__ import annotations

import re

from publicatie.patterns import BIRTH_WORDS, STREET_SUFFIX, Hit

__all__ = ["find_spoken"]

_DIGIT = r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
# Eight or more digit words in a row: a phone number, BSN or account said aloud. Ordinary text
# never strings that many digit words together.
_DIGIT_RUN = re.compile(rf"(?<![\w-]){_DIGIT}(?:[ \t,]+{_DIGIT}){{7,}}(?![\w-])", re.IGNORECASE)
# "hubkleikers at home punt nl", "j punt jansen apenstaartje ziggo punt nl"
_SPOKEN_EMAIL = re.compile(
    r"(?<![\w-])[\w.-]+(?:[ \t]+punt[ \t]+[\w-]+)*[ \t]+(?:at|apenstaartje|apestaart)"
    r"(?:[ \t]+[\w-]+){1,2}?(?:[ \t]+punt[ \t]+(?:nl|com|be|de|org|net|eu|info))(?![\w-])",
    re.IGNORECASE,
)
_DAY = (
    r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    r"vijftien|zestien|zeventien|achttien|negentien|twintig|eenentwintig|tweeëntwintig|"
    r"drieëntwintig|vierentwintig|vijfentwintig|zesentwintig|zevenentwintig|achtentwintig|"
    r"negenentwintig|dertig|eenendertig|\d{1,2})"
)
_MONTH = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december)"
)
# "negentien achtenvijftig", "negentienhonderdzevenentachtig", "tweeduizend vier"
_YEAR_WORDS = (
    r"(?:negentienhonderd\w*|tweeduizend(?:[ \t]+\w+)?|\w*tienhonderd\w*"
    r"|(?:negentien|twintig)[ \t]+\w+)"
)
_WORDED_DATE = re.compile(
    rf"(?<![\w-]){_DAY}[ \t]+{_MONTH}[ \t]+{_YEAR_WORDS}(?![\w-])", re.IGNORECASE
)
# "March 3rd, 2006", "3 March 2006"
_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_ENGLISH_DATE = re.compile(
    rf"(?<![\w-])(?:{_EN_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d{{2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_EN_MONTH},?[ \t]+(?:19|20)\d{{2}})(?![\w-])"
)
# Number words from nul to negenennegentig, also in regional forms ("vief", "zeuven",
# "achtien") and with hyphens ("een-en-veertig"): a phone number said in pairs, "nul zes twaalf
# vierendertig achtenvijftig zeventig".
_UNIT = r"(?:nul|een|één|ene|twee|drie|vier|vief|vijf|zes|zeven|zeuven|acht|negen)"
_TENS = r"(?:twintig|dertig|veertig|vieftig|vijftig|zestig|zeventig|tachtig|negentig)"
_TEEN = (
    r"(?:tien|elf|twaalf|dertien|veertien|vieftien|vijftien|zestien|zeventien|zeuventien|"
    r"achttien|achtien|"
    r"negentien)"
)
_PAIR = rf"(?:{_UNIT}-?[eë]n-?{_TENS}|{_TENS}|{_TEEN})"
# two digits joined by a hyphen count as a pair too: "nul-zes, een-negen, vier-vier"
_JOINED = rf"{_UNIT}-{_UNIT}"
_SAID_NUMBER = re.compile(
    rf"(?<![\w-])nul(?:-{_UNIT})?(?:[ \t]*,?[ \t]+(?:{_PAIR}|{_JOINED}|{_UNIT})(?![\w-])){{3,12}}",
    re.IGNORECASE,
)
_PAIR_RE = re.compile(rf"^{_PAIR}$", re.IGNORECASE)
# A house number said or written in a sentence about where someone lives or which neighbour is
# meant: "wij wonen aan de vaart, het derde huis na de kerk, nummer 147", "huisnummer
# eenentwintig", "de buurman van nummer zesentachtig", "mevrouw Raamskamp van nr. 26-b". A
# number without such a cue ("nummer 3 op de agenda") stays.
_HOUSE_VALUE = (
    rf"(?:\d{{1,4}}(?:[ -]?[a-zA-Z](?![\w])|-\d{{1,3}})?"
    rf"|(?:honderd)?(?:{_PAIR}|{_UNIT})e?(?:[ \t]+[A-Z](?![\w]))?)"
)
_HOUSE_NUMBER = re.compile(
    rf"(?<![\w-])(?:huis(?=nummer))?(?P<value>(?:nummer|nr\.?)[ \t]+{_HOUSE_VALUE})(?![\w-])",
    re.IGNORECASE,
)
_LIVES = re.compile(
    r"(?i:\bwo(?:on|ont|nen|onde|onachtig|nend)\b|\bbin van\b|\bhuis\b|\bhoes\b|\bflat\b|"
    r"\bverdieping\b)[^.!?\n]{0,110}$"
)
_NEIGHBOUR = re.compile(
    r"(?i:\b(?:over)?buur(?:man|vrouw|meisje|jongen|en)?\b|\bbewoners?\b|\bmevrouw\b|\bmeneer\b|"
    r"\bde heer\b|\bfamilie\b|\bfam\.)[^.!?\n]{0,60}\b(?:van|op)[ \t]+$"
)


# Right before the number: a comma, "op", "van" or "huis", not a thing's name ("mast nummer 3",
# "zijn nr. 2 en nr. 5": the second person of a list).
_BEFORE_HOUSE_NUMBER = re.compile(
    r"(?:[,:;(]|(?<![\w-])(?i:op|van|aan|bij|naar|verdieping|huis|hoes|adres)"
    # a street without its number: "ik woon op de Veldstraat nummer zeuventien"
    rf"|(?<![\w-])[A-Z][\w'-]*{STREET_SUFFIX})[ \t]*$"
)


def _house_numbers(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for match in _HOUSE_NUMBER.finditer(text):
        before = text[max(0, match.start() - 120) : match.start()]
        if not (match.group(0).lower().startswith("huis") or _BEFORE_HOUSE_NUMBER.search(before)):
            continue
        if _LIVES.search(before) or _NEIGHBOUR.search(before):
            reason = "Huisnummer in een zin over waar iemand woont (woonadres)."
            hits.append((match.start("value"), match.end("value"), "address", "redact", reason))
    return hits


def _said_numbers(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for match in _SAID_NUMBER.finditer(text):
        words = re.findall(r"[^\W\d_]+(?:-[eë]n-[^\W\d_]+)?", match.group(0))
        digits = sum(2 if _PAIR_RE.match(word) else 1 for word in words)
        paired = any(_PAIR_RE.match(word) for word in words) or re.search(
            rf"(?<![\w-]){_JOINED}(?![\w-])", match.group(0), re.IGNORECASE
        )
        if 9 <= digits <= 11 and paired:
            reason = "Telefoonnummer in woorden (in paren uitgesproken)."
            hits.append((match.start(), match.end(), "phone", "redact", reason))
    return hits


# a question ("mag ik uw geboortedatum?") is answered in the next line: it ends no context
_SENTENCE_END = re.compile(r"[.!](?:\s|$)")
_BIRTH_CUE = re.compile(rf"{BIRTH_WORDS}|date of birth|born", re.IGNORECASE)


def find_spoken(text: str) -> list[Hit]:
    """Digit runs, phone numbers said in pairs, house numbers in a sentence about where someone
    lives, e-mail addresses and dates of birth written out in words."""
    hits: list[Hit] = []
    for match in _DIGIT_RUN.finditer(text):
        digits = len(re.findall(_DIGIT, match.group(0), re.IGNORECASE))
        kind = "phone" if match.group(0).lower().startswith("nul") or digits == 10 else "bsn"
        reason = "Nummer in woorden (uitgesproken), herleidbaar tot een persoon."
        hits.append((match.start(), match.end(), kind, "redact", reason))
    hits += [h for h in _said_numbers(text) if not any(h[0] < b and a < h[1] for a, b, *_ in hits)]
    hits += _house_numbers(text)
    for match in _SPOKEN_EMAIL.finditer(text):
        hits.append((match.start(), match.end(), "email", "redact", "E-mailadres in woorden."))
    for pattern in (_WORDED_DATE, _ENGLISH_DATE):
        for match in pattern.finditer(text):
            cues = list(_BIRTH_CUE.finditer(text, max(0, match.start() - 100), match.start()))
            if cues and not _SENTENCE_END.search(text, cues[-1].end(), match.start()):
                reason = "Geboortedatum (in woorden of Engelse notatie, na 'geboren')."
                hits.append((match.start(), match.end(), "dob", "redact", reason))
    return hits
