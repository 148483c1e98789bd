"""The long crash-and-resume soak, started by hand: `scripts/soak [--documents N] [--seeds S]
[--kills K] [--flow-trials F]`.

Runs `S` seeded crash chains of `K` SIGKILLs each over `N` documents (library stages, as in CI
but longer), plus `F` trials that SIGKILL the real Prefect flow (`woo demo`) and rerun it
normally. Prints a table and, as its last line, one JSON object with the figures. Exits 1 when
any invariant was violated.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.hardening.crash import crash_chain, final_states, reference_run, write_documents
from tests.hardening.pipeline import check_invariants, settings_for
from woo.context import open_context

ROOT = Path(__file__).resolve().parents[2]


def flow_trial(source: Path, data: Path, seed: int) -> tuple[list[str], dict[str, str], str]:
    """SIGKILL `woo demo` at a seeded moment after it started working, then rerun it."""
    rng = random.Random(seed)
    env = {**os.environ, "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180"}
    command = [str(ROOT / ".venv/bin/woo"), "demo", "--source", str(source), "--data", str(data)]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    ledger = data / "ledger.sqlite3"
    deadline = time.monotonic() + 300
    while not ledger.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)  # the flow is running once the ledger exists
    delay = rng.uniform(1.0, 15.0)
    time.sleep(delay)
    killed = process.poll() is None
    if killed:
        os.killpg(process.pid, signal.SIGKILL)  # the flow and its Prefect server
    process.wait()
    rerun = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=1800)
    problems = [] if rerun.returncode == 0 else [f"herhaalde run faalde: {rerun.stderr[-300:]!r}"]
    settings = settings_for(source, data)
    ctx = open_context(settings)
    try:
        problems += check_invariants(ctx)
    finally:
        ctx.close()
    point = f"flow@{delay:.1f}s" if killed else "flow klaar voor de kill"
    return problems, final_states(settings), point


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Lange crash-en-herstel-test.")
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--flow-trials", type=int, default=1)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="woo-soak-"))
    source = work / "bron"
    write_documents(source, args.documents)
    started = time.perf_counter()
    reference, reference_seconds = reference_run(source, work / "referentie")
    print(f"{'proef':<10} {'kills':>5} {'klaar':>5} {'fouten':>6} {'gelijk':>6} {'sec':>7}")
    totals = {"chains": 0, "kills": 0, "violations": 0, "different": 0, "flow_trials": 0}
    for seed in range(1, args.seeds + 1):
        begin = time.perf_counter()
        result = crash_chain(
            source,
            work / f"seed-{seed}",
            seed=seed,
            kills=args.kills,
            documents=args.documents,
            run_seconds=reference_seconds,
        )
        same = result.states == reference
        totals["chains"] += 1
        totals["kills"] += len(result.kills)
        totals["violations"] += len(result.problems)
        totals["different"] += 0 if same else 1
        print(
            f"seed {seed:<5} {len(result.kills):>5} {result.finished_early:>5} "
            f"{len(result.problems):>6} {'ja' if same else 'NEE':>6} "
            f"{time.perf_counter() - begin:>7.1f}"
        )
        for problem in result.problems[:5]:
            print(f"    {problem}")
    for trial in range(1, args.flow_trials + 1):
        begin = time.perf_counter()
        problems, states, point = flow_trial(source, work / f"flow-{trial}", seed=100 + trial)
        same = states == reference
        totals["flow_trials"] += 1
        totals["violations"] += len(problems)
        totals["different"] += 0 if same else 1
        print(
            f"flow {trial:<5} {point:>11} {len(problems):>6} {'ja' if same else 'NEE':>6} "
            f"{time.perf_counter() - begin:>7.1f}"
        )
        for problem in problems[:5]:
            print(f"    {problem}")
    summary = {
        "documents": args.documents,
        "reference_seconds": round(reference_seconds, 1),
        "total_seconds": round(time.perf_counter() - started, 1),
        **totals,
    }
    print(json.dumps(summary))
    return 0 if totals["violations"] == 0 and totals["different"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
