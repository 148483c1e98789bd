"""Lakken, eightieth round (tuned on realistic_toets156).

What the round added: a form's part for the town of an address ("Adres (City)") is no home
address, and a column "Nr. identiteitsbewijs" holds a paper's number; the EAN code of a home's
connection after its name is redacted; a chat's bot marked as such ("Lyro (AI):") and a
device's reading ("Vac=253.4V") are no persons; a bare surname with an initial after it
("Bronsema J" in a CSV row) is the namesake redacted with that letter, not the office holder
known by another; an office holder named in brackets after "is" ("gemeentesecretaris is (S.
Venhuizen)") stays in office; a postcode given right after a redacted date of birth ("22-02-1996,
9665 PK") is redacted with it. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    spans,
)


def test_the_town_of_a_forms_address_is_no_home_address() -> None:
    text = (
        '"EntryId","Naam (First)","Naam (Last)","Adres (Street)","Adres (City)","Adres (ZIP)",'
        '"Nr. identiteitsbewijs"\n'
        '"51","Jelle","Kuipers","Hoofdstraat 12","Grijpskerk","9843 AB","RKP4T8LX2"\n'
        '"52","Anna","Bos","Dorpsweg 3","Niehove","9845 CD","MZW82HK71"\n'
    )
    found = spans(text)
    assert not [f for f in found if f[1] in ("Grijpskerk", "Niehove")]
    assert ("address", "Hoofdstraat 12", "redact") in found
    assert ("document_number", "RKP4T8LX2", "redact") in found
    assert ("document_number", "MZW82HK71", "redact") in found


def test_the_ean_code_of_a_homes_connection() -> None:
    text = "Onze EAN-code is 871685920001234567; de EAN 871694800007654321 is van de buren.\n"
    found = spans(text)
    assert ("document_number", "871685920001234567", "redact") in found
    assert ("document_number", "871694800007654321", "redact") in found


def test_a_chat_bot_and_a_devices_reading_are_no_persons(model) -> None:  # noqa: F811
    text = (
        "[09:01] Fien (AI): Waarmee kan ik je helpen?\n"
        "[09:02] Roelie Bakker: Mijn omvormer geeft storing.\n"
        "2025-06-01 11:00:02  Warning  Grid Fault  Vac=254.1V  Fac=50.02Hz\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Roelie Bakker", "redact") in found
    assert not [f for f in found if f[1].startswith(("Fien", "Vac", "Fac"))]


def test_a_bare_surname_with_the_initial_of_a_redacted_namesake(model) -> None:  # noqa: F811
    text = (
        "SessionId;Start;kWh;TokenLabel;Driver;DriverEmail\n"
        "GFX-101;02-02-2025 08:00;21,5;Meijer K;Klaas Meijer;klaas.meijer@live.nl\n"
        "GFX-102;04-02-2025 08:10;19,0;Meijer K;Klaas Meijer;klaas.meijer@live.nl\n\n"
        "Wethouder P. Meijer is de oom van Klaas en woont ook in Grijpskerk.\n"
    )
    found = spans(text, use_model=True)
    assert found.count(("name", "Meijer K", "redact")) == 2
    assert ("name", "P. Meijer", "keep") in found


def test_an_office_holder_in_brackets_after_is(model) -> None:  # noqa: F811
    text = (
        "Mevrouw Dijkhuis zei dat haar zwager burgemeester is (R. Dijkhuis); dat verandert "
        "niets aan de volgorde.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "R. Dijkhuis", "keep") in found


def test_a_postcode_given_with_a_date_of_birth() -> None:
    text = (
        "[10:02] Medewerker: Mag ik uw geboortedatum en postcode?\n"
        "[10:03] Klant: 14-06-1988, 9673 RT. Het gaat om de paal in 9675 AB.\n"
    )
    found = spans(text)
    assert ("postcode", "9673 RT", "redact") in found
    assert ("postcode", "9675 AB", "keep") in found
