"""Figures of the lakken evaluation: recall and precision per type, office holders and other
public values that were redacted, every miss, and the leak check on the rendered PDF.

A gold "redact" value counts as found when a predicted redact-span overlaps it; a predicted
redact-span is correct when it overlaps a gold redact value. "full" is the stricter share of gold
values whose every letter and digit is inside predicted redact-spans (a partly redacted name still
leaks its other half). Office holders (gold "keep" names) that are redacted count as
over-redaction; other gold "keep" values (public numbers, organisations, streets) are counted
per type under "kept_per_type". The leak check renders every example to PDF, runs `redact_pdf`,
and counts gold redact values still readable in the output (as whole words, also when a line
break split a value after a hyphen).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from publicatie.detect import detect_personal_data
from publicatie.evaluation.dataset import Annotated, Example
from publicatie.policy import DetectionPolicy
from schemas.records import RedactionSpan

__all__ = ["IDENTIFIERS", "errors", "evaluate", "leak_check", "readable"]

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
    gold_full: Counter[str] = Counter()
    kept_gold: Counter[str] = Counter()
    kept_hit: Counter[str] = Counter()
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
            gold_full[gold.type] += _covered(example.text, gold, spans)
        for span in spans:
            predicted[span.type] += 1
            if any(_overlaps(g.start, g.end, span.start, span.end) for g in gold_redact):
                correct[span.type] += 1
        for gold in (g for g in example.spans if g.action == "keep"):
            hit = any(_overlaps(gold.start, gold.end, s.start, s.end) for s in spans)
            kept_total += 1
            kept_redacted += hit
            kept_gold[gold.type] += 1
            kept_hit[gold.type] += hit
            if gold.type == "name":
                office_total += 1
                office_redacted += hit
    per_type = {
        kind: {
            "gold": gold_total[kind],
            "recall": round(gold_found[kind] / gold_total[kind], 4) if gold_total[kind] else None,
            "predicted": predicted[kind],
            "precision": round(correct[kind] / predicted[kind], 4) if predicted[kind] else None,
            "full": round(gold_full[kind] / gold_total[kind], 4) if gold_total[kind] else None,
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
        "kept_per_type": {
            kind: {"gold": kept_gold[kind], "redacted": kept_hit[kind]}
            for kind in sorted(kept_gold)
        },
    }


def _covered(text: str, gold: Annotated, spans: list[RedactionSpan]) -> bool:
    """Whether every letter and digit of the gold value lies inside a predicted span."""
    return all(
        not text[i].isalnum() or any(s.start <= i < s.end for s in spans)
        for i in range(gold.start, gold.end)
    )


def errors(examples: list[Example], policy: DetectionPolicy) -> list[str]:
    """One line per missed gold value, partly redacted value and false positive."""
    lines = []
    for example in examples:
        spans = [
            s for s in detect_personal_data(example.text, policy=policy) if s.action == "redact"
        ]
        for gold in example.spans:
            hits = [s for s in spans if _overlaps(gold.start, gold.end, s.start, s.end)]
            if gold.action == "redact" and not hits:
                lines.append(f"{example.id}: gemist {gold.type} {gold.text!r}")
            elif (
                gold.action == "redact"
                and gold.type != "special"  # flagged by a key phrase, for a person to review
                and not _covered(example.text, gold, spans)
            ):
                parts = ", ".join(repr(s.text) for s in hits)
                lines.append(f"{example.id}: deels {gold.type} {gold.text!r} (gelakt: {parts})")
            elif gold.action == "keep" and hits:
                parts = ", ".join(f"{s.type} {s.text!r}" for s in hits)
                lines.append(f"{example.id}: ten onrechte {gold.type} {gold.text!r} ({parts})")
        for span in spans:
            if not any(_overlaps(g.start, g.end, span.start, span.end) for g in example.spans):
                lines.append(f"{example.id}: vals positief {span.type} {span.text!r}")
    return lines


def readable(value: str, text: str) -> bool:
    """Whether `value` can still be read in `text` as a whole: as separate words, and also when
    a line break split it after a hyphen ("Hoogervorst-\nOuwehand")."""
    parts = [re.escape(part) for part in value.split()]
    pattern = r"\s+".join(parts).replace(r"\-", r"-\s*")
    return re.search(rf"(?<!\w){pattern}(?!\w)", text) is not None


def leak_check(examples: list[Example], policy: DetectionPolicy) -> dict:
    from publicatie.convert import to_pdf
    from publicatie.pdf_text import extract_text
    from publicatie.redact import redact_pdf

    checked = 0
    leaked: list[str] = []
    failed: list[str] = []
    for example in examples:
        pdf = to_pdf(example.text.encode(), "x.txt", "text/plain", document=example.id)
        # as the pipeline redacts a text file: its PDF, with the text it was made from
        output, result = redact_pdf(
            pdf, document=example.id, policy=policy, source_text=example.text
        )
        if not result.verified:
            failed.append(example.id)
        # NFKC: a ligature ("ﬂ") must not hide a value that a reader sees as "fl".
        read = " ".join(extract_text(output, document=example.id))
        text = " ".join(unicodedata.normalize("NFKC", read).split())
        for gold in (g for g in example.spans if g.action == "redact"):
            checked += 1
            if readable(gold.text, text):
                leaked.append(f"{example.id}: {gold.type} {gold.text!r}")
    return {
        "values_checked": checked,
        "values_leaked": len(leaked),
        "documents": len(examples),
        "verification_failed": len(failed),
        "leaked_values": leaked,
        "verification_failed_documents": failed,
    }
