"""Completeness report per information category: what the municipality reports on Woo compliance.

Per category: documents seen in the sources, published, waiting in the review queue, refused,
failed, withdrawn and still in progress. A document counts in every category of its current
classification; documents not (yet) classified count under "nog niet ingedeeld".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from jinja2 import Environment, select_autoescape
from sqlalchemy import func, select

from ledger.models import ClassificationRecord, Document
from ledger.states import Status
from schemas.diwoo import informatiecategorie_codes, waardelijst

__all__ = ["CategoryCounts", "completeness", "completeness_html", "completeness_markdown"]

UNCLASSIFIED = "nog niet ingedeeld"
_COLUMNS = (
    ("gezien", "gezien"),
    ("gepubliceerd", "gepubliceerd"),
    ("in_wachtrij", "in wachtrij"),
    ("geweigerd", "geweigerd"),
    ("mislukt", "mislukt"),
    ("ingetrokken", "ingetrokken"),
    ("in_behandeling", "in behandeling"),
)
_BY_STATUS = {
    Status.PUBLISHED: "gepubliceerd",
    Status.QUEUED: "in_wachtrij",
    Status.REFUSED: "geweigerd",
    Status.FAILED: "mislukt",
    Status.WITHDRAWN: "ingetrokken",
}


@dataclass
class CategoryCounts:
    code: str
    label: str
    gezien: int = 0
    gepubliceerd: int = 0
    in_wachtrij: int = 0
    geweigerd: int = 0
    mislukt: int = 0
    ingetrokken: int = 0
    in_behandeling: int = 0

    def add(self, status: str) -> None:
        self.gezien += 1
        field = _BY_STATUS.get(Status(status), "in_behandeling")
        setattr(self, field, getattr(self, field) + 1)


def completeness(ledger: Any) -> list[CategoryCounts]:
    """Counts per category from the ledger (current version of every document)."""
    labels = waardelijst("informatiecategorieen")
    codes = informatiecategorie_codes()
    latest = (
        select(ClassificationRecord.document_id, func.max(ClassificationRecord.id).label("last"))
        .group_by(ClassificationRecord.document_id)
        .subquery()
    )
    rows: dict[str, CategoryCounts] = {}
    with ledger.session() as session:
        result = session.execute(
            select(Document.status, ClassificationRecord.categories)
            .outerjoin(latest, latest.c.document_id == Document.id)
            .outerjoin(ClassificationRecord, ClassificationRecord.id == latest.c.last)
            .execution_options(yield_per=2000)
        )
        for status, categories in result:
            uris = [c.get("uri") for c in categories or [] if isinstance(c, dict)]
            keys = [(codes.get(u) or "art. 3.1", labels.get(u, u)) for u in uris if u]
            for code, label in keys or [("", UNCLASSIFIED)]:
                row = rows.setdefault(code, CategoryCounts(code=code, label=label))
                row.add(status)
    return [rows[code] for code in sorted(rows, key=lambda c: (c == "", c))]


def completeness_markdown(rows: list[CategoryCounts]) -> str:
    head = "| categorie | " + " | ".join(title for _, title in _COLUMNS) + " |"
    lines = [head, "|---" * (len(_COLUMNS) + 1) + "|"]
    for row in rows:
        values = " | ".join(str(getattr(row, name)) for name, _ in _COLUMNS)
        lines.append(f"| {row.label} ({row.code or '-'}) | {values} |")
    if not rows:
        lines.append("| (nog geen documenten) |" + " |" * len(_COLUMNS))
    return "\n".join(lines)


_PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Volledigheid Woo-publicatie – {{ org }}</title>
</head><body><main>
<h1>Volledigheid actieve openbaarmaking</h1>
<table><caption>Documenten per informatiecategorie ({{ org }})</caption>
<thead><tr><th scope="col">Informatiecategorie</th>
{% for _, title in columns %}<th scope="col">{{ title }}</th>{% endfor %}</tr></thead>
<tbody>{% for row in rows %}<tr><th scope="row">{{ row.label }}</th>
{% for name, _ in columns %}<td>{{ row[name] }}</td>{% endfor %}</tr>{% endfor %}</tbody>
</table></main></body></html>
"""


@cache
def _template():  # type: ignore[no-untyped-def]
    return Environment(autoescape=select_autoescape(default=True)).from_string(_PAGE)


def completeness_html(rows: list[CategoryCounts], *, organisatie: str) -> bytes:
    """The report as an accessible HTML page (for the admin part / review app)."""
    data = [asdict(row) for row in rows]
    return _template().render(rows=data, columns=_COLUMNS, org=organisatie).encode("utf-8")
