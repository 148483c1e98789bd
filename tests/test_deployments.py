"""Deployments on a real Prefect server (127.0.0.1, temporary SQLite database) with two process
workers: `woo deploy` registers everything, an ad-hoc run with parameters completes on a
worker, and a nightly run fanned out over partitions leaves the same ledger state as a
single-process run.

One module-scoped server and two workers serve every test here (start-up costs ~20-60 s).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml
from sqlalchemy import select

from flows.deployments import DEPLOYMENTS, NIGHTLY_CRON, TIMEZONE
from ledger.models import Document
from sample_corpus import CORPUS_DIR
from tests.conftest import ROOT
from woo.context import open_context
from woo.demo import demo_settings
from woo.prefect_env import QUIET_DEFAULTS
from woo.settings import Settings, load_settings

pytestmark = pytest.mark.prefect

BIN = Path(sys.executable).parent
SERVER_START_S = 180
RUN_TIMEOUT_S = 300


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, home: Path) -> None:
        self.port = _free_port()
        self.api = f"http://127.0.0.1:{self.port}/api"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")},
            **QUIET_DEFAULTS,
            "PREFECT_HOME": str(home),
            "PREFECT_API_URL": self.api,
            "PREFECT_SERVER_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home / 'p.db'}",
            "PREFECT_WORKER_QUERY_SECONDS": "2",
            "PREFECT_WORKER_PREFETCH_SECONDS": "5",
            "PREFECT_RUNNER_POLL_FREQUENCY": "1",
            "WOO_TASK_RUNNER": "threads",
            "WOO_TASK_WORKERS": "2",
        }
        self.processes: list[subprocess.Popen] = []
        self.client = httpx.Client(base_url=self.api, timeout=120)

    def start(self, *args: str, log: Path) -> subprocess.Popen:
        handle = log.open("wb")
        process = subprocess.Popen(
            [str(BIN / "prefect"), *args],
            env=self.env,
            cwd=ROOT,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def wait_healthy(self) -> None:
        deadline = time.monotonic() + SERVER_START_S
        while time.monotonic() < deadline:
            try:
                if self.client.get("/health").status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise AssertionError("Prefect-server kwam niet op")

    def _request(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        """A busy Prefect server on SQLite answers 503 (database locked): ask again."""
        for attempt in range(6):
            try:
                response = self.client.request(method, url, **kwargs)
            except httpx.TransportError:
                response = None
            if response is not None and response.status_code not in (502, 503, 504):
                response.raise_for_status()
                return response
            time.sleep(2 * (attempt + 1))
        raise AssertionError(f"Prefect-server bleef onbeschikbaar voor {method} {url}")

    def deployment(self, name: str) -> dict:
        return self._request("GET", f"/deployments/name/{name}").json()

    def create(self, name: str, parameters: dict) -> str:
        deployment = self.deployment(name)
        # The idempotency key makes a retried request return the same run, never a second one.
        created = self._request(
            "POST",
            f"/deployments/{deployment['id']}/create_flow_run",
            json={"parameters": parameters, "idempotency_key": uuid.uuid4().hex},
        )
        return created.json()["id"]

    def run(self, name: str, parameters: dict) -> dict:
        return self.wait(self.create(name, parameters))

    def wait(self, run_id: str) -> dict:
        deadline = time.monotonic() + RUN_TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                run = self.client.get(f"/flow_runs/{run_id}").json()
            except httpx.TransportError:  # a busy server answers late: ask again
                time.sleep(2)
                continue
            if run["state"] and run["state"]["type"] in {"COMPLETED", "FAILED", "CRASHED"}:
                return run
            time.sleep(1)
        raise AssertionError(f"flow run {run_id} niet klaar binnen {RUN_TIMEOUT_S} s")

    def runs_of(self, deployment_name: str) -> list[dict]:
        deployment = self.deployment(deployment_name)
        response = self._request(
            "POST",
            "/flow_runs/filter",
            json={"deployments": {"id": {"any_": [deployment["id"]]}}},
        )
        return response.json()

    def report(self, run_id: str) -> str:
        """The run's own report (its markdown artifact): what each stage did and why documents
        failed, for the message of an assertion about what the run left behind."""
        try:
            response = self._request(
                "POST",
                "/artifacts/filter",
                json={"artifacts": {"flow_run_id": {"any_": [run_id]}}},
            )
        except (AssertionError, httpx.HTTPError) as exc:  # the message must not hide the failure
            return f"(rapport niet op te halen: {exc})"
        return "\n".join(a.get("data") or "" for a in response.json()) or "(geen rapport)"

    def stop(self) -> None:
        import signal

        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGINT)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        self.client.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    home = tmp_path_factory.mktemp("prefect-server")
    srv = Server(home)
    try:
        srv.start(
            "server", "start", "--host", "127.0.0.1", "--port", str(srv.port),
            log=home / "server.log",
        )  # fmt: skip
        srv.wait_healthy()
        deployed = subprocess.run(
            [str(BIN / "woo"), "deploy", "--pool", "woo-test"],
            env=srv.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert deployed.returncode == 0, deployed.stdout + deployed.stderr
        for number in (1, 2):
            srv.start(
                "worker", "start", "--pool", "woo-test", "--type", "process",
                "--install-policy", "never", "--prefetch-seconds", "5",
                "--name", f"worker-{number}",
                log=home / f"worker-{number}.log",
            )  # fmt: skip
        yield srv
    finally:
        srv.stop()


def _corpus(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    names = sorted(p.name for p in CORPUS_DIR.glob("*.pdf"))[:count]
    for name in names:
        shutil.copy(CORPUS_DIR / name, folder / name)
        sidecar = CORPUS_DIR / f"{name}.meta.json"
        if sidecar.exists():
            shutil.copy(sidecar, folder / sidecar.name)


def _settings(folder: Path, data: Path, batch_size: int = 100) -> Settings:
    settings = demo_settings(load_settings(data_dir=data.resolve()), source=folder.resolve())
    return settings.model_copy(
        update={"run": settings.run.model_copy(update={"batch_size": batch_size})}
    )


def _ledger_state(settings: Settings) -> tuple[dict[str, str], set[tuple[str, str, tuple]]]:
    ctx = open_context(settings)
    try:
        with ctx.ledger.session() as session:
            docs = session.scalars(select(Document)).all()
            status = {d.source_id: d.status for d in docs}
            published = {
                (d.source_id, pub.object_key.rsplit("/", 1)[1], tuple(pub.category_codes))
                for d in docs
                for pub in d.publications
                if pub.withdrawn_at is None
            }
        return status, published
    finally:
        ctx.close()


def test_prefect_yaml_and_the_python_list_describe_the_same_deployments() -> None:
    spec = yaml.safe_load((ROOT / "deployments/prefect.yaml").read_text(encoding="utf-8"))
    listed = {(d["name"], d["entrypoint"]) for d in spec["deployments"]}
    assert listed == {(d.name, d.entrypoint) for d in DEPLOYMENTS}
    nightly = next(d for d in spec["deployments"] if d["name"] == "nightly")
    assert nightly["schedules"][0]["cron"] == NIGHTLY_CRON
    assert nightly["schedules"][0]["timezone"] == TIMEZONE
    assert nightly["concurrency_limit"] == 1


def test_woo_deploy_registers_every_deployment_with_the_nightly_schedule(server: Server) -> None:
    for spec in DEPLOYMENTS:
        deployment = server.deployment(f"{spec.flow_name}/{spec.name}")
        assert deployment["work_pool_name"] == "woo-test"
    nightly = server.deployment("nightly_disclosure/nightly")
    [schedule] = nightly["schedules"]
    assert schedule["schedule"]["cron"] == NIGHTLY_CRON
    assert schedule["schedule"]["timezone"] == TIMEZONE
    assert nightly["global_concurrency_limit"]["limit"] == 1


def test_an_adhoc_run_with_parameters_completes_on_a_worker(server: Server, tmp_path: Path) -> None:
    _corpus(tmp_path / "bron", 3)
    settings = _settings(tmp_path / "bron", tmp_path / "data")
    name = sorted(p.name for p in (tmp_path / "bron").glob("*.pdf"))[0]
    run = server.run(
        "adhoc_publication/adhoc",
        {
            "source": settings.sources[0].name,
            "query": name,
            "force_review": True,
            "settings_json": settings.model_dump_json(),
        },
    )
    assert run["state"]["type"] == "COMPLETED", run["state"]
    status, published = _ledger_state(settings)
    assert status[name] in {"queued", "failed"}  # force_review: nothing goes public
    assert not published
    assert len(status) == 3  # the source was harvested; only the match was processed
    assert sum(1 for s in status.values() if s == "harvested") == 2


def test_the_review_page_starts_an_adhoc_request_as_a_deployment_run(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a Prefect server configured, a request from the page runs on a worker, which reads
    the same woo.toml and reports its progress on the request."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from review.launch import start_request
    from woo.adhoc import create_request, read_request
    from woo.harvest import harvest_source

    _corpus(tmp_path / "bron", 2)
    config = tmp_path / "woo.toml"
    config.write_text(
        f'data_dir = "{(tmp_path / "data").resolve()}"\n'
        "[redaction]\nuse_model = false\n"
        f'[[sources]]\nname = "map"\nkind = "folder"\n'
        f'options = {{ path = "{(tmp_path / "bron").resolve()}" }}\n'
    )
    settings = load_settings(config)
    ctx = open_context(settings)
    try:
        harvest_source(ctx, settings.sources[0])
        with ctx.ledger.session() as session:
            ids = list(session.scalars(select(Document.id).order_by(Document.id)))
        request_id = create_request(
            ctx, requested_by="ben", document_ids=ids[:1], force_review=True
        )
        monkeypatch.setenv("PREFECT_API_URL", server.api)
        with temporary_settings({PREFECT_API_URL: server.api}):
            assert start_request(ctx, request_id, config_path=config) == "prefect"
        started = read_request(ctx, request_id)
        assert started.mode == "prefect" and started.flow_run_id
        run = server.wait(started.flow_run_id)
        assert run["state"]["type"] == "COMPLETED", run["state"]
        assert run["parameters"]["request_id"] == request_id
        assert "settings_json" not in run["parameters"]  # no settings or secrets travel
        finished = read_request(ctx, request_id)
        assert finished.state == "klaar" and finished.done == finished.total == 4
        assert finished.summary["queued"] == 1
        with ctx.ledger.session() as session:
            statuses = [session.get(Document, i).status for i in ids]
        assert statuses == ["queued", "harvested"]
    finally:
        ctx.close()


def test_a_fanned_out_nightly_run_gives_the_same_ledger_as_a_single_process_run(
    server: Server, tmp_path: Path
) -> None:
    _corpus(tmp_path / "bron", 6)
    single = _settings(tmp_path / "bron", tmp_path / "single", batch_size=2)
    fanned = _settings(tmp_path / "bron", tmp_path / "fanned", batch_size=2)
    # Both runs at once, in the same worker environment: one in one process, one fanned out.
    ids = [
        server.create(
            "nightly_disclosure/nightly", {"settings_json": s.model_dump_json(), "partitions": p}
        )
        for s, p in ((single, 0), (fanned, 2))
    ]
    for run_id in ids:
        run = server.wait(run_id)
        assert run["state"]["type"] == "COMPLETED", run["state"]
    children = server.runs_of("nightly_partition/partition")
    assert len(children) == 2
    assert all(r["state"]["type"] == "COMPLETED" for r in children)
    assert all(r["parent_task_run_id"] for r in children)  # child runs of the nightly run
    status, published = _ledger_state(single)
    assert published and "harvested" not in status.values(), (status, server.report(ids[0]))
    assert _ledger_state(fanned) == (status, published), (
        _failure_reasons(fanned),
        server.report(ids[1]),
    )


def _failure_reasons(settings: Settings) -> dict[str, str]:
    """Why documents failed, for the assertion message of a run that differs."""
    ctx = open_context(settings)
    try:
        with ctx.ledger.session() as session:
            docs = session.scalars(select(Document)).all()
            return {d.source_id: d.status_reason for d in docs if d.status == "failed"}
    finally:
        ctx.close()


def test_deploy_and_worker_refuse_to_start_without_a_prefect_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from typer.testing import CliRunner

    from woo.cli import app

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    for command in (["deploy"], ["worker"], ["worker", "--pool", "woo"]):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 2
        assert "PREFECT_API_URL is niet gezet" in result.output
