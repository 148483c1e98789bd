"""Detection improvements made after the blind fifty-seventh and fifty-eighth toets sets
(publicatie/evaluation/realistic_toets57 and _toets58) were measured: the postcode of a form
field, of a question and its answer, before the street and in the next column; an address block
inside XML; URL-encoded form data in a log; the label "Kadastrale aanduiding"; a house number
signed with a name or after "de oprit van"; a speaker named by a role; a Windows time zone;
functional and office mailboxes; initials before a repeated surname. New variations, not copies
of the evaluation documents.
"""

from __future__ import annotations

from publicatie.query_strings import decoded_forms
from tests.detect_helpers import model, redacted, redacted_of_type, spans  # noqa: F401 (fixture)


def test_the_postcode_of_a_form_field_is_redacted() -> None:
    fdf = "<< /T (straat) /V (Dwarsweg 8) >>\n<< /T (postcode) /V (9611 KR) >>\n"
    assert "9611 KR" in redacted_of_type(fdf, "postcode")
    dump = (
        "FieldName: aanvrager.adres\nFieldValue: Ploegstraat 3\n---\n"
        "FieldName: aanvrager.postcode_plaats\nFieldValue: 4281 PE Andel\n"
    )
    assert "4281 PE" in redacted_of_type(dump, "postcode")


def test_the_postcode_given_as_the_answer_to_a_question_is_redacted() -> None:
    text = "[03:12] Medewerker: En uw postcode?\n[03:15] Beller: 7845 TJ.\n"
    assert redacted_of_type(text, "postcode") == ["7845 TJ"]


def test_a_postcode_on_its_own_stays_visible() -> None:
    text = "In de wijk met postcode 7845 TJ komt een nieuwe speeltuin.\n"
    assert redacted_of_type(text, "postcode") == []


def test_the_postcode_before_its_street_is_redacted() -> None:
    text = "laatst wonende te 2965 BG Nieuwpoort, Smidsweg 14, weduwe van de heer Oudshoorn.\n"
    assert redacted_of_type(text, "postcode") == ["2965 BG"]


def test_the_next_postcode_column_of_a_personal_row_is_redacted() -> None:
    text = "Adres               oud      nieuw\nKerkeweg 12         4515 AB  4516 CD   J. Mol\n"
    assert redacted_of_type(text, "postcode") == ["4515 AB", "4516 CD"]


def test_an_address_block_inside_xml_elements() -> None:
    text = (
        "<w:p><w:r><w:t>De heer P. Verwoerd</w:t></w:r></w:p>\n"
        "<w:p><w:r><w:t>Zonnedauw 41</w:t></w:r></w:p>\n"
        "<w:p><w:r><w:t>3223 KL Hellevoetsluis</w:t></w:r></w:p>\n"
    )
    found = redacted(text)
    assert ("address", "Zonnedauw 41") in found and ("postcode", "3223 KL") in found


def test_a_query_string_is_read_as_the_form_it_came_from() -> None:
    line = (
        '10.0.0.1 - - [04/Mar/2025:10:00:00 +0100] "GET /aanvraag/stap2?naam=Welmoed+Scheltens'
        "&straat=Pastorielaan+19&postcode=8441KA&email=w.scheltens%40kpnmail.nl"
        '&tel=%2B31612345678 HTTP/1.1" 200 512\n'
    )
    found = redacted(line)
    for kind, value in (
        ("name", "Welmoed+Scheltens"),
        ("address", "Pastorielaan+19"),
        ("postcode", "8441KA"),
        ("email", "w.scheltens%40kpnmail.nl"),
        ("phone", "%2B31612345678"),
    ):
        assert (kind, value) in found, value


def test_decoded_forms_map_back_onto_the_encoded_text() -> None:
    text = "?a=1&naam=Jos%C3%A9+Mol"
    (form,) = decoded_forms(text)
    assert form.text == "a: 1\nnaam: José Mol\n"
    start = form.text.index("José")
    assert text[slice(*form.original_span(start, start + 4))] == "Jos%C3%A9"
    (plain,) = decoded_forms("/api/kalender?postcode=1396JL&huisnummer=88 -> 200")
    assert plain.text == "postcode: 1396JL\nhuisnummer: 88\n"
    assert decoded_forms("zie artikel 3=4 en a=b") == []  # one pair is no form


def test_the_label_kadastrale_aanduiding() -> None:
    text = "Kadastrale aanduiding           STRIJEN K 1432\nGrootte    12 a 40 ca\n"
    assert ("address", "STRIJEN K 1432") in redacted(text)


def test_a_house_number_signed_with_a_name(model) -> None:  # noqa: F811
    text = '"Graag een zebrapad bij de school. – Ansje Voorberg, nr. 212 (bij de kerk)"\n'
    assert "nr. 212" in redacted_of_type(text, "address", use_model=True)


def test_the_house_number_of_a_drive_and_its_word() -> None:
    text = "Zet de kraan niet op de oprit van nr. 64. De buurvrouw woont op nummer 17b.\n"
    found = redacted_of_type(text, "address")
    assert "nr. 64" in found and "nummer 17b" in found


def test_a_speaker_named_by_a_role_is_no_name() -> None:
    text = (
        "[00:00:05] PRESENTATOR: Welkom bij het programma.\n"
        "[00:00:20] WETHOUDER: Dank u.\n"
        "[00:00:31] GERBRICH: Ik woon hier al veertig jaar.\n"
    )
    names = redacted_of_type(text, "name")
    assert "PRESENTATOR" not in names and "WETHOUDER" not in names
    assert "GERBRICH" in names


def test_a_windows_time_zone_is_no_name() -> None:
    text = "DTSTART;TZID=W. Europe Standard Time:20250915T083000\nSUMMARY:Overleg\n"
    assert redacted_of_type(text, "name") == []


def test_functional_and_office_mailboxes_stay_visible() -> None:
    for mailbox in (
        "klic@wsrl.nl",
        "kinderopvang@altena.nl",
        "noreply-formulieren@gemeente.nl",
        "geo-informatie@gemeente.nl",
        "nalatenschappen@notarisdekker.nl",
        "gedeputeerde.vermeulen@provincie.nl",
        "dijkgraaf@waterschap.nl",
    ):
        assert ("email", mailbox, "keep") in spans(f"Mail naar {mailbox} graag.\n"), mailbox
    assert ("email", "a.vermeulen@provincie.nl", "redact") in spans(
        "Mail naar a.vermeulen@provincie.nl graag.\n"
    )


def test_initials_before_a_surname_are_redacted_with_it(model) -> None:  # noqa: F811
    text = "Meetlog van Henk Zijlema.\n# Data supplier: H. Zijlema / Sterrenwacht\n"
    assert "H. Zijlema" in redacted_of_type(text, "name", use_model=True)
    sepa = "Betaling aan Jan Kleiterp-Wobben.\n<Nm>J H KLEITERP-WOBBEN</Nm>\n"
    assert "J H KLEITERP-WOBBEN" in redacted_of_type(sepa, "name", use_model=True)


def test_an_unknown_first_name_before_a_repeated_surname(model) -> None:  # noqa: F811
    text = "Minutes: Ciarán Doolally\n\nChair: Ciarán Doolally (Community Manager)\n"
    assert redacted_of_type(text, "name", use_model=True).count("Ciarán Doolally") >= 1
    sentence = "De heer Doolally belde. Doolally kwam later.\n"
    assert "De heer Doolally" not in redacted_of_type(sentence, "name", use_model=True)
