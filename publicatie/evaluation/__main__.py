"""`python -m publicatie.evaluation [--documents N] [--model]`: recall, precision, leak check.

The templated set (`build_dataset`, figures at the top level of the JSON) and each hand-written
set of `dataset.HAND_WRITTEN_SETS` are reported separately, the latter under its folder's name:
"realistic" (the development set), "realistic_toets" (written afterwards) and
"realistic_toets2" onwards (each written blind, measured once, then used for tuning; the last
one in the table may still be blind). See `publicatie/evaluation/README.md`. `--no-realistic`
skips the hand-written sets.

How the figures are counted: see `publicatie.evaluation.metrics`. `--errors` lists every miss
and every false positive of the hand-written sets, the values still readable after lakken and
the documents whose verification failed. The last line of output is one JSON object with all
figures.
"""

from __future__ import annotations

import argparse
import json

from publicatie.evaluation.dataset import (
    HAND_WRITTEN_SETS,
    Example,
    build_dataset,
    load_set,
)
from publicatie.evaluation.metrics import IDENTIFIERS, errors, evaluate, leak_check, readable
from publicatie.policy import DetectionPolicy

__all__ = ["IDENTIFIERS", "errors", "evaluate", "leak_check", "main", "readable"]


def _print_figures(figures: dict) -> None:
    print(f"{'type':<16}{'gold':>6}{'recall':>9}{'voorspeld':>11}{'precisie':>10}")
    for kind, row in figures["per_type"].items():
        recall = "-" if row["recall"] is None else f"{row['recall']:.3f}"
        precision = "-" if row["precision"] is None else f"{row['precision']:.3f}"
        print(f"{kind:<16}{row['gold']:>6}{recall:>9}{row['predicted']:>11}{precision:>10}")
    print(
        f"recall identificatoren/contact: {figures['recall_identifiers']}, namen: "
        f"{figures['recall_names']}, precisie: {figures['precision']}"
    )
    print(
        f"ambtsdragers gelakt: {figures['office_holders_redacted']} van "
        f"{figures['office_holders']}; openbare waarden gelakt: "
        f"{figures['public_values_redacted']} van {figures['public_values']}"
    )


def _print_leak(leak: dict) -> None:
    print(
        f"lekcontrole: {leak['values_leaked']} van {leak['values_checked']} waarden nog "
        f"leesbaar; verificatie mislukt voor {leak['verification_failed']} documenten"
    )


def _report_hand_written(
    title: str, examples: list[Example], policy: DetectionPolicy, args: argparse.Namespace
) -> dict:
    """Figures, leak check and (with --errors) every miss of one hand-written set, printed."""
    figures = evaluate(examples, policy)
    figures["documents"] = len(examples)
    print(f"\n{title} ({len(examples)} documenten)")
    _print_figures(figures)
    full = ", ".join(
        f"{kind} {row['full']:.3f}"
        for kind, row in figures["per_type"].items()
        if row["full"] is not None and kind != "special"
    )
    print(f"volledig gelakt (elk teken van de waarde): {full}")
    kept = ", ".join(
        f"{kind} {row['redacted']}/{row['gold']}" for kind, row in figures["kept_per_type"].items()
    )
    print(f"openbare waarden gelakt per type: {kept}")
    if not args.no_leak_check:
        figures["leak"] = leak_check(examples, policy)
        _print_leak(figures["leak"])
    if args.errors:
        for line in errors(examples, policy):
            print(f"  {line}")
        for line in figures.get("leak", {}).get("leaked_values", []):
            print(f"  nog leesbaar na lakken: {line}")
        for name in figures.get("leak", {}).get("verification_failed_documents", []):
            print(f"  verificatie mislukt: {name}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=60)
    parser.add_argument("--model", action="store_true", help="ook deduce gebruiken")
    parser.add_argument("--no-leak-check", action="store_true")
    parser.add_argument(
        "--no-realistic", action="store_true", help="de handgeschreven sets overslaan"
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="missers en valse positieven van de handgeschreven sets",
    )
    args = parser.parse_args()
    examples = build_dataset(args.documents)
    policy = DetectionPolicy(use_model=args.model)
    figures = evaluate(examples, policy)
    _print_figures(figures)
    if not args.no_leak_check:
        figures["leak"] = leak_check(examples, policy)
        _print_leak(figures["leak"])
    figures["model"] = args.model
    figures["documents"] = len(examples)
    if not args.no_realistic:
        for name, title in HAND_WRITTEN_SETS.items():
            figures[name] = _report_hand_written(title, load_set(name), policy, args)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
