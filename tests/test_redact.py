"""Lakken of PDFs: true removal, ground in the box, stripping, verification that fails closed."""

from __future__ import annotations

import io

import pymupdf
import pypdf
import pytest

from publicatie.pdf_text import extract_text, page_count
from publicatie.redact import redact_pdf
from publicatie.verify import verify_redacted
from woo.errors import DocumentError

BSN = "123456782"
EMAIL = "jan.jansen@example.nl"
PHONE = "06-12345678"
IBAN = "NL91 ABNA 0417 1643 00"
SECRETS = {"bsn": BSN, "email": EMAIL, "phone": PHONE, "iban": IBAN}

PAGE_ONE = [
    "Wethouder J. de Vries besprak de aanvraag in het college.",
    f"Aanvrager: BSN {BSN}, e-mail {EMAIL}.",
    f"Telefoon {PHONE}, rekening {IBAN}.",
    "Vragen? Mail info@gemeente.nl of bel 14 015.",
]
PAGE_TWO = ["Bijlage bij het besluit.", f"Nogmaals het nummer {BSN} op pagina twee."]


def make_pdf(*pages: list[str], decorate: bool = False) -> bytes:
    doc = pymupdf.open()
    for lines in pages:
        page = doc.new_page()
        for number, line in enumerate(lines):
            page.insert_text((72, 72 + 18 * number), line, fontsize=11)
    if decorate:
        page = doc[0]
        page.add_text_annot((400, 400), "Interne notitie van de behandelaar")
        widget = pymupdf.Widget()
        widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
        widget.field_name = "opmerking"
        widget.field_value = "vrij veld"
        widget.rect = pymupdf.Rect(72, 500, 300, 520)
        page.add_widget(widget)
        page.insert_link(
            {
                "kind": pymupdf.LINK_URI,
                "from": pymupdf.Rect(72, 600, 200, 620),
                "uri": "https://x.nl",
            }
        )
        doc.embfile_add("bijlage.txt", b"vertrouwelijke bijlage")
        doc.set_toc([[1, "Hoofdstuk 1", 1]])
        doc.set_metadata({"title": "Besluit op aanvraag", "author": "Jan Jansen"})
        doc.set_xml_metadata("<x:xmpmeta xmlns:x='adobe:ns:meta/'><auteur>Jan</auteur></x:xmpmeta>")
        catalog = doc.pdf_catalog()
        script = doc.get_new_xref()
        doc.update_object(script, "<< /S /JavaScript /JS (app.alert\\('hallo'\\);) >>")
        doc.xref_set_key(catalog, "OpenAction", f"{script} 0 R")
    return doc.tobytes()


def texts(pdf: bytes) -> dict[str, str]:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        mupdf = "\n".join(page.get_text() for page in doc)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return {"pymupdf": mupdf, "pypdf": "\n".join(p.extract_text() for p in reader.pages)}


@pytest.fixture(scope="module")
def redacted() -> tuple[bytes, bytes, object]:
    source = make_pdf(PAGE_ONE, PAGE_TWO, decorate=True)
    output, result = redact_pdf(source, document="doc-42")
    return source, output, result


def test_source_fixture_really_contains_the_values(redacted) -> None:
    source, _, _ = redacted
    for text in texts(source).values():
        for value in SECRETS.values():
            assert value in text


def test_values_are_gone_from_the_text_layer_for_both_parsers(redacted) -> None:
    _, output, result = redacted
    for parser, text in texts(output).items():
        compact = "".join(text.split())
        for kind, value in SECRETS.items():
            assert "".join(value.split()) not in compact, (parser, kind)
    assert result.verified is True
    assert result.needs_review is False


def test_office_holder_surrounding_text_and_functional_contacts_stay(redacted) -> None:
    _, output, _ = redacted
    for text in texts(output).values():
        assert "Wethouder J. de Vries besprak de aanvraag" in text
        assert "Aanvrager: BSN" in text
        assert "info@gemeente.nl" in text
        assert "14 015" in text
        assert "Bijlage bij het besluit." in text


def test_ground_code_is_printed_in_every_box(redacted) -> None:
    _, output, result = redacted
    text = texts(output)["pymupdf"]
    boxes = [s for s in result.spans if s.action == "redact"]
    assert text.count("5.1.1e") == sum(1 for s in boxes if s.ground == "5.1.1e") == 2
    assert text.count("5.1.2e") == sum(1 for s in boxes if s.ground == "5.1.2e") == 3


def test_spans_carry_page_and_the_box_of_the_value(redacted) -> None:
    source, _, result = redacted
    with pymupdf.open(stream=source, filetype="pdf") as doc:
        for span in result.spans:
            assert span.page in (1, 2)
            if span.action == "keep":
                assert span.bbox is None
                continue
            where = doc[span.page - 1].search_for(span.text)[0]
            assert pymupdf.Rect(span.bbox).intersects(where)
    assert [(s.page, s.type) for s in result.spans if s.action == "redact"] == [
        (1, "bsn"),
        (1, "email"),
        (1, "phone"),
        (1, "iban"),
        (2, "bsn"),
    ]
    assert result.pages == 2


def test_metadata_annotations_attachments_outline_and_scripts_are_stripped(redacted) -> None:
    source, output, _ = redacted
    with pymupdf.open(stream=source, filetype="pdf") as doc:  # the fixture has them all
        assert doc.metadata["title"] and doc.get_xml_metadata() and doc.embfile_count()
        assert doc.get_toc() and doc[0].first_annot and doc[0].first_widget
        assert doc.xref_get_key(doc.pdf_catalog(), "OpenAction")[0] == "xref"
    with pymupdf.open(stream=output, filetype="pdf") as doc:
        assert doc.metadata["title"] == doc.metadata["author"] == ""
        assert doc.get_xml_metadata() == ""
        assert doc.embfile_count() == 0
        assert doc.get_toc() == []
        assert doc[0].first_annot is None and doc[0].first_widget is None
        assert doc[0].get_links() == []
        assert doc.xref_get_key(doc.pdf_catalog(), "OpenAction")[0] == "null"
    reader = pypdf.PdfReader(io.BytesIO(output))
    assert not (reader.metadata or {}).get("/Title")
    assert not (reader.metadata or {}).get("/Author")
    assert b"JavaScript" not in output and b"Jan Jansen" not in output


def test_output_is_a_full_rewrite_not_an_incremental_update(redacted) -> None:
    _, output, _ = redacted
    assert output.count(b"%%EOF") == 1


def test_value_broken_over_two_lines_is_redacted() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(72, 72, 128, 300), "Mijn BSN is 123 456 782 en dat is het.")
    source = doc.tobytes()
    assert "123 456\n782" in extract_text(source, document="d")[0]
    output, result = redact_pdf(source, document="d")
    assert [s.type for s in result.spans] == ["bsn"]
    assert result.verified is True
    for text in texts(output).values():
        assert "123" not in text and "782" not in text
        assert "Mijn BSN" in text


def test_a_double_surname_hyphenated_at_the_line_end_is_redacted() -> None:
    from publicatie.policy import DetectionPolicy

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 90), "Getekend door mevrouw J. Hoogervorst-", fontsize=11)
    page.insert_text((72, 104), "Ouwehand, gemachtigde van de aanvrager.", fontsize=11)
    output, result = redact_pdf(doc.tobytes(), document="d", policy=DetectionPolicy())
    names = [s for s in result.spans if s.type == "name" and s.action == "redact"]
    assert names and "Ouwehand" in names[0].text
    assert result.verified is True, result.reason
    for text in texts(output).values():
        assert "Hoogervorst" not in text and "Ouwehand" not in text
        assert "gemachtigde van de aanvrager" in text


def test_line_art_under_a_box_is_removed() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), f"BSN {BSN}")
    hit = page.search_for(BSN)[0]
    page.draw_line(hit.bl, hit.br)  # an underline drawn as a vector path
    page.draw_line((72, 400), (300, 400))  # far away: must stay
    output, result = redact_pdf(doc.tobytes(), document="d")
    assert result.verified
    with pymupdf.open(stream=output, filetype="pdf") as out:
        drawings = [d for d in out[0].get_drawings() if d["type"] == "s"]  # no fill boxes
    assert len(drawings) == 1
    assert drawings[0]["rect"].y0 == pytest.approx(400, abs=2)


def test_image_pixels_under_a_box_are_blanked() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    area = pymupdf.Rect(72, 60, 272, 160)
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 100), False)
    pixmap.set_rect(pixmap.irect, (0, 200, 0))
    page.insert_image(area, pixmap=pixmap)
    page.insert_text((80, 100), f"BSN {BSN}")
    hit = page.search_for(BSN)[0]
    output, _ = redact_pdf(doc.tobytes(), document="d")
    with pymupdf.open(stream=output, filetype="pdf") as out:
        image = pymupdf.Pixmap(out, out[0].get_images()[0][0])
    x = int((hit.x0 + hit.x1) / 2 - area.x0)
    y = int((hit.y0 + hit.y1) / 2 - area.y0)
    assert image.pixel(x, y) != (0, 200, 0)
    assert image.pixel(5, 95) == (0, 200, 0)


def test_value_that_cannot_be_located_fails_closed_without_naming_it(monkeypatch) -> None:
    monkeypatch.setattr(pymupdf.Page, "search_for", lambda self, *a, **k: [])
    output, result = redact_pdf(make_pdf([f"BSN {BSN} van de aanvrager."]), document="d")
    assert result.verified is False
    assert result.needs_review is True
    assert "bsn" in result.reason
    assert BSN not in result.reason
    assert BSN in texts(output)["pymupdf"]  # it really survived: publishing would leak it


def test_page_without_text_layer_but_with_image_needs_review() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 20, 20), False)
    page.insert_image(pymupdf.Rect(72, 72, 172, 172), pixmap=pixmap)
    _, result = redact_pdf(doc.tobytes(), document="scan-1")
    assert result.needs_review is True
    assert "tekstlaag" in result.reason


def test_verification_fails_on_unredacted_input_and_names_only_the_type() -> None:
    source = make_pdf(PAGE_ONE)
    spans = [s for s in redact_pdf(source, document="d")[1].spans if s.action == "redact"]
    ok, reason = verify_redacted(source, spans, document="d")
    assert ok is False
    assert "'bsn'" in reason
    assert all(value not in reason for value in SECRETS.values())


def test_verification_finds_new_personal_data_that_was_never_planned() -> None:
    ok, reason = verify_redacted(make_pdf([f"Bel {PHONE}."]), [], document="d")
    assert ok is False
    assert "'phone'" in reason and PHONE not in reason


def test_verification_matches_values_split_differently_by_whitespace(redacted) -> None:
    _, _, result = redacted
    spans = [s.model_copy(update={"text": "1234 56 782"}) for s in result.spans if s.type == "bsn"]
    ok, reason = verify_redacted(make_pdf(["Nummer 12345 6782 staat er nog."]), spans, document="d")
    assert ok is False
    assert "nog leesbaar" in reason


def test_verification_fails_when_metadata_survives(redacted) -> None:
    _, output, result = redacted
    assert verify_redacted(output, result.spans, document="d")[0] is True
    with pymupdf.open(stream=output, filetype="pdf") as doc:
        doc.set_metadata({"author": "Jan Jansen"})
        tainted = doc.tobytes()
    ok, reason = verify_redacted(tainted, result.spans, document="d")
    assert ok is False
    assert "metadata" in reason


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "leeg"),
        (b"%PDF-1.7\nthis is not a pdf at all", "beschadigd of onleesbaar"),
        (b"GIF89a not a pdf", "beschadigd of onleesbaar"),
    ],
)
def test_corrupt_pdf_raises_document_error_naming_the_document(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        redact_pdf(data, document="zaak-7/besluit.pdf")
    assert caught.value.document == "zaak-7/besluit.pdf"
    assert "zaak-7/besluit.pdf" in str(caught.value)
    assert message in str(caught.value)


def test_encrypted_pdf_raises_document_error() -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "geheim")
    data = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")
    with pytest.raises(DocumentError, match="versleuteld"):
        extract_text(data, document="d")


def test_extract_text_and_page_count_read_every_page() -> None:
    source = make_pdf(["eerste pagina"], ["tweede pagina"], ["derde pagina"])
    pages = extract_text(source, document="d")
    assert [p.strip() for p in pages] == ["eerste pagina", "tweede pagina", "derde pagina"]
    assert page_count(source, document="d") == 3
