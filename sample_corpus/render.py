"""Write a Doc as PDF (PyMuPDF, Base-14 fonts) or DOCX (python-docx), byte-reproducibly.

PDF: fixed metadata dates and no random file id. DOCX: fixed core properties and a zip rewritten
with fixed entry timestamps. Lines are wrapped here, never inside a planted value, so every
planted value survives text extraction in one piece.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import docx
import pymupdf
from docx.shared import Pt

from sample_corpus.document import Doc

ORGANISATION = "gemeente Pijnacker-Nootdorp"
PAGE_W, PAGE_H = pymupdf.paper_size("a4")
LEFT, RIGHT, TOP, BOTTOM = 72.0, 72.0, 80.0, 72.0
WIDTH = PAGE_W - LEFT - RIGHT
STYLES = {  # kind: (font, size, line height, space after)
    "title": ("hebo", 15.0, 19.0, 10.0),
    "heading": ("hebo", 11.5, 15.0, 3.0),
    "para": ("helv", 10.0, 13.5, 6.0),
    "line": ("helv", 10.0, 13.5, 0.0),
    "small": ("helv", 8.0, 11.0, 4.0),
}
LABEL_W = 120.0
_GLUE = "\x00"
ZIP_DATE = (2024, 1, 1, 0, 0, 0)


def _glue(text: str, protected: list[str]) -> str:
    for value in sorted(set(protected), key=lambda item: (-len(item), item)):
        if " " in value and value in text:
            text = text.replace(value, value.replace(" ", _GLUE))
    return text


def wrap(text: str, font: str, size: float, width: float, protected: list[str]) -> list[str]:
    """Greedy word wrap that never breaks inside a protected value."""
    lines: list[str] = []
    current = ""
    for word in _glue(text, protected).split(" "):
        candidate = f"{current} {word}" if current else word
        shown = candidate.replace(_GLUE, " ")
        if current and pymupdf.get_text_length(shown, fontname=font, fontsize=size) > width:
            lines.append(current.replace(_GLUE, " "))
            current = word
        else:
            current = candidate
    lines.append(current.replace(_GLUE, " "))
    return lines


class _PdfWriter:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.pdf = pymupdf.open()
        self.page: pymupdf.Page | None = None
        self.y = 0.0

    def new_page(self) -> None:
        self.page = self.pdf.new_page(width=PAGE_W, height=PAGE_H)
        self.page.insert_text((LEFT, 40), ORGANISATION, fontname="hebo", fontsize=9)
        self.page.draw_line((LEFT, 48), (PAGE_W - RIGHT, 48), color=(0.1, 0.35, 0.6), width=0.8)
        self.y = TOP

    def room(self, height: float) -> None:
        if self.page is None or self.y + height > PAGE_H - BOTTOM:
            self.new_page()

    def line(self, x: float, text: str, font: str, size: float, height: float) -> None:
        self.room(height)
        assert self.page is not None
        self.page.insert_text((x, self.y + size), text, fontname=font, fontsize=size)
        self.y += height

    def text_block(self, kind: str, text: str) -> None:
        font, size, height, after = STYLES[kind]
        if kind in ("title", "heading"):
            self.room(height * 3)  # keep a heading with what follows
        for line in wrap(text, font, size, WIDTH, self.doc.protected):
            self.line(LEFT, line, font, size, height)
        self.y += after

    def table(self, rows: list[tuple[str, ...]]) -> None:
        font, size, height, after = STYLES["para"]
        for row in rows:
            label, *rest = row
            value_lines = wrap(" | ".join(rest), font, size, WIDTH - LABEL_W, self.doc.protected)
            self.room(height * len(value_lines))
            assert self.page is not None
            self.page.insert_text((LEFT, self.y + size), label, fontname="hebo", fontsize=size)
            for line in value_lines:
                self.line(LEFT + LABEL_W, line, font, size, height)
        self.y += after

    def render(self) -> bytes:
        self.new_page()
        for block in self.doc.blocks:
            if block.kind == "page":
                self.new_page()
            elif block.kind == "gap":
                self.y += STYLES["para"][3]
            elif block.kind == "table":
                self.table(block.rows)
            else:
                self.text_block(block.kind, block.text)
        total = self.pdf.page_count
        for number, page in enumerate(self.pdf, start=1):
            page.insert_text(
                (LEFT, PAGE_H - 40), f"pagina {number} van {total}", fontname="helv", fontsize=8
            )
        stamp = "D:" + self.doc.creatiedatum.replace("-", "") + "090000+01'00'"
        self.pdf.set_metadata(
            {
                "title": self.doc.titel,
                "author": ORGANISATION,
                "subject": self.doc.documentsoort,
                "creator": "sample_corpus",
                "producer": "sample_corpus",
                "creationDate": stamp,
                "modDate": stamp,
            }
        )
        return self.pdf.tobytes(garbage=4, deflate=True, no_new_id=True)


def render_pdf(doc: Doc) -> bytes:
    return _PdfWriter(doc).render()


def render_docx(doc: Doc) -> bytes:
    document = docx.Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)
    header = document.sections[0].header.paragraphs[0]
    header.text = ORGANISATION
    for block in doc.blocks:
        if block.kind == "title":
            document.add_heading(block.text, level=1)
        elif block.kind == "heading":
            document.add_heading(block.text, level=2)
        elif block.kind == "page":
            document.add_page_break()
        elif block.kind == "gap":
            continue
        elif block.kind == "table":
            table = document.add_table(rows=0, cols=2)
            for label, *rest in block.rows:
                cells = table.add_row().cells
                cells[0].text = label
                cells[1].text = " | ".join(rest)
        else:
            paragraph = document.add_paragraph(block.text)
            if block.kind == "small":
                paragraph.runs[0].font.size = Pt(8)
            elif block.kind == "line":
                paragraph.paragraph_format.space_after = Pt(0)
    created = datetime.fromisoformat(doc.creatiedatum + "T09:00:00")
    props = document.core_properties
    props.author = ORGANISATION
    props.last_modified_by = ORGANISATION
    props.title = doc.titel
    props.subject = doc.documentsoort
    props.created = created
    props.modified = created
    props.last_printed = created
    props.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    return _stable_zip(raw.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps and attributes, so equal content gives equal bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def extract_text(file_name: str, content: bytes) -> str:
    """Plain text of a generated PDF or DOCX (paragraphs and table cells)."""
    if file_name.endswith(".pdf"):
        with pymupdf.open(stream=content, filetype="pdf") as pdf:
            return "\n".join(page.get_text() for page in pdf)
    document = docx.Document(io.BytesIO(content))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)
