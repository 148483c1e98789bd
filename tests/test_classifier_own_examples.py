"""Training the text model with the organisation's own labelled documents: reading and checking
the examples, training, the cross-validation that measures the gain, loading the trained model
from the settings (fail closed when it is missing or foreign), `woo classifier train`, and the
examples the review queue produced in the ledger."""

from __future__ import annotations

import json
import random
from pathlib import Path

import joblib
import pytest
from typer.testing import CliRunner

from woo.errors import ConfigError
from woo_categorieen import own_training
from woo_categorieen.model import load_model, load_model_file, save
from woo_categorieen.own_training import (
    CrossValidation,
    cross_validate,
    read_examples,
    train_with_own,
)
from woo_categorieen.text_layer import MODEL_LAYER, ModelLayer, layer_for
from woo_categorieen.training.split import load_corpus, split

PLACES = ["Zierikzee", "Goes", "Veere", "Axel", "Hulst", "Tholen", "Sluis", "Borssele"]


def _inspection_report(number: int, rng: random.Random) -> str:
    """A genre the shipped model has never seen: this organisation files it under 015."""
    place = rng.choice(PLACES)
    return (
        f"Schouwrapport dijkvak {place}-{number}. Bij de najaarsschouw van het dijkvak zijn de "
        f"bekleding, de kruin en de teen van de dijk geïnspecteerd. Schade aan de "
        f"steenbekleding: {rng.randint(2, 40)} m2. Advies: herstel voor het stormseizoen. "
        "Schouwmeester en dijkwerker tekenden het rapport."
    )


def _own(count: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    return [
        own_training.example(
            {"id": f"schouw-{seed}-{n}", "label": "infocat015", "text": _inspection_report(n, rng)},
            {"infocat015"},
            "test",
        )
        for n in range(count)
    ]


@pytest.fixture(scope="module")
def small_corpus() -> list[dict]:
    """Every fifth training document of the shipped corpus: enough to learn the categories,
    small enough to train in seconds."""
    return split(load_corpus())[0][::5]


@pytest.fixture(scope="module")
def trained(small_corpus: list[dict]):
    return train_with_own(_own(30, seed=1), corpus=small_corpus)


def test_the_shipped_model_does_not_know_the_organisations_genre() -> None:
    docs = [{"title": "", "file_name": "", "text": e["text"]} for e in _own(5, seed=2)]
    tops = [scores[0].code for scores in MODEL_LAYER.score_many(docs, explain=False)]
    assert "infocat015" not in tops


def test_trained_with_own_examples_the_model_knows_it_on_new_documents(trained) -> None:
    docs = [{"title": "", "file_name": "", "text": e["text"]} for e in _own(5, seed=3)]
    tops = [scores[0].code for scores in ModelLayer(trained).score_many(docs, explain=False)]
    assert tops == ["infocat015"] * 5
    assert trained.info["own_examples"] == 30 and 0.3 <= trained.temperature <= 3.0


def test_cross_validation_measures_the_gain_on_unseen_own_documents(small_corpus) -> None:
    result = cross_validate(_own(30, seed=4), folds=3, corpus=small_corpus)
    assert isinstance(result, CrossValidation)
    assert result.documents == 30 and result.folds == 3
    assert result.shipped_top1 == 0.0  # the shipped model calls them all something else
    assert result.own_top1 >= 0.9
    assert "eigen documenten" in result.summary()


def test_too_few_examples_are_refused(small_corpus) -> None:
    with pytest.raises(ConfigError, match="te weinig eigen voorbeelden"):
        train_with_own(_own(5, seed=5), corpus=small_corpus)
    with pytest.raises(ConfigError, match="te weinig eigen voorbeelden"):
        cross_validate([], corpus=small_corpus)


def test_train_from_an_empty_ledger_says_there_is_too_little(tmp_path: Path) -> None:
    from woo.cli import app

    config = tmp_path / "woo.toml"
    config.write_text(f'data_dir = "{tmp_path}"\n')
    result = CliRunner().invoke(
        app, ["classifier", "train", "--from-ledger", "--config", str(config)]
    )
    assert result.exit_code == 2
    assert "te weinig eigen voorbeelden om op te trainen: 0" in result.output


@pytest.mark.parametrize(
    "line, message",
    [
        ("{niet json", "regel 2: geen geldige JSON"),
        ('{"id": "x", "label": "infocat099", "text": "' + "a" * 60 + '"}', "onbekend label"),
        ('{"id": "x", "label": "geen", "text": "kort"}', "korter dan 50 tekens"),
        ('["een", "lijst"]', "verwacht een object"),
    ],
)
def test_a_bad_example_line_is_named(tmp_path: Path, line: str, message: str) -> None:
    good = {"id": "a", "label": "geen", "text": "Interne notitie over de planning. " * 3}
    path = tmp_path / "voorbeelden.jsonl"
    path.write_text(json.dumps(good) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        read_examples(path)


def test_examples_are_read_with_their_group(tmp_path: Path) -> None:
    path = tmp_path / "voorbeelden.jsonl"
    rows = [
        {"id": "a", "label": "infocat012", "text": "Jaarverslag " * 10, "group": "serie-1"},
        {"id": "b", "label": "geen", "text": "Interne notitie " * 10},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    examples = read_examples(path)
    assert [(e["id"], e["label"], e["group"]) for e in examples] == [
        ("a", "infocat012", "eigen-serie-1"),
        ("b", "geen", "eigen-b"),
    ]


def test_the_configured_model_is_loaded_and_used(tmp_path: Path, trained) -> None:
    path = tmp_path / "tekstmodel-eigen.joblib"
    save(trained, path)
    assert layer_for(None) is MODEL_LAYER
    layer = layer_for(path)
    text = _inspection_report(7, random.Random(9))
    assert layer.score(title="", text=text, file_name="")[0].code == "infocat015"
    assert load_model_file(path) is load_model_file(path)  # loaded once per process


def test_a_missing_or_foreign_model_file_fails_closed(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="bestaat niet"):
        load_model_file(tmp_path / "weg.joblib")
    foreign = tmp_path / "vreemd.joblib"
    joblib.dump({"iets": "anders"}, foreign)
    with pytest.raises(ConfigError, match="geen model van woo classifier train"):
        load_model_file(foreign)
    broken = tmp_path / "kapot.joblib"
    broken.write_bytes(b"geen joblib")
    with pytest.raises(ConfigError, match="niet te lezen"):
        load_model_file(broken)


def test_a_model_with_an_unknown_label_is_refused(tmp_path: Path) -> None:
    shipped = load_model()
    raw = {"pipeline": shipped.pipeline, "temperature": 1.0, "info": {}}
    original = shipped.pipeline.classes_.copy()
    try:
        shipped.pipeline.classes_[0] = "infocat099"
        path = tmp_path / "raar.joblib"
        joblib.dump(raw, path)
    finally:
        shipped.pipeline.classes_[:] = original
    with pytest.raises(ConfigError, match="onbekende labels: infocat099"):
        load_model_file(path)


def test_woo_classify_uses_the_configured_model(tmp_path: Path, trained) -> None:
    from woo.cli import app

    model = tmp_path / "eigen.joblib"
    save(trained, model)
    document = tmp_path / "schouw.txt"
    document.write_text(_inspection_report(3, random.Random(11)), encoding="utf-8")
    config = tmp_path / "woo.toml"
    config.write_text(f'data_dir = "{tmp_path}"\n[classification]\nmodel = "{model}"\n')
    result = CliRunner().invoke(app, ["classify", str(document), "--json", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["categories"][0]["code"] == "infocat015"
    config.write_text(f'data_dir = "{tmp_path}"\n[classification]\nmodel = "{tmp_path}/weg"\n')
    result = CliRunner().invoke(app, ["classify", str(document), "--json", "--config", str(config)])
    assert result.exit_code == 2 and "bestaat niet" in result.output


def test_woo_classifier_train_measures_saves_and_says_how_to_use_it(
    tmp_path: Path, small_corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    from woo.cli import app

    monkeypatch.setattr(own_training, "load_corpus", lambda: small_corpus)
    monkeypatch.setattr(own_training, "split", lambda corpus: (list(corpus), []))
    examples = tmp_path / "eigen.jsonl"
    rng = random.Random(12)
    examples.write_text(
        "\n".join(
            json.dumps({"id": f"s{n}", "label": "infocat015", "text": _inspection_report(n, rng)})
            for n in range(24)
        ),
        encoding="utf-8",
    )
    config = tmp_path / "woo.toml"
    config.write_text(f'data_dir = "{tmp_path}"\n')
    result = CliRunner().invoke(
        app,
        [
            "classifier",
            "train",
            "--examples",
            str(examples),
            "--folds",
            "2",
            "--config",
            str(config),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "24 eigen voorbeelden" in result.output
    assert "kruisvalidatie" in result.output and "[classification]" in result.output
    saved = tmp_path / "tekstmodel-eigen.joblib"
    assert load_model_file(saved).info["own_examples"] == 24


def test_woo_classifier_train_needs_examples(tmp_path: Path) -> None:
    from woo.cli import app

    config = tmp_path / "woo.toml"
    config.write_text(f'data_dir = "{tmp_path}"\n')
    result = CliRunner().invoke(app, ["classifier", "train", "--config", str(config)])
    assert result.exit_code == 2 and "--examples" in result.output


def test_the_ledger_gives_the_documents_a_reviewer_categorised(ledger, tmp_path: Path) -> None:
    from ledger.models import ClassificationRecord, Document, record_classification
    from ledger.states import Status
    from publicatie.convert import to_pdf
    from publicatie.storage import LocalStorage
    from woo.context import work_key
    from woo.own_examples import examples_from_ledger

    private = LocalStorage(tmp_path / "private")
    text = _inspection_report(1, random.Random(13))
    pdf = to_pdf(text.encode(), "schouw.txt", "text/plain", document="schouw")
    with ledger.session() as session:
        documents = [
            Document(source="map", source_id=f"d{n}.txt", status=Status.QUEUED, version=1)
            for n in range(3)
        ]
        session.add_all(documents)
        session.flush()
        for document, method in zip(documents, ("reviewer", "text", "reviewer"), strict=True):
            record_classification(
                document,
                ClassificationRecord(
                    document_id=document.id,
                    version=1,
                    categories=[{"code": "infocat015", "uri": "", "label": "", "confidence": 1}],
                    confidence=1.0,
                    method=method,
                    needs_review=False,
                ),
            )
        # the first has its rendered PDF, the third lost it: skipped, not guessed
        private.put(work_key(documents[0], "document.pdf"), pdf, "application/pdf")
        first = documents[0].public_id
    examples, skipped = examples_from_ledger(ledger, private)
    assert [(e["id"], e["label"]) for e in examples] == [(first, "infocat015")]
    assert "Schouwrapport dijkvak" in examples[0]["text"]
    assert examples[0]["group"].startswith("eigen-map:")
    assert skipped == 1


def test_a_missing_model_stops_the_classify_stage_and_strands_no_document(tmp_path: Path) -> None:
    from ledger.models import Document
    from ledger.states import Status
    from woo.context import open_context
    from woo.settings import Settings
    from woo.stages import classify_batch

    settings = Settings(data_dir=tmp_path, classification={"model": tmp_path / "weg.joblib"})
    ctx = open_context(settings)
    try:
        with ctx.ledger.session() as session:
            document = Document(source="map", source_id="a.txt", status=Status.HARVESTED)
            session.add(document)
            session.flush()
            document_id = document.id
        with pytest.raises(ConfigError, match="bestaat niet"):
            classify_batch(ctx, [document_id])
        with ctx.ledger.session() as session:
            assert session.get(Document, document_id).status == Status.HARVESTED
    finally:
        ctx.close()
