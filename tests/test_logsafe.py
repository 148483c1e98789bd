"""Source text in logs, reports and error messages cannot forge lines or hide text."""

from __future__ import annotations

import logging

import pytest

from woo.errors import DocumentError
from woo.logsafe import PrintableFilter, printable
from woo.report import RunReport, run_markdown


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("besluit.pdf", "besluit.pdf"),
        ("één ü.pdf", "één ü.pdf"),
        ("a\nINFO gepubliceerd: b", "a\\nINFO gepubliceerd: b"),
        ("x\x1b[2Jy", "x\\x1b[2Jy"),
        ("fdp.\u202eexe", "fdp.\\u202eexe"),
        ("regel\u2028twee", "regel\\u2028twee"),
        ("nul\x00", "nul\\x00"),
    ],
)
def test_control_and_format_characters_are_escaped_not_dropped(raw: str, shown: str) -> None:
    assert printable(raw) == shown


def test_an_error_naming_a_hostile_document_stays_on_one_line() -> None:
    error = DocumentError("kapot", document="a\nb.pdf", source="map\r")
    assert "\n" not in str(error) and "\r" not in str(error)
    assert "a\\nb.pdf" in str(error)


def test_the_filter_escapes_the_finished_message(caplog: pytest.LogCaptureFixture) -> None:
    log = logging.getLogger("tests.logsafe")
    log.addFilter(PrintableFilter())
    with caplog.at_level(logging.INFO, logger="tests.logsafe"):
        log.info("mislukt voor %s", "x\nINFO nep")
    assert caplog.records[0].getMessage() == "mislukt voor x\\nINFO nep"


OVERVIEW = {"counts": {"category": {}, "status": {}}}


def test_the_run_report_lists_a_hostile_name_on_one_line() -> None:
    report = RunReport()
    report.stage("lakken").failed.append(("a\n## Gepubliceerd\nb.pdf", "reden\n- nep"))
    lines = [line for line in run_markdown(report, OVERVIEW).splitlines() if "a\\n" in line]
    assert len(lines) == 1 and "## Gepubliceerd" in lines[0]
