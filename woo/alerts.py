"""Alerts for runs that need a person: nothing found, too many failures, a source that broke.

`evaluate()` turns a run result (`RunReport.as_dict()`) into Dutch alert messages; `notify()`
posts them as JSON to the webhook in `settings.alerts.webhook_url` (a chat channel, an e-mail
gateway, a Prefect webhook that feeds an automation). Sending never breaks the run: a webhook
that does not answer is logged and the messages stay in the run's report.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx

from woo.logsafe import PrintableFilter
from woo.settings import AlertConfig

log = logging.getLogger(__name__)
log.addFilter(PrintableFilter())

WEBHOOK_TIMEOUT_SECONDS = 10.0

__all__ = ["evaluate", "notify"]


def evaluate(result: dict[str, Any], config: AlertConfig) -> list[str]:
    """The alert messages this run result deserves (empty when all is well)."""
    messages: list[str] = []
    sources = result.get("sources", [])
    for source in sources:
        if source.get("error"):
            messages.append(f"bron {source['source']} is mislukt: {source['error']}")
    seen = sum(s.get("seen", 0) for s in sources)
    if config.on_zero_result and sources and seen == 0:
        names = ", ".join(s["source"] for s in sources)
        messages.append(f"nul documenten gevonden in de bronnen ({names}): klopt de koppeling?")
    failures = len(result.get("failures", []))
    handled = failures + result.get("published", 0) + result.get("queued", 0)
    handled += result.get("would_publish", 0)
    if handled and failures / handled > config.max_failure_ratio:
        messages.append(
            f"{failures} van {handled} documenten mislukt "
            f"({failures / handled:.0%}, grens {config.max_failure_ratio:.0%})"
        )
    return messages


def notify(
    messages: list[str],
    config: AlertConfig,
    *,
    run: str,
    organisation: str,
    transport: httpx.BaseTransport | None = None,
) -> bool:
    """Post the messages to the configured webhook; True when it was accepted."""
    if not messages or not config.webhook_url:
        return False
    payload = {
        "text": f"Woo-publicatierun {run} ({organisation}): " + "; ".join(messages),
        "run": run,
        "organisatie": organisation,
        "meldingen": messages,
    }
    try:
        with httpx.Client(timeout=WEBHOOK_TIMEOUT_SECONDS, transport=transport) as client:
            response = client.post(config.webhook_url, json=payload)
            response.raise_for_status()
    except httpx.HTTPError as exc:
        log.warning("waarschuwing niet verstuurd naar de webhook: %s", exc)
        return False
    return True
