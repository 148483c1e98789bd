"""Lakken, ninety-sixth round (tuned on realistic_toets191 and realistic_toets192).

What the round added: an occupational therapist ("ergotherapeut", "Ergotherapie Drenthe") is no
longer special data, as the one who advises on an aid in nearly every Wmo file; an identity
paper with its issuing country between the word and the number ("pas PL MJ4958590"), and by
its country in an export's key ('"id_ro": "NM396643"'); a person's number in an XML attribute
that a column of that name would hold ('<bewoner persnr="980403">', '<svb
budgetnummer="75959461"/>'; not a company's certificate); a customer's number said in a
sentence ("Uw klantnummer daar is K211988") or noted in a supplier's log ("klant K574388", not
a ledger's "Klant 20417"); a paramedic's KP registration; digits in brackets after a name
written with initials ("I.M. Zonneveld (421477013)", not "Moradi (100871)" in a debtors' list);
a form of address alone ("Naam: dhr. J. Louwerse") is no name; a boa's pass with the field
after the role ("boa brandveiligheid (pas 997903)"). New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted_of_type,
)


def test_an_occupational_therapist_is_no_special_data(model) -> None:  # noqa: F811
    text = (
        "Afspraken: de ergotherapeut van Ergotherapie Twente komt op 4 juni langs voor een "
        "advies over een douchestoel. Mevrouw heeft sinds vorig jaar COPD.\n"
    )
    special = redacted_of_type(text, "special", use_model=True)
    assert not any("rgotherap" in value for value in special)
    assert any("COPD" in value for value in special)


def test_an_identity_paper_with_its_country(model) -> None:  # noqa: F811
    text = (
        "| nr | naam | geb.datum | ID |\n|---|---|---|---|\n"
        "| 1 | Nowak, Piotr | 14-02-1990 | pas PL KT7731904 |\n"
        "| 2 | Popescu, Andrei | 03-11-1987 | ID RO XB228417 |\n\n"
        '{"naam": "Petrov, Ivan", "bsn": null, "id_bg": "604417325"}\n'
    )
    numbers = redacted_of_type(text, "document_number", use_model=True)
    assert {"KT7731904", "XB228417", "604417325"} <= set(numbers)


def test_a_persons_number_in_an_xml_attribute(model) -> None:  # noqa: F811
    text = (
        "<bewoners>\n"
        '  <bewoner persnr="551203">\n'
        "    <naam>Nowak, Piotr</naam>\n"
        "  </bewoner>\n"
        "</bewoners>\n"
        '<budgetplan><svb budgetnummer="61234578"/></budgetplan>\n'
        '<sloop><verwijderaar naam="Asbest Noord B.V." certificaat="SC-412 0733"/></sloop>\n'
    )
    numbers = redacted_of_type(text, "document_number", use_model=True)
    assert {"551203", "61234578"} <= set(numbers)
    assert "SC-412 0733" not in numbers


def test_a_customer_number_said_or_noted_in_a_log(model) -> None:  # noqa: F811
    text = (
        "Je klantnummer bij hen is K448120, zegt de leverancier.\n"
        "03-06 09:12 PV  Melding dhr. Bos, Heerweg 12, klant K301774: accu leeg.\n"
        "16.03.2026 07:00:05 INFO  Klant 20417 KRAMER S  Factuur 260003114\n"
    )
    numbers = redacted_of_type(text, "document_number", use_model=True)
    assert {"K448120", "K301774"} <= set(numbers)
    assert "20417" not in numbers


def test_a_paramedics_registration_and_digits_after_a_full_name(model) -> None:  # noqa: F811
    text = (
        "Fysiotherapeut M. de Wit, KP-registratie 40718825103\n\n"
        "Gecontroleerd op handtekening:\n"
        "1. P.J. Vermeulen (512377961) -> gemachtigde K. Vermeulen-Bos\n\n"
        "Oninbaar:\n2. Moradi (100871) – vertrokken naar het buitenland.\n"
    )
    numbers = redacted_of_type(text, "document_number", use_model=True)
    assert {"40718825103", "512377961"} <= set(numbers)
    assert "100871" not in numbers


def test_a_form_of_address_alone_is_no_name(model) -> None:  # noqa: F811
    text = "Gegevens melder:\nNaam: mevr. K. Dijkman (buurvrouw)\nTelefoon: 06 41 22 83 90\n"
    names = redacted_of_type(text, "name", use_model=True)
    assert "K. Dijkman" in names
    assert not any(name.lower().rstrip(".") in ("mevr", "dhr") for name in names)
    # ... but a paraph in capitals is one
    table = "| Naam | Login | Paraaf |\n|---|---|---|\n| M. Wolters | mwolters | MW |\n"
    assert "MW" in redacted_of_type(table, "name", use_model=True)


def test_a_boas_pass_with_the_field_after_the_role(model) -> None:  # noqa: F811
    text = "Legenda: TK = T. Kramer, boa milieu (pas 551230); LW = L. de Wit, toezichthouder.\n"
    assert "551230" in redacted_of_type(text, "document_number", use_model=True)
