"""Detection improvements made after the blind ninth toets set (publicatie/evaluation/
realistic_toets9) was measured: staff paraphs, functional mailboxes written in parts, a form's
tab-separated fields that are no table, the offices of a waterschap and an office that opens
the brackets after a name, and more personal registration numbers. New variations, not copies
of the evaluation documents.
"""

from __future__ import annotations

import pytest

from publicatie.names import find_names
from publicatie.patterns import find_table_cells
from tests.detect_helpers import document_numbers, model, of_type, spans  # noqa: F401 (fixture)


def _rule_names(text: str) -> list[str]:
    return [h.text for h in find_names(text, use_model=False)]


def test_paraphs_in_their_cue_and_every_repeat() -> None:
    text = (
        "Dienstdoend: Wouter Kamphorst (paraaf WKa)\n"
        "01:10 | melding wateroverlast | WKa\n"
        "Aantekening behandelaar (GdB): stukken compleet.\n"
        "Afgerond door TL, melding gesloten.\n"
        "Paraaf coördinator: jvdm\n"
    )
    found = _rule_names(text)
    assert found.count("WKa") == 2
    assert {"GdB", "TL", "jvdm"} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Besluit genomen door DB op 3 maart.",
        "Paraaf: Jan",  # a first name is left to the name rules
        "Het paraafbesluit van het college is gepubliceerd.",
        "Paraaf teamleider: ok",
    ],
)
def test_abbreviations_and_words_are_no_paraphs(text: str) -> None:
    assert not [name for name in _rule_names(text) if len(name) <= 5]


@pytest.mark.parametrize(
    ("mailbox", "action"),
    [
        ("wmo.loket@ede.nl", "keep"),
        ("hr-advies@ede.nl", "keep"),
        ("ondernemingsraad@ede.nl", "keep"),
        ("k.de.graaf@ede.nl", "redact"),
        ("jan-willem.smit@ede.nl", "redact"),
    ],
)
def test_functional_mailboxes_written_in_parts(mailbox: str, action: str) -> None:
    assert ("email", mailbox, action) in spans(f"Mail naar {mailbox} voor vragen.")


def test_a_forms_tab_separated_fields_are_no_table() -> None:
    text = "Naam:\tSanne Wolters\nGeboortedatum:\t03-04-1990\nBSN:\t123456782\nAdres:\tDorpsweg 1\n"
    assert [kind for *_, kind in find_table_cells(text)] == []


@pytest.mark.usefixtures("model")
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "namens het waterschap (dijkgraaf Hendrika Ruiterkamp) ondertekend",
            "Hendrika Ruiterkamp",
        ),
        ("Met vriendelijke groet,\n\nWillem Okkerse\ndijkgraaf", "Willem Okkerse"),
        ("Aanwezig: Ria Tolboom (gemeentesecretaris/directeur), de OR", "Ria Tolboom"),
    ],
)
def test_offices_of_a_waterschap_and_an_office_opening_the_brackets(text: str, name: str) -> None:
    assert (name, "keep") in of_type(text, "name", use_model=True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A-nummer: 5512093348", "5512093348"),
        ("klein vaarbewijs II nr. KVB1-0022871", "KVB1-0022871"),
        (
            "naam | aanstellingspasnummer | post\nJ. Kok | EVR-2024-0113 | kruising\n"
            "A. Bos | EVR-2024-0114 | brug\n",
            "EVR-2024-0113",
        ),
    ],
)
def test_more_personal_registration_numbers(text: str, value: str) -> None:
    assert value in document_numbers(text)
