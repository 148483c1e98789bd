"""The lakken evaluation on the blind held-out set runs in CI and fails below honest floors.

publicatie/evaluation/realistic_toets2 (28 documents, 523 values to redact, 257 to keep) was
written and annotated by hand without reading the detector code, while the detectors were being
tuned on the two other sets, and measured once afterwards (2026-11-29). Its figures are the
honest estimate for unseen documents; they are lower than the tuned sets'. The floors sit a
little under the measured figures (in comments) so that a change that makes lakken worse on
unseen documents fails. Tuning the detectors on this set's misses makes it a development set:
write a new blind set first.
"""

from __future__ import annotations

import json

import pytest

from publicatie.evaluation.dataset import load_realistic, load_toets, load_toets2
from publicatie.evaluation.metrics import evaluate, leak_check
from publicatie.policy import DetectionPolicy

# With deduce, measured 2026-11-29: identifiers 0.900, names 0.956, precision 0.923, 2 of 46
# office holders and 26 of 258 public values redacted, 59 of 523 values readable after lakken,
# verification failed for 7 documents.
MODEL_RECALL_IDENTIFIERS = 0.88
MODEL_RECALL_NAMES = 0.94
MODEL_PRECISION = 0.90
MODEL_OFFICE_HOLDERS_REDACTED = 3
MODEL_PUBLIC_VALUES_REDACTED = 30
MODEL_VALUES_LEAKED = 66
# Rules only: identifiers 0.878, names 0.753, precision 0.931, 3 of 46 office holders redacted.
RULES_RECALL_IDENTIFIERS = 0.86
RULES_RECALL_NAMES = 0.73
RULES_PRECISION = 0.91
RULES_OFFICE_HOLDERS_REDACTED = 4


@pytest.fixture(scope="module")
def blind():
    return load_toets2()


def _summary(figures: dict) -> str:
    return json.dumps({k: v for k, v in figures.items() if k != "per_type"})


def test_the_blind_set_shares_no_value_to_redact_with_the_other_sets(blind) -> None:
    assert len(blind) >= 25
    others = {
        span.text.lower()
        for example in [*load_realistic(), *load_toets()]
        for span in example.spans
        if span.action == "redact" and span.type != "special"
    }
    reused = {
        span.text
        for example in blind
        for span in example.spans
        if span.action == "redact" and span.type != "special" and span.text.lower() in others
    }
    assert not reused


def test_with_the_model_lakken_meets_the_blind_floors(blind) -> None:
    policy = DetectionPolicy(use_model=True)
    figures = evaluate(blind, policy)
    summary = _summary(figures)
    assert figures["recall_identifiers"] >= MODEL_RECALL_IDENTIFIERS, summary
    assert figures["recall_names"] >= MODEL_RECALL_NAMES, summary
    assert figures["precision"] >= MODEL_PRECISION, summary
    assert figures["office_holders_redacted"] <= MODEL_OFFICE_HOLDERS_REDACTED, summary
    assert figures["public_values_redacted"] <= MODEL_PUBLIC_VALUES_REDACTED, summary
    leak = leak_check(blind, policy)
    assert leak["values_checked"] >= 500
    assert leak["values_leaked"] <= MODEL_VALUES_LEAKED, leak["leaked_values"]


def test_rules_alone_meet_their_blind_floors(blind) -> None:
    figures = evaluate(blind, DetectionPolicy(use_model=False))
    summary = _summary(figures)
    assert figures["recall_identifiers"] >= RULES_RECALL_IDENTIFIERS, summary
    assert figures["recall_names"] >= RULES_RECALL_NAMES, summary
    assert figures["precision"] >= RULES_PRECISION, summary
    assert figures["office_holders_redacted"] <= RULES_OFFICE_HOLDERS_REDACTED, summary
