"""End-to-end benchmark: the nightly flow against a bare PyMuPDF loop on the same files.

    python -m benchmarks.pipeline --documents 100 [--pages 4] [--batch-size 100] [--workers 2]

Generates N text PDFs of several pages with personal data (BSN, IBAN, e-mail, phone), then:

1. `pipeline`: the real nightly flow (Prefect no-server mode, embedded defaults: folder source,
   SQLite ledger, local storage) with its default process task runner;
2. `library`: the same library calls (harvest, the four stages per batch, sitemaps) in a plain
   `concurrent.futures` process pool with the same number of workers — no Prefect, no flow;
3. `bare`: a bare PyMuPDF extract + redact + save loop over the same files, same pool size.

Orchestration overhead = (pipeline wall − library wall) / pipeline wall, where `library` takes
the same steps (sweep, harvest, stages, sitemaps, reconciliation); `prefect_start_seconds` is the
part of it spent before and after the flow body. Prints a table and, as its last line, one JSON
object with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

FIRST = ["Jan", "Fatima", "Pieter", "Anouk", "Mohammed", "Sanne", "Dirk", "Lotte"]
LAST = ["de Vries", "Bakker", "El Amrani", "Jansen", "Visser", "Smit", "Meijer", "de Boer"]
PARAGRAPH = (
    "Het college heeft het verzoek besproken en besluit het voorstel over te nemen. De "
    "uitvoering ligt bij de afdeling Ruimte. Bewoners worden per brief geïnformeerd over de "
    "gevolgen voor de wijk en de planning van de werkzaamheden in het komende kwartaal."
)


def _bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(last)


def generate(folder: Path, documents: int, pages: int, seed: int = 8) -> int:
    """Write `documents` PDFs with sidecar metadata into `folder`; returns the page count."""
    import pymupdf as fitz
    from stdnum import iban

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(documents):
        doc = fitz.open()
        for page_number in range(pages):
            page = doc.new_page()
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            account = f"NL{rng.randint(10, 99)}INGB{rng.randint(10**9, 10**10 - 1)}"
            check = iban.calc_check_digits("NL00" + account[4:])
            lines = [
                f"Besluitenlijst raad {number} – pagina {page_number + 1}",
                "",
                PARAGRAPH,
                f"Inspreker: {name}, BSN {_bsn(rng)}, rekening NL{check}{account[4:]}.",
                f"Contact: {name.split()[0].lower()}{number}@voorbeeld.nl"
                f" of 06-{rng.randint(10000000, 99999999)}.",
                PARAGRAPH,
            ]
            page.insert_textbox(fitz.Rect(60, 60, 540, 780), "\n".join(lines), fontsize=10)
        path = folder / f"besluitenlijst-{number:05d}.pdf"
        doc.save(path)
        doc.close()
        meta = {"informatieobjecttype": "Besluitenlijst raad", "titel": f"Besluitenlijst {number}"}
        (folder / f"{path.name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return documents * pages


# -- the bare loop ------------------------------------------------------------------------
BARE_PATTERNS = [r"\b\d{9}\b", r"\bNL\d{2}[A-Z]{4}\d{10}\b", r"\S+@\S+", r"\b06-\d{8}\b"]


def _bare_one(args: tuple[str, str]) -> int:
    import re

    import pymupdf as fitz

    source, target = args
    doc = fitz.open(source)
    for page in doc:
        text = page.get_text()
        for pattern in BARE_PATTERNS:
            for match in set(re.findall(pattern, text)):
                for rect in page.search_for(match):
                    page.add_redact_annot(rect, fill=(0, 0, 0))
        page.apply_redactions()
    doc.save(target, garbage=3, deflate=True)
    count = doc.page_count
    doc.close()
    return count


def run_bare(folder: Path, out: Path, workers: int) -> tuple[float, int]:
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(str(p), str(out / p.name)) for p in sorted(folder.glob("*.pdf"))]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pages = sum(pool.map(_bare_one, jobs, chunksize=8))
    return time.perf_counter() - started, pages


# -- the library without Prefect ----------------------------------------------------------
def _library_batch(args: tuple[str, str, list[int]]) -> int:
    from flows.tasks import context_for
    from woo.settings import Settings
    from woo.work import run_stage, worker_name

    settings_json, stage, ids = args
    settings = Settings.model_validate_json(settings_json)
    report = run_stage(context_for(settings), stage, ids, dry_run=False, worker=worker_name())
    return report.done


def run_library(settings, workers: int) -> float:  # type: ignore[no-untyped-def]
    """Every step the nightly flow takes, as plain calls: sweep, harvest, the four stages in
    batches over a process pool, sitemaps, reconciliation."""
    from flows.tasks import context_for
    from publicatie.reconcile import reconcile
    from publicatie.sweep import sweep_temp_files
    from woo.harvest import harvest_source
    from woo.publish import rebuild_sitemaps
    from woo.work import STAGES, batches, pending_ids

    started = time.perf_counter()
    ctx = context_for(settings)
    sweep_temp_files(settings.public_dir)
    harvest_source(ctx, settings.sources[0])
    blob = settings.model_dump_json()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for stage, status in STAGES.items():
            ids = pending_ids(ctx, status)
            jobs = [(blob, stage, b) for b in batches(ids, settings.run.batch_size)]
            list(pool.map(_library_batch, jobs))
    rebuild_sitemaps(ctx)
    reconcile(ctx)
    return time.perf_counter() - started


def _settings(folder: Path, data: Path, batch_size: int):  # type: ignore[no-untyped-def]
    from woo.demo import demo_settings
    from woo.settings import load_settings

    settings = demo_settings(load_settings(data_dir=data), source=folder)
    run = settings.run.model_copy(update={"batch_size": batch_size})
    return settings.model_copy(update={"run": run})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--pages", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--skip-library", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("WOO_TASK_WORKERS", str(args.workers))

    root = Path(tempfile.mkdtemp(prefix="woo-bench-"))
    try:
        folder = root / "bron"
        pages = generate(folder, args.documents, args.pages)

        from woo.prefect_env import configure_prefect

        os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "600")
        configure_prefect(root / "prefect")
        from flows.nightly import nightly_disclosure

        settings = _settings(folder, root / "pipeline", args.batch_size)
        started = time.perf_counter()
        result = nightly_disclosure(settings_json=settings.model_dump_json())
        pipeline_s = time.perf_counter() - started

        library_s = None
        if not args.skip_library:
            library_s = run_library(
                _settings(folder, root / "library", args.batch_size), args.workers
            )
        bare_s, bare_pages = run_bare(folder, root / "bare", args.workers)
        peak_mib = (
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        ) / 1024
    finally:
        shutil.rmtree(root, ignore_errors=True)

    figures = {
        "documents": args.documents,
        "pages": pages,
        "batch_size": args.batch_size,
        "workers": args.workers,
        "pipeline_seconds": round(pipeline_s, 2),
        "library_seconds": round(library_s, 2) if library_s else None,
        "bare_seconds": round(bare_s, 2),
        "pipeline_documents_per_s": round(args.documents / pipeline_s, 2),
        "pipeline_pages_per_s": round(pages / pipeline_s, 2),
        "bare_pages_per_s": round(bare_pages / bare_s, 2),
        "ratio": round((pages / pipeline_s) / (bare_pages / bare_s), 3),
        # Prefect's own start (no-server API, flow engine) before and after the flow body.
        "prefect_start_seconds": round(max(0.0, pipeline_s - result["seconds"]), 2),
        "orchestration_overhead": (
            round(max(0.0, (pipeline_s - library_s) / pipeline_s), 3) if library_s else None
        ),
        "peak_memory_mib": round(peak_mib, 1),
        "published": result["published"],
        "queued": result["queued"],
        "failed": len(result["failures"]),
    }
    print(f"{'meting':<28}{'waarde':>14}")
    for key, value in figures.items():
        print(f"{key:<28}{value!s:>14}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
