"""Lakken, ninety-seventh round (tuned on realistic_toets193 and realistic_toets194).

What the round added: the number under which a cemetery's administration knows a grave right
holder ("rechthebbendennummer 76102", "Mijn rechthebbendennummer is 69038", "(rh 54684)", a
register's column "rh_nr") and a cremation's number, which names the deceased; a code that fills
a markdown table's cell by itself is the paraph of the person named with those initials in the
same document ("| 03-10-2024 | FO | J. Pierik-Lammers |"); conditions, treatments and aids that
the writers of the sets marked wherever they stood ("spina bifida", "incontinent", "slikt
Ritalin", "een astma-aanval", "hartrevalidatie", "katheter", "keizersnede", "een
hartaandoening", "euthanasie", not an animal's); a relative, a neighbour or a note opening a
sentence is no name ("Buurman van het graf sprak me aan", "Neef gevonden", "Noot notulist:"),
unless the document writes the word after an initial or a given name elsewhere. New variations,
not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted_of_type,
)


def test_a_grave_right_holders_and_a_cremations_number(model) -> None:  # noqa: F811
    text = (
        "U staat bij ons geregistreerd onder rechthebbendennummer 41207.\n"
        "Mijn rechthebbendennummer is 58213, schrijft mevrouw.\n"
        "| B-3-12 | Hulst, K. (rh 33190) | Dorpsstraat 4 | brief retour |\n\n"
        "grafnr;soort;rechthebbende;rh_nr;geb_datum;plaats\n"
        "B-3-14;particulier;Kamp, J.;66021;02-04-1941;Daarle\n"
        "B-3-15;particulier;Smit, H.;71350;19-11-1950;Haarle\n\n"
        "<crematie><crematienummer>612044</crematienummer></crematie>\n"
    )
    numbers = redacted_of_type(text, "document_number", use_model=True)
    assert {"41207", "58213", "33190", "66021", "71350", "612044"} <= set(numbers)


def test_a_code_in_a_table_cell_of_its_own(model) -> None:  # noqa: F811
    text = (
        "Opgesteld door H. Mulder (hmulder), gecontroleerd door T. Brouwer.\n\n"
        "| datum | door | met | resultaat |\n|---|---|---|---|\n"
        "| 03-10-2024 | TB | J. Smit | brief retour |\n"
        "| 14-10-2024 | HM | A. de Boer | afstand gedaan |\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert {"TB", "HM"} <= set(names)


def test_conditions_the_writers_marked_wherever_they_stood(model) -> None:  # noqa: F811
    text = (
        "Sem heeft spina bifida en is incontinent. Hij slikt sinds kort Ritalin. Zijn moeder "
        "werd vorige week opgenomen met een astma-aanval; zijn vader volgt hartrevalidatie en "
        "heeft een hartaandoening. Oma heeft een katheter. Zijn zus beviel met een keizersnede. "
        "Opa overleed in maart na euthanasie.\n"
    )
    special = " ".join(redacted_of_type(text, "special", use_model=True)).lower()
    for word in (
        "spina bifida",
        "incontinent",
        "ritalin",
        "astma-aanval",
        "hartrevalidatie",
        "hartaandoening",
        "katheter",
        "keizersnede",
        "euthanasie",
    ):
        assert word in special, word


def test_an_animals_euthanasia_is_no_persons_health(model) -> None:  # noqa: F811
    text = "10:15;Boukhari, A.;06-85512829;Simba;Kat;Euthanasie aan huis\n"
    special = redacted_of_type(text, "special", use_model=True)
    assert not any("uthanasie" in value for value in special)


def test_a_relative_or_a_neighbour_opening_a_sentence_is_no_name(model) -> None:  # noqa: F811
    text = (
        "[22-04-2025 10:16] Kappert, Harm: Buurman van het graf sprak me aan.\n"
        "10-03-2025 11:40 NtW Neef gevonden via de buurvrouw.\n"
        "Noot notulist: de inspreker heeft zijn nummer aan de griffie gegeven.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert not {"Buurman", "Neef", "Noot"} & set(names)
    # ... but the word is a name wherever the document writes it after a given name
    named = text + "Later belde Karin Buurman terug.\n"
    assert "Karin Buurman" in redacted_of_type(named, "name", use_model=True)
    assert "Buurman" in redacted_of_type(named, "name", use_model=True)
