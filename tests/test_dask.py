"""The nightly flow on prefect-dask's DaskTaskRunner with a local multi-process `distributed`
cluster leaves the same ledger state as the default run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from ledger.models import Document
from sample_corpus import CORPUS_DIR
from woo.context import open_context
from woo.demo import demo_settings
from woo.settings import Settings, load_settings

pytestmark = pytest.mark.prefect


def _settings(folder: Path, data: Path) -> Settings:
    settings = demo_settings(load_settings(data_dir=data.resolve()), source=folder.resolve())
    run = settings.run.model_copy(update={"batch_size": 2})
    return settings.model_copy(update={"run": run})


def _state(settings: Settings) -> tuple[dict[str, str], set[tuple[str, str]]]:
    ctx = open_context(settings)
    try:
        with ctx.ledger.session() as session:
            docs = session.scalars(select(Document)).all()
            published = {
                (d.source_id, p.object_key.rsplit("/", 1)[1])
                for d in docs
                for p in d.publications
                if p.withdrawn_at is None
            }
            return {d.source_id: d.status for d in docs}, published
    finally:
        ctx.close()


def test_the_dask_task_runner_gives_the_same_ledger_as_the_default_runner(
    tmp_path: Path, prefect_harness: None
) -> None:
    from prefect.task_runners import ThreadPoolTaskRunner
    from prefect_dask import DaskTaskRunner

    from flows.nightly import nightly_disclosure

    folder = tmp_path / "bron"
    folder.mkdir()
    for pdf in sorted(CORPUS_DIR.glob("*.pdf"))[:4]:
        shutil.copy(pdf, folder / pdf.name)
        sidecar = CORPUS_DIR / f"{pdf.name}.meta.json"
        if sidecar.exists():
            shutil.copy(sidecar, folder / sidecar.name)

    default = _settings(folder, tmp_path / "default")
    threads = ThreadPoolTaskRunner(max_workers=2)
    nightly_disclosure.with_options(task_runner=threads)(settings_json=default.model_dump_json())

    dask = _settings(folder, tmp_path / "dask")
    runner = DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={"n_workers": 2, "processes": True, "threads_per_worker": 1},
    )
    result = nightly_disclosure.with_options(task_runner=runner)(
        settings_json=dask.model_dump_json()
    )
    assert result["published"] > 0
    assert _state(dask) == _state(default)
