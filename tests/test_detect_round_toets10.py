"""Detection improvements made after the blind tenth toets set (publicatie/evaluation/
realistic_toets10) was measured: paraphs introduced in brackets after (or before) the person's
name and after more cue words, and office holders listed after a plural office. New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from publicatie.names import find_names
from tests.detect_helpers import model, of_type  # noqa: F401 (fixture)


def _short_names(text: str) -> set[str]:
    return {h.text for h in find_names(text, use_model=True) if len(h.text) <= 5}


@pytest.mark.usefixtures("model")
def test_paraphs_introduced_in_brackets_and_repeated() -> None:
    text = (
        "Notulist: Marieke Dijkhuis (MDi)\nLogger: RvO (Rutger van Oostrom, adviseur)\n"
        "Verbalisant: A.J. Kamminga (AK)\n09:12 | MDi | besluit: inzet ME | RvO\n"
        "Gegenereerd op 02-02-2026 door KtB\n"
    )
    found = _short_names(text)
    assert {"MDi", "RvO", "AK", "KtB"} <= found


@pytest.mark.usefixtures("model")
def test_organisation_acronyms_are_no_paraphs() -> None:
    text = (
        "De Vereniging Nederlandse Gemeenten (VNG), Stichting Wonen Zuid (SWZ) en "
        "Omgevingsdienst Regio Utrecht (ODRU) reageerden."
    )
    assert not _short_names(text) & {"VNG", "SWZ", "ODRU"}


@pytest.mark.usefixtures("model")
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "De commissie, bestaande uit de raadsleden Joost Verhagen (voorzitter), Lieke "
            "Bosch-Peeters en Omar Haddou, heeft de stukken onderzocht.",
            ["Joost Verhagen", "Lieke Bosch-Peeters", "Omar Haddou"],
        ),
        (
            "De rekenkamercommissie (voorzitter drs. H.J. Wolters, leden Greet Smeenk en "
            "Ruud Bijl) vraagt u om een reactie.",
            ["H.J. Wolters", "Greet Smeenk", "Ruud Bijl"],
        ),
    ],
)
def test_office_holders_listed_after_a_plural_office(text: str, names: list[str]) -> None:
    found = dict(of_type(text, "name", use_model=True))
    assert all(found.get(name) == "keep" for name in names), found


@pytest.mark.usefixtures("model")
def test_residents_listed_after_a_plain_word_stay_redacted() -> None:
    text = "De bewoners Joost Verhagen en Lieke Bosch-Peeters dienden een klacht in."
    assert all(action == "redact" for _, action in of_type(text, "name", use_model=True))
