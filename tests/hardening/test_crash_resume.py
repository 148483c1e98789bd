"""Crash and resume: SIGKILL the run at seeded points; a normal rerun leaves a sound state.

Each chain kills runs on one data folder at seeded random points (timer, storage write or
ledger commit), then reruns normally and checks: every document in exactly one
resting state, the same states as an uninterrupted run, no object published twice, no sitemap
entry without its file, no public file without its ledger publication, no audit event twice.
The long variant is `scripts/soak`.
"""

from __future__ import annotations

import os

import pytest

from tests.hardening.crash import crash_chain, reference_run, write_documents

DOCUMENTS = int(os.environ.get("WOO_CRASH_DOCUMENTS", "100"))
KILLS = int(os.environ.get("WOO_CRASH_KILLS", "6"))
SEEDS = [int(s) for s in os.environ.get("WOO_CRASH_SEEDS", "1,2").split(",")]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("crash-source")
    write_documents(folder, DOCUMENTS)
    reference, seconds = reference_run(folder, tmp_path_factory.mktemp("reference"))
    return folder, reference, seconds


def test_reference_run_publishes_some_and_queues_some(corpus) -> None:
    _, reference, _ = corpus
    assert len(reference) == DOCUMENTS
    assert {"published", "queued"} <= set(reference.values())


@pytest.mark.parametrize("seed", SEEDS)
def test_killed_runs_resume_to_the_same_sound_state(corpus, tmp_path, seed: int) -> None:
    folder, reference, seconds = corpus
    result = crash_chain(
        folder,
        tmp_path / "data",
        seed=seed,
        kills=KILLS,
        documents=DOCUMENTS,
        run_seconds=seconds,
    )
    assert result.kills, "no trial was actually killed"
    assert result.problems == [], result.problems
    assert result.states == reference, {
        k: (v, reference.get(k)) for k, v in result.states.items() if reference.get(k) != v
    }
