"""Detection improvements made after the blind eleventh toets set (publicatie/evaluation/
realistic_toets11) was measured: staff paraphs with a tussenvoegsel, paraph legends, paraphs
on a PDF page whose lines are joined, accounts after "gebruiker", teachers and clergy by title,
household numbers in a list, the business of a letter's addressee, members of a council
committee, firms named after their partners. New variations, not copies of the evaluation
documents.
"""

from __future__ import annotations

import pytest

from publicatie.convert import to_pdf
from publicatie.names import find_names
from publicatie.pdf_text import extract_text
from publicatie.policy import DetectionPolicy
from publicatie.redact import redact_pdf
from tests.detect_helpers import model, names_with_model, of_type, redacted_addresses  # noqa: F401 (fixture)


@pytest.mark.usefixtures("model")
def test_paraphs_with_a_tussenvoegsel_are_redacted_wherever_they_stand() -> None:
    text = (
        "Beoordeeld op 03-02-2026, JvdB\nTweede lezing: EdW\nNoot PtH: navragen bij de "
        "aanvrager.\nAfgestemd met de VvE en de RvS-uitspraak; zie ook de MvT."
    )
    found = names_with_model(text)
    assert {found.get(t) for t in ("JvdB", "EdW", "PtH")} == {"redact"}, found
    assert not {"VvE", "RvS", "MvT"} & set(found)


@pytest.mark.usefixtures("model")
def test_a_legend_spells_out_paraphs_that_are_then_redacted_in_every_row() -> None:
    text = (
        "zaak;datum;behandelaar\nZ-1;01-02-2026;KO\nZ-2;02-02-2026;RB\nZ-3;03-02-2026;KO\n"
        "Legenda: KO = Karin Oosterhuis; RB = Rutger Bleeker.\n"
    )
    found = names_with_model(text)
    assert [t for t in ("KO", "RB") if found.get(t) == "redact"] == ["KO", "RB"], found


@pytest.mark.usefixtures("model")
def test_a_paraph_in_a_row_about_an_office_holder_is_the_clerks_not_the_office_holders() -> None:
    text = (
        "Pas 7731 uitgereikt aan wethouder P. Landstra, afgegeven door ML.\n"
        "Legenda: ML = Mirjam Lok."
    )
    found = names_with_model(text)
    assert found.get("P. Landstra") == "keep"
    assert found.get("ML") == "redact", found


@pytest.mark.usefixtures("model")
def test_a_paraph_after_a_name_survives_the_joined_lines_of_a_pdf_page() -> None:
    text = (
        "Aanwezig\n- de heer K. Pruim, adviseur, Pruim Vastgoedadvies B.V.\n"
        "- Roel de Kamp (RdK), accountmanager\n\nRdK zegt toe de taxatie op te vragen.\n"
    )
    pdf = to_pdf(text.encode(), "notitie.txt", "text/plain", document="notitie")
    output, _ = redact_pdf(pdf, document="notitie", policy=DetectionPolicy(use_model=True))
    assert "RdK" not in " ".join(extract_text(output, document="notitie"))


@pytest.mark.usefixtures("model")
def test_an_abbreviation_in_brackets_after_a_term_is_no_paraph() -> None:
    text = (
        "De wijkagent, brigadier T.J. Haverkamp, heeft de Meldcode Huiselijk Geweld (MHG) "
        "gevolgd en het Veiligheidsplan Jeugd (VJ) opgesteld."
    )
    assert not {"MHG", "VJ"} & set(names_with_model(text))


@pytest.mark.usefixtures("model")
def test_an_account_after_the_word_gebruiker_is_a_name_but_an_account_manager_is_not() -> None:
    text = (
        "Rapport aangemaakt door gebruiker jkuipers op 02-03-2026 (gebruiker: hdeboer).\n"
        "Uw account manager belt u terug."
    )
    found = names_with_model(text)
    assert found.get("jkuipers") == "redact" and found.get("hdeboer") == "redact", found
    assert "manager" not in found


@pytest.mark.usefixtures("model")
def test_teachers_and_clergy_are_named_by_their_title() -> None:
    found = names_with_model(
        "Groep 5 ging met juf Wiersema en meester Okkerse naar dominee Brouwers."
    )
    assert {found.get(n) for n in ("Wiersema", "Okkerse", "Brouwers")} == {"redact"}, found


def test_every_house_number_in_a_list_of_neighbours_is_redacted() -> None:
    text = (
        "De bewoners op nr. 12, nr. 14 en nr. 18 klaagden. Mevrouw J. Dekker, die op nr. 7 van "
        "die straat woont, zag het gebeuren. In artikel 3, nr. 4 en nr. 5 staat niets."
    )
    found = redacted_addresses(text)
    assert found == ["nr. 12", "nr. 14", "nr. 18", "nr. 7"], found


def test_the_numbers_of_your_business_in_a_letter_to_a_person_are_a_sole_traders() -> None:
    letter = (
        "Veiligheidsregio Zuid\nPostbus 12, 5600 AA Eindhoven\n\n"
        "Hoveniersbedrijf De Groene Vinger – Pieter Smulders\nt.a.v. de heer P. Smulders\n"
        "Dorpsstraat 4\n5541 AB Reusel\n\nGeachte heer Smulders,\n\nDe factuur is gericht aan "
        "uw onderneming (KvK 12345678, btw-id NL001234567B01).\n"
    )
    found = dict(of_type(letter, "kvk")) | dict(of_type(letter, "btw"))
    assert found == {"12345678": "redact", "NL001234567B01": "redact"}, found
    company = letter.replace("Hoveniersbedrijf De Groene Vinger – Pieter Smulders", "Groen B.V.")
    found = dict(of_type(company, "kvk"))
    assert found == {"12345678": "keep"}, found


@pytest.mark.usefixtures("model")
def test_members_listed_under_a_council_committee_heading_are_office_holders() -> None:
    text = (
        "Gemeenteraad Zaanstad – Auditcommissie\nVerslag van 3 maart 2026\n"
        "Voorzitter: P. Groen\nLeden: H. Jonker, M. Yilmaz, R.S. de Wit\n\n"
        "Mevrouw Yilmaz vraagt naar de accountantsbrief. De externe accountant, de heer "
        "B. Meerman, licht die toe."
    )
    found = names_with_model(text)
    assert {found.get(n) for n in ("H. Jonker", "M. Yilmaz", "R.S. de Wit")} == {"keep"}, found
    assert found.get("B. Meerman") == "redact"
    other = text.replace("Gemeenteraad Zaanstad – Auditcommissie", "Stichting Buurtwerk – Bestuur")
    assert names_with_model(other).get("H. Jonker") == "redact"


@pytest.mark.usefixtures("model")
def test_the_secretary_of_an_advisory_committee_is_no_office_holder() -> None:
    text = (
        "Welstandscommissie – verslag, in het stadhuis, met kennisgeving aan de raad\n"
        "Secretaris: H. Oldenkamp (team Vergunningen)\n"
    )
    assert names_with_model(text).get("H. Oldenkamp") == "redact"


@pytest.mark.usefixtures("model")
def test_firms_named_after_their_partners_keep_those_names_visible() -> None:
    text = (
        "Het advies van Brinkhuis & Oosterveld Ingenieurs B.V. is opgesteld door ir. T. Brinkhuis "
        "van Brinkhuis & Oosterveld Ingenieurs B.V. De akte ligt bij Notariskantoor Harmsen & "
        "Tolsma. Schilders- en Onderhoudsbedrijf Bakker & Zn. schildert."
    )
    found = names_with_model(text)
    assert found.get("T. Brinkhuis") == "redact", found
    assert not {"Oosterveld", "Harmsen", "Tolsma", "Schilders", "van Brinkhuis"} & set(found)
    hits = {h.text for h in find_names(text, use_model=True)}
    assert "T. Brinkhuis van Brinkhuis" not in hits
