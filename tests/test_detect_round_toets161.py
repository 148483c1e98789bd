"""Lakken, eighty-second round (tuned on realistic_toets161).

What the round added: in the minutes of a council committee the names listed after the chair on
the "Aanwezig:" line are the committee's members; an organisation's line in a letter's closing
("Vragen? Bel 040 ...") or a transport company's line to cancel a ride ("Afmelden: 0495 ...") and
a number right before a postbus stay public; a school for special education ("VSO De Vonder",
"SO ...") is an organisation; a van's make and model ("Mercedes Sprinter 8+1") is no person and
no address; a number in a block after a kept one stays redacted where it is a mobile without its
"+" or given as one's own ("bel mij op"); an office holder's namesake with the same initial is
told by a letter's address block (not a postbus) or a form's address field after the name and
by a civil servant's job after a comma ("L. Smolders, consulent"); the next cell of a CSV row
is not another office holder in the list ("Raadslid T. Wouters,Joyce Pennings"). New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    spans,
)


def test_members_listed_after_the_chair_of_a_council_committee() -> None:
    text = (
        "Gemeente Someren\n"
        "Verslag van de openbare vergadering van de commissie Ruimte, 12 mei 2026\n\n"
        "Aanwezig: P. Verhoeven (voorzitter), T. Berkers, H. van Bussel en C. Jacobs\n"
        "Verder: wethouder R. Slaats; ambtelijk: M. Swinkels\n\n"
        "De voorzitter opent de vergadering.\n"
    )
    found = spans(text)
    for member in ("P. Verhoeven", "T. Berkers", "H. van Bussel", "C. Jacobs", "R. Slaats"):
        assert ("name", member, "keep") in found
    assert ("name", "M. Swinkels", "redact") in found


def test_an_attendance_list_of_another_body_stays_redacted() -> None:
    text = (
        "Stichting Dorpshuis De Smidse\n"
        "Verslag van de bestuursvergadering, 12 mei 2026\n\n"
        "Aanwezig: P. Verhoeven (voorzitter), T. Berkers en C. Jacobs\n"
    )
    found = spans(text)
    assert ("name", "T. Berkers", "redact") in found
    assert ("name", "C. Jacobs", "redact") in found


def test_an_organisations_line_in_a_closing_or_a_text_message() -> None:
    text = (
        "Bent u het niet eens met dit besluit? Maak dan bezwaar. Vragen? Bel 0493 38 75 00.\n"
        '"2026-03-10T06:31:04Z","Taxi Dorpsbus","31644772704","Beste Anja, Sem wordt om 07:41 '
        'opgehaald. Afmelden: 0492 52 17 00."\n'
        "Inwoners kunnen terecht bij 0493 38 75 55, Postbus 200, 5710 AE Someren.\n"
        "Vragen? Bel mij op 0493 38 75 12.\n"
    )
    found = spans(text)
    assert ("phone", "0493 38 75 00", "keep") in found
    assert ("phone", "0492 52 17 00", "keep") in found
    assert ("phone", "0493 38 75 55", "keep") in found
    assert ("phone", "0493 38 75 12", "redact") in found
    assert ("phone", "31644772704", "redact") in found


def test_a_special_education_school_and_a_vans_model(model) -> None:  # noqa: F811
    text = (
        "Daan gaat naar VSO De Vonder in Budel; zijn zus naar SO De Korenaar.\n"
        "Kenteken\tType\tVaste chauffeur\n"
        "SPR-38-N\tMercedes Sprinter 8+1\tHendrikx, P.J.\n"
        "HPF-75-Z\tFord Transit 8+1\tVerbakel, J.\n"
        "Mijn buurvrouw Mercedes Jansen belde.\n"
    )
    found = spans(text, use_model=True)
    assert not [f for f in found if "Vonder" in f[1] or "Korenaar" in f[1]]
    assert not [f for f in found if "Mercedes Sprinter" in f[1] or f[1].startswith("Sprinter")]
    assert not [f for f in found if f[1].startswith(("Ford", "Transit"))]
    assert ("name", "Hendrikx, P.J.", "redact") in found
    assert ("name", "Mercedes Jansen", "redact") in found


def test_a_namesake_in_a_letters_address_block(model) -> None:  # noqa: F811
    text = (
        "Gemeente Someren\nPostbus 200, 5710 AE Someren\n\n"
        "Mevrouw R. Slaats\nLaarstraat 12\n5711 CK Someren\n\n"
        "Geachte mevrouw Slaats,\n\n"
        "Het college heeft op voorstel van wethouder Slaats besloten u een vergoeding te geven.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "R. Slaats", "redact") in found
    assert ("name", "Slaats", "keep") in found


def test_an_office_holder_written_to_at_a_postbus_stays(model) -> None:  # noqa: F811
    text = (
        "Herrn R. Slaats\nPostbus 200, 5710 AE Someren, Niederlande\n\n"
        "Sehr geehrter Herr Slaats,\nals Beigeordneter der Gemeinde Someren (wethouder R. Slaats) "
        "...\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "R. Slaats", "redact") not in found


def test_a_namesake_in_a_forms_address_field_and_with_a_job_after_a_comma(
    model,  # noqa: F811
) -> None:
    text = (
        "Ondertekening: burgemeester D. Jacobs en gemeentesecretaris M. Swinkels.\n\n"
        "KLAGER\nNaam: mevrouw D. Jacobs\nAdres: Kerkstraat 70, 5711 AB Someren\n\n"
        "Vragen over deze brief kunt u stellen aan M. Swinkels, consulent leerlingenvervoer.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "D. Jacobs", "keep") in found
    assert ("name", "M. Swinkels", "keep") in found
    jacobs = [f[2] for f in found if f[1] == "D. Jacobs"]
    swinkels = [f[2] for f in found if f[1] == "M. Swinkels"]
    assert jacobs == ["keep", "redact"]
    assert swinkels == ["keep", "redact"]


def test_the_next_cell_of_a_csv_row_is_no_office_holder(model) -> None:  # noqa: F811
    text = (
        "date,direction,from,caller,agent,agent_email\n"
        "2026-02-19 14:40,inbound,+31652960914,Raadslid T. Berkers,Lisa Hermans,"
        "lisa.hermans@someren.nl\n"
        "2026-02-20 09:05,inbound,+31614123572,Marco Rutten,Lisa Hermans,"
        "lisa.hermans@someren.nl\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "T. Berkers", "keep") in found
    assert ("name", "Lisa Hermans", "keep") not in found
    assert ("name", "Lisa Hermans", "redact") in found
