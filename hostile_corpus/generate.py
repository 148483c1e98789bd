"""Write the hostile corpus: `python -m hostile_corpus.generate [--out DIR]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from hostile_corpus.cases import write_corpus


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Schrijf het vijandige testcorpus.")
    parser.add_argument("--out", type=Path, default=Path("hostile-corpus"), help="doelmap")
    args = parser.parse_args(argv)
    cases = write_corpus(args.out)
    print(f"{len(cases)} vijandige gevallen geschreven naar {args.out}")


if __name__ == "__main__":
    main()
