"""Lakken, eighty-eighth round (tuned on realistic_toets168 and realistic_toets169).

What the round added: a chat sender with a team in brackets ("Hulshorst, Marieke (Burgerzaken):")
is a staff member, not the wethouder of that surname; a date of birth after "geb." makes the
person before it a resident; a login before the next field of a line ("Behandelaar: tvoskamp |
status") or after a first paraph ("Paraaf: TV / mkleinjan") is a person's; an interpreter's
"Wbtv-nummer" is personal, as "Wbtv" alone was; "Steller:", "ambtenaar" and "toezichthouder"
make a civil servant, and an office as the next field's label ("| portefeuillehouder:
...") or before the next cell's person ("| Griffier L. ...") is not the name's; the attendees of a
college meeting are its members; a surname ending like a shop after initials ("I.M.
Wolleswinkel") is a person's; a paraph after a number in a table's cell is no weekday; a camera
log's "operator" column holds logins (an export's "operator" field may be a desk); a public body
or a team in a name column ("Politie Oost-Nederland", "toezicht (intern)") and a value the export
masked ("***afgeschermd***") are no persons.
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted,
    spans,
)


def test_a_chat_sender_with_a_team_is_no_office_holder(model) -> None:  # noqa: F811
    text = (
        'Microsoft Teams - export kanaal "Burgerzaken > Paspoorten"\n\n'
        "[02-04-2026 09:01] Hulshorst, Marieke (Burgerzaken): Wie heeft de kluis vandaag?\n"
        "[02-04-2026 09:03] Kamphuis, Ruud: Ik. Wethouder Hulshorst komt om tien uur langs.\n"
        "[02-04-2026 09:05] Hulshorst, Marieke (Burgerzaken): Prima, ik ben er niet.\n"
        "[02-04-2026 09:07] Hulshorst, M. (Wethouder): Ik schuif aan bij het teamoverleg.\n"
    )
    found = spans(text, use_model=True)
    staff = [a for k, v, a in found if k == "name" and v == "Hulshorst, Marieke"]
    assert staff == ["redact", "redact"]
    assert ("name", "Hulshorst, M.", "keep") in found


def test_a_date_of_birth_after_geb_makes_a_resident(model) -> None:  # noqa: F811
    text = (
        "Getuigen\n"
        "1. Brouwer, K. (Koen), geb. 14-02-1990, Dorpsstraat 12, 3781 AB Voorthuizen\n"
        "Raadslid K. Brouwer is geïnformeerd over de ceremonie.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Brouwer, K. (Koen)", "redact") in found
    assert ("name", "K. Brouwer", "keep") in found


def test_logins_before_the_next_field_and_after_a_paraph() -> None:
    text = (
        "Zaak Z/26/0412 | ingediend 02-03-2026\n"
        "Behandelaar: tvoskamp | status: in behandeling\n"
        "Advies: positief | Paraaf: TV / mkleinjan\n"
        "Paraaf: TV / directie: HvdB\n"
    )
    found = redacted(text)
    assert ("name", "tvoskamp") in found
    assert ("name", "mkleinjan") in found
    assert ("name", "directie") not in found


def test_an_interpreters_wbtv_number() -> None:
    found = redacted("Tolk Arabisch-Nederlands: S. Haddad, Wbtv-nummer 884213.")
    assert ("document_number", "884213") in found


def test_the_author_of_a_proposal_and_the_next_fields_office() -> None:
    text = (
        "Besluitenlijst college, 9 juni 2026\n\n"
        "1. Trouwlocatie De Hoeve\n"
        "Steller: R. Gerritsen | portefeuillehouder: Van Dam\n"
        "Besluit: akkoord; ambtenaar R. Gerritsen stelt de beschikking op.\n\n"
        "De secretaris, wethouder R. Gerritsen\n"
    )
    found = spans(text)
    authors = [a for k, v, a in found if k == "name" and v == "R. Gerritsen"]
    assert authors[:2] == ["redact", "redact"]


def test_the_attendees_of_a_college_meeting(model) -> None:  # noqa: F811
    text = (
        "Besluitenlijst collegevergadering burgemeester en wethouders van Nijkerk, 2 juni 2026\n\n"
        "Aanwezig: P.J. Voskuilen (voorzitter), H. Boersma, G. Lamberts-Visser,\n"
        "T. Dekker (niet bij punt 2); A.M. Huisman (secretaris)\n"
        "Notulist: W. Hendriks\n\n"
        "1. Speelplaatsen. Besluit: akkoord.\n"
    )
    found = spans(text, use_model=True)
    for name in ("P.J. Voskuilen", "H. Boersma", "G. Lamberts-Visser", "T. Dekker", "A.M. Huisman"):
        assert ("name", name, "keep") in found, name
    assert ("name", "W. Hendriks", "redact") in found


def test_a_surname_ending_like_a_shop_after_initials() -> None:
    found = redacted("Partners: K.L. de Jong en A.H. Hazewinkel, Stationsweg 4, Barneveld.")
    assert ("name", "A.H. Hazewinkel") in found


def test_a_paraph_after_a_number_in_a_tab_separated_table(model) -> None:  # noqa: F811
    text = (
        "zaak\tveroorzaker\tbedrag\trekening\tbeh.\tstatus\n"
        "Z/25/1101\tKlein, P.\t€ 410,00\tNL91ABNA0417164300\tWO\tvoldaan\n"
        "Z/25/1102\tStam, R.\t€ 95,00\tregeling\tWO\tloopt\n\n"
        "Beh.: WO = Wendelien Oosterhuis, HK = Hidde Kramer.\n"
    )
    found = [(k, v, a) for k, v, a in spans(text, use_model=True) if v == "WO"]
    assert len(found) == 3 and all(a == "redact" for _, _, a in found)


def test_a_camera_logs_operator_beside_the_next_cells_office(model) -> None:  # noqa: F811
    text = (
        "datum      | tijd  | camera      | operator  | gebeurtenis\n"
        "-----------|-------|-------------|-----------|------------------\n"
        "12-01-2026 | 22:10 | C02 Markt   | hvanwijk  | twee jongeren bij de fontein\n"
        "14-01-2026 | 10:30 | n.v.t.      | hvanwijk  | Griffier J. Wijk vraagt de aantallen.\n"
    )
    found = [a for k, v, a in spans(text, use_model=True) if v == "hvanwijk"]
    assert found == ["redact", "redact"]
    export = '{"poort": "hoofdpoort", "operator": "meldkamer Veluwe Beveiliging", "actie": "open"}'
    assert not [v for k, v, _ in spans(export, use_model=True) if k == "name"]


def test_a_supervisor_before_the_name_is_no_wethouder() -> None:
    text = (
        "Toezichthouder R. Kamphuis trof u op 19 oktober aan bij de mast.\n\n"
        "Met vriendelijke groet,\n\nR. Kamphuis\nwethouder Openbare Ruimte\n"
    )
    found = [(v, a) for k, v, a in spans(text) if k == "name"]
    assert found == [("R. Kamphuis", "redact"), ("R. Kamphuis", "keep")]


def test_a_public_body_or_a_team_in_a_reporters_column(model) -> None:  # noqa: F811
    text = (
        "meldingnummer;ontvangen;melder;telefoon;behandelaar;status\n"
        "MOR-2025-1001;02-11-2025 03:20;Politie Midden-Nederland;;kvdberg;schadeverhaal\n"
        "MOR-2025-1002;03-11-2025 08:00;toezicht (intern);;kvdberg;afgehandeld\n"
        "MOR-2025-1003;04-11-2025 10:12;Henk Stoffelen;0643665205;kvdberg;afgehandeld\n"
    )
    names = [v for k, v, a in spans(text, use_model=True) if k == "name" and a == "redact"]
    assert "Henk Stoffelen" in names
    assert not any("Politie" in v or "toezicht" in v for v in names)


def test_a_value_masked_by_the_export_is_no_name(model) -> None:  # noqa: F811
    text = '{"klant": {"naam": "***afgeschermd***"}, "medewerker": "pdekker"}'
    names = [v for k, v, _ in spans(text, use_model=True) if k == "name"]
    assert names == ["pdekker"]
