"""Connectors: one module per source system behind one small protocol (see `base`)."""

from connectors.base import Connector, build_connector, register_connector

__all__ = ["Connector", "build_connector", "register_connector"]
