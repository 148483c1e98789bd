"""Lakken, hundredth round (tuned on realistic_toets199 and realistic_toets200).

What the round added: a login after "ingevoerd/gewijzigd/aangemaakt/opgevraagd door" also where
it ends a sentence, a JSON string or an XML comment, or stands before where it was done
("ingevoerd door pvanderhaar.", "aangemaakt door mvonkaalders -->"), when it is shaped as a
login; the number of a disabled parking card after its label also with six digits and with the
kind of card in brackets ("Nummer gehandicaptenparkeerkaart (bestuurderskaart): 395832",
"GPK-nummer 395832"), and in groups after "GPK" ("GPK-0268-21-04937"), not a case number that
begins with its year; a resident's or visitor's parking permit by its number in a text about
those permits ("vergunning 900371", "bezoekerspasnummer is 864040", '"vergunningnummer":
"575837"'); the logins in an enforcement export's "controleur", "toezichthouder" or
"inspecteur" column; "geen VOG" and "medische verklaring" by themselves are no special personal
data (unannotated in 15 of 17 and 28 of 32 places). New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted_of_type,
)


def test_a_login_after_door_at_the_end_of_a_sentence_or_a_field(model) -> None:  # noqa: F811
    text = (
        "Registratie: 2025/RAAD/0177, ingevoerd door kbrinkerink.\n"
        '{"wijziging": "postadres aangepast; gewijzigd door tvanommeren"}\n'
        "<!-- Export standplaatsen, aangemaakt door ejzwolsman -->\n"
        "<note>Gemaakt door wkloosterboer in de kaartviewer.</note>\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    for login in ("kbrinkerink", "tvanommeren", "ejzwolsman", "wkloosterboer"):
        assert login in names


def test_a_word_after_door_at_the_end_of_a_sentence_stays(model) -> None:  # noqa: F811
    text = "De lijst is opgevraagd door iedereen. Het plan is gemaakt door bewoners.\n"
    assert redacted_of_type(text, "name", use_model=True) == []


def test_a_disabled_parking_card_with_six_digits_after_its_label(model) -> None:  # noqa: F811
    text = (
        "Nummer gehandicaptenparkeerkaart (passagierskaart): 618204   geldig tot 1-3-2030\n"
        "GPK-nummer 618204 nagekeken in het register.\n"
        "U heeft een gehandicaptenparkeerkaart voor bestuurders (kaartnummer 731925).\n"
    )
    numbers = redacted_of_type(text, "document_number", use_model=True)
    assert numbers == ["618204", "618204", "731925"]


def test_a_disabled_parking_card_in_groups_but_not_a_case_number(model) -> None:  # noqa: F811
    text = (
        "Achter de voorruit lag kaart GPK-0417-22-08813 op naam van een ander.\n"
        "Kaartnr. GPK 2294-61K, geldig tot 08-2028.\n"
        "Zaak GPK-2025-4410 (aanvraag gehandicaptenparkeerkaart) is afgerond.\n"
    )
    numbers = redacted_of_type(text, "document_number", use_model=True)
    assert "GPK-0417-22-08813" in numbers
    assert "GPK 2294-61K" in numbers
    assert not any("4410" in n for n in numbers)


def test_a_parking_permit_by_its_number(model) -> None:  # noqa: F811
    text = (
        "Aanvraag bewonersvergunning. Op ons vorige adres hadden wij vergunning\n"
        "611847; die mag vervallen. Mijn bezoekerspasnummer was 702395.\n"
        '{"soort": "bezoekersvergunning", "vergunningnummer": "480316", "zaak": "Z-2025-0417"}\n'
    )
    numbers = redacted_of_type(text, "document_number", use_model=True)
    assert numbers == ["611847", "702395", "480316"]


def test_no_permit_number_outside_a_text_about_parking_permits(model) -> None:  # noqa: F811
    text = "De omgevingsvergunning 611847 voor de aanbouw is verleend op 3 maart.\n"
    assert redacted_of_type(text, "document_number", use_model=True) == []


def test_logins_in_an_enforcement_exports_controleur_column(model) -> None:  # noqa: F811
    text = (
        "# Legenda kolom controleur: login van de handhaver die de scan heeft beoordeeld\n"
        "aanslagnummer;datum;kenteken;zone;controleur;bedrag\n"
        "NHA-2025-010233;2025-02-03 10:12;KR512T;P1;hwesterbeek;€ 74,50\n"
        "NHA-2025-010241;2025-02-03 10:40;69XTL4;P2;mkruisinga;€ 74,50\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "hwesterbeek" in names
    assert "mkruisinga" in names


def test_no_vog_or_a_medical_statement_alone_is_no_special_data(model) -> None:  # noqa: F811
    text = (
        "Voor de huisgenote is nog geen VOG aangeleverd; termijn twee weken.\n"
        "Bij de aanvraag hoort een medische verklaring van de keuringsarts.\n"
    )
    assert redacted_of_type(text, "special", use_model=True) == []


def test_a_refused_vog_is_still_special_data(model) -> None:  # noqa: F811
    text = "Zijn VOG is geweigerd vanwege een veroordeling in 2021.\n"
    assert redacted_of_type(text, "special", use_model=True) != []
