"""Detection improvements made after the blind thirty-seventh and thirty-eighth toets sets
(publicatie/evaluation/realistic_toets37 and _toets38) were measured: office holders signing
for "'s-Hertogenbosch", after a lower-case portfolio with a colon, with a task before the office
in brackets, and the people a council decision appoints when the names follow the decision.
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    names_with_model,
)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Hoogachtend,\nde burgemeester van 's-Hertogenbosch,\n\nA.P.M. Drieskens-Volmer\n",
            "A.P.M. Drieskens-Volmer",
        ),
        ("Wethouder sociaal domein: K.J. Verhallen. Bezwaar binnen zes weken.", "K.J. Verhallen"),
        (
            "Aanwezig: R.T. Zwanenberg-Loek (voorzitter, burgemeester van Land van Cuijk), "
            "wethouder B. Hagens (Oss)",
            "R.T. Zwanenberg-Loek",
        ),
    ],
)
def test_office_holders_in_more_shapes(model, text: str, name: str) -> None:  # noqa: F811
    assert names_with_model(text)[name] == "keep"


def test_the_people_appointed_when_the_names_follow_the_decision(model) -> None:  # noqa: F811
    text = (
        "Voorgesteld besluit\n1. Te benoemen tot extern lid van de Rekenkamercommissie, met "
        "ingang van 1 januari 2026 voor zes jaar: drs. H.J. (Hiltje) Wagenvoort en "
        "P. Zeegers-Klaver RA.\n2. De sollicitant mevrouw L. Baarsma krijgt bericht.\n"
    )
    names = names_with_model(text)
    assert names["H.J. (Hiltje) Wagenvoort"] == "keep"
    assert names["P. Zeegers-Klaver"] == "keep"
    assert names["L. Baarsma"] == "redact"
