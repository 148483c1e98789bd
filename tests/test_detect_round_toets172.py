"""Lakken, eighty-ninth round (tuned on realistic_toets172 and realistic_toets171).

What the round added: a login after "doorgezet naar", as a received file's or a note's label
("Ontvangen: swolterink (KCC)", "Notitie iheutinck:") or before where it was done ("gescand door
swolterink bij zaak ...") is a person's; a plate without dashes near a moped ("bromfietsen
(F-023-PS en B408RR)"); the phone or date of birth in the next attribute of an XML element
('melder="Overgoor, R." tel="06-..."') is the person's own; after a single office holder with
the office's singular ("wethouder M.H. Ebbers, Bas Hebing, BOA ...") the next names of a list
with commas are not office holders; the attendees under "Besluitenlijst college van
burgemeester en wethouders" are the college's members; "(wijkregisseur)" is a civil servant's
job; a bidder, an applicant, a reporter, a witness or a speaker before the name ("inschrijver G.
Rutjes") is not the office holder of that surname, nor is a name with a village in brackets
("Jolien Bruntink (Vorchten)").
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted,
    spans,
)


def test_logins_after_forwarding_and_as_labels(model) -> None:  # noqa: F811
    text = (
        "Ontvangen: jbrinkhuis (KCC), doorgezet naar kheutink\n"
        "Gescand door jbrinkhuis bij zaak BB-2026-0412.\n"
        "Notitie kheutink: nr. 4 is geen familie van de wethouder.\n"
    )
    names = [v for k, v, a in spans(text, use_model=True) if k == "name" and a == "redact"]
    assert names.count("jbrinkhuis") == 2
    assert names.count("kheutink") == 2


def test_a_plate_without_dashes_near_a_moped() -> None:
    text = "Twee bromfietsen (F-112-KX en D314TT) stonden bij het hek. Ik zag de bromfiets, D314TT."
    plates = [value for kind, value in redacted(text) if kind == "kenteken"]
    assert plates == ["F-112-KX", "D314TT", "D314TT"]


def test_own_data_in_the_next_attribute() -> None:
    text = (
        '<melding nr="M26-0031" melder="Huisman, R." tel="06-68848689"/>\n'
        '<ongeval slachtoffer="Huisman, S." geboortedatum="24-07-2016"/>\n'
        "<opmerking>Niet verwarren met raadslid Huisman (VVD).</opmerking>\n"
    )
    found = spans(text)
    assert ("name", "Huisman, R.", "redact") in found
    assert ("name", "Huisman, S.", "redact") in found
    assert ("name", "Huisman", "keep") in found


def test_names_after_one_office_holder_in_a_list(model) -> None:  # noqa: F811
    text = (
        "Verslag bewonersavond Zeddam, 12 maart 2026\n"
        "Gemaakt met Notulus, gecorrigeerd door K. Lamers (wijkregisseur)\n"
        "Aanwezig: wethouder P.J. Mentink, Koen Lamers, BOA Rik Vos, ca. 20 bewoners\n\n"
        "[00:01:10] Koen Lamers: Welkom allemaal.\n"
        "[00:02:05] Mentink: Dank voor de uitnodiging.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "P.J. Mentink", "keep") in found
    lamers = [action for kind, value, action in found if value in ("K. Lamers", "Koen Lamers")]
    assert lamers and all(action == "redact" for action in lamers)


def test_a_bidder_before_the_name_is_no_wethouder() -> None:
    text = (
        "Wethouder Rutgers neemt niet deel aan het besluit, omdat inschrijver G. Rutgers "
        "(Tuinbedrijf Rutgers) dezelfde naam heeft. Melder: H. Rutgers, Dorpsstraat 4."
    )
    found = spans(text)
    assert ("name", "Rutgers", "keep") in found
    assert ("name", "G. Rutgers", "redact") in found


def test_the_attendees_under_a_college_decision_lists_heading(model) -> None:  # noqa: F811
    text = (
        "OPENBARE BESLUITENLIJST COLLEGE VAN BURGEMEESTER EN WETHOUDERS OLDEBROEK\n"
        "Vergadering van dinsdag 7 juli 2026\n\n"
        "Aanwezig: H.J. Dorgelo (voorzitter), P. Wiersema, K.L. van Dalen\n"
        "Secretaris: M. Brouwer\n"
    )
    found = spans(text, use_model=True)
    for name in ("H.J. Dorgelo", "P. Wiersema", "K.L. van Dalen"):
        assert ("name", name, "keep") in found, name


def test_received_without_a_colon_is_no_login(model) -> None:  # noqa: F811
    text = "Ontvangen meldingen\nWezep, Hoofdstraat 8: slopen schuur\nOntvangen: mvoskamp (KCC)\n"
    names = [v for k, v, _ in spans(text, use_model=True) if k == "name"]
    assert names == ["mvoskamp"]


def test_a_village_in_brackets_makes_a_resident(model) -> None:  # noqa: F811
    text = (
        "Besluitenlijst college van burgemeester en wethouders\n\n"
        "Aanwezig: J.W. Bruggink (voorzitter), D. Hulst\n\n"
        "Ingekomen: brief van Jolanda Bruggink (Vorchten) over de handhaving.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "J.W. Bruggink", "keep") in found
    assert ("name", "Jolanda Bruggink", "redact") in found
