"""The Woo grounds for refusal that lakken stamps in a box, and a span built on one."""

from __future__ import annotations

import re

from schemas.records import RedactionSpan

__all__ = ["GROUND_IDENTIFIER", "GROUND_PRIVACY", "GROUND_SPECIAL", "redact_match"]

GROUND_IDENTIFIER = "5.1.1e"
"""Woo art. 5.1 lid 1 sub e: identification numbers (BSN)."""
GROUND_SPECIAL = "5.1.1d"
"""Woo art. 5.1 lid 1 sub d: bijzondere persoonsgegevens (health, religion, criminal, ...)."""
GROUND_PRIVACY = "5.1.2e"
"""Woo art. 5.1 lid 2 sub e: eerbiediging van de persoonlijke levenssfeer."""


def redact_match(match: re.Match[str], kind: str, reason: str, confidence: float) -> RedactionSpan:
    """A privacy span (5.1.2e) to redact over the whole of a rule's match."""
    return RedactionSpan(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        type=kind,
        ground=GROUND_PRIVACY,
        action="redact",
        reason=reason,
        confidence=confidence,
    )
