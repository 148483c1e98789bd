"""`woo serve`: the review page (beoordelingswachtrij) on the same ledger and data folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from woo.errors import WooError
from woo.settings import load_settings


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        host: Annotated[str, typer.Option("--host", help="Adres om op te luisteren.")] = (
            "127.0.0.1"
        ),
        port: Annotated[int, typer.Option("--port", help="Poort.")] = 8080,
        config: Annotated[
            Path | None,
            typer.Option("--config", help="Instellingenbestand (standaard ./woo.toml)."),
        ] = None,
    ) -> None:
        """Start de beoordelingswachtrij (webpagina) voor de contactfunctionaris."""
        import uvicorn

        from review import create_app

        try:
            settings = load_settings(config)
        except WooError as exc:
            typer.secho(f"Fout: {exc}", fg=typer.colors.RED, err=True)
            raise typer.Exit(code=2) from exc
        typer.echo(f"Beoordelingswachtrij op http://{host}:{port}/ (stoppen: Ctrl+C)")
        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
