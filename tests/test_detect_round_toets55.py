"""Detection improvements made after the blind fifty-fifth and fifty-sixth toets sets
(publicatie/evaluation/realistic_toets55 and _toets56) were measured: the fields of machine
formats (an XML message, a ZGW-style JSON answer, an HL7 lab message, an LDIF directory export,
a spreadsheet's cells copied with their references), the surname inside a redacted login, the
name column of enforcers, an aligned header that is no name, a list after a whole name, and a
month next to a number. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import dates_of_birth, model, of_type, redacted, redacted_of_type  # noqa: F401 (fixture)


def test_the_fields_of_an_xml_message() -> None:
    text = (
        "<StUF:zender><StUF:gebruiker>hwesselink</StUF:gebruiker></StUF:zender>\n"
        "<BG:object>\n"
        "  <BG:geslachtsnaam>Brinkhorst</BG:geslachtsnaam>\n"
        "  <BG:geboortedatum>19830517</BG:geboortedatum>\n"
        "  <BG:gor.openbareRuimteNaam>Laan van Kronenburg</BG:gor.openbareRuimteNaam>\n"
        "  <BG:aoa.huisnummer>27</BG:aoa.huisnummer>\n"
        "  <BG:aoa.postcode>6711LM</BG:aoa.postcode>\n"
        "  <BG:begindatumVerblijf>20250301</BG:begindatumVerblijf>\n"
        "</BG:object>\n"
    )
    found = redacted(text)
    for value in ("hwesselink", "Brinkhorst", "19830517", "Laan van Kronenburg", "27", "6711LM"):
        assert any(v == value for _, v in found), value
    assert not any(v == "20250301" for _, v in found)  # a date of moving, not of birth


def test_the_fields_of_a_json_answer() -> None:
    text = (
        "{\n"
        '  "betrokkeneType": "natuurlijk_persoon",\n'
        '  "gorOpenbareRuimteNaam": "Wolfhezerweg",\n'
        '  "huisnummer": 114,\n'
        '  "identificatie": "WGN\\\\tdrijfhout"\n'
        "}\n"
    )
    found = redacted(text)
    assert ("address", "Wolfhezerweg") in found and ("address", "114") in found
    assert ("name", "WGN\\\\tdrijfhout") in found
    assert not any(v == "natuurlijk_persoon" for _, v in found)


def test_the_person_fields_of_an_hl7_message() -> None:
    text = (
        "MSH|^~\\&|LAB|MMB|OSIRIS|GGD|20250506101522||ORU^R01|X1|P|2.5\n"
        "PID|1||422710015^^^NLMINBIZA^NNNLD||Verhoeks^Sanne^^^van||20190422|F|||"
        "Kerkpad 3^^Oegstgeest^^2341AB^NL||0641772093^PRN^CP\n"
        "ORC|RE|HA-1|||||||20250503|||Rijnbeek^T.^^^^^huisarts\n"
    )
    found = redacted(text)
    assert ("name", "Verhoeks^Sanne") in found
    assert ("dob", "20190422") in found
    assert ("postcode", "2341AB") in found
    assert ("name", "Rijnbeek^T.") in found  # the doctor, without the role after it


def test_a_directory_export() -> None:
    text = (
        "dn: CN=Oldenhof\\, Merel,OU=Uitdienst,DC=gemeente,DC=local\n"
        "objectClass: user\n"
        "sn: Oldenhof\n"
        "givenName: Merel\n"
        "sAMAccountName: moldenhof\n"
        "employeeID: 207731\n"
        "manager: CN=Terlouw\\, Pieter,OU=Medewerkers,DC=gemeente,DC=local\n"
    )
    found = redacted(text)
    for value in ("Oldenhof\\, Merel", "Oldenhof", "Merel", "moldenhof", "Terlouw\\, Pieter"):
        assert ("name", value) in found, value
    assert ("document_number", "207731") in found


def test_a_spreadsheets_cells_with_their_references() -> None:
    text = (
        "Werkmap: inschrijvingen.xlsx | export 17-03-2025 16:40, gebruiker tvoskamp\n\n"
        "A1: Nr | B1: Naam | C1: Postcode | D1: Geb.datum\n"
        "A2: 1 | B2: Wapperom, Lisa | C2: 2215 GB | D2: 04-02-1991\n"
        "A3: 2 | B3: Ketelaar, Bram | C3: 2171 BK | D3: 30-07-1988\n\n"
        "B3 - Voskamp, Thea: zelfde persoon als nr 1.\n"
    )
    found = redacted(text)
    assert ("name", "Wapperom, Lisa") in found and ("name", "Ketelaar, Bram") in found
    assert dates_of_birth(text) == ["04-02-1991", "30-07-1988"]
    assert ("name", "tvoskamp") in found
    assert any(kind == "name" and "Voskamp" in value for kind, value in found)


def test_the_enforcers_column_holds_names_or_numbers() -> None:
    text = (
        "Nr        Kenteken    Voertuig         Reden             Boa\n"
        "T25-0412  XN-118-R    Peugeot 208      blokkeert uitrit  Wiersema\n"
        "T25-0413  GZ-904-L    VW Transporter   op fietspad       BOA-2291\n"
    )
    found = redacted(text)
    assert ("name", "Wiersema") in found
    assert ("document_number", "BOA-2291") in found
    assert not any(v in ("Kenteken", "Voertuig", "Reden") for _, v in found)


def test_a_list_after_a_whole_name_is_not_that_names_first_name(model) -> None:  # noqa: F811
    text = "Deelnemers: Nina Vogelezang, Kleywegt (wethouder), Lammert Pieterman en anderen."
    names = of_type(text, "name", use_model=True)
    assert ("Nina Vogelezang", "redact") in names  # the office after the comma is Kleywegt's
    assert ("Kleywegt", "redact") not in names


def test_a_month_next_to_a_number_is_no_name(model) -> None:  # noqa: F811
    text = "Comment by Rosbergen, Ilse [ 05/May/25 ]\nCreated: Fri May 16 09:12:44 CEST 2025"
    assert of_type(text, "name", use_model=True) == [("Rosbergen, Ilse", "redact")]


def test_names_in_a_spaced_out_table_or_scan_survive_the_column_gaps(model) -> None:  # noqa: F811
    table = (
        "Nr    Naam                 Adres\n"
        "Z-07  M. Hoefsloot         Hoogstraat 5, 5335 KA Alem\n"
        "Z-08  fam. Wolterinck                     Maasdijk 47, 5335 LB Alem            -\n"
    )
    found = redacted_of_type(table, "name", use_model=True)
    assert "M. Hoefsloot" in found and any("Wolterinck" in t for t in found)
    scan = "Met vriendelijke groet,\n\nde heer J.  van   Kempenaer\nBoomgaardweg 4"
    found = redacted_of_type(scan, "name", use_model=True)
    assert any("Kempenaer" in t for t in found)


def test_english_offices_in_a_text_for_international_residents(model) -> None:  # noqa: F811
    text = "The pilot was opened by alderman (wethouder) Okko Ruhl; Mayor Hanneke Veldkamp spoke."
    names = of_type(text, "name", use_model=True)
    assert ("Okko Ruhl", "keep") in names and ("Hanneke Veldkamp", "keep") in names


def test_an_office_whose_name_a_pdf_broke_over_two_lines(model) -> None:  # noqa: F811
    text = (
        "Burgemeester en wethouders, gemeentesecretaris H. \nDijkstra, burgemeester A.M. Visser\n"
    )
    names = of_type(text, "name", use_model=True)
    assert ("Dijkstra", "keep") in names and ("A.M. Visser", "keep") in names
