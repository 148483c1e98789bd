"""Detection improvements made in the sixty-third round, after the blind sets toets119 and
toets120 (publicatie/evaluation/realistic_toets119 and _toets120) were measured: a cadastral
municipality with small words in its name, a date of birth written together after "geb.", a
V-number in a JSON key with an underscore, RDF in Turtle, a surname of two words before its
initials, being under administration and rent arrears of some months; and against
over-redaction: a share on a file server, a relation in brackets after a name, Turtle and CSS
directives, a workstation's code, made-up test persons. New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

from publicatie.debts import find_debts
from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    redacted,
    redacted_names_with_model,
    redacted_of_type,
)


def test_a_cadastral_municipality_with_small_words_is_part_of_the_parcel() -> None:
    text = (
        "De percelen Bergen op Zoom K 3318 en Alphen aan den Rijn B 1207 zijn van de erven; "
        "perceel: Berg en Dal D 412 ook.\n"
    )
    addresses = redacted_of_type(text, "address")
    assert "Bergen op Zoom K 3318" in addresses
    assert "Alphen aan den Rijn B 1207" in addresses
    assert "Berg en Dal D 412" in addresses


def test_a_date_of_birth_written_together_after_geb_is_found() -> None:
    text = "10:02:11 persoon opgehaald: WASSINK, Gerda geb. 19810314 naamgebruik=E\n"
    assert ("dob", "19810314") in set(redacted(text))


def test_a_v_number_under_a_json_key_with_an_underscore_is_a_document_number() -> None:
    text = '{"naam": "K. Alemu", "v_nummer": "3318207714", "vnr_intern": 12}\n'
    assert redacted_of_type(text, "document_number") == ["3318207714"]


def test_turtle_statements_about_a_person_are_read_by_their_predicates() -> None:
    text = (
        "@prefix schema: <https://schema.org/> .\n"
        'ex:graf12 graf:overledene [ schema:name "Gerrit Jan Hulshof" ; '
        'schema:birthDate "1931-05-09"^^xsd:date ] ;\n'
        '    graf:rechthebbende [ schema:givenName "Wilma" ; schema:familyName "Hulshof" ] .\n'
        'ex:gemeente schema:name "Gemeente Oost Gelre" .\n'
        'ex:graf13 graf:overledene [ schema:name "Aaltje Wolters" ; '
        'schema:deathDate "1988-02-11"^^xsd:date ] .\n'
    )
    found = set(redacted(text))
    assert ("name", "Gerrit Jan Hulshof") in found and ("dob", "1931-05-09") in found
    assert ("name", "Wilma") in found and ("name", "Hulshof") in found
    assert ("name", "Aaltje Wolters") in found
    assert not any("Oost Gelre" in value for _, value in found)


def test_a_surname_of_two_words_before_its_initials_is_one_name() -> None:
    text = "Brief aangemaakt rechthebbende=Olde Rikkert, J.W. adres=Kerkstraat 9 7141 AB\n"
    assert "Olde Rikkert, J.W." in redacted_of_type(text, "name")


def test_administration_and_rent_arrears_of_some_months_are_a_persons_debts() -> None:
    text = (
        "Zij staat onder bewind sinds 2023. Haar zoon staat onder budgetbeheer. "
        "Dossier: huurachterstand drie maanden. Omdat hij sinds mei in de WSNP zit, ..."
    )
    phrases = [text[s:e] for s, e, *_ in find_debts(text)]
    for phrase in (
        "staat onder bewind",
        "staat onder budgetbeheer",
        "huurachterstand drie maanden",
        "in de WSNP zit",
    ):
        assert phrase in phrases, phrase
    assert find_debts("Het college stelt een beleidsregel beschermingsbewind vast.") == []


def test_a_share_on_a_file_server_is_no_login_a_domain_account_is() -> None:
    text = (
        "  Source : \\\\gem-fs02\\afdelingen$\\Vastgoed\\\n"
        "  Dest : \\\\gem-nas01\\archief\\Vastgoed\\\n"
        "Gewijzigd door GEM\\hvanbeek op 12-03-2025\n"
    )
    names = redacted_of_type(text, "name")
    assert not any("afdelingen" in n or "archief" in n for n in names)
    assert "GEM\\hvanbeek" in names


def test_a_relation_in_brackets_after_a_name_is_no_paraph() -> None:
    text = "   2024-11-02 09:12   Woo-2025-031/02 belnotitie Sander Verhagen (broer).docx\n"
    names = redacted_of_type(text, "name")
    assert "broer" not in names and "Sander Verhagen" in names


def test_turtle_and_css_directives_are_no_names(model) -> None:  # noqa: F811
    text = (
        "@prefix vg: <https://data.example.nl/id/vastgoed/> .\n"
        "@base <https://data.example.nl/> .\n"
        'vg:object12 vg:beheerder "Marieke Stoelhorst" .\n'
    )
    names = redacted_names_with_model(text)
    assert "prefix" not in names and "base" not in names


def test_a_workstations_code_in_a_print_log_is_no_name() -> None:
    text = (
        "time,user,pages,copies,printer,document,client,size\n"
        "2025-09-02 09:41:07,hbosman,1,1,prt-bz01,Aanvraag.pdf,WS-BZ-011,A4\n"
        "2025-09-02 10:12:44,hbosman,2,1,prt-bz01,Brief.pdf,WS-BZ-014,A4\n"
    )
    names = redacted_of_type(text, "name")
    assert not any(n.startswith("WS-") for n in names)


def test_made_up_test_persons_are_no_names(model) -> None:  # noqa: F811
    text = (
        "Ik vervang de echte casussen door Jan Testpersoon en Testpersoon-van Voorbeeld; "
        "de derde heet Karin Dummy. De echte aanvrager was Wendy Gerritsen-Lammers.\n"
    )
    names = redacted_names_with_model(text)
    assert not any("Testpersoon" in n or "Voorbeeld" in n or "Dummy" in n for n in names)
    assert "Wendy Gerritsen-Lammers" in names
