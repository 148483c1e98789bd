"""Detection improvements made after the blind forty-third and forty-fourth toets sets
(publicatie/evaluation/realistic_toets43 and _toets44) were measured: a list of names closed
by their shared office in brackets, a stadsdeelcommissie and its chair, a board's members, a
rekenkamer's external members, a register's "Document" and "handhaver" columns, "pp." and "ID"
before a paper's number, a harbour's "Westerdok t/o 12", districts in team mailboxes. New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from publicatie.patterns import find_addresses, find_documents
from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    names_with_model,
    of_type,
)


def test_a_list_closed_by_a_shared_office_in_brackets(model) -> None:  # noqa: F811
    text = (
        "Stadsdeelcommissie Noord – verslag openbare vergadering 2 oktober 2025\n\n"
        "Aanwezig: K. Haverkort-Lim (voorzitter), B. Ouazzani, Fenna Dijkhoven en P.J. Steur "
        "(leden stadsdeelcommissie); van het dagelijks bestuur R. Tjong-Ayong. Notulist: "
        "Iris Wolterbeek.\n\nInspreker mevrouw Hanna Bruinsveld vraagt om een zebrapad.\n"
    )
    names = names_with_model(text)
    for holder in ("K. Haverkort-Lim", "B. Ouazzani", "Fenna Dijkhoven", "P.J. Steur"):
        assert names[holder] == "keep", holder
    assert names["R. Tjong-Ayong"] == "keep"
    assert names["Iris Wolterbeek"] == "redact"
    assert names["Hanna Bruinsveld"] == "redact"


def test_board_members_listed_with_all_ab_lid(model) -> None:  # noqa: F811
    text = (
        "Het algemeen bestuur stemt in met het voorstel, 20 stemmen voor en 3 tegen. Tegen: "
        "H.J. Wolbersen, Van Dijkhorst-Maat en E. Teunissen-Brom (allen AB-lid).\n"
    )
    names = names_with_model(text)
    assert {names[n] for n in ("H.J. Wolbersen", "E. Teunissen-Brom")} == {"keep"}


def test_a_rekenkamers_external_members(model) -> None:  # noqa: F811
    text = (
        "Rekenkamer Veluwe-Oost – besluitenlijst 8 september 2025\n"
        "Aanwezig: dr. S.K. Boerwinkel (voorzitter), Gijs Hoekzema en C. Dolderman-Baas "
        "(externe leden). Geïnterviewd: Marjolein Tiekstra (beleidsadviseur).\n"
    )
    names = names_with_model(text)
    assert names["Gijs Hoekzema"] == "keep"
    assert names["C. Dolderman-Baas"] == "keep"


def test_external_members_outside_a_rekenkamer_are_not_office_holders(model) -> None:  # noqa: F811
    text = "Adviesraad Sociaal Domein: Gijs Hoekzema en C. Dolderman-Baas (externe leden).\n"
    assert names_with_model(text)["Gijs Hoekzema"] == "redact"


def test_a_registers_document_column_with_the_issuing_country() -> None:
    text = (
        "Nr  Naam                          Document             Kamer  Telefoon\n"
        "01  KESSLER, Ingeborg             L02Y8U5KS (D)        214    +49 171 4490001\n"
        "02  Okafor-Lind, Tobi             A08842593 (NG)       216    +234 803 551 0000\n"
    )
    found = [text[s:e] for s, e, *_ in find_documents(text)]
    assert found == ["L02Y8U5KS", "A08842593"]


def test_an_enforcers_service_number_column_and_the_cues_pp_and_id() -> None:
    text = (
        "meldnr\tlocatie\tafhandeling\thandhaver\n"
        "M25-0501-0001\tDamrak\tbekeuring, pp. 552938417 (IRL)\tHH-3120\n"
        "M25-0501-0002\tZeedijk\tman verward; ID Y5SUM0L3G\tHH-2977\n"
    )
    found = [text[s:e] for s, e, *_ in find_documents(text)]
    assert set(found) == {"552938417", "HH-3120", "Y5SUM0L3G", "HH-2977"}


@pytest.mark.parametrize(
    "text, address",
    [
        ("| Oosterdok t/o 7 | Van Alphen, Rixt | 06 1234 5678 |", "Oosterdok t/o 7"),
        (
            "De ark aan de Westelijke Merwedekade t/o 9 ligt er al jaren.",
            "Westelijke Merwedekade t/o 9",
        ),
        ("Post naar Tt. Boerhaavestraat 12-II, 1091 AL Amsterdam", "Tt. Boerhaavestraat 12-II"),
    ],
)
def test_berths_and_prefixed_street_names(text: str, address: str) -> None:
    assert address in [text[s:e] for s, e, *_ in find_addresses(text)]


@pytest.mark.parametrize(
    "mailbox",
    [
        "buurtbudget.noord@amsterdam.nl",
        "stadsdeelcommissie.west@amsterdam.nl",
        "storingen.riolering@waternet.nl",
        "bijzonderezaken.zuidoost@amsterdam.nl",
        "varen@amsterdam.nl",
        "tbc@ggd.amsterdam.nl",
        "buitengebied@barneveld.nl",
    ],
)
def test_district_teams_mailboxes_stay(mailbox: str) -> None:
    text = f"Vragen? Mail naar {mailbox} of bel 14 020."
    assert dict(of_type(text, "email"))[mailbox] == "keep"


@pytest.mark.parametrize(
    "text, trade_name",
    [
        (
            "Ingeschakeld: Loodgietersbedrijf Brouwerhof (KvK 34229371), tel. 06-52213981.",
            "Loodgietersbedrijf Brouwerhof",
        ),
        (
            "De verhuizer is Verhuizingen Gerbrand Oudhout (KvK 64130226).",
            "Verhuizingen Gerbrand Oudhout",
        ),
    ],
)
def test_sole_traders_named_by_a_surname_the_lists_do_not_know(
    model,  # noqa: F811
    text: str,
    trade_name: str,
) -> None:
    found = of_type(text, "name", use_model=True)
    assert (trade_name, "redact") in found
    assert [action for _, action in of_type(text, "kvk", use_model=True)] == ["redact"]


def test_a_kvk_number_followed_by_its_owner() -> None:
    text = "2. KvK 85388521; eigenaresse Jolien heeft de bonnen van de salon ingeleverd."
    assert of_type(text, "kvk") == [("85388521", "redact")]


@pytest.mark.parametrize(
    "text",
    [
        "Schildersbedrijf Regenboog (KvK 12345678) schildert de school.",
        "De eigenaar van het pand, Vastgoed Amstel B.V. (KvK 12345678), reageert niet.",
    ],
)
def test_a_company_with_a_word_for_a_name_or_an_owner_before_it_keeps_its_kvk(
    model,  # noqa: F811
    text: str,
) -> None:
    assert [action for _, action in of_type(text, "kvk", use_model=True)] == ["keep"]


def test_a_document_column_in_a_list_of_documents_holds_no_papers() -> None:
    inventory = (
        "Inventarislijst Woo-besluit\n"
        "Nr | Document | Datum | Beoordeling\n"
        "1 | 2023-0012 | 12-03-2023 | openbaar\n"
        "2 | 2023-0013 | 14-03-2023 | deels openbaar\n"
    )
    assert find_documents(inventory) == []
    titles = (
        "nr\tdocument\tdatum\tbeoordeling\n"
        "1\tBESLUIT 2023-114\t12-03-2023\topenbaar\n"
        "2\tNOTA 2023-115\t14-03-2023\tdeels openbaar\n"
    )
    assert find_documents(titles) == []
