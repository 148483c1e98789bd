"""The evaluation on real documents: the manifest that is shipped and the runner around it.

The texts of the real documents are third-party web pages and are not in the repository (see
`woo_categorieen/training/PROVENANCE.md`), so CI checks the manifest and runs the evaluation on a
few short texts written here; the measured figures are in `woo_categorieen/EVALUATION.md`.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from woo.errors import ConfigError
from woo_categorieen.evaluate_external import (
    SETS,
    load_examples,
    main,
    manifest_path,
    read_manifest,
    run,
)
from woo_categorieen.model import NONE_LABEL

TEXTS = {
    "a": (
        "infocat001",
        "De raad van de gemeente Voorbeeld; gelet op artikel 149 van de Gemeentewet; besluit vast "
        "te stellen de Verordening marktgelden. Artikel 1 Begripsomschrijvingen.",
    ),
    "b": (
        "infocat009",
        "Openbare besluitenlijst van de vergadering van burgemeester en wethouders. "
        "1. Collegeadvies sporthal. Besluit: conform advies.",
    ),
    "c": (
        NONE_LABEL,
        "Hoi Sanne, kun je de planning voor het teamuitje nog even rondsturen? Groet, Bram",
    ),
}


def _folder(tmp_path: Path, ids: tuple[str, ...] = ("a", "b", "c")) -> Path:
    with (tmp_path / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "url", "label", "title"])
        for key, (label, _) in TEXTS.items():
            writer.writerow([key, f"https://example.org/{key}", label, f"Titel {label}"])
    for key in ids:
        (tmp_path / f"{key}.txt").write_text(TEXTS[key][1], encoding="utf-8")
    return tmp_path


def test_the_shipped_manifest_lists_urls_and_hand_labels_but_no_text() -> None:
    rows = read_manifest(manifest_path())
    assert len(rows) >= 90
    assert {row.set for row in rows} == set(SETS)
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    with manifest_path().open(encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == ["id", "set", "label", "url", "title"]
    design = Counter(row.label for row in rows if row.set == "ontwerp")
    assert sum(design.values()) == 72
    assert design[NONE_LABEL] >= 5
    assert len(design) >= 15  # 14 categories and "geen"


def test_the_runner_classifies_text_only_and_reports_recall_and_errors(tmp_path: Path) -> None:
    report = run(_folder(tmp_path))
    assert report.figures.documents == 3
    assert report.support == {NONE_LABEL: 1, "infocat001": 1, "infocat009": 1}
    assert report.missing == 0
    assert set(report.recall) <= set(report.figures.confusion_labels)
    assert 0.0 <= report.figures.review_rate <= 1.0
    wrong = {doc_id for doc_id, _, _ in report.errors}
    assert wrong <= {"a", "b", "c"}


def test_titles_from_the_labels_file_are_never_shown_to_the_classifier(tmp_path: Path) -> None:
    examples, _ = load_examples(_folder(tmp_path))
    assert [e["title"] for e in examples] == ["", "", ""]
    assert [e["file_name"] for e in examples] == ["", "", ""]


def test_missing_texts_are_counted_not_guessed(tmp_path: Path) -> None:
    report = run(_folder(tmp_path, ids=("a", "b")))
    assert report.figures.documents == 2
    assert report.missing == 1


def test_a_part_of_the_manifest_can_be_selected(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "labels.csv").write_text(
        "id,set,label,url,title\n"
        "a,ontwerp,infocat001,https://example.org/a,A\n"
        "c,toets,geen,https://example.org/c,C\n",
        encoding="utf-8",
    )
    examples, _ = load_examples(folder, part="toets")
    assert [e["id"] for e in examples] == ["c"]
    assert len(load_examples(folder)[0]) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,url,label,title\na,u,infocat099,t\n", "infocat099"),
        ("id,url,label,title\na,u,geen,t\na,u,geen,t\n", "dubbel"),
        ("id,label\na,geen\n", "kolommen ontbreken"),
    ],
)
def test_a_broken_labels_file_is_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "labels.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        read_manifest(path)


def test_the_command_prints_the_figures_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main([str(_folder(tmp_path))])
    out = capsys.readouterr().out
    assert "echte documenten, alleen tekst, tekstmodel (3 documenten)" in out
    assert "per categorie (aantal, recall)" in out
