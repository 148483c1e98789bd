"""Detection improvements made after the blind twenty-seventh and twenty-eighth toets sets
(publicatie/evaluation/realistic_toets27 and _toets28) were measured: Belgian national register
numbers, foreign numbers under "tin"/"Steuer-ID"/"docnr" columns, a foreign plate with its
country code, papers after a country-coded document word, boa numbers with a space, a direct
line under a signature, fields of a JSON export, a titled first name and surname that end like
a street, and jobs ending in "-chef". New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    of_type,
    redacted_names_with_model,
    redacted_of_type,
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Rijksregisternummer van de eigenaar: 72.04.19-285.31.", "72.04.19-285.31"),
        ("INSZ 9O.11.O3-118.52 (gescand)", "9O.11.O3-118.52"),
        ("Controle op de markt door BOA 204417 en een collega.", "BOA 204417"),
        ("Gelegitimeerd met BE-ID 592-4410387-16 aan de balie.", "592-4410387-16"),
    ],
)
def test_belgian_and_foreign_personal_numbers(text: str, value: str) -> None:
    assert (value, "redact") in of_type(text, "document_number")


def test_a_boa_team_code_with_a_space_is_no_personal_number() -> None:
    assert of_type("Ingezet: BOA 4417 en BOA 4452 (team Centrum).", "document_number") == []


def test_foreign_numbers_under_their_column() -> None:
    text = (
        "nr;naam;woonland;tin_woonland;docnr\n"
        "1;Claes, Wim;BE;85.07.22-401.17;EH418822\n"
        "2;Brandt, Jule;DE;57 318 442 901;C01X4R7KT\n"
        "3;Vos, Anna;NL;;NX82KL4P1\n"
    )
    numbers = redacted_of_type(text, "document_number")
    assert "57 318 442 901" in numbers and "EH418822" in numbers and "C01X4R7KT" in numbers


def test_a_foreign_plate_with_its_country_code_in_brackets() -> None:
    text = "17:05 | Bassin | FH-318-KD (F) | aangesproken, geen overtreding"
    assert of_type(text, "kenteken") == [("FH-318-KD", "redact")]


def test_a_direct_line_under_a_signature_but_not_the_switchboard() -> None:
    text = (
        "Met vriendelijke groet,\n\nMarloes Keijzers\nprojectleider wonen\n"
        "T 045 560 41 88 | wonen@heerlen.nl\n\n"
        "Bram Peters\nmedewerker Invordering\nT 045 560 40 00 | info@heerlen.nl\n"
    )
    phones = dict(of_type(text, "phone"))
    assert phones == {"045 560 41 88": "redact", "045 560 40 00": "keep"}


def test_fields_of_a_json_export_are_read_by_their_key() -> None:
    text = (
        '{"id": "MSO-1", "behandelaar": "kvdberg", "melder_naam": "Ruud Janssen",\n'
        ' "geboortedatum": "1988-04-12", "status": "open"}\n'
    )
    names = redacted_of_type(text, "name")
    assert "kvdberg" in names and "Ruud Janssen" in names
    assert ("1988-04-12", "redact") in of_type(text, "dob")


@pytest.mark.usefixtures("model")
def test_a_titled_name_ending_like_a_street_and_a_chef_are_persons() -> None:
    text = (
        "3. de heer Thijs Groenveld, wonende te Vaals.\n"
        "Afdelingschef Marco Bleijenberg heeft gebeld.\n"
        "De Ds. Van Raaltelaan blijft afgesloten."
    )
    names = redacted_names_with_model(text)
    assert "Thijs Groenveld" in names and "Marco Bleijenberg" in names
    assert not any("Raaltelaan" in name for name in names)


def test_the_first_document_of_a_process_is_read_with_the_name_lists_loaded() -> None:
    # A mailbox of unknown words is only impersonal with deduce's lists loaded: the first
    # document of a fresh worker process used to be read before they were, and differently.
    import subprocess
    import sys

    code = (
        "from publicatie.detect import detect_personal_data\n"
        "from publicatie.policy import DetectionPolicy\n"
        "text = 'Vragen? Mail lijkbezorging@assen.nl of bel.'\n"
        "for _ in range(2):\n"
        "    spans = detect_personal_data(text, policy=DetectionPolicy(use_model=True))\n"
        "    print([(s.text, s.action) for s in spans])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    first, second = result.stdout.strip().splitlines()[-2:]
    assert first == second == "[('lijkbezorging@assen.nl', 'keep')]"
