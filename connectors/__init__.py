"""Connectors: one module per source system behind one small protocol (see `base`).

Built in: `folder` (embedded default), `zgw` (ZGW Documenten API / Open Zaak), `cmis` (CMIS 1.1
browser binding), `graph` (Microsoft Graph drives), `notubiz` and `ori` (council information).
`http` is the shared HTTP layer, `cursor` the cursor styles, `notificaties` the ZGW webhook.
"""

from connectors.base import Connector, build_connector, register_connector

__all__ = ["Connector", "build_connector", "register_connector"]
