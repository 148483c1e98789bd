"""Lakken, eighty-fourth round (tuned on realistic_toets163).

What the round added: a street named after a person ("Truus Zonneveldhof" where "Zonneveld"
stands in the text on its own) is no name, nor is its first name a redacted person's mention; a
municipality's own account on a social network ("@GemZuidplas") is no person; a webcare reply
signed with the agent's initials after a caret ("Fijne dag! ^LO") names a person (not a label
printer's "^FX" command); a login after "account=", after "Ingevuld door:", "aangemaakt ... door"
and "gecontroleerd:" is a person's and, redacted there, is not the raadslid's of the same name
anywhere else in the document; a login in brackets after a name with a short surname ("Jasper
Mol (jmol)"); in written questions of council members the names on the "Vragenstellers:" line,
after "vragensteller" and in a question's heading ("Vraag 1 (Kraaijeveld)") are council
members'; a base register's mailbox for reporting errors ("terugmelding.bag@") is functional.
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from publicatie.detect import detect_personal_data
from publicatie.policy import DetectionPolicy
from tests.detect_helpers import (  # noqa: F401
    model,
    spans,
)


def test_a_street_named_after_a_person_is_no_name(model) -> None:  # noqa: F811
    text = (
        "De straatnaamcommissie wil het pleintje noemen naar juf Annie Verhoef, die veertig jaar "
        "lesgaf. Haar dochter Annie schreef ons. Werknaam: Annie Verhoefplein.\n"
        "Wij noemen het pleintje: Annie Verhoefplein.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Annie Verhoef", "redact") in found
    assert not any(kind == "name" and "Verhoefplein" in value for kind, value, _ in found)
    streets = [i for i in range(len(text)) if text.startswith("Annie Verhoefplein", i)]
    redacted = detect_personal_data(text, policy=DetectionPolicy(use_model=True))
    assert not any(s.action == "redact" and s.start in streets for s in redacted)


def test_an_oosterhof_stays_a_person() -> None:
    found = spans("De heer P. Oosterhof, Dorpsstraat 4, belde over de vernummering.")
    assert ("name", "P. Oosterhof", "redact") in found


def test_a_municipalitys_account_on_a_social_network(model) -> None:  # noqa: F811
    text = (
        '{"sender": "@GemWaddinxveen", "text": "Hoi Kees, wat vervelend! Stuur je adres? ^MV"}\n'
        '{"sender": "kees_bos_wdx", "text": "Kees Bos, Kerkweg 19"}\n'
    )
    found = spans(text, use_model=True)
    assert not any("GemWaddinxveen" in value for _, value, _ in found)
    assert ("name", "MV", "redact") in found


def test_a_label_printers_command_is_no_paraph() -> None:
    text = "^XA\n^FX verzendetiket parkeerkaart ^FS\n^FO50,50^FDAan de bewoner^FS\n^XZ\n"
    assert not any(value == "FX" for _, value, _ in spans(text))


def test_logins_of_who_made_filled_in_or_checked_a_record() -> None:
    text = (
        "# gemeente Waddinxveen | aangemaakt 2026-04-02 08:41 door pvisser | gecontroleerd: "
        "akoster\n"
        "Raadslid P. Visser stelde vragen over de brief.\n"
        "2026-04-07;pvisser;dochter belt over uittreksel\n"
        "Ingevuld door: akoster | tweede toezichthouder: tbos\n"
        "2026-03-20T07:58:00 user=- action=LOGIN_FAILED account=mdegroot (bestaat niet)\n"
    )
    found = spans(text)
    assert ("name", "P. Visser", "keep") in found
    assert ("name", "pvisser", "keep") not in found
    assert found.count(("name", "pvisser", "redact")) == 2
    assert ("name", "akoster", "redact") in found
    assert ("name", "tbos", "redact") in found
    assert ("name", "mdegroot", "redact") in found


def test_a_login_in_brackets_after_a_name_with_a_short_surname(model) -> None:  # noqa: F811
    text = "2026-04-15 10:12 Jasper Mol (jmol)\nAdres doorgezet.\n2026-04-17 14:20 jmol: opgelost\n"
    found = spans(text, use_model=True)
    assert found.count(("name", "jmol", "redact")) == 2


def test_who_asked_written_questions_in_their_answer_document() -> None:
    text = (
        "Schriftelijke vragen ex artikel 41 van het Reglement van orde\n"
        "Vragenstellers: K. Brand, S. Kok en D. Boer\n\n"
        "Inleiding\nEen bewoonster, mevrouw S. Kok, vreest dat hulpdiensten haar niet vinden. "
        "Vragensteller Kok benadrukt dat zij geen familie is.\n\n"
        "Vraag 1 (Brand)\nWaarom is de tegemoetkoming zo laag?\n"
    )
    found = spans(text)
    assert ("name", "K. Brand", "keep") in found
    assert ("name", "S. Kok", "keep") in found
    assert ("name", "S. Kok", "redact") in found
    assert ("name", "Kok", "redact") not in found
    assert ("name", "Brand", "redact") not in found


def test_a_base_registers_mailbox_for_reported_errors() -> None:
    found = spans("Meld het via terugmelding.bag@kadaster.nl of aan j.mol@waddinxveen.nl.")
    assert ("email", "terugmelding.bag@kadaster.nl", "keep") in found
    assert ("email", "j.mol@waddinxveen.nl", "redact") in found
