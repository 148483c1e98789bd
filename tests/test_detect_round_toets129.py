"""Detection improvements made in the sixty-eighth round, after the blind sets toets129 and
toets130 (publicatie/evaluation/realistic_toets129 and _toets130) were measured: a surname and
its initial in a file name ("Cornelissen_W", "vdHeijden_A", "A_ter_Horst"), the initial after a
redacted surname in a file name ("Peerbooms_I"), a street glued to its number in a file name
("Grotestraat88"), a BSN glued to the word ("BSN802239432"), a date of birth joined to a name
in a file name, a namesake of an office holder with another first name ("Stefan Rouwhorst"
beside wethouder G.J. Rouwhorst), a unit of the organisation after "team" ("team Groen") that
is no surname, debts in a few more frames ("in een schuldhulptraject zit", "schulden bij drie
incassobureaus"), a name after "Chauffeur:" and a login after a key that names who handled
something ("behandelaar: rhoeks"). Guards: words in file names ("Versie_B", "Plan_van_Aanpak"),
a year after a street in a file name, the policy's "wie in de schuldhulp zit", a collector's
name, a team's account after "behandelaar:", the street after a name in a form field. New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import model, of_type, redacted, redacted_of_type  # noqa: F401


def test_a_surname_and_its_initial_in_a_file_name(model) -> None:  # noqa: F811
    text = (
        "2025/05/06 10:12:01 INFO  : dossier/Wouters_K_zienswijze.pdf: Copied (new)\n"
        "2025/05/06 10:12:02 INFO  : dossier/besluit_vdBerg_R.pdf: Copied (new)\n"
        "2025/05/06 10:12:03 INFO  : dossier/machtiging_J_van_Dalen.pdf: Copied (new)\n"
        "2025/05/06 10:12:04 INFO  : dossier/bezwaar_Hendriks_P_en_L.docx: Copied (new)\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names == ["Wouters_K", "vdBerg_R", "J_van_Dalen", "Hendriks_P_en_L"]


def test_words_with_a_letter_in_a_file_name_are_no_names(model) -> None:  # noqa: F811
    text = (
        "Bijlagen: Versie_B.docx, Scenario_A.pdf, Route_C.pdf, Plan_van_Aanpak.pdf,\n"
        "Huis_ter_Heide.pdf, Optie_A.xlsx, Tekening_B.pdf en Variant_C.pdf.\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == []


def test_the_initial_after_a_redacted_surname_in_a_file_name(model) -> None:  # noqa: F811
    text = (
        "Mevrouw Anneke Stoelinga diende een bezwaar in.\n"
        "Bijlage: 03_bezwaar_Stoelinga_A.pdf (212 KB)\n"
    )
    assert "Stoelinga_A" in redacted_of_type(text, "name", use_model=True)


def test_a_street_glued_to_its_number_in_a_file_name() -> None:
    text = (
        "bijlage: zienswijze_Kerkstraat14.pdf\n"
        "foto: 2025-04-01_Molenweg_7b_schade.jpg\n"
        "plan: Stationsweg2025_ontwerp.pdf en Rijksweg12_tracé.pdf\n"
    )
    assert redacted_of_type(text, "address") == ["Kerkstraat14", "Molenweg_7b"]


def test_a_bsn_glued_to_the_word_in_a_file_name() -> None:
    text = "Kopie: besluit_herplant_BSN111222333.pdf\n"
    assert redacted_of_type(text, "bsn") == ["111222333"]


def test_a_date_of_birth_joined_to_a_name_in_a_file_name(model) -> None:  # noqa: F811
    text = (
        'open "/upload/Z-2025-0311/machtiging_B_de_Groot_19520817_toestemming.pdf" flags READ\n'
        'open "/upload/Z-2025-0311/verslag_B_de_Groot_20250301.pdf" flags READ\n'
    )
    assert redacted_of_type(text, "dob", use_model=True) == ["19520817"]


def test_a_namesake_of_an_office_holder_with_another_first_name(model) -> None:  # noqa: F811
    text = (
        "Aanwezig: wethouder K.J. Veldhuis.\n"
        "Melding 12: Anton Veldhuis, kelder onder water.\n"
        "Wethouder Veldhuis zegt toe de melders terug te bellen.\n"
    )
    names = dict(of_type(text, "name", use_model=True))
    assert names["Anton Veldhuis"] == "redact"
    assert names["K.J. Veldhuis"] == "keep"


def test_a_team_after_the_word_team_is_no_surname(model) -> None:  # noqa: F811
    text = (
        "Aan: P. Oostveen (team Groen)\n"
        "De map is gedeeld met team Groen en afdeling Beheer; team Groen ruimt hem op.\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == ["P. Oostveen"]


def test_debts_in_more_frames() -> None:
    text = (
        "Omdat u in een schuldhulptraject zit, is uitstel mogelijk.\n"
        "Wij zitten in een schuldhulptraject bij de Kredietbank.\n"
        'UPLOAD;brief.pdf;"toelating schuldhulpverlening 03-02-2025"\n'
        "Volgens de BKR-gegevens zijn er schulden bij twee incassobureaus.\n"
    )
    found = [t for k, t in redacted(text) if k == "financial"]
    assert len(found) == 4


def test_the_policy_and_a_collector_are_no_debts() -> None:
    text = (
        "Wie in de schuldhulp zit, kan kwijtschelding vragen.\n"
        "Inwoners die in een schuldhulptraject zitten, krijgen voorrang.\n"
        "De vordering ligt bij Incassobureau Dijkstra B.V.; schulden bij Incassobureau Dijkstra "
        "B.V. lopen via de gemeente.\n"
    )
    assert [t for k, t in redacted(text) if k == "financial"] == []


def test_a_name_after_chauffeur_on_a_weighbridge_ticket(model) -> None:  # noqa: F811
    text = (
        "Weegbon       : WB-25-001187\n"
        "Kenteken      : 1-VKX-59\n"
        "Chauffeur     : KORTENHORST J\n"
        "Product       : 1704 houtsnippers\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == ["KORTENHORST J"]


def test_a_login_after_a_key_for_who_handled_it(model) -> None:  # noqa: F811
    text = (
        "melding:\n"
        '  omschrijving: "boom op de schuur"\n'
        "  behandelaar: hjansen\n"
        "  team: behandelaar: handhaving\n"
        '{"from": "pdevries", "body": "ingepland"}, {"from": "noreply", "body": "x"}\n'
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names == ["hjansen", "pdevries"]


def test_the_street_after_a_name_in_a_form_field_stays_apart(model) -> None:  # noqa: F811
    text = "Bestuurder: Henning Albers, Lindenstraße 37, 49406 Barnstorf (D).\n"
    found = redacted(text, use_model=True)
    assert ("name", "Henning Albers") in found
    assert ("address", "Lindenstraße 37") in found
