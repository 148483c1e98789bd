"""Intrekken: take documents off the public site with a reason from the TOOI list."""

from __future__ import annotations

from prefect import flow

from flows.tasks import context_for
from woo.publish import withdraw_document
from woo.settings import Settings, load_settings


@flow(name="withdraw", log_prints=False)
def withdraw(
    document_ids: list[int],
    reason_uri: str,
    actor: str,
    explanation: str = "",
    config_path: str | None = None,
    settings_json: str | None = None,
) -> dict:
    """Withdraw each document; one that cannot be withdrawn is reported, the rest go on."""
    settings = (
        Settings.model_validate_json(settings_json) if settings_json else load_settings(config_path)
    )
    ctx = context_for(settings)
    withdrawn: list[int] = []
    failures: list[dict] = []
    for document_id in document_ids:
        try:
            withdraw_document(
                ctx, document_id, reason_uri=reason_uri, actor=actor, explanation=explanation
            )
            withdrawn.append(document_id)
        except Exception as exc:  # reported per document; the others are still withdrawn
            failures.append({"document": str(document_id), "reason": str(exc)})
    return {"withdrawn": withdrawn, "failures": failures}
