"""Hand-written, hand-annotated Dutch documents for the lakken evaluation (see README.md)."""
