"""Detection improvements made after the blind hundred-and-first and hundred-and-second toets sets
(publicatie/evaluation/realistic_toets101 and _toets102) were measured: an HTML source's
entities and an RTF source's escapes read as the rendered text, a messenger's "Sender Name" and
a household's "Referent" as name columns, French-speaking neighbours' mayors and aldermen, council
members by their party after a list; and, against redacting too much: a table's header row and
a signature row "Namens ...", a count after a name, an offer's number that looked like a
foreign postcode, car makes in a list of vehicles, a car park by its letter, a shop, a landlord's
letting mailbox, a newsroom's line, an organisation's vehicle described as such, and a civil
servant's department in brackets after an office holder. New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

from publicatie.detect import detect_personal_data
from publicatie.markup import decode_markup
from publicatie.policy import DetectionPolicy
from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    names_with_model,
    redacted,
    redacted_names_with_model,
)


def test_html_entities_are_read_as_the_letters_they_stand_for(model) -> None:  # noqa: F811
    text = (
        "<p>Bewoner: <b>Fran&ccedil;oise Lemmerbeek</b><br>\n"
        "Mobiel: 06&nbsp;4418&nbsp;2093<br>\n"
        "Adres: Beukenlaan 12&#8209;a</p>\n"
    )
    found = redacted(text, use_model=True)
    assert ("name", "Fran&ccedil;oise Lemmerbeek") in found
    assert ("phone", "06&nbsp;4418&nbsp;2093") in found
    assert ("address", "Beukenlaan 12&#8209;a") in found


def test_an_rtf_sources_escapes_and_paragraph_marks() -> None:
    text = (
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\n"
        "De heer J\\'e9r\\'f4me Wiskerkamp\\par\n"
        "Molenstraat 8\\par\n"
        "\\par\n"
        "Met vriendelijke groet,\\par\n"
        "{\\b P.J. Ravelstein}\\par\n"
        "burgemeester van Land van Cuijk\\par\n"
        "}\n"
    )
    found = detect_personal_data(text, policy=DetectionPolicy())
    by_text = {s.text: s.action for s in found if s.type == "name"}
    assert by_text.get("J\\'e9r\\'f4me Wiskerkamp") == "redact"
    assert by_text.get("P.J. Ravelstein") == "keep"  # the mayor, read on his own line
    assert not any(s.text.endswith("\\par") for s in found)


def test_decoded_characters_map_back_onto_what_is_written() -> None:
    decoded = decode_markup("Ren&eacute;e &amp; Lot")
    assert decoded is not None
    plain, origins = decoded
    assert plain == "Renée & Lot"
    assert origins[3] == (3, 11)  # "é" was written "&eacute;"
    assert decode_markup("Geen entiteiten & geen RTF hier") is None


def test_a_messengers_sender_column_and_a_households_referent(model) -> None:  # noqa: F811
    chat = (
        "Date,Time,Sender Name,Sender Phone Number,Text\n"
        '03/06/2025,10:02,Mirek (kwatery),+31 6 2291 7730,"Hi Zosia, klucz jest u sąsiada."\n'
        '03/06/2025,10:05,Zosia,+48 600 114 982,"Dziękuję Mirek!"\n'
    )
    found = redacted_names_with_model(chat)
    assert "Mirek" in found and "Zosia" in found
    export = (
        '{"messages": [\n'
        '  {"sender_name": "Jongerenwerk Hardenberg", "content": "Hoi! Kom je vrijdag?"},\n'
        '  {"sender_name": "Daan Keuterink", "content": "ja is goed"}\n]}\n'
    )
    found = redacted_names_with_model(export)
    assert "Daan Keuterink" in found and not any("Jongerenwerk" in v for v in found)
    sheet = (
        "Nr\tReferent\tV-nummer\tKern\n"
        "K-26-004\tAlnaimi, Rasha\t2719933041\tGrave\n"
        "K-26-005\tTekle, Yonas\t2740018852\tCuijk\n"
    )
    found = redacted(sheet)
    assert ("name", "Alnaimi, Rasha") in found and ("name", "Tekle, Yonas") in found


def test_french_speaking_mayors_and_aldermen_stay_visible(model) -> None:  # noqa: F811
    text = (
        "J'ai écrit au bourgmestre de Fourons, M. Vandenhoudt, sans réponse.\n"
        "Présents: échevin des travaux Paulette Xhonneux, Joris Vanhees (service travaux)\n"
    )
    names = names_with_model(text)
    assert names.get("M. Vandenhoudt") == "keep"
    assert names.get("Paulette Xhonneux") == "keep"
    assert names.get("Joris Vanhees") == "redact"  # a civil servant named after them


def test_council_members_named_before_their_party(model) -> None:  # noqa: F811
    text = (
        "Vragenstellers: Joost Hennekam en Dorien Keulemans (fractie Dorpsbelang Lokaal)\n"
        "Portefeuillehouder: wethouder R. Mertens\n"
    )
    names = names_with_model(text)
    assert names.get("Joost Hennekam") == "keep" and names.get("Dorien Keulemans") == "keep"


def test_a_department_in_brackets_is_no_office_after_an_alderman(model) -> None:  # noqa: F811
    text = "Aanwezig: schepen van toerisme Els Daemen, Ward Lemmens (dienst toerisme)\n"
    names = names_with_model(text)
    assert names.get("Els Daemen") == "keep" and names.get("Ward Lemmens") == "redact"


def test_a_tables_header_row_and_a_signature_row_are_no_names(model) -> None:  # noqa: F811
    text = (
        "Unit  Adres            Bewoner(s)                   Sleutels         Meter gas\n"
        "1     Lindelaan 4      Ruben Hagelstein             3x (B-11..13)    000041\n"
        "\n"
        "Namens Woonwaard  Namens de aannemer  Namens de gemeente\n"
        "K. Brinkerhof     D. Lammertsma       S. Oldenkamp\n"
    )
    found = redacted(text, use_model=True)
    assert ("name", "Ruben Hagelstein") in found and ("name", "K. Brinkerhof") in found
    words = {value for _, value in found}
    assert not words & {"Unit", "Meter", "Namens", "Woonwaard", "3x"}


def test_an_offers_number_is_no_foreign_postcode() -> None:
    text = "Aanbod-id\tCorporatie\tKern\nA-0611\tWoonwaard\tBoxmeer\n"
    assert not any(kind == "postcode" for kind, _ in redacted(text))
    assert ("postcode", "A-6020") in redacted("Adresse: Maria-Theresien-Straße 4, A-6020 Innsbruck")


def test_car_makes_in_a_list_of_vehicles(model) -> None:  # noqa: F811
    text = (
        "Nr  Bestuurder                Navigator            Auto                Kenteken\n"
        "1   Jacques Vaessens-Loop     Ria Vaessens         Mercedes-Benz 190   DB-11-KR\n"
        "2   Harrie Bemelmans-Kruis    Lies Bemelmans       Porsche 356         AK-12-RG\n"
        "3   Ton Ubachs                Noud Heuts           Alfa Romeo Giulia   89-HX-53\n"
    )
    found = redacted_names_with_model(text)
    assert "Jacques Vaessens-Loop" in found and "Ria Vaessens" in found
    assert not any(make in value for value in found for make in ("Mercedes", "Porsche", "Alfa"))


def test_a_car_park_by_its_letter_and_a_shop(model) -> None:  # noqa: F811
    text = (
        "Bezoekers parkeren op P Wilhelminalaan of P+R Schin op Geul.\n"
        "12-11-2025 09:14   VAN: +31 43 601 12 34 Copyshop Gulpen   AAN: 043 609 86 00\n"
        "Ik ben Wendy Crutzen en woon in Gulpen.\n"
    )
    found = redacted_names_with_model(text)
    assert "Wendy Crutzen" in found
    assert not any("Wilhelminalaan" in v or "Schin" in v or "Gulpen" in v for v in found)


def test_a_landlords_letting_mailbox_and_a_newsrooms_line() -> None:
    text = (
        "Woonwaard – verhuurteam: verhuur@woonwaard.nl, woonplaatsbemiddeling.zuidbrabant@coa.nl\n"
        "De krant belde ook (redactie 0485 33 21 90); morgen terugbellen.\n"
    )
    found = redacted(text)
    assert not any(kind in ("email", "phone") for kind, _ in found)


def test_an_organisations_vehicle_described_as_such() -> None:
    text = (
        "Voertuig: handhavingsauto (dienstauto, kenteken V-204-GB)\n"
        "[[whitelist]]\n"
        'kenteken = "V-377-HK"\n'
        'omschrijving = "dienstauto groenbeheer"\n'
        "[[whitelist]]\n"
        'kenteken = "KP-88-ZT"\n'
        'omschrijving = "beheerder camperplaats"\n'
    )
    found = redacted(text)
    assert ("kenteken", "KP-88-ZT") in found
    assert ("kenteken", "V-204-GB") not in found and ("kenteken", "V-377-HK") not in found
