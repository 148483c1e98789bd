"""Detection improvements made after the blind twenty-fifth and twenty-sixth toets sets
(publicatie/evaluation/realistic_toets25 and _toets26) were measured: German and Belgian office
holders in a cross-border meeting, the chair of a joint arrangement's board, an office holder's
own paraph, departmental mailboxes, a law's abbreviation after an article, a nationality before
a noun, a header row after a job word, general numbers on a postal-address line and of a
meldkamer, street names after "Mgr.", Turkish, Moroccan and Drents first names, a place read as
a surname, and a surname of three letters after its particle in a mailbox. New variations, not
copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    names_with_model,
    of_type,
    redacted_addresses,
    redacted_names_with_model,
)


@pytest.mark.usefixtures("model")
def test_german_and_belgian_office_holders_stay_visible() -> None:
    text = (
        "Aanwezig namens Bad Bentheim: Bürgermeister Volker Hinrichs en de Ratsmitglieder "
        "Ilse Brookmann en Tobias Heeren.\nNamens Baarle-Hertog: schepen Lies Vandevelde.\n"
        "Verslag: P. Kamphuis (griffie)."
    )
    names = names_with_model(text)
    for name in ("Volker Hinrichs", "Ilse Brookmann", "Tobias Heeren", "Lies Vandevelde"):
        assert names.get(name) == "keep", name
    assert names.get("P. Kamphuis") == "redact"


@pytest.mark.usefixtures("model")
def test_the_chair_of_a_boards_joint_arrangement_is_an_office_holder() -> None:
    text = "De voorzitter van het algemeen bestuur, H.G. Lindeboom-Aarts, is geïnformeerd."
    assert names_with_model(text).get("H.G. Lindeboom-Aarts") == "keep"


def test_an_office_holders_own_paraph_after_the_office() -> None:
    text = "Vastgesteld door de griffier, paraaf KdW, 3 oktober 2025.\n"
    assert ("KdW", "keep") in of_type(text, "name")


@pytest.mark.usefixtures("model")
@pytest.mark.parametrize(
    "mailbox",
    ["onderwijs@assen.nl", "arbo@vrd.nl", "plaagdierbeheersing@ggdrr.nl", "jgz@ggddrenthe.nl"],
)
def test_departmental_mailboxes_are_functional(mailbox: str) -> None:
    assert of_type(f"Vragen? Mail naar {mailbox}.", "email") == [(mailbox, "keep")]


@pytest.mark.usefixtures("model")
def test_a_surname_of_three_letters_after_its_particle_makes_a_mailbox_personal() -> None:
    assert of_type("Mail naar vandam@assen.nl.", "email") == [("vandam@assen.nl", "redact")]


@pytest.mark.usefixtures("model")
def test_a_laws_abbreviation_and_a_nationality_are_no_names() -> None:
    text = (
        "Controle volgens paragraaf 4.84 Bal en artikel 2:3 Awb. Er stond een bus met "
        "Duits kenteken en een Poolse chauffeur bij het bassin van de heer Wolters."
    )
    names = redacted_names_with_model(text)
    assert names == ["Wolters"]


@pytest.mark.usefixtures("model")
def test_a_header_row_after_a_job_word_is_no_name() -> None:
    text = (
        "Vak\tPerceel / eigenaar\tSoort\tAantal\tBestrijder\n"
        "MD-01\tMaasland K 1201 / P. Groeneveld\tmuskusrat\t2\tWdK\n"
        "MD-02\tMaasland K 1202 / A. Kerkhoven\tbeverrat\t1\tWdK\n"
    )
    names = redacted_names_with_model(text)
    assert not {"Soort", "Aantal", "Bestrijder"} & set(names)


def test_general_numbers_on_a_postal_address_line_and_of_a_meldkamer() -> None:
    text = (
        "Storingen komen binnen via de meldkamer 010 45 12 300 (24/7).\n"
        "Postadres: Postbus 4000, 2900 LA Capelle aan den IJssel – 010 284 40 00\n"
        "Bel mevrouw Verhoef op 010 284 45 67."
    )
    phones = dict(of_type(text, "phone"))
    assert phones == {
        "010 45 12 300": "keep",
        "010 284 40 00": "keep",
        "010 284 45 67": "redact",
    }


def test_a_street_named_after_a_monseigneur() -> None:
    assert "Mgr. Hopmansstraat 12" in redacted_addresses(
        "Mevrouw Pronk woont op Mgr. Hopmansstraat 12 in Schiedam."
    )


@pytest.mark.usefixtures("model")
def test_turkish_moroccan_and_drents_first_names_are_known() -> None:
    text = (
        "Gesproken met Bülent Kaya, met Azzedine Bouali en met Hennechien Bakker-Stevens over "
        "de overlast."
    )
    names = redacted_names_with_model(text)
    for name in ("Bülent Kaya", "Azzedine Bouali", "Hennechien Bakker-Stevens"):
        assert name in names, name


@pytest.mark.usefixtures("model")
def test_a_place_read_as_a_surname_is_not_spread_over_the_document() -> None:
    text = (
        "Gemeente Assen\n\nAan de heer Assen,\n\nIn Assen is de regeling van kracht. "
        "Het Stadhuis Assen is open."
    )
    names = redacted_names_with_model(text)
    assert names.count("Assen") <= 1
    assert "Stadhuis Assen" not in names
