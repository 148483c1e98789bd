"""Rule-based detection of personal data in plain text (lakken v0).

Every detector validates its candidates (11-proef, IBAN checksum, phone number plan) instead of
trusting a bare regex, so amounts, article numbers, dates and case numbers stay visible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers
from phonenumbers import PhoneNumberType
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from schemas.records import RedactionSpan

__all__ = ["FUNCTIONAL_MAILBOXES", "GROUND_IDENTIFIER", "GROUND_PRIVACY", "detect_personal_data"]

GROUND_IDENTIFIER = "5.1.1e"
"""Woo art. 5.1 lid 1 sub e: identification numbers (BSN)."""
GROUND_PRIVACY = "5.1.2e"
"""Woo art. 5.1 lid 2 sub e: eerbiediging van de persoonlijke levenssfeer."""

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
    }
)

# Order decides which detector wins when candidates overlap.
_PRIORITY = {"bsn": 0, "iban": 1, "email": 2, "phone": 3}

_BSN_RE = re.compile(
    r"(?<![\w.,/-])"
    r"(\d{3}([. ]?)\d{3}\2\d{3}|\d{4}([. ]?)\d{2}\3\d{3}|\d{2}([. ]?)\d{3}\4\d{2}\4\d{2})"
    r"(?![\w/-]|[.,]\d)"
)
_IBAN_RE = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![\w])", re.IGNORECASE)
_EMAIL_RE = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
    r"\.[A-Za-z]{2,24}(?![\w@-])"
)
_CURRENCY_BEFORE = re.compile(r"(?:€|EUR|eur)\s*$")
_KEEP_PHONE_TYPES = {
    PhoneNumberType.UAN: "Algemeen (bedrijfs)nummer, geen persoonsgegeven.",
    PhoneNumberType.TOLL_FREE: "Gratis servicenummer (0800), geen persoonsgegeven.",
    PhoneNumberType.PREMIUM_RATE: "Betaald servicenummer (090x), geen persoonsgegeven.",
    PhoneNumberType.SHARED_COST: "Servicenummer, geen persoonsgegeven.",
}


def detect_personal_data(
    text: str, *, keep_numbers: Iterable[str] = (), keep_emails: Iterable[str] = ()
) -> list[RedactionSpan]:
    """Find personal data in `text`; spans are sorted by start and never overlap.

    `keep_numbers` (phone numbers, IBANs of the organisation) and `keep_emails` are public
    contact data that stay visible; they are reported with action "keep".
    """
    kept_numbers = {_normalise_number(n) for n in keep_numbers} - {""}
    kept_emails = {e.strip().lower() for e in keep_emails}
    candidates = [
        *_find_bsn(text, kept_numbers),
        *_find_iban(text, kept_numbers),
        *_find_email(text, kept_emails),
        *_find_phone(text, kept_numbers),
    ]
    candidates.sort(key=lambda s: (_PRIORITY[s.type], s.start, -(s.end - s.start)))
    chosen: list[RedactionSpan] = []
    for span in candidates:
        if all(span.end <= other.start or span.start >= other.end for other in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


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


def _find_bsn(text: str, kept_numbers: set[str]) -> list[RedactionSpan]:
    spans = []
    for match in _BSN_RE.finditer(text):
        value = match.group(1)
        if _CURRENCY_BEFORE.search(text[max(0, match.start() - 6) : match.start()]):
            continue
        if not stdnum_bsn.is_valid(re.sub(r"\D", "", value)):
            continue
        action, reason = _keep_or_redact(value, kept_numbers)
        spans.append(
            RedactionSpan(
                start=match.start(1),
                end=match.end(1),
                text=value,
                type="bsn",
                ground=GROUND_IDENTIFIER,
                action=action,
                reason=reason or "Burgerservicenummer (geldig volgens de 11-proef).",
                confidence=0.95,
            )
        )
    return spans


def _find_iban(text: str, kept_numbers: set[str]) -> list[RedactionSpan]:
    spans = []
    for match in _IBAN_RE.finditer(text):
        # The pattern may run on into following words; take the longest valid prefix that
        # ends at a space.
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
            break
    return spans


def _find_email(text: str, kept_emails: set[str]) -> list[RedactionSpan]:
    spans = []
    for match in _EMAIL_RE.finditer(text):
        value = match.group(0)
        local = value.split("@", 1)[0].lower()
        if ".." in value:
            continue
        if value.lower() in kept_emails:
            action, reason = "keep", "E-mailadres staat op de lijst van openbare adressen."
        elif local in FUNCTIONAL_MAILBOXES:
            action, reason = "keep", "Functioneel e-mailadres van de organisatie."
        else:
            action, reason = "redact", "E-mailadres van een persoon."
        spans.append(
            RedactionSpan(
                start=match.start(),
                end=match.end(),
                text=value,
                type="email",
                ground=GROUND_PRIVACY,
                action=action,
                reason=reason,
                confidence=0.9,
            )
        )
    return spans


def _find_phone(text: str, kept_numbers: set[str]) -> list[RedactionSpan]:
    spans = []
    matcher = phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID)
    for match in matcher:
        raw = match.raw_string
        # Only written phone notations: a bare digit run is more likely a case or file number.
        if not raw.startswith(("0", "+", "(")):
            continue
        national = str(match.number.national_number)
        if match.number.country_code == 31 and national.startswith("14") and len(national) <= 6:
            continue  # 14 0xx(x): the general number of a municipality
        number_type = phonenumbers.number_type(match.number)
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 in kept_numbers:
            action, reason = (
                "keep",
                "Nummer staat op de lijst van openbare nummers van de organisatie.",
            )
        elif number_type in _KEEP_PHONE_TYPES:
            action, reason = "keep", _KEEP_PHONE_TYPES[number_type]
        else:
            action, reason = "redact", "Telefoonnummer van een persoon."
        spans.append(
            RedactionSpan(
                start=match.start,
                end=match.end,
                text=raw,
                type="phone",
                ground=GROUND_PRIVACY,
                action=action,
                reason=reason,
                confidence=0.85,
            )
        )
    return spans
