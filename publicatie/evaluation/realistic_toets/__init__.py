"""Held-out hand-written, hand-annotated Dutch documents for the lakken evaluation (README)."""
