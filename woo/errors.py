"""The project's error tree.

Transient errors (network, 5xx, 429, locks) are retried; permanent errors (corrupt file, schema
violation, 4xx) send the document to the queue or to `failed` with the reason. Every error names
the document and source it concerns.
"""

from __future__ import annotations

from woo.logsafe import printable


class WooError(Exception):
    """Root of every error this project raises on purpose."""

    def __init__(self, message: str, *, document: str | None = None, source: str | None = None):
        self.message = message
        self.document = document
        self.source = source
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = []
        if self.source:
            where.append(f"bron {printable(self.source)}")
        if self.document:
            where.append(f"document {printable(self.document)}")
        prefix = f"[{', '.join(where)}] " if where else ""
        return f"{prefix}{self.message}"


class TransientError(WooError):
    """Worth retrying: the same call may succeed later."""


class PermanentError(WooError):
    """Retrying will not help: the input or the configuration is wrong."""


class ConfigError(PermanentError):
    """A setting is missing or has a wrong value."""


class DocumentError(PermanentError):
    """One document cannot be processed (corrupt, unsupported, unsafe)."""


class VerificationError(DocumentError):
    """The redacted output still contains something that had to be removed."""


class TransitionError(WooError):
    """A status change that the lifecycle does not allow."""
