"""apply_redaction_plan: a reviewer's plan is redacted exactly, stripped, saved and verified."""

from __future__ import annotations

import pymupdf

from publicatie.redact import apply_redaction_plan
from schemas.records import RedactionSpan


def _pdf(*lines: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    for number, line in enumerate(lines):
        page.insert_text((72, 72 + 18 * number), line, fontsize=11)
    doc.set_metadata({"author": "Behandelaar"})
    return doc.tobytes()


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "\n".join(page.get_text() for page in doc)


def _span(text: str, **extra) -> RedactionSpan:
    values = {"start": 0, "end": len(text), "text": text, "type": "name", "ground": "5.1.2e"}
    values.update(extra)
    return RedactionSpan(**values)


def test_text_span_of_the_plan_is_redacted_everywhere_and_verified() -> None:
    source = _pdf("Melding van Karel Pietersen over de Dorpsstraat.", "Groet, Karel Pietersen")
    output, result = apply_redaction_plan(source, [_span("Karel Pietersen")], document="d")
    assert "Pietersen" not in _text(output)
    assert "Dorpsstraat" in _text(output)
    assert result.verified is True and result.needs_review is False
    assert result.spans[0].page == 1 and result.spans[0].bbox is not None
    assert _text(output).count("5.1.2e") == 2


def test_reviewer_box_redacts_exactly_that_area_and_nothing_else() -> None:
    source = _pdf("Aanvrager Karel Pietersen woont in Delfgauw.", "Karel Pietersen belde.")
    with pymupdf.open(stream=source, filetype="pdf") as doc:
        box = tuple(doc[0].search_for("Karel Pietersen")[0])
    span = _span("", page=1, bbox=box, origin="reviewer")
    output, result = apply_redaction_plan(source, [span], document="d")
    text = _text(output)
    assert text.count("Karel Pietersen") == 1  # the second line was not in the box
    assert "woont in Delfgauw" in text
    assert result.verified is True, result.reason


def test_kept_spans_stay_visible_and_do_not_fail_verification() -> None:
    source = _pdf("Bel mij op 06-12345678 of mail a.devries@example.nl.")
    plan = [_span("06-12345678", type="phone", action="keep", reason="openbaar nummer")]
    output, result = apply_redaction_plan(source, plan, document="d")
    assert "06-12345678" in _text(output)
    # the detector still finds the e-mail address the reviewer did not redact: fail closed
    assert result.verified is False
    assert "e-mail" in result.reason or "email" in result.reason


def test_only_redact_actions_are_applied_and_the_file_is_stripped() -> None:
    source = _pdf("Zaak 2024-17: Jan Bos en Piet Kok.")
    plan = [_span("Jan Bos"), _span("Piet Kok", action="keep")]
    output, result = apply_redaction_plan(source, plan, document="d")
    text = _text(output)
    assert "Jan Bos" not in text and "Piet Kok" in text
    with pymupdf.open(stream=output, filetype="pdf") as doc:
        assert doc.metadata["author"] == ""
    assert output.count(b"%%EOF") == 1
    assert result.verified is True


def test_span_that_cannot_be_found_fails_closed() -> None:
    _, result = apply_redaction_plan(_pdf("Niets bijzonders."), [_span("Onbekend")], document="d")
    assert result.verified is False and result.needs_review is True
    assert "niet terug te vinden" in result.reason


def test_box_on_a_page_that_does_not_exist_fails_closed() -> None:
    span = _span("", page=3, bbox=(10, 10, 50, 50), origin="reviewer")
    _, result = apply_redaction_plan(_pdf("Een regel."), [span], document="d")
    assert result.verified is False
    assert "pagina 3" in result.reason
