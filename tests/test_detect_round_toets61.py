"""Detection improvements made after the blind sixty-first and sixty-second toets sets
(publicatie/evaluation/realistic_toets61 and _toets62) were measured: the login of a surname
redacted on its own, an account in a shell prompt, the fields of a register print with dot
leaders, the rest of a chat handle, a street named after a "Meester", and a postcode after a
log line's key. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import model, redacted, redacted_of_type  # noqa: F401 (fixture)


def test_the_login_of_a_surname_redacted_on_its_own(model) -> None:  # noqa: F811
    text = (
        "[Actie Wobbo Hanekamp, 12-03-2025]\nHanekamp heeft het account geblokkeerd.\n"
        "Aangemeld als whanekamp op de beheerserver; later ook hanekampw.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "whanekamp" in names and "hanekampw" in names


def test_an_account_in_a_shell_prompt() -> None:
    text = "PS C:\\Users\\adm-kdrenthe> Get-ADUser -Identity x\n"
    assert "adm-kdrenthe" in redacted_of_type(text, "name")


def test_the_fields_of_a_register_print_with_dot_leaders() -> None:
    text = (
        "   03.10 Geboortedatum .................... 19710312\n"
        "   11.10 Straatnaam ....................... Brink\n"
        "   11.20 Huisnummer ....................... 21\n"
        "   11.60 Postcode ......................... 9451 AK\n"
        "   86.10 Datum van opneming ............... 19950101\n"
    )
    found = redacted(text)
    for kind, value in (("dob", "19710312"), ("address", "Brink"), ("postcode", "9451 AK")):
        assert (kind, value) in found, value
    assert not any(v == "19950101" for _, v in found)  # a date of registration


def test_the_rest_of_a_chat_handle_goes_with_the_first_name(model) -> None:  # noqa: F811
    text = "[13-3-2025 19:02] marloes.vdbrk\nIk neem de lijst mee. Groet, Marloes\n"
    names = redacted_of_type(text, "name", use_model=True)
    assert "marloes.vdbrk" in names
    assert "marloes" not in names  # never the first name alone, with its rest readable


def test_a_street_named_after_a_meester() -> None:
    text = "Het hek staat aan de Meester Lokerstraat 16 in Vries.\n"
    assert "Meester Lokerstraat 16" in redacted_of_type(text, "address")


def test_a_postcode_after_a_log_lines_key() -> None:
    text = 'ts=2025-02-09T06:14 event=accepted name="Hanna Bruns" home_pc=7671 DW task=x\n'
    assert "7671 DW" in redacted_of_type(text, "postcode")
