"""`woo serve`: the review page (beoordelingswachtrij) on the same ledger and data folder."""

from __future__ import annotations

from typing import Annotated

import typer

from woo.commands.common import ConfigOption, settings_or_exit


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        host: Annotated[str, typer.Option("--host", help="Adres om op te luisteren.")] = (
            "127.0.0.1"
        ),
        port: Annotated[int, typer.Option("--port", help="Poort.")] = 8080,
        secure_cookies: Annotated[
            bool | None,
            typer.Option(
                "--secure-cookies/--insecure-cookies",
                help=(
                    "Sessiecookie alleen over HTTPS sturen. Standaard aan, behalve op "
                    "127.0.0.1/localhost (zet de pagina achter een HTTPS-proxy)."
                ),
            ),
        ] = None,
        config: ConfigOption = None,
    ) -> None:
        """Start de beoordelingswachtrij (webpagina) voor de contactfunctionaris."""
        import uvicorn

        from review import create_app

        settings = settings_or_exit(config)
        secure = not is_loopback(host) if secure_cookies is None else secure_cookies
        typer.echo(f"Beoordelingswachtrij op http://{host}:{port}/ (stoppen: Ctrl+C)")
        if secure:
            typer.echo("Sessiecookie alleen over HTTPS: open de pagina via uw HTTPS-proxy.")
        app_ = create_app(settings, secure_cookies=secure, config_path=config)
        uvicorn.run(app_, host=host, port=port, log_level="warning", proxy_headers=True)


def is_loopback(host: str) -> bool:
    """True for addresses only this machine reaches (no TLS needed for the cookie there)."""
    import ipaddress

    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
