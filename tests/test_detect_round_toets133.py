"""Lakken, seventieth round (tuned on realistic_toets133 and _toets134).

What the round added: a person's family life in a personal frame (domestic violence suffered or
reported at an address, a parent put out of parental authority, a divorce named as one's own;
ground 5.1.2e), a court's curatorship ("staat onder curatele", "is onder curatele gesteld"), a
pet's chip number (fifteen digits starting 528, or any fifteen digits after "chipnummer"), a
mobile number without plus in a CSV cell, a laptop or workstation named after its user
("UIT-LT-PJONKER"), a login whose surname begins like a particle ("ddekker", "aterpstra"), a
login and a compact date of birth as Ruby's hash writes them ('"medewerker" => "adogan"'), a
date of birth after a key with a prefix ("gever_gebdat=20060203"), the dates of birth in a form's
question column ("Question 2 (Geboortedata)"), a voter's pass number in its column
("stempas_nr"). Guards (they pass on the code before the round as well): the policy's "aanpak
huiselijk geweld" and "meldingen van huiselijk geweld", waste "na scheiding", "de scheiding van
taken", fifteen digits without a chip's word, a number with a decimal comma before 316, a device
named after its place ("KB-WS-BALIE"). Also no names: an application in a camel-case identifier's
key ('"clientId": "tuinportaal"'), a quoted key after an "@" ('"@timestamp" =>'), while a handle
as a quoted value stays an account. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    dates_of_birth,
    document_numbers,
    model,
    of_type,
    redacted_of_type,
    spans,
)


def test_domestic_violence_that_happened_to_someone_is_redacted() -> None:
    text = (
        "Mevrouw woont sinds het huiselijk geweld bij haar zus. Zij is in 2024 slachtoffer\n"
        "geworden van huiselijk geweld. Er was eerder een melding van huiselijk geweld op het\n"
        "adres bekend bij Veilig Thuis.\n"
    )
    assert redacted_of_type(text, "family") == [
        "sinds het huiselijk geweld",
        "slachtoffer\ngeworden van huiselijk geweld",
        "eerder een melding van huiselijk geweld op het\nadres",
    ]


def test_parental_authority_and_a_divorce_of_ones_own_are_redacted() -> None:
    text = (
        "De vader is in 2023 uit het ouderlijk gezag ontzet. Sinds haar scheiding woont zij\n"
        "met de kinderen in de flat; na de scheiding van de ouders verhuisde de oudste.\n"
    )
    assert redacted_of_type(text, "family") == [
        "uit het ouderlijk gezag ontzet",
        "Sinds haar scheiding",
        "na de scheiding van de ouders",
    ]


def test_family_life_is_redacted_on_the_privacy_ground() -> None:
    text = "Zij verhuisde vanwege huiselijk geweld naar de opvang.\n"
    found = [s for s in spans(text) if s[0] == "family"]
    assert found == [("family", "vanwege huiselijk geweld", "redact")]


def test_policy_words_on_domestic_violence_and_waste_stay_visible() -> None:
    text = (
        "Het college investeert in de aanpak huiselijk geweld; het aantal meldingen van\n"
        "huiselijk geweld steeg. Na scheiding van het afval blijft minder restafval over.\n"
        "Na de scheiding van taken tussen wijkteam en Veilig Thuis is de lijn korter.\n"
    )
    assert redacted_of_type(text, "family") == []


def test_a_courts_curatorship_is_redacted() -> None:
    text = (
        "Betrokkene staat onder curatele. Zijn broer is in 2019 onder curatele gesteld; de\n"
        "moeder zorgt voor haar zoon, die nu met curatele leeft. Inwoner heeft curatele.\n"
    )
    assert redacted_of_type(text, "financial") == [
        "staat onder curatele",
        "is in 2019 onder curatele gesteld",
        "met curatele",
        "heeft curatele",
    ]


def test_a_pets_chip_number_is_redacted() -> None:
    text = (
        "dier_id,soort,chip,eigenaar_postcode\n"
        "D-2231,kat,528140000631907,2242\n"
        "Hond Bram, chipnummer: 981100004412367, opgehaald door de eigenaar.\n"
        "Chip 276098106543210 niet gevonden in het register.\n"
    )
    assert document_numbers(text) == ["528140000631907", "981100004412367", "276098106543210"]


def test_fifteen_digits_without_a_chips_word_are_no_chip_number() -> None:
    text = "Factuurkenmerk 981100004412367; order 5281400006319071 (zestien cijfers).\n"
    assert document_numbers(text) == []


def test_a_mobile_number_without_plus_in_a_csv_cell_is_redacted() -> None:
    text = "id,msisdn,gemeente\nspr_0Ab9,31612345678,Heiloo\n"
    assert redacted_of_type(text, "phone") == ["31612345678"]


def test_a_number_with_a_decimal_comma_is_no_mobile_number() -> None:
    text = "Totaal: 12,31612345678 procent van de begroting.\n"
    assert redacted_of_type(text, "phone") == []


def test_a_device_named_after_its_user_is_redacted(model) -> None:  # noqa: F811
    text = (
        "De VPN op zijn werklaptop UIT-LT-PJONKER werkte niet; de afdruk kwam van werkplek\n"
        "MF-LT-IVERBOOM. De scanner hangt aan KB-WS-BALIE.\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == ["UIT-LT-PJONKER", "MF-LT-IVERBOOM"]


def test_a_login_whose_surname_begins_like_a_particle(model) -> None:  # noqa: F811
    text = "Gewijzigd door ddekker;\nLaptop AK-LT-ATERPSTRA is zoek.\n"
    assert redacted_of_type(text, "name", use_model=True) == ["ddekker", "AK-LT-ATERPSTRA"]


def test_rubys_hash_of_a_record_in_a_log(model) -> None:  # noqa: F811
    text = (
        "{\n"
        '      "medewerker" => "adogan",\n'
        '   "geboortedatum" => "19810518",\n'
        '           "actie" => "uitreiking"\n'
        "}\n"
    )
    assert ("adogan", "redact") in of_type(text, "name", use_model=True)
    assert dates_of_birth(text) == ["19810518"]


def test_a_date_of_birth_after_a_prefixed_key() -> None:
    text = "GET /volmacht?gever_bsn=269614539&gever_gebdat=20060203&reden=ziekte HTTP/1.1\n"
    assert dates_of_birth(text) == ["20060203"]


def test_dates_of_birth_in_a_forms_question_column() -> None:
    text = (
        "Event,Start,Question 1 (Partner),Question 2 (Geboortedata),Question 3 (Locatie)\n"
        'Intake,2026-04-14 19:30,N. Oudejans,"12-03-1999 / 06-05-1975",Landgoed\n'
        'Intake,2026-04-16 20:00,R. Vlaar,"10-11-1999 / 11-05-1976",Raadhuis\n'
    )
    assert redacted_of_type(text, "dob") == ["12-03-1999", "06-05-1975", "10-11-1999", "11-05-1976"]


def test_a_voters_pass_number_in_its_column() -> None:
    text = (
        "|aanvraag_nr   |soort     |stempas_nr|ingediend_op\n"
        "|VM-UIT-26-0187|volmacht  |175489662 |2026-02-20\n"
        "|KP-UIT-26-0342|kiezerspas|421477013 |2026-03-02\n"
    )
    assert redacted_of_type(text, "document_number") == ["175489662", "421477013"]


def test_an_application_in_a_camel_case_identifiers_key_is_no_name(model) -> None:  # noqa: F811
    text = (
        '{"type":"LOGIN_ERROR","clientId":"volkstuinportaal","error":"user_not_found"}\n'
        '{"type":"LOGIN","clientId":"volkstuinportaal","details":{"username":"hkuipers"}}\n'
    )
    assert redacted_of_type(text, "name", use_model=True) == ["hkuipers"]


def test_a_quoted_key_after_an_at_sign_is_no_account(model) -> None:  # noqa: F811
    text = (
        '{ "@timestamp" => 2026-01-22T10:41:07.318Z, "@version" => "1" }\n'
        '{"@context": "https://schema.org", "sameAs": "@fleurtjevandam"}\n'
    )
    assert redacted_of_type(text, "name", use_model=True) == ["fleurtjevandam"]
