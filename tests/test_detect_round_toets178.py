"""Lakken, ninety-first round (tuned on realistic_toets177 to realistic_toets180).

What the round added: a legend under a "Legenda" heading that spells out initials without "="
("KV Kees Veurink - JK J. Koobs") and a legend that writes the surname first ("NV = Velthuis,
N."; an abbreviation such as "NV" then is a person's paraph too); two capitals before a comma
take no given name along ("(NV, Omgevingsdienst Twente)"); a bare "Rijbewijs" column holds the
licence's number, a "Pasnr." column a volunteer's own pass (not at a desk that lends passes
out); a sole trader's KvK number in groups of two ("25.19.52.54") and past a bracket ("...
Lentfert (eenmanszaak): 32674625"); a caseworker's column ("klantmanager") holds names or
logins; "aangemaakt door:" after an export's date is no chat sender; a passport or licence
number on the line after "met nummer"; a flat's number in an address before its postcode ("Jol
139-3, 8239ZX") and the side of a canal in a street ("Kanaaldijk N.W. 55"); "ken" in a chat is
the verb; a place that ends an organisation's name read as a person ("Taalhuis Wageningen") is
not redacted as that person's surname elsewhere. New variations, not copies of the evaluation
documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted,
    spans,
)


def _values(text: str, kind: str, action: str = "redact") -> list[str]:
    return [v for k, v, a in spans(text, use_model=True) if k == kind and a == action]


def test_a_headed_legend_without_equals_names_the_paraphs(model) -> None:  # noqa: F811
    text = (
        "| Datum | Coörd. | Chauffeurs |\n|---|---|---|\n"
        "| 03-01 | PB | TS ML |\n| 04-01 | PB | TS RdW |\n\n"
        "## Legenda\n"
        "PB Pieter Bosscher - TS Thomas Slingerland (coördinatoren)\n"
        "ML M. Lubbers - RdW R. de Wilde\n"
    )
    names = _values(text, "name")
    assert names.count("PB") == 3
    assert names.count("TS") == 3
    assert names.count("ML") == 2
    assert names.count("RdW") == 2


def test_a_headed_legend_of_bodies_names_no_paraphs(model) -> None:  # noqa: F811
    text = (
        "| Datum | Orgaan | Besluit |\n|---|---|---|\n| 03-01 | AB | vastgesteld |\n\n"
        "Legenda\nAB Algemeen Bestuur - DB Dagelijks Bestuur\n"
    )
    names = _values(text, "name")
    assert "AB" not in names
    assert "DB" not in names


def test_a_legend_with_the_surname_first_makes_an_abbreviation_a_paraph(model) -> None:  # noqa: F811
    text = (
        "Gemeten door Bart Mulder (BM) en Niek Veenstra (NV, Omgevingsdienst Regio).\n\n"
        "| nr | meting | door |\n|---|---|---|\n| 1 | 84 dB(A) | NV |\n| 2 | 79 dB(A) | BM |\n\n"
        "Legenda: BM = Mulder, B.; NV = Veenstra, N. (omgevingsdienst).\n"
    )
    names = _values(text, "name")
    assert names.count("NV") == 3
    assert "Veenstra, N." in names
    assert not any("Omgevingsdienst" in name for name in names)


def test_a_bare_driving_licence_column_holds_its_number() -> None:
    text = (
        "persnr;naam;rijbewijs;cat;diensten\n"
        '441201;"Veldkamp, Rik";5120384471;C/CE;8\n'
        '441202;"Smit, Anna";6620174930;C;6\n'
        '441203;"Bos, Gerrit";-;-;2\n'
    )
    found = redacted(text)
    assert ("document_number", "5120384471") in found
    assert ("document_number", "6620174930") in found
    assert not any(v in ("C/CE", "C") for _, v in found)


def test_a_sole_traders_kvk_number_in_groups_of_two_and_past_a_bracket() -> None:
    row = (
        "zaak;exploitant;handelsnaam;kvk;attractie\n"
        'K-1;"Ekkel, Mandy";"Oliebollen Ekkel (eenmanszaak)";61.42.08.37;kraam\n'
        'K-2;"-";"Draaimolen Noord B.V.";44.10.72.95;draaimolen\n'
    )
    found = spans(row)
    assert ("kvk", "61.42.08.37", "redact") in found
    assert ("kvk", "44.10.72.95", "keep") in found
    prose = "Het KvK-nummer van Poffertjes Hulst (eenmanszaak): 70213348. Tot ziens op de kermis."
    assert ("kvk", "70213348", "redact") in spans(prose)


def test_a_caseworkers_column_holds_logins() -> None:
    text = (
        "zaaknr;naam;route;klantmanager;status\n"
        'IB-1;"Haile, Ruth";B1;pvanlaar;intake\n'
        'IB-2;"Osman, Ali";B1;kmeijering;loopt\n'
        'IB-3;"Noor, Sara";B1;pvanlaar;loopt\n'
    )
    names = [v for k, v in redacted(text) if k == "name"]
    assert names.count("pvanlaar") == 2
    assert "kmeijering" in names


def test_an_exports_label_after_its_date_is_no_chat_sender() -> None:
    text = "# peildatum: 03-02-2026 07:15 - aangemaakt door: rkoster - filter: open zaken\n"
    names = [v for k, v in redacted(text) if k == "name"]
    assert "rkoster" in names
    assert not any("aangemaakt" in v for v in names)


def test_a_papers_number_on_the_line_after_its_label() -> None:
    text = (
        "2. de heer Ruud Brink, zich legitimerend met zijn paspoort met nummer\n"
        "   NW7K42PL1, en mevrouw Ans Brink, zich legitimerend met haar rijbewijs met\n"
        "   nummer 5208841736, samen wonende te Lelystad.\n"
    )
    found = redacted(text)
    assert ("document_number", "NW7K42PL1") in found
    assert ("document_number", "5208841736") in found


def test_an_address_with_a_flat_number_before_its_postcode() -> None:
    text = '{"object": "Kogge 41-2, 8232KP", "status": "intake"}'
    found = redacted(text)
    assert ("address", "Kogge 41-2") in found
    assert ("postcode", "8232KP") in found


def test_a_street_with_the_side_of_its_canal_is_an_address() -> None:
    text = "1. Joke en Wim Verhagen, Kanaaldijk Z.O. 17. Zij steunen het besluit.\n"
    assert ("address", "Kanaaldijk Z.O. 17") in redacted(text)


def test_a_pass_number_column_of_volunteers_is_personal() -> None:
    text = (
        "| Post | Regelaar | Pasnr. | Mobiel |\n|---|---|---|---|\n"
        "| 1 | Kim Huisman | 402918 | 06-12345678 |\n| 2 | Joost Bakker | 771305 | 06-87654321 |\n"
    )
    found = redacted(text)
    assert ("document_number", "402918") in found
    assert ("document_number", "771305") in found


def test_a_pass_number_column_of_a_desk_that_lends_passes_out_is_not() -> None:
    text = (
        "Uitgifteregister toegangspassen\n\n"
        "| Pasnr. | Datum uit | Datum in | Naam |\n|---|---|---|---|\n"
        "| 402918 | 03-02 | 04-02 | Kim Huisman |\n"
    )
    assert ("document_number", "402918") not in redacted(text)


def test_the_verb_ken_in_a_chat_is_no_first_name(model) -> None:  # noqa: F811
    text = "[10-03 09:15] Yavuz, Hatice: Ik ken het gezin van de schuldhulp.\n"
    names = _values(text, "name")
    assert "Yavuz, Hatice" in names
    assert "ken" not in names


def test_a_place_that_ends_an_organisation_read_as_a_name_stays_a_place() -> None:
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Taalcafé Ede\nEMAIL;TYPE=WORK:info@taalcafe-ede.nl\n"
        "END:VCARD\nBEGIN:VCARD\nVERSION:3.0\nN:Bosman;Femke;;;\nFN:Femke Bosman\n"
        "ADR;TYPE=HOME:;;Stationsweg 12;Ede;;6711 PM;Nederland\nEND:VCARD\n"
    )
    names = [v for k, v in redacted(text) if k == "name"]
    assert "Femke Bosman" in names
    assert "Ede" not in names
