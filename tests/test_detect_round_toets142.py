"""Lakken, seventy-third round (tuned on realistic_toets142, _toets143 and _toets144).

What the round added: a postcode under a hash's key ('"postcode"=>"1324SK"') or an English
one ('"consumer.postalcode": "4719BS"') beside a home address; the fields of a JSON body
inside a log's string, its quotes escaped ('body={\\"geb\\":\\"02-02-2011\\"}'); the number of a
disabled person's parking card ("GPK46127206"); a sole trader's KvK number in a column for
either number ("bsn_kvk"), while a company's there stays; a person's debts in more words
("heeft bewindvoering", "onder beschermingsbewind vanwege problematische schulden", "beslag op
zijn AOW", "dat het gezin een schuldregeling heeft", "meldt hij een betalingsachterstand bij de
hypotheekverstrekker"); a list of sentences with a ";" in each under an export is no table
("- Account ingetrokken; laptop ingenomen" under a CSV): a sentence is no column's header, so
"betrokkene geïnformeerd op 12 maart door ..." no longer turns the sentence below it, with the
mayor and an alderman in it, into a name; a log's "client_os" or "client ip" column is no
client's name ("Windows 11"). No longer redacted: a municipal scan car's plate ("scanauto
ALM-SC02", also in the export's "voertuig" column), "N.V.T." and "U.C." as initials (nor is
"N.V.T." a legal form that makes a row a company's), "Woo" as a name ("Beste Woo-team"), a
surname joined to a term of law ("Mulder-feiten", "de Mulder-beschikking": the Wet Mulder's),
also where a Mr Mulder is named; "het Jansen-dossier" stays Jansen's. A people's name joined to
"afkomst" is special data ("van Roma-afkomst").
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from publicatie.debts import find_debts
from tests.detect_helpers import (  # noqa: F401
    model,
    redacted_names_with_model,
    redacted_of_type,
    spans,
)

_VPN_LOG = (
    "time,gateway,source_user,public_ip,status,client_os\n"
    "2026/02/01 21:14:05,GW-01,gemeente\\pvisser,81.22.10.4,success,Windows 11\n"
    "2026/02/01 22:40:51,GW-01,gemeente\\pvisser,81.22.10.4,success,Windows 11\n"
    "2026/02/02 07:02:13,GW-01,p.visser@gemeente.nl,81.22.10.4,failure,iOS 19\n"
)


def test_a_logs_client_os_column_holds_no_names() -> None:
    assert not {"Windows 11", "iOS 19"} & set(redacted_of_type(_VPN_LOG, "name"))


def test_a_client_column_still_holds_names() -> None:
    text = (
        "datum;client;zaak\n"
        "2026-02-01;Gerrit Hofstee;Z-2026-0001\n"
        "2026-02-02;Anna Bruinsma;Z-2026-0002\n"
    )
    assert {"Gerrit Hofstee", "Anna Bruinsma"} <= set(redacted_of_type(text, "name"))


def test_sentences_with_a_semicolon_are_no_table(model) -> None:  # noqa: F811
    text = (
        _VPN_LOG + "\nMaatregelen\n"
        "- Melding aan de AP gedaan op 3 februari; betrokkene geïnformeerd op 4 februari door "
        "Eline Mos (artikel 34 AVG).\n"
        "- Account ingetrokken op 2 februari; laptop ingenomen door de servicedesk.\n"
        "- De aanstelling loopt via het ministerie; daar is melding gedaan. Burgemeester "
        "H.J. Koster en wethouder T. Smeenk zijn op 3 februari geïnformeerd.\n"
        "- Aangifte wordt overwogen; de gemeentesecretaris beslist.\n"
    )
    names = redacted_names_with_model(text)
    assert not any("Koster" in name or "Smeenk" in name for name in names), names
    assert not any("laptop" in name or "melding" in name for name in names), names
    assert "Eline Mos" in names


def test_a_postcode_under_a_hash_key_or_an_english_key_beside_an_address() -> None:
    ruby = '{"adres"=>"Kemphaanweg 14", "postcode"=>"1324SK", "kenteken"=>"ZS-471-N"}'
    json = (
        '{"urn:nl:bvn:bankid:1.0:consumer.street": "Lindenlaan 77", '
        '"urn:nl:bvn:bankid:1.0:consumer.postalcode": "4719BS"}'
    )
    assert redacted_of_type(ruby, "postcode") == ["1324SK"]
    assert redacted_of_type(json, "postcode") == ["4719BS"]


def test_debts_in_more_words() -> None:
    cases = {
        "Uit de melding: moeder Sandra heeft bewindvoering.": "heeft bewindvoering",
        "Hij is onder beschermingsbewind vanwege problematische schulden.": (
            "onder beschermingsbewind vanwege problematische schulden"
        ),
        "Notitie: lening funderingsherstel, beslag op zijn AOW, zoon belt terug": (
            "beslag op zijn AOW"
        ),
        "Moeder vertelt dat het gezin een schuldregeling heeft bij de gemeente.": (
            "gezin een schuldregeling heeft"
        ),
        "Ook meldt hij een betalingsachterstand bij de hypotheekverstrekker.": (
            "hij een betalingsachterstand bij de hypotheekverstrekker"
        ),
    }
    for text, debt in cases.items():
        assert [text[a:b] for a, b, *_ in find_debts(text)] == [debt], text


def test_a_policy_on_arrears_names_no_ones_debts() -> None:
    text = "Inwoners met een huurachterstand bij de corporatie kunnen zich melden."
    assert find_debts(text) == []


def test_a_scan_cars_plate_stays_visible_also_in_its_export() -> None:
    text = (
        "Onderwerp: scanauto ALM-SC02 heeft buiten het betaalgebied gescand.\n\n"
        "scan_id;tijdstip;voertuig;operator;kenteken;zone\n"
        "SC02-00417;2026-02-24T09:12:44;ALM-SC02;dvlaar;7-DT-750;CENTRUM-A\n"
        "SC02-00502;2026-02-24T09:41:17;ALM-SC02;dvlaar;HD-290-F;BUITEN_GEBIED\n"
    )
    assert redacted_of_type(text, "kenteken") == ["7-DT-750", "HD-290-F"]


def test_placeholders_and_the_act_are_no_names(model) -> None:  # noqa: F811
    register = (
        "scan_id;tijdstip;kenteken;zone;npr_resultaat;vervolg\n"
        "SC02-00502;2026-02-24T09:41:17;HD-290-F;BUITEN_GEBIED;N.V.T.;-\n"
        "SC02-00503;2026-02-24T09:41:29;SRH-26-K;BUITEN_GEBIED;N.V.T.;-\n"
    )
    assert "N.V.T." not in redacted_names_with_model(register)
    # ... nor a legal form ("N.V.") that would make the row a company's, with its plate
    assert redacted_of_type(register, "kenteken", use_model=True) == ["HD-290-F", "SRH-26-K"]
    mail = "Onderwerp: Woo-verzoek WOO-2026-0087\n\nBeste Woo-team,\n\nHierbij de stukken.\n"
    assert redacted_names_with_model(mail) == []
    check = "Sondering   Paal   Rc;d [kN]   U.C.\nCPT-01      P1-P6  312         0,86\n"
    assert ("name", "U.C.", "redact") not in spans(check, use_model=True)


def test_a_json_body_inside_a_log_string_is_read_by_its_keys() -> None:
    text = (
        '{"host":"zw-web07","message":"POST /melding body={\\"leerling\\":\\"Noah Wolters\\",'
        '\\"geb\\":\\"02-02-2011\\",\\"uren\\":19,\\"tel_ouder\\":\\"0647780800\\"}"}'
    )
    assert redacted_of_type(text, "dob") == ["02-02-2011"]
    assert redacted_of_type(text, "name") == ["Noah Wolters"]


def test_a_disabled_persons_parking_card_number_is_redacted() -> None:
    text = "Zij stuurde een foto van haar kaart (GPK46127206, geldig tot 2029)."
    assert redacted_of_type(text, "document_number") == ["GPK46127206"]


def test_a_surname_joined_to_a_term_of_law_is_no_person(model) -> None:  # noqa: F811
    text = (
        "Vannacht stond de batch met Mulder-feiten (foutparkeren) klaar. Mevrouw "
        "Hoekstra-van der Meer belde erover met Jansen-de Vries.\n"
        "Piet Mulder is gebeld; tegen de Mulder-beschikking staat beroep open.\n"
    )
    assert redacted_names_with_model(text) == [
        "Hoekstra-van der Meer",
        "Jansen-de Vries",
        "Piet Mulder",
    ]


def test_a_surname_joined_to_another_noun_stays_a_person(model) -> None:  # noqa: F811
    text = "Het Jansen-dossier van mevrouw Jansen ligt bij de jurist."
    assert redacted_names_with_model(text) == ["Jansen", "Jansen"]


def test_a_people_joined_to_origin_is_special_data() -> None:
    from publicatie.special import find_special

    text = "Volgens de melder is de familie van Roma-afkomst."
    assert [text[a:b] for a, b, *_ in find_special(text)] == ["van Roma-afkomst"]
    assert find_special("Gezocht: een adviseur met een HBO-achtergrond of ICT-achtergrond.") == []


def test_a_column_for_bsn_or_kvk_holds_a_sole_traders_kvk_number() -> None:
    text = (
        "zaaknummer,naam,bsn_kvk,iban,bedrag,status\n"
        'ROS-2025-0102,"Stukadoorsbedrijf Piet Verhoeven",84210337,NL32RBRB3843858324,400.00,open\n'
        'ROS-2025-0103,"Bouwbedrijf Zoomstad B.V.",12685561,NL81RBRB8261842916,900.00,open\n'
    )
    assert redacted_of_type(text, "kvk") == ["84210337"]
