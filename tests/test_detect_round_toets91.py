"""Detection improvements made after the blind ninety-first and ninety-second toets sets
(publicatie/evaluation/realistic_toets91 and _toets92) were measured: a reversed name with a long
organisation in brackets and a Teams sender on a line of its own, a paraph quoted in YAML,
persons who introduce themselves or sign ("u spreekt met", "my name is", "ondertekend door");
and, against redacting too much: Frisian and German small words, schools by their abbreviation
or named after someone, a village before an INI key, mailboxes of education and housing teams,
and the organisation's lines for questions, a team's line and a phone menu. New variations, not
copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    redacted,
    redacted_names_with_model,
    spans,
)


def _redacted_names(text: str) -> list[str]:
    return [t for k, t in redacted(text) if k == "name"]


def test_a_reversed_name_with_a_long_organisation_in_brackets() -> None:
    text = (
        "Deelnemers: Brouwershof, Lianne (Gemeente Nunspeet); Kolkhuis, Berend "
        "(Stichting Maatschappelijke Opvang Noord-Veluwe)\n"
        "[14-10-2025 09:12] Kolkhuis, Berend (Stichting Maatschappelijke Opvang Noord-Veluwe)\n"
        "Goedemorgen allemaal.\n"
    )
    assert _redacted_names(text).count("Kolkhuis, Berend") == 2


def test_a_paraph_quoted_in_yaml_and_its_other_uses() -> None:
    text = (
        'behandelaar:\n  naam: Sietse Hoekstra-Bouma\n  paraaf: "SHo"\n'
        'acties:\n  - wie: "SHo"\n    wat: huisbezoek plannen\n'
    )
    assert _redacted_names(text).count("SHo") == 2


def test_persons_who_introduce_themselves_or_sign() -> None:
    text = (
        'Bericht 2: "Goedemiddag, u spreekt met Tjitske Haagsma-Wijbenga, ik bel over mijn zoon."\n'
        'Bericht 3: "Hello, my name is Dragomir Petkov, I rent a room on the park."\n'
        "De brief is ondertekend door Hiltsje Bergsma zelf.\n"
    )
    names = _redacted_names(text)
    assert "Tjitske Haagsma-Wijbenga" in names
    assert "Dragomir Petkov" in names
    assert "Hiltsje Bergsma" in names


def test_frisian_and_german_small_words_are_no_names(model) -> None:  # noqa: F811
    text = (
        "Wy hawwe it bern fan Sjoerd Haitsma by de skoalle brocht. Kin ik jo belle?\n"
        "Das Ferienhaus liegt an der Straße. An einem Tag kam Herr Brückner vorbei.\n"
    )
    names = redacted_names_with_model(text)
    for word in ("fan", "bern", "Kin", "jo", "belle", "Das", "An"):
        assert word not in names, word
    assert "Sjoerd Haitsma" in names


def test_schools_by_their_abbreviation_or_named_after_someone(model) -> None:  # noqa: F811
    text = (
        "Zij zit op CBS Titus Brandsma in Workum en haar broer op OBS Menno Simons. De "
        "kinderen gaan daarna naar de Ds. Wiersmaschool. Juf Anne Wielsma belt terug.\n"
    )
    names = redacted_names_with_model(text)
    assert names == ["Anne Wielsma"]


def test_a_village_before_an_ini_key_is_no_name(model) -> None:  # noqa: F811
    text = (
        "[algemeen]\nadres_object = Kerkstraat 12, 8521 AB Sint Nicolaasga\n"
        "eigenaar = gemeente De Fryske Marren\n"
    )
    assert redacted_names_with_model(text) == []


def test_mailboxes_of_education_and_housing_teams_stay() -> None:
    text = (
        "Aan: rmc@heerenveen.nl; vve@heerenveen.nl; ib@obsdetrije.nl; "
        "vitaleparken@ermelo.nl; flexwonen@ermelo.nl; j.park@ermelo.nl\n"
    )
    kept = {t for k, t, a in spans(text) if k == "email" and a == "keep"}
    assert kept == {
        "rmc@heerenveen.nl",
        "vve@heerenveen.nl",
        "ib@obsdetrije.nl",
        "vitaleparken@ermelo.nl",
        "flexwonen@ermelo.nl",
    }


def test_the_organisations_lines_for_questions_a_team_and_a_menu_stay() -> None:
    text = (
        "Vragen van de bank kunnen via 0341 35 96 11.\n\n"
        "Voicemail, lijn 0341 56 75 67 keuze 4\n\n"
        "- vragen over de procedure via 038 44 31 61 6.\n\n"
        "Bereikbaarheid team: 0341 35 96 50.\n\n"
        "Vragen over uw dossier kunt u stellen aan Sjaak Brinkman via 0341 12 34 56.\n"
    )
    phones = {t: a for k, t, a in spans(text) if k == "phone"}
    assert phones["0341 35 96 11"] == "keep"
    assert phones["0341 56 75 67"] == "keep"
    assert phones["0341 35 96 50"] == "keep"
    assert phones["0341 12 34 56"] == "redact"
