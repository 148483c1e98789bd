"""Tables aligned in columns: recognised in plain text, in PDFs we render from it, and in PDFs
whose columns only exist as positions on the page (one space apart in the text layer)."""

from __future__ import annotations

import pymupdf

from publicatie.convert import to_pdf
from publicatie.detect import detect_personal_data
from publicatie.patterns import find_table_cells
from publicatie.pdf_text import extract_text, layout_text, page_text
from publicatie.redact import redact_pdf

ROWS = [
    ("Nr", "Naam", "Geboortedatum", "Nationaliteit"),
    ("1", "Grzegorz Wiśniewski", "17-04-1983", "Pools"),
    ("2", "Ionela Dumitrescu", "25-02-1986", "Roemeens"),
]
TEXT = "Ingeschreven op het adres:\n\n" + "".join(
    f"{nr:<4}{name:<22}{dob:<15}{nationality}\n" for nr, name, dob, nationality in ROWS
)


def test_an_aligned_table_in_plain_text_has_columns_and_its_dates_of_birth_are_redacted() -> None:
    kinds = {TEXT[a:b]: kind for a, b, kind in find_table_cells(TEXT)}
    assert kinds["Grzegorz Wiśniewski"] == "name" and kinds["25-02-1986"] == "dob"
    redacted = {s.text for s in detect_personal_data(TEXT) if s.action == "redact"}
    assert {"17-04-1983", "25-02-1986", "Ionela Dumitrescu"} <= redacted


def test_our_text_to_pdf_keeps_the_columns_and_lakken_removes_the_cells() -> None:
    pdf = to_pdf(TEXT.encode(), "register.txt", "text/plain", document="register")
    text = "".join(extract_text(pdf, document="register"))
    assert "Grzegorz Wiśniewski   17-04-1983" in text  # the alignment survives rendering
    output, result = redact_pdf(pdf, document="register")
    assert result.verified, result
    read = " ".join(extract_text(output, document="register"))
    assert "17-04-1983" not in read and "Dumitrescu" not in read


# Eight rows: the last dates stand far from the word "Geboortedatum", so only the column says
# what they are.
LONG = [
    *ROWS,
    *[(str(n), f"Bewoner {n}", f"0{n}-0{n}-19{70 + n}", "Pools") for n in range(3, 9)],
]


def _positioned_pdf() -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 60), "Ingeschreven op het adres:", fontsize=10)
    for row, cells in enumerate(LONG):
        for x, cell in zip((72, 100, 250, 340), cells, strict=True):
            page.insert_text((x, 90 + 14 * row), cell, fontsize=10)
    return doc.tobytes()


def test_a_table_positioned_on_the_page_is_read_as_laid_out() -> None:
    pdf = _positioned_pdf()
    page = pymupdf.open(stream=pdf)[0]
    assert find_table_cells(page_text(page)) == []  # one space apart in the text layer
    assert find_table_cells(layout_text(page))
    output, result = redact_pdf(pdf, document="register")
    assert result.verified, result
    read = " ".join(extract_text(output, document="register"))
    assert "17-04-1983" not in read and "08-08-1978" not in read
    assert "Pools" in read
