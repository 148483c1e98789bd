"""The run report and the ledger overview (`woo status`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ledger.models import Document
from ledger.states import Status
from woo.context import RunContext
from woo.harvest import SourceReport
from woo.logsafe import printable
from woo.stages import BatchReport


@dataclass
class RunReport:
    """Everything one run did, for people (markdown, terminal) and scripts (dict)."""

    dry_run: bool = False
    sources: list[SourceReport] = field(default_factory=list)
    stages: dict[str, BatchReport] = field(default_factory=dict)
    seconds: float = 0.0
    pages: int = 0
    sitemap_files: int = 0

    def stage(self, name: str) -> BatchReport:
        return self.stages.setdefault(name, BatchReport(stage=name))

    @property
    def published(self) -> int:
        return self.stage("publiceren").published

    @property
    def queued(self) -> int:
        return sum(r.queued for r in self.stages.values())

    @property
    def failures(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for source in self.sources:
            out.extend(source.failed)
        for report in self.stages.values():
            out.extend(report.failed)
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "seconds": round(self.seconds, 2),
            "pages": self.pages,
            "published": self.published,
            "queued": self.queued,
            "would_publish": self.stage("publiceren").would_publish,
            "sources": [s.as_dict() for s in self.sources],
            "failures": [{"document": d, "reason": r} for d, r in self.failures],
            "sitemap_files": self.sitemap_files,
        }


def status_overview(ctx: RunContext) -> dict[str, Any]:
    """Counts per status and per category, and one line per document (for `woo status`)."""
    per_status: Counter[str] = Counter()
    per_category: Counter[str] = Counter()
    documents: list[dict[str, Any]] = []
    with ctx.ledger.session() as session:
        for doc in session.scalars(select(Document).order_by(Document.source, Document.source_id)):
            per_status[doc.status] += 1
            record = doc.current_classification()
            categories = [c["code"] or c["label"] for c in (record.categories if record else [])]
            for code in categories[:1]:
                per_category[code] += 1
            waiting = doc.status in (Status.QUEUED, Status.FAILED)
            documents.append(
                {
                    "source": doc.source,
                    "file": doc.file_name,
                    "source_id": doc.source_id,
                    "version": doc.version,
                    "status": doc.status,
                    "categories": categories,
                    "reason": doc.status_reason if waiting else "",
                    "public_url": (p.public_url if (p := doc.active_publication()) else None),
                }
            )
    return {
        "counts": {
            "total": sum(per_status.values()),
            "status": dict(sorted(per_status.items())),
            "category": dict(sorted(per_category.items())),
        },
        "documents": documents,
    }


def run_markdown(report: RunReport, overview: dict[str, Any]) -> str:
    """The Prefect artifact: counts per category and every failure with its reason."""
    lines = [
        "# Woo-publicatierun" + (" (proefdraai)" if report.dry_run else ""),
        "",
        f"Gepubliceerd: **{report.published}** · in wachtrij: **{report.queued}** · "
        f"mislukt: **{len(report.failures)}** · pagina's: {report.pages} · "
        f"duur: {report.seconds:.1f} s",
        "",
        "## Bronnen",
        "",
        "| bron | gezien | nieuw | gewijzigd | verwijderd | mislukt |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for s in report.sources:
        lines.append(
            f"| {s.source} | {s.seen} | {s.new} | {s.changed} | {s.deleted} | {len(s.failed)} |"
        )
    lines += [
        "",
        "## Per informatiecategorie (hele grootboek)",
        "",
        "| categorie | documenten |",
        "|---|---:|",
    ]
    for code, count in overview["counts"]["category"].items():
        lines.append(f"| {code} | {count} |")
    lines += ["", "## Per status", "", "| status | documenten |", "|---|---:|"]
    for status, count in overview["counts"]["status"].items():
        lines.append(f"| {status} | {count} |")
    lines += ["", "## Mislukt", ""]
    if report.failures:
        lines += [f"- `{printable(doc)}`: {printable(reason)}" for doc, reason in report.failures]
    else:
        lines.append("Geen.")
    return "\n".join(lines) + "\n"
