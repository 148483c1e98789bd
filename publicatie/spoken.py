"""Values written out in words, as a speech-to-text transcript or a formal deed writes them.

A KCC call transcript says "nul zes twee acht drie vier vijf nul nul een" and "hubkleikers at
home punt nl"; a proces-verbaal of the civil registry says "geboren op acht maart
negentienhonderdzevenentachtig". The digit and date detectors never see digits there, so this
module finds the spoken forms itself.
"""

from __future__ import annotations

import re

from publicatie.number_words import DAY, PAIR, UNIT
from publicatie.patterns import BIRTH_WORDS, Hit

__all__ = ["find_spoken"]

# Eight or more digit words in a row: a phone number, BSN or account said aloud, also in dialect
# ("nul zes, een twee, vief zes"). Ordinary text never strings that many digit words together.
_DIGIT_RUN = re.compile(rf"(?<![\w-]){UNIT}(?:[ \t,]+{UNIT}){{7,}}(?![\w-])", re.IGNORECASE)
# "hubkleikers at home punt nl", "j punt jansen apenstaartje ziggo punt nl"
_SPOKEN_EMAIL = re.compile(
    r"(?<![\w-])[\w.-]+(?:[ \t]+punt[ \t]+[\w-]+)*[ \t]+(?:at|apenstaartje|apestaart)"
    r"(?:[ \t]+[\w-]+){1,2}?(?:[ \t]+punt[ \t]+(?:nl|com|be|de|org|net|eu|info))(?![\w-])",
    re.IGNORECASE,
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
    rf"(?<![\w-])(?:{DAY}|\d{{1,2}})[ \t]+{_MONTH}[ \t]+{_YEAR_WORDS}(?![\w-])", re.IGNORECASE
)
# "March 3rd, 2006", "3 March 2006"
_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_ENGLISH_DATE = re.compile(
    rf"(?<![\w-])(?:{_EN_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d{{2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_EN_MONTH},?[ \t]+(?:19|20)\d{{2}})(?![\w-])"
)
# A phone number said in pairs: "nul zes twaalf vierendertig achtenvijftig zeventig".
# two digits joined by a hyphen count as a pair too: "nul-zes, een-negen, vier-vier"
_JOINED = rf"{UNIT}-{UNIT}"
_SAID_NUMBER = re.compile(
    rf"(?<![\w-])nul(?:-{UNIT})?(?:[ \t]*,?[ \t]+(?:{PAIR}|{_JOINED}|{UNIT})(?![\w-])){{3,12}}",
    re.IGNORECASE,
)
_PAIR_RE = re.compile(rf"^{PAIR}$", re.IGNORECASE)


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
    """Digit runs, phone numbers said in pairs, e-mail addresses and dates of birth written out
    in words. (A house number in words is found with the digits: `patterns.find_addresses`.)"""
    hits: list[Hit] = []
    for match in _DIGIT_RUN.finditer(text):
        digits = len(re.findall(UNIT, match.group(0), re.IGNORECASE))
        kind = "phone" if match.group(0).lower().startswith("nul") or digits == 10 else "bsn"
        reason = "Nummer in woorden (uitgesproken), herleidbaar tot een persoon."
        hits.append((match.start(), match.end(), kind, "redact", reason))
    hits += [h for h in _said_numbers(text) if not any(h[0] < b and a < h[1] for a, b, *_ in hits)]
    for match in _SPOKEN_EMAIL.finditer(text):
        hits.append((match.start(), match.end(), "email", "redact", "E-mailadres in woorden."))
    for pattern in (_WORDED_DATE, _ENGLISH_DATE):
        for match in pattern.finditer(text):
            cues = list(_BIRTH_CUE.finditer(text, max(0, match.start() - 100), match.start()))
            if cues and not _SENTENCE_END.search(text, cues[-1].end(), match.start()):
                reason = "Geboortedatum (in woorden of Engelse notatie, na 'geboren')."
                hits.append((match.start(), match.end(), "dob", "redact", reason))
    return hits
