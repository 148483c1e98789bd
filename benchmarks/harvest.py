"""Harvest throughput of the ZGW connector against the local Open Zaak-like test server.

    python -m benchmarks.harvest [--documents 10000]

Runs the server in its own process, then each measurement in a fresh process (so peak RSS is
the harvester's own): the connector (listing with `pageSize` 100 + downloads + cursor) and, as
the baseline, a raw httpx loop doing the same requests. Reports documents per second, the ratio
connector/baseline, and the connector's peak RSS at 1,000 and at N documents (memory must stay
flat: documents are streamed, never kept). The last line is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import time

DOCUMENT_BYTES = 4096


def _serve(count: int, queue: multiprocessing.Queue) -> None:  # pragma: no cover - benchmark
    from tests.servers.zgw import ZgwServer

    server = ZgwServer()
    body = b"%PDF-1.4\n" + b"x" * (DOCUMENT_BYTES - 9)
    for n in range(count):
        server.add_document(f"Document {n}", body)
    server.start()
    queue.put(server.url)
    while True:
        time.sleep(3600)


def _worker(mode: str, url: str) -> dict[str, float]:
    from tests.servers.zgw import CLIENT_ID, DRC, SECRET

    os.environ["WOO_BENCH_ZGW_SECRET"] = SECRET
    started = time.perf_counter()
    count = 0
    if mode == "connector":
        from connectors.zgw import ZgwConnector
        from woo.settings import SourceConfig

        connector = ZgwConnector(
            SourceConfig(
                name="bench",
                kind="zgw",
                options={
                    "base_url": f"{url}{DRC}",
                    "client_id": CLIENT_ID,
                    "secret_env": "WOO_BENCH_ZGW_SECRET",
                    "page_size": 100,
                },
            )
        )
        cursor = None
        for page in connector.list_changes(cursor):
            done = []
            for ref in page:
                document = connector.fetch(ref)
                count += 1 if document.content else 0
                done.append(ref)
            cursor = connector.next_cursor(cursor, done)
    else:
        import httpx

        from connectors.auth import zgw_jwt

        with httpx.Client() as client:
            next_url: str | None = f"{url}{DRC}/enkelvoudiginformatieobjecten?pageSize=100"
            while next_url:
                headers = {"Authorization": f"Bearer {zgw_jwt(CLIENT_ID, SECRET)}"}
                body = client.get(next_url, headers=headers).json()
                for item in body["results"]:
                    headers = {"Authorization": f"Bearer {zgw_jwt(CLIENT_ID, SECRET)}"}
                    response = client.get(item["inhoud"], headers={**headers, "Accept": "*/*"})
                    count += 1 if response.content else 0
                next_url = body["next"]
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"documents": count, "seconds": seconds, "peak_rss_mib": peak_kib / 1024}


def _measure(mode: str, url: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-m", "benchmarks.harvest", "--worker", mode, "--url", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def _with_server(count: int, modes: list[str]) -> dict[str, dict[str, float]]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_serve, args=(count, queue), daemon=True)
    process.start()
    try:
        url = queue.get(timeout=600)
        return {mode: _measure(mode, url) for mode in modes}
    finally:
        process.terminate()
        process.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--worker", choices=["connector", "baseline"])
    parser.add_argument("--url")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.worker, args.url)))
        return
    small = min(1_000, args.documents)
    at_small = _with_server(small, ["connector"])["connector"]
    at_full = _with_server(args.documents, ["connector", "baseline"])
    connector, baseline = at_full["connector"], at_full["baseline"]
    rate = connector["documents"] / connector["seconds"]
    base_rate = baseline["documents"] / baseline["seconds"]
    figures = {
        "documents": args.documents,
        "connector_docs_per_s": round(rate, 1),
        "baseline_docs_per_s": round(base_rate, 1),
        "ratio_connector_vs_baseline": round(rate / base_rate, 3),
        f"peak_rss_mib_at_{small}": round(at_small["peak_rss_mib"], 1),
        f"peak_rss_mib_at_{args.documents}": round(connector["peak_rss_mib"], 1),
        "rss_growth_ratio": round(connector["peak_rss_mib"] / at_small["peak_rss_mib"], 3),
        "document_bytes": DOCUMENT_BYTES,
    }
    print(f"{'meting':<34}{'waarde':>14}")
    for key, value in figures.items():
        print(f"{key:<34}{value:>14}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
