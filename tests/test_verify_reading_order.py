"""Verification reads a redacted page as a reader sees it, and text files keep hyphenated values
on one line.

After lakken the ground printed over a removed value ("5.1.2e") sits at the end of the page's
content stream, so a parser reads the words on both sides of the gap as neighbours: "Mevrouw
[name] / [street] / [postcode] Emmen / Datum" became "Mevrouw Emmen Datum", a titled name, and
the document failed verification and went to the queue although nothing was left to redact.
"""

from __future__ import annotations

import pymupdf
import pytest

from publicatie.convert import to_pdf
from publicatie.pdf_text import page_text, visual_text
from publicatie.policy import DetectionPolicy
from publicatie.redact import apply_redaction_plan, redact_pdf
from publicatie.verify import verify_redacted
from schemas.records import RedactionSpan

LETTER = (
    "Gemeente Emmen\nHeffingen en Invordering\nPostbus 30001, 7800 RA Emmen\n\n"
    "Mevrouw N. Santos Oliveira\nWeerdingerstraat 87 B\n7811 CH Emmen\n\n"
    "Datum: 17 april 2025\nOnderwerp: besluit op uw verzoek\n\n"
    "Geachte mevrouw Santos Oliveira,\n\nWij hebben uw verzoek ontvangen.\n"
)


def _letter_pdf() -> bytes:
    return to_pdf(LETTER.encode(), "brief.txt", "text/plain", document="brief")


def test_a_letter_whose_address_block_is_redacted_passes_verification() -> None:
    _, result = redact_pdf(_letter_pdf(), document="brief", source_text=LETTER)
    redacted = {s.text for s in result.spans if s.action == "redact"}
    assert {"Weerdingerstraat 87 B", "7811 CH"} <= redacted
    assert result.verified, result.reason


def test_the_visual_reading_puts_the_printed_ground_where_the_value_stood() -> None:
    output, _ = redact_pdf(_letter_pdf(), document="brief", source_text=LETTER)
    with pymupdf.open(stream=output, filetype="pdf") as doc:
        parser_order = page_text(doc[0])
        seen = visual_text(doc[0])
    assert "Mevrouw 5.1.2e" in seen and "5.1.2e Emmen" in seen
    assert "Santos" not in seen and "Santos" not in parser_order
    # the parser's own order puts the grounds after the last line of text
    assert " ".join(parser_order.split()).startswith(
        "Gemeente Emmen Heffingen en Invordering Postbus 30001, 7800 RA Emmen Mevrouw Emmen Datum"
    )
    assert parser_order.rstrip().endswith("5.1.2e")


def test_a_name_left_on_the_page_still_fails_verification() -> None:
    """Only the gap is forgiven: a name that a reader sees still fails the document closed."""
    source = _letter_pdf()
    plan = [
        RedactionSpan(
            start=0, end=21, text="Weerdingerstraat 87 B", type="address", ground="5.1.2e"
        )
    ]
    output, _ = apply_redaction_plan(
        source, plan, document="brief", policy=DetectionPolicy(use_model=False)
    )
    ok, reason = verify_redacted(output, plan, document="brief")
    assert ok is False
    assert "'name'" in reason and "Santos" not in reason


@pytest.mark.parametrize("filler", range(0, 60, 3))
def test_a_hyphenated_value_is_never_broken_over_two_lines(filler: int) -> None:
    text = (
        "x" * filler + " aangetroffen met het Belgische kenteken 1-GKR-418 op de Eritrees-orthodoxe"
    )
    text = " ".join(["woord"] * 12) + " " + text + " kerk.\n"
    pdf = to_pdf(text.encode(), "melding.txt", "text/plain", document="melding")
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page = doc[0].get_text()
    assert "1-GKR-418" in page and "Eritrees-orthodoxe" in page


def test_a_plate_of_a_text_file_is_found_on_its_page_and_redacted() -> None:
    text = (
        "Bij de controle is een Ford Transit aangetroffen met het Belgische kenteken 1-GKR-418. "
        "Het voertuig heeft twee lekke banden.\n"
    )
    pdf = to_pdf(text.encode(), "melding.txt", "text/plain", document="melding")
    output, result = redact_pdf(pdf, document="melding", source_text=text)
    assert result.verified, result.reason
    with pymupdf.open(stream=output, filetype="pdf") as doc:
        assert "GKR" not in doc[0].get_text()
