"""Build deduce's lookup cache at install time: `python -m publicatie.warmup`."""

from __future__ import annotations

import time

from publicatie.names import load_model


def main() -> None:
    started = time.perf_counter()
    load_model().deidentify("Warm-up: mevrouw J. de Vries, Dorpsstraat 1, Pijnacker.")
    print(f"deduce gereed in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
