"""Detection improvements made after the blind sixty-seventh and sixty-eighth toets sets
(publicatie/evaluation/realistic_toets67 and _toets68) were measured: special personal data in
plain words (a flight and a refugee's status, a condition named in one word, a meal by religious
law, an office in a congregation, a union's contribution on a payslip), a driving licence's
number in a column "rijbewijs C nr.", and a phone number said as pairs of digits joined by
hyphens. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import redacted_of_type


def test_a_persons_flight_and_refugee_status_are_special_data() -> None:
    text = (
        "Mevrouw kwam in 2019 als vluchteling uit Afghanistan naar Nederland.\n"
        "Deelnemer 12: statushouder, gevlucht uit Jemen.\n"
        "Her husband fled from Mariupol in 2022.\n"
    )
    special = redacted_of_type(text, "special")
    for phrase in (
        "als vluchteling uit Afghanistan",
        "statushouder",
        "gevlucht uit Jemen",
        "fled from Mariupol",
    ):
        assert phrase in special, phrase


def test_the_housing_of_statushouders_is_a_policy_topic_not_special_data() -> None:
    text = "De taakstelling voor de huisvesting van statushouders is in 2025 gehaald.\n"
    assert redacted_of_type(text, "special") == []


def test_conditions_and_faith_in_one_word() -> None:
    text = (
        "Hij is suikerpatiënt en draagt een pacemaker; zijn vrouw is diabeet.\n"
        "Haar zoon is autistisch. Gast 4: kosher meal. Sinds 1994 ouderling van de kerk.\n"
        "Inhoudingen: Contributie FNV 14,20.\n"
    )
    special = redacted_of_type(text, "special")
    for phrase in (
        "suikerpatiënt",
        "pacemaker",
        "is diabeet",
        "autistisch",
        "kosher meal",
        "ouderling",
        "Contributie FNV",
    ):
        assert phrase in special, phrase


def test_a_driving_licence_number_in_its_column() -> None:
    text = (
        "naam                   mobiel            woonplaats   rijbewijs C nr.\n"
        "Gert Wolfswinkel       06 2371 4458      Vlierden     5493816207\n"
        "Truus Bakelsdijk       06 4410 2291      Helenaveen   5120774963\n"
    )
    numbers = redacted_of_type(text, "document_number")
    assert "5493816207" in numbers and "5120774963" in numbers


def test_a_phone_number_said_as_pairs_joined_by_hyphens() -> None:
    text = "Bel Hennie maar: nul-zes, een-acht, vier-drie, twee-zeven, vijf-één.\n"
    assert "nul-zes, een-acht, vier-drie, twee-zeven, vijf-één" in redacted_of_type(text, "phone")
