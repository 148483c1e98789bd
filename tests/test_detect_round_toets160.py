"""Lakken, eighty-first round (tuned on realistic_toets160).

What the round added: an English export's column named after whose value it is ("holder_dob",
"owner_pc", "holder_last") reads as the value's kind; a date of birth after a register's star
written together or the ISO way ("*19500809") is redacted, and a postcode right after it with a
space only; a paper's number given as "Dat is ..." after a request for it ("ik heb je
paspoortnummer nog nodig") is redacted; an office holder's namesake is told by its own message
saying it is no kin of the holder, by its own civil servant's job in brackets ("(beheerder
begraafplaatsen)"), by "niet de gemeentesecretaris" after it, by a private mailbox or a star's
date in the next cell; a section's letter before a place ("vak D Denekamp") is no initial; a
login after "door" as an XML attribute or before what it was done for ("door theijink voor
incident") is a person's. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    spans,
)


def test_a_column_named_after_whose_value_it_is() -> None:
    text = (
        "ref;owner_first;owner_last;owner_dob;owner_pc;status\n"
        "GR-01;Marieke;Nijhof;1961-04-22;7461AB;open\n"
        "GR-02;Wouter;Smeenk;1978-11-03;7462CD;verlengd\n"
    )
    found = spans(text)
    assert ("dob", "1961-04-22", "redact") in found
    assert ("dob", "1978-11-03", "redact") in found
    assert ("postcode", "7461AB", "redact") in found
    assert ("name", "Smeenk", "redact") in found


def test_a_stars_date_written_together_and_the_postcode_after_it() -> None:
    text = (
        '"2026-03-02 10:00:01","akoster","/personen","Veldkamp, R. *19620314 7471KL",'
        '"overschrijving"\n'
        '"2026-03-02 10:04:12","akoster","/personen","Veldkamp, J. *1988-07-30 7472 MN","-"\n'
    )
    found = spans(text)
    assert ("dob", "19620314", "redact") in found
    assert ("postcode", "7471KL", "redact") in found
    assert ("dob", "1988-07-30", "redact") in found
    assert ("postcode", "7472 MN", "redact") in found


def test_a_papers_number_given_after_a_request_for_it() -> None:
    text = (
        "10:02 Mirjam Bos: Sven, we hebben jouw paspoortnummer nog nodig voor de aanvraag.\n"
        "10:03 Sven Bos: Dat is NRX4K71P2, hij is geldig tot 2031.\n"
    )
    assert ("document_number", "NRX4K71P2", "redact") in spans(text)


def test_a_number_after_an_unrelated_line_stays() -> None:
    text = "10:02 Mirjam Bos: Hoe laat begint het?\n10:03 Sven Bos: Dat is KAMER4B, om tien uur.\n"
    assert not [f for f in spans(text) if f[0] == "document_number"]


def test_a_namesake_saying_in_its_own_message_to_be_no_kin(model) -> None:  # noqa: F811
    text = (
        '"2026-03-09 09:00","Anouk Teunissen","Maandag opent wethouder G. Nijland het '
        'columbarium. Gerrit, doe jij de rondleiding?"\n'
        '"2026-03-09 09:04","Gerrit Nijland","Is goed. En nee, wethouder Nijland is geen '
        'familie."\n'
        '"2026-03-09 09:06","Gerrit Nijland","Ik neem de sleutels mee."\n'
    )
    found = spans(text, use_model=True)
    assert ("name", "G. Nijland", "keep") in found
    assert ("name", "Gerrit Nijland", "redact") in found
    assert ("name", "Gerrit Nijland", "keep") not in found


def test_a_holder_saying_another_is_no_kin_stays_in_office(model) -> None:  # noqa: F811
    text = (
        "Deelnemers: G. Nijland (wethouder), Anouk Teunissen\n"
        "[00:03:10] G. Nijland: Eerst dit: mevrouw Nijland uit Lemele is geen familie, maar ik "
        "laat het aan Anouk.\n"
        "[00:03:40] Anouk Teunissen: Dank u.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "G. Nijland", "redact") not in found


def test_a_namesake_with_its_own_job_in_brackets(model) -> None:  # noqa: F811
    text = (
        "Aanwezig: wethouders P. Veldhuis en G. Nijland. Ambtelijk: Gerrit Nijland (beheerder "
        "begraafplaatsen).\n"
        "Gerrit Nijland licht de planning toe.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "G. Nijland", "keep") in found
    assert [f for f in found if f[1] == "Gerrit Nijland" and f[2] == "redact"]
    assert ("name", "Gerrit Nijland", "keep") not in found


def test_a_namesake_said_not_to_be_the_secretary(model) -> None:  # noqa: F811
    text = (
        "Besluit van gemeentesecretaris K. Hofman.\n"
        '"2026-02-04","jdijk","Hofman, K. *19810219 7651AB","-"\n'
        '"2026-02-05","jdijk","Hofman, K.","k.hofman73@ziggo.nl","06 44 12 87 90"\n'
        "De bevraging van Hofman, K. (een inwoner van Vasse, niet de gemeentesecretaris) had "
        "geen doel.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "K. Hofman", "keep") in found
    assert [f for f in found if f[1] == "Hofman, K." and f[2] == "keep"] == []


def test_a_sections_letter_before_a_place_is_no_initial(model) -> None:  # noqa: F811
    text = (
        '"2026-02-09 08:12","Ilse Jansen","Begrafenis dinsdag, blok C Oldenzaal, vak F Vasse."\n'
        '"2026-02-09 15:48","Piet Smit","Graf klaar, het zeil ligt erover."\n'
    )
    found = spans(text, use_model=True)
    assert ("name", "Piet Smit", "redact") in found
    assert not [f for f in found if f[1] in ("C Oldenzaal", "F Vasse", "in Vasse")]


def test_a_login_after_door_in_an_attribute_and_before_its_purpose(model) -> None:  # noqa: F811
    text = (
        '<Stap naam="controle" door="mkoopman" datum="2026-01-12">Akkoord.</Stap>\n'
        "Geëxporteerd door theijink voor incident INC-1201.\n"
        "Rapport gemaakt door theijink op verzoek van de FG.\n"
        "Dit is gedaan door collega voor de zekerheid.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "mkoopman", "redact") in found
    assert [f for f in found if f[1] == "theijink" and f[2] == "redact"]
    assert not [f for f in found if f[1] == "collega"]
