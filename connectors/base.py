"""The connector protocol and registry.

A connector lists what is new, changed or deleted since its cursor (lazily, in pages), fetches
one document, and *proposes* the next cursor. The flow stores the cursor in the same
transaction as the ledger rows it harvested, and never past a document that failed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Protocol, runtime_checkable

from schemas.records import DocumentRef, FetchedDocument
from woo.errors import ConfigError
from woo.settings import SourceConfig

Cursor = dict[str, Any]


@runtime_checkable
class Connector(Protocol):
    """What every source system offers the pipeline."""

    name: str

    def list_changes(self, cursor: Cursor | None) -> Iterator[list[DocumentRef]]:
        """Pages of refs that are new, changed or deleted (`ref.deleted`) since `cursor`.

        A page may be empty: it still gets a `next_cursor` call and is stored, which is how a
        connector saves cursor state that no document carries (a CMIS change log token).
        """
        ...

    def fetch(self, ref: DocumentRef) -> FetchedDocument:
        """Bytes and source metadata of one document. Raises a WooError naming the document."""
        ...

    def next_cursor(self, cursor: Cursor | None, done: list[DocumentRef]) -> Cursor:
        """The cursor after `done` (refs that were harvested successfully) were stored."""
        ...

    def check(self) -> str:
        """Try the source (auth, one page); return a short Dutch status line or raise."""
        ...


ConnectorFactory = Callable[[SourceConfig], Connector]
_REGISTRY: dict[str, ConnectorFactory] = {}


def register_connector(kind: str) -> Callable[[ConnectorFactory], ConnectorFactory]:
    """Class decorator: make a connector available under `kind` in `woo.toml`."""

    def decorate(factory: ConnectorFactory) -> ConnectorFactory:
        _REGISTRY[kind] = factory
        return factory

    return decorate


def build_connector(config: SourceConfig) -> Connector:
    """Instantiate the connector that `config.kind` names."""
    # Import the built-in connectors so they register themselves.
    import connectors.cmis
    import connectors.folder
    import connectors.graph
    import connectors.notubiz
    import connectors.zgw  # noqa: F401

    try:
        factory = _REGISTRY[config.kind]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise ConfigError(
            f"onbekend soort bron '{config.kind}' (bekend: {known})", source=config.name
        ) from None
    return factory(config)
