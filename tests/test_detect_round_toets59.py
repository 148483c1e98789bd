"""Detection improvements made after the blind fifty-ninth and sixtieth toets sets
(publicatie/evaluation/realistic_toets59 and _toets60) were measured: the fields of a PHP dump,
English and FHIR keys of a JSON export, a query string without encoding, the person fields of a
chat export and of a file's metadata, a Windows profile folder, a login next to a name written
surname first, a surname with initials after its comma, a system's user ID, and more functional
mailboxes. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import model, redacted, redacted_of_type, spans  # noqa: F401 (fixture)


def test_the_fields_of_a_php_dump() -> None:
    text = (
        "Array\n(\n    [naam] => Gerrie Wolfswinkel\n    [adres] => Heuvelkamp 3\n"
        "    [postcode] => 3415 RT\n    [telefoon] => 0348-551234\n)\n"
    )
    found = redacted(text)
    assert ("postcode", "3415 RT") in found
    assert ("name", "Gerrie Wolfswinkel") in found


def test_english_and_fhir_keys_of_a_json_export() -> None:
    text = (
        '{ "name": [ { "family": "Brouwersteeg", "given": [ "Jorinde" ] } ],\n'
        '  "birthDate": "2011-02-14",\n'
        '  "address": [ { "line": [ "Kerkweg 2" ], "postalCode": "3481 BZ" } ] }\n'
    )
    found = redacted(text)
    for kind, value in (
        ("name", "Brouwersteeg"),
        ("name", "Jorinde"),
        ("dob", "2011-02-14"),
        ("postcode", "3481 BZ"),
    ):
        assert (kind, value) in found, value


def test_a_key_about_a_kind_is_still_no_value() -> None:
    text = '{ "documentType": "brief", "statusCode": "OPEN", "postalCode": "3481 BZ" }\n'
    found = redacted(text)
    assert ("postcode", "3481 BZ") in found
    assert not any(v in ("brief", "OPEN") for _, v in found)


def test_a_plain_query_string_is_read_as_a_form() -> None:
    text = "GET /api/v2/afval?postcode=1391AB&huisnummer=12 -> 200\n"
    assert "1391AB" in redacted_of_type(text, "postcode")


def test_the_person_fields_of_a_chat_export() -> None:
    text = '[{"id": "U07AB12CD", "name": "gtjepkema", "real_name": "Gerlof Tjepkema"}]\n'
    found = redacted(text)
    assert ("name", "Gerlof Tjepkema") in found
    assert ("name", "gtjepkema") in found
    assert not any(v == "U07AB12CD" for _, v in found)  # a system's user ID is no name


def test_the_person_fields_of_a_files_metadata() -> None:
    text = (
        "Author                          : Wierda, Hylkje\n"
        "Last Modified By                : Rintjema, Sietse\n"
        "Template                        : C:\\Users\\srintjema\\AppData\\Roaming\\Normal.dotm\n"
    )
    names = redacted_of_type(text, "name")
    assert "Wierda, Hylkje" in names and "Rintjema, Sietse" in names
    assert "srintjema" in names


def test_a_shared_windows_profile_is_no_account() -> None:
    text = "Bestand: C:\\Users\\Public\\Documents\\lijst.xlsx\n"
    assert redacted_of_type(text, "name") == []


def test_a_login_next_to_a_name_written_surname_first(model) -> None:  # noqa: F811
    text = '"C-1","2025-11-04",37,"14 0514","Wonen","hwijnstra","Wijnstra, Hiske","Opgehangen"\n'
    names = redacted_of_type(text, "name", use_model=True)
    assert "hwijnstra" in names


def test_a_surname_with_initials_after_its_comma() -> None:
    text = (
        "Lotnummer 12   TERPSTRA, G.H.        Legakker 4\n"
        "Lotnummer 13   Hoekveld, M.   Legakker 5\n"
    )
    names = redacted_of_type(text, "name")
    assert "TERPSTRA, G.H." in names and "Hoekveld, M." in names
    assert redacted_of_type("Zie Utrecht, B.V. en Holding, N.V. in de bijlage.\n", "name") == []


def test_more_functional_mailboxes() -> None:
    for mailbox in ("meldkamer@vrf.nl", "alarm-gemalen@wetterskip.nl", "ciso@gemeente.nl"):
        assert ("email", mailbox, "keep") in spans(f"Mail naar {mailbox}.\n"), mailbox


def test_the_office_in_the_job_title_cell_of_a_csv_row(model) -> None:  # noqa: F811
    header = '"First Name","Middle Name","Last Name","Job Title","Company"\n'
    holder = '"Sietske","","Haagsma","wethouder (wonen, sport)","Gemeente Opsterland"\n'
    asker = '"1","Waarom deze route?","Geeske Hoornstra","Beantwoord","gedeputeerde Haagsma"\n'
    names = dict((t, a) for k, t, a in spans(header + holder, use_model=True) if k == "name")
    assert names.get("Haagsma") == "keep"
    assert ("name", "Geeske Hoornstra", "redact") in spans(asker, use_model=True)
