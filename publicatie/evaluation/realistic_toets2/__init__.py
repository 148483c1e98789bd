"""Second held-out, hand-written, hand-annotated set for the lakken evaluation, written blind
(README)."""
