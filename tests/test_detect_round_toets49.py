"""Detection improvements made after the blind forty-ninth and fiftieth toets sets
(publicatie/evaluation/realistic_toets49 and _toets50) were measured: postcodes in the records
of exports (XML, vCard, SQL, iCalendar), a sole trader's address in a form, tables with notes
holding the separator and their "voornaam", "docnummer", "pachter" and "door" columns, the
office in a record (an office mailbox, a vCard's title, a speaker saying it), lists of foreign
plates, chat speakers with initials, maiden names, "woningen op nr.", short paper words and a
worded date of birth in a column. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from publicatie.patterns import find_addresses, find_dob, find_documents, find_kenteken
from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    names_with_model,
    of_type,
    redacted_names_with_model,
    redacted_of_type,
    spans,
)


def _postcodes(text: str) -> dict[str, str]:
    return {
        text[s:e]: action for s, e, kind, action, _ in find_addresses(text) if kind == "postcode"
    }


def test_postcodes_in_the_records_of_exports() -> None:
    xml = "<adres>\n  <straat>Molenweg 7</straat>\n  <postcode>5451 GT</postcode>\n</adres>"
    vcard = "ADR;TYPE=HOME:;;Dorpsstraat 3;Heijen;;6597 AA;Nederland\n"
    sql = "(77,'R. Jeurissen','Veerweg 12','6584 AC','Molenhoek','auto'),"
    ics = "LOCATION:Maasdijk 22\\, 5431 NP Cuijk\n"
    for text, postcode in (
        (xml, "5451 GT"),
        (vcard, "6597 AA"),
        (sql, "6584 AC"),
        (ics, "5431 NP"),
    ):
        assert _postcodes(text)[postcode] == "redact", text


def test_a_postcode_without_a_house_number_stays() -> None:
    text = "Het kantoor aan de Markt 5 is dicht. Post voor ons: postcodegebied 5431 NP en verder."
    assert _postcodes(text)["5431 NP"] == "keep"


def test_a_sole_traders_address_in_a_form(model) -> None:  # noqa: F811
    text = (
        "Naam bedrijf:      Kwekerij Harm Wijdeven\n"
        "KvK-nummer:        09241177          Btw-id: NL845568164B01\n"
        "Contactpersoon:    H.J. Wijdeven\n"
        "Adres:             Rijksweg 58        Postcode/plaats: 5306 AE Brakel\n"
        "Mobiel:            06 - 21 30 77 46\n"
    )
    found = {t: a for kind, t, a in spans(text, use_model=True) if kind in ("address", "postcode")}
    assert found == {"Rijksweg 58": "redact", "5306 AE": "redact"}


def test_a_company_form_keeps_its_address() -> None:
    text = (
        "Naam bedrijf:      Kwekerij Wijdeven B.V.\n"
        "KvK-nummer:        09241177\n"
        "Adres:             Rijksweg 58        Postcode/plaats: 5306 AE Brakel\n"
    )
    assert ("Rijksweg 58", "keep") in of_type(text, "address")


def test_a_table_whose_notes_hold_the_separator() -> None:
    text = (
        "tijd;naam;woonplaats;geb_datum;klacht;behandeling;afloop;hv\n"
        "08:42;Fenna Smulders;Boxmeer;03-05-1998;blaren;doorgeprikt;verder;KBe\n"
        "09:15;Harm Kuijpers;Deurne;1960-11-24;duizelig; hartkloppingen;rust; ambulance;over;KBe\n"
        "10:03;Ann Whitby;Leeds (UK);12/09/1986;ankle;ice; bandage;stopped;JvV\n"
    )
    assert [text[s:e] for s, e, *_ in find_dob(text)] == ["03-05-1998", "1960-11-24", "12/09/1986"]
    names = redacted_of_type(text, "name")
    assert {"Fenna Smulders", "Harm Kuijpers", "Ann Whitby"} <= set(names)


def test_first_name_and_document_columns() -> None:
    text = (
        "kamer\tachternaam\tvoornaam\tgeb.datum\tID-soort\tdocnummer\n"
        "1\tWOŹNICKA\tIrena\t14-02-1988\tID-kaart\tCFX482916\n"
        "2\tURSACHE\tDănuț\t22.11.1984\tID-kaart\tSV 902656\n"
        "3\tANGHELESCU\tPetruța\t05.05.1997\tpaspoort\t057318427\n"
    )
    names = redacted_of_type(text, "name")
    assert {"Irena", "Dănuț", "Petruța"} <= set(names)
    assert [text[s:e] for s, e, *_ in find_documents(text)] == [
        "CFX482916",
        "SV 902656",
        "057318427",
    ]


def test_the_office_in_a_record(model) -> None:  # noqa: F811
    ics = (
        'ATTENDEE;CN="Smulders, Geert";ROLE=REQ-PARTICIPANT:mailto:dijkgraaf@aaenmaas.nl\n'
        'ATTENDEE;CN="Verhoeven, Lotte";ROLE=OPT-PARTICIPANT:mailto:l.verhoeven@aaenmaas.nl\n'
    )
    names = names_with_model(ics)
    assert "redact" not in {a for n, a in names.items() if "Smulders" in n}
    assert names["Verhoeven, Lotte"] == "redact"
    vcard = (
        "BEGIN:VCARD\nN:Peeters;A.M.;;;\nFN:A.M. Peeters\nTITLE:Burgemeester\nEND:VCARD\n"
        "BEGIN:VCARD\nN:Kuijpers;Bram;;;\nFN:Bram Kuijpers\nTITLE:Dijkwacht\nEND:VCARD\n"
    )
    names = names_with_model(vcard)
    assert names["A.M. Peeters"] == "keep" and names["Bram Kuijpers"] == "redact"
    vtt = (
        "<v Anke Roelofsen>Ik ben heemraad en ik zorg dat u gebeld wordt.</v>\n"
        "<v Wim Hendriks>Ik ben de buurman.</v>\n"
    )
    names = names_with_model(vtt)
    assert names["Anke Roelofsen"] == "keep" and names["Wim Hendriks"] == "redact"


def test_a_list_of_foreign_plates_after_the_word() -> None:
    text = "Er staan auto's met kentekens PO 5K3H2, WGM 4822C en SV 08 PLU voor de deur."
    assert [text[s:e] for s, e, *_ in find_kenteken(text)] == ["PO 5K3H2", "WGM 4822C", "SV 08 PLU"]


def test_a_chat_speaker_surname_first_with_an_initial() -> None:
    text = "[18:52] Oosterwijk, H. (VRIJ): Chat aangemaakt.\n[18:55] Kleinjan, T. (VRIJ): ok\n"
    found = redacted_of_type(text, "name")
    assert found == ["Oosterwijk, H.", "Kleinjan, T."]


def test_a_maiden_name_in_brackets() -> None:
    text = "Naam: Gerda Kamphuis-Stegeman (meisjesnaam Stegeman)\n"
    assert ("Stegeman", "redact") in of_type(text, "name")


def test_homes_by_number_and_a_login_in_a_json_field() -> None:
    text = "Daarna zijn de woningen op nr. 12 en nr. 16 ontruimd."
    assert redacted_of_type(text, "address") == ["nr. 12", "nr. 16"]
    record = '{"export":"uitvraag","door":"hkampman","datum":"2025-10-06"}'
    assert ("hkampman", "redact") in of_type(record, "name")


def test_a_short_paper_word_before_its_number() -> None:
    text = "2    KOVÁCS, Eszter    1996-08-30  HU    pas HN0872215  nee\n"
    assert [text[s:e] for s, e, *_ in find_documents(text)] == ["HN0872215"]
    assert find_documents("Hij was pas 12345678 keer bij ons.") == []


def test_a_worded_date_of_birth_in_a_column() -> None:
    text = (
        "nr  naam                       geboortedatum            adres\n"
        "04  Gea Brouwer                01-02-1950               Brink 14, Ruinen\n"
        "05  Marie Bos                  tweeëntwintig juni 1955  Hoofdweg 40, Ruinen\n"
        "06  Henk Tijssen               08-11-1948               Dorpsweg 2, Ruinen\n"
    )
    assert "tweeëntwintig juni 1955" in [text[s:e] for s, e, *_ in find_dob(text)]


def test_the_pachter_column(model) -> None:  # noqa: F811
    text = (
        "perceel;pachter;kvk;adres\n"
        "RP-1;Rietsnijderij Hoogland;59304128;Hoogeweg 23\n"
        "RP-2;Riet en Zo B.V.;59304129;Kade 2\n"
        "RP-3;J. Klomp;59304130;Kade 3\n"
    )
    names = redacted_names_with_model(text)
    assert "Rietsnijderij Hoogland" in names and "J. Klomp" in names
    assert not any("B.V." in name for name in names)


def test_english_titles_and_relations() -> None:
    text = "He took the couple, Mr Lin and Ms Zhou Meiling, home. Our assistant Yaqi has called."
    found = redacted_of_type(text, "name")
    assert found == ["Lin", "Zhou Meiling", "Yaqi"]
    assert of_type("Bij MS is vermoeidheid een klacht.", "name") == []


def test_a_json_author_field_but_not_a_units_column() -> None:
    log = (
        "datum  tijd   door   melding\n"
        "02-01  08.00  AC-W   Opschaling fase 1.\n"
        "02-01  09.00  AC-W   Dijkgraaf geïnformeerd.\n"
        "02-01  10.00  AC-W   Kwel gemeld.\n"
    )
    assert of_type(log, "name") == []
