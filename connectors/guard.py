"""Keep a source's surprises inside the error tree.

A malformed item (a missing key, a date that does not parse) must become a WooError that names
the source and the document, so `harvest_source` records it and moves on to the other sources,
instead of an exception that stops the whole nightly run.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from schemas.records import DocumentRef
from woo.errors import DocumentError, PermanentError

__all__ = ["guarded_fetch", "guarded_listing"]

UNEXPECTED = (KeyError, TypeError, ValueError, AttributeError, IndexError)
T = TypeVar("T")


def _describe(exc: Exception) -> str:
    return f"onverwacht antwoord van de bron ({type(exc).__name__}: {exc})"


def guarded_fetch(method: Callable[[Any, DocumentRef], T]) -> Callable[[Any, DocumentRef], T]:
    @functools.wraps(method)
    def wrapper(self: Any, ref: DocumentRef) -> T:
        try:
            return method(self, ref)
        except UNEXPECTED as exc:
            raise DocumentError(_describe(exc), document=ref.source_id, source=self.name) from exc

    return wrapper


def guarded_listing(
    method: Callable[..., Iterator[list[DocumentRef]]],
) -> Callable[..., Iterator[list[DocumentRef]]]:
    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Iterator[list[DocumentRef]]:
        try:
            yield from method(self, *args, **kwargs)
        except UNEXPECTED as exc:
            raise PermanentError(_describe(exc), source=self.name) from exc

    return wrapper
