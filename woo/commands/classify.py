"""`woo classify FILE [--metadata META.json] [--json]` and `woo classify --batch IN.jsonl`.

Contract (used by people and evaluation scripts, keep it stable):
- one file: one JSON object `{"categories": [{"uri", "code", "label", "confidence"}],
  "needs_review": bool, "reason": str}`;
- batch: per input line `{"id", "text", "metadata": {...}}` (optional `title`, `file_name`)
  one output line `{"id", "categories", "needs_review", "reason"}`, in input order.
"None of the above" appears in `categories` as `{"uri": "", "code": "geen", "label": "geen van
de categorieën", "confidence": …}`; such a document always has `needs_review: true`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Annotated, Any

import typer

from woo.errors import WooError
from woo.settings import Settings, load_settings

BATCH_CHUNK = 256
NONE_ENTRY = {"uri": "", "code": "geen", "label": "geen van de categorieën"}

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", help="Instellingenbestand (standaard ./woo.toml).", show_default=False
    ),
]


def _fail(message: str) -> None:
    typer.secho(f"Fout: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code=2)


def result_json(outcome: Any) -> dict[str, Any]:
    """The contract's object for one `Outcome` (categories ranked, "geen" included)."""
    result = outcome.classification
    entries = [c.model_dump() for c in result.categories]
    none = outcome.none_confidence
    if none is not None and (not entries or none >= 0.5 * entries[0]["confidence"]):
        entries.append({**NONE_ENTRY, "confidence": round(none, 4)})
        entries.sort(key=lambda entry: -entry["confidence"])
    return {"categories": entries, "needs_review": result.needs_review, "reason": result.reason}


def _title(metadata: Mapping[str, Any], fallback: str) -> str:
    for key in ("titel", "title", "officieleTitel"):
        if isinstance(metadata.get(key), str) and metadata[key].strip():
            return str(metadata[key])
    return fallback


def _settings(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except WooError as exc:
        _fail(str(exc))
        raise


def classify_file(path: Path, metadata: Mapping[str, Any], settings: Settings) -> dict[str, Any]:
    from woo_categorieen.classifier import classify_outcome
    from woo_categorieen.documents import read_text
    from woo_categorieen.text_layer import layer_for

    text = read_text(path)
    outcome = classify_outcome(
        title=_title(metadata, path.stem.replace("-", " ").replace("_", " ")),
        text=text,
        file_name=path.name,
        metadata=metadata,
        mapping=settings.category_mapping,
        threshold=settings.thresholds.classification,
        margin=settings.thresholds.margin,
        text_layer=layer_for(settings.classification.model),
    )
    return result_json(outcome)


def _parse_line(number: int, line: str) -> dict[str, Any]:
    item = json.loads(line)
    if not isinstance(item, dict) or not isinstance(item.get("text", ""), str):
        raise ValueError("verwacht een object met 'id', 'text' en 'metadata'")
    metadata = item.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise ValueError("'metadata' moet een object zijn")
    return {
        "id": item.get("id", number),
        "text": item.get("text") or "",
        "metadata": metadata,
        "title": item.get("title") or _title(metadata, ""),
        "file_name": item.get("file_name") or metadata.get("bestandsnaam") or "",
    }


def classify_lines(lines: Iterator[str], settings: Settings) -> Iterator[dict[str, Any]]:
    """Classify JSONL input in chunks with one model call per chunk; bad lines fail closed."""
    from woo_categorieen.classifier import classify_outcome
    from woo_categorieen.text_layer import layer_for

    layer = layer_for(settings.classification.model)

    def flush(chunk: list[tuple[int, dict[str, Any] | str]]) -> Iterator[dict[str, Any]]:
        docs = [item for _, item in chunk if isinstance(item, dict)]
        scores = iter(layer.score_many(docs))
        for number, item in chunk:
            if isinstance(item, str):
                reason = f"ongeldige invoer op regel {number}: {item}"
                yield {"id": number, "categories": [], "needs_review": True, "reason": reason}
                continue
            outcome = classify_outcome(
                title=item["title"],
                text=item["text"],
                file_name=item["file_name"],
                metadata=item["metadata"],
                mapping=settings.category_mapping,
                threshold=settings.thresholds.classification,
                margin=settings.thresholds.margin,
                scores=next(scores),
            )
            yield {"id": item["id"], **result_json(outcome)}

    chunk: list[tuple[int, dict[str, Any] | str]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            chunk.append((number, _parse_line(number, line)))
        except (ValueError, TypeError) as exc:
            chunk.append((number, str(exc)))
        if len(chunk) >= BATCH_CHUNK:
            yield from flush(chunk)
            chunk = []
    if chunk:
        yield from flush(chunk)


def _print_human(result: dict[str, Any]) -> None:
    for entry in result["categories"]:
        code = entry["code"] or "art. 3.1"
        typer.echo(f"{entry['confidence']:.2f}  {code:<10}  {entry['label']}")
    typer.echo(("TER BEOORDELING: " if result["needs_review"] else "zeker: ") + result["reason"])


def register(app: typer.Typer) -> None:
    @app.command("classify")
    def classify_command(
        file: Annotated[
            Path | None, typer.Argument(help="PDF, DOCX of .txt (UTF-8).", show_default=False)
        ] = None,
        metadata: Annotated[
            Path | None,
            typer.Option("--metadata", help="JSON-bestand met bronmetadata.", show_default=False),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Eén JSON-object.")] = False,
        batch: Annotated[
            Path | None,
            typer.Option(
                "--batch",
                help="JSONL met {id, text, metadata} per regel ('-' = stdin).",
                show_default=False,
            ),
        ] = None,
        config: ConfigOption = None,
    ) -> None:
        """Deel een document (of een batch) in bij de Woo-informatiecategorieën, met uitleg."""
        if (file is None) == (batch is None):
            _fail("geef precies één van: een BESTAND of --batch IN.jsonl")
        settings = _settings(config)
        if batch is not None:
            if str(batch) == "-":
                stream = sys.stdin
            elif batch.is_file():
                stream = batch.open(encoding="utf-8")
            else:
                _fail(f"batchbestand {batch} bestaat niet")
            try:
                for line in classify_lines(iter(stream), settings):
                    typer.echo(json.dumps(line, ensure_ascii=False))
            except WooError as exc:
                _fail(str(exc))
            return
        assert file is not None
        if not file.is_file():
            _fail(f"bestand {file} bestaat niet")
        meta: dict[str, Any] = {}
        if metadata is not None:
            try:
                meta = json.loads(metadata.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                _fail(f"metadata {metadata} is niet te lezen als JSON: {exc}")
            if not isinstance(meta, dict):
                _fail(f"metadata {metadata} moet een JSON-object zijn")
        try:
            result = classify_file(file, meta, settings)
        except WooError as exc:
            _fail(str(exc))
            raise
        if as_json:
            typer.echo(json.dumps(result, ensure_ascii=False))
        else:
            _print_human(result)
