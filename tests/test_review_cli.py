"""`woo users add` and `woo serve`."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ledger.models import User
from review.accounts import authenticate
from woo.cli import app
from woo.context import open_context
from woo.settings import load_settings

runner = CliRunner()


def test_users_add_reads_the_password_from_stdin_and_stores_only_a_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WOO_DATA_DIR", str(tmp_path))
    result = runner.invoke(
        app,
        ["users", "add", "anna", "--role", "contactfunctionaris"],
        input="een-lang-wachtwoord\n",
    )
    assert result.exit_code == 0, result.output
    assert "Account 'anna' met rol contactfunctionaris is klaar." in result.output
    ctx = open_context(load_settings(None))
    try:
        with ctx.ledger.session() as session:
            user = session.query(User).filter_by(name="anna").one()
            assert user.password_hash.startswith("$argon2")
            assert "een-lang-wachtwoord" not in user.password_hash
            assert (
                authenticate(session, "anna", "een-lang-wachtwoord").role == "contactfunctionaris"
            )
            assert authenticate(session, "anna", "iets-anders-dan-dat") is None
    finally:
        ctx.close()


@pytest.mark.parametrize(
    ("args", "password", "message"),
    [
        (["users", "add", "anna", "--role", "beheerder"], "een-lang-wachtwoord", "onbekende rol"),
        (["users", "add", "anna", "--role", "lezer"], "kort", "minstens 12 tekens"),
    ],
)
def test_users_add_refuses_an_unknown_role_or_a_short_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], password: str, message: str
) -> None:
    monkeypatch.setenv("WOO_DATA_DIR", str(tmp_path))
    result = runner.invoke(app, args, input=password + "\n")
    assert result.exit_code == 2
    assert message in result.output


def test_serve_is_a_command_with_host_and_port() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--host" in result.output and "--port" in result.output


def test_users_disable_switches_the_account_off_and_ends_its_sessions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from review.session import resolve_session, start_session

    monkeypatch.setenv("WOO_DATA_DIR", str(tmp_path))
    added = runner.invoke(
        app, ["users", "add", "anna", "--role", "lezer"], input="een-lang-wachtwoord\n"
    )
    assert added.exit_code == 0, added.output
    ctx = open_context(load_settings(None))
    try:
        with ctx.ledger.session() as session:
            token = start_session(session, "anna").token
        result = runner.invoke(app, ["users", "disable", "anna"])
        assert result.exit_code == 0, result.output
        assert "1 sessie(s) beëindigd" in result.output
        with ctx.ledger.session() as session:
            assert resolve_session(session, token) is None
            assert authenticate(session, "anna", "een-lang-wachtwoord") is None
        missing = runner.invoke(app, ["users", "disable", "niemand"])
        assert missing.exit_code == 2 and "geen account" in missing.output
    finally:
        ctx.close()
