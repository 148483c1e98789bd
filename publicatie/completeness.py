"""Completeness report per information category: what the municipality reports on Woo compliance.

Per category: documents seen in the sources, published, waiting in the review queue, refused,
failed, withdrawn and still in progress. A document counts in every category of its current
classification; documents not (yet) classified count under "nog niet ingedeeld".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from functools import cache
from typing import Any

from jinja2 import Environment, select_autoescape
from sqlalchemy import func, select

from ledger.models import ClassificationRecord, Document
from ledger.states import Status
from schemas.diwoo import informatiecategorie_codes, waardelijst

__all__ = [
    "CategoryCounts",
    "completeness",
    "completeness_html",
    "completeness_markdown",
    "mandatory_dates",
    "missing_categories",
]

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
    # From when publishing this category is mandatory for the organisation (ISO date), if ever.
    verplicht_vanaf: str = ""
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

    def mandatory_on(self, day: date) -> bool:
        return bool(self.verplicht_vanaf) and date.fromisoformat(self.verplicht_vanaf) <= day

    def missing_on(self, day: date) -> bool:
        """Mandatory by `day`, yet nothing of it is public: the gap to report first."""
        return self.mandatory_on(day) and self.gepubliceerd == 0


def completeness(
    ledger: Any, *, mandatory: dict[str, date | None] | None = None
) -> list[CategoryCounts]:
    """Counts per category from the ledger (current version of every document).

    `mandatory` (code -> date) adds the date from which a category must be published; a
    mandatory category without any document still gets a row, so the gap shows.
    """
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
    for code, since in (mandatory or {}).items():
        if since is None:
            continue
        label = next((labels.get(u, u) for u, c in codes.items() if c == code), code)
        row = rows.setdefault(code, CategoryCounts(code=code, label=label))
        row.verplicht_vanaf = since.isoformat()
    return [rows[code] for code in sorted(rows, key=lambda c: (c == "", c))]


def missing_categories(rows: list[CategoryCounts], day: date | None = None) -> list[str]:
    """Labels of the categories that are mandatory by `day` (today) but have nothing public."""
    day = day or date.today()
    return [row.label for row in rows if row.missing_on(day)]


def completeness_markdown(rows: list[CategoryCounts], day: date | None = None) -> str:
    day = day or date.today()
    head = "| categorie | verplicht sinds | " + " | ".join(t for _, t in _COLUMNS) + " |"
    lines = [head, "|---" * (len(_COLUMNS) + 2) + "|"]
    for row in rows:
        values = " | ".join(str(getattr(row, name)) for name, _ in _COLUMNS)
        since = row.verplicht_vanaf or "-"
        if row.missing_on(day):
            since += " ⚠ niets gepubliceerd"
        lines.append(f"| {row.label} ({row.code or '-'}) | {since} | {values} |")
    if not rows:
        lines.append("| (nog geen documenten) | |" + " |" * len(_COLUMNS))
    return "\n".join(lines)


_PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Volledigheid Woo-publicatie – {{ org }}</title>
</head><body><main>
<h1>Volledigheid actieve openbaarmaking</h1>
<table><caption>Documenten per informatiecategorie ({{ org }})</caption>
<thead><tr><th scope="col">Informatiecategorie</th><th scope="col">Verplicht sinds</th>
{% for _, title in columns %}<th scope="col">{{ title }}</th>{% endfor %}</tr></thead>
<tbody>{% for row in rows %}<tr><th scope="row">{{ row.label }}</th>
<td>{{ row.verplicht_vanaf or "-" }}
{% if row.missing %}<strong>(niets gepubliceerd)</strong>{% endif %}</td>
{% for name, _ in columns %}<td>{{ row[name] }}</td>{% endfor %}</tr>{% endfor %}</tbody>
</table></main></body></html>
"""


@cache
def _template():  # type: ignore[no-untyped-def]
    return Environment(autoescape=select_autoescape(default=True)).from_string(_PAGE)


def completeness_html(rows: list[CategoryCounts], *, organisatie: str) -> bytes:
    """The report as an accessible HTML page (for the admin part / review app)."""
    today = date.today()
    data = [{**asdict(row), "missing": row.missing_on(today)} for row in rows]
    return _template().render(rows=data, columns=_COLUMNS, org=organisatie).encode("utf-8")


def mandatory_dates(overrides: dict[str, date | None]) -> dict[str, date | None]:
    """The register's mandatory dates with the organisation's own (`verplicht_vanaf`) on top."""
    from woo_categorieen.register import with_mandatory_dates

    return {c.code: c.mandatory_from for c in with_mandatory_dates(overrides) if c.code}
