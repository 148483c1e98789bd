"""`woo classifier train`: the text model trained with the organisation's own labelled
documents, measured against the shipped model before anyone relies on it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Any

import typer

from woo.commands.common import ConfigOption, context_or_exit, fail, settings_or_exit
from woo.errors import WooError

DEFAULT_MODEL = "tekstmodel-eigen.joblib"

classifier_app = typer.Typer(
    help="Het tekstmodel van de classificatie (eigen voorbeelden).", no_args_is_help=True
)


def _ledger_examples(config: Path | None) -> list[dict[str, Any]]:
    from woo.own_examples import examples_from_ledger

    ctx = context_or_exit(config)
    try:
        examples, skipped = examples_from_ledger(ctx.ledger, ctx.private)
    finally:
        ctx.close()
    if skipped:
        typer.echo(f"{skipped} beoordeelde document(en) overgeslagen: hun PDF is er niet meer")
    return examples


@classifier_app.command("train")
def train_command(
    examples: Annotated[
        Path | None,
        typer.Option(
            "--examples",
            help="JSONL met per regel {id, label, text} (label: infocatNNN of geen).",
            show_default=False,
        ),
    ] = None,
    from_ledger: Annotated[
        bool,
        typer.Option(
            "--from-ledger", help="Ook de documenten waarvan een beoordelaar de categorie koos."
        ),
    ] = False,
    out: Annotated[
        Path | None,
        typer.Option("--out", help=f"Waar het model komt (standaard DATA_DIR/{DEFAULT_MODEL})."),
    ] = None,
    folds: Annotated[int, typer.Option("--folds", min=2, max=10)] = 5,
    config: ConfigOption = None,
) -> None:
    """Train het tekstmodel met eigen, gelabelde documenten en meet eerst wat het oplevert."""
    from woo_categorieen.own_training import cross_validate, read_examples, train_with_own

    if examples is None and not from_ledger:
        fail("geef --examples BESTAND.jsonl en/of --from-ledger")
    settings = settings_or_exit(config)
    started = time.perf_counter()
    steps = [0]
    total = folds + 2

    def progress(message: str) -> None:
        steps[0] += 1
        typer.echo(f"[{steps[0]}/{total}] {message}", err=True)

    try:
        own = read_examples(examples) if examples is not None else []
        if from_ledger:
            own += _ledger_examples(config)
        typer.echo(f"{len(own)} eigen voorbeelden")
        check = cross_validate(own, folds=folds, progress=progress)
        model = train_with_own(own, progress=progress)
    except WooError as exc:
        fail(str(exc))
    from woo_categorieen.model import save

    target = out or settings.data_dir / DEFAULT_MODEL
    target.parent.mkdir(parents=True, exist_ok=True)
    save(model, target)
    seconds = time.perf_counter() - started
    typer.echo(check.summary())
    typer.echo(f"Model opgeslagen in {target} ({seconds:.0f} s).")
    if check.own_top1 < check.shipped_top1:
        typer.secho(
            "Let op: met de eigen voorbeelden is het model op uw documenten NIET beter; "
            "laat classification.model leeg.",
            fg=typer.colors.YELLOW,
        )
    else:
        typer.echo(
            "Gebruik het door in woo.toml te zetten:\n\n"
            f'[classification]\nmodel = "{target}"\n\n'
            "Het model bevat woorden uit uw eigen documenten: bewaar het als vertrouwelijk."
        )


def register(app: typer.Typer) -> None:
    app.add_typer(classifier_app, name="classifier")
