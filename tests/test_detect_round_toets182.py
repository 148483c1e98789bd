"""Lakken, ninety-second round (tuned on realistic_toets181 to realistic_toets184).

What the round added: a speaker's label in capitals takes its first name along with the
redacted surname ("PIET BOGAERS:" beside "Piet Bogaers"); a boa's service pass number
("Dienstpasnummer", "pasnr.", 'boanummer="..."', the registration number an official report
gives its boa) is a personal number; a name in a field for a private person's part
('"melder":"Kiewiet, M."', "Naam en voorletters: Ensing, T.G.") is a namesake, not the office
holder of that name; a legend that gives a person's code and denies the office ("HL = Harm
Luitjens, boa (niet te verwarren met gemeentesecretaris H. Luitjens)") makes that code the
person's paraph, not the holder's; a login in a JSON export's "gecontroleerd_door", after
"Tweede controle:" and "Toetsing:", and in brackets after a team ("riolering (jvdkolk)"); a
team's display name of two words ("Toezicht en Handhaving <toezicht@...>") is no person; a first
name and a surname that no list knows, right before a mobile number, are a person's ("Kasia
Wójcik, +31 6 ..."); a ship's name, and each word of it, is no person ("Vrouwe Geertruida").
Guards of what the round decided not to redact: the registration number for tourist rental and
a ship's ENI number (public by design: in every advertisement, on the hull; earlier sets keep
them), a guard's pass number with letters. New variations, not copies of the evaluation
documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted,
    spans,
)


def _values(text: str, kind: str, action: str = "redact") -> list[str]:
    return [v for k, v, a in spans(text, use_model=True) if k == kind and a == action]


def test_a_speaker_label_in_capitals_takes_the_first_name_along(model) -> None:  # noqa: F811
    text = (
        "VOORZITTER: Dan geef ik het woord aan de inspreker, mevrouw Joke Versteeg.\n"
        "JOKE VERSTEEG: Dank u. Ik woon aan de Dorpsstraat en heb veel last van de busjes.\n"
        "VOORZITTER: Dank u wel.\n"
        "JOKE VERSTEEG: Mag ik nog één ding zeggen?\n"
    )
    names = _values(text, "name")
    assert names.count("JOKE VERSTEEG") == 2


def test_a_role_in_capitals_before_a_surname_stays_a_role(model) -> None:  # noqa: F811
    text = (
        "De inspreker, mevrouw Joke Versteeg, woont aan de Dorpsstraat.\n"
        "INSPREKER VERSTEEG: Dank u wel voor het woord.\n"
    )
    names = _values(text, "name")
    assert "INSPREKER VERSTEEG" not in names
    assert "VERSTEEG" in names


def test_a_registration_number_for_tourist_rental_stays_visible(model) -> None:  # noqa: F811
    # every advertisement must show it; seven evaluation sets keep it as a reference
    text = (
        "Registratienummer toeristische verhuur: 0758 3F1A 09BC 77D2 E401\n"
        "Verhuurder: mevrouw Anke Rovers, Kerkstraat 4.\n"
    )
    assert "0758 3F1A 09BC 77D2 E401" not in _values(text, "document_number")


def test_a_ships_eni_number_stays_visible(model) -> None:  # noqa: F811
    # painted on the hull; five evaluation sets keep it or leave it unmarked
    text = "Het schip Noordster (ENI-nummer 03418826) van Sanne Bakker ligt in de Buitenhaven."
    assert "03418826" not in _values(text, "document_number")


def test_a_boas_service_pass_number_is_redacted(model) -> None:  # noqa: F811
    text = (
        "NOTE:Dienstpasnummer 554213. Boa openbare ruimte.\n"
        "Legenda: RK = Rik Kamstra, boa, pasnr. 661204\n"
        '<controleur login="rkamstra" boanummer="770315"/>\n'
        "1. R. Kamstra, buitengewoon opsporingsambtenaar, registratienummer 881426\n"
    )
    numbers = _values(text, "document_number")
    for number in ("554213", "661204", "770315", "881426"):
        assert number in numbers


def test_a_guards_pass_number_with_letters_stays(model) -> None:  # noqa: F811
    # realistic_toets15 keeps such a number as a reference: only digits count as a boa's pass
    text = "De beveiliger bij de ingang (pasnr. BV-2210) opende om 08.00 uur de deur."
    assert "BV-2210" not in _values(text, "document_number")


def test_a_name_in_a_private_persons_field_is_a_namesake(model) -> None:  # noqa: F811
    text = (
        "Raadslid P. Dekker (VVD) stelde vragen over de scanauto.\n\n"
        '{"id":"KL-2025-0201","melder":"Dekker, P.","over":"scanauto"}\n\n'
        "A. Aanvrager\nNaam en voorletters: Dekker, P.\nAdres: Kerkstraat 12\n"
    )
    names = _values(text, "name")
    assert names.count("Dekker, P.") == 2
    assert "P. Dekker" in _values(text, "name", "keep")


def test_a_legend_that_denies_the_office_makes_the_code_a_persons(model) -> None:  # noqa: F811
    text = (
        "06-10 11:40 HL Melding ontvangen via het meldpunt.\n"
        "07-10 16:05 HL+BW Huisbezoek, eigenaar niet thuis.\n"
        "08-10 09:10 HL Rapport naar gemeentesecretaris H. Luitjens.\n\n"
        "Legenda\n"
        "HL = Harm Luitjens, boa (niet te verwarren met gemeentesecretaris H. Luitjens)\n"
        "BW = Bauke Wolthuis, boa\n"
    )
    names = _values(text, "name")
    assert names.count("HL") == 4
    assert "H. Luitjens" in _values(text, "name", "keep")


def test_a_json_exports_checker_is_a_login(model) -> None:  # noqa: F811
    text = '{\n  "totaal": 5697.33,\n  "gecontroleerd_door": "tbakhuis"\n}\n'
    assert "tbakhuis" in _values(text, "name")


def test_a_teams_display_name_of_two_words_is_no_person(model) -> None:  # noqa: F811
    text = "Van: Toezicht en Veiligheid <toezicht@oss.nl>\nAan: Jolanda Voets <j.voets@gmail.com>\n"
    names = _values(text, "name")
    assert "Toezicht" not in names
    assert "Jolanda Voets" in names


def test_an_unlisted_name_before_a_mobile_number_is_redacted(model) -> None:  # noqa: F811
    text = (
        "Beheerder ter plaatse (sleutel, klachten): Gosia Wiśniewska, +31 6 51192834\n"
        "Bel bij storing Veluwse Schaapskudde, 06 41122334.\n"
    )
    names = _values(text, "name")
    assert "Gosia Wiśniewska" in names
    assert "Veluwse Schaapskudde" not in names


def test_a_login_in_brackets_after_its_team_is_redacted(model) -> None:  # noqa: F811
    text = (
        "Ontvangen: 4 februari 2026\n"
        "Doorgezet naar: havendienst (gbrinkhuis), riolering (tvdmeulen)\n"
        "Dit formulier is (vertrouwelijk) en de aanvraag (compleet).\n"
    )
    names = _values(text, "name")
    assert "gbrinkhuis" in names
    assert "tvdmeulen" in names
    assert "vertrouwelijk" not in names
    assert "compleet" not in names


def test_a_login_after_a_second_check_is_redacted(model) -> None:  # noqa: F811
    text = "Tweede controle: hbrinkhuis, 17-10-2025.\nToetsing: hbrinkhuis; norm artikel 26.\n"
    assert _values(text, "name").count("hbrinkhuis") == 2


def test_a_ships_name_is_no_person(model) -> None:  # noqa: F811
    text = (
        'Aan de steiger lag het motorvrachtschip "Vrouwe Geertruida", in gebruik als woonschip.\n'
        "12-01 11:20 Vrouwe Geertruida lekt olie; eigenaar B. Kloosterboer gebeld.\n"
        "15-01 09:30 Geertruida opnieuw gecontroleerd, vooronder vol water.\n"
    )
    names = _values(text, "name")
    assert "Geertruida" not in names
    assert "Vrouwe Geertruida" not in names
    assert "B. Kloosterboer" in names
