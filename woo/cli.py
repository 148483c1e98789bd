"""The `woo` command.

Contracts that scripts depend on (keep them stable): every command takes `--config PATH`
(default ./woo.toml); `WOO_DATA_DIR` sets the data folder for every command.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from woo.errors import WooError
from woo.logsafe import printable
from woo.settings import Settings, load_settings, masked

app = typer.Typer(
    help="Woo-publicatiepijplijn: oogsten, classificeren, lakken, valideren en publiceren.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
run_app = typer.Typer(help="Flows starten.", no_args_is_help=True)
config_app = typer.Typer(help="Instellingen bekijken.", no_args_is_help=True)
app.add_typer(run_app, name="run")
app.add_typer(config_app, name="config")

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", help="Instellingenbestand (standaard ./woo.toml).", show_default=False
    ),
]


def _fail(message: str) -> None:
    typer.secho(f"Fout: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code=2)


def _settings(config: Path | None, **overrides: Any) -> Settings:
    try:
        return load_settings(config, **overrides)
    except WooError as exc:
        _fail(str(exc))
        raise  # unreachable


def _run_flow(settings: Settings, *, dry_run: bool = False, source: str | None = None) -> dict:
    from woo.prefect_env import configure_prefect

    configure_prefect(settings.data_dir)
    from flows.nightly import nightly_disclosure
    from woo.progress import RichProgress, reporting

    if sys.stderr.isatty():
        with RichProgress() as bar, reporting(bar):
            return nightly_disclosure(
                settings_json=settings.model_dump_json(), dry_run=dry_run, source=source
            )
    return nightly_disclosure(
        settings_json=settings.model_dump_json(), dry_run=dry_run, source=source
    )


def _print_summary(settings: Settings, result: dict) -> None:
    typer.echo("")
    typer.secho("Samenvatting", bold=True)
    for source in result["sources"]:
        line = (
            f"  bron {source['source']}: {source['seen']} gezien, {source['new']} nieuw, "
            f"{source['changed']} gewijzigd, {source['deleted']} verwijderd, "
            f"{len(source['failed'])} mislukt"
        )
        typer.echo(line + (f" — FOUT: {source['error']}" if source["error"] else ""))
    verb = "zou publiceren" if result["dry_run"] else "gepubliceerd"
    count = result["would_publish"] if result["dry_run"] else result["published"]
    typer.echo(
        f"  {verb}: {count} · in de wachtrij: {result['queued']} · "
        f"mislukt: {len(result['failures'])} · {result['pages']} pagina's in {result['seconds']} s"
    )
    for failure in result["failures"]:
        typer.secho(
            f"  ✗ {printable(failure['document'])}: {printable(failure['reason'])}",
            fg=typer.colors.YELLOW,
        )
    if not result["dry_run"]:
        typer.echo("")
        typer.echo(f"Publieke site:   {settings.public_dir}")
        typer.echo(
            f"  robots.txt en sitemapindex-diwoo-infocatNNN.xml in die map; basis-URL "
            f"{settings.public_base_url}"
        )
        typer.echo(f"Grootboek:       {settings.resolved_database_url}")
        typer.echo("Wachtrij en status: woo status (of woo status --json)")


@app.command()
def demo(
    source: Annotated[
        Path | None,
        typer.Option("--source", help="Map met documenten (standaard: het voorbeeldcorpus)."),
    ] = None,
    data: Annotated[
        Path | None, typer.Option("--data", help="Datamap voor grootboek en site.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Draai de nachtelijke flow op het meegeleverde voorbeeldcorpus (of een eigen map)."""
    from woo.demo import demo_settings

    try:
        settings = demo_settings(_settings(config, data_dir=data), source=source)
    except WooError as exc:
        _fail(str(exc))
    typer.echo(
        f"Woo-demo voor {settings.organisatie.naam}: bron {settings.sources[0].options['path']}"
    )
    result = _run_flow(settings)
    _print_summary(settings, result)


@run_app.command("nightly")
def run_nightly(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Alles verwerken maar niets publiceren.")
    ] = False,
    source: Annotated[
        str | None, typer.Option("--source", help="Alleen deze bron (naam uit woo.toml).")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Draai de nachtelijke publicatieflow voor alle (of één) geconfigureerde bronnen."""
    settings = _settings(config)
    if not settings.sources:
        _fail("geen bronnen geconfigureerd: voeg [[sources]] toe aan woo.toml (zie README)")
    if source and source not in {s.name for s in settings.sources}:
        _fail(f"onbekende bron '{source}'")
    result = _run_flow(settings, dry_run=dry_run, source=source)
    _print_summary(settings, result)


@app.command()
def status(
    as_json: Annotated[bool, typer.Option("--json", help="Als JSON.")] = False,
    config: ConfigOption = None,
) -> None:
    """Aantallen per status en categorie, en per document de status en de reden."""
    from woo.context import open_context
    from woo.report import status_overview

    settings = _settings(config)
    ctx = open_context(settings)
    try:
        overview = status_overview(ctx)
    finally:
        ctx.close()
    if as_json:
        typer.echo(json.dumps(overview, ensure_ascii=False, indent=2))
        return
    counts = overview["counts"]
    typer.secho(f"{counts['total']} documenten in het grootboek", bold=True)
    for name, count in counts["status"].items():
        typer.echo(f"  {name:<12} {count}")
    typer.secho("Per informatiecategorie", bold=True)
    for name, count in counts["category"].items():
        typer.echo(f"  {name:<12} {count}")
    waiting = [d for d in overview["documents"] if d["reason"]]
    if waiting:
        typer.secho("Wachtrij en fouten", bold=True)
        for doc in waiting:
            typer.echo(f"  [{doc['status']}] {doc['file']}: {doc['reason']}")


@config_app.command("show")
def config_show(config: ConfigOption = None) -> None:
    """Toon de instellingen zoals ze gelden (geheimen gemaskeerd)."""
    typer.echo(json.dumps(masked(_settings(config)), ensure_ascii=False, indent=2, default=str))


def _register_command_modules() -> None:
    import importlib
    import pkgutil

    import woo.commands

    for info in sorted(pkgutil.iter_modules(woo.commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"woo.commands.{info.name}")
        if hasattr(module, "register"):  # helpers such as `common` have none
            module.register(app)


_register_command_modules()


if __name__ == "__main__":  # pragma: no cover
    app()
