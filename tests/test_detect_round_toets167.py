"""Lakken, eighty-sixth round (tuned on realistic_toets167).

What the round added: a plate without dashes after "kent." or near a trader's van ("kent.
VP061X", "Koelwagen VX318P"); a KvK number that one calls one's business's ("Mijn bedrijf staat
ingeschreven onder KvK 8591 5750") is a sole trader's; in a note log the login after the date and
time is a person ("21-01-2026 09:12 tbloemendaal: ..."), and there, in an export's "door" or
"login" and after "doorgezet aan" it is a civil servant's, not the wethouder's of that name; a
"wijz_door" column holds logins; a market master, a legal department, a team ("marktmeester B.
Lenderink", "(Juridische Zaken)", "(team Invordering)", ", juridisch adviseur") make a namesake of
an office holder a civil servant; a contact card with the office in the name's prefix or in its
full name ("N:Lenderink;B.;;wethouder;") is the office holder's; a chat sender's label is
redacted whole ("12-02-2026 19:05 - Ans eieren:").
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted,
    spans,
)


def test_a_plate_without_dashes_after_kent_or_near_a_van() -> None:
    text = (
        "05-03 | 11:20 | Hummelo, Dorpsstraat | Kees Haverkamp, kent. VR502K | waarschuwing\n"
        "NOTE:broer Wim 0575-461122. Verkoopwagen VT 77 RB.\n"
    )
    found = redacted(text)
    assert ("kenteken", "VR502K") in found
    assert ("kenteken", "VT 77 RB") in found


def test_the_kvk_number_of_ones_own_business() -> None:
    text = (
        "Ik wil met mijn oliebollenkraam op de markt staan. Mijn bedrijf staat ingeschreven "
        "onder KvK 7741 2290. De gemeente heeft KvK-nummer 08147551."
    )
    found = spans(text)
    assert ("kvk", "7741 2290", "redact") in found
    assert ("kvk", "08147551", "keep") in found


def test_a_note_logs_author_is_a_person() -> None:
    text = (
        "Notities\n"
        "03-02-2026 10:15 hweulink: klant teruggebeld, geen gehoor.\n"
        "03-02-2026 10:40 hweulink: afgerond.\n"
    )
    assert redacted(text).count(("name", "hweulink")) == 2


def test_a_handlers_login_is_not_the_wethouders(model) -> None:  # noqa: F811
    text = (
        "Aan wethouder K. Hulshof (portefeuille markten).\n"
        '{"tijd": "09:10", "door": "khulshof", "tekst": "plek 4 vrijgegeven"}\n'
        "Doorgezet aan khulshof voor afhandeling.\n"
        "04-02-2026 11:02 khulshof: akkoord.\n"
    )
    found = spans(text, use_model=True)
    assert found.count(("name", "khulshof", "redact")) == 3
    assert ("name", "K. Hulshof", "keep") in found


def test_a_changed_by_column_holds_logins() -> None:
    text = (
        "nr;naam;woonplaats;branche;wijz_door\n"
        '1;"Kuipers, Anja";Vorden;bloemen;rmeijerink\n'
        '2;"Ebbers, Tim";Zelhem;kaas;rmeijerink\n'
    )
    assert redacted(text).count(("name", "rmeijerink")) == 2


def test_a_market_master_and_the_legal_department_are_civil_servants(model) -> None:  # noqa: F811
    text = (
        "Besluit van burgemeester en wethouders; portefeuillehouder: wethouder G. Kuiper.\n"
        "Marktmeester G. Kuiper adviseerde de vergunning in te trekken.\n"
        "Namens het college: G. Kuiper (marktmeester) en H. Tijink (team Invordering).\n"
        "Steller: R. Tijink (Juridische Zaken); raadslid R. Tijink stelde vragen.\n"
        "Secretaris: mr. R. Tijink, juridisch adviseur.\n"
    )
    found = spans(text, use_model=True)
    assert found.count(("name", "G. Kuiper", "redact")) == 2
    assert ("name", "G. Kuiper", "keep") in found
    assert found.count(("name", "R. Tijink", "redact")) == 2
    assert ("name", "R. Tijink", "keep") in found


def test_a_contact_card_with_the_office_in_its_name(model) -> None:  # noqa: F811
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Hulshof;K.;;wethouder;\nFN:Wethouder Hulshof\n"
        "ORG:Gemeente Voorbeeld\nTEL;TYPE=WORK:140575\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Hulshof;Karin;;;\nFN:Karin Hulshof\n"
        "TEL;TYPE=CELL:+31612345678\nEND:VCARD\n"
    )
    found = spans(text, use_model=True)
    assert not any(a == "redact" and "wethouder" in v.lower() for k, v, a in found)
    assert ("name", "Karin Hulshof", "redact") in found


def test_a_chat_senders_label_is_redacted_whole(model) -> None:  # noqa: F811
    text = (
        "12-03-2026 07:45 - Mien kaas: Wie heeft de sleutel van het hek?\n"
        "12-03-2026 07:47 - Gerrit Jansen: Ik, kom eraan.\n"
        "12-03-2026 07:50 - Mien kaas: Top!\n"
    )
    found = spans(text, use_model=True)
    assert found.count(("name", "Mien kaas", "redact")) == 2
