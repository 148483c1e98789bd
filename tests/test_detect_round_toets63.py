"""Detection improvements made after the blind sixty-third and sixty-fourth toets sets
(publicatie/evaluation/realistic_toets63 and _toets64) were measured: contact cards and calendar
items, SQL dumps, the nested fields of a BRP answer (Haal Centraal), logins with a system's
prefix or a number, a login in brackets after its owner's name, Matrix user IDs, an agent's
column in a call centre's export, a group heading inside a fixed-width table, and
"de fractievoorzitters A, B en C". New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import model, of_type, redacted, redacted_of_type  # noqa: F401 (fixture)

CARDS = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Brouwenstijn;Gerlof;;;\nFN:Gerlof Brouwenstijn\n"
    "ORG:Buurtvereniging De Klaproos\nTITLE:Voorzitter\n"
    "ADR;TYPE=HOME:;;Klaproosstraat 19;Ommen;;7731 KX;Nederland\nBDAY:1958-04-23\n"
    "ADR;TYPE=WORK:;;Havenweg 2;Ommen;;7731 AA;Nederland\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nN:Stokvisch;Amarins;;;\nFN:Amarins Stokvisch\n"
    "ORG:Gemeente Ommen\nTITLE:Wethouder (portefeuille wonen)\nEND:VCARD\n"
)


def test_a_contact_card_names_its_person_address_and_birthday() -> None:
    found = redacted(CARDS)
    for kind, value in (
        ("name", "Brouwenstijn;Gerlof;;;"),
        ("name", "Gerlof Brouwenstijn"),
        ("address", "Klaproosstraat 19"),
        ("postcode", "7731 KX"),
        ("dob", "1958-04-23"),
    ):
        assert (kind, value) in found, value


def test_a_card_with_an_office_as_its_title_is_an_office_holders() -> None:
    names = dict(of_type(CARDS, "name"))
    assert names["Amarins Stokvisch"] == "keep"
    assert names["Stokvisch;Amarins;;;"] == "keep"
    # the chair of a neighbourhood association holds no office, whatever "Voorzitter" says
    assert names["Gerlof Brouwenstijn"] == "redact"


def test_the_people_of_a_calendar_item() -> None:
    text = (
        "BEGIN:VEVENT\nSUMMARY:Huisbezoek\n"
        'ORGANIZER;CN="Veldkampers, Hiltje":mailto:h.veldkampers@ommen.nl\n'
        'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Wethouder Amarins Stokvisch":mailto:college@ommen.nl\n'
        "END:VEVENT\n"
    )
    names = dict(of_type(text, "name"))
    assert names.get("Veldkampers, Hiltje") == "redact"
    assert names.get("Amarins Stokvisch") == "keep"


def test_the_rows_of_an_sql_dump_read_by_their_columns() -> None:
    text = (
        "CREATE TABLE `aanmelding` (\n  `id` int(11) NOT NULL,\n  `voornaam` varchar(60),\n"
        "  `achternaam` varchar(80),\n  `geboren` date,\n  `opmerking` text,\n"
        "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n\n"
        "INSERT INTO `aanmelding` VALUES\n"
        "(7,'Wietske','Harmsenhuis','2015-02-11','zwemdiploma A'),\n"
        "(8,'Ruurd','O''Brien-Dekkers','2014-12-30',NULL);\n"
    )
    found = redacted(text)
    for kind, value in (
        ("name", "Wietske"),
        ("name", "Harmsenhuis"),
        ("dob", "2015-02-11"),
        ("name", "O''Brien-Dekkers"),
        ("dob", "2014-12-30"),
    ):
        assert (kind, value) in found, value
    assert not any(value == "zwemdiploma A" for _, value in found)


def test_the_nested_fields_of_a_brp_answer() -> None:
    text = (
        '{"personen": [{"burgerservicenummer": "999993653",\n'
        '  "naam": {"voornamen": "Geertje", "geslachtsnaam": "Lubbersen"},\n'
        '  "geboorte": {"datum": {"type": "Datum", "datum": "2011-05-17"}},\n'
        '  "verblijfplaats": {"straat": "Molendijk", "huisnummer": 8, "postcode": "7731BC"},\n'
        '  "ouders": [{"ouderAanduiding": "1", "naam": {"voornamen": "Hendrik"}}]}]}\n'
    )
    found = redacted(text)
    for kind, value in (("dob", "2011-05-17"), ("address", "Molendijk")):
        assert (kind, value) in found, value
    assert ("name", "1") not in found  # which parent, not a name


def test_logins_with_a_systems_prefix_or_a_number(model) -> None:  # noqa: F811
    text = (
        "Notitie van teamleider Hanneke Wolbersma.\n"
        "Ticket 4411 is opgepakt door kcc_hwolbersma en daarna door app-hwolbersma.\n"
        "Het oude account wolbersma2 is opgeheven.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    for login in ("kcc_hwolbersma", "app-hwolbersma", "wolbersma2"):
        assert login in names, login


def test_the_login_in_brackets_after_its_owners_name(model) -> None:  # noqa: F811
    text = (
        "Opgesteld door Roelie Kamphuisen (gkamphuisen), 3 maart 2025.\n"
        "Wijziging 12 doorgevoerd door gkamphuisen.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names.count("gkamphuisen") == 2


def test_a_matrix_user_id_is_a_persons_account() -> None:
    text = (
        '{"sender": "@t.lubbersen:vrijsselland.nl", "body": "Pomp draait."}\n'
        '{"sender": "@meldkamer:vrijsselland.nl", "body": "Ontvangen."}\n'
    )
    names = redacted_of_type(text, "name")
    assert "t.lubbersen" in names
    assert "meldkamer" not in names


def test_the_agent_column_of_a_call_centres_export() -> None:
    text = (
        "call_id|start|caller|agent|resultaat\n"
        "c-1001|08:01|0529 45 11 20|kcc_ebosgraaf|beantwoord\n"
        "c-1002|08:09|0529 47 30 08|kcc_mheuvelink|beantwoord\n"
        "c-1003|08:15|0529 45 90 12|kcc_ebosgraaf|opgehangen\n"
    )
    names = redacted_of_type(text, "name")
    assert names.count("kcc_ebosgraaf") == 2 and "kcc_mheuvelink" in names


def test_a_group_heading_inside_a_fixed_width_table() -> None:
    text = (
        "PNR     NAAM                 GEB.DAT     BEDRAG\n"
        "------------------------------------------------\n"
        "Post Ommen (postcommandant)\n"
        " 40871  SLOTBOOM, T.A.       14-09-1976    412,10\n"
        "Post Dalfsen\n"
        " 41102  KAMPHOF, M.          02-02-1988    188,00\n"
    )
    dobs = redacted_of_type(text, "dob")
    assert "14-09-1976" in dobs and "02-02-1988" in dobs


def test_a_list_after_the_fractievoorzitters_stays_visible(model) -> None:  # noqa: F811
    text = (
        "Aanwezig: de fractievoorzitters P. (Piet) Mensinkhof, Aaltje Wolterink-Brink en "
        "H. ter Steege, griffier Jan Rouwenhorst.\n"
    )
    names = dict(of_type(text, "name", use_model=True))
    for name in ("P. (Piet) Mensinkhof", "Aaltje Wolterink-Brink", "H. ter Steege"):
        assert names.get(name) == "keep", (name, names)
