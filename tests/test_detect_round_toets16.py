"""Detection improvements made after the blind sixteenth and seventeenth toets sets
(publicatie/evaluation/realistic_toets16 and _toets17) were measured: tables aligned with
spaces, Windows accounts with their domain and names and dates of birth in a logged query, the
given names of an office holder written "Surname, Given" in an agenda export, and the movers of
motions as council members. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from publicatie.patterns import find_table_cells
from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    names_with_model,
    of_type,
)


@pytest.mark.usefixtures("model")
def test_an_aligned_register_has_columns_whose_names_and_dates_of_birth_are_redacted() -> None:
    rows = [
        ("Nr", "Naam", "Geboortedatum", "Ingeschreven"),
        *[(str(n), name, dob, "01-02-2024") for n, (name, dob) in enumerate(PEOPLE, 1)],
    ]
    text = "Bewoners volgens de BRP:\n\n" + "".join(
        f"{nr:<4}{name:<22}{dob:<15}{since}\n" for nr, name, dob, since in rows
    )
    found = names_with_model(text)
    dobs = dict(of_type(text, "dob"))
    for name, dob in PEOPLE:
        assert found.get(name) == "redact", (name, found)
        assert dobs.get(dob) == "redact", (dob, dobs)
    assert "01-02-2024" not in dobs


PEOPLE = [
    ("Bogdan Wójcik", "14-03-1987"),
    ("Ileana Popescu", "02-11-1993"),
    ("Tomasz Dudek", "27-06-1979"),
    ("Radu Constantin", "09-09-2000"),
    ("Agnieszka Sowa", "18-01-1984"),
    ("Mihai Lungu", "30-12-1991"),
]


def test_a_row_of_values_is_no_header_even_when_a_cell_reads_like_one() -> None:
    text = (
        "Nr.       Datum        Van → aan                 Beoordeling\n"
        "INV-01    12-01-2024   wethouder → ontwikkelaar  deels openbaar\n"
        "INV-02    13-01-2024   ontwikkelaar → wethouder  openbaar\n"
    )
    assert find_table_cells(text) == []


@pytest.mark.usefixtures("model")
def test_domain_accounts_and_names_and_dates_in_a_logged_query_are_redacted() -> None:
    text = (
        "Tijdstip             Gebruiker    Actie   Object\n"
        "2026-01-12 09:14:02  gem\\pdekker  ZOEK    geslnaam=OZTURK;voorn=EMRE;gebdat=19850214\n"
        "2026-01-12 09:15:40  svc_batch    BATCH   levering (120 pl)\n\n"
        "De raadplegingen door gem\\pdekker worden onderzocht. Pad: C:\\Users\\Public\\log.txt\n"
    )
    found = names_with_model(text)
    for value in ("gem\\pdekker", "OZTURK", "EMRE"):
        assert found.get(value) == "redact", (value, found)
    assert ("19850214", "redact") in of_type(text, "dob")
    assert not any("Users" in value or "svc_batch" in value for value in found)


@pytest.mark.usefixtures("model")
def test_an_office_holders_given_names_after_the_surname_stay_visible() -> None:
    text = (
        "Bijlage bij Woo-besluit: agenda wethouder P.W. Zandstra, week 12\n\n"
        '"Onderwerp","Organisator","Deelnemers"\n'
        '"Portefeuilleoverleg","Kuipers, Anouk","Zandstra, Pieter Willem; Bosma, Gerrit"\n'
        '"Privé","Zandstra, Pieter Willem",""\n'
    )
    found = names_with_model(text)
    assert found.get("Pieter Willem") == "keep", found
    assert found.get("Kuipers, Anouk") == "redact", found


@pytest.mark.usefixtures("model")
def test_movers_of_motions_are_council_members_but_objectors_in_a_register_are_not() -> None:
    motions = (
        "Overzicht moties raadsvergadering 5 maart 2026\n\n"
        "Nr.      Onderwerp              Indiener(s)                 Uitslag\n"
        "M26-011  Speeltuin Oost         J. Hoekstra (LEF)           aangenomen\n"
        "M26-012  Parkeren centrum       R. Algra (DOP), S. de Boer  verworpen\n"
    )
    found = names_with_model(motions)
    for member in ("Hoekstra", "Algra"):
        mentions = [action for value, action in found.items() if member in value]
        assert mentions and set(mentions) == {"keep"}, (member, found)
    objections = (
        "Register bezwaarschriften 2026\n\n"
        "Nr.      Onderwerp              Indiener                    Status\n"
        "B26-004  Kapvergunning Stinsen  Wietske Hoekstra            ongegrond\n"
    )
    assert names_with_model(objections).get("Wietske Hoekstra") == "redact"


def test_a_form_with_one_column_per_person_and_names_side_by_side_are_no_header() -> None:
    form = (
        "                   AANVRAGER 1              AANVRAGER 2\n"
        "Naam               Sjoerd Wiersma           Fenna Hoekstra\n"
        "BSN                180005042                625461575\n"
        "Telefoon           06 1955 4021             06 8012 3396\n"
    )
    assert find_table_cells(form) == []
    signatures = (
        "De gemeente,                 De koper,\n"
        "wethouder R. Kuijs           D.J. Vink    A.M. Vink-Hazeleger\n"
        "datum: 14 oktober 2025       datum: 11 oktober 2025\n"
    )
    assert find_table_cells(signatures) == []


@pytest.mark.usefixtures("model")
def test_in_a_two_column_signature_read_as_one_line_the_left_role_is_not_the_right_names() -> None:
    # a PDF page's lines are joined for detection: the role under the left name then follows
    # the right-hand name directly
    text = (
        "Namens de gemeente tekent de gemeentesecretaris, R.S. de Haan. Aldus overeengekomen.   "
        "R.S. de Haan                          J.K. Bouwmeester "
        "gemeentesecretaris                          directeur"
    )
    found = names_with_model(text)
    assert found.get("R.S. de Haan") == "keep", found
    assert found.get("J.K. Bouwmeester") == "redact", found
