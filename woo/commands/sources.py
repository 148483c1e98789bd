"""`woo sources check`, `woo sources cursor show|reset NAAM`, `woo sources notified NAAM` (the
immediate ad-hoc run over what the Notificaties webhook queued)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from woo.errors import WooError
from woo.settings import Settings, load_settings

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", help="Instellingenbestand (standaard ./woo.toml).", show_default=False
    ),
]


def _fail(message: str) -> None:
    typer.secho(f"Fout: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code=2)


def _settings(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except WooError as exc:
        _fail(str(exc))
        raise


def _source(settings: Settings, name: str):  # type: ignore[no-untyped-def]
    for source in settings.sources:
        if source.name == name:
            return source
    known = ", ".join(s.name for s in settings.sources) or "geen"
    _fail(f"onbekende bron '{name}' (geconfigureerd: {known})")


def check_sources(settings: Settings) -> list[tuple[str, bool, str]]:
    """(name, ok, Dutch message) per configured source: auth plus one page."""
    from connectors.base import build_connector

    results: list[tuple[str, bool, str]] = []
    for source in settings.sources:
        try:
            line = build_connector(source).check()
        except WooError as exc:
            results.append((source.name, False, exc.message))
        except Exception as exc:
            results.append((source.name, False, f"onverwachte fout: {type(exc).__name__}: {exc}"))
        else:
            results.append((source.name, True, line))
    return results


def register(app: typer.Typer) -> None:
    sources_app = typer.Typer(
        help="Bronnen controleren en hun cursor beheren.", no_args_is_help=True
    )
    cursor_app = typer.Typer(help="De oogstcursor van één bron.", no_args_is_help=True)
    app.add_typer(sources_app, name="sources")
    sources_app.add_typer(cursor_app, name="cursor")

    @sources_app.command("check")
    def check(config: ConfigOption = None) -> None:
        """Probeer elke bron (inloggen, één pagina) en zeg wat er mis is."""
        settings = _settings(config)
        if not settings.sources:
            _fail("geen bronnen geconfigureerd: voeg [[sources]] toe aan woo.toml (zie README)")
        results = check_sources(settings)
        for name, ok, message in results:
            mark, colour = ("✓", typer.colors.GREEN) if ok else ("✗", typer.colors.RED)
            typer.secho(f"{mark} {name}: {message}", fg=colour)
        if not all(ok for _, ok, _ in results):
            raise typer.Exit(code=1)

    @cursor_app.command("show")
    def cursor_show(
        name: Annotated[str, typer.Argument(help="Naam van de bron.")], config: ConfigOption = None
    ) -> None:
        """Toon de opgeslagen cursor van een bron (JSON)."""
        from ledger.db import open_ledger
        from ledger.models import HarvestCursor

        settings = _settings(config)
        _source(settings, name)
        ledger = open_ledger(settings.resolved_database_url)
        try:
            with ledger.session() as session:
                row = session.get(HarvestCursor, name)
                cursor = dict(row.cursor) if row else None
        finally:
            ledger.dispose()
        if cursor is None:
            typer.echo(f"bron {name} heeft nog geen cursor (de volgende run oogst alles)")
            return
        typer.echo(json.dumps(cursor, ensure_ascii=False, indent=2, sort_keys=True))

    @cursor_app.command("reset")
    def cursor_reset(
        name: Annotated[str, typer.Argument(help="Naam van de bron.")],
        yes: Annotated[bool, typer.Option("--yes", help="Niet om bevestiging vragen.")] = False,
        config: ConfigOption = None,
    ) -> None:
        """Wis de cursor: de volgende run vergelijkt de hele bron opnieuw met het grootboek."""
        from ledger.db import open_ledger
        from ledger.models import HarvestCursor

        settings = _settings(config)
        _source(settings, name)
        if not yes and not typer.confirm(f"Cursor van bron {name} wissen?"):
            raise typer.Exit(code=1)
        ledger = open_ledger(settings.resolved_database_url)
        try:
            with ledger.session() as session:
                row = session.get(HarvestCursor, name)
                if row is not None:
                    session.delete(row)
        finally:
            ledger.dispose()
        typer.echo(f"cursor van bron {name} gewist; de volgende run oogst de hele bron opnieuw")

    @sources_app.command("notified")
    def notified(
        name: Annotated[str, typer.Argument(help="Naam van de (ZGW-)bron.")],
        dry_run: Annotated[
            bool, typer.Option("--dry-run", help="Alles verwerken maar niets publiceren.")
        ] = False,
        config: ConfigOption = None,
    ) -> None:
        """Verwerk nu wat via Notificaties is aangemeld: oogsten, classificeren, lakken,
        valideren en publiceren (of in de wachtrij), zonder op de nachtrun te wachten."""
        settings = _settings(config)
        source = _source(settings, name)
        if source.kind != "zgw":
            _fail(f"bron {name} is geen ZGW-bron en krijgt geen notificaties")
        from woo.prefect_env import configure_prefect

        configure_prefect(settings.data_dir)
        from flows.adhoc import adhoc_publication

        result = adhoc_publication(
            source=name, notified=True, dry_run=dry_run, settings_json=settings.model_dump_json()
        )
        report = result["harvested"]
        typer.echo(
            f"bron {name}: {report['seen']} gezien, {report['new']} nieuw, "
            f"{report['changed']} gewijzigd, {report['deleted']} verwijderd, "
            f"{len(report['failed'])} mislukt"
            + (f" — FOUT: {report['error']}" if report["error"] else "")
        )
        verb = "zou publiceren" if dry_run else "gepubliceerd"
        count = result["would_publish"] if dry_run else result["published"]
        typer.echo(
            f"{verb}: {count} · in de wachtrij: {result['queued']} · "
            f"mislukt: {len(result['failures'])}"
        )
        if report["error"]:
            raise typer.Exit(code=1)
