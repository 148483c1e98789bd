"""Detection improvements made after the blind thirty-fifth and thirty-sixth toets sets
(publicatie/evaluation/realistic_toets35 and _toets36) were measured: the members present at a
joint arrangement's board meeting, listed with the municipality they represent, and the people
a council decision appoints to the rekenkamer or admits to the council stay visible; an
inventory's number and the date in the next column are no phone number. New variations, not
copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    names_with_model,
    of_type,
    redacted_of_type,
)


def test_board_members_present_with_their_municipality(model) -> None:  # noqa: F811
    text = (
        "Regionale Uitvoeringsdienst – verslag openbare vergadering algemeen bestuur\n"
        "Aanwezig: K.L. Oudenhoven (Winterswijk, voorzitter), M. Tijhuis-Brons (Aalten), "
        "J. Hoitink (Berkelland)\n"
        "Inspreker: mevrouw D. Wolterink (Lievelde), omwonende van het windpark.\n"
        "De voorzitter, Oudenhoven, sluit de vergadering.\n"
    )
    names = names_with_model(text)
    assert names["K.L. Oudenhoven"] == "keep"
    assert names["M. Tijhuis-Brons"] == "keep" and names["J. Hoitink"] == "keep"
    assert names["D. Wolterink"] == "redact"  # a speaker from the public, not in attendance


def test_outside_a_board_meeting_a_place_after_a_name_keeps_nothing(model) -> None:  # noqa: F811
    text = "Aanwezig bij het keukentafelgesprek: M. Tijhuis-Brons (Aalten) en haar zoon."
    assert names_with_model(text)["M. Tijhuis-Brons"] == "redact"


def test_people_appointed_to_the_rekenkamer_or_admitted_to_the_council(model) -> None:  # noqa: F811
    text = (
        "Voorstel\n1. Mevrouw dr. A.B. (Anne) Kolkman-Veldhuis en de heer P.Q. Derksen-Tanaka "
        "met ingang van 1 januari 2026 te benoemen tot extern lid van de rekenkamercommissie.\n"
        "2. De commissie adviseert de heer Stegeman-Ruys toe te laten als lid van de raad.\n"
        "Bijlage (besloten): ook gesolliciteerd hebben mevrouw T. Voskamp en de heer R. Bolt.\n"
    )
    names = names_with_model(text)
    assert names["P.Q. Derksen-Tanaka"] == "keep" and names["Stegeman-Ruys"] == "keep"
    assert any("Kolkman-Veldhuis" in n and a == "keep" for n, a in names.items())
    assert names["T. Voskamp"] == "redact" and names["R. Bolt"] == "redact"


def test_an_inventory_number_and_the_next_columns_date_are_no_phone() -> None:
    text = (
        "nr    datum       document                besluit\n"
        "W-02  05-03-2024  verslag overleg         openbaar\n"
        "W-03  18-04-2024  mail aan de initiatiefnemer  deels\n"
    )
    assert of_type(text, "phone") == []


def test_a_houseboat_or_a_basement_after_the_house_number() -> None:
    text = "Ligplaatshouder: Veermanskade 4 ws, 1621 AK Hoorn; zijn zus woont op Kerkstraat 12 hs."
    addresses = redacted_of_type(text, "address")
    assert "Veermanskade 4 ws" in addresses and "Kerkstraat 12 hs" in addresses
