"""Scale-out: the nightly stages for one partition (source × id range) as its own flow run.

`fan_out()` plans the partitions, starts one `nightly_partition` deployment run per partition
with `run_deployment(..., timeout=0)`, waits until all are final and reads the outcome back
from the ledger (the ledger is the truth, not the child runs' results, which may live on
another machine).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from prefect import flow
from prefect.client.orchestration import get_client
from prefect.deployments import run_deployment
from sqlalchemy import select

from flows.tasks import context_for, default_task_runner, process_documents
from ledger.models import Document
from ledger.states import Status
from woo.settings import Settings
from woo.stages import BatchReport
from woo.work import Partition, plan_partitions

POLL_SECONDS = 2.0


@flow(name="nightly_partition", log_prints=False, task_runner=default_task_runner())
def nightly_partition(
    settings_json: str, source: str, first_id: int, last_id: int, dry_run: bool = False
) -> dict:
    """Classify, redact, validate and route the pending documents of one partition."""
    settings = Settings.model_validate_json(settings_json)
    reports = process_documents(
        settings, dry_run=dry_run, partition=Partition(source, first_id, last_id)
    )
    return {name: report.published + report.queued for name, report in reports.items()}


def fan_out(
    settings: Settings,
    count: int,
    *,
    dry_run: bool,
    source: str | None,
    deployment: str,
    timeout_s: float = 6 * 3600,
) -> dict[str, BatchReport]:
    """Run the stages as one child flow run per partition and wait for all of them."""
    ctx = context_for(settings)
    started = datetime.now(UTC)
    partitions = plan_partitions(ctx, count, source=source)
    runs = [
        run_deployment(
            deployment,
            parameters={
                "settings_json": settings.model_dump_json(),
                "dry_run": dry_run,
                **partition.as_dict(),
            },
            timeout=0,
            as_subflow=True,
        )
        for partition in partitions
    ]
    states = _wait([run.id for run in runs], timeout_s)
    report = _outcome(ctx, partitions, started)
    for partition, state in zip(partitions, states, strict=True):
        if state != "COMPLETED":
            report.failed.append(
                (f"partitie {partition.source} {partition.first_id}-{partition.last_id}", state)
            )
    return {"publiceren": report}


def _wait(ids: list, timeout_s: float) -> list[str]:
    deadline = time.monotonic() + timeout_s
    with get_client(sync_client=True) as client:
        while True:
            states = [client.read_flow_run(i).state for i in ids]
            if all(s is not None and s.is_final() for s in states) or time.monotonic() > deadline:
                return [s.type.value if s is not None else "ONBEKEND" for s in states]
            time.sleep(POLL_SECONDS)


def _outcome(ctx, partitions: list[Partition], started: datetime) -> BatchReport:  # type: ignore[no-untyped-def]
    """What the partitions did, read from the ledger: published, queued and failed documents."""
    report = BatchReport(stage="publiceren")
    with ctx.ledger.session() as session:
        for partition in partitions:
            rows = session.execute(
                select(Document.source_id, Document.status, Document.status_reason).where(
                    Document.source == partition.source,
                    Document.id.between(partition.first_id, partition.last_id),
                    Document.updated_at >= started,
                )
            )
            for source_id, status, reason in rows:
                if status == Status.PUBLISHED:
                    report.published += 1
                elif status == Status.QUEUED:
                    report.queued += 1
                elif status == Status.FAILED:
                    report.failed.append((source_id, reason))
    return report
