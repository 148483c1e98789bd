"""Lakken, ninety-eighth round (tuned on realistic_toets195 and realistic_toets196).

What the round added: the word "verdachte" alone is no longer special data, as a proces-verbaal
and a camera log call whoever they are about ("VERDACHTE 1", "Verdachte in beeld"; 48 of 58
places in the sets unannotated), but a person held as a suspect is ("als verdachte gehoord",
"verdachte in een lopend onderzoek", "verdachte van verduistering"); "Verdachte" before a
surname is the party's noun, not a first name ("Verdachte Versteege verklaarde"); a code that
the note defines in brackets after a name with more initials may take the first initial and the
surname's ("mr. H.G. Timmerman (voorzitter, HT)"). New variations, not copies of the evaluation
documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted_of_type,
)


def test_the_word_for_a_suspect_alone_is_no_special_data(model) -> None:  # noqa: F811
    text = (
        "PROCES-VERBAAL VAN BEVINDINGEN\n\nVERDACHTE 1\nNaam: DEKKER, Jorn\n"
        "Geboren: 03-04-2008 te Emmen\n\n"
        "20:14 | DK | Verdachte loopt richting het station, beeld vastgelegd.\n"
    )
    special = redacted_of_type(text, "special", use_model=True)
    assert not any("erdachte" in v.lower() for v in special)
    assert not any("VERDACHTE" in v for v in redacted_of_type(text, "name", use_model=True))


def test_a_person_held_as_a_suspect_is_special_data(model) -> None:  # noqa: F811
    text = (
        "Zij is op 4 maart als verdachte gehoord. Haar broer is verdachte in een lopend "
        "onderzoek naar heling; de penningmeester is verdachte van verduistering.\n"
    )
    special = " ".join(redacted_of_type(text, "special", use_model=True)).lower()
    assert "als verdachte" in special
    assert "verdachte in" in special
    assert "verdachte van" in special


def test_the_suspects_noun_before_a_surname_is_no_first_name(model) -> None:  # noqa: F811
    text = (
        'Verdachte Hoekstra verklaarde: "Ik was er niet." Om 22:25 uur belden wij zijn vader, '
        "de heer R. Hoekstra, op 06-18641275.\n\nVERDACHTE 2\nNaam: BOS, Sem\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "Hoekstra" in names
    assert not any(name.upper().startswith("VERDACHTE") for name in names)


def test_a_code_of_the_first_initial_and_the_surname_defined_in_brackets(model) -> None:  # noqa: F811
    text = (
        "Aanwezig:\n"
        "- mr. K.J. Wolters (voorzitter, KW)\n"
        "- drs. A. Smit (lid, AS)\n\n"
        "KW: Welkom. Ik open de hoorzitting.\n"
        "AS: Dank u.\n"
    )
    assert redacted_of_type(text, "name", use_model=True).count("KW") == 2
