"""Detection improvements made in the sixty-sixth round, after the blind sets toets125 and
toets126 (publicatie/evaluation/realistic_toets125 and _toets126) were measured: a record of a
fixed-width file or its split without a header (a BSN glued to a name in capitals and a date of
birth written together), initials without dots after a surname in capitals ("KAMPHUIS C"), the
particles after a given name ("Zwartjes, Anouk van der"), a pass's number after "vervoerspas"
or a "pas" key, a date of birth after a short key ("gd=") or in SAS's date9 format, a device
named after its owner ("iPhone van Sjoerd"), and a login after the key of a log line or a header
("auid=", "eigenaar=", "X-Gebruiker:"), and no longer a log's own word after "user=" ("user=
anonymous" was redacted before). Three guards pass on the code before the round too (a legal
form after a name in capitals, a number after "pas" without letters, a record whose number fails
the eleven-test). New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import model, redacted, redacted_of_type, spans  # noqa: F401


def test_a_fixed_width_record_gives_its_bsn_name_and_date_of_birth() -> None:
    text = (
        "$ head -n 2 SAMENLOOP.txt\n"
        "111222333DE GROOT-VAARTJES H            19710304LOONBakkerij Oudshoorn        000045500\n"
        "123456782OUDSHOORN PJ                   19880917WW  UWV                       000099900\n"
    )
    found = redacted(text)
    assert ("bsn", "111222333") in found and ("bsn", "123456782") in found
    assert ("name", "DE GROOT-VAARTJES H") in found and ("name", "OUDSHOORN PJ") in found
    assert ("dob", "19710304") in found and ("dob", "19880917") in found


def test_the_split_of_such_a_record_without_a_header_is_read_the_same() -> None:
    text = "111222333;DE GROOT-VAARTJES H;19710304;LOON;Bakkerij Oudshoorn;455.00\n"
    found = redacted(text)
    assert ("name", "DE GROOT-VAARTJES H") in found and ("dob", "19710304") in found


def test_a_public_number_in_such_a_record_is_kept_its_name_and_date_still_go() -> None:
    text = "111222333;DE GROOT-VAARTJES H;19710304;LOON;Bakkerij Oudshoorn;455.00\n"
    found = spans(text, keep_numbers=["111222333"])
    assert ("bsn", "111222333", "keep") in found
    assert ("name", "DE GROOT-VAARTJES H", "redact") in found
    assert ("dob", "19710304", "redact") in found


def test_a_record_whose_number_fails_the_eleven_test_is_no_person() -> None:
    text = "111222334ORDERREGEL A                    19710304LOON\n"
    assert redacted_of_type(text, "dob") == []


def test_a_surname_in_capitals_takes_its_initials_without_dots(model) -> None:  # noqa: F811
    text = (
        "Mevrouw Cornelia Kamphuis meldde dat haar pas werd gebruikt.\n"
        '2025-02-03 TAP pas=RTX5512093 houder="KAMPHUIS C" gd=19410611\n'
        '2025-02-04 TAP pas=RTX5512093 houder="KAMPHUIS C" gd=19410611\n'
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names == ["Cornelia Kamphuis", "KAMPHUIS C", "KAMPHUIS C"]


def test_the_initials_in_a_json_field_too(model) -> None:  # noqa: F811
    text = (
        "Reiziger Teun Goedegebuure belde.\n"
        '{"rit":"R-1","passenger":"GOEDEGEBUURE T","dropoff":"Gapinge"}\n'
    )
    assert "GOEDEGEBUURE T" in redacted_of_type(text, "name", use_model=True)


def test_a_legal_form_after_a_name_in_capitals_is_no_initial(model) -> None:  # noqa: F811
    text = "Geachte heer Oudshoorn,\nDe factuur van OUDSHOORN BV is betaald.\n"
    names = redacted_of_type(text, "name", use_model=True)
    assert not any(name.endswith("BV") for name in names)


def test_the_particles_after_a_given_name_belong_to_the_name(model) -> None:  # noqa: F811
    text = (
        "Name           : Zwartjes, Anouk van der\n"
        "SamAccountName : azwartjes\n"
        "mail           : a.vanderzwartjes@gemeente.nl\n"
    )
    assert "Zwartjes, Anouk van der" in redacted_of_type(text, "name", use_model=True)


def test_a_pass_number_after_its_word_or_key() -> None:
    text = (
        "Zij reist met vervoerspas RTX5512093 naar de dagbesteding.\n"
        'log: rit=R-250310-0102 pas="RTX4410027" status=ok\n'
        '{"pasnr": "RTX8810334", "reden": "ziek"}\n'
        "^FO30,110^FDPas RTX2209981  serie VP-2025-B^FS\n"
    )
    numbers = redacted_of_type(text, "document_number")
    assert numbers == ["RTX5512093", "RTX4410027", "RTX8810334", "RTX2209981"]


def test_a_number_after_pas_without_letters_is_no_pass() -> None:
    assert redacted_of_type("De pas 12345678 keer gebruikt.", "document_number") == []


def test_a_date_of_birth_after_a_short_key_or_in_sas_format() -> None:
    text = (
        'TAP pas=RTX5512093 houder="X" gd=19410611 tarief=0,94\n'
        "LANG: deelnemer=P gebdat=04DEC1946 pc=4353BE reistijd=74\n"
    )
    assert redacted_of_type(text, "dob") == ["19410611", "04DEC1946"]


def test_a_device_named_after_its_owner_is_redacted_whole(model) -> None:  # noqa: F811
    text = "Verbonden met het wifi-netwerk: iPhone van Sjoerd Wijkhuijs (5c:1a:04).\n"
    assert redacted_of_type(text, "name", use_model=True) == ["iPhone van Sjoerd Wijkhuijs"]


def test_a_login_after_the_key_of_a_log_line_or_header() -> None:
    text = (
        "type=SYSCALL success=yes exit=5 auid=tvoskuilen uid=tvoskuilen comm=soffice.bin\n"
        "INFO koppel zaak=HH-2025-0463 eigenaar=rmeliefste\n"
        "X-Gebruiker: pnieuwenhuize\n"
    )
    logins = redacted_of_type(text, "name")
    assert logins == ["tvoskuilen", "tvoskuilen", "rmeliefste", "pnieuwenhuize"]


def test_a_system_account_after_such_a_key_stays() -> None:
    text = "auid=root uid=root comm=cron\nuser=anonymous\neigenaar=systeem\n"
    assert redacted_of_type(text, "name") == []
