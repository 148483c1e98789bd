"""Lakken, hundred-and-ninth round (tuned on realistic_toets217 and realistic_toets218).

What the round added: a legend that gives a person's job or title before the name ("YR = boa
Yvo Rijnberg", "TR = toezichthouder Tom Ruitenberg") makes the code that person's paraph
wherever it stands, also when deduce does not know the first name; an office there keeps the
office holder's paraph ("WBe = griffier W. Beeckman"). The later codes of a legend of things
after commas ("Codes: IK = illegale kap, HP = herplantcontrole, WS = waarschuwing") are no
paraphs either, and a time before two codes ("09:15 WS DW") is no plate. A form's step ("Stap 1
Uw gegevens") is no surname. On the contact card of a sole trader with a double surname
("N:Zijlstra-Kooistra" with "ORG:Zijlstra Bewind & Budget") the KvK, btw and bank numbers are
the owner's. The clerk of a committee ("Commissiegriffier: Sophie Kasse") is staff of the
griffie, not the griffier. A plate after its owner's word ("de scanauto haar kenteken 27-FK-PR")
is the owner's, whatever service car the clause names. New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    kept_of_type,
    model,
    redacted_of_type,
)

_LOG = (
    "LOGBOEK TOEZICHT MARKT - week 9\n"
    "Legenda: QV = handhaver Quirijn Vlasblom (dienstnr. 418207), EK = boa Eelke Kuipers.\n"
    "Codes: OV = overtreding, HC = hercontrole, MW = mondelinge waarschuwing.\n"
    "\n"
    "03-03 08:40 OV QV  Kraam 14: geen vergunning getoond. Mondeling. QV\n"
    "03-03 11:15 HC EK  Kraam 9: akkoord. EK\n"
    "04-03 09:05 MW QV  Kraam 22: afval naast de kraam.  paraaf QV\n"
)


def test_a_legend_with_a_job_before_the_name_gives_the_paraph(model) -> None:  # noqa: F811
    names = redacted_of_type(_LOG, "name", use_model=True)
    assert names.count("QV") == 5  # the legend and four entries
    assert names.count("EK") == 3  # the legend and two entries
    assert "Quirijn Vlasblom" in names


def test_the_codes_of_a_legend_of_things_are_no_paraphs(model) -> None:  # noqa: F811
    names = redacted_of_type(_LOG, "name", use_model=True)
    assert not [n for n in names if n in ("OV", "HC", "MW")]


def test_a_legend_with_an_office_keeps_the_office_holders_paraph(model) -> None:  # noqa: F811
    text = (
        "Afkortingen: PBr = griffier P. Brouwer-Stam; KLo = medewerker griffie Kim Looijen.\n"
        "Agenda vastgesteld door PBr. Verslag KLo, gezien PBr.\n"
    )
    assert "PBr" not in redacted_of_type(text, "name", use_model=True)


def test_a_time_before_two_codes_is_no_plate(model) -> None:  # noqa: F811
    text = (
        "Legenda: GH = boa Gerrit Hoefnagel. Codes: HC = hercontrole, VW = verwijderd.\n"
        "25-03 09:15 VW GH  Auto JXL47B in afzetting, eigenaar gebeld.  GH\n"
    )
    assert redacted_of_type(text, "kenteken", use_model=True) == ["JXL47B"]


def test_a_forms_step_is_no_surname(model) -> None:  # noqa: F811
    text = (
        "--- Stap 1 Uw gegevens ---\nNaam: Femke Oosterhuis\n--- Stap 2 Uw situatie ---\n"
        "Stap 3: bevestigen.\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == ["Femke Oosterhuis"]


def test_a_sole_traders_card_with_a_double_surname(model) -> None:  # noqa: F811
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Hoekstra-Bakker;Jolanda;;;\nFN:Jolanda Hoekstra-Bakker\n"
        "ORG:Hoekstra Administratie & Bewind\n"
        "NOTE:KvK 7741 2093 / btw NL652200667B01 / IBAN NL75ASNB4377801387\nEND:VCARD\n"
    )
    assert redacted_of_type(text, "kvk", use_model=True) == ["7741 2093"]
    assert redacted_of_type(text, "btw", use_model=True) == ["NL652200667B01"]
    assert redacted_of_type(text, "iban", use_model=True) == ["NL75ASNB4377801387"]


def test_the_clerk_of_a_committee_is_no_office_holder(model) -> None:  # noqa: F811
    text = (
        "Verslag commissie Ruimte, 4 juni 2025. Voorzitter: R. Elzinga.\n"
        "Commissiegriffier: Marloes Tjepkema (mtjepkema, 0513 48 21 70).\n"
        "De griffier, J.H. Wassenaar.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "Marloes Tjepkema" in names
    assert "J.H. Wassenaar" not in names


def test_an_owners_plate_beside_a_scan_car(model) -> None:  # noqa: F811
    text = (
        "Volgens meneer heeft de scanauto zijn kenteken 41-HT-KZ verkeerd gelezen; foto 2 laat "
        "41-HT-KZ zien.\nDe boa's reden in dienstauto V-841-XR.\n"
    )
    assert redacted_of_type(text, "kenteken", use_model=True) == ["41-HT-KZ", "41-HT-KZ"]
    assert kept_of_type(text, "kenteken", use_model=True) == ["V-841-XR"]
