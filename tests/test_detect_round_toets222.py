"""Lakken, hundred-and-eleventh round (tuned on realistic_toets221 and realistic_toets222).

What the round added: "afgekeurd" is special data (incapacity for work) only where the sentence
says whose ("ik ben ... afgekeurd", "is hij voor 80 procent afgekeurd", "volledig afgekeurd") or
why ("afgekeurd na een herseninfarct", "vanwege een hartafwijking"); things that failed a check
("3 van 11 toestellen afgekeurd", "4 records afgekeurd", "Codes: A = afgekeurd") are not. A firm
named by its partners ("Luttik & Zwaan Advocaten") is no person "Zwaan Advocaten". "Dreef" with a
house number ("Dreef 89") is a street, as "Singel" and "Markt" are. New variations, not copies of
the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    kept_of_type,
    model,
    redacted_of_type,
)


def test_things_that_failed_a_check_are_no_special_data(model) -> None:  # noqa: F811
    text = (
        "Jaarinspectie Brunnepe: 4 van 9 toestellen afgekeurd. Rapport volgt.\n"
        "Codes: G = goedgekeurd, X = afgekeurd, R = hersteld.\n"
        "Importbestand: 212 regels verwerkt, 2 afgekeurd.\n"
    )
    assert redacted_of_type(text, "special", use_model=True) == []


def test_a_person_unfit_for_work_stays_special(model) -> None:  # noqa: F811
    text = (
        "Mijn buurman is sinds 2019 volledig afgekeurd en kan de heg niet meer snoeien.\n"
        "Zijn broer werd afgekeurd na een hartinfarct.\n"
    )
    special = redacted_of_type(text, "special", use_model=True)
    assert sum("afgekeurd" in s for s in special) == 2


def test_a_firm_named_by_its_partners_is_no_person(model) -> None:  # noqa: F811
    text = (
        "Namens cliënte schrijven Hofstee & Rietveld Advocaten, mr. K. Hofstee.\n"
        "Kopie aan Dekker & Zwaan Notarissen.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "K. Hofstee" in names
    assert not [n for n in names if "Advocaten" in n or "Notarissen" in n]


def test_dreef_with_a_house_number_is_a_street(model) -> None:  # noqa: F811
    text = (
        "17-03 10.05 Dreef 71    auto zonder vergunning, bestuurder zonder kaart   B   PR\n"
        "- Dreef 208b, opdrachtgever fam. Bakker, 0226-398133\n"
    )
    assert redacted_of_type(text, "address", use_model=True) == ["Dreef 71", "Dreef 208b"]
