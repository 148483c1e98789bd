"""Crash trials: SIGKILL a pipeline run at seeded points, rerun, and compare with a clean run.

A trial forks a child that runs the library stages (the same functions the nightly flow
calls) and kills it with SIGKILL, either after a seeded delay or at the N-th call of a
dangerous operation (a storage write or a ledger commit). Forking keeps a
trial cheap: the child starts with everything imported.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hostile_corpus.cases import plain_pdf
from ledger.models import Document
from publicatie.storage import LocalStorage
from tests.hardening.pipeline import check_invariants, run_pipeline, settings_for
from woo.context import open_context
from woo.settings import Settings

KINDS = ("Besluitenlijst B&W", "Verordening", "Convenant", "Jaarverslag", "Onbekend")
POINTS = ("timer", "put", "commit")


def write_documents(folder: Path, count: int) -> None:
    """`count` one-page text PDFs with sidecars; some carry an e-mail address to redact."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        text = f"Besluit nummer {number} van het college over de openingstijden."
        if number % 5 == 0:
            text += f" Contact: j.jansen{number}@example.nl"
        name = f"besluit-{number:04d}.pdf"
        (folder / name).write_bytes(plain_pdf(text))
        meta = {
            "titel": f"Besluit {number}",
            "informatieobjecttype": KINDS[number % len(KINDS)],
            "creatiedatum": "2025-03-01",
        }
        (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


def final_states(settings: Settings) -> dict[str, str]:
    ctx = open_context(settings)
    try:
        with ctx.ledger.session() as session:
            rows = session.execute(select(Document.source_id, Document.status)).all()
        return {source_id: str(status) for source_id, status in rows}
    finally:
        ctx.close()


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _arm(point: str, after: int) -> None:
    """In the child: SIGKILL this process at the `after`-th call of the chosen operation."""
    calls = 0

    def counting(original: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            nonlocal calls
            calls += 1
            if calls == after:
                _die()
            return original(*args, **kwargs)

        return wrapper

    if point == "put":
        LocalStorage.put = counting(LocalStorage.put)  # type: ignore[method-assign]
        LocalStorage.put_file = counting(LocalStorage.put_file)  # type: ignore[method-assign]
    elif point == "commit":
        Session.commit = counting(Session.commit)  # type: ignore[method-assign]


def _child(settings_json: str, point: str, after: int) -> None:
    if point != "timer":
        _arm(point, after)
    ctx = open_context(Settings.model_validate_json(settings_json))
    run_pipeline(ctx)
    ctx.close()
    os._exit(0)


@dataclass
class ChainResult:
    kills: list[str] = field(default_factory=list)
    finished_early: int = 0
    problems: list[str] = field(default_factory=list)
    states: dict[str, str] = field(default_factory=dict)


def crash_chain(
    source: Path,
    data: Path,
    *,
    seed: int,
    kills: int,
    documents: int,
    run_seconds: float = 4.0,
) -> ChainResult:
    """Kill `kills` runs at seeded points on one data folder, then finish with a normal run.

    A timer kill falls at a seeded fraction of `run_seconds`, the time an uninterrupted run
    takes on this machine: a fixed range of seconds kills nothing on a fast, quiet machine
    (the whole run finishes before the timer) and only the start-up on a slow one.
    """
    rng = random.Random(seed)
    settings = settings_for(source, data)
    payload = settings.model_dump_json()
    result = ChainResult()
    fork = multiprocessing.get_context("fork")
    for _ in range(kills):
        point = rng.choice(POINTS)
        after = rng.randint(1, documents * 4)
        # within the first 60 % of a run: a run on a busy machine can be faster than the measured
        # one, and a trial that finishes leaves the later trials of the chain nothing to kill
        delay = rng.uniform(0.05, 0.6) * run_seconds
        child = fork.Process(target=_child, args=(payload, point, after))
        child.start()
        if point == "timer":
            child.join(delay)
            if child.is_alive():
                os.kill(child.pid, signal.SIGKILL)
        child.join(600)
        if child.exitcode == -signal.SIGKILL:
            result.kills.append(f"{point}@{after if point != 'timer' else round(delay, 2)}")
        elif child.exitcode == 0:
            result.finished_early += 1
        else:
            result.problems.append(f"kind eindigde met code {child.exitcode} ({point})")
    ctx = open_context(settings)
    try:
        run_pipeline(ctx)
        result.problems += check_invariants(ctx)
    finally:
        ctx.close()
    result.states = final_states(settings)
    return result


def reference_run(source: Path, data: Path) -> tuple[dict[str, str], float]:
    """Final states after one uninterrupted run, and how long a warm run takes (seconds): a
    second run on a fresh data folder, with the models loaded, as the forked trials run."""
    states = reference_states(source, data)
    started = time.perf_counter()
    reference_states(source, data.with_name(data.name + "-warm"))
    return states, time.perf_counter() - started


def reference_states(source: Path, data: Path) -> dict[str, str]:
    """Final states after one uninterrupted run."""
    settings = settings_for(source, data)
    ctx = open_context(settings)
    try:
        run_pipeline(ctx)
        problems = check_invariants(ctx)
        if problems:
            raise AssertionError(problems)
    finally:
        ctx.close()
    return final_states(settings)


def timed(fn: Callable, *args, **kwargs):
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - started
