"""Detection improvements made in the sixty-ninth round, after the blind sets toets131 and
toets132 (publicatie/evaluation/realistic_toets131 and _toets132) were measured: a namesake or
relative of an office holder the text says is not the holder ("Dennis Stokkers (geen familie van
wethouder Stokkers)"), a broken bone in plain words ("haar sleutelbeen gebroken", "toen zijn pols
brak", "Pols gebroken, gips"), whiplash complaints, being under administration in a clause ("dat
hij onder beschermingsbewind staat"), an amicable debt arrangement, a payment plan with one's own
energy supplier, logins after a key for who logged a record ('"loggedBy": "shofstra"'), in prose
after "door" or "van" ("gesorteerd door rhesselink;"), an external account ("ext_dzwart"), a login
glued to a device's code ("LM0712_jdeboer"), a first name and surname run together as a login
("jelleharkema"), a subscriber's, library member's or pupil's number in its column
("abonnementsnr", "lenersnr", "leerling_nr"), a mixed-case token in a registration column that
is no licence plate, a query string encoded inside another ("%26bsn%3D..."), a postcode after
its label in SQL, escaped JSON and prose, a date of birth as day, month, year after a name in a
file name, a surname in capitals with initials without dots ("LANTINGA B"), particles in
capitals, a special phrase broken over two lines, "zit in rolstoel", a move into a nursing home,
running at the debt counselling. Guards (they pass on the code before the round as well): a
first name beside the holder without a word on kin stays visible, a lamp post's broken arm is
no injury, the policy's "wie onder bewind staat" and "wie bij de schuldhulp loopt", "de
bibliotheek heeft een rolstoel", Dutch words after "door" and "van" are no logins, capitals
with a letter that are no names ("BLOK C"). New variations, not copies of the evaluation
documents.
"""

from __future__ import annotations

from tests.detect_helpers import model, of_type, redacted, redacted_of_type  # noqa: F401


def test_a_namesake_said_to_be_no_kin_of_the_office_holder_is_redacted(model) -> None:  # noqa: F811
    text = (
        "Pieter Wiersma belde over zijn melding (geen familie van wethouder Wiersma, vroeg de\n"
        "baliemedewerker nog). Wiersma, Pieter staat ook in de export.\n\n"
        "Kan wethouder Wiersma hier vóór vrijdag op reageren?\n"
    )
    names = of_type(text, "name", use_model=True)
    assert ("Pieter Wiersma", "redact") in names
    assert ("Wiersma, Pieter", "redact") in names
    assert names.count(("Wiersma", "keep")) == 2  # the holder, twice in office


def test_kin_of_the_mayor_in_other_words(model) -> None:  # noqa: F811
    text = (
        "Op de lijst staat Ruben Hogeveen als trainer. Mensen denken dan dat hij familie\n"
        "is van\nburgemeester Hogeveen, die de prijzen uitreikt.\n"
    )
    assert ("Ruben Hogeveen", "redact") in of_type(text, "name", use_model=True)


def test_a_namesake_with_the_holders_own_initial_stays_visible(model) -> None:  # noqa: F811
    text = (
        "Mevrouw Hofman is geen familie van griffier K. Hofman; de balie belde de griffie.\n"
        "Later bevestigde K. Hofman dat zelf.\n"
    )
    names = of_type(text, "name", use_model=True)
    assert ("Hofman", "redact") in names  # "Mevrouw Hofman", the namesake
    assert names.count(("K. Hofman", "keep")) == 2


def test_without_a_word_on_kin_a_first_name_beside_the_holder_is_the_holder(model) -> None:  # noqa: F811
    text = "Wethouder Wiersma opende de brug. Pieter Wiersma sprak de aanwezigen toe.\n"
    assert ("Pieter Wiersma", "keep") in of_type(text, "name", use_model=True)


def test_a_broken_bone_in_plain_words() -> None:
    text = (
        "Zij is gevallen en heeft haar sleutelbeen gebroken. Vorig jaar viel ze ook, toen haar\n"
        "pols brak. Letsel: Pols gebroken, gips voor zes weken. Hij heeft zijn heup heeft\n"
        "gebroken. Volgens de SEH vermoedelijk gebroken rechterenkel. Sindsdien whiplashklachten.\n"
    )
    assert redacted_of_type(text, "special") == [
        "haar sleutelbeen gebroken",
        "haar\npols brak",
        "Pols gebroken",
        "zijn heup heeft\ngebroken",
        "gebroken rechterenkel",
        "whiplashklachten",
    ]


def test_a_broken_lamp_post_is_no_injury() -> None:
    text = "De arm van lichtmast 14 is gebroken; de paal gebroken bij de rotonde.\n"
    assert redacted_of_type(text, "special") == []


def test_debts_in_a_clause() -> None:
    text = (
        "Zij meldde dat haar man onder beschermingsbewind staat vanwege schulden. Hij zit\n"
        "in een minnelijk traject. Vorig jaar liep een betalingsregeling met zijn\n"
        "energieleverancier mis.\n"
    )
    assert redacted_of_type(text, "financial") == [
        "onder beschermingsbewind staat vanwege schulden",
        "zit\nin een minnelijk traject",
        "betalingsregeling met zijn\nenergieleverancier",
    ]


def test_the_policy_on_administration_is_no_ones_debt() -> None:
    text = "Wie onder bewind staat, kan de kosten vergoed krijgen. Inwoners die onder bewind staan."
    assert redacted_of_type(text, "financial") == []


def test_logins_after_a_key_in_prose_and_glued_to_a_code(model) -> None:  # noqa: F811
    text = (
        '{"reporter": {"name": "KCC", "loggedBy": "wbrouwer"},\n'
        ' "endpoint": "GA-LM0712_hkuipers", "installer": "ext_tveenstra"}\n'
        "Het bestand werd in Excel gesorteerd door mvanbeek; pas uitgegeven door pdijkstra\n"
        "02-09-2024 (notitie van rhesselink).\n"
        '{"athlete": {"username": "sietsebergsma", "city": "Burgum"}}\n'
    )
    assert redacted_of_type(text, "name", use_model=True) == [
        "wbrouwer",
        "hkuipers",
        "ext_tveenstra",
        "mvanbeek",
        "pdijkstra",
        "rhesselink",
        "sietsebergsma",
    ]


def test_words_after_door_and_van_are_no_logins(model) -> None:  # noqa: F811
    text = (
        "Dit is gemeld door inwoners; het besluit is genomen door verkoper. De kosten van\n"
        "aanpak, van baksteen en van beton. Verzonden door balie. Alles van harte.\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == []


def test_subscriber_member_and_pupil_numbers_in_their_column() -> None:
    text = (
        "abonnementsnr;Naam;Product\n4471925;Jansen;Jaarabonnement\n5520931;Pietersen;10-badenkaart\n\n"
        "lenersnr|naam|openstaand\n23015582910417|Bakker|12,50\n23019931207755|Visser|4,00\n\n"
        "| leerling_nr | diploma |\n|---|---|\n| AQ-208815 | A |\n| AQ-208816 | B |\n"
    )
    assert redacted_of_type(text, "document_number") == [
        "4471925",
        "5520931",
        "23015582910417",
        "23019931207755",
        "AQ-208815",
        "AQ-208816",
    ]


def test_a_mixed_case_token_in_a_registration_column_is_no_plate() -> None:
    text = '{"registrationId": "Zk0pW3vE", "vehicle": {"registration": "KX-635-G"}}\n'
    assert redacted_of_type(text, "kenteken") == ["KX-635-G"]


def test_a_query_string_encoded_inside_another(model) -> None:  # noqa: F811
    text = (
        '"url": "https://example.nl/log?next=https%3A%2F%2Fformulier.example.nl%2Fcontrole'
        '%3Ffid%3DF-01%26naam%3DJ.%2520Veenstra%26bsn%3D111222333%26st%3D1"\n'
    )
    found = [
        (kind, value) for kind, value in redacted(text, use_model=True) if kind in ("name", "bsn")
    ]
    assert found == [("name", "J.%2520Veenstra"), ("bsn", "111222333")]


def test_a_postcode_after_its_label_in_sql_escaped_json_and_prose() -> None:
    text = (
        "UPDATE leners SET postcode = '7481 KW', plaats = 'Buurse' WHERE id = 4;\n"
        '{"payload": "{\\"postcode\\":\\"9251 XK\\",\\"tel\\":\\"-\\"}"}\n'
        "Beide bewoners krijgen de brief op papier; de postcode is voor allebei 9287 VP.\n"
    )
    assert redacted_of_type(text, "postcode") == ["7481 KW", "9251 XK", "9287 VP"]


def test_a_date_of_birth_as_day_month_year_after_a_name_in_a_file_name(model) -> None:  # noqa: F811
    text = (
        "- Aansprakelijkstelling_Veenstra_J_14031952.pdf\n"
        "- Verslag_Dijkstra_P_01122025.pdf\n"  # a recent date: the document's own
    )
    assert redacted_of_type(text, "dob", use_model=True) == ["14031952"]


def test_a_surname_in_capitals_with_initials_without_dots(model) -> None:  # noqa: F811
    text = (
        "[02:11:24 Info] Queue item 3/3: debiteur LANTINGA B zaak AK-2025-035 bedrag 185,00\n"
        "[02:11:20 Info] Queue item 2/3: debiteur DE JONG-HOEKSMA M zaak AK-2025-031\n"
        "    <BEHANDELAAR>POSTHUMA R</BEHANDELAAR>\n"
        "Naam: DE JONG-HOEKSMA, M.\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == [
        "LANTINGA B",
        "DE JONG-HOEKSMA M",
        "POSTHUMA R",
        "DE JONG-HOEKSMA, M.",
    ]


def test_capitals_with_a_letter_that_are_no_names(model) -> None:  # noqa: F811
    text = "STATUS OK\nBIJLAGE A\nHOOFDSTUK B\nBLOK C\nPOORT A\nROUTE B\nFASE A\n"
    assert redacted_of_type(text, "name", use_model=True) == []


def test_health_and_debts_in_a_few_more_frames() -> None:
    text = (
        "Op de beelden is een epileptische\naanval van een bezoeker te zien. Haar zoon zit in\n"
        "rolstoel. Zij heeft een gehoorapparaat. Moeder is in augustus naar het verpleeghuis\n"
        "gegaan. Hij vertelde dat hij bij de schuldhulpverlening van de gemeente loopt.\n"
    )
    assert [value for _, value in redacted(text)] == [
        "epileptische\naanval",
        "zit in\nrolstoel",
        "Zij heeft een gehoorapparaat",
        "is in augustus naar het verpleeghuis",
        "bij de schuldhulpverlening van de gemeente loopt",
    ]


def test_the_policy_on_aids_and_counselling_is_no_ones_health() -> None:
    text = (
        "De bibliotheek heeft een rolstoel voor bezoekers. Wie bij de schuldhulp loopt, kan\n"
        "een korting krijgen.\n"
    )
    assert redacted(text) == []
