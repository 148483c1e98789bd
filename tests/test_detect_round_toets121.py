"""Detection improvements made in the sixty-fourth round, after the blind sets toets121 and
toets122 (publicatie/evaluation/realistic_toets121 and _toets122) were measured: a sole trader's
KvK number in the records of JSON, textproto, XML and UBL exports and wherever it recurs, Belgian
enterprise, national register and eID card numbers, a letter's closing above a personal
letterhead, names written with octal escapes, addresses in a list archive ("name at domain"),
flat OpenDocument and SpreadsheetML sheets, a query tool's underlined columns, dates of birth as
code builds them and whole ISO timestamps, RDAP phone numbers, logins under a manager's key;
and against over-redaction: a message's identifier, a list's own address, SQL and Cypher aliases
and a function's parameter, Gherkin tags, council members in a roll-call vote, a bookkeeping's
short relation codes, a firm of professionals, a trade name's closing quote, an office in the
next record, a club's chair at a private mail provider. A few tests guard against what the new
readers could have broken (a message's identifier, a payment's creditor account, "at" in a file
name). New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    of_type,
    redacted,
    redacted_of_type,
)


def _kvk(text: str, **policy) -> dict[str, str]:
    return dict(of_type(text, "kvk", **policy))


def test_a_kvk_number_in_a_json_record_of_a_person_is_found_and_redacted(model) -> None:  # noqa: F811
    text = (
        '{"crediteur": "Timmerwerken Gijs Hoefnagels", "_kvk": "61830274", '
        '"contactpersoon": "Gijs Hoefnagels"}\n'
        '{"crediteur": "Hoefnagels Bouw B.V.", "kvk": {"string": "52093817"}, '
        '"contactpersoon": "Gijs Hoefnagels"}\n'
    )
    found = _kvk(text, use_model=True)
    assert found["61830274"] == "redact"
    assert found["52093817"] == "keep"


def test_a_contact_person_nested_in_a_record_makes_a_namesake_business_a_sole_trader(
    model,  # noqa: F811
) -> None:
    text = (
        "leverancier {\n"
        '  naam: "Smeets Tuinontwerp"\n'
        '  kvk: "47120398"\n'
        "  contact {\n"
        '    naam: "Ilse Smeets"\n'
        '    telefoon: "+31612098734"\n'
        "  }\n"
        "}\n"
        '{"organisatie": "Dorpsbelang Oosterend", "kvkNummer": "30918264",\n'
        ' "omschrijving": "Idee van Teun Hiddema uit het dorp.",\n'
        ' "contactpersoon": {"voornamen": "Anke", "achternaam": "Bosgraaf"}}\n'
    )
    found = _kvk(text, use_model=True)
    assert found["47120398"] == "redact"
    # an association's contact person with another surname, a name in free text: a company's
    assert found["30918264"] == "keep"


def test_a_kvk_number_in_a_persons_own_record_is_theirs(model) -> None:  # noqa: F811
    text = (
        "[\n  {\n    naam: { voornaam: 'Wessel', achternaam: 'Kroezen' },\n"
        "    geboortedatum: ISODate('1979-03-14T00:00:00.000Z'),\n"
        "    kvk: '71803925',\n    uurtarief: 95\n  }\n]\n"
    )
    assert _kvk(text, use_model=True)["71803925"] == "redact"
    assert "1979-03-14T00:00:00.000Z" in redacted_of_type(text, "dob")


def test_a_ubl_party_with_its_owner_as_contact_has_a_personal_company_id(
    model,  # noqa: F811
) -> None:
    text = (
        "<efac:Organization><efac:Company>\n"
        '   <cac:PartyName><cbc:Name languageID="NLD">Dakwerken T. Rooijakkers</cbc:Name>'
        "</cac:PartyName>\n"
        "   <cac:PartyLegalEntity><cbc:CompanyID>80317264</cbc:CompanyID></cac:PartyLegalEntity>\n"
        "   <cac:Contact><cbc:Name>Tom Rooijakkers</cbc:Name></cac:Contact>\n"
        "  </efac:Company></efac:Organization>\n"
        "<efac:Organization><efac:Company>\n"
        "   <cac:PartyName><cbc:Name>Groenbeheer Zuid B.V.</cbc:Name></cac:PartyName>\n"
        "   <cac:PartyLegalEntity><cbc:CompanyID>39182047</cbc:CompanyID></cac:PartyLegalEntity>\n"
        "   <cac:Contact><cbc:Name>Eva Lammers</cbc:Name></cac:Contact>\n"
        "  </efac:Company></efac:Organization>\n"
    )
    found = _kvk(text, use_model=True)
    assert found == {"80317264": "redact", "39182047": "keep"}


def test_a_sole_traders_kvk_number_is_redacted_wherever_it_recurs(model) -> None:  # noqa: F811
    text = (
        "Eenmanszaak Fotografie Lieke Vos, KvK 66120937.\n\n"
        "Leveranciers die de training volgden:\n"
        "- Drukkerij Peters B.V., KvK 18273645\n"
        "- Fotografie Lieke Vos B.V.?, KvK 66120937\n"
    )
    found = of_type(text, "kvk", use_model=True)
    assert [action for value, action in found if value == "66120937"] == ["redact", "redact"]
    assert ("18273645", "keep") in found


def test_belgian_enterprise_numbers_are_validated_and_judged_like_kvk_numbers() -> None:
    sole = (
        "Schilderwerken Jef Peeters (zelfstandige zonder personeel), ondernemingsnummer "
        "0477.123.402.\n"
    )
    assert _kvk(sole) == {"0477.123.402": "redact"}
    company = "Bouwbedrijf Claes NV, KBO 0512098731. Factuurnummer 0477.123.403 (ander getal).\n"
    # not a phone number either; the second fails the check digits: no enterprise number
    assert _kvk(company) == {"0512098731": "keep"}


def test_a_belgian_city_is_no_sole_trader_beside_its_contact_person(model) -> None:  # noqa: F811
    text = (
        "| Partner | Contactpersoon | Telefoon |\n|---|---|---|\n"
        "| Stad Hamont-Achel (KBO 0477.123.402) | Lien Vermeulen | +32 11 44 28 19 |\n"
    )
    assert _kvk(text, use_model=True)["0477.123.402"] == "keep"


def test_an_eid_viewer_export_holds_a_national_number_a_card_number_and_a_birth_date() -> None:
    text = (
        "<eid>\n"
        ' <identity nationalnumber="83072214517" dateofbirth="19830722" gender="female">\n'
        "  <name>Wouters</name>\n </identity>\n"
        ' <card documenttype="belgian_citizen">\n  <cardnumber>592-1234567-32</cardnumber>\n'
        " </card>\n</eid>\n"
    )
    numbers = redacted_of_type(text, "document_number")
    assert "83072214517" in numbers and "592-1234567-32" in numbers
    assert redacted_of_type(text, "dob") == ["19830722"]
    # a card number whose check digits fail is no card number
    assert redacted_of_type("<cardnumber>592-1234567-33</cardnumber>", "document_number") == []


def test_a_kvk_number_under_a_signature_after_the_closing_is_a_sole_traders() -> None:
    text = (
        "Ik hoor graag van u.\n\n"
        "Met vriendelijke groet,\n"
        "H.W. Keijzers\n"
        "Keijzers Glas & Schoonmaak\n"
        "KvK 70918253 | IBAN NL02 ABNA 0123 4567 89\n"
    )
    assert _kvk(text)["70918253"] == "redact"


def test_a_name_written_with_octal_escapes_is_redacted_with_its_escaped_letters(
    model,  # noqa: F811
) -> None:
    text = 'aanvrager {\n  naam: "Selin Yilmazta\\305\\237"\n  kostenplaats: "6110"\n}\n'
    names = redacted_of_type(text, "name", use_model=True)
    assert names == ["Selin Yilmazta\\305\\237"]


def test_addresses_in_a_list_archive_are_found_but_the_lists_own_is_kept() -> None:
    text = (
        "From tjitske.dijkstra at planet.nl  Tue Apr  1 10:02:11 2025\n"
        "From: tjitske.dijkstra at planet.nl (Tjitske Dijkstra)\n"
        "Subject: [Buurt-West] Kerstmarkt\n"
        "Message-ID: <CAB7x9q2+Zk@mail.gmail.com>\n\n"
        "Graag reactie voor vrijdag.\n"
        "_______________________________________________\n"
        "Buurt-West mailing list\n"
        "Buurt-West at buurtwest-example.nl\n"
    )
    emails = of_type(text, "email")
    assert emails.count(("tjitske.dijkstra at planet.nl", "redact")) == 2
    assert ("Buurt-West at buurtwest-example.nl", "keep") in emails
    assert not any("CAB7x9q2" in value for value, _ in emails)  # a message's identifier


def test_a_message_identifier_with_a_login_in_it_stays_redacted() -> None:
    text = "Message-ID: <DB8PR03MB5521.wvanbeers-7c2a@gemeente.local>\n"
    assert redacted_of_type(text, "email") == ["DB8PR03MB5521.wvanbeers-7c2a@gemeente.local"]


def test_a_number_inside_a_message_identifier_is_no_document_number() -> None:
    text = "Message-ID: <b72e.20250412@provider.nl>\nMessage-ID: <20250412.9C1D0E7A@gemeente.nl>\n"
    assert redacted_of_type(text, "document_number") == []


def test_a_payments_creditor_account_is_not_its_debtors() -> None:
    text = (
        "   <OrgnlTxRef>\n"
        "     <Dbtr><Nm>R.W. Hendriksen</Nm></Dbtr>\n"
        "     <DbtrAcct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></DbtrAcct>\n"
        "     <CdtrAcct><Id><IBAN>NL09BNGH4173571371</IBAN></Id></CdtrAcct>\n"
        "   </OrgnlTxRef>\n"
    )
    assert redacted_of_type(text, "iban") == ["NL91ABNA0417164300"]


def test_at_in_prose_or_a_file_name_is_no_address() -> None:
    text = "Bijlage: WhatsApp Image 2025-04-02 at 09.14.55.jpeg, zie ook de site.\n"
    assert redacted_of_type(text, "email") == []


def test_a_flat_opendocument_sheet_is_read_by_its_header_row() -> None:
    text = (
        '<table:table table:name="Vrijwilligers">\n'
        "   <table:table-row>\n"
        "    <table:table-cell><text:p>Naam</text:p></table:table-cell>\n"
        "    <table:table-cell><text:p>Geboortedatum</text:p></table:table-cell>\n"
        "   </table:table-row>\n"
        "   <table:table-row>\n"
        "    <table:table-cell><text:p>Rinske Tolsma</text:p></table:table-cell>\n"
        '    <table:table-cell office:value-type="date" office:date-value="1971-09-03">'
        "<text:p>03-09-1971</text:p></table:table-cell>\n"
        "   </table:table-row>\n"
        "</table:table>\n"
        '<table:table table:name="Toelichting">\n'
        "   <table:table-row><table:table-cell><text:p>Omvang</text:p></table:table-cell>"
        "<table:table-cell><text:p>4 uur per week</text:p></table:table-cell></table:table-row>\n"
        "   <table:table-row><table:table-cell><text:p>Vergoeding</text:p></table:table-cell>"
        "<table:table-cell><text:p>vrijwilligersvergoeding 1 keer per jaar</text:p>"
        "</table:table-cell></table:table-row>\n"
        "</table:table>\n"
    )
    found = set(redacted(text))
    assert ("dob", "1971-09-03") in found and ("dob", "03-09-1971") in found
    assert ("name", "Rinske Tolsma") in found
    assert not any(value.startswith("Vergoeding") for _, value in found)


def test_a_query_tools_underlined_columns_are_read_by_their_headers() -> None:
    # one space between the columns: only the dashes under the header tell where they are
    text = (
        "RELNR NAAM            GEBDAT     WOONPLAATS\n"
        "----- --------------- ---------- ----------\n"
        "40012 KORTEKAAS, J.W. 04-11-1958 ZUNDERT\n"
        "40019 VERSTRAETEN, A. 27-02-1990 RUCPHEN\n"
        "(zie ook zaak Z/25/118204, 14 meldingen)\n"
        "\n2 rows selected.\n"
    )
    assert redacted_of_type(text, "dob") == ["04-11-1958", "27-02-1990"]
    # the note under the rows keeps to no column: no name in it
    assert not any("Z/25" in value for _, value in redacted(text))


def test_dates_of_birth_built_in_code_are_found_whole() -> None:
    text = (
        '  { naam: "Glazenwasserij Tijn Arts", geboortedatum: Date.new(1966, 4, 30) },\n'
        "  geboren_op = LocalDate.of(1981, 12, 1);\n"
    )
    assert redacted_of_type(text, "dob") == ["Date.new(1966, 4, 30)"]


def test_a_mobile_number_in_rdap_notation_is_found() -> None:
    text = '["tel", {"type": "cell"}, "uri", "tel:+31.675112233"],\n'
    assert redacted_of_type(text, "phone") == ["+31.675112233"]


def test_sql_and_cypher_aliases_and_a_lambdas_parameter_are_no_logins() -> None:
    text = (
        "SQL> SELECT d.debnr, d.naam, b.status FROM deb_debiteur d JOIN deb_betaling b "
        "ON b.debnr = d.debnr;\n"
        "MATCH (p:Persoon)-[:WOONT_OP]->(a) RETURN p.naam;\n"
        "const namen = rooster.map((r) => r.naam);\n"
        "mutatie;k.terlouw;2025-10-01\n"
    )
    assert redacted_of_type(text, "name") == ["k.terlouw"]


def test_the_tags_of_a_gherkin_scenario_are_no_handles() -> None:
    text = (
        "@aanvraag @smoke\n"
        "Functionaliteit: Aanvraag indienen\n"
        "  Scenario: Een aanvraag zonder bijlage\n"
        "    Gegeven ik ben ingelogd\n"
        "    Als ik een aanvraag indien\n"
    )
    assert redacted_of_type(text, "name") == []


def test_council_members_in_a_roll_call_vote_stay_visible(model) -> None:  # noqa: F811
    text = (
        '"votes": [\n'
        '  {"name": "Jorien Wubbels", "party": "GroenLinks", "vote": "voor"},\n'
        '  {"name": "Harm Schuiling", "party": "VVD", "vote": "tegen"}\n'
        "],\n"
        '"speakers": [{"name": "Aafke Mulder", "organisation": "Dorpsbelang Oost"}]\n'
    )
    names = dict(of_type(text, "name", use_model=True))
    assert names["Jorien Wubbels"] == "keep" and names["Harm Schuiling"] == "keep"
    assert names.get("Aafke Mulder") == "redact"


def test_short_relation_codes_in_a_bookkeeping_are_no_document_numbers() -> None:
    text = (
        '"Boekstuk";"Datum";"Relatiecode";"Relatie";"Bedrag"\n'
        '"2025-0012";"03-02-2025";"R017";"Hoekstra, T.";"-35,00"\n'
        '"2025-0013";"04-02-2025";"REL-40871";"Zijlstra, M.";"-12,50"\n'
    )
    assert redacted_of_type(text, "document_number") == ["REL-40871"]


def test_logins_under_a_managers_key_and_in_object_literals_are_names() -> None:
    text = (
        "contractnr;leverancier;contractbeheerder;einde\n"
        "GR-2025-004;Drukkerij Peters B.V.;wvanderheijden;2027-01-31\n"
        "GR-2025-007;Van Dam Transport B.V.;pkoolhaas;2026-05-31\n"
        "\n"
        "const contracten = [\n"
        "  {\n"
        "    nummer: 'GR-2025-005',\n"
        "    contractbeheerder: 'ljanssens',\n"
        "  },\n"
        "];\n"
    )
    names = redacted_of_type(text, "name")
    assert "wvanderheijden" in names and "ljanssens" in names


def test_a_trade_name_in_quotes_ends_before_the_quote() -> None:
    text = "    leverancier: 'Schilderwerken Ward Lenaerts',\n"
    assert ("name", "Schilderwerken Ward Lenaerts") in redacted(text)


def test_a_firm_of_lawyers_is_no_sole_trader_beside_its_contact(model) -> None:  # noqa: F811
    text = (
        "contract;leverancier;kvk;contactpersoon\n"
        "C-2025-031;Vermeer Duijndam Advocaten;40918273;M. Duijndam\n"
        "C-2025-032;Tekstbureau Floor Brink;71029384;Floor Brink\n"
    )
    found = _kvk(text, use_model=True)
    assert found["40918273"] == "keep"
    assert found["71029384"] == "redact"


def test_health_phrases_of_the_sixty_fourth_round_are_flagged() -> None:
    text = (
        "Contactpersoon van de AA-groep is Sjoerd.\n"
        "Hij mist de training sinds zijn bypass.\n"
        "Afwezig tot maart wegens een opname in het Martini.\n"
        "Tekende niet: arm in het gips, loopt met rollator.\n"
        "<text:p>statushouder uit Syrië, woont naast de kerk</text:p>\n"
    )
    special = redacted_of_type(text, "special")
    assert "AA-groep" in special and "zijn bypass" in special
    assert "wegens een opname in het Martini" in special
    assert "loopt met rollator" in special and "statushouder" in special
    # a recording is no admission
    assert (
        redacted_of_type("Na een opname van de vergadering volgt het verslag.\n", "special") == []
    )


def test_a_debt_counselling_course_of_ones_own_is_a_persons_debts() -> None:
    text = "Wil vrijwilligerswerk doen naast traject schuldhulpverlening.\n"
    assert redacted_of_type(text, "financial") == ["naast traject schuldhulpverlening"]
    # the protective administration as a subject or a firm's name is no one's debt
    assert redacted_of_type("Beschermingsbewind IJsseldelta B.V. betaalt uit.\n", "financial") == []


def test_an_office_in_the_next_records_role_field_is_not_the_names(model) -> None:  # noqa: F811
    text = (
        "{\n"
        '  "behandelaar": {"naam": "Lotte Verbakel", "functie": "inkoopadviseur"},\n'
        '  "ondertekening": {"functie": "wethouder", "naam": "R.J. Hoogstraten"}\n'
        "}\n"
    )
    names = dict(of_type(text, "name", use_model=True))
    assert names["Lotte Verbakel"] == "redact"
    assert names["R.J. Hoogstraten"] == "keep"


def test_a_clubs_chair_at_a_private_provider_is_no_office_holder() -> None:
    text = "ORGANIZER;CN=Hidde Wester:mailto:voorzitter.dorpshuis@hotmail.com\n"
    assert of_type(text, "email") == [("voorzitter.dorpshuis@hotmail.com", "redact")]
