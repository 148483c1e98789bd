"""Start an ad-hoc request: as a Prefect deployment run when a Prefect server is configured,
else in a background thread of the review page itself.

Either way the page follows the request's row in the ledger (`woo.adhoc.read_request`).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from woo.adhoc import (
    create_request,
    finish_request,
    process_request,
    read_request,
    record_progress,
    waiting_notified_request,
)
from woo.context import RunContext
from woo.logsafe import PrintableFilter

__all__ = [
    "ADHOC_DEPLOYMENT",
    "notified_starter",
    "prefect_server_configured",
    "start_request",
]

log = logging.getLogger(__name__)
log.addFilter(PrintableFilter())

ADHOC_DEPLOYMENT = "adhoc_publication/adhoc"


def prefect_server_configured() -> bool:
    """True when this process talks to a Prefect server (PREFECT_API_URL is set)."""
    return bool(os.environ.get("PREFECT_API_URL"))


def start_request(ctx: RunContext, request_id: int, *, config_path: Path | None = None) -> str:
    """Start the request's run; returns the mode ('prefect' or 'in-process')."""
    if prefect_server_configured():
        _start_deployment(ctx, request_id, config_path)
        return "prefect"
    record_progress(ctx, request_id, mode="in-process")
    request = read_request(ctx, request_id)
    lock = _source_lock(request.source) if request and request.source else None
    thread = threading.Thread(
        target=_run_here, args=(ctx, request_id, lock), name=f"ad-hoc-{request_id}", daemon=True
    )
    thread.start()
    return "in-process"


_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _source_lock(source: str) -> threading.Lock:
    """One harvest of a source at a time in this process: a second request waits its turn."""
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(source, threading.Lock())


def _run_here(ctx: RunContext, request_id: int, lock: threading.Lock | None) -> None:
    try:
        if lock is None:
            process_request(ctx, request_id)
        else:
            with lock:
                process_request(ctx, request_id)
    except Exception:  # recorded on the request; the thread must not die loudly
        log.exception("ad-hocverzoek %s mislukt", request_id)


def _start_deployment(ctx: RunContext, request_id: int, config_path: Path | None) -> None:
    """A flow run of the `adhoc` deployment for the request; the worker reads its own settings
    (the same woo.toml and WOO_* environment), so no setting or secret travels in parameters."""
    from prefect.deployments import run_deployment

    request = read_request(ctx, request_id)
    assert request is not None
    parameters: dict[str, object] = {
        "document_ids": request.document_ids,
        "source": request.source or None,
        "query": request.query or None,
        "category": request.category or None,
        "force_review": request.force_review,
        "notified": request.notified,
        "request_id": request_id,
    }
    if config_path is not None:
        parameters["config_path"] = str(Path(config_path).resolve())
    try:
        run = run_deployment(ADHOC_DEPLOYMENT, parameters=parameters, timeout=0)
    except Exception as exc:  # any failure to start is shown on the page
        finish_request(ctx, request_id, {}, error=f"starten bij de Prefect-server mislukt: {exc}")
        raise
    record_progress(ctx, request_id, mode="prefect", flow_run_id=str(run.id))


def notified_starter(ctx: RunContext, config_path: Path | None = None) -> Callable[[str], None]:
    """The webhook's `on_queued`: an immediate run for what a source's notifications queued.

    A burst of notifications starts few runs: while a request for the source still waits (it
    will take everything queued so far), no other starts; one that arrives while a run is busy
    starts the next, which waits for the busy one (in this process: a lock per source; on
    Prefect workers: give the tag `bron:NAAM` a concurrency limit of 1).
    """

    def start(source: str) -> None:
        if waiting_notified_request(ctx, source) is not None:
            return
        request_id = create_request(ctx, requested_by="notificaties", source=source, notified=True)
        start_request(ctx, request_id, config_path=config_path)

    return start
