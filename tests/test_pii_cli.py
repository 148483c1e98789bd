"""The `woo pii` and `woo redact` command-line contract."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
from typer.testing import CliRunner

from woo.cli import app

runner = CliRunner()
TEXT = "Geachte heer Jansen,\nUw BSN is 123456782. Wethouder L. de Wilde tekent.\n"


def _invoke(*args: str):
    return runner.invoke(app, [*args, "--no-model"])


def test_pii_json_on_a_text_file_gives_character_offsets(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = _invoke("pii", str(path), "--json")
    assert result.exit_code == 0, result.output
    spans = json.loads(result.stdout)["spans"]
    for span in spans:
        assert {"start", "end", "text", "type", "ground", "action", "reason"} <= span.keys()
        assert TEXT[span["start"] : span["end"]] == span["text"]
    assert [(s["text"], s["action"]) for s in spans] == [
        ("Jansen", "redact"),
        ("123456782", "redact"),
        ("L. de Wilde", "keep"),
    ]


def test_pii_json_on_a_pdf_adds_page_and_box(tmp_path: Path) -> None:
    doc = pymupdf.open()
    doc.new_page()
    doc.new_page().insert_text((72, 72), "BSN 123456782")
    path = tmp_path / "brief.pdf"
    path.write_bytes(doc.tobytes())
    spans = json.loads(_invoke("pii", str(path), "--json").stdout)["spans"]
    assert len(spans) == 1
    assert spans[0]["page"] == 2 and len(spans[0]["bbox"]) == 4
    assert spans[0]["start"] > 0  # offset into the text of both pages


def test_pii_batch_prints_one_line_per_input_in_order(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [{"id": "a", "text": "Mevrouw K. Bos belde."}, {"id": 7, "text": "Niets."}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    result = _invoke("pii", "--batch", str(path))
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 7]
    assert out[0]["spans"][0]["text"] == "K. Bos" and out[1]["spans"] == []


def test_redact_writes_the_pdf_and_prints_the_plan_and_accepts_a_plan(tmp_path: Path) -> None:
    source = tmp_path / "brief.txt"
    source.write_text(TEXT, encoding="utf-8")
    target = tmp_path / "uit.pdf"
    result = _invoke("redact", str(source), str(target))
    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)
    assert plan["verified"] is True
    text = pymupdf.open(target)[0].get_text()
    assert "123456782" not in text and "Jansen" not in text and "L. de Wilde" in text

    # a reviewer keeps "Jansen" and redacts the wethouder: exactly that plan is applied
    for span in plan["spans"]:
        span["action"] = "keep" if span["text"] == "Jansen" else "redact"
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(json.dumps({"spans": plan["spans"]}), encoding="utf-8")
    again = _invoke("redact", str(source), str(target), "--plan", str(plan_path))
    assert again.exit_code == 0, again.output
    text = pymupdf.open(target)[0].get_text()
    assert "Jansen" in text and "L. de Wilde" not in text and "123456782" not in text


def test_missing_file_is_a_clear_dutch_error() -> None:
    result = _invoke("pii", "/bestaat/niet.txt")
    assert result.exit_code == 2
    assert "bestaat niet" in result.output
