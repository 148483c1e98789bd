"""Typographic ligatures ("ﬂ" for "fl") in a PDF's text layer must not hide personal data.

PDFs that we render ourselves from plain text (and those from word processors) shape "fl", "fi"
and "ff" into one glyph, which PyMuPDF reads back as one character by default. An e-mail address
"guidoﬂeuren@gmail.com" then is no address to the detector, and a name "Wijshoﬀ" not the name in a
list: published as it stood, while a reader sees "guidofleuren@gmail.com".
"""

from __future__ import annotations

import unicodedata

import pymupdf

from publicatie.convert import to_pdf
from publicatie.pdf_spans import detect_in_pdf
from publicatie.pdf_text import expand_ligatures, extract_text
from publicatie.redact import redact_pdf
from publicatie.verify import verify_redacted
from schemas.records import RedactionSpan

TEXT = (
    "Aanmelding informatieavond\n"
    "Mail ons via guidofleuren@gmail.com of bel 06-45127983.\n"
    "Met vriendelijke groet, mevrouw L. Mestrom-Wijshoff, Nieuwstraat 3, 6039 AN Stramproy.\n"
)


def _pdf() -> bytes:
    pdf = to_pdf(TEXT.encode(), "aanmelding.txt", "text/plain", document="ligaturen")
    # The premise: the rendered text layer really carries ligature characters.
    raw = "".join(page.get_text("text") for page in pymupdf.open(stream=pdf))
    assert "\ufb02" in raw and "\ufb00" in raw
    return pdf


def test_page_text_writes_ligatures_out() -> None:
    text = "".join(extract_text(_pdf(), document="ligaturen"))
    assert "guidofleuren@gmail.com" in text and "Mestrom-Wijshoff" in text
    assert expand_ligatures("\ufb01\ufb02\ufb00\ufb03\ufb04") == "fiflffffiffl"


def test_detection_on_a_pdf_finds_an_address_with_a_ligature_and_locates_it() -> None:
    _, spans = detect_in_pdf(_pdf(), document="ligaturen")
    emails = [s for s in spans if s.type == "email"]
    assert [s.text for s in emails] == ["guidofleuren@gmail.com"]
    assert emails[0].bbox is not None


def test_redaction_removes_values_written_with_ligatures_and_verifies() -> None:
    output, result = redact_pdf(_pdf(), document="ligaturen")
    assert result.verified, result
    read = unicodedata.normalize("NFKC", " ".join(extract_text(output, document="ligaturen")))
    assert "guidofleuren" not in read
    assert "Wijshoff" not in read


def test_verification_sees_a_surviving_value_through_its_ligature() -> None:
    span = RedactionSpan(
        start=0, end=22, text="guidofleuren@gmail.com", type="email", ground="5.1.2e"
    )
    ok, reason = verify_redacted(_pdf(), [span], document="ligaturen", check_fonts=False)
    assert ok is False and "email" in reason
