"""Lakken, hundred-and-fifteenth round (tuned on realistic_toets229 and realistic_toets230).

What the round added: a login in prose after "door" with a form's leader dots ("Ontvangen door
......... ekocabas"), after "Behandeld:" or "ingeboekt:", after "Behandelaar" without a colon,
before "op" and a date or before a table's bar; a paraph a legend gives a person after another
entry on its line ("NH = Noa Hameeteman   SB = Sem Bosschaart"), and that code wherever it
stands; a double given name gives both its letters ("GJB" for "Gerrit-Jan Bosmans"), also where
the legend names the person's employer after a comma; a paraph table whose rows start without a
bar ("Gemeentesecretaris     | R.P.J. Knapen   | RPJK"); a chat's sender who writes to act as
an office holder ("Ik heb het als raadslid doorgezet", "Als raadslid kom ik kijken"; not "u als
raadslid", "net als raadslid Stegeman", "Smolders wil als gemeentesecretaris"); a namesake who
tells the holder "wij zijn geen familie" leaves the holder's name visible. New variations, not
copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    kept_of_type,
    model,
    redacted_of_type,
)


def test_logins_after_who_handled_it(model) -> None:  # noqa: F811
    text = (
        "Ontvangen door ......... pvandijk (bijlagen nagevraagd)\n"
        "Behandeld: tvermeulen  |  reactie via kabinet\n"
        "ingeboekt: jdekker | doorgezet naar juridische zaken\n"
        "Behandelaar mjansen; kentekenbewijs opgevraagd.\n"
        "Bijlage verwijderd door hkuijpers op 10-09-2025.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names == ["pvandijk", "tvermeulen", "jdekker", "mjansen", "hkuijpers"]


def test_a_word_after_behandelaar_is_no_login(model) -> None:  # noqa: F811
    text = "Behandelaar van de zaak is het team vergunningen; ontvangen door balie.\n"
    assert redacted_of_type(text, "name", use_model=True) == []


def test_a_paraph_defined_after_another_entry_on_its_line(model) -> None:  # noqa: F811
    text = (
        "Legenda: NH = Noa Hameeteman   SB = Sem Bosschaart (aspirant)\n"
        "16:40 | R | SB aangeslagen, door moeder opgehaald | NH\n"
    )
    assert redacted_of_type(text, "name", use_model=True).count("SB") == 2


def test_the_paraph_of_a_double_given_name(model) -> None:  # noqa: F811
    text = (
        "Legenda\n"
        "GJB  = Gerrit-Jan Bosmans, Rioolservice Kempenland B.V., pasnr. 409457\n"
        "Di 02-09  18:40  Hoosbui.\n"
        "          21:10  GJB met zuigwagen naar de Kapelstraat.\n"
    )
    assert redacted_of_type(text, "name", use_model=True).count("GJB") == 2


def test_a_paraph_table_without_a_leading_bar(model) -> None:  # noqa: F811
    text = (
        "Functie                | Naam              | Paraaf | Datum\n"
        "Steller                | M. Renders        | MR     | 06-10\n"
        "Gemeentesecretaris     | R.P.J. Knibbe     | RPJK   | 13-10\n"
        "Medeportefeuillehouder | H.W. Steenweg     | HWS    | 14-10\n"
    )
    kept = kept_of_type(text, "name", use_model=True)
    assert "R.P.J. Knibbe" in kept
    assert "H.W. Steenweg" in kept
    assert "M. Renders" in redacted_of_type(text, "name", use_model=True)


def test_a_chat_sender_acting_as_council_member(model) -> None:  # noqa: F811
    text = (
        "[02-09-25 19:01] Ilona Verhees: Ik heb het als raadslid doorgezet naar de wethouder.\n"
        "[02-09-25 19:40] Ilona Verhees: De ploeg is onderweg.\n"
        "[02-09-25 20:12] Bert Verhees: @Ilona Verhees wij zijn geen familie hè, maar "
        "bij ons staat het ook tot de enkels.\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == ["Bert Verhees"]


def test_no_office_for_whom_the_sender_writes_about(model) -> None:  # noqa: F811
    text = (
        "2025-06-20 19:12 - Anton Stegman: Haha, ik heet net als raadslid Stegman. Geen familie.\n"
        "2025-06-20 19:14 - Lies Koeman: Ik vraag het u als raadslid, meneer Koeman van de raad.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "Anton Stegman" in names
    assert "Lies Koeman" in names
