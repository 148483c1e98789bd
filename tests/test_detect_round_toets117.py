"""Detection improvements made in the sixty-second round, after the blind sets toets117 and
toets118 (publicatie/evaluation/realistic_toets117 and _toets118) were measured: rows under a
list of columns declared once (SPSS syntax with inline data, Power Query's typed table, a log's
"formaat:" header), a record written as keyword arguments in source code, the loonaangifte's
name elements, a SEPA payment's parties, the college's signatories in a document's data, a
screen's fields in capitals with bare initials, a person's debts, staff numbers in brackets, a
few conditions, streets in a diff, as a diminutive or after an abbreviated title; and against
over-redaction: a GPS track's symbol names, PlantUML's delimiters, a village spread as a first
name, made-up test records. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from publicatie.debts import find_debts
from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    redacted,
    redacted_addresses,
    redacted_names_with_model,
    redacted_of_type,
    spans,
)


def test_spss_syntax_with_inline_data_is_read_by_its_data_list() -> None:
    text = (
        "* Koppeling aanvragen 2025, testblok.\n"
        "DATA LIST LIST /volgnr (F4) naam (A30) pc (A6) hnr (A5) toel (A60).\n"
        "BEGIN DATA\n"
        '2001 "Brouwershaven, K.L." 8091DK 27 "alleenstaand"\n'
        '2002 "Mulderij-Koops, H." 8092AB 3a ""\n'
        "END DATA.\n"
    )
    found = set(redacted(text))
    assert ("name", "Brouwershaven, K.L.") in found and ("name", "Mulderij-Koops, H.") in found
    assert ("address", "27") in found and ("address", "3a") in found
    assert ("postcode", "8091DK") in found and ("postcode", "8092AB") in found
    assert not any(value in ("2001", "2002") for _, value in found)


def test_a_log_whose_header_names_its_columns_gives_each_column_its_kind() -> None:
    text = (
        "# export toegangssysteem | formaat: ts ctr evt pas res (uid weggelaten)\n"
        "2025-06-02T07:11:09 ORK-0033 INWORP 5530918274 OK\n"
        "2025-06-02T07:40:51 ORK-0033 WEIGER 7781046629 BLOK\n"
        "2025-06-02T08:00:00 ORK-0033 HEARTBEAT - OK fw=2.1\n"
    )
    numbers = redacted_of_type(text, "document_number")
    assert numbers == ["5530918274", "7781046629"]


def test_power_query_typed_table_rows_are_read_by_their_columns() -> None:
    text = (
        "    Handmatig = #table(\n"
        "        type table [Persnr = text, Naam = text, Geboren = date, Reden = text],\n"
        "        {\n"
        '            {"518204", "Kuijpers, T.", #date(1984, 7, 22), "knie"},\n'
        '            {"609317", "Ramdin, S.", #date(1990, 1, 3), "griep"}\n'
        "        }\n"
        "    ),\n"
    )
    found = set(redacted(text))
    assert ("document_number", "518204") in found and ("document_number", "609317") in found
    assert ("dob", "1984, 7, 22") in found and ("dob", "1990, 1, 3") in found


def test_a_record_in_source_code_is_read_by_its_keywords_a_made_up_one_is_not() -> None:
    text = (
        "-VERBEEK = Medewerker(\n"
        '-    naam="Hendrikje Verbeek-Molenaar",\n'
        '-    personeelsnummer="480217",\n'
        "-    geboortedatum=date(1971, 11, 30),\n"
        "-)\n"
        "+VOORBEELD = Medewerker(\n"
        '+    naam="Test Persoon C",\n'
        '+    personeelsnummer="000003",\n'
        "+    geboortedatum=date(1975, 1, 1),\n"
        "+)\n"
        '[meting]\nnaam = "Geluidsmeting Oosterweg"\n'
    )
    found = set(redacted(text))
    assert ("name", "Hendrikje Verbeek-Molenaar") in found
    assert ("document_number", "480217") in found and ("dob", "1971, 11, 30") in found
    assert not any(
        "Test" in value or value in ("000003", "1975, 1, 1") or "Geluidsmeting" in value
        for _, value in found
    )


def test_the_loonaangifte_elements_for_initials_and_surname_are_names() -> None:
    text = (
        "<NatuurlijkPersoon>\n"
        "  <SofiNr>111222333</SofiNr>\n"
        "  <Voorl>HJ</Voorl>\n"
        "  <Voorv>van der</Voorv>\n"
        "  <SignNm>Wielen</SignNm>\n"
        "  <Gebdat>1979-04-17</Gebdat>\n"
        "</NatuurlijkPersoon>\n"
    )
    names = redacted_of_type(text, "name")
    assert "HJ" in names and "Wielen" in names
    assert ("dob", "1979-04-17") in set(redacted(text))


def test_the_parties_of_a_sepa_payment_are_names_a_municipality_or_couple_is_left_alone() -> None:
    text = (
        "<Dbtr><Nm>GEMEENTE OLDEBROEK</Nm></Dbtr>\n"
        "<CdtTrfTxInf>\n"
        "  <Cdtr><Nm>W H BRINKHORST</Nm></Cdtr>\n"
        "  <UltmtCdtr><Nm>VAN DER KOLK A</Nm></UltmtCdtr>\n"
        "</CdtTrfTxInf>\n"
    )
    names = redacted_of_type(text, "name")
    assert "W H BRINKHORST" in names and "VAN DER KOLK A" in names
    assert not any("GEMEENTE" in name for name in names)


def test_the_college_signatories_in_a_documents_data_stay_visible() -> None:
    text = (
        "<Ondertekening>\n"
        "  <Regel1>Burgemeester en wethouders van Oldebroek,</Regel1>\n"
        "  <Secretaris>drs. K.J. Wassink</Secretaris>\n"
        "  <Burgemeester>A.M. Dragt-Ploeger</Burgemeester>\n"
        "</Ondertekening>\n"
        "<Behandelaar><Naam>mr. E. Bosgraaf</Naam></Behandelaar>\n"
    )
    found = spans(text)
    assert ("name", "K.J. Wassink", "keep") in found
    assert ("name", "A.M. Dragt-Ploeger", "keep") in found
    assert any(kind == "name" and "Bosgraaf" in value and action == "redact"
               for kind, value, action in found)  # fmt: skip


def test_a_screen_in_capitals_with_bare_initials_and_its_birth_field() -> None:
    text = (
        " NAAM      : HOLSTEGE W J                          BSN: 111222333\n"
        " ADRES     : KERKSTRAAT 12                         GEB: 02-08-1961\n"
        " PARTNER   : ROESINK H                             \n"
        " INWONEND  : HOLSTEGE T (ZOON, 19 JR)\n"
    )
    found = set(redacted(text))
    assert {("name", "HOLSTEGE W J"), ("name", "ROESINK H"), ("name", "HOLSTEGE T")} <= found
    assert ("dob", "02-08-1961") in found


def test_a_persons_debts_are_found_in_a_personal_frame_only() -> None:
    personal = (
        "Volgens de buren zit hij al twee jaar in de schuldsanering. "
        "Mevrouw heeft daardoor flinke schulden en zit in de WSNP. "
        "Er is beslag gelegd op haar loon. "
        "Zij heeft ook een betalingsregeling bij de\nBelastingdienst. "
        "Er is een achterstand van € 830 bij de energieleverancier."
    )
    phrases = [personal[s:e] for s, e, *_ in find_debts(personal)]
    assert any("schuldsanering" in p for p in phrases)
    assert any("flinke schulden" in p for p in phrases)
    assert any("WSNP" in p for p in phrases)
    assert any("beslag gelegd op haar loon" in p for p in phrases)
    assert any("betalingsregeling" in p for p in phrases)
    assert any("energieleverancier" in p for p in phrases)
    policy = (
        "De Wet schuldsanering natuurlijke personen regelt de schone lei. De gemeente biedt "
        "schuldhulpverlening aan; een betalingsregeling aanvragen kan via het loket."
    )
    assert find_debts(policy) == []
    span = next(s for s in spans(personal) if s[0] == "financial")
    assert span[2] == "redact"


def test_a_debt_phrase_is_redacted_on_the_privacy_ground() -> None:
    from publicatie.detect import detect_personal_data

    found = detect_personal_data("Hij zit in de schuldsanering.")
    assert [(s.type, s.ground) for s in found] == [("financial", "5.1.2e")]


def test_a_staff_number_in_brackets_after_a_name_is_redacted_a_year_is_not(
    model,  # noqa: F811
) -> None:
    text = (
        'naam = "Mirjam Hoefnagels (552019)"\n'
        "Zie ook het advies van Jolanda Rietveld (2019) over de reorganisatie.\n"
        "1. Hoekstra (100418) - vordering oninbaar verklaard.\n"
    )
    numbers = redacted_of_type(text, "document_number", use_model=True)
    assert numbers == ["552019"]


def test_a_few_conditions_in_an_employees_file_are_special_data() -> None:
    text = (
        "Sinds maart 40% inzetbaar. Na de hernia-operatie volgt revalidatie. Zij had een "
        "IVF-traject en heeft een Q-koortsvermoeidheidssyndroom; opname in een "
        "verslavingskliniek."
    )
    special = redacted_of_type(text, "special")
    for phrase in (
        "40% inzetbaar",
        "hernia-operatie",
        "IVF-traject",
        "Q-koortsvermoeidheidssyndroom",
        "verslavingskliniek",
    ):
        assert phrase in special, phrase


def test_streets_in_a_diff_as_a_diminutive_or_after_a_title_are_addresses() -> None:
    text = (
        "-Zuiderzeestraatweg 301;8096 CE;Boeve, H.;\n"
        "+Oosterwoldseweg 12;8097 PT;Schuurman, G.;\n"
        "Bezoek aan Molendijkje 3 en Pr. Irenelaan 19.\n"
    )
    addresses = redacted_addresses(text)
    for street in (
        "Zuiderzeestraatweg 301",
        "Oosterwoldseweg 12",
        "Molendijkje 3",
        "Pr. Irenelaan 19",
    ):
        assert street in addresses, street


def test_a_street_and_its_number_in_one_json_object_are_an_address() -> None:
    text = '{"naam": "Jansma, P.", "adres": {"straat": "Vischmarkt", "nr": "8", "pc": "8081GB"}}'
    found = set(redacted(text))
    assert ("address", "Vischmarkt") in found and ("address", "8") in found


def test_a_gps_tracks_symbol_names_are_no_names(model) -> None:  # noqa: F811
    text = (
        '<wpt lat="52.1" lon="5.9">\n  <name>W07</name>\n  <sym>Flag, Red</sym>\n</wpt>\n'
        '<wpt lat="52.2" lon="5.8">\n  <sym>Pin, Blue</sym>\n</wpt>\n'
        "Van: Brinkman, Geertje <g.brinkman@example.nl>\n"
    )
    names = redacted_names_with_model(text)
    assert not any(n.startswith(("Flag", "Pin")) for n in names)
    assert "Brinkman, Geertje" in names


def test_plantuml_delimiters_are_no_names(model) -> None:  # noqa: F811
    text = '@startuml\nobject "Team A" as a {\n  leider = "Ria Hendriksen"\n}\n@enduml\n'
    names = redacted_names_with_model(text)
    assert "startuml" not in names and "enduml" not in names
    assert "Ria Hendriksen" in names


def test_a_village_read_as_a_name_is_not_spread_as_a_first_name(model) -> None:  # noqa: F811
    text = (
        "Naam + voorletters : Veldkamp, T.J. (Tom)\n"
        "Afdeling / team    : Burgerzaken, servicepunt Doornspijk\n"
        "\n"
        "2. Dienstreizen (vertrekpunt = standplaats Doornspijk)\n"
        "07-01   | Doornspijk - Elburg, stadhuis (overleg) |  12 |\n"
        "15-01   | Doornspijk - Den Haag (cursus) |  98 | 14,20\n"
    )
    names = redacted_names_with_model(text)
    assert "Doornspijk" not in names and "Veldkamp, T.J. (Tom)" in names


def test_a_records_repr_in_a_log_is_read_by_its_keywords() -> None:
    text = (
        "2025-06-11 09:14:02,514 ERROR [export] row 7: Kandidaat(id=5120, voornaam='Maartje', "
        "achternaam='Vogelsangs', adres='Heibloem 4', postcode='5386 KT', "
        "email='m.vogelsangs@example.nl')\n"
    )
    found = set(redacted(text))
    assert ("name", "Maartje") in found and ("name", "Vogelsangs") in found
    assert ("address", "Heibloem 4") in found and ("postcode", "5386 KT") in found
    assert not any(value == "5120" for _, value in found)


def test_a_street_above_its_house_number_in_a_form_post_is_an_address() -> None:
    text = (
        "POST /klacht 200\n"
        "body: naam=Ilse+Dekkers&straat=Kantje&huisnummer=3a&postcode=5388+AB&onderwerp=klacht\n"
        "Straat: Loosbroekseweg\nHuisnummer: 21\n"
        "Straat: Nieuwstraat (zie bijlage)\nOpmerking: geen\n"
    )
    addresses = redacted_of_type(text, "address")
    assert {"Kantje", "3a", "Loosbroekseweg", "21"} <= set(addresses)
    assert not any("Nieuwstraat" in a for a in addresses)
