"""Detection improvements made after the blind fifteenth toets set (publicatie/evaluation/
realistic_toets15) was measured: office holders in a register's name column, a paraph block,
the paraph of a person named in the document, KvK and btw of a sole trader further along its
line or under "Uw gegevens", French (Belgian) streets, the short cadastral notation, trade
names with initials, two joined trades or a "-houwerij". New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

import pytest

from publicatie.detect import detect_personal_data
from publicatie.names import find_names
from publicatie.policy import DetectionPolicy
from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    names_with_model,
    of_type,
    redacted_addresses,
)


@pytest.mark.usefixtures("model")
def test_office_holders_in_a_register_column_stay_visible_and_staff_lose_their_function() -> None:
    text = (
        "| Nr.   | Ontvanger                 | Gever                 | Waarde  |\n"
        "|-------|---------------------------|-----------------------|---------|\n"
        "| R-101 | burgemeester Oosterbaan   | Bakkerij Venema B.V.  | € 30,00 |\n"
        "| R-102 | gem. secretaris Hoekstra  | Stichting Dorpsbelang | € 20,00 |\n"
        "| R-103 | Tjitske Wiersma (KCC)     | Autobedrijf Zwart BV  | € 45,00 |\n"
        "| R-104 | wethouder De Vries-Bosma  | Vereniging Oud Sneek  | € 15,00 |\n"
    )
    found = names_with_model(text)
    for holder in ("Oosterbaan", "Hoekstra", "De Vries-Bosma"):
        assert found.get(holder) == "keep", (holder, found)
    assert found.get("Tjitske Wiersma") == "redact", found
    assert not any("(KCC)" in value or "burgemeester" in value for value in found)


@pytest.mark.usefixtures("model")
def test_paraphs_in_a_paraph_block_are_redacted_but_not_the_functions() -> None:
    text = (
        "Besluit college 4 maart 2026\n\nParafen\n"
        "Teamleider          GtH          02-03\n"
        "Financiën           Wsm          03-03\n"
        "Concerncontrol      P.Hoo.       03-03\n"
        "Gemeentesecretaris  A.B. Kuipers  04-03\n\nBijlagen: 2\n"
    )
    found = names_with_model(text)
    for token in ("GtH", "Wsm", "P.Hoo."):
        assert found.get(token) == "redact", (token, found)
    assert "Teamleider" not in found and "Financiën" not in found


@pytest.mark.usefixtures("model")
def test_the_paraph_of_a_person_named_in_the_document_is_redacted() -> None:
    text = (
        "Van: Karin Jelsma, jurist (kenmerk KJ/JZ-2026-0042)\n"
        "Koppel: H. Brinkman / Sanne Veldkamp\n\n"
        "De klacht is doorgestuurd naar de afdeling.\n"
        "Opgemaakt: HB / SV, 23.10 uur\n"
        "Factuur nagekeken en goedgekeurd, betaling volgt in de volgende run. kj\n"
        "Het RA-rapport en de AB-vergadering volgen later.\n"
    )
    found = names_with_model(text)
    for token in ("KJ", "HB", "SV", "kj"):
        assert found.get(token) == "redact", (token, found)
    assert "RA" not in found and "AB" not in found


def test_kvk_and_btw_of_a_sole_trader_further_along_its_line_are_redacted() -> None:
    text = (
        "Graag betaling op de rekening t.n.v. Marco Hilbrands Fotografie, Dorpsstraat 8, "
        "8801 AB Franeker. KvK 12345678, btw NL001234567B01. Bel gerust.\n"
        "Leverancier: Drukkerij Noord B.V., Industrieweg 4, Sneek. KvK 87654321.\n"
    )
    assert ("12345678", "redact") in of_type(text, "kvk")
    assert ("87654321", "keep") in of_type(text, "kvk")
    assert ("NL001234567B01", "redact") in of_type(text, "btw")


def test_the_numbers_under_uw_gegevens_in_a_letter_to_a_sole_trader_are_redacted() -> None:
    text = (
        "Aan Visspecialist Age Hoekstra\nt.a.v. de heer A. Hoekstra\nMarktweg 3\n"
        "8601 AA Sneek\n\nGeachte heer Hoekstra,\n\nWij verlenen u een standplaats.\n"
        "- Uw gegevens: KvK 23456789, btw-id NL002345678B01, telefoon 06 12 34 56 78.\n"
    )
    assert ("23456789", "redact") in of_type(text, "kvk")
    assert ("NL002345678B01", "redact") in of_type(text, "btw")


def test_french_streets_and_their_postcode_are_an_address() -> None:
    text = (
        "De erfgenaam woont in België (Chaussée de Louvain 118, 1300 Wavre) en haar broer "
        "op Rue du Moulin 7, 4800 Verviers. De Place du Marché is autovrij.\n"
    )
    addresses = redacted_addresses(text)
    assert "Chaussée de Louvain 118" in addresses and "Rue du Moulin 7" in addresses
    assert ("1300", "redact") in of_type(text, "postcode")
    assert not any("Place du Marché" in a for a in addresses)


def test_the_short_cadastral_notation_after_perceel_is_redacted() -> None:
    text = (
        "De erfgrens loopt volgens het kadaster (perceel Harlingen B 2214) langs de sloot; "
        "het perceel kadastraal bekend als Franeker C 812 ligt ernaast.\n"
    )
    addresses = redacted_addresses(text)
    assert "Harlingen B 2214" in addresses and "Franeker C 812" in addresses


@pytest.mark.usefixtures("model")
def test_trade_names_with_initials_joined_trades_or_a_houwerij_are_a_sole_traders() -> None:
    text = (
        "Offertes van Schoonmaakbedrijf P. Terpstra, van Grond- en Sloopwerken Douwe Nauta "
        "en van Steenhouwerij Jelle Hiemstra. Aannemersbedrijf Gebr. Rijpma B.V. deed niet mee.\n"
    )
    found = names_with_model(text)
    for firm in (
        "Schoonmaakbedrijf P. Terpstra",
        "Grond- en Sloopwerken Douwe Nauta",
        "Steenhouwerij Jelle Hiemstra",
    ):
        assert found.get(firm) == "redact", (firm, found)
    assert not any(value.startswith("Aannemersbedrijf") for value in found), found


@pytest.mark.usefixtures("model")
def test_initials_of_a_named_person_are_no_paraph_in_an_organisations_abbreviation() -> None:
    text = (
        "Melding van Veilig Thuis, casusregisseur Vera Tuinstra.\n"
        "Meldingsnummer VT: VT-RR-2026-004411\n"
        "De casus gaat naar het team Onderzoek VT; zie ook FW: melding.\n"
        "Opgemaakt: VT, 14.10 uur\n"
    )
    found = names_with_model(text)
    assert found.get("Vera Tuinstra") == "redact"
    vt = [start for start, _ in _spans_of(text, "VT")]
    assert vt == [text.index("Opgemaakt: VT") + len("Opgemaakt: ")], vt


def _spans_of(text: str, value: str) -> list[tuple[int, int]]:
    return [
        (s.start, s.end)
        for s in detect_personal_data(text, policy=DetectionPolicy(use_model=True))
        if s.text == value and s.action == "redact"
    ]


def test_a_companys_kvk_a_sentence_after_its_employees_name_stays_visible() -> None:
    text = (
        "Zij werkt bij Bakkerij Venema B.V., Stationsweg 4 in Sneek. Contactpersoon is de heer "
        "Pieter Dijkstra, teamleider, op 0515 - 41 22 00 (algemeen nummer). Het bedrijf heeft "
        "KvK-nummer 01012345.\n"
    )
    assert ("01012345", "keep") in of_type(text, "kvk")


@pytest.mark.usefixtures("model")
def test_a_first_name_with_a_remark_in_a_name_column_stays_one_name() -> None:
    text = (
        "| Datum      | Naam                                   | Functie    |\n"
        "|------------|----------------------------------------|------------|\n"
        "| 12-03-2026 | Hylke (achternaam bij de griffie bekend) | voorzitter |\n"
    )
    found = names_with_model(text)
    assert any(value.startswith("Hylke") and action == "redact" for value, action in found.items())


@pytest.mark.usefixtures("model")
def test_a_first_name_after_a_relation_or_helper_and_a_quoted_nickname_are_redacted() -> None:
    text = (
        "De buurvrouw, Trijntje, haalt de post. Glazenwasser Ruben komt maandelijks.\n"
        'Een man, bij de wijkagent bekend als "Sproet" (P. Hoogland), sliep in de portiek.\n'
    )
    found = names_with_model(text)
    for name in ("Trijntje", "Ruben", "Sproet"):
        assert found.get(name) == "redact", (name, found)
    dog = 'Uw hond, een herder, roepnaam "Brutus", is twee keer ontsnapt.\n'
    assert [hit.text for hit in find_names(dog, use_model=False)] == []


def test_a_course_of_chemotherapy_is_special_personal_data() -> None:
    text = "Zij vraagt uitstel omdat zij herstellende is van een chemokuur.\n"
    assert [value for value, _ in of_type(text, "special")] == ["chemokuur"]
