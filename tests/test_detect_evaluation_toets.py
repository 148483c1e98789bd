"""The lakken evaluation on the first toets set runs in CI and fails below its floors.

The set (publicatie/evaluation/realistic_toets, 28 documents) was written and annotated by hand
after the detectors had been tuned on publicatie/evaluation/realistic. Its first measurement
(2026-11-29) was the honest one; the detectors were then tuned on its misses, so it is now a
second development set and these floors guard against regressions only. The held-out figures
now come from publicatie/evaluation/realistic_toets2 (tests/test_detect_evaluation_toets2.py).
The misses are listed by `python -m publicatie.evaluation --model --errors`.
"""

from __future__ import annotations

import json
import re

import pytest

from publicatie.evaluation.dataset import load_realistic, load_toets
from publicatie.evaluation.metrics import IDENTIFIERS, evaluate, leak_check
from publicatie.policy import DetectionPolicy

# First measured 2026-11-29 (identifiers 0.851, names 0.945, precision 0.889). The detectors were
# then tuned on this set's misses, so it is now a second development set (see its README). With
# deduce, measured after that: identifiers 0.989, names 0.983, precision 0.992, 0 of 45 office
# holders and 1 of 268 public values redacted, 13 of 469 values readable after lakken,
# verification failed for 5 documents.
MODEL_RECALL_IDENTIFIERS = 0.97
MODEL_RECALL_NAMES = 0.97
MODEL_PRECISION = 0.98
MODEL_OFFICE_HOLDERS_REDACTED = 1  # of 45 (measured 0)
MODEL_PUBLIC_VALUES_REDACTED = 3  # of 268 (measured 1)
MODEL_VALUES_LEAKED = 16  # of 469 (measured 13)
MODEL_VERIFICATION_FAILED = 3  # of 28 documents (measured 5; 1 since the page is read as laid out)
# Rules only (the library default), measured after tuning: identifiers 0.945, names 0.831,
# precision 0.995, 1 of 45 office holders redacted (first: 0.807, 0.792, 0.880, 2).
RULES_RECALL_IDENTIFIERS = 0.93
RULES_RECALL_NAMES = 0.81
RULES_PRECISION = 0.98
RULES_OFFICE_HOLDERS_REDACTED = 2


@pytest.fixture(scope="module")
def toets():
    return load_toets()


def _summary(figures: dict) -> str:
    return json.dumps({k: v for k, v in figures.items() if k != "per_type"})


def test_the_toets_set_is_hand_written_documents_of_realistic_size(toets) -> None:
    assert len(toets) >= 25
    assert all(150 <= len(example.text.split()) <= 500 for example in toets)
    kinds = {(span.type, span.action) for example in toets for span in example.spans}
    for kind in sorted(IDENTIFIERS | {"name", "kvk", "special"}):
        assert (kind, "redact") in kinds, kind
    for kind in ("name", "organisation", "street", "phone", "email", "kvk", "amount", "date"):
        assert (kind, "keep") in kinds, kind


def test_no_value_to_redact_is_taken_from_the_development_set(toets) -> None:
    development = "\n".join(example.text for example in load_realistic())
    reused = {
        span.text
        for example in toets
        for span in example.spans
        if span.action == "redact"
        and span.type != "special"
        and re.search(rf"(?<!\w){re.escape(span.text)}(?!\w)", development)
    }
    assert not reused


def test_with_the_model_lakken_meets_the_held_out_floors(toets) -> None:
    policy = DetectionPolicy(use_model=True)
    figures = evaluate(toets, policy)
    summary = _summary(figures)
    assert figures["recall_identifiers"] >= MODEL_RECALL_IDENTIFIERS, summary
    assert figures["recall_names"] >= MODEL_RECALL_NAMES, summary
    assert figures["precision"] >= MODEL_PRECISION, summary
    assert figures["office_holders"] >= 45
    assert figures["office_holders_redacted"] <= MODEL_OFFICE_HOLDERS_REDACTED, summary
    assert figures["public_values_redacted"] <= MODEL_PUBLIC_VALUES_REDACTED, summary
    leak = leak_check(toets, policy)
    assert leak["values_checked"] >= 469
    assert leak["values_leaked"] <= MODEL_VALUES_LEAKED, leak["leaked_values"]
    assert leak["verification_failed"] <= MODEL_VERIFICATION_FAILED, leak


def test_rules_alone_meet_their_held_out_floors(toets) -> None:
    figures = evaluate(toets, DetectionPolicy(use_model=False))
    summary = _summary(figures)
    assert figures["recall_identifiers"] >= RULES_RECALL_IDENTIFIERS, summary
    assert figures["recall_names"] >= RULES_RECALL_NAMES, summary
    assert figures["precision"] >= RULES_PRECISION, summary
    assert figures["office_holders_redacted"] <= RULES_OFFICE_HOLDERS_REDACTED, summary
