"""Lakken, hundred-and-first round (tuned on realistic_toets201 and realistic_toets202).

What the round added: a boa's number right after the word in brackets ("(boa, 218470)", "(boa
363311)", "(boa,⏎nummer 816712)") or after the boa's name ("boa K. Dirkzwager, 218470", "boa S.
Uijtdewilligen (nummer 816712)"), five digits or more (a four-digit "BOA 4471" stays: often a
team's or a post's code); a client number after a form's aside ("Cliëntnummer (indien bekend):
562932"); "reclassering" by itself is no special personal data any more ("Reclassering
Nederland", "reclasseringswerker R. Tjon-A-Fong" as a contact; unannotated in 32 of 55 places),
but being supervised by it is ("staat onder reclasseringstoezicht", "toezicht van de
reclassering", "meldplicht bij de reclassering", "loopt bij de reclassering", "zijn
reclasseringswerker" stays), and "detentieverleden"; a national organisation before a mobile
number ("Reclassering Nederland, 06 ...") is no name. New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted_of_type,
)


def test_a_boas_number_in_a_legends_brackets(model) -> None:  # noqa: F811
    text = (
        "Legenda: WH = W. Hendriksen (boa, 730264), AK = A. Kuipers (boa 518903),\n"
        "TB = T. Bouwhuis (boa,\nnummer 604117). Tijden in uren:minuten.\n"
    )
    numbers = redacted_of_type(text, "document_number", use_model=True)
    assert numbers == ["730264", "518903", "604117"]


def test_a_boas_number_after_the_boas_name(model) -> None:  # noqa: F811
    text = (
        "Advies handhaving (boa P. van Gelderen, 472618): geen bezwaar.\n"
        "Proces-verbaal opgemaakt door boa J. Hoekstra (nummer 385027).\n"
    )
    numbers = redacted_of_type(text, "document_number", use_model=True)
    assert numbers == ["472618", "385027"]


def test_a_four_digit_boa_code_stays(model) -> None:  # noqa: F811
    text = "Koppel vandaag: (boa 4417) en (boa 4452), dienstauto bij het stadskantoor.\n"
    assert redacted_of_type(text, "document_number", use_model=True) == []


def test_a_client_number_after_a_forms_aside(model) -> None:  # noqa: F811
    text = "Naam: J. Veldkamp\nCliëntnummer (indien bekend): 771204\nReden: huisuitzetting\n"
    assert "771204" in redacted_of_type(text, "document_number", use_model=True)


def test_the_probation_service_by_name_is_no_special_data(model) -> None:  # noqa: F811
    text = (
        "Contactpersoon: mevrouw D. Haverkort, Reclassering Nederland, 088 804 12 00.\n"
        "De reclasseringswerker belt vandaag terug over de woning.\n"
    )
    assert redacted_of_type(text, "special", use_model=True) == []


def test_supervision_by_the_probation_service_is_special_data(model) -> None:  # noqa: F811
    text = (
        "Hij staat onder reclasseringstoezicht en heeft een meldplicht bij de reclassering.\n"
        "Let op: cliënt loopt bij de reclassering.\n"
    )
    special = redacted_of_type(text, "special", use_model=True)
    assert "reclasseringstoezicht" in special
    assert "meldplicht bij de reclassering" in special
    assert "loopt bij de reclassering" in special


def test_a_national_organisation_before_a_mobile_is_no_name(model) -> None:  # noqa: F811
    text = "Contact: Vluchtelingenwerk Nederland, 06 41 27 83 90 (alleen overdag).\n"
    assert redacted_of_type(text, "name", use_model=True) == []


def test_a_detention_past_is_special_data(model) -> None:  # noqa: F811
    text = "Kandidaat 14: heftruckcertificaat, detentieverleden, start per 1 juni.\n"
    assert "detentieverleden" in redacted_of_type(text, "special", use_model=True)
