"""Lakken, seventy-second round (tuned on realistic_toets139, _toets140 and _toets141).

What the round added: the bank account of a sole trader beside its KvK number in a booking
export ("Klusbedrijf Jo Smeets (KvK ...);...;NL20 ASNB ..."); childcare and a guesthouse named
after their owner as trade names ("Kinderopvang Fenna Kok", "Gastouder Sjoukje Zomer",
"Pension Linda Maas"; not a Frisian "Peuteropvang It Krobbehûs" nor a table's header), never
across a column gap, and the owner's first name where it stands alone ("Wobbina");
committee members in the minutes of a council committee ("de leden T. Wolfs, M. Ramakers", "Het
lid T. Wolfs") stay visible; logins under "Username" and "Ack by"; an IP address under
"Client" is no name; a redacted person's name in a file name as one double surname, or with
initials or a first name after it ("KoppenolVis_J", "Vroemen_MA", "Romano_Giulia"); a payment
or debt arrangement said the other way round, an amicable debt counselling course, wage
garnishment in a record's words; BSNs listed with commas in a query ("burgerservicenummer=
127280911,780536356": no decimal fraction); a postcode under "pc" in a query string. No
longer redacted: "@timestamp" in a log query, a log's level ("Warning"), the trade word of a
sole trader's name as a first name ("Pension"), "hersteloperatie" (the toeslagen affair's
recovery operation) as a health fact, a place in a login ("goirle_boa_shoefmans"), "app" or
"anon" in a user column, and a login with another initial than the office holder of that
surname ("bzwemer" beside wethouder D. Zwemer).
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from publicatie.organisations import trade_names
from tests.detect_helpers import (  # noqa: F401
    model,
    names_with_model,
    redacted,
    redacted_names_with_model,
    redacted_of_type,
    spans,
)


def test_an_account_beside_a_sole_traders_kvk_number_is_redacted() -> None:
    text = (
        "boekstuk;datum;grootboek;relatie;omschrijving;rekening;bedrag\n"
        "VF26-01;2026-02-03;8420 Leges;Schildersbedrijf Tom Ramaekers (KvK 12345678);Leges "
        "Z-2026-0101;NL57 ASNB 0123 4567 89;412,00\n"
    )
    assert redacted_of_type(text, "kvk") == ["12345678"]
    assert redacted_of_type(text, "iban") == ["NL57 ASNB 0123 4567 89"]


def test_an_account_beside_a_companys_kvk_number_stays() -> None:
    text = (
        "boekstuk;datum;grootboek;relatie;omschrijving;rekening;bedrag\n"
        "VF26-02;2026-02-03;8420 Leges;Ramaekers Vastgoed B.V. (KvK 12345678);Leges "
        "Z-2026-0102;NL57 ASNB 0123 4567 89;412,00\n"
    )
    assert redacted_of_type(text, "iban") == []


def test_childcare_and_a_guesthouse_run_by_one_person_are_trade_names() -> None:
    text = (
        "Subsidie voor Kinderopvang Anneke Postma, Gastouderopvang Wietske Dijkstra, "
        "Gastouder Sjoukje Zomer en Pension Ria Hofstede.\n"
    )
    assert [s.text for s in trade_names(text)] == [
        "Kinderopvang Anneke Postma",
        "Gastouderopvang Wietske Dijkstra",
        "Gastouder Sjoukje Zomer",
        "Pension Ria Hofstede",
    ]


def test_a_frisian_playgroup_and_a_table_header_are_no_trade_names() -> None:
    text = (
        "Peuteropvang It Krobbehûs in Jirnsum.\n\n"
        "LRK-nr     Gastouder            Opvangadres          Postcode\n"
    )
    assert trade_names(text) == []


def test_members_in_the_minutes_of_a_council_committee_stay_visible() -> None:
    text = (
        "Verslag van de openbare vergadering van de commissie Bestuur, 4 maart 2026\n\n"
        "Aanwezig: P. Jorritsma (voorzitter), de leden K. Hoeksema, R. Terpstra en negen andere "
        "commissieleden.\n\n"
        "Inspreker mevrouw A. Hoeksema vraagt om meer handhaving.\n"
        "Het lid K. Hoeksema zegt dat de inspreker geen familie van hem is. Het lid R. Terpstra "
        "vraagt naar de kosten.\n"
    )
    names = dict((t, a) for k, t, a in spans(text) if k == "name")
    assert names["K. Hoeksema"] == "keep"
    assert names["R. Terpstra"] == "keep"
    assert names["A. Hoeksema"] == "redact"


def test_a_member_outside_a_council_committee_is_redacted() -> None:
    text = (
        "Nieuwsbrief van de tennisvereniging\n\n"
        "Het lid K. Hoeksema heeft de clubkampioenschappen gewonnen.\n"
    )
    assert ("name", "K. Hoeksema") in redacted(text)


def test_logins_under_username_and_ack_by_are_redacted_and_an_ip_is_no_name() -> None:
    text = (
        "Timestamp;Username;Action;File;Result;Client\n"
        "2026-05-25 09:12:44;tgeurts;Upload;adressen.csv;OK;10.40.7.22\n"
        "2026-05-25 09:13:02;tgeurts;Share;/convenant;OK;10.40.7.22\n\n"
        "Timestamp           | Source     | Alarm text          | Ack by      | Comment\n"
        "2026-02-14 04:11:52 | WKK1/NOx   | High limit exceeded | pverhoef    | bellen\n"
        "2026-02-14 06:30:07 | WKK1/NOx   | High limit exceeded | pverhoef    |\n"
    )
    names = redacted_of_type(text, "name")
    assert names.count("tgeurts") == 2
    assert names.count("pverhoef") == 2
    assert not [n for n in names if n.startswith("10.")]


def test_a_user_agent_and_an_app_in_a_user_column_are_no_names() -> None:
    text = (
        '{"ts":"2026-01-03T10:00:00Z","user":"app","actie":"start"}\n'
        '{"ts":"2026-01-03T10:01:00Z","user":"anon","actie":"start"}\n'
        '{"headers": {"User-Agent": "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X)"}}\n'
    )
    assert redacted_of_type(text, "name") == []


def test_names_in_file_names_with_initials_or_a_first_name_after(model) -> None:  # noqa: F811
    text = (
        "Dossier van Anouk Kerkhof-Lont, Marco Lambrechts en Chiara Esposito.\n"
        r"\\fs02\ondernemers\KerkhofLont_A\jaarcijfers.xlsx" + "\n"
        r"\\fs02\vergunningen\Lambrechts_MA\aanvraag.pdf" + "\n"
        r"\\fs02\huur\Esposito_Chiara\uitspraak.pdf" + "\n"
    )
    names = redacted_names_with_model(text)
    assert "KerkhofLont_A" in names
    assert "Lambrechts_MA" in names
    assert "Esposito_Chiara" in names


def test_a_building_in_a_file_name_stays(model) -> None:  # noqa: F811
    text = "Huurder: Sanne Schakel.\nPlattegrond: bezetting_DeSchakel_2026.pdf\n"
    assert "DeSchakel" not in " ".join(redacted_names_with_model(text))


def test_log_fields_and_levels_are_no_names() -> None:
    text = (
        "fields @timestamp, @message, httpMethod\n"
        "| sort @timestamp desc | limit 4\n\n"
        "2026-03-12 23:51:08  Warning  admin    192.168.10.5  ---  Login failed\n"
        "2026-03-12 23:52:10  Notice   admin    192.168.10.5  ---  Login ok\n"
    )
    assert redacted_of_type(text, "name") == []


def test_a_private_handle_is_still_redacted() -> None:
    assert redacted_of_type("Volg mij op @sanne_kuipers voor updates.", "name") == ["sanne_kuipers"]


def test_the_trade_word_of_a_sole_traders_name_is_no_first_name(model) -> None:  # noqa: F811
    text = (
        "Verhuurders: Roel Hermans en Linda Maas (Pension Linda Maas in Borgharen).\n"
        "Notitie: Pension gesloten geweest wegens verbouwing.\n"
    )
    names = redacted_names_with_model(text)
    assert "Pension Linda Maas" in names
    assert "Pension" not in names


def test_an_unknown_first_name_before_a_known_one_still_spreads(model) -> None:  # noqa: F811
    text = (
        "Naam                : Thijmo Alexander Hemmelder\n"
        "Geboortedatum       : 17-11-2004\n\n"
        "Thijmo heeft zich op 27 augustus gemeld.\n"
    )
    assert redacted_names_with_model(text).count("Thijmo") == 1


def test_debt_arrangements_in_a_personal_frame_are_redacted() -> None:
    text = (
        "Ook uw mededeling dat u een betalingsregeling heeft bij de Belastingdienst kunnen wij "
        "niet meewegen. De heer Kramer heeft een schuldregeling via de kredietbank. Mevrouw "
        "Bos zit in een minnelijk schuldhulptraject. Reden melding: beslag op loon door "
        "deurwaarder.\n"
    )
    found = redacted_of_type(text, "financial")
    assert found == [
        "u een betalingsregeling heeft",
        "heeft een schuldregeling",
        "zit in een minnelijk schuldhulptraject",
        "beslag op loon door deurwaarder",
    ]


def test_a_payment_arrangement_as_policy_is_no_debt() -> None:
    text = "Wie een betalingsregeling heeft, kan die via het portaal inzien.\n"
    assert redacted_of_type(text, "financial") == []


def test_the_recovery_operation_is_no_health_fact_and_surgery_is() -> None:
    text = (
        "Grondslag: artikel 2.1 Wet hersteloperatie toeslagen; het team hersteloperatie "
        "belt de ouders. Na haar knieoperatie kon zij niet werken.\n"
    )
    assert redacted_of_type(text, "special") == ["knieoperatie"]


def test_a_place_in_a_login_does_not_make_the_municipality_a_name() -> None:
    text = (
        "<wsse:Username>goirle_boa_svanbeek</wsse:Username>\n"
        "artikel 5:6 APV Goirle\n\n"
        "Gemeente Goirle\n"
    )
    names = redacted_of_type(text, "name")
    assert "Goirle" not in names
    assert "Gemeente Goirle" not in names


def test_a_login_with_another_initial_than_the_office_holder_is_redacted() -> None:
    text = (
        "Coördinator Bart Visscher vroeg om een export.\n"
        "user=bvisscher action=export\n"
        "Hij is niet verwant aan wethouder Visscher. Ik informeer wethouder D. Visscher.\n"
    )
    names = dict((t, a) for k, t, a in spans(text) if k == "name")
    assert names["bvisscher"] == "redact"
    assert names["D. Visscher"] == "keep"


def test_the_office_holders_own_login_stays_visible() -> None:
    text = (
        "Wethouder D. Visscher opende het dossier.\n"
        '"Aug 9, 2025 @ 11:47:20.733","dvisscher","dossier.geopend"\n'
    )
    names = dict((t, a) for k, t, a in spans(text) if k == "name")
    assert names.get("dvisscher", "keep") == "keep"


def test_bsns_listed_with_commas_in_a_query_are_redacted() -> None:
    text = (
        '  517  curl -s "https://brp.example.nl/haalcentraal/api/brp/personen?type='
        'RaadpleegMetBurgerservicenummer&burgerservicenummer=111222333,123456782"\n'
    )
    assert redacted_of_type(text, "bsn") == ["111222333", "123456782"]


def test_a_postcode_under_pc_in_a_query_string_is_redacted() -> None:
    text = (
        "GET /meldingen/bedankt naam=Ria%20Bos&tel=0612345678&pc=2671VN&id=MLD-26-1\n"
        "GET /zoek?pc=2691%20JP&huisnr=3\n"
    )
    assert redacted_of_type(text, "postcode") == ["2671VN", "2691%20JP"]


def test_the_owners_first_name_of_a_trade_name_is_redacted_elsewhere() -> None:
    text = (
        "nr\tsoort\thandelsnaam\n"
        "3\tOliebollenkraam\tPoffertjeskraam Wobbina Hazeleger\n\n"
        "- Wobbina vraagt een plek bij de ingang.\n"
    )
    found = redacted_of_type(text, "name")
    assert "Poffertjeskraam Wobbina Hazeleger" in found
    assert "Wobbina" in found
    assert "Oliebollenkraam" not in " ".join(found)


def test_a_member_of_another_body_in_committee_minutes_is_redacted() -> None:
    text = (
        "Verslag van de openbare vergadering van de commissie Bestuur, 4 maart 2026\n\n"
        "Aanwezig: P. Jorritsma (voorzitter), de leden K. Hoeksema en R. Terpstra.\n\n"
        "Het lid van de Adviesraad Sociaal Domein J. Wiersma licht het advies toe.\n"
    )
    names = dict((t, a) for k, t, a in spans(text) if k == "name")
    assert names["K. Hoeksema"] == "keep"
    assert names["J. Wiersma"] == "redact"
