"""The trained text model: default text layer, none of the above, batch scoring, shipping."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from woo.settings import CategoryMappingRule
from woo_categorieen import NO_CATEGORY_REASON, classify
from woo_categorieen.classifier import CUE_LAYER, classify_outcome
from woo_categorieen.model import MODEL_FILE, load_model
from woo_categorieen.text_layer import MAX_CONFIDENCE, MODEL_LAYER
from woo_categorieen.training import generate
from woo_categorieen.training.split import load_corpus, split

MEMO = (
    "Hoi Sanne, kun je even kijken naar de planning voor volgende week? Ik heb de offerte nog "
    "niet binnen. Zullen we donderdag bellen? Groet, Bram"
)


def test_the_trained_model_is_the_default_text_layer_and_names_its_words() -> None:
    result = classify(
        title="Besluitenlijst collegevergadering 5 maart 2024",
        text="Aanwezig: burgemeester en wethouders. 1. Collegeadvies sporthal. Besluit: conform.",
        file_name="besluitenlijst-bw-2024-03-05.pdf",
    )
    assert result.method == "text"
    assert result.top is not None and result.top.code == "infocat009"
    assert not result.needs_review
    assert result.reason.startswith("tekstmodel: woorden '")
    assert "besluitenlijst" in result.reason
    assert result.reason.endswith("→ agenda’s en besluitenlijsten bestuurscolleges")


def test_the_models_reason_also_names_the_cue_words_it_used() -> None:
    result = classify(title="Klachtoordeel 2024-K012", text="Wij vinden uw klacht gegrond.")
    assert result.top is not None and result.top.code == "infocat017"
    assert "signaalwoorden titel: 'klachtoordeel'" in result.reason


@pytest.mark.parametrize(
    ("title", "text", "code"),
    [
        (
            "Verordening afvalstoffenheffing 2025",
            "De raad van de gemeente Delft; besluit vast te stellen de volgende verordening:",
            "infocat001",
        ),
        (
            "Besluit omgevingsvergunning dakkapel",
            "Wij verlenen de omgevingsvergunning. Bezwaar kunt u binnen zes weken maken.",
            "infocat016",
        ),
        (
            "Raadsvoorstel krediet sporthal",
            "Beslispunten: 1. een krediet beschikbaar te stellen. Portefeuillehouder: wethouder.",
            "infocat008",
        ),
        (
            "Convenant Veilig Uitgaan 2025-2028",
            "Partijen komen het volgende overeen.",
            "infocat011",
        ),
    ],
)
def test_typical_documents_get_their_category_from_the_model(
    title: str, text: str, code: str
) -> None:
    result = classify(title=title, text=text)
    assert result.method == "text"
    assert result.top is not None and result.top.code == code


def test_an_internal_memo_is_none_of_the_above_with_a_confidence_and_goes_to_review() -> None:
    outcome = classify_outcome(title="Aantekeningen overleg", text=MEMO, file_name="memo.docx")
    result = outcome.classification
    assert outcome.none_confidence is not None and outcome.none_confidence > 0.7
    assert result.needs_review
    assert re.match(
        re.escape(NO_CATEGORY_REASON) + r", zekerheid [01],\d\d: tekstmodel", result.reason
    )
    assert "niet openbaar maken zonder beoordeling" in result.reason
    assert all(c.confidence < outcome.none_confidence for c in result.categories)


def test_none_of_the_above_needs_review_even_with_threshold_and_margin_zero() -> None:
    result = classify(title="Aantekeningen", text=MEMO, threshold=0.0, margin=0.0)
    assert result.needs_review


def test_a_mapping_hit_still_wins_over_the_model() -> None:
    rule = CategoryMappingRule(field="zaaktype", value="Klacht", category="infocat017")
    result = classify(
        title="Aantekeningen", text=MEMO, metadata={"zaaktype": "klacht"}, mapping=[rule]
    )
    assert result.method == "mapping"
    assert result.top is not None and result.top.code == "infocat017"


def test_the_call_the_nightly_stage_makes_uses_the_model_and_the_settings_thresholds() -> None:
    # woo/stages.py calls classify with exactly these keywords (no text layer).
    result = classify(
        title="Jaarverslag commissie bezwaarschriften 2023",
        text="In 2023 ontving de commissie 140 bezwaarschriften.",
        file_name="jaarverslag-2023.pdf",
        metadata={"documentsoort": "jaarverslag"},
        mapping=[],
        threshold=0.999999,
        margin=0.15,
    )
    assert result.method == "text"
    assert result.top is not None and result.top.code == "infocat012"
    assert result.needs_review and "lager dan de drempel" in result.reason


def test_the_cue_table_alone_is_still_available_as_a_text_layer() -> None:
    result = classify(title="Besluitenlijst", text="", text_layer=CUE_LAYER)
    assert result.method == "rules"
    assert result.top is not None and result.top.code == "infocat009"


def test_batch_scoring_gives_the_same_answers_as_one_by_one() -> None:
    docs = [
        {
            "title": "Motie vuurwerkvrije zones",
            "text": "De raad, constaterende dat",
            "file_name": "",
        },
        {"title": "Aantekeningen", "text": MEMO, "file_name": "x.docx"},
        {"title": "", "text": "", "file_name": ""},
    ]
    batch = MODEL_LAYER.score_many(docs)
    for doc, scores in zip(docs, batch, strict=True):
        single = MODEL_LAYER.score(**doc)
        assert [(s.code, round(s.confidence, 6)) for s in single] == [
            (s.code, round(s.confidence, 6)) for s in scores
        ]
        confidences = [s.confidence for s in scores]
        assert confidences == sorted(confidences, reverse=True)
        assert 0.0 < sum(confidences) <= 1.0 + 1e-9


def test_the_model_is_loaded_once_per_process() -> None:
    assert load_model() is load_model()


def test_the_shipped_model_is_small_and_never_saw_the_held_out_groups() -> None:
    resource = resources.files("woo_categorieen.data").joinpath(MODEL_FILE)
    assert resource.is_file()
    with resources.as_file(resource) as path:
        assert path.stat().st_size < 5 * 1024 * 1024
    train, held_out = split(load_corpus())
    seen = set(load_model().info["groups"])
    assert seen == {e["group"] for e in train}
    assert not seen & {e["group"] for e in held_out}
    assert set(load_model().labels) == {f"infocat{n:03d}" for n in range(1, 18)} | {"geen"}


def test_the_corpus_is_rebuilt_identically_from_its_seed_and_keeps_provenance() -> None:
    shipped = load_corpus()
    rebuilt = [json.loads(json.dumps(e, ensure_ascii=False)) for e in generate.build()]
    assert rebuilt == shipped
    for example in shipped:
        assert example["source"] and example["how"] and example["group"]


def test_the_held_out_split_keeps_every_group_on_one_side_and_covers_every_label() -> None:
    train, held_out = split(load_corpus())
    assert not {e["group"] for e in train} & {e["group"] for e in held_out}
    labels = {f"infocat{n:03d}" for n in range(1, 18)} | {"geen"}
    assert {e["label"] for e in train} == labels
    assert {e["label"] for e in held_out} == labels


def test_the_model_is_never_surer_than_an_explicit_mapping() -> None:
    result = classify(
        title="Woo-besluit over evenementenvergunningen",
        text="Besluit op uw Woo-verzoek. Inventarislijst: document 1 e-mail (openbaar).",
    )
    assert result.method == "text"
    assert result.top is not None and result.top.code == "infocat014"
    assert result.top.confidence <= MAX_CONFIDENCE < 0.98


def test_the_none_offset_lowers_only_the_confidence_of_none_of_the_above(tmp_path) -> None:
    import dataclasses

    import joblib
    import numpy as np

    from woo_categorieen.model import NONE_LABEL, load_model_file, save
    from woo_categorieen.train import NONE_OFFSET

    shipped = load_model()
    assert shipped.none_offset == NONE_OFFSET < 0
    docs = [{"title": "", "text": MEMO, "file_name": "", "metadata": {}}]
    without = dataclasses.replace(shipped, none_offset=0.0).probabilities(docs)[0]
    with_offset = shipped.probabilities(docs)[0]
    none = shipped.labels.index(NONE_LABEL)
    assert with_offset[none] < without[none]
    others = [i for i in range(len(shipped.labels)) if i != none]
    # the other classes keep their proportions: only "geen" moved
    assert np.allclose(
        with_offset[others] / with_offset[others].sum(), without[others] / without[others].sum()
    )
    save(shipped, tmp_path / "met.joblib")
    assert load_model_file(tmp_path / "met.joblib").none_offset == NONE_OFFSET
    # a model file from before the offset existed loads without one
    joblib.dump(
        {"pipeline": shipped.pipeline, "temperature": 1.0, "info": {}}, tmp_path / "oud.joblib"
    )
    assert load_model_file(tmp_path / "oud.joblib").none_offset == 0.0
