"""`woo classify FILE [--metadata] --json` and `woo classify --batch IN.jsonl`: the contract."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pymupdf
import pytest
from typer.testing import CliRunner

from woo.cli import app

runner = CliRunner()
KEYS = {"categories", "needs_review", "reason"}
ENTRY_KEYS = {"uri", "code", "label", "confidence"}
BESLUITENLIJST = (
    "Openbare besluitenlijst van de vergadering van burgemeester en wethouders op 5 maart 2024.\n"
    "1. Collegeadvies herinrichting Dorpsstraat. Besluit: conform advies."
)
MEMO = "Hoi Sanne, kun je even naar de planning kijken? Ik bel je donderdag. Groet, Bram"


@pytest.fixture(autouse=True)
def _no_local_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no ./woo.toml: embedded defaults


def _json(result) -> dict:  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _check_contract(data: dict) -> None:
    assert set(data) == KEYS
    assert isinstance(data["needs_review"], bool) and isinstance(data["reason"], str)
    for entry in data["categories"]:
        assert set(entry) == ENTRY_KEYS
        assert 0.0 <= entry["confidence"] <= 1.0


def test_a_text_file_prints_one_json_object_with_the_category(tmp_path: Path) -> None:
    path = tmp_path / "besluitenlijst-bw-2024-03-05.txt"
    path.write_text(BESLUITENLIJST, encoding="utf-8")
    data = _json(runner.invoke(app, ["classify", str(path), "--json"]))
    _check_contract(data)
    top = data["categories"][0]
    assert top["code"] == "infocat009"
    assert top["uri"] == "https://identifier.overheid.nl/tooi/def/thes/kern/c_3a248e3a"
    assert data["needs_review"] is False
    assert "tekstmodel" in data["reason"]


def test_a_pdf_is_read_page_by_page(tmp_path: Path) -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 72), "Klachtoordeel", fontsize=14)
    page.insert_text((72, 100), "Wij vinden uw klacht gegrond. U kunt naar de Nationale ombudsman.")
    path = tmp_path / "klachtoordeel-2024-k012.pdf"
    path.write_bytes(pdf.tobytes())
    data = _json(runner.invoke(app, ["classify", str(path), "--json"]))
    _check_contract(data)
    assert data["categories"][0]["code"] == "infocat017"


def test_a_docx_is_read_with_its_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Convenant duurzame warmte", level=1)
    document.add_paragraph("Partijen: de gemeente en de woningcorporatie. Partijen komen overeen:")
    path = tmp_path / "convenant-warmte.docx"
    document.save(str(path))
    data = _json(runner.invoke(app, ["classify", str(path), "--json"]))
    assert data["categories"][0]["code"] == "infocat011"


def test_metadata_with_a_configured_mapping_decides_and_is_named_in_the_reason(
    tmp_path: Path,
) -> None:
    (tmp_path / "woo.toml").write_text(
        '[[category_mapping]]\nfield = "informatieobjecttype"\n'
        'value = "Besluit omgevingsvergunning"\ncategory = "infocat016"\n',
        encoding="utf-8",
    )
    path = tmp_path / "stuk.txt"
    path.write_text(MEMO, encoding="utf-8")
    meta = tmp_path / "meta.json"
    meta.write_text(json.dumps({"informatieobjecttype": "Besluit omgevingsvergunning"}))
    data = _json(runner.invoke(app, ["classify", str(path), "--metadata", str(meta), "--json"]))
    _check_contract(data)
    assert [c["code"] for c in data["categories"]] == ["infocat016"]
    assert data["categories"][0]["confidence"] == 0.98
    assert data["reason"] == "informatieobjecttype 'Besluit omgevingsvergunning' → beschikkingen"


def test_an_internal_note_is_none_of_the_above_and_needs_review(tmp_path: Path) -> None:
    path = tmp_path / "aantekeningen.txt"
    path.write_text(MEMO, encoding="utf-8")
    data = _json(runner.invoke(app, ["classify", str(path), "--json"]))
    _check_contract(data)
    top = data["categories"][0]
    assert (top["code"], top["uri"], top["label"]) == ("geen", "", "geen van de categorieën")
    assert top["confidence"] > 0.5
    assert data["needs_review"] is True


def test_without_json_the_answer_is_readable_dutch(tmp_path: Path) -> None:
    path = tmp_path / "besluitenlijst.txt"
    path.write_text(BESLUITENLIJST, encoding="utf-8")
    result = runner.invoke(app, ["classify", str(path)])
    assert result.exit_code == 0
    assert "infocat009" in result.stdout and "zeker: tekstmodel" in result.stdout


def test_batch_prints_one_line_per_input_in_order_and_fails_closed_on_bad_lines(
    tmp_path: Path,
) -> None:
    lines = [
        json.dumps({"id": "a", "text": BESLUITENLIJST, "metadata": {"titel": "Besluitenlijst"}}),
        "dit is geen json",
        json.dumps({"id": "c", "text": MEMO, "metadata": {}}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["classify", "--batch", str(path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 2, "c"]
    for item in out:
        assert set(item) == KEYS | {"id"}
    assert out[0]["categories"][0]["code"] == "infocat009"
    assert out[1]["needs_review"] and out[1]["reason"].startswith("ongeldige invoer op regel 2")
    assert out[2]["categories"][0]["code"] == "geen" and out[2]["needs_review"]


@pytest.mark.parametrize("args", [["classify"], ["classify", "x.txt", "--batch", "in.jsonl"]])
def test_exactly_one_of_file_or_batch_is_required(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "precies één van" in result.output


def test_an_unsupported_file_type_is_refused_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "plaatje.png"
    path.write_bytes(b"\x89PNG")
    result = runner.invoke(app, ["classify", str(path), "--json"])
    assert result.exit_code == 2
    assert "wordt niet ondersteund" in result.output
