"""`woo reconcile`, `woo withdraw`, `woo sitemaps` and `woo report completeness`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from woo.commands.common import ConfigOption, context_or_exit
from woo.errors import WooError


def reconcile_command(
    repair: Annotated[
        bool, typer.Option("--repair", help="Herstel wat kan: bestanden, sitemaps, restanten.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Als JSON.")] = False,
    config: ConfigOption = None,
) -> None:
    """Vergelijk grootboek, publieke opslag en sitemaps (en herstel met --repair)."""
    from publicatie.reconcile import reconcile

    ctx = context_or_exit(config)
    try:
        report = reconcile(ctx, repair=repair)
    finally:
        ctx.close()
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(report.markdown())
        if repair and not report.ok:
            typer.echo(
                f"Hersteld: {len(report.repaired)}; niet hersteld: {len(report.not_repaired)}"
            )
    unresolved = report.not_repaired if repair else report.findings
    raise typer.Exit(code=1 if unresolved else 0)


def withdraw_command(
    document_id: Annotated[int, typer.Argument(help="Id van het document in het grootboek.")],
    reason: Annotated[
        str,
        typer.Option("--reason", help="TOOI-URI uit de lijst redenen_verwijdering_vervanging."),
    ],
    explanation: Annotated[str, typer.Option("--toelichting", help="Toelichting.")] = "",
    actor: Annotated[str, typer.Option("--door", help="Wie trekt in.")] = "beheerder",
    config: ConfigOption = None,
) -> None:
    """Trek een gepubliceerd document in (intrekken), met een reden uit de TOOI-lijst."""
    from woo.publish import withdraw_document

    ctx = context_or_exit(config)
    try:
        withdraw_document(ctx, document_id, reason_uri=reason, actor=actor, explanation=explanation)
    except (ValueError, WooError) as exc:
        typer.secho(f"Fout: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(code=2) from exc
    finally:
        ctx.close()
    typer.echo(f"Document {document_id} is ingetrokken.")


def sitemaps_command(
    full: Annotated[bool, typer.Option("--full", help="Alles opnieuw schrijven.")] = False,
    config: ConfigOption = None,
) -> None:
    """Werk sitemaps, sitemapindexen, robots.txt en overzichtspagina's bij."""
    from woo.publish import rebuild_sitemaps

    ctx = context_or_exit(config)
    try:
        report = rebuild_sitemaps(ctx, full=full)
    finally:
        ctx.close()
    typer.echo(
        f"{len(report.sitemaps)} sitemap(s) en {len(report.indexes)} index(en) geschreven, "
        f"{len(report.removed)} verwijderd; {sum(report.counts.values())} documenten in sitemaps"
    )


def completeness_command(
    as_json: Annotated[bool, typer.Option("--json", help="Als JSON.")] = False,
    html: Annotated[
        Path | None, typer.Option("--html", help="Schrijf ook een HTML-pagina.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Volledigheid per informatiecategorie: gezien, gepubliceerd, wachtrij, geweigerd, mislukt."""
    from dataclasses import asdict

    from publicatie.completeness import (
        completeness,
        completeness_html,
        completeness_markdown,
        mandatory_dates,
    )

    ctx = context_or_exit(config)
    try:
        rows = completeness(ctx.ledger, mandatory=mandatory_dates(ctx.settings.verplicht_vanaf))
    finally:
        ctx.close()
    if html is not None:
        html.write_bytes(completeness_html(rows, organisatie=ctx.settings.organisatie.naam))
    if as_json:
        typer.echo(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
    else:
        typer.echo(completeness_markdown(rows))


def register(app: typer.Typer) -> None:
    app.command("reconcile")(reconcile_command)
    app.command("withdraw")(withdraw_command)
    app.command("sitemaps")(sitemaps_command)
    report_app = next((g.typer_instance for g in app.registered_groups if g.name == "report"), None)
    if report_app is None:
        report_app = typer.Typer(help="Rapportages.", no_args_is_help=True)
        app.add_typer(report_app, name="report")
    report_app.command("completeness")(completeness_command)
