"""Detection improvements made in the sixty-first round, after the blind sets toets113 to toets116
(publicatie/evaluation/realistic_toets113 to _toets116) were measured: tables a statistics
client frames with bars, an HTML table's header cells, a PostgreSQL COPY block, a COBOL copybook
with its fixed-width records, GEDCOM, MT940 payer names, EDIFACT, MARC 21 and SIP2 fields, a
Word author attribute; a mail's quoted-printable source, JSON and script escapes, PostScript
octal escapes, ZPL label fields; a BSN and a phone number glued to a "+" or a file name's "_";
a reference that starts like an area code; shell prompts and ticket statuses naming a login; a
surname in a hyphenated file name; address labels side by side; disabled parking card numbers;
medicines with their dose and a few conditions in plain words. New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

from publicatie.markup import decode_quoted_printable
from publicatie.patterns import find_table_cells
from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    redacted,
    redacted_addresses,
    redacted_names_with_model,
    redacted_of_type,
    spans,
)


def test_a_table_framed_by_bars_is_read_by_its_aligned_columns() -> None:
    text = (
        ". list anr naam gebdat adres, noobs\n"
        "\n"
        "  +------------------------------------------------------------------+\n"
        "  | anr         naam                  gebdat       adres              |\n"
        "  |------------------------------------------------------------------|\n"
        "  | 6829104473  Hoefsloot, Berendina  03feb1936    Molenstraat 17     |\n"
        "  | 1957302846  Ravenhorst, Gijs      27oct1940    Kerkpad 4          |\n"
        "  +------------------------------------------------------------------+\n"
    )
    found = set(redacted(text))
    assert ("dob", "03feb1936") in found and ("dob", "27oct1940") in found
    assert ("document_number", "6829104473") in found
    assert ("name", "Hoefsloot, Berendina") in found


def test_the_author_attributes_of_a_word_document_are_names_a_program_is_not() -> None:
    text = (
        '<w:ins w:id="3" w:author="Wendelien Koopstra" w:date="2025-02-03T10:00:00Z">'
        "<w:r><w:t>nieuwe zin</w:t></w:r></w:ins>\n"
        '<w:comment w:id="1" w:author="Wendelien Koopstra" w:initials="WKo"><w:p/></w:comment>\n'
        '<gpx creator="Garmin Oregon 750t" version="1.1"></gpx>\n'
        '<Event><System><Security UserID="S-1-5-18"/></System></Event>\n'
        '<lid gebruiker="extern" rol="adviserend">cliëntenraad</lid>\n'
    )
    names = redacted_of_type(text, "name")
    assert names.count("Wendelien Koopstra") == 2 and "WKo" in names
    assert not any("Garmin" in n or n.startswith("S-1") or n == "extern" for n in names)


def test_a_postgresql_copy_block_is_read_by_its_column_list() -> None:
    text = (
        "COPY wmo.melding (id, ingediend, cl_voornaam, cl_achternaam, cl_geboortedatum, "
        "cl_straat, cl_huisnr, cl_postcode, relatie, org_naam) FROM stdin;\n"
        "88\t2025-03-04 09:12:00\tGeertje\tSchutstal\t1951-07-22\tBeukenhage\t12a\t3421 KL"
        "\tpartner\tZorggroep Bloei\n"
        "89\t2025-03-05 10:40:11\tOmar\tAzzouzi\t1983-11-02\tPlein\t3\t3421 KM\tvader\t\\N\n"
        "\\.\n"
    )
    found = set(redacted(text))
    for value in ("1951-07-22", "1983-11-02"):
        assert ("dob", value) in found
    assert ("address", "Beukenhage") in found and ("address", "12a") in found
    assert ("name", "Schutstal") in found and ("name", "Azzouzi") in found
    # the row of values is no header ("partner" would name a column of names)
    assert "vader" not in {value for _, value in found}
    # an organisation's prefix ("org_naam") names no person's column
    assert ("Zorggroep Bloei", "name") not in {(text[a:b], k) for a, b, k in find_table_cells(text)}


def test_a_cobol_copybook_gives_the_fields_of_its_fixed_width_records() -> None:
    text = (
        "       01  RT-REC.\n"
        "           05  RT-SOORT         PIC X(02).\n"
        "           05  RT-NAAM          PIC X(12).\n"
        "           05  RT-GEBDATUM      PIC 9(08).\n"
        "           05  RT-HUISNUMMER    PIC 9(04).\n"
        "           05  RT-BEDRAG        PIC 9(06).\n"
        "\n"
        "01SPEELHOF    193506140012000450\n"
        "01TEUNISSEN   194802270203001200\n"
    )
    found = set(redacted(text))
    assert ("dob", "19350614") in found and ("dob", "19480227") in found
    assert ("address", "0012") in found
    assert {value for _, value in found} >= {"SPEELHOF", "TEUNISSEN"}
    assert "000450" not in {value for _, value in found}  # an amount


def test_a_gedcom_family_tree_holds_names_births_and_addresses() -> None:
    text = (
        "0 HEAD\n1 CHAR UTF-8\n"
        "0 @I7@ INDI\n1 NAME Aaltje Hendrika /Brinkerink/\n2 SURN Brinkerink\n1 SEX F\n"
        "1 BIRT\n2 DATE 9 OCT 1958\n2 PLAC Deventer\n1 RESI\n2 ADDR Boxbergerweg 31\n"
        "3 POST 7431 PK\n1 DEAT\n2 DATE 3 MAY 2019\n"
    )
    found = set(redacted(text))
    assert ("name", "Aaltje Hendrika /Brinkerink/") in found
    assert ("dob", "9 OCT 1958") in found
    assert ("postcode", "7431 PK") in found
    assert "3 MAY 2019" not in {value for _, value in found}  # a death, no birth


def test_the_payer_in_an_mt940_statement_is_a_name_a_foundation_is_not() -> None:
    text = (
        ":61:2505060506C75,00NTRFNONREF\n"
        ":86:/TRTP/SEPA OVERBOEKING/IBAN/NL20INGB0001234567/BIC/INGBNL2A/NAME/G J TERBRAAK"
        "/REMI/HUUR MEI/EREF/NOTPROVIDED\n"
        ":86:/TRTP/SEPA OVERBOEKING/IBAN/NL20INGB0001234567/BIC/INGBNL2A/NAME/FAM OLDEKAMP EO"
        "/REMI/HUUR MEI\n"
        ":86:/TRTP/SEPA OVERBOEKING/NAME/STICHTING BEWIND ACHTERHOEK/REMI/CLIENT 88\n"
    )
    names = redacted_of_type(text, "name")
    # (since the sixty-sixth round with the initials after the surname in capitals)
    assert "G J TERBRAAK" in names and "OLDEKAMP EO" in names
    assert not any("STICHTING" in n for n in names)


def test_an_edifact_care_message_gives_its_patient() -> None:
    text = (
        "UNH+1+MEDEAF:1:1:OZ'\n"
        "PNA+PAT+444636201:100++++SU:O?'Neill:IN:T.J.:FN:Thomas Jan'\n"
        "DTM+329:19370918:102'\n"
        "ADR+1+Slotlaan 7:Ermelo::3851 HG'\n"
        "COM+0341 552 318:TE'\n"
    )
    found = set(redacted(text))
    assert ("bsn", "444636201") in found
    assert ("name", "O?'Neill") in found and ("name", "Thomas Jan") in found
    assert ("dob", "19370918") in found
    assert ("postcode", "3851 HG") in found
    assert ("phone", "0341 552 318") in found


def test_a_plus_glued_to_a_word_separates_a_code_is_not_a_phone_number() -> None:
    found = set(redacted("meldformulier?tel=06+51+22+80+47&ok=1 of tel+31651228047"))
    assert ("phone", "06+51+22+80+47") in found and ("phone", "+31651228047") in found
    # "0313" is an area code, but "UV-0313-2025-07" is a reference
    assert not redacted_of_type("levering UV-0313-2025-07 is verwerkt", "phone")
    assert redacted_of_type("bel TEL-0313-412345", "phone") == ["0313-412345"]


def test_the_user_of_a_shell_prompt_and_a_ticket_status_is_a_login() -> None:
    text = (
        "hvanbeusekom@app-02:~$ curl -s https://api.example.nl/personen\n"
        "root@app-02:~# systemctl restart nginx\n"
        "Status: afgehandeld (12-03-2025 09:00) door wkorfker, team BRP\n"
        "riool doorgespoten; leiding afgesloten door netbeheerder\n"
    )
    names = redacted_of_type(text, "name")
    assert "hvanbeusekom" in names and "wkorfker" in names
    assert "root" not in names and "netbeheerder" not in names and "gespoten" not in names


def test_a_surname_in_a_hyphenated_file_name_is_redacted_not_a_word_of_its_subject(
    model,  # noqa: F811
) -> None:
    text = (
        "Op de foto staat Jorien Harbrink met haar dochter.\n"
        "image: /img/2025-05-opening-harbrink-voordeur.jpg\n"
        "Stichting Dorpsfeest Ommen organiseerde het.\n"
        "image: /img/dorpsfeest-ommen-team.jpg\n"
    )
    names = redacted_names_with_model(text)
    assert "harbrink" in names
    assert "ommen" not in names and "dorpsfeest" not in names


def test_a_medicine_with_its_dose_is_health_data_a_concentration_is_not() -> None:
    found = redacted_of_type("Medicatie: QUETIAPINE 50MG TABLET, oxazepam 10 mg", "special")
    assert "QUETIAPINE 50MG TABLET" in found and "oxazepam 10 mg" in found
    assert not redacted_of_type("Nitraat gemeten: 35 mg/l; maximaal 40 mg per dag", "special")


def test_address_labels_side_by_side_give_each_address_its_postcode() -> None:
    text = (
        "De heer T. Holtslag                        Mevrouw A. Wiggers\n"
        "Spoelerhof 7                               Spoelerhof 11\n"
        "7481 KT  HAAKSBERGEN                       7481 KT  HAAKSBERGEN\n"
    )
    found = redacted_addresses(text)
    assert "Spoelerhof 7" in found and "Spoelerhof 11" in found
    assert found.count("7481 KT") == 2


def test_the_header_cells_of_an_html_table_name_its_columns() -> None:
    rows = "".join(
        f"<tr><td>{name}</td><td>{date}</td><td>vrijwilliger bij de jeugdafdeling, "
        "VOG afgegeven in het voorjaar</td></tr>\n"
        for name, date in (
            ("Lammers, Eefje", "14-09-1981"),
            ("Pieter Dijkhof", "02-12-1990"),
            ("Sanna Weidema", "21-06-1977"),
            ("Hoekstra, Jelmer", "30-03-1969"),
        )
    )
    text = f"<table><tr><th>Naam</th><th>Geb.datum</th><th>Functie</th></tr>\n{rows}</table>\n"
    found = set(redacted(text))
    for date in ("14-09-1981", "02-12-1990", "21-06-1977", "30-03-1969"):
        assert ("dob", date) in found, date


def test_library_records_and_messages_name_their_persons() -> None:
    marc = (
        "=001  OH-0042\n"
        "=100  1\\$aVeldhuizen, Gerharda Maria,$d1929-$einterviewee.\n"
        "=700  1\\$aBoonstra, Lieke,$einterviewer.\n"
    )
    names = redacted_of_type(marc, "name")
    assert "Veldhuizen, Gerharda Maria" in names and "Boonstra, Lieke" in names
    sip2 = (
        "64  00120250903    101422000000000AOGORINCHEM|AA21354000613982|AEVeenstra, H.|"
        "BDDam 4 4201 AB Gorinchem|BF0183-624410|PB19720105|AY2AZE41C\n"
    )
    found = set(redacted(sip2))
    assert ("document_number", "21354000613982") in found
    assert ("name", "Veenstra, H.") in found
    assert ("phone", "0183-624410") in found and ("dob", "19720105") in found


def test_a_quoted_printable_mail_is_read_as_its_reader_sees_it(model) -> None:  # noqa: F811
    text = (
        "From: =?UTF-8?Q?Jos=C3=A9_Ruigrok?= <jose.ruigrok@ziggo.nl>\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "Namens de vereniging, ook van penningmeester Ger=\n"
        "ard Hoogendoorn en secretaris Ren=C3=A9e Baaij.\n"
    )
    plain, _ = decode_quoted_printable(text)
    assert "José Ruigrok" in plain and "Gerard Hoogendoorn" in plain and "Renée Baaij" in plain
    names = " ".join(redacted_names_with_model(text))
    for part in ("Jos=C3=A9_Ruigrok", "Hoogendoorn", "Ren=C3=A9e Baaij"):
        assert part in names, part
    assert "Ger=\nard" in names


def test_a_disabled_parking_card_number_points_to_its_holder() -> None:
    found = redacted_of_type("kaart GPK-0855-24-0031 en GPK0855240032 verstuurd", "document_number")
    assert found == ["GPK-0855-24-0031", "GPK0855240032"]


def test_zpl_label_fields_are_read_as_the_label_shows_them() -> None:
    text = (
        "^XA^CI28\n^FX operator mverhoeven^FS\n"
        "^FO40,80^A0N,28,28^FDMevrouw E. Tuinstra^FS\n"
        "^FO40,120^A0N,28,28^FDBeukenlaan 22^FS\n"
        "^FO40,160^A0N,28,28^FD5051 KL  GOIRLE^FS\n"
        "^FO40,200^FH_^FDJ. Wi_C5_9Bniewska^FS\n"
        "^FO40,240^BCN,60,N,N,N^FDGPK0785250011^FS\n^XZ\n"
    )
    found = set(redacted(text))
    assert ("postcode", "5051 KL") in found
    assert ("document_number", "GPK0785250011") in found
    assert any("Wi_C5_9Bniewska" in value for _, value in found)


def test_a_bsn_in_a_file_name_is_found() -> None:
    assert redacted_of_type("bijlage GPK_aanvraag_111222333.pdf", "bsn") == ["111222333"]


def test_conditions_in_plain_words_are_health_data() -> None:
    text = "Zijn moeder is dementerend. Nu ligt zij in het ziekenhuis met een hersenschudding."
    found = redacted_of_type(text, "special")
    assert "dementerend" in found and "ligt zij in het ziekenhuis" in found
    assert "hersenschudding" in found


def test_json_script_and_postscript_escapes_do_not_hide_a_name(model) -> None:  # noqa: F811
    names = " ".join(
        redacted_names_with_model(
            '{"naam": "Ren\\u00e9 Ossewaarde", "contact": "Hendrikus\\u00a0Vlasblom"}\n'
            "var test = 'Marloes \\'t Jong';\n"
        )
    )
    assert "Ren\\u00e9 Ossewaarde" in names and "Hendrikus\\u00a0Vlasblom" in names
    assert "Marloes \\'t Jong" in names
    postscript = "%!PS-Adobe-3.0\n72 700 moveto (Aan mevrouw Zo\\353 Brandhorst) show\n"
    assert any("Zo\\353 Brandhorst" in n for n in redacted_names_with_model(postscript))
    kinds = {kind for kind, _, _ in spans('{"note": "zei \\"nee\\" tegen Karel"}')}
    assert kinds <= {"name"}
