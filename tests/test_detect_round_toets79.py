"""Detection improvements made after the blind seventy-ninth and eightieth toets sets
(publicatie/evaluation/realistic_toets79 and _toets80) were measured: a BSN a few words after
its label, a foreign mobile number in a participants' table, a date of birth in Hungarian
order, with spaced slashes, first in brackets or after "date of birth,", a chat sender with a
title, a bailiff by surname, a first name that is also a common word before a particle, a name
in a list before ", born", an English closing; and, against redacting too much: speaker codes
of parts in a transcript, dialect words in a chat, a German town's administration and its town
hall, English words in a chat, a department and its town, a YAML block about an event, an
office in an export's key, an office's own line in an export, creditors' bank accounts. New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401 (fixture)
    dates_of_birth,
    model,
    names_with_model,
    of_type,
    redacted,
    redacted_names_with_model,
    redacted_of_type,
)


def test_a_bsn_a_few_words_after_its_label_is_found() -> None:
    text = "BSN van de aanvrager voor het dossier: 111222333. Uitkering sinds 2022."
    assert redacted_of_type(text, "bsn") == ["111222333"]


def test_a_case_number_after_a_label_is_still_no_bsn() -> None:
    text = "Dossier: 111222333, zie de brief van 3 maart."
    assert redacted_of_type(text, "bsn") == []


def test_a_foreign_mobile_number_is_no_bsn_and_not_the_employers() -> None:
    text = (
        "nr\tnaam\twerkgever\ttelefoon\n"
        "1\tAurelija Kazlauskaite\tKoelhuis Bremmerink B.V.\t+370 612 48 530\n"
        "2\tTiago Ferreira Lopes\tGroenteteelt Vos B.V.\t+351 912 447 063\n"
    )
    phones = of_type(text, "phone")
    assert ("+370 612 48 530", "redact") in phones
    assert ("+351 912 447 063", "redact") in phones
    assert redacted_of_type(text, "bsn") == []


def test_a_foreign_landline_after_an_organisation_stays() -> None:
    text = "Kontakt: Stadt Geilenkirchen, Markt 9, 52511 Geilenkirchen, +49 2451 629-0\n"
    assert ("+49 2451 629-0", "keep") in of_type(text, "phone")


def test_dates_of_birth_in_other_notations() -> None:
    table = "naam\tgeboortedatum\nKatalin Szabó\t1984. 11. 02.\n"
    assert dates_of_birth(table) == ["1984. 11. 02."]
    assert dates_of_birth("Geboortedatum ......... 03 / 09 / 1961\n") == ["03 / 09 / 1961"]
    assert dates_of_birth("He wrote down my date of birth, 14/02/1975, on the form.") == [
        "14/02/1975"
    ]


def test_a_version_number_with_dots_is_no_date_of_birth() -> None:
    assert dates_of_birth("Geboortedatum: onbekend. Versie 2024.01.15 van het formulier.") == []


def test_a_date_first_in_brackets_after_a_name_is_a_date_of_birth(model) -> None:  # noqa: F811
    text = "Melding over Joëlle Verbrugge (22-05-2010, BSN volgt) via Veilig Thuis."
    assert "22-05-2010" in redacted_of_type(text, "dob", use_model=True)


def test_speaker_codes_of_parts_are_no_names(model) -> None:  # noqa: F811
    text = (
        "Aanwezig: Marloes Vennegoor (wijkcoach, WC), mevrouw Dijkhuis (cliënte, CL), "
        "dochter Anouk Dijkhuis (DOCHTER)\n\n"
        "[00:00:03] WC: Goedemiddag mevrouw Dijkhuis.\n"
        "[00:00:09] CL: Dag. Mijn dochter is er ook.\n"
        "[00:00:14] DOCHTER: Ja, ik ben er.\n"
    )
    names = redacted_names_with_model(text)
    assert "Marloes Vennegoor" in names
    assert not {"WC", "CL", "DOCHTER"} & set(names)


def test_a_paraph_that_follows_the_name_or_no_part_stays_a_paraph(model) -> None:  # noqa: F811
    text = (
        "Verbalisanten: Iris Koops-Ubbink (IKU), toezichthouder\n"
        "Budgetcoach: Roel Wennekes (RSt)\n\n"
        "IKU nam twee monsters. Paraaf coach: RSt\n"
    )
    names = redacted_names_with_model(text)
    assert names.count("IKU") == 2
    assert names.count("RSt") == 2


def test_a_dialect_word_in_a_chat_line_is_no_name(model) -> None:  # noqa: F811
    text = "[00:01:10] CL: Sinds mien man d'r niet meer is, doe ik de post."
    assert "mien" not in redacted_names_with_model(text)


def test_a_german_administration_from_a_rule_is_no_person(model) -> None:  # noqa: F811
    text = (
        "Laut Polizei ist der Mieter bekannt. Die Kontrolle führte das Ordnungsamt Übach-Palenberg "
        "durch.\nKontakt: Stadt Übach-Palenberg, Rathausplatz 4, 52531 Übach-Palenberg\n"
    )
    names = redacted_names_with_model(text)
    assert not any("Polizei" in n or "Ordnungsamt" in n or "Stadt" in n for n in names)
    assert ("Rathausplatz 4", "keep") in of_type(text, "address")


def test_a_chat_sender_with_a_title_is_found(model) -> None:  # noqa: F811
    text = "[12-03-25 19:02:11] Ds. Wolterink: Ik ga morgen bij de familie langs.\n"
    assert "Wolterink" in " ".join(redacted_names_with_model(text))


def test_a_bailiff_by_surname_is_found(model) -> None:  # noqa: F811
    text = "Er ligt een brief van deurwaarder Hofsteenge over de huurachterstand."
    assert "Hofsteenge" in redacted_names_with_model(text)


def test_a_first_name_that_is_a_common_word_before_a_particle(model) -> None:  # noqa: F811
    text = "Gisteren sprak de consulent met Wil van Bruggenkamp over de aanvraag."
    assert "Wil van Bruggenkamp" in redacted_names_with_model(text)
    assert redacted_names_with_model("Op de Dag van de Architectuur is het stadhuis open.") == []


def test_a_name_in_a_list_before_born_and_after_an_english_closing(model) -> None:  # noqa: F811
    text = (
        "1. Rodel Macaraeg Bautista, born 3 June 1989, passport P5512903C\n\n"
        "Kind regards,\nMaricel Dimalanta\nCrewing Officer\n"
    )
    names = redacted_names_with_model(text)
    assert "Rodel Macaraeg Bautista" in names
    assert "Maricel Dimalanta" in names
    assert redacted_names_with_model("Ze woonde in Zwolle, geboren en getogen.") == []


def test_english_words_in_a_chat_are_no_names(model) -> None:  # noqa: F811
    text = "12-03-2025 10:10 - +40 745 218 903: I lost the job and my boss said I have to go.\n"
    names = redacted_names_with_model(text)
    assert "job" not in names and "said" not in names


def test_a_department_and_its_town_is_no_reversed_name() -> None:
    text = "4   L. Wennekes          jurist VTH, Brunssum                9 sept   90 min\n"
    assert redacted_of_type(text, "name") == ["L. Wennekes"]


def test_the_name_of_an_event_in_a_yaml_block_is_no_person() -> None:
    text = (
        "evenement:\n  naam: Fluisterbootrace Weerribben\n  datum: 2025-06-14\n"
        "inschrijvingen:\n  - nr: 1\n    schipper: Gerwin Tolkamp\n"
    )
    names = redacted_of_type(text, "name")
    assert not any("Fluisterbootrace" in n or "Weerribben" in n for n in names)


def test_an_office_in_an_exports_key_stays_visible() -> None:
    text = "vergunning:\n  burgemeester_akkoord: T.J. Holtkamp\n  behandelaar: Sanne Wolbers\n"
    names = dict(of_type(text, "name"))
    assert names["T.J. Holtkamp"] == "keep"
    assert names["Sanne Wolbers"] == "redact"


def test_an_offices_own_line_as_an_exports_key_stays() -> None:
    text = "contact:\n  havenkantoor_vollenhove: 0527 24 13 70\n  mobiel_schipper: 06 41 22 90 18\n"
    phones = dict(of_type(text, "phone"))
    assert phones["0527 24 13 70"] == "keep"
    assert phones["06 41 22 90 18"] == "redact"


def test_creditors_bank_accounts_stay_unless_the_row_names_a_person() -> None:
    text = (
        "cliënt | R. Wolbrink | rekening NL91ABNA0417164300\n"
        "nr | schuldeiser | kenmerk | IBAN schuldeiser | saldo\n"
        "01 | Woonstichting De Veste | HA-22 | NL02ABNA0123456789 | € 1.200,00\n"
        "02 | Installatiebedrijf Harm Stegeman | F-88 | NL20INGB0001234567 | € 400,00\n"
    )
    ibans = dict(of_type(text, "iban"))
    assert ibans["NL02ABNA0123456789"] == "keep"
    assert ibans["NL20INGB0001234567"] == "redact"
    assert ibans["NL91ABNA0417164300"] == "redact"
