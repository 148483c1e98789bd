"""Speed of lakken: `python -m benchmarks.redaction [--documents N]`.

Detection in words/s (our detector, rules only and with deduce) side by side with deduce alone;
redaction in pages/s (`redact_pdf`: detect, redact, strip, font fix, verify) side by side with
a bare PyMuPDF redact-and-save loop over the same values on the same PDFs; and the two ways to
close the font-subset leak (rebuild the subsets vs rasterise the page and OCR it back), per
page. Ratios are against the baseline measured in the same run. The last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import time

import pymupdf

from publicatie.convert import to_pdf
from publicatie.detect import detect_personal_data
from publicatie.evaluation.dataset import build_dataset
from publicatie.fonts import close_font_leak, rebuild_font_subsets
from publicatie.names import load_model
from publicatie.ocr import ocr_available
from publicatie.policy import DetectionPolicy
from publicatie.redact import redact_pdf


def _timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def _bare_loop(pdfs: list[bytes], values: list[list[str]]) -> None:
    for pdf, found in zip(pdfs, values, strict=True):
        doc = pymupdf.open(stream=pdf, filetype="pdf")
        for page in doc:
            for value in found:
                for rect in page.search_for(value):
                    page.add_redact_annot(rect, fill=(0, 0, 0))
            page.apply_redactions()
        doc.tobytes(garbage=4, deflate=True)


def _embedded_font_pdf(text: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("cour").buffer)
    y = 72
    for line in text.splitlines():
        page.insert_text((72, y), line[:80], fontname="F0", fontsize=10)
        y += 14
    doc.subset_fonts()
    return doc.tobytes(garbage=4, deflate=True)


def _font_fix_rebuild(pdf: bytes, value: str) -> None:
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    for rect in doc[0].search_for(value):
        doc[0].add_redact_annot(rect, fill=(0, 0, 0))
    doc[0].apply_redactions()
    rebuild_font_subsets(doc)
    close_font_leak(doc.tobytes(garbage=4, deflate=True))


def _font_fix_rasterise(pdf: bytes, value: str) -> None:
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    for rect in doc[0].search_for(value):
        doc[0].add_redact_annot(rect, fill=(0, 0, 0))
    doc[0].apply_redactions()
    pixmap = doc[0].get_pixmap(dpi=200)
    out = pymupdf.open()
    page = out.new_page(width=doc[0].rect.width, height=doc[0].rect.height)
    page.insert_image(page.rect, pixmap=pixmap)
    if ocr_available():  # give the page its text layer back, as the alternative would
        ocr = pymupdf.open("pdf", pixmap.pdfocr_tobytes(language="nld"))
        ocr.tobytes()
    out.tobytes(garbage=4, deflate=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=40)
    args = parser.parse_args()
    examples = build_dataset(args.documents)
    texts = [e.text for e in examples]
    words = sum(len(t.split()) for t in texts)

    rules = DetectionPolicy()
    with_model = DetectionPolicy(use_model=True)
    load = _timed(load_model)
    model = load_model()
    t_rules = _timed(lambda: [detect_personal_data(t, policy=rules) for t in texts])
    t_model = _timed(lambda: [detect_personal_data(t, policy=with_model) for t in texts])
    t_deduce = _timed(lambda: [model.deidentify(t) for t in texts])

    pdfs = [
        to_pdf(t.encode(), "x.txt", "text/plain", document=e.id)
        for t, e in zip(texts, examples, strict=True)
    ]
    pages = sum(pymupdf.open(stream=p, filetype="pdf").page_count for p in pdfs)
    values = [[s.text for s in detect_personal_data(t) if s.action == "redact"] for t in texts]
    t_redact = _timed(lambda: [redact_pdf(p, document="b", policy=rules) for p in pdfs])
    t_bare = _timed(lambda: _bare_loop(pdfs, values))

    sample = [
        (_embedded_font_pdf(e.text), e.spans[0].text if e.spans else "x") for e in examples[:10]
    ]
    t_rebuild = _timed(lambda: [_font_fix_rebuild(p, v) for p, v in sample])
    t_raster = _timed(lambda: [_font_fix_rasterise(p, v) for p, v in sample])

    figures = {
        "documents": len(texts),
        "words": words,
        "pages": pages,
        "deduce_load_s": round(load, 2),
        "detect_rules_words_per_s": round(words / t_rules),
        "detect_with_deduce_words_per_s": round(words / t_model),
        "deduce_alone_words_per_s": round(words / t_deduce),
        "ratio_rules_vs_deduce": round(t_deduce / t_rules, 2),
        "ratio_with_deduce_vs_deduce": round(t_deduce / t_model, 2),
        "redact_verify_pages_per_s": round(pages / t_redact, 2),
        "bare_pymupdf_pages_per_s": round(pages / t_bare, 2),
        "ratio_redact_vs_bare": round(t_bare / t_redact, 3),
        "font_fix_rebuild_ms_per_page": round(1000 * t_rebuild / len(sample), 1),
        "font_fix_rasterise_ocr_ms_per_page": round(1000 * t_raster / len(sample), 1),
    }
    print(f"{'meting':<40}{'waarde':>14}")
    for key, value in figures.items():
        print(f"{key:<40}{value:>14}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
