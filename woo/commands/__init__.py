"""Sub-commands of `woo`, one module per area.

Every module here defines `register(app: typer.Typer) -> None`; `woo.cli` calls it for each
module it finds, so a new area adds a command without editing the CLI's core.
"""
