"""Detection improvements made after the blind thirty-ninth to forty-second toets sets
(publicatie/evaluation/realistic_toets39 to _toets42) were measured: dates of birth written in
words, British and German plates, a postcode is no plate, an organisation's number or van kept
once is kept everywhere, a letter's address block opens with a name and not a sentence, more
team mailboxes, a four-digit area code with two threes, "Dienst" and "Scouting" as organisation
words and members of a rekenkamer named "rekenkamerlid". New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

import pytest

from publicatie.patterns import find_addresses, find_dob, find_documents, find_kenteken
from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    names_with_model,
    of_type,
    redacted_names_with_model,
    spans,
)


@pytest.mark.parametrize(
    "text, date",
    [
        (
            "Uw zoon Mels, geboren op twaalf oktober 2016, staat ingeschreven.",
            "twaalf oktober 2016",
        ),
        (
            "U bent op drieëntwintig mei negentienhonderdzeventig geboren in Tiel.",
            "drieëntwintig mei negentienhonderdzeventig",
        ),
        ("Date of birth: 2nd of March 1979\nNationality: Irish", "2nd of March 1979"),
        ("She was born on June 30th, 1991 in Cork.", "June 30th, 1991"),
    ],
)
def test_dates_of_birth_written_in_words(text: str, date: str) -> None:
    found = [text[s:e] for s, e, kind, action, _ in find_dob(text) if action == "redact"]
    assert found == [date]


def test_a_date_in_words_without_a_birth_cue_stays() -> None:
    text = "Het college besloot op twaalf oktober 2016 de verordening in te trekken."
    assert find_dob(text) == []


@pytest.mark.parametrize(
    "text, plate",
    [
        ("Fine 2: my own car, UK registration KM21 TZP, parked on the Stationsplein.", "KM21 TZP"),
        (
            "plaats  eigenaar            woonplaats    trailer/auto  vanaf\n"
            "A-04    Heribert Quast      Emmerich (D)  EMM-HQ 412    01-05\n"
            "A-06    Jolanda Strijbosch  Werkendam     74-LPR-3      01-06\n",
            "EMM-HQ 412",
        ),
    ],
)
def test_foreign_plates_by_their_cue_or_column(text: str, plate: str) -> None:
    found = [text[s:e] for s, e, kind, action, _ in find_kenteken(text) if action == "redact"]
    assert plate in found


def test_a_postcode_near_a_vehicle_word_is_no_plate() -> None:
    text = "Post gaat via het briefadres Havenstraat 8 bus 3, 4201 KL Gorinchem."
    assert find_kenteken(text) == []


def test_a_general_number_announced_once_is_kept_in_the_table_too() -> None:
    text = (
        "datum\tmelder\ttelefoon\tlocatie\n"
        "03-02-2025\tanoniem via 0345 61 77 00\t-\tkade bij het gemaal\n"
        "03-02-2025\tRoelof Zandbergen\t0345 62 18 44\tdijkvak 12\n\n"
        "Bellen kan via het algemene nummer 0345 61 77 00.\n"
    )
    phones = dict(of_type(text, "phone"))
    assert phones["0345 61 77 00"] == "keep"
    assert [a for t, a in of_type(text, "phone") if t == "0345 61 77 00"] == ["keep", "keep"]
    assert phones["0345 62 18 44"] == "redact"


def test_a_company_van_kept_in_its_row_is_kept_where_it_returns() -> None:
    text = (
        "box   eigenaar                         woonplaats  auto\n"
        "D-02  Scheepswerf Molendijk & Zn. B.V.  Werkendam   VK-318-R\n"
        "D-04  Gerrit Haverkamp                  Leerdam     HX-552-P\n\n"
        "- D-02: de bus VK-318-R mag op de kade laden en lossen.\n"
    )
    plates = of_type(text, "kenteken")
    assert [a for t, a in plates if t == "VK-318-R"] == ["keep", "keep"]
    assert ("HX-552-P", "redact") in plates


def test_an_address_after_a_sentence_naming_a_company_is_the_writers_home() -> None:
    text = (
        "Dear Sir or Madam,\n\n"
        "I have started as a welder with Damen Shiprepair Rotterdam B.V. and will live in "
        "Sliedrecht from 1 June. My details:\n"
        "Address from 1 June: Merwedestraat 77-II, 3361 BG Sliedrecht\n"
        "Phone: +48 601 233 418\n"
    )
    found = dict(of_type(text, "address"))
    assert found["Merwedestraat 77-II"] == "redact"
    assert dict(of_type(text, "postcode"))["3361 BG"] == "redact"
    assert dict(of_type(text, "phone"))["+48 601 233 418"] == "redact"


@pytest.mark.parametrize(
    "mailbox",
    [
        "calamiteiten@wsrl.nl",
        "havenmeester@gorinchem.nl",
        "bhv@dordrecht.nl",
        "boekingen@rondvaartbedrijf.nl",
        "internationaloffice@tilburguniversity.edu",
        "statengriffie@provinciegroningen.nl",
        "veldwerk@bodemadvies.nl",
        "wethouder.wonen@tilburg.nl",
    ],
)
def test_more_team_mailboxes_stay(mailbox: str) -> None:
    text = f"Vragen? Mail naar {mailbox} of bel 14 0183."
    assert dict(of_type(text, "email"))[mailbox] == "keep"


def test_a_four_digit_area_code_with_two_threes() -> None:
    text = "di 18-11  09:00  WOLTERINK, B.A.   Hoofdweg 3  0596 572 913   PvB   VS-LP-0418\n"
    assert ("0596 572 913", "redact") in of_type(text, "phone")


@pytest.mark.parametrize(
    "text, organisation",
    [
        (
            "Sociale Dienst Drechtsteden\nPostbus 618, 3300 AP Dordrecht\n\n"
            "Mevrouw K. Oosthoek\nDit besluit is genomen namens het bestuur van de Sociale "
            "Dienst Drechtsteden.",
            "Drechtsteden",
        ),
        ("Aanmelding 6: groep Scouting Sint-Joris, elf jeugdleden.", "Sint-Joris"),
    ],
)
def test_dienst_and_scouting_name_organisations(model, text: str, organisation: str) -> None:  # noqa: F811
    assert not any(organisation in name for name in redacted_names_with_model(text))


def test_a_member_of_the_rekenkamer_named_rekenkamerlid_stays(model) -> None:  # noqa: F811
    text = (
        "De rekenkamer start het onderzoek. Rekenkamerlid drs. P.J. Wolthuis-Aldering voert "
        "de gesprekken, samen met onderzoeker Bart Kleinjan (extern)."
    )
    names = names_with_model(text)
    assert names["P.J. Wolthuis-Aldering"] == "keep"
    assert names["Bart Kleinjan"] == "redact"


def test_the_name_fields_of_a_form(model) -> None:  # noqa: F811
    text = (
        "Achternaam: Heuvelmans-Graafkamp\n"
        "Voornamen: Wilhelmus Johannes            Roepnaam: Wimke\n"
        "Geboortedatum: 03-04-1961\n"
    )
    names = names_with_model(text)
    assert names["Wimke"] == "redact"
    assert "Roepnaam" not in names


def test_a_planning_header_holds_no_names(model) -> None:  # noqa: F811
    text = (
        "Dag       Tijd   Bewoner             Adres                  Opn.\n"
        "ma 17-11  09:00  KOOLHOVEN, T.       Dijkstraat 14          PvB\n"
    )
    redacted = redacted_names_with_model(text)
    assert "Dag" not in redacted and "Tijd" not in redacted


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Het ontwerp van Ingenieursbureau Harmke Oldenkotte-Brom (KvK 61234578) volgt.",
            "Ingenieursbureau Harmke Oldenkotte-Brom",
        ),
        (
            "Pachter: Melkveebedrijf J.H. Stoutjesdijk, KvK 70112233.",
            "Melkveebedrijf J.H. Stoutjesdijk",
        ),
        (
            "De keuring van Kermisexploitatie Sjaak Vermeltfoort (KvK 71122334) is goedgekeurd.",
            "Kermisexploitatie Sjaak Vermeltfoort",
        ),
    ],
)
def test_a_sole_traders_trade_name_and_kvk_number(model, text: str, name: str) -> None:  # noqa: F811
    assert any(name in redacted for redacted in redacted_names_with_model(text))
    assert [action for _, action in of_type(text, "kvk", use_model=True)] == ["redact"]


@pytest.mark.parametrize(
    "text",
    [
        "Aannemer: Bouwbedrijf Noord Nederland, KvK 81234567.",
        "Adviesbureau Ruimte Wonen werkt mee aan de visie (KvK 81234567).",
    ],
)
def test_a_trade_word_before_common_words_or_places_is_a_company(model, text: str) -> None:  # noqa: F811
    assert redacted_names_with_model(text) == []
    assert [action for _, action in of_type(text, "kvk", use_model=True)] == ["keep"]


def test_no_house_number_starts_with_a_nought() -> None:
    text = "08-12-2025 03:45 | strooien route 2 | route via Rielseweg\n08-12-2025 07:12 | klacht"
    assert of_type(text, "address") == []


def test_a_university_is_no_person(model) -> None:  # noqa: F811
    text = (
        "Partijen: gemeente Leeuwarden (verwerkingsverantwoordelijke) en Rijksuniversiteit "
        "Groningen (verwerker)\n\n| rol | naam | organisatie |\n|---|---|---|\n"
        "| onderzoeker | Wobbe Hiemstra-Kooi | Groningen |\n"
    )
    redacted = redacted_names_with_model(text)
    assert "Wobbe Hiemstra-Kooi" in redacted
    assert not any("Groningen" in name for name in redacted)


@pytest.mark.parametrize(
    "text, parcel",
    [
        ("Kadastraal ..: Oisterwijk H 27l4\n", "Oisterwijk H 27l4"),
        ("Kadastraal perceeI: Sliedrecht C 4O18\n\n2. Werkzaamheden", "Sliedrecht C 4O18"),
        (
            "Het water voor mijn perceel (Breukelen E 1O52) is niet van de gemeente.",
            "Breukelen E 1O52",
        ),
    ],
)
def test_cadastral_parcels_as_a_scan_reads_them(text: str, parcel: str) -> None:
    assert parcel in [text[s:e] for s, e, *_ in find_addresses(text)]


@pytest.mark.parametrize(
    "text, address",
    [
        ("Hij woont op de woonboot aan de Merwedekade t.o. 112 (3311 RK).", "Merwedekade t.o. 112"),
        ("Aanvragers: fam. Dekkers, Rivierweg ark 7-b, 3335 LK Zwijndrecht", "Rivierweg ark 7-b"),
    ],
)
def test_a_houseboats_berth_is_an_address(text: str, address: str) -> None:
    assert address in [text[s:e] for s, e, *_ in find_addresses(text)]


@pytest.mark.parametrize(
    "text, number",
    [
        ('{"boa":"K. Wennekes","boa_nr":"BOA-2291-UT"}', "BOA-2291-UT"),
        ("legitimatie: Pools rijbewijs 01833/19/2207", "01833/19/2207"),
        ('"legitimatie":"rijbewijs DE N41XT7Q2K88"', "N41XT7Q2K88"),
        ("toonde het Sportbootführerschein nr. SBF-S 1187-4402.", "SBF-S 1187-4402"),
    ],
)
def test_foreign_licences_and_boa_numbers(text: str, number: str) -> None:
    assert number in [text[s:e] for s, e, *_ in find_documents(text)]


def test_a_number_in_brackets_after_a_name_is_that_persons() -> None:
    text = "Ook collega Wendeline Kroeskamp (VR-31877) was bij die inzet; fractie (D66) niet."
    assert of_type(text, "document_number") == [("VR-31877", "redact")]


def test_a_chat_speaker_written_surname_first() -> None:
    text = (
        "[17-11-2025 08:24] Verkuijl, Gerbrand (VRZHZ): Let op, hij belt vandaag.\n"
        "[17-11-2025 08:30] Verkuijl, Gerbrand (VRZHZ): Afgehandeld.\n"
    )
    assert of_type(text, "name") == [
        ("Verkuijl, Gerbrand", "redact"),
        ("Verkuijl, Gerbrand", "redact"),
    ]


@pytest.mark.parametrize(
    "text, holder",
    [
        (
            "De petitie is aangeboden aan commissaris van de Koning J.H. Marskamp-Ooster en "
            "gedeputeerde R. Welling (Energie).",
            "J.H. Marskamp-Ooster",
        ),
        (
            "7 | 02-10-2024 | agenda overleg commissaris van de Koning Marskamp | openbaar",
            "Marskamp",
        ),
    ],
)
def test_the_kings_commissioner_is_an_office_not_a_name(model, text: str, holder: str) -> None:  # noqa: F811
    names = names_with_model(text)
    assert names[holder] == "keep"
    assert not any("Koning" in name for name in redacted_names_with_model(text))


def test_a_board_member_present_stays_at_a_later_mention(model) -> None:  # noqa: F811
    text = (
        "Verslag openbare vergadering van het algemeen bestuur, 2 oktober 2025\n"
        "Aanwezig: K.M. Drostenburg (Weesp, voorzitter), T.A. Haarbrink-Voss (Huizen)\n\n"
        "Inspreker mevrouw Petra Kleiweg vraagt om voorrang. De heer Drostenburg bedankt haar; "
        "mevrouw Haarbrink-Voss zegt toe dat de secretaris contact opneemt.\n"
    )
    names = names_with_model(text)
    assert names["Drostenburg"] == "keep"
    assert names["Haarbrink-Voss"] == "keep"
    assert names["Petra Kleiweg"] == "redact"


def test_on_behalf_of_a_named_office_holder(model) -> None:  # noqa: F811
    named = names_with_model("Namens wethouder Imke Scholtens-Berg: wij vragen u dit op te pakken.")
    assert named["Imke Scholtens-Berg"] == "keep"
    signed = names_with_model(
        "Hoogachtend,\nnamens de burgemeester van Tilburg,\n\nJ.P. Kessels\nteamleider"
    )
    assert signed["J.P. Kessels"] == "redact"


def test_a_council_members_mailbox_and_name_stay(model) -> None:  # noqa: F811
    text = (
        "Aan: klantenservice@corporatie.nl\n"
        "CC: Wouter Dekkershoek <w.dekkershoek@raad.tilburg.nl>\n"
        "Onderwerp: schimmel\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Wouter Dekkershoek", "keep") in found
    assert ("email", "w.dekkershoek@raad.tilburg.nl", "keep") in found
