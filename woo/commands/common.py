"""What every sub-command shares: the `--config` option, a Dutch error exit, settings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from woo.errors import WooError

if TYPE_CHECKING:
    from woo.context import RunContext
    from woo.settings import Settings

__all__ = ["ConfigOption", "context_or_exit", "fail", "settings_or_exit"]

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", help="Instellingenbestand (standaard ./woo.toml).", show_default=False
    ),
]


def fail(message: str) -> NoReturn:
    """Print `Fout: …` in red on standard error and stop with exit code 2."""
    typer.secho(f"Fout: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code=2)


def settings_or_exit(config: Path | None) -> Settings:
    from woo.settings import load_settings

    try:
        return load_settings(config)
    except WooError as exc:
        fail(str(exc))


def context_or_exit(config: Path | None) -> RunContext:
    from woo.context import open_context

    try:
        return open_context(settings_or_exit(config))
    except WooError as exc:
        fail(str(exc))
