"""`python -m publicatie.evaluation [--documents N] [--model]`: recall, precision, leak check.

A gold "redact" value counts as found when a predicted redact-span overlaps it; a predicted
redact-span is correct when it overlaps a gold redact value. Office holders (gold "keep" names)
that are redacted count as over-redaction. The leak check renders every example to PDF, runs
`redact_pdf`, and counts gold redact values still readable in the output. The last line of
output is one JSON object with all figures.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from publicatie.detect import detect_personal_data
from publicatie.evaluation.dataset import Example, build_dataset
from publicatie.policy import DetectionPolicy

IDENTIFIERS = {
    "bsn",
    "iban",
    "phone",
    "email",
    "postcode",
    "address",
    "dob",
    "kenteken",
    "document_number",
}


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def evaluate(examples: list[Example], policy: DetectionPolicy) -> dict:
    gold_total: Counter[str] = Counter()
    gold_found: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    office_total = office_redacted = kept_total = kept_redacted = 0
    for example in examples:
        spans = [
            s for s in detect_personal_data(example.text, policy=policy) if s.action == "redact"
        ]
        gold_redact = [g for g in example.spans if g.action == "redact"]
        for gold in gold_redact:
            gold_total[gold.type] += 1
            if any(_overlaps(gold.start, gold.end, s.start, s.end) for s in spans):
                gold_found[gold.type] += 1
        for span in spans:
            predicted[span.type] += 1
            if any(_overlaps(g.start, g.end, span.start, span.end) for g in gold_redact):
                correct[span.type] += 1
        for gold in (g for g in example.spans if g.action == "keep"):
            hit = any(_overlaps(gold.start, gold.end, s.start, s.end) for s in spans)
            kept_total += 1
            kept_redacted += hit
            if gold.type == "name":
                office_total += 1
                office_redacted += hit
    per_type = {
        kind: {
            "gold": gold_total[kind],
            "recall": round(gold_found[kind] / gold_total[kind], 4) if gold_total[kind] else None,
            "predicted": predicted[kind],
            "precision": round(correct[kind] / predicted[kind], 4) if predicted[kind] else None,
        }
        for kind in sorted(set(gold_total) | set(predicted))
    }
    ident_total = sum(gold_total[k] for k in IDENTIFIERS)
    ident_found = sum(gold_found[k] for k in IDENTIFIERS)
    return {
        "per_type": per_type,
        "recall_identifiers": round(ident_found / ident_total, 4) if ident_total else None,
        "recall_names": round(gold_found["name"] / gold_total["name"], 4)
        if gold_total["name"]
        else None,
        "precision": round(sum(correct.values()) / sum(predicted.values()), 4)
        if predicted
        else None,
        "office_holders": office_total,
        "office_holders_redacted": office_redacted,
        "public_values": kept_total,
        "public_values_redacted": kept_redacted,
    }


def leak_check(examples: list[Example], policy: DetectionPolicy) -> dict:
    from publicatie.convert import to_pdf
    from publicatie.pdf_text import extract_text
    from publicatie.redact import redact_pdf

    leaked = checked = failed_verification = 0
    for example in examples:
        pdf = to_pdf(example.text.encode(), "x.txt", "text/plain", document=example.id)
        output, result = redact_pdf(pdf, document=example.id, policy=policy)
        failed_verification += not result.verified
        text = " ".join(" ".join(extract_text(output, document=example.id)).split())
        for gold in (g for g in example.spans if g.action == "redact"):
            checked += 1
            leaked += " ".join(gold.text.split()) in text
    return {
        "values_checked": checked,
        "values_leaked": leaked,
        "documents": len(examples),
        "verification_failed": failed_verification,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=60)
    parser.add_argument("--model", action="store_true", help="ook deduce gebruiken")
    parser.add_argument("--no-leak-check", action="store_true")
    args = parser.parse_args()
    examples = build_dataset(args.documents)
    policy = DetectionPolicy(use_model=args.model)
    figures = evaluate(examples, policy)
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
    if not args.no_leak_check:
        figures["leak"] = leak_check(examples, policy)
        print(
            f"lekcontrole: {figures['leak']['values_leaked']} van "
            f"{figures['leak']['values_checked']} waarden nog leesbaar; verificatie mislukt "
            f"voor {figures['leak']['verification_failed']} documenten"
        )
    figures["model"] = args.model
    figures["documents"] = len(examples)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
