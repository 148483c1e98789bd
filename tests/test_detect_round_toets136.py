"""Lakken, seventy-first round (tuned on realistic_toets136).

What the round added: a BSN in a comma-separated export ('"Vugts, A.J.M.",648175133,22/06/1990'),
while a number with a decimal comma stays no BSN; a licence plate without dashes after a key in a
camera's or a barrier's log ("plate=H985BX"); a login in brackets after a name whose surname
comes first ("De Laat Ronald (rdelaat)"); a login with the organisation's name after it
("ksmits_boxtel"); a surname in capitals with another initial than the office holder of that
name ("KRAMER S" beside "wethouder J. Kramer"); a divorce under way ("liggen in scheiding"), a
stay in hospital said of a person, debts said the other way round ("dat zij schulden heeft"),
counselling by the credit bank, a church named by its members ("zevendedags adventist"). No
longer redacted: "aangehouden" where a case or a payment is put on hold, "Factuur" as a name
after a customer in a log, a document management system's "Documentnummer" beside the title.
Second part: a redacted person's surname in a file name after the capitals of the initials or
the particles ("rooster_BHeijmans.docx", "IBAN_wijziging_VandenDungen.pdf").
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    document_numbers,
    model,
    of_type,
    redacted_of_type,
    spans,
)


def test_a_bsn_in_a_comma_separated_export_is_redacted() -> None:
    text = (
        "Dossier,Huurder,BSN,Geboren,Adres\n"
        'HV-2026-01,"Bosman, K.L.",111222333,04/09/1971,"Esdoornlaan 3, Ede"\n'
        'HV-2026-02,"Ruiter, P.",123456782,17/01/1966,"Beukenlaan 9, Ede"\n'
    )
    assert redacted_of_type(text, "bsn") == ["111222333", "123456782"]


def test_a_number_with_a_decimal_comma_is_no_bsn() -> None:
    text = "Rente 7,123456782 procent; saldo 123456782,50 volgens de bank.\n"
    assert redacted_of_type(text, "bsn") == []


def test_a_plate_without_dashes_after_a_log_key_is_redacted() -> None:
    text = (
        "Apr 02 06:41:10 gate-haven02 anpr[88]: lane=Havenkade plate=82HDZ4 list=permit\n"
        'Apr 02 06:52:33 gate-haven02 anpr[88]: lane=Havenkade license_plate="G408KT" open\n'
    )
    assert redacted_of_type(text, "kenteken") == ["82HDZ4", "G408KT"]


def test_a_word_after_plate_is_no_plate() -> None:
    text = "plate=SILVER list=none\n"
    assert redacted_of_type(text, "kenteken") == []


def test_a_login_in_brackets_after_a_surname_first_name_is_that_persons(model) -> None:  # noqa: F811
    text = (
        "Melder: Van Tongeren Iris (ivtongeren)\n"
        "Behandelaar: Brinkhorst Jelle (jbrinkhorst)\n\n"
        "--- Notitie (ivtongeren, 2026-04-02 09:12)\n"
        "Doorgezet naar jbrinkhorst voor de planning.\n"
    )
    logins = [t for t in redacted_of_type(text, "name", use_model=True) if t.islower()]
    assert logins == ["ivtongeren", "jbrinkhorst", "ivtongeren", "jbrinkhorst"]


def test_a_login_with_the_organisations_name_after_it_is_redacted(model) -> None:  # noqa: F811
    text = (
        "Vorige week hebben Marleen Verbrugge en ik de plekken ingemeten.\n\n"
        "OBJECTID,plek,Creator,CreationDate\n"
        "201,1,mverbrugge_velsen,4/2/2026 8:10 AM\n"
        "202,2,mverbrugge_velsen,4/2/2026 8:14 AM\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names.count("mverbrugge_velsen") == 2


def test_a_capitals_namesake_with_another_initial_is_no_office_holder(model) -> None:  # noqa: F811
    text = (
        "Aan: wethouder P. Verbruggen (financiën)\n\n"
        "04.05.2026 07:00:05 INFO  Klant 31002 VERBRUGGEN T  Bedrag 88,00  Niveau 1\n"
        "04.05.2026 07:00:06 INFO  Klant 31017 VERBRUGGEN P  Bedrag 12,00  Niveau 1\n\n"
        "Verbruggen (groente) heeft inmiddels betaald.\n"
    )
    names = dict(of_type(text, "name", use_model=True))
    assert names["VERBRUGGEN T"] == "redact"
    assert names["VERBRUGGEN P"] == "keep"


def test_a_divorce_under_way_is_family_life() -> None:
    text = (
        "De aanvraag ligt stil: hij en zijn vrouw liggen in scheiding. Zijn zus zit midden in\n"
        "een echtscheiding.\n"
    )
    assert redacted_of_type(text, "family") == [
        "liggen in scheiding",
        "zit midden in\neen echtscheiding",
    ]


def test_a_stay_in_hospital_said_of_a_person_is_special() -> None:
    text = "Mevrouw Sloot meldt zich af omdat zij sinds maandag in het ziekenhuis ligt.\n"
    assert redacted_of_type(text, "special") == ["zij sinds maandag in het ziekenhuis ligt"]


def test_debts_said_the_other_way_round_and_the_credit_bank_are_redacted() -> None:
    text = (
        "Uit de brief blijkt dat hij flinke schulden heeft en onder begeleiding van de\n"
        "kredietbank staat.\n"
    )
    assert redacted_of_type(text, "financial") == [
        "hij flinke schulden heeft",
        "onder begeleiding van de\nkredietbank",
    ]


def test_the_credit_bank_as_a_policy_topic_is_not_redacted() -> None:
    text = "Inwoners die onder begeleiding van de kredietbank staan, krijgen korting.\n"
    assert redacted_of_type(text, "financial") == []


def test_a_church_named_by_its_member_is_special() -> None:
    text = "Hij kan op zaterdag niet staan, want hij is zevendedags adventist.\n"
    assert redacted_of_type(text, "special") == ["zevendedags adventist"]


def test_put_on_hold_is_no_arrest() -> None:
    text = (
        "2026-0000512;Verkoop snippergroen;Aangehouden;16-02-2026\n"
        "Het verzoek van mevrouw Dekker is aangehouden tot het taxatierapport er is.\n"
        "Factuur aangehouden tot 1 juni.\n"
    )
    assert redacted_of_type(text, "special") == []


def test_an_arrest_is_still_special() -> None:
    text = "De heer Dekker is gisteren aangehouden op verdenking van diefstal.\n"
    assert "aangehouden" in redacted_of_type(text, "special")


def test_factuur_after_a_customer_in_a_log_is_no_name(model) -> None:  # noqa: F811
    text = (
        "16.05.2026 07:00:05 INFO  Klant 20501 HOFMAN R  Factuur 260004411  Bedrag 94,00\n"
        "16.05.2026 07:00:05 INFO  Klant 20502 LAMMERS E  Factuur 260004412  Bedrag 12,00\n"
    )
    assert "Factuur" not in redacted_of_type(text, "name", use_model=True)


def test_a_records_systems_document_number_is_no_passport() -> None:
    text = (
        "Documentnummer;Titel;Datum;Afzender\n"
        "D91.002233;Akte van levering;04-03-1991;Notariskantoor\n"
        "D12.014455;Brief over de canon;12-06-2012;Afdeling grondzaken\n"
        "D19.000876;Taxatie;01-02-2019;Taxateur\n"
    )
    assert document_numbers(text) == []


def test_a_passport_number_column_still_counts() -> None:
    text = (
        "Naam;Documentnummer;Geldig tot\n"
        "J. Bos;NXC3K8P41;2030\n"
        "P. Bos;NXC3K8P42;2031\n"
        "K. Bos;NXC3K8P43;2032\n"
    )
    assert document_numbers(text) == ["NXC3K8P41", "NXC3K8P42", "NXC3K8P43"]


def test_initials_with_a_space_between_after_a_redacted_capitals_surname(model) -> None:  # noqa: F811
    text = (
        "Toelichting: mevrouw D.P. Lindhout heeft een regeling getroffen.\n\n"
        "16.05.2026 07:00:05 INFO  Klant 20511 LINDHOUT D P  Factuur 260004481  Bedrag 55,00\n"
    )
    assert "LINDHOUT D P" in redacted_of_type(text, "name", use_model=True)


def test_a_lower_case_name_searched_in_a_web_address_is_redacted() -> None:
    text = (
        "2026-04-11T03:12:40Z,GET,/register/zoek,?naam=verhoeff,python-requests/2.31\n"
        "GET /register/zoek?achternaam=lindhout&plaats=ede HTTP/1.1\n"
    )
    assert redacted_of_type(text, "name") == ["verhoeff", "lindhout"]


def test_a_namesake_said_to_have_nothing_to_do_with_the_mayor_is_redacted(model) -> None:  # noqa: F811
    text = (
        "Aan: burgemeester Stokvis\n\n"
        "De attractie wordt bediend door Ruud Stokvis. De heer Ruud Stokvis heeft niets te\n"
        "maken met burgemeester Stokvis.\n"
    )
    names = of_type(text, "name", use_model=True)
    assert ("Ruud Stokvis", "redact") in names
    assert ("Ruud Stokvis", "keep") not in names


def test_logins_in_a_records_systems_created_by_column_are_redacted(model) -> None:  # noqa: F811
    text = (
        "Documentnummer;Titel;Datum;Aangemaakt door;Bestand\n"
        "D88.001122;Akte;14-08-1988;conversie;akte.pdf\n"
        "D21.033445;Wijziging rekening;11-05-2021;pvdlinden;wijziging.pdf\n"
        "D24.005566;Verzoek uitstel;20-02-2024;tkorving;verzoek.pdf\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == ["pvdlinden", "tkorving"]


def test_a_decision_held_back_for_a_criminal_investigation_is_special() -> None:
    text = "Het besluit voor de heer Amrani is aangehouden wegens een strafrechtelijk onderzoek.\n"
    assert "aangehouden" in redacted_of_type(text, "special")


def test_a_surname_after_capital_initials_or_particles_in_a_file_name(model) -> None:  # noqa: F811
    text = (
        "Invallers waren Marco Tielemans en mevrouw J.A. van der Sloot.\n"
        "TargetFilename: E:\\markt\\rooster_MTielemans_week12.docx\n"
        "TargetFilename: E:\\markt\\machtiging_VanderSloot.pdf\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "MTielemans" in names
    assert "VanderSloot" in names
