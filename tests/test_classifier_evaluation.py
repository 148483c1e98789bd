"""The evaluation on the held-out split runs in CI and fails below honest floors.

The floors sit a little under the figures recorded in `woo_categorieen/EVALUATION.md` for the
shipped model, so a retrained or changed model that gets worse fails here. They are floors for
unseen *template families* of a mostly synthetic corpus, not claims about real documents.
"""

from __future__ import annotations

from woo_categorieen.evaluate import render, run_held_out, run_sample_corpus

# Floors (see EVALUATION.md for the measured figures they are set from).
TEXT_ONLY_TOP1 = 0.79  # was 0.77; measured 0.810 (sixth round; fifth 0.813, fourth 0.789)
TEXT_ONLY_MACRO_F1 = 0.76  # was 0.74; measured 0.780 (fifth round; fourth 0.752)
WITH_METADATA_TOP1 = 0.88  # was 0.87; measured 0.900 (sixth round; fifth 0.902)
MAPPED_TOP1 = 0.98
MAX_REVIEW_RATE_WITH_METADATA = 0.25
ACCEPTED_TOP1 = 0.92  # measured 0.944 (sixth round; fifth 0.942)
SAMPLE_CORPUS_TOP1 = 0.90  # was 0.85; measured 0.971 (was 0.914)


def test_held_out_families_meet_the_floors_from_text_alone_and_with_metadata() -> None:
    figures = run_held_out()
    text_only, with_meta = figures["zonder_metadata"], figures["met_metadata"]
    for result in (text_only, with_meta):
        assert sum(map(sum, result.confusion)) == result.documents > 500
    assert text_only.top1 >= TEXT_ONLY_TOP1, render("zonder metadata", text_only)
    assert text_only.macro_f1 >= TEXT_ONLY_MACRO_F1, render("zonder metadata", text_only)
    assert with_meta.mapping_applied > 150
    assert with_meta.accuracy_mapped is not None and with_meta.accuracy_mapped >= MAPPED_TOP1
    assert with_meta.top1 >= WITH_METADATA_TOP1, render("met metadata", with_meta)
    assert with_meta.review_rate <= MAX_REVIEW_RATE_WITH_METADATA
    assert with_meta.accuracy_accepted >= ACCEPTED_TOP1


def test_the_demo_corpus_by_another_author_is_classified_from_its_real_files() -> None:
    sample = run_sample_corpus()
    assert sample.documents == 35
    assert sum(map(sum, sample.confusion)) == 35
    assert sample.top1 >= SAMPLE_CORPUS_TOP1, render("voorbeeldcorpus", sample)
