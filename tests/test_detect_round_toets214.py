"""Lakken, hundred-and-seventh round (tuned on realistic_toets213 and realistic_toets214).

What the round added: in a paraph table whose first column names the office ("| Gemeente-
secretaris | J.W. Hoeberechts | JWH |", "| Mede-portefeuillehouder | L.M. Scheepers | LMS |")
the name and its paraph are the office holder's and stay; a row whose first cell names a job and
no office ("| jurist | R. Vermue | RV |") is a civil servant's, also where the secretary of the
same name signs a row below. A postscript opening a line ("P.S. Onze buurman ...") is no
initials. A mobile number written in five pairs between dots is one, also where its start reads
like a date ("06.12.95.76.01"). On the contact card of a sole trader (the organisation bears the
card's own surname, no legal form) the KvK, btw and bank numbers are the owner's; a btw number
with dots between its digits ("NL 1112.22.333.B01") is found whole, not its digits as a BSN. A
form's field for the initials ("Voorletters: A.M.") and for the first name, also one that is a
place too ("Roepnaam: Anna"), is a person's. New variations, not copies of the evaluation
documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    kept_of_type,
    model,
    redacted_of_type,
)

_PARAPHS = (
    "Parafen\n"
    "| Rol | Naam | Paraaf | Datum |\n"
    "| Steller | K. Dorrestijn | KD | 02-06-2025 |\n"
    "| jurist | W.A. Veltkamp | WAV | 03-06-2025 |\n"
    "| Gemeentesecretaris | W.A. Veltkamp | WAV | 05-06-2025 |\n"
    "| Portefeuillehouder | G.H. Stroeve | GHS | 06-06-2025 |\n"
    "| Mede-portefeuillehouder | P. Lankhorst | PL | 06-06-2025 |\n"
)


def test_the_office_column_of_a_paraph_table_keeps_name_and_paraph(model) -> None:  # noqa: F811
    kept = kept_of_type(_PARAPHS, "name", use_model=True)
    for value in ("G.H. Stroeve", "GHS", "P. Lankhorst", "PL"):
        assert value in kept


def test_a_staff_row_stays_redacted_beside_the_secretary_of_that_name(model) -> None:  # noqa: F811
    redacted = redacted_of_type(_PARAPHS, "name", use_model=True)
    assert "K. Dorrestijn" in redacted
    assert "KD" in redacted
    # the lawyer's row is redacted, the secretary's row below it stays
    assert redacted.count("W.A. Veltkamp") == 1
    assert kept_of_type(_PARAPHS, "name", use_model=True).count("W.A. Veltkamp") == 1


def test_a_postscript_is_no_initials(model) -> None:  # noqa: F811
    text = (
        "Ik hoor graag van u.\n\nP.S. Onze buurvrouw Henny Kloosterboer heeft hetzelfde probleem.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert not [n for n in names if "Onze" in n]
    assert any("Kloosterboer" in n for n in names)


def test_a_dotted_mobile_that_starts_like_a_date(model) -> None:  # noqa: F811
    text = "Terugbellen op 06.11.48.27.90 na vijf uur; melding ontvangen 06-10-2025 08:40.\n"
    assert redacted_of_type(text, "phone", use_model=True) == ["06.11.48.27.90"]


_SOLE_TRADER_CARDS = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Hofstee;Lotte;;;\nFN:Lotte Hofstee\n"
    "ORG:Strijkservice Lotte Hofstee\nTEL;TYPE=CELL:06-38125570\n"
    "NOTE:KvK 7123 9904, btw NL1112.22.333.B01, IBAN NL74INGB0682403291\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nN:Remmelts;Gerard;;;\nFN:Gerard Remmelts\n"
    "ORG:Remmelts Kuipers Advocaten\nTEL;TYPE=WORK:050 318 22 40\nNOTE:KvK 6610 2387\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nN:Smid;Jorien;;;\nFN:Jorien Smid\n"
    "ORG:Thuiszorg Noorderkwartier\nNOTE:KvK 4088 1726 (werkgever)\nEND:VCARD\n"
)


def test_the_numbers_on_a_sole_traders_card_are_the_owners(model) -> None:  # noqa: F811
    assert redacted_of_type(_SOLE_TRADER_CARDS, "kvk", use_model=True) == ["7123 9904"]
    assert redacted_of_type(_SOLE_TRADER_CARDS, "btw", use_model=True) == ["NL1112.22.333.B01"]
    assert redacted_of_type(_SOLE_TRADER_CARDS, "iban", use_model=True) == ["NL74INGB0682403291"]


def test_a_firms_or_an_employers_number_on_a_card_stays(model) -> None:  # noqa: F811
    kept = kept_of_type(_SOLE_TRADER_CARDS, "kvk", use_model=True)
    assert "6610 2387" in kept
    assert "4088 1726" in kept


def test_a_dotted_btw_number_is_found_whole(model) -> None:  # noqa: F811
    text = (
        "Handelsnaam: Fietsherstel Jurre Wijbenga (eenmanszaak)\n"
        "KvK: 71.23.99.05   Btw: NL 1112.22.333.B01\n"
    )
    assert redacted_of_type(text, "btw", use_model=True) == ["NL 1112.22.333.B01"]
    assert redacted_of_type(text, "bsn", use_model=True) == []


def test_the_initials_and_first_name_fields_of_a_form(model) -> None:  # noqa: F811
    text = (
        "1. Uw gegevens\nVoorletters: A.M.\nRoepnaam: Anna\nAchternaam: KLEINJAN\n"
        "Naam: DOGAN, Elif           Voorletters: E.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    for value in ("A.M.", "Anna", "KLEINJAN", "E."):
        assert value in names
