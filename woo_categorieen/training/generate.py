"""Build the labelled training corpus `corpus.jsonl` reproducibly.

    python -m woo_categorieen.training.generate [--per-family N] [--seed S]

Three sources, each example with its provenance (`source`, `how`):
- synthetic families (`templates_a`, `templates_b`, `templates_d`, `templates_e`, `templates_f`):
  written for this corpus, filled with random but consistent slot values (municipality, dates,
  subjects, names, amounts) and shared noise; `templates_e` and `templates_f` imitate the forms of
  real public documents on which the model failed (see PROVENANCE.md), in words of our own;
- `real.jsonl`: excerpts of real public Dutch government documents (see PROVENANCE.md);
- `handgeschreven/*.jsonl`: whole documents written by hand, one file per writer, each with a
  different kind of issuer (municipalities; provinces, waterschappen and joint bodies; the Rijk,
  agencies, ombudsmen and advisory boards), to teach the form of a document rather than its
  subject (see PROVENANCE.md). Their groups start with "hand-".
The `group` field is the unit of the held-out split: a whole family or a whole real source.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from woo_categorieen.training.family import Family
from woo_categorieen.training.slots import Slots
from woo_categorieen.training.templates_a import FAMILIES_A
from woo_categorieen.training.templates_b import FAMILIES_B
from woo_categorieen.training.templates_d import FAMILIES_D
from woo_categorieen.training.templates_e import FAMILIES_E
from woo_categorieen.training.templates_f import FAMILIES_F

FAMILIES: tuple[Family, ...] = FAMILIES_A + FAMILIES_B + FAMILIES_D + FAMILIES_E + FAMILIES_F
SEED = 20261129
PER_FAMILY = 30
CORPUS_FILE = "corpus.jsonl"
REAL_FILE = "real.jsonl"
HANDWRITTEN_FOLDER = "handgeschreven"
HANDWRITTEN_PREFIX = "hand-"
HELD_OUT_SUFFIX = "c"  # families "001c", "geen-c", ...: never seen in training

# Shared paragraphs that appear in documents of any kind: they must not decide a category.
NOISE = (
    "Gemeente {gemeente}, Postbus {huisnummer}00. Telefoon 14 0[15|70|30]. www.{gemeente}.nl",
    "Dit document is digitaal vastgesteld en daarom niet ondertekend.",
    "Pagina [1|2] van [2|3|4]",
    "Verzenddatum: {datum}. Ons kenmerk: {kenmerk}. Uw kenmerk: -.",
    "Bijlagen: [1|2|3]. Behandeld door: {naam}.",
    "Privacy: wij gaan zorgvuldig om met uw persoonsgegevens; zie onze privacyverklaring.",
    "[Concept|Definitief] versie {nr}, {datum2}.",
    "Aanleiding: {onderwerp} staat al langer op de agenda van de gemeente {gemeente}.",
)
GENERIC_TITLES = ("Document {kenmerk}", "scan_{kenmerk}", "Bijlage {nr}", "{onderwerp}")


def is_held_out(group: str) -> bool:
    """True for the groups the evaluation holds out (whole families or real sources)."""
    return group.endswith(HELD_OUT_SUFFIX) or group.startswith("echt-")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60]


def _example(family: Family, rng: random.Random, number: int) -> dict[str, Any]:
    slots = Slots(rng)
    if family.variants:  # draws only for families that have variants: the others stay as they were
        for slot, template in rng.choice(family.variants):
            slots.values[slot] = slots.fill(template)
    title = slots.fill(rng.choice(family.titles))
    if rng.random() < 0.12:
        title = slots.fill(rng.choice(GENERIC_TITLES))
    stem = slots.fill(rng.choice(family.file_stems)) if rng.random() < 0.85 else "document"
    file_name = f"{_slug(stem)}.{rng.choice(['pdf', 'pdf', 'docx'])}"
    parts = [
        slots.fill(part.removeprefix("?"))
        for part in family.parts
        if not part.startswith("?") or rng.random() < 0.6
    ]
    if len(parts) > 3 and rng.random() < 0.25:  # a shorter extract: the first pages only
        parts = parts[: rng.randint(2, len(parts) - 1)]
    for _ in range(rng.choice([0, 0, 1, 2])):
        parts.insert(rng.randint(0, len(parts)), slots.fill(rng.choice(NOISE)))
    if rng.random() < 0.5:
        parts.insert(0, title)
    metadata: dict[str, str] = {}
    if family.types and rng.random() < 0.7:
        metadata["informatieobjecttype"] = rng.choice(family.types)
    return {
        "id": f"{family.family_id}-{number:03d}",
        "label": family.label,
        "group": family.family_id,
        "title": title,
        "file_name": file_name,
        "text": "\n".join(parts),
        "metadata": metadata,
        "source": f"synthetisch, familie {family.family_id}",
        "how": "sjabloon met willekeurige invulling (woo_categorieen/training/templates_*.py)",
    }


def real_examples() -> list[dict[str, Any]]:
    """The excerpts of real public documents shipped beside this module."""
    path = resources.files("woo_categorieen.training").joinpath(REAL_FILE)
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def handwritten_examples() -> list[dict[str, Any]]:
    """The hand-written documents, in the corpus's shape (no metadata: a DMS would give none)."""
    folder = resources.files("woo_categorieen.training").joinpath(HANDWRITTEN_FOLDER)
    examples = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".jsonl"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                example = json.loads(line)
                if not example["group"].startswith(HANDWRITTEN_PREFIX):
                    raise ValueError(f"{path.name}: groep {example['group']!r} mist 'hand-'")
                examples.append(
                    {
                        **example,
                        "metadata": {},
                        "source": f"handgeschreven, {path.name}",
                    }
                )
    return examples


def build(seed: int = SEED, per_family: int = PER_FAMILY) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for family in FAMILIES:
        for number in range(max(1, round(per_family * family.share))):
            yield _example(family, rng, number)
    yield from real_examples()
    yield from handwritten_examples()


def write(path: Path, seed: int = SEED, per_family: int = PER_FAMILY) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for example in build(seed, per_family):
            out.write(json.dumps(example, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Bouw het trainingscorpus opnieuw op.")
    parser.add_argument("--per-family", type=int, default=PER_FAMILY)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name(CORPUS_FILE))
    args = parser.parse_args(argv)
    count = write(args.out, args.seed, args.per_family)
    print(f"{count} voorbeelden geschreven naar {args.out}")


if __name__ == "__main__":
    main()
