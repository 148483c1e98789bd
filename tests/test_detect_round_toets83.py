"""Detection improvements made after the blind eighty-third and eighty-fourth toets sets
(publicatie/evaluation/realistic_toets83 and _toets84) were measured: office holders' paraphs
where the name writes its particle with a capital, "Bgm" for the mayor, a rekenkamer's chair and
members addressed "t.a.v." or named under its responsibility, a "schepen van economie"; persons
in the file names of a folder listing; a house number as an address key's value and after a
German or English neighbour; subscribers', Romanian, Polish and social-hygiene numbers; spoken
dates of birth; logins behind a domain with an underscore. Against redacting too much: file
names read as names, a family's company in a file name, institutions and ships named after
persons, foreign legal forms, a building named by its place, the line for questions, and a job
named after a condition. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from publicatie.detect import detect_personal_data
from publicatie.policy import DetectionPolicy
from publicatie.special import find_special
from tests.detect_helpers import (  # noqa: F401 (fixture)
    dates_of_birth,
    document_numbers,
    model,
    names_with_model,
    of_type,
    redacted_addresses,
    redacted_names_with_model,
    redacted_of_type,
)


def test_paraph_of_an_office_holder_whose_particle_has_a_capital_stays() -> None:
    text = (
        "functie             naam             paraaf  datum\n"
        "opsteller           K. Wuijtsveld    KW      12-05\n"
        "gemeentesecretaris  B. Van Dongen    BvD     13-05\n"
        "wethouder           R. De Kort       RdK     14-05\n\n"
        'Aantekening: "akkoord, mits vóór de zomer – RdK" en "gezien – BvD"\n'
    )
    names = of_type(text, "name")
    assert [action for value, action in names if value == "BvD"] == ["keep", "keep"]
    assert [action for value, action in names if value == "RdK"] == ["keep", "keep"]
    assert ("K. Wuijtsveld", "redact") in names


def test_bgm_before_a_surname_is_the_mayor() -> None:
    names = dict(of_type("Notitie: Bgm Heesakkers is ingelicht, geen bezwaar.", "name"))
    assert names == {"Heesakkers": "keep"}


def test_a_rekenkamers_chair_and_members_addressed_ta_v_stay() -> None:
    text = (
        "Aan: rekenkamer Veenendaal, t.a.v. de voorzitter mr. J.P. Oudijk en de leden "
        "T. Brouwershof en A. Ceylan\n"
        "Aan: rekenkamer Veenendaal, t.a.v. P. Klaassen, onderzoeker\n"
    )
    names = dict(of_type(text, "name"))
    assert names["J.P. Oudijk"] == "keep"
    assert names["T. Brouwershof"] == "keep"
    assert names["A. Ceylan"] == "keep"
    assert names["P. Klaassen"] == "redact"


def test_the_chair_named_under_the_rekenkamers_responsibility_stays() -> None:
    text = (
        "Dit rapport valt onder verantwoordelijkheid van de rekenkamer: drs. E. Kamsteeg "
        "(voorzitter), en de leden. De secretaris van de rekenkamer, L. Bouwhuis, deed het werk."
    )
    names = dict(of_type(text, "name"))
    assert names["E. Kamsteeg"] == "keep"
    assert names["L. Bouwhuis"] == "redact"


def test_a_schepen_with_a_policy_field_and_a_title_stays() -> None:
    text = "Onze schepen van cultuur, de heer Van Gorp, was er ook bij; buurman Jef Ooms niet."
    names = dict(of_type(text, "name"))
    assert names["Van Gorp"] == "keep"
    assert names["Jef Ooms"] == "redact"


FOLDER = (
    "Map: \\\\gemeente.local\\zaken\\2025\\Z25-01187\n\n"
    "Grootte    Gewijzigd         Naam\n"
    "120 kB     2025-03-02 10:02  01_melding_politie_2025004412.pdf\n"
    "88 kB      2025-03-04 08:55  02_BRP_VERSTAPPEN_Ilse_19870221.pdf\n"
    "40 kB      2025-03-04 09:20  03_KvK_Verstappen_Beheer_BV_41022871.pdf\n"
    "75 kB      2025-03-11 17:02  04_zienswijze_mr_Houtepen.pdf\n"
    "58 kB      2025-03-12 09:30  05_reactie_verhuurder_J_Oosterbosch.msg\n\n"
    "Notitie: mevrouw Verstappen is op 14 maart gebeld over de zienswijze.\n"
)


def test_file_names_in_a_folder_listings_name_column_are_no_names(model) -> None:  # noqa: F811
    redacted = redacted_names_with_model(FOLDER)
    assert not any(value.endswith((".pdf", ".msg")) for value in redacted)
    for word in ("melding", "zienswijze", "reactie", "verhuurder", "politie"):
        assert word not in redacted


def test_persons_in_the_file_names_of_a_folder_listing_are_redacted(model) -> None:  # noqa: F811
    redacted = redacted_names_with_model(FOLDER)
    assert "VERSTAPPEN_Ilse" in redacted
    assert "Houtepen" in redacted
    assert "J_Oosterbosch" in redacted
    assert "Verstappen" in redacted  # in the note, after the file name gave her away


def test_a_familys_company_in_a_file_name_stays(model) -> None:  # noqa: F811
    company = FOLDER.index("03_KvK_Verstappen_Beheer_BV")
    company_end = FOLDER.index("\n", company)
    found = detect_personal_data(FOLDER, policy=DetectionPolicy(use_model=True))
    inside = [
        s.text
        for s in found
        if s.type == "name" and s.action == "redact" and company <= s.start < company_end
    ]
    assert inside == []


def test_a_house_number_as_the_value_of_an_address_key() -> None:
    text = (
        "sleutelcontacten:\n"
        '  - naam: "Truus Hilhorst"\n'
        "    relatie: overbuurvrouw\n"
        '    adres: "nr. 14-A"\n'
    )
    assert "nr. 14-A" in redacted_addresses(text)


def test_a_house_number_after_a_german_neighbour() -> None:
    text = "Der Nachbar von Nr. 27b hat einen Schlüssel. Artikel Nr. 5 gilt."
    assert set(redacted_addresses(text)) == {"Nr. 27b"}


def test_subscribers_romanian_polish_and_social_hygiene_numbers() -> None:
    text = (
        "abonneenr: AL-208814\n"
        "Data urodzenia i PESEL 87031204518, CNP 2870312045187.\n"
        "Leidinggevende: W. Maas, SVH 2231-0847.\n"
    )
    numbers = document_numbers(text)
    assert "AL-208814" in numbers
    assert "87031204518" in numbers
    assert "2870312045187" in numbers
    assert "2231-0847" in numbers


def test_a_date_of_birth_spoken_with_a_short_year() -> None:
    text = "[00:00:15] SPK2: Jan Rombouts. Ik ben van zeven maart zevenenveertig, hier geboren."
    assert dates_of_birth(text) == ["zeven maart zevenenveertig"]


def test_a_spoken_date_of_birth_answering_the_question_for_it() -> None:
    text = (
        "[00:02:10] VOORZITTER: En uw geboortedatum, meneer Rombouts?\n"
        "[00:02:14] J. ROMBOUTS: elf augustus negentienachtenvijftig.\n"
        "[00:02:20] VOORZITTER: De zitting van vijf mei negenenvijftig is niet van belang."
    )
    assert dates_of_birth(text) == ["elf augustus negentienachtenvijftig"]


def test_a_login_behind_a_domain_with_an_underscore() -> None:
    text = "2025-04-02T10:11:02;ext_thuiszorg\\henk.wolterink;VIEW;dossier geopend\n"
    assert redacted_of_type(text, "name") == ["ext_thuiszorg\\henk.wolterink"]


def test_institutions_and_ships_named_after_persons_stay(model) -> None:  # noqa: F811
    text = (
        "De bewoners van Paviljoen Johanna Westerdijk en het Ontmoetingscentrum Jacob "
        "Hoefnagel gaan op 12 juni varen met de botter Aaltje Jannetje. Het tankschip Maria "
        "Cornelia lag aan de steiger. Leerlingen van het Jan van Brakel College zongen. "
        "Transport door Spedition Kleinhuis GmbH. Begeleider Dorien Wassink ging mee."
    )
    redacted = redacted_names_with_model(text)
    assert redacted == ["Dorien Wassink"]


def test_a_building_named_by_its_place_is_no_name(model) -> None:  # noqa: F811
    text = (
        "Gemeente Zeist – Commissie Bestuur\n"
        "Verslag van 4 november 2025, 20.00 uur, raadzaal Slot Zeist. Mevrouw Lonneke Brand "
        "spreekt in.\n"
    )
    assert redacted_names_with_model(text) == ["Lonneke Brand"]


def test_the_line_for_questions_is_the_organisations(model) -> None:  # noqa: F811
    text = (
        "De uitkomsten gaan naar de raad. Vragen: (0229) 25 22 00.\n"
        "Vragen gemeente via 0228 56 60 14.\n"
        "Bel voor vragen Sanne Kuip: 06 41 22 87 90. Vragen: 0299 47 13 58.\n"
    )
    phones = dict(of_type(text, "phone", use_model=True))
    assert phones["(0229) 25 22 00"] == "keep"
    assert phones["0228 56 60 14"] == "keep"
    assert phones["06 41 22 87 90"] == "redact"
    assert phones["0299 47 13 58"] == "redact"  # a direct line may be the writer's own


def test_a_job_named_after_a_condition_is_no_special_data() -> None:
    text = "De casemanager dementie van Charim belde: meneer heeft dementie, zegt zijn vrouw."
    found = [(s, text[s:e]) for s, e, *_ in find_special(text)]
    assert found == [(text.rindex("dementie"), "dementie")]
