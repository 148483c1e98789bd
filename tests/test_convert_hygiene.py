"""DOCX/ODT hygiene before LibreOffice: tracked deletions, comments, hidden text, metadata."""

from __future__ import annotations

import io
import zipfile

import docx
import pymupdf
import pytest

from publicatie.convert import office_to_pdf
from publicatie.office_clean import clean_docx, clean_odt
from woo.errors import DocumentError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = (
    f'<w:p xmlns:w="{W}"><w:r><w:t xml:space="preserve">Zichtbare tekst </w:t></w:r>'
    '<w:del w:id="1" w:author="Behandelaar" w:date="2024-01-01T00:00:00Z"><w:r>'
    "<w:delText>Jan Geheim woont aan de Geheimstraat 9</w:delText></w:r></w:del>"
    '<w:ins w:id="2" w:author="Behandelaar" w:date="2024-01-01T00:00:00Z"><w:r>'
    '<w:t xml:space="preserve">en ingevoegde tekst</w:t></w:r></w:ins>'
    '<w:commentRangeStart w:id="0"/><w:r><w:rPr><w:vanish/></w:rPr>'
    '<w:t>Verborgen notitie over Jan Geheim</w:t></w:r><w:commentRangeEnd w:id="0"/>'
    '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
)
COMMENTS = (
    f'<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="Behandelaar">'
    "<w:p><w:r><w:t>Commentaar: bel Jan Geheim terug</w:t></w:r></w:p></w:comment></w:comments>"
)


def _docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("placeholder")
    document.core_properties.author = "Jan Geheim"
    document.core_properties.title = "Notitie over Jan Geheim"
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode()
                start = text.index("<w:p>") if "<w:p>" in text else text.index("<w:p ")
                end = text.index("</w:p>") + len("</w:p>")
                data = (text[:start] + BODY + text[end:]).encode()
            target.writestr(info, data)
        target.writestr("word/comments.xml", COMMENTS)
    return out.getvalue()


def _all_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return " ".join(
            archive.read(n).decode("utf-8", "replace")
            for n in archive.namelist()
            if n.endswith(".xml")
        )


def test_fixture_holds_the_secret_in_deletion_comment_hidden_text_and_properties() -> None:
    xml = _all_xml(_docx())
    assert xml.count("Jan Geheim") >= 4


def test_cleaned_docx_keeps_accepted_text_and_drops_every_hidden_copy() -> None:
    cleaned = clean_docx(_docx(), document="d")
    xml = _all_xml(cleaned)
    assert "Jan Geheim" not in xml and "Geheimstraat" not in xml
    assert "Zichtbare tekst" in xml and "en ingevoegde tekst" in xml
    assert "w:del " not in xml and "w:ins " not in xml
    # still a valid Word document
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(cleaned)).paragraphs)
    assert "Zichtbare tekst en ingevoegde tekst" in text


def test_libreoffice_pdf_of_a_tracked_change_docx_shows_no_deleted_text() -> None:
    pdf = office_to_pdf(_docx(), "notitie.docx", document="d")
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        text = " ".join(page.get_text() for page in doc)
        metadata = " ".join(str(v) for v in doc.metadata.values())
    assert "Zichtbare tekst" in text and "ingevoegde tekst" in text
    assert "Geheim" not in text and "Geheim" not in metadata


def test_odt_tracked_changes_annotations_and_meta_are_removed() -> None:
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    content = (
        f'<office:document-content xmlns:office="{office}" xmlns:text="{text_ns}"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body><office:text>'
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
        "<text:p>Jan Geheim</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        '<text:p>Voor <text:change text:change-id="c1"/>na'
        "<office:annotation><text:p>notitie Jan Geheim</text:p></office:annotation></text:p>"
        "</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("meta.xml", "<office:document-meta>Jan Geheim</office:document-meta>")
    xml = _all_xml(clean_odt(buffer.getvalue(), document="d"))
    assert "Geheim" not in xml
    assert "Voor na" in xml or ("Voor" in xml and "na" in xml)


def test_broken_office_file_fails_with_a_document_error() -> None:
    with pytest.raises(DocumentError):
        clean_docx(b"geen zip", document="d")
