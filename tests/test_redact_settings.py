"""The organisation's settings reach lakken: office holders and public numbers stay visible."""

from __future__ import annotations

import pymupdf

from publicatie.policy import policy_from_settings
from publicatie.redact import redact_pdf
from woo.settings import RedactionConfig


def _pdf(text: str) -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text)
    return doc.tobytes()


def test_policy_from_settings_keeps_listed_office_holders_and_numbers() -> None:
    config = RedactionConfig(
        office_holders=["J.P. Bakhuizen"], keep_numbers=["06-11112222"], use_model=False
    )
    source = _pdf("Opgesteld door J.P. Bakhuizen en K. Bos; bel 06-11112222 of 06-33334444.")
    output, result = redact_pdf(source, document="d", policy=policy_from_settings(config))
    text = pymupdf.open(stream=output)[0].get_text()
    assert "J.P. Bakhuizen" in text and "06-11112222" in text
    assert "K. Bos" not in text and "06-33334444" not in text
    assert result.verified, result.reason


def test_civil_servant_setting_changes_the_decision() -> None:
    source = _pdf("Behandeld door J. Visser, afdeling Vergunningen.")
    redacted = policy_from_settings(RedactionConfig(use_model=False))
    kept = policy_from_settings(RedactionConfig(use_model=False, redact_civil_servants=False))
    assert (
        "J. Visser"
        not in pymupdf.open(stream=redact_pdf(source, document="d", policy=redacted)[0])[
            0
        ].get_text()
    )
    assert (
        "J. Visser"
        in pymupdf.open(stream=redact_pdf(source, document="d", policy=kept)[0])[0].get_text()
    )


def test_model_is_on_by_default_in_settings_but_off_in_the_library() -> None:
    assert policy_from_settings(RedactionConfig()).use_model is True
    from publicatie.policy import DetectionPolicy

    assert DetectionPolicy().use_model is False
