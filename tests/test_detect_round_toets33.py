"""Detection improvements made after the blind thirty-third and thirty-fourth toets sets
(publicatie/evaluation/realistic_toets33 and _toets34) were measured: an office in the next cell
of a table row, a counter's login column, an export made "door" a login before a date or after
a filter, papers under "ID-bewijs" and after "chauffeurskaart", more team mailboxes, countries
and "het Rode Kruis" are no persons, and English and German words before a name-like word. New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    names_with_model,
    of_type,
    redacted_names_with_model,
    redacted_of_type,
)


def test_an_office_in_the_next_cell_of_the_row_keeps_the_name(model) -> None:  # noqa: F811
    text = (
        "| nr | naam | rol | ID-bewijs | bijzonderheden |\n"
        "|----|------|-----|-----------|----------------|\n"
        "| 1 | H.T. Moerbeek-Zandstra | burgemeester | NRT48K9L3 | - |\n"
        "| 2 | Joram Dekkerhuis | raadslid | IJ7LD2TR8 | - |\n"
        "| 3 | Fenna Slotboom | fractieassistent | NKT4F28Q7 | - |\n"
    )
    names = names_with_model(text)
    assert names["H.T. Moerbeek-Zandstra"] == "keep" and names["Joram Dekkerhuis"] == "keep"
    assert names["Fenna Slotboom"] == "redact"
    papers = redacted_of_type(text, "document_number")
    assert papers == ["NRT48K9L3", "IJ7LD2TR8", "NKT4F28Q7"]


def test_a_counters_login_column_and_an_exports_author(model) -> None:  # noqa: F811
    text = (
        "Export aanslagen hondenbelasting\n"
        "Gemaakt door: pvanroosmalen op 24-11-2025 08:12\n\n"
        "aanslagnr;naam;bedrag;teller\n"
        "2025-HB-1;R. Kamphorst;€ 128,76;tel_mboekestein\n"
        "2025-HB-2;S. Oudejans;€ 128,76;tel_mboekestein\n"
    )
    names = redacted_names_with_model(text)
    assert "pvanroosmalen" in names
    assert names.count("tel_mboekestein") == 2


def test_an_export_made_by_a_login_after_a_filter(model) -> None:  # noqa: F811
    text = (
        "EXPORT passen_2025 | gegenereerd 04-08-2025 11:02 | filter: status=beoordeeld | door "
        "jvandersloot\naanvraagnr|naam|pas\nP-1|E. Spierdijk|A\n"
    )
    assert "jvandersloot" in redacted_names_with_model(text)


def test_a_drivers_card_number_after_its_word() -> None:
    text = "Chauffeur Boukhari (chauffeurskaart 6204518, taxi T-512-BX) werd geslagen."
    assert ("6204518", "redact") in of_type(text, "document_number")


@pytest.mark.parametrize(
    "mailbox",
    [
        "geluidsisolatie@haarlemmermeer.nl",
        "klachtenov@noord-holland.nl",
        "klankbordgroep@zandvoort.nl",
    ],
)
def test_team_mailboxes_of_round_25(model, mailbox: str) -> None:  # noqa: F811
    assert of_type(f"Mail naar {mailbox}.", "email", use_model=True) == [(mailbox, "keep")]


@pytest.mark.parametrize(
    "text, word",
    [
        (
            "tijd   naam                 telefoon       bestemming      vpk\n"
            "08:40  Akkerman, Tjeerd     06 2733 1490   India (Kerala)  JvR\n"
            "08:50  Akkerman, Lieke      06 2733 1491   India (Goa)     JvR\n",
            "India",
        ),
        ("Opvang door vrijwilligers van het Rode Kruis in de sporthal.", "Kruis"),
        ("Sehr geehrte Damen und Herren, können Sie mir helfen?", "Sie"),
        ("Meine Adresse ist Hauptstraße 4 in Krefeld.", "Meine"),
        ("Since May the room has had six people in it.", "Since"),
    ],
)
def test_countries_organisations_and_foreign_words_are_no_names(
    model,  # noqa: F811
    text: str,
    word: str,
) -> None:
    assert not any(word in name for name in redacted_names_with_model(text))
