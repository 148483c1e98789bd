"""Detection improvements made after the blind thirty-first and thirty-second toets sets
(publicatie/evaluation/realistic_toets31 and _toets32) were measured: a room or flat with its
floor after the house number, a Woo inventory's document numbers, a noise report's levels,
councils read as "Staten", airports and universities, departments after "Van:", English words
before a name, more team mailboxes, and an office after a dash in a list of participants. New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    names_with_model,
    of_type,
    redacted_names_with_model,
    redacted_of_type,
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Nieuw adres: Vestdijk 210 app. 3.14, Eindhoven.", "Vestdijk 210 app. 3.14"),
        (
            "Contact woont op Boschdijk 118 kamer 2.06 (studentencomplex).",
            "Boschdijk 118 kamer 2.06",
        ),
        ("Tijdelijk: Torenallee 20 unit 1.11, 5617 BD Eindhoven.", "Torenallee 20 unit 1.11"),
    ],
)
def test_a_room_or_flat_with_its_floor_belongs_to_the_address(text: str, value: str) -> None:
    assert (value, "redact") in of_type(text, "address")


def test_a_woo_inventory_numbers_documents_not_papers() -> None:
    text = (
        "Inventarislijst\n"
        "documentnr  datum       document                     besluit   grond\n"
        "KP-112-01   12-03-2024  verslag bestuurlijk overleg  openbaar  –\n"
        "KP-112-02   02-05-2024  mail aan de luchthaven       deels     5.1.2e\n"
    )
    assert of_type(text, "document_number") == []


def test_a_documentnr_column_outside_an_inventory_is_still_personal() -> None:
    text = (
        "Controle legitimatie\n"
        "documentnr  datum       bezoeker                     besluit   grond\n"
        "ZT4419825   12-03-2024  toegang verleend             openbaar  –\n"
        "ZT7730164   02-05-2024  toegang verleend             deels     5.1.2e\n"
    )
    numbers = redacted_of_type(text, "document_number")
    assert numbers == ["ZT4419825", "ZT7730164"]


def test_noise_levels_are_no_paraphs() -> None:
    text = "Gemeten LAr,LT avondperiode: 41 dB(A); LAmax 58 dB(A). Toezicht: Gerrit Velthuis."
    assert "LAr" not in redacted_names_with_model(text)
    assert "LT" not in redacted_names_with_model(text)


@pytest.mark.parametrize(
    "text, organisation",
    [
        ("Besluit van Gedeputeerde Staten van Noord-Brabant over de subsidie.", "Staten"),
        ("De geluidszone van Eindhoven Airport loopt tot de wijk.", "Airport"),
        ("Zij studeert aan Hogeschool Windesheim in Zwolle.", "Windesheim"),
    ],
)
def test_councils_airports_and_schools_are_no_persons(
    model,  # noqa: F811
    text: str,
    organisation: str,
) -> None:
    assert not any(organisation in name for name in redacted_names_with_model(text))


def test_a_department_in_a_mail_header_and_english_words_are_no_names(model) -> None:  # noqa: F811
    text = (
        "Van: Parkeren Eindhoven <parkeren@eindhoven.nl>\n"
        "Aan: Priya Raman <priya.raman@gmail.com>\n\n"
        "My Dutch colleague told me to write. My husband starts in May.\n"
    )
    names = redacted_names_with_model(text)
    assert "Priya Raman" in names
    assert not any(n.startswith(("Parkeren", "My")) for n in names)


@pytest.mark.parametrize(
    "mailbox",
    ["relocation@photonicsbedrijf.com", "studentwellbeing@tue.nl", "zelfstandigen@deventer.nl"],
)
def test_more_team_mailboxes_stay_visible(model, mailbox: str) -> None:  # noqa: F811
    assert of_type(f"Mail naar {mailbox}.", "email", use_model=True) == [(mailbox, "keep")]


def test_an_office_after_a_dash_in_a_list_of_participants(model) -> None:  # noqa: F811
    text = (
        "Deelnemerslijst\n"
        "Kerkhoven, Femke – raadslid, VVD\n"
        "Ruijsdonk, Bram – fractiemedewerker D66\n"
    )
    names = names_with_model(text)
    assert "redact" not in {a for n, a in names.items() if "Femke" in n or "Kerkhoven" in n}
    assert any("Ruijsdonk" in n and a == "redact" for n, a in names.items())


def test_a_capitals_surname_with_a_given_name_in_two_parts(model) -> None:  # noqa: F811
    text = "Balie: HAN, Ji-woo geb. 03-04-1990 en CHOI, Seo-yeon geb. 11-09-1992 melden zich."
    names = redacted_names_with_model(text)
    assert "HAN, Ji-woo" in names and "CHOI, Seo-yeon" in names


def test_the_login_in_an_exports_header_line_and_in_its_log(model) -> None:  # noqa: F811
    text = (
        "-- export HPZone | casus IJS-MAZ-2026-0044 | gegenereerd 2026-03-02T08:02:17 door "
        "hgroenhof --\n"
        '{"contact_id": "C-01", "rol": "contact"}\n'
        "-- audit --\n2026-03-01T16:20 hgroenhof casus aangemaakt\n"
    )
    assert redacted_names_with_model(text) == ["hgroenhof", "hgroenhof"]


@pytest.mark.parametrize(
    "text, name",
    [
        ('Bouwploeg: Sjaak "Bolle" van Deursen en zijn zoon.', 'Sjaak "Bolle" van Deursen'),
        ("Verhuurder Wolbrand (Wob) Kievitshoek belde terug.", "Wolbrand (Wob) Kievitshoek"),
    ],
)
def test_a_name_with_its_nickname_in_the_middle(model, text: str, name: str) -> None:  # noqa: F811
    assert name in redacted_names_with_model(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("Hij heeft sinds 2022 tinnitus en slaapt slecht.", "tinnitus"),
        ("Door het lawaai komen zijn PTSS-klachten terug.", "PTSS"),
        ("Zij gebruikt prednison na een niertransplantatie.", "niertransplantatie"),
        ("Kind is niet gevaccineerd (ouders weigeren).", "gevaccineerd"),
        ("De buurvrouw eet halal en vraagt om een aparte schaal.", "halal"),
        ("Ik ben lid van de SGP en wil dat dit niet openbaar wordt.", "SGP"),
        ("Hij is sinds 2019 kaderlid in de sector gemeenten.", "kaderlid"),
        ("U bent lid van de FNV Overheid.", "FNV"),
    ],
)
def test_more_special_personal_data(text: str, term: str) -> None:
    assert any(term in value and action == "redact" for value, action in of_type(text, "special"))


def test_a_party_in_a_council_list_is_no_special_data() -> None:
    assert of_type("Aanwezig: J. de Wit (SGP) en A. Kramer (VVD), raadsleden.", "special") == []
