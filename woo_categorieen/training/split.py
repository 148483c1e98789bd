"""Read the labelled corpus and split it by group (family or real source), never by document."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from woo_categorieen.training.generate import CORPUS_FILE, is_held_out


def load_corpus() -> list[dict[str, Any]]:
    text = resources.files("woo_categorieen.training").joinpath(CORPUS_FILE).read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def split(examples: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(training part, held-out part): whole groups go to one side."""
    train = [e for e in examples if not is_held_out(e["group"])]
    held_out = [e for e in examples if is_held_out(e["group"])]
    return train, held_out
