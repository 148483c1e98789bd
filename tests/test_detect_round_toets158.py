"""Lakken, seventy-ninth round (tuned on realistic_toets158 and _toets159).

What the round added: a preposition with a known street ("op de Heuvel") is a place, not the
surname "Op de Heuvel", and a first name that opens a known street ("de Willem Alexanderlaan")
no name. Mailboxes of the green team, of a reporting point for fireworks damage and of a
region's desk ("groen@", "meldpuntvuurwerkschade@", "verwijzingen.westbrabant@") are
functional; a subject's own line ("de vuurwerklijn (0492 ...)") is the organisation's. A paper's
number in a column named "Nr. legitimatie", "id_nummer" or "<idkaart>", or given as the answer
to a question about the paper in a transcript, is redacted; a record's "Conversation-ID" is no
paper. A ticket's "person" and its "exported_by" are people; a Skype account, a first.last
handle with a team's suffix and a login in capitals are a person's. A namesake redacted with an
initial owns that name elsewhere, and a bare surname addressed by a title beside it is the
namesake (not a member's turn in minutes); a surname said to be of a team of the organisation
("mevrouw X van het KCC") is a civil servant's; the clerk who takes the minutes ("griffier W.
Kanters (verslag)") stays in office. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    spans,
)


def test_a_preposition_with_a_known_street_is_a_place(model) -> None:  # noqa: F811
    text = (
        "Het vuurwerkverbod op de Heuvel werkte goed. Op de Heuvel werd niets afgestoken.\n"
        "De vuurwerkvrije zone op de Brink werkte ook.\n"
        "Ik heb mevrouw Op de Beek gebeld en Karel op de Beek geschreven.\n"
    )
    found = spans(text, use_model=True)
    assert not [f for f in found if "Heuvel" in f[1] or "Brink" in f[1]]
    assert ("name", "Op de Beek", "redact") in found
    assert ("name", "Karel op de Beek", "redact") in found


def test_a_street_named_after_someone_is_no_name(model) -> None:  # noqa: F811
    text = "Henk Mulder meldt een tak aan de Anna Paulownastraat; hij woont er zelf niet.\n"
    found = spans(text, use_model=True)
    assert ("name", "Henk Mulder", "redact") in found
    assert not [f for f in found if "Paulownastraat" in f[1]]


def test_mailboxes_of_teams_and_reporting_points_are_functional() -> None:
    text = (
        "Kopie: groen@westerveld.nl, meldpuntvuurwerkschade@oss.nl en "
        "verwijzingen.westbrabant@halt.nl; niet p.groen@westerveld.nl of "
        "karin.westbrabant@halt.nl.\n"
    )
    found = spans(text)
    for mailbox in (
        "groen@westerveld.nl",
        "meldpuntvuurwerkschade@oss.nl",
        "verwijzingen.westbrabant@halt.nl",
    ):
        assert ("email", mailbox, "keep") in found
    assert ("email", "p.groen@westerveld.nl", "redact") in found
    assert ("email", "karin.westbrabant@halt.nl", "redact") in found


def test_a_subjects_own_line_is_the_organisations() -> None:
    text = (
        "Het gesprek op de carbidlijn (0413-482913) is uitgeschreven.\n"
        "Groet, Marjolijn\n0413 48 29 57\n"
    )
    found = spans(text)
    assert ("phone", "(0413-482913", "keep") in found
    assert ("phone", "0413 48 29 57", "redact") in found


def test_a_papers_number_in_its_column_or_element() -> None:
    text = (
        "Reference #,Datum,Voornaam,Achternaam,Nr. legitimatie,Omschrijving\n"
        '4471,2025-11-04,Sietske,Bouma,RT4KLM827,"Tak op mijn auto"\n'
        '4472,2025-11-05,Jelle,Dijkstra,NW92PRT84,"Hek omvergeblazen"\n\n'
        "<melder><bsn>611397171</bsn><idkaart>NPXW73KD2</idkaart></melder>\n"
        '{"bedrag": "210", "id_nummer": "HK82LPQ55"}\n'
    )
    found = spans(text)
    for number in ("RT4KLM827", "NW92PRT84", "NPXW73KD2", "HK82LPQ55"):
        assert ("document_number", number, "redact") in found


def test_a_papers_number_given_as_an_answer_in_a_transcript() -> None:
    text = (
        "[00:01:10] Speaker 1: Mag ik uw paspoort zien, voor de identificatie?\n"
        "[00:01:15] Speaker 2: Ja hoor, het nummer is NRK4P8W21.\n"
        "[00:01:20] Speaker 1: En uw dossier heeft nummer KX8812345.\n"
    )
    found = spans(text)
    assert ("document_number", "NRK4P8W21", "redact") in found
    assert not [f for f in found if f[1] == "KX8812345"]


def test_a_records_own_id_is_no_paper() -> None:
    text = (
        "Session-ID: 55820917 / kanaal web\nZijn Duitse belasting-ID (48 122 905 331) staat erin.\n"
    )
    found = spans(text)
    assert not [f for f in found if f[1] == "55820917"]
    assert ("document_number", "48 122 905 331", "redact") in found


def test_the_person_of_a_ticket_and_who_exported_it() -> None:
    text = (
        '{"exported_by": "hkoolen", "tickets": [{"id": 88, "messages": '
        '[{"type": "agent", "person": "tverbeek", "body": "Ontvangen."}]}]}\n'
    )
    found = spans(text)
    assert ("name", "hkoolen", "redact") in found
    assert ("name", "tverbeek", "redact") in found


def test_skype_accounts_and_handles_with_a_teams_suffix(model) -> None:  # noqa: F811
    text = (
        '{"MessageList": [{"from": "8:live:sanne.dekker_gem", "content": "Sanne hier."}, '
        '{"from": "8:gertvos61", "content": "Goed."}, '
        '{"from": "8:live:pieter.hoekstra.bmi", "content": "Ok."}]}\n'
    )
    found = spans(text, use_model=True)
    for account in ("sanne.dekker_gem", "gertvos61", "pieter.hoekstra.bmi"):
        assert ("name", account, "redact") in found


def test_a_login_in_capitals_of_a_redacted_person(model) -> None:  # noqa: F811
    text = "Meting door Gerrit Lanjouw (eenmanszaak).\nResistograph 4 | gebruiker GLANJOUW\n"
    found = spans(text, use_model=True)
    assert ("name", "GLANJOUW", "redact") in found


def test_a_namesake_redacted_with_an_initial_owns_the_bare_titled_mentions(
    model,  # noqa: F811
) -> None:
    text = (
        "Onderwerp: bezwaar van de heer K. Wijnen tegen de weigering\n\n"
        "De heer K. Wijnen, Kerkpad 7, 5763 PB Milheeze, maakte bezwaar. De heer Wijnen "
        "stuurde zijn bezwaar aan griffier Wijnen. De commissie hoorde de heer Wijnen op 3 "
        "maart.\n"
    )
    found = spans(text, use_model=True)
    assert [f for f in found if f[1] == "K. Wijnen"] == [("name", "K. Wijnen", "redact")] * 2
    assert found.count(("name", "Wijnen", "redact")) == 2
    assert found.count(("name", "Wijnen", "keep")) == 1


def test_a_members_turn_in_minutes_stays_in_office(model) -> None:  # noqa: F811
    text = (
        "Verslag van de raadscommissie, 4 maart 2026\n"
        "Aanwezig: raadsleden Tromp (CDA), Ligtvoet (VVD)\n\n"
        "De heer Ligtvoet merkt op dat inspreker P. Ligtvoet, Dorpsweg 12, 4112 AB Beusichem, "
        "geen familie is.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "P. Ligtvoet", "redact") in found
    assert found.count(("name", "Ligtvoet", "keep")) == 2


def test_a_surname_of_a_team_of_the_organisation_is_a_civil_servants(model) -> None:  # noqa: F811
    text = (
        "Raadslid Verstegen vraagt naar de klachten. Mevrouw Verstegen van het KCC heeft de "
        "melder teruggebeld; raadslid Verstegen is geen familie.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Verstegen", "redact") in found
    assert found.count(("name", "Verstegen", "keep")) == 2


def test_the_clerk_who_takes_the_minutes_stays_in_office(model) -> None:  # noqa: F811
    text = "Aanwezig: wethouder P. Aben; griffier T. Hoeks (verslag); S. Vos (verslag)\n"
    found = spans(text, use_model=True)
    assert ("name", "T. Hoeks", "keep") in found
    assert ("name", "S. Vos", "redact") in found
