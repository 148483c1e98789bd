"""`woo pii FILE [--json]`, `woo pii --batch IN.jsonl` and `woo redact IN OUT.pdf [--plan P]`.

Contract (keep it stable):
- `woo pii FILE --json` prints `{"spans": [{"start", "end", "text", "type", "ground", "action",
  "reason", "confidence", "origin"}]}`; `action` is `redact` or `keep`. For a `.txt` file the
  offsets are character offsets into the file's text; for a PDF into its extracted text (pages
  joined with a form feed), with `page` and `bbox` added. Other files are converted to PDF first.
- `woo pii --batch IN.jsonl` reads lines `{"id", "text"}` and prints one line
  `{"id", "spans": [...]}` per input line, in order, loading models once.
- `woo redact IN OUT.pdf [--plan PLAN.json]` writes the redacted PDF and prints the plan used
  (`{"spans": [...], "verified", "needs_review", "reason"}`); exit code 1 when verification
  failed (the file is still written, for inspection only).
"""

from __future__ import annotations

import json
import mimetypes
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from woo.errors import WooError
from woo.settings import load_settings

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", help="Instellingenbestand (standaard ./woo.toml).", show_default=False
    ),
]
_FIELDS = ("start", "end", "text", "type", "ground", "action", "reason", "confidence", "origin")


def _fail(message: str) -> None:
    typer.secho(f"Fout: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code=2)


def _policy(config: Path | None, no_model: bool) -> Any:
    from publicatie.policy import policy_from_settings

    try:
        settings = load_settings(config)
    except WooError as exc:
        _fail(str(exc))
        raise
    policy = policy_from_settings(settings.redaction)
    if no_model:
        from dataclasses import replace

        policy = replace(policy, use_model=False)
    return policy


def span_json(span: Any, *, with_location: bool) -> dict[str, Any]:
    """One span in the contract's shape."""
    data = {field: getattr(span, field) for field in _FIELDS}
    if with_location:
        data["page"] = span.page
        data["bbox"] = list(span.bbox) if span.bbox is not None else None
    return data


def _pdf_of(path: Path) -> bytes:
    from publicatie.convert import to_pdf

    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return to_pdf(path.read_bytes(), path.name, media, document=path.name)


def pii(
    file: Annotated[Path | None, typer.Argument(help="Bestand (.txt, .pdf, .docx, .odt).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Uitvoer als JSON.")] = False,
    batch: Annotated[
        Path | None, typer.Option("--batch", help='JSONL met regels {"id", "text"}.')
    ] = None,
    no_model: Annotated[
        bool, typer.Option("--no-model", help="Alleen regels, zonder deduce.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Persoonsgegevens vinden in een bestand (of een batch teksten) en tonen wat gelakt wordt."""
    from publicatie.detect import detect_personal_data

    policy = _policy(config, no_model)
    if batch is not None:
        if not batch.is_file():
            _fail(f"bestand {batch} bestaat niet.")
        with batch.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    text = str(item["text"])
                except (ValueError, KeyError, TypeError):
                    _fail(f"regel {number} van {batch} is geen object met 'id' en 'text'.")
                    raise
                spans = detect_personal_data(text, policy=policy)
                out = {
                    "id": item.get("id"),
                    "spans": [span_json(s, with_location=False) for s in spans],
                }
                sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        return
    if file is None:
        _fail("geef een bestand of --batch IN.jsonl.")
        raise typer.Exit(2)
    if not file.is_file():
        _fail(f"bestand {file} bestaat niet.")
    try:
        if file.suffix.lower() == ".txt":
            text = file.read_text(encoding="utf-8-sig")
            spans = detect_personal_data(text, policy=policy)
            located = False
        else:
            from publicatie.pdf_spans import detect_in_pdf

            _, spans = detect_in_pdf(_pdf_of(file), document=file.name, policy=policy)
            located = True
    except WooError as exc:
        _fail(str(exc))
        raise
    if as_json:
        payload = {"spans": [span_json(s, with_location=located) for s in spans]}
        typer.echo(json.dumps(payload, ensure_ascii=False))
        return
    for span in spans:
        where = f"p.{span.page} " if span.page else ""
        typer.echo(
            f"{where}{span.start}-{span.end} {span.type:<15} {span.ground:<7} {span.action:<6} "
            f"{span.text!r} — {span.reason}"
        )
    typer.echo(
        f"{sum(s.action == 'redact' for s in spans)} te lakken, "
        f"{sum(s.action == 'keep' for s in spans)} blijven zichtbaar."
    )


def redact(
    source: Annotated[Path, typer.Argument(help="Invoerbestand (.pdf, .docx, .odt, .txt).")],
    target: Annotated[Path, typer.Argument(help="Uitvoer-PDF.")],
    plan: Annotated[
        Path | None, typer.Option("--plan", help="Lakplan (JSON met 'spans'); anders detectie.")
    ] = None,
    no_model: Annotated[
        bool, typer.Option("--no-model", help="Alleen regels, zonder deduce.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Een document echt lakken naar een PDF, met verificatie; toont het gebruikte lakplan."""
    from publicatie.redact import apply_redaction_plan, redact_pdf
    from schemas.records import RedactionSpan

    if not source.is_file():
        _fail(f"bestand {source} bestaat niet.")
    policy = _policy(config, no_model)
    try:
        pdf = _pdf_of(source)
        if plan is not None:
            data = json.loads(plan.read_text(encoding="utf-8"))
            items = data["spans"] if isinstance(data, dict) else data
            spans = [RedactionSpan.model_validate(item) for item in items]
            output, result = apply_redaction_plan(pdf, spans, document=source.name, policy=policy)
        else:
            from publicatie.convert import source_text

            media = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
            text = source_text(source.read_bytes(), source.name, media)
            output, result = redact_pdf(pdf, document=source.name, policy=policy, source_text=text)
    except (WooError, ValueError, KeyError) as exc:
        _fail(f"lakken van {source} mislukt: {exc}")
        raise
    target.write_bytes(output)
    payload = {
        "spans": [span_json(s, with_location=True) for s in result.spans],
        "verified": result.verified,
        "needs_review": result.needs_review,
        "reason": result.reason,
    }
    typer.echo(json.dumps(payload, ensure_ascii=False))
    if not result.verified:
        typer.secho(f"Niet geverifieerd: {result.reason}", fg=typer.colors.RED, err=True)
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    app.command("pii")(pii)
    app.command("redact")(redact)
