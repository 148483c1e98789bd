"""Publication: lakken (detect, redact, verify), conversion to PDF, DiWoo XML, storage, sitemaps.

Public functions are imported lazily from their modules on first use, so importing `publicatie`
stays cheap and does not pull in PyMuPDF or LibreOffice helpers unless they are needed:

- `detect_personal_data` (publicatie.detect), `redact_pdf` and `apply_redaction_plan`
  (publicatie.redact), `DetectionPolicy` (publicatie.policy), `detect_in_pdf`
  (publicatie.pdf_spans),
  `verify_redacted` (publicatie.verify), `to_pdf` (publicatie.convert),
  `extract_text` (publicatie.pdf_text): lakken and conversion.
- `diwoo_element`, `diwoo_xml`, `parse_diwoo` (publicatie.diwoo_xml): DiWoo model <-> XML.
- `validate_diwoo`, `validate_sitemap`, `validate_sitemap_index` (publicatie.xsd): XSD checks.
- `SitemapEntry`, `SitemapReport`, `write_sitemaps` (publicatie.sitemaps): Woo-index sitemaps.
- `Storage`, `LocalStorage`, `public_url` (publicatie.storage), `S3Storage` (publicatie.s3):
  where published files live.
- `reconcile` (publicatie.reconcile), `completeness` (publicatie.completeness): checks and the
  Woo completeness report; static pages in publicatie.pages.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS: dict[str, str] = {
    "detect_personal_data": "publicatie.detect",
    "redact_pdf": "publicatie.redact",
    "apply_redaction_plan": "publicatie.redact",
    "DetectionPolicy": "publicatie.policy",
    "policy_from_settings": "publicatie.policy",
    "detect_in_pdf": "publicatie.pdf_spans",
    "verify_redacted": "publicatie.verify",
    "to_pdf": "publicatie.convert",
    "extract_text": "publicatie.pdf_text",
    "diwoo_element": "publicatie.diwoo_xml",
    "diwoo_xml": "publicatie.diwoo_xml",
    "parse_diwoo": "publicatie.diwoo_xml",
    "validate_diwoo": "publicatie.xsd",
    "validate_sitemap": "publicatie.xsd",
    "validate_sitemap_index": "publicatie.xsd",
    "SitemapEntry": "publicatie.sitemaps",
    "SitemapReport": "publicatie.sitemaps",
    "write_sitemaps": "publicatie.sitemaps",
    "Storage": "publicatie.storage",
    "LocalStorage": "publicatie.storage",
    "public_url": "publicatie.storage",
    "S3Storage": "publicatie.s3",
    "reconcile": "publicatie.reconcile",
    "completeness": "publicatie.completeness",
}

__all__ = [  # resolved lazily by __getattr__
    "DetectionPolicy",
    "LocalStorage",
    "S3Storage",
    "SitemapEntry",
    "SitemapReport",
    "Storage",
    "apply_redaction_plan",
    "completeness",
    "detect_in_pdf",
    "detect_personal_data",
    "diwoo_element",
    "diwoo_xml",
    "extract_text",
    "parse_diwoo",
    "policy_from_settings",
    "public_url",
    "reconcile",
    "redact_pdf",
    "to_pdf",
    "validate_diwoo",
    "validate_sitemap",
    "validate_sitemap_index",
    "verify_redacted",
    "write_sitemaps",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'publicatie' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
