"""`woo users add NAME --role ROLE`: local accounts for the review page."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from woo.commands.common import ConfigOption, fail, settings_or_exit


def _read_password() -> str:
    if sys.stdin.isatty():
        first = typer.prompt("Wachtwoord", hide_input=True)
        second = typer.prompt("Nog een keer", hide_input=True)
        if first != second:
            fail("de wachtwoorden zijn niet gelijk.")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def register(app: typer.Typer) -> None:
    users_app = typer.Typer(help="Accounts voor de beoordelingswachtrij.", no_args_is_help=True)
    app.add_typer(users_app, name="users")

    @users_app.command("add")
    def add(
        name: Annotated[str, typer.Argument(help="Inlognaam (zonder spaties).")],
        role: Annotated[
            str,
            typer.Option("--role", help="contactfunctionaris, informatiebeheerder of lezer."),
        ],
        config: ConfigOption = None,
    ) -> None:
        """Maak een account (of zet een nieuw wachtwoord). Het wachtwoord komt van de
        standaardinvoer als die geen terminal is."""
        from review.accounts import AccountError, add_user
        from woo.context import open_context

        settings = settings_or_exit(config)
        password = _read_password()
        ctx = open_context(settings)
        try:
            with ctx.ledger.session() as session:
                add_user(session, name, password, role)
        except AccountError as exc:
            fail(str(exc))
        finally:
            ctx.close()
        typer.echo(f"Account '{name}' met rol {role} is klaar.")

    @users_app.command("disable")
    def disable(
        name: Annotated[str, typer.Argument(help="Inlognaam.")],
        config: ConfigOption = None,
    ) -> None:
        """Zet een account uit en beëindig zijn sessies (direct uitgelogd)."""
        from review.accounts import AccountError, disable_user
        from woo.context import open_context

        settings = settings_or_exit(config)
        ctx = open_context(settings)
        try:
            with ctx.ledger.session() as session:
                ended = disable_user(session, name)
        except AccountError as exc:
            fail(str(exc))
        finally:
            ctx.close()
        typer.echo(f"Account '{name}' staat uit; {ended} sessie(s) beëindigd.")
