"""Benchmark: the review queue page with N queued documents on PostgreSQL (p50/p95).

    python -m benchmarks.review_queue [--documents N] [--repeat R]

Creates a temporary PostgreSQL database (admin URL from WOO_TEST_POSTGRES_URL, default
postgresql+psycopg://postgres@127.0.0.1:5432/postgres), migrates it, bulk-inserts N queued
documents (plus N/5 published ones) with one classification each, and measures:

- the whole queue page over HTTP (login session, filters, counts per reason, rendering), first
  page and a deep page (keyset after page 1,000), and a filtered page (reason + category);
- `load_queue` alone (the two queries behind the page);
- baseline: a bare SELECT of the same 51 rows from the same table, in the same run.

The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text

ADMIN_URL = os.environ.get(
    "WOO_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
PASSWORD = "benchmark-wachtwoord"

FILL_DOCUMENTS = """
INSERT INTO documents (public_id, source, source_id, version, fingerprint, checksum, file_name,
  media_type, title, source_metadata, original_key, status, status_reason, pages,
  deleted_in_source, lock_version, created_at, updated_at)
SELECT md5(g::text), CASE WHEN g % 3 = 0 THEN 'map' ELSE 'zaaksysteem' END, 'doc-' || g, 1, '',
  '', 'doc-' || g || '.pdf', 'application/pdf', 'Document ' || g, '{}', '',
  CASE WHEN g <= :queued THEN 'queued' ELSE 'published' END,
  CASE g % 4 WHEN 0 THEN 'classificatie onzeker: te dicht bij elkaar'
             WHEN 1 THEN 'lakken niet geverifieerd: naam niet gevonden'
             WHEN 2 THEN 'metadata ongeldig: titel ontbreekt'
             ELSE 'classificatie onzeker: x; lakken vraagt beoordeling' END,
  1, false, 1, now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
FROM generate_series(1, :total) AS g
"""
FILL_CLASSIFICATIONS = """
INSERT INTO classifications (document_id, version, categories, confidence, method, needs_review,
  reason, created_at)
SELECT id, 1, json_build_array(json_build_object('uri', 'u', 'code',
  'infocat0' || lpad(((id % 17) + 1)::text, 2, '0'), 'label', 'Categorie', 'confidence', 0.5)),
  0.5, 'text', true, '', now()
FROM documents
"""
# The indexed copy the queue filters on (ledger.models.record_classification writes it).
FILL_CATEGORIES = """
INSERT INTO document_categories (document_id, code, version)
SELECT id, 'infocat0' || lpad(((id % 17) + 1)::text, 2, '0'), 1 FROM documents
"""
BASELINE = """
SELECT id, title, file_name, source, status, status_reason, updated_at, version
FROM documents WHERE status = 'queued' ORDER BY updated_at, id LIMIT 51
"""


def _times(action: Callable[[], object], repeat: int) -> dict[str, float]:
    action()  # warm-up
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "p50_ms": round(statistics.median(samples), 2),
        "p95_ms": round(samples[max(0, int(len(samples) * 0.95) - 1)], 2),
    }


def run(documents: int, repeat: int) -> dict[str, object]:
    from fastapi.testclient import TestClient

    from review import add_user, create_app
    from review.queue import QueueFilters, load_queue
    from review.queue import _encode as encode_key
    from woo.context import open_context
    from woo.settings import load_settings

    name = f"woo_bench_queue_{uuid.uuid4().hex[:8]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = load_settings(None, data_dir=Path(tmp), database_url=url)
            ctx = open_context(settings)
            started = time.perf_counter()
            with ctx.ledger.engine.begin() as conn:
                conn.execute(
                    text(FILL_DOCUMENTS), {"queued": documents, "total": documents * 6 // 5}
                )
                conn.execute(text(FILL_CLASSIFICATIONS))
                conn.execute(text(FILL_CATEGORIES))
            with ctx.ledger.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.execute(text("VACUUM ANALYZE"))  # the steady state autovacuum keeps
            fill_s = time.perf_counter() - started
            with ctx.ledger.session() as session:
                add_user(session, "bench", PASSWORD, "lezer")
                # The key of page 1,001 (after 50,000 rows), as the "volgende" link carries it.
                row = session.execute(
                    text(
                        "SELECT updated_at, id FROM documents WHERE status = 'queued' "
                        "ORDER BY updated_at, id OFFSET 49999 LIMIT 1"
                    )
                ).one()
                deep = QueueFilters(after=encode_key(row.updated_at, row.id))

            client = TestClient(create_app(settings, ctx=ctx))
            login = client.get("/inloggen").text
            token = login.split('name="csrf" value="')[1].split('"')[0]
            client.post("/inloggen", data={"naam": "bench", "wachtwoord": PASSWORD, "csrf": token})
            assert "Document" in client.get("/").text

            def page(query: str = "") -> Callable[[], object]:
                def get() -> object:
                    response = client.get("/" + query)
                    assert response.status_code == 200
                    return response

                return get

            def queue_only() -> object:
                with ctx.ledger.session() as session:
                    return load_queue(session, QueueFilters())

            def baseline() -> object:
                with ctx.ledger.engine.connect() as conn:
                    return conn.execute(text(BASELINE)).all()

            figures = {
                "page_first": _times(page(), repeat),
                "page_deep": _times(page(f"?na={deep.after}"), repeat),
                "page_filtered": _times(page("?reden=lakken&categorie=infocat005"), repeat),
                "load_queue": _times(queue_only, repeat),
                "baseline_select": _times(baseline, repeat),
            }
            ctx.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    base = figures["baseline_select"]["p50_ms"] or 0.01
    return {
        "benchmark": "review_queue",
        "queued_documents": documents,
        "fill_seconds": round(fill_s, 1),
        "repeat": repeat,
        **figures,
        "ratio_page_first_p50": round(figures["page_first"]["p50_ms"] / base, 1),
        "ratio_page_deep_p50": round(figures["page_deep"]["p50_ms"] / base, 1),
        "ratio_load_queue_p50": round(figures["load_queue"]["p50_ms"] / base, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    result = run(args.documents, args.repeat)
    print(f"Wachtrij met {result['queued_documents']:,} documenten (PostgreSQL)")
    print(f"{'meting':<18}{'p50 ms':>10}{'p95 ms':>10}")
    for key in ("page_first", "page_deep", "page_filtered", "load_queue", "baseline_select"):
        figures = result[key]
        print(f"{key:<18}{figures['p50_ms']:>10}{figures['p95_ms']:>10}")
    print(
        f"ratio p50 t.o.v. kale SELECT: pagina {result['ratio_page_first_p50']}×, "
        f"diep {result['ratio_page_deep_p50']}×, load_queue {result['ratio_load_queue_p50']}×"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
