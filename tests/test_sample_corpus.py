"""The bundled sample corpus: reproducible, realistic, and its planted data is really there."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import docx
import pymupdf
import pytest
from stdnum import iban
from stdnum.nl import bsn

from connectors.folder import FolderConnector
from sample_corpus import CORPUS_DIR, CORPUS_EXCLUDE, OFFICE_HOLDER_NAMES, load_planted
from sample_corpus.generate import generate
from woo.settings import SourceConfig

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
DOCUMENT_SUFFIXES = (".pdf", ".docx")
IDENTIFIER_TYPES = {"bsn", "iban", "email", "phone"}


def files_in(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def document_text(path: Path) -> str:
    """Text as a downstream stage would read it: PyMuPDF for PDF, python-docx for DOCX."""
    if path.suffix == ".pdf":
        with pymupdf.open(path) as pdf:
            return "\n".join(page.get_text() for page in pdf)
    document = docx.Document(io.BytesIO(path.read_bytes()))
    parts = [paragraph.text for paragraph in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate(out)
    return out


@pytest.fixture(scope="module")
def planted() -> dict[str, dict]:
    return load_planted()


@pytest.fixture(scope="module")
def texts(planted: dict[str, dict]) -> dict[str, str]:
    return {name: document_text(CORPUS_DIR / name) for name in planted}


@pytest.fixture(scope="module")
def documents() -> list[Path]:
    return sorted(p for p in CORPUS_DIR.iterdir() if p.suffix in DOCUMENT_SUFFIXES)


def test_generator_is_reproducible_across_processes(fresh: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run(
        [sys.executable, "-m", "sample_corpus.generate", "--out", str(tmp_path)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    first, second = files_in(fresh), files_in(tmp_path)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_committed_corpus_equals_fresh_generation(fresh: Path) -> None:
    committed, generated = files_in(CORPUS_DIR), files_in(fresh)
    assert sorted(committed) == sorted(generated)
    stale = [name for name in generated if committed[name] != generated[name]]
    assert stale == [], "run `python -m sample_corpus.generate` and commit the result"


def test_at_least_30_documents_in_pdf_and_docx(documents: list[Path]) -> None:
    assert len(documents) >= 30
    assert sum(p.suffix == ".pdf" for p in documents) >= 6
    assert sum(p.suffix == ".docx" for p in documents) >= 6


def test_some_pdfs_have_several_pages(documents: list[Path]) -> None:
    pages = []
    for path in documents:
        if path.suffix == ".pdf":
            with pymupdf.open(path) as pdf:
                pages.append(pdf.page_count)
    assert sum(count > 1 for count in pages) >= 3


def test_total_size_under_3_mb() -> None:
    assert sum(len(content) for content in files_in(CORPUS_DIR).values()) < 3 * 1024 * 1024


def test_planted_manifest_covers_exactly_the_documents(
    planted: dict[str, dict], documents: list[Path]
) -> None:
    assert sorted(planted) == [p.name for p in documents]


def test_covers_at_least_10_known_categories_and_two_unclassifiable(
    planted: dict[str, dict],
) -> None:
    with (SHARED / "standards" / "tooi" / "informatiecategorieen.csv").open(encoding="utf-8") as f:
        known = {row["sitemapindex_code"] for row in csv.DictReader(f) if row["sitemapindex_code"]}
    expected = [entry["expected_category"] for entry in planted.values()]
    categories = {code for code in expected if code is not None}
    assert categories <= known
    assert len(categories) >= 10
    assert expected.count(None) >= 2


def test_unclassifiable_documents_have_no_informatieobjecttype(planted: dict[str, dict]) -> None:
    for name, entry in planted.items():
        if entry["expected_category"] is None:
            sidecar = json.loads((CORPUS_DIR / f"{name}.meta.json").read_text(encoding="utf-8"))
            assert "informatieobjecttype" not in sidecar, name


def test_every_document_has_a_complete_sidecar(documents: list[Path]) -> None:
    with_type = 0
    for path in documents:
        sidecar = json.loads(path.with_name(path.name + ".meta.json").read_text(encoding="utf-8"))
        assert set(sidecar) <= {"titel", "documentsoort", "creatiedatum", "informatieobjecttype"}
        assert sidecar["titel"] and sidecar["documentsoort"], path.name
        date.fromisoformat(sidecar["creatiedatum"])
        with_type += "informatieobjecttype" in sidecar
    assert 0.3 <= with_type / len(documents) <= 0.7


def test_sidecars_hold_no_personal_data(planted: dict[str, dict]) -> None:
    for name, entry in planted.items():
        sidecar = (CORPUS_DIR / f"{name}.meta.json").read_text(encoding="utf-8")
        personal = [item["value"] for item in entry["identifiers"]] + entry["citizen_names"]
        personal += [address["straat"] for address in entry["addresses"]]
        assert [value for value in personal if value in sidecar] == [], name


def test_planted_identifiers_have_known_types_and_every_type_occurs(
    planted: dict[str, dict],
) -> None:
    types = [item["type"] for entry in planted.values() for item in entry["identifiers"]]
    assert set(types) == IDENTIFIER_TYPES


def test_every_planted_bsn_passes_the_11_proef(planted: dict[str, dict]) -> None:
    values = [i["value"] for e in planted.values() for i in e["identifiers"] if i["type"] == "bsn"]
    assert values
    assert [value for value in values if not bsn.is_valid(value)] == []


def test_every_planted_iban_passes_mod_97(planted: dict[str, dict]) -> None:
    values = [i["value"] for e in planted.values() for i in e["identifiers"] if i["type"] == "iban"]
    assert values
    assert all(value.startswith("NL") for value in values)
    assert [value for value in values if not iban.is_valid(value)] == []


def test_phone_numbers_use_several_notations(planted: dict[str, dict]) -> None:
    phones = [
        i["value"] for e in planted.values() for i in e["identifiers"] if i["type"] == "phone"
    ]
    notations = {
        "06-12345678": r"06-\d{8}",
        "+31 6 1234 5678": r"\+31 6 \d{4} \d{4}",
        "015 - 123 45 67": r"015 - \d{3} \d{2} \d{2}",
    }
    for example, pattern in notations.items():
        assert any(re.fullmatch(pattern, phone) for phone in phones), example


def test_every_planted_value_occurs_in_the_document_text(
    planted: dict[str, dict], texts: dict[str, str]
) -> None:
    missing = []
    for name, entry in planted.items():
        values = [item["value"] for item in entry["identifiers"]]
        values += entry["office_holders"] + entry["citizen_names"] + entry["civil_servant_names"]
        values += [part for a in entry["addresses"] for part in (a["straat"], a["postcode"])]
        missing += [(name, value) for value in values if value not in texts[name]]
    assert missing == []


def test_personal_data_is_planted_in_many_documents(planted: dict[str, dict]) -> None:
    with_identifiers = [name for name, entry in planted.items() if entry["identifiers"]]
    with_names = [name for name, entry in planted.items() if entry["citizen_names"]]
    assert len(with_identifiers) >= 10
    assert len(with_names) >= 10


def test_office_holders_appear_in_their_role(texts: dict[str, str]) -> None:
    corpus = "\n".join(texts.values())
    for role in ("burgemeester", "wethouder", "griffier", "gemeentesecretaris"):
        pattern = rf"{role} ({'|'.join(re.escape(n) for n in OFFICE_HOLDER_NAMES)})"
        assert re.search(pattern, corpus), role


def test_municipal_contact_data_appears_and_is_not_planted(
    planted: dict[str, dict], texts: dict[str, str]
) -> None:
    corpus = "\n".join(texts.values())
    assert "14 015" in corpus
    assert "info@pijnacker-nootdorp.nl" in corpus
    values = {item["value"] for entry in planted.values() for item in entry["identifiers"]}
    assert not values & {"14 015", "info@pijnacker-nootdorp.nl"}


def test_pdf_metadata_dates_are_fixed_to_the_creation_date(documents: list[Path]) -> None:
    for path in documents:
        if path.suffix != ".pdf":
            continue
        sidecar = json.loads(path.with_name(path.name + ".meta.json").read_text(encoding="utf-8"))
        with pymupdf.open(path) as pdf:
            stamp = "D:" + sidecar["creatiedatum"].replace("-", "")
            assert pdf.metadata["creationDate"].startswith(stamp), path.name
            assert pdf.metadata["modDate"].startswith(stamp), path.name


def test_folder_connector_harvests_the_corpus_without_the_manifest(
    documents: list[Path],
) -> None:
    config = SourceConfig(name="voorbeeld", options={"path": str(CORPUS_DIR)})
    connector = FolderConnector(
        config.model_copy(update={"options": {**config.options, "exclude": CORPUS_EXCLUDE}})
    )
    refs = [ref for page in connector.list_changes(None) for ref in page]
    assert [ref.source_id for ref in refs] == [p.name for p in documents]
    fetched = connector.fetch(refs[0])
    assert fetched.metadata["titel"]
