"""`woo worker` (run the deployments on this machine) and `woo deploy` (register them)."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

PROJECT_DIR = Path(__file__).resolve().parents[2]
PREFECT_FILE = PROJECT_DIR / "deployments" / "prefect.yaml"
DEFAULT_POOL = "woo"


def _prefect() -> str:
    local = Path(sys.executable).with_name("prefect")
    return str(local) if local.exists() else (shutil.which("prefect") or "prefect")


def _fail(message: str) -> None:
    typer.secho(f"Fout: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code=2)


def _quiet_env() -> dict[str, str]:
    from woo.prefect_env import QUIET_DEFAULTS

    env = dict(os.environ)
    for name, value in QUIET_DEFAULTS.items():
        env.setdefault(name, value)
    return env


def serve_deployments() -> None:
    """Serve every deployment from this process (no work pool), with the nightly schedule."""
    from prefect import serve
    from prefect.schedules import Cron

    from flows.deployments import DEPLOYMENTS, TIMEZONE

    deployments = []
    for spec in DEPLOYMENTS:
        module, name = spec.entrypoint.removesuffix(".py").replace("/", ".").split(":")
        flow = getattr(importlib.import_module(module), name)
        deployments.append(
            flow.to_deployment(
                name=spec.name,
                description=spec.description,
                schedules=[Cron(spec.cron, timezone=TIMEZONE)] if spec.cron else None,
                concurrency_limit=spec.concurrency_limit,
                tags=["woo"],
            )
        )
    serve(*deployments)


def register(app: typer.Typer) -> None:
    @app.command("worker")
    def worker(
        pool: Annotated[
            str | None,
            typer.Option(
                "--pool",
                help="Werk als procesworker van deze work pool (anders: alles zelf serveren).",
            ),
        ] = None,
        limit: Annotated[
            int | None, typer.Option("--limit", help="Hoogstens zoveel runs tegelijk.")
        ] = None,
    ) -> None:
        """Voer de deployments uit op deze machine (nachtrun om 02:00 Europe/Amsterdam)."""
        if not os.environ.get("PREFECT_API_URL"):
            _fail("PREFECT_API_URL is niet gezet: start eerst `prefect server start`")
        if pool is None:
            serve_deployments()
            return
        command = [_prefect(), "worker", "start", "--pool", pool, "--type", "process"]
        command += ["--install-policy", "never"]
        if limit:
            command += ["--limit", str(limit)]
        raise typer.Exit(subprocess.call(command, env=_quiet_env()))

    @app.command("deploy")
    def deploy(
        pool: Annotated[
            str, typer.Option("--pool", help="De work pool voor alle deployments.")
        ] = DEFAULT_POOL,
        create_pool: Annotated[
            bool,
            typer.Option(
                "--create-pool/--no-create-pool", help="Maak een procespool als die er niet is."
            ),
        ] = True,
    ) -> None:
        """Registreer alle deployments bij de Prefect-server in PREFECT_API_URL."""
        if not os.environ.get("PREFECT_API_URL"):
            _fail("PREFECT_API_URL is niet gezet: naar welke Prefect-server moet het?")
        env = _quiet_env()
        env.setdefault("WOO_PROJECT_DIR", str(PROJECT_DIR))
        env["WOO_WORK_POOL"] = pool
        prefect = _prefect()
        if create_pool:
            known = subprocess.run(
                [prefect, "work-pool", "inspect", pool], env=env, capture_output=True, check=False
            )
            if known.returncode != 0:
                subprocess.run(
                    [prefect, "work-pool", "create", pool, "--type", "process"],
                    env=env,
                    check=True,
                    capture_output=True,
                )
        command = [prefect, "--no-prompt", "deploy", "--all", "--prefect-file", str(PREFECT_FILE)]
        done = subprocess.run(command, env=env, cwd=PROJECT_DIR, capture_output=True, text=True)
        if done.returncode != 0:
            typer.echo(done.stdout + done.stderr, err=True)
            _fail("registreren van de deployments is mislukt")
        typer.echo(f"Deployments geregistreerd in work pool '{pool}'.")
