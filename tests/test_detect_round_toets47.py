"""Detection improvements made after the blind forty-seventh and forty-eighth toets sets
(publicatie/evaluation/realistic_toets47 and _toets48) were measured: dates of birth in a list
of people and "U bent van <date>", tractor, trailer and German plates, homes on a street named
after the town hall, parcels in a sentence about parcels, speakers in minutes ("Mevrouw X:"),
a name with its own paraph, a name column's cell holding more than the name, nicknames and
relatives, and office holders signing for their office. New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

from publicatie.patterns import find_addresses, find_kenteken
from tests.detect_helpers import (
    dates_of_birth,
    model,  # noqa: F401 (fixture)
    names_with_model,
    of_type,
    redacted_addresses,
    redacted_names_with_model,
    redacted_of_type,
    spans,
)


def test_a_date_after_a_name_in_a_list_of_people(model) -> None:  # noqa: F811
    text = (
        "Gezinsleden:\n- Olena Kravets, 14.02.1979, paspoort FK203311\n"
        "- Petro Kravets (opa), 02.09.1948, geen paspoort\n"
    )
    found = of_type(text, "dob", use_model=True)
    assert found == [("14.02.1979", "redact"), ("02.09.1948", "redact")]


def test_a_date_after_a_name_in_running_text_is_no_birth_date(model) -> None:  # noqa: F811
    text = "Op de brief van P. Jansen, 12.03.2019, is nooit gereageerd."
    assert of_type(text, "dob", use_model=True) == []


def test_you_are_of_a_date_is_a_birth_date_but_a_period_is_not() -> None:
    assert dates_of_birth("Met de fakkels: u bent van 9 januari 1941; blijf binnen.") == [
        "9 januari 1941"
    ]
    assert dates_of_birth("Zij is van 3 maart 2019 tot 1 juni 2019 met verlof geweest.") == []


def test_tractor_trailer_and_country_coded_plates() -> None:
    text = (
        "trekker TBK-41-F met kieper, oplegger Q-AAX-208, tractor OZ-17-KR; "
        "poort: DE: OS-KL 417, bezoeker uit Hamburg met HH-RT 2201."
    )
    found = [text[s:e] for s, e, *_ in find_kenteken(text)]
    for plate in ("TBK-41-F", "Q-AAX-208", "OZ-17-KR", "OS-KL 417", "HH-RT 2201"):
        assert plate in found


def test_a_model_number_after_trekker_is_no_plate() -> None:
    assert find_kenteken("De trekker John Deere 6R staat in de schuur.") == []


def test_a_home_on_the_raadhuislaan_is_redacted_the_town_hall_is_not() -> None:
    home = "Advies over de woning Raadhuislaan 51, Nieuwe Pekela, van mevrouw Kloosterhuis."
    assert "Raadhuislaan 51" in redacted_of_type(home, "address")
    hall = "U bent welkom in het gemeentehuis, Raadhuislaan 1, 9663 AB Nieuwe Pekela."
    assert ("Raadhuislaan 1", "keep") in of_type(hall, "address")


def test_parcels_in_a_sentence_about_parcels() -> None:
    text = (
        "Op twee percelen is de besmetting bevestigd: Wildervank H 1302 en Veendam K 88. "
        "Zijn perceel Onstwedde K 2910 en het stuk ernaast, K 2911, staan onder water."
    )
    found = redacted_addresses(text)
    for parcel in ("Wildervank H 1302", "Veendam K 88", "Onstwedde K 2910", "K 2911"):
        assert parcel in found


def test_a_place_with_letters_and_number_without_parcels_is_no_parcel() -> None:
    assert find_addresses("Bus 73 rijdt van Veendam A 12 keer per dag.") == []


def test_a_speaker_in_minutes_with_a_title(model) -> None:  # noqa: F811
    text = 'Mevrouw Harkemaborg: "Wij willen de school houden."\nDe heer Zuurveen: akkoord.'
    names = redacted_names_with_model(text)
    assert "Harkemaborg" in names and "Zuurveen" in names


def test_a_label_after_mr_stays_no_name() -> None:
    assert of_type("Met dank, mr. Direct: bel ons terug.", "name") == []


def test_a_name_with_its_own_paraph(model) -> None:  # noqa: F811
    text = "Verwerkt door Géraldine Vuylsteke (GVu), team Burgerzaken, 3 maart."
    assert "Géraldine Vuylsteke" in redacted_names_with_model(text)


def test_a_unit_with_its_acronym_is_no_person() -> None:
    assert of_type("Gemeld door Team Ruimte Zuid (TRZ) op maandag.", "name") == []


def test_a_name_column_cell_with_the_persons_other_data(model) -> None:  # noqa: F811
    text = (
        "tijd\tplaats\tbetrokkene\tafhandeling\n"
        "10.12\tstrand\tG.J. van Keulen-Dobbelsteen, geb. 4 mei 1961, Duinweg 12, Cadzand\tbon\n"
        "10.40\tduin\tja, Maaike Roetert, 06 4411 2093\twaarschuwing\n"
    )
    names = redacted_names_with_model(text)
    assert "G.J. van Keulen-Dobbelsteen" in names and "Maaike Roetert" in names
    assert "ja" not in names


def test_a_volunteer_interpreter_column() -> None:
    text = (
        "| tolk | talen | uren |\n|---|---|---|\n"
        "| Faris Alqudsi | Arabisch | 12 |\n| Hiwet | Tigrinya | 4 |\n"
    )
    found = redacted_of_type(text, "name")
    assert "Faris Alqudsi" in found and "Hiwet" in found


def test_who_drew_up_a_list() -> None:
    text = "Opgesteld: Rami Haddad (COA, nachtdienst) - gecontroleerd: T. Wiersema\n"
    found = redacted_of_type(text, "name")
    assert found == ["Rami Haddad", "T. Wiersema"]


def test_a_job_before_a_name(model) -> None:  # noqa: F811
    text = "De tweede instructeur, Wannes Callewaert, heeft zijn EHBO-diploma."
    assert "Wannes Callewaert" in redacted_names_with_model(text)


def test_nicknames_and_relatives(model) -> None:  # noqa: F811
    text = (
        'Bewoner: Harmannus Jacobus Lutgens ("Manus"), 67 jaar.\n'
        "Liesbeth (moeder van Jort) vraagt naar de bus. Beste Semhar en Yonas,\n"
        "Marnix (Max) Verhelst is dijkwacht. Later belt Max terug.\n"
        "My wife Anjali will follow."
    )
    names = redacted_names_with_model(text)
    for name in ("Manus", "Liesbeth", "Yonas", "Anjali"):
        assert name in names
    assert names.count("Max") == 1  # the later mention; the first is part of the full name


def test_a_label_or_a_language_before_a_relative_is_no_name() -> None:
    for text in ("Medeverzoeker (echtgenoot)\n", "Tolk nodig: ja, Tigrinya (moeder)"):
        assert of_type(text, "name") == []


def test_the_office_holder_signing_on_one_line_and_the_signer_below(model) -> None:  # noqa: F811
    text = (
        "Met vriendelijke groet,\nnamens de burgemeester van Sluis, P.M. Verlinde,\n\n"
        "Sanne Mortier\nmedewerker Openbare Orde\n"
    )
    names = names_with_model(text)
    assert names["P.M. Verlinde"] == "keep" and names["Sanne Mortier"] == "redact"


def test_the_signer_under_namens_the_mayor_is_still_redacted() -> None:
    text = "namens de burgemeester van Roermond,\nJ. Jansen,\nteamleider Vergunningen"
    assert of_type(text, "name") == [("J. Jansen", "redact")]


def test_the_secretary_signing_beside_the_mayor() -> None:
    text = (
        "Stembureauleden benoemd.\nDe secretaris, mr. H. Dobbelaere        "
        "De burgemeester, R.J. Coene\n"
    )
    assert ("H. Dobbelaere", "keep") in of_type(text, "name")
    club = "Onze secretaris, mr. H. Dobbelaere   De burgemeester, R.J. Coene"
    assert ("H. Dobbelaere", "redact") in of_type(club, "name")


def test_a_job_in_brackets_ends_the_office_after_a_semicolon() -> None:
    text = "Aanwezig: Ilse Boekhoorn (directeur); wethouder K.J. Mulder (onderwijs)."
    assert of_type(text, "name") == [("Ilse Boekhoorn", "redact"), ("K.J. Mulder", "keep")]


def test_spans_are_typed_for_the_birth_date_in_a_list(model) -> None:  # noqa: F811
    text = "- Oksana Melnyk, 22.07.1990, paspoort FM882012\n"
    assert ("dob", "22.07.1990", "redact") in spans(text, use_model=True)


def test_a_companys_vehicles_named_after_a_comma_stay_a_sole_traders_do_not() -> None:
    text = (
        "Vervoer: Verhuisbedrijf Gebr. Lannoo B.V., vrachtwagen BX-921-T; de COA-bus V-318-KN "
        "en de buurtbus VL-204-D. Onderaannemer Kuipers Transport B.V., kentekens 71-BTR-4 "
        "en 72-BTR-9. Klusbedrijf Jan Hoste, bestelbus VD-433-K; zijn bedrijfsbus VD-434-K."
    )
    found = {text[s:e]: action for s, e, _, action, _ in find_kenteken(text)}
    for plate in ("BX-921-T", "V-318-KN", "VL-204-D", "71-BTR-4", "72-BTR-9"):
        assert found[plate] == "keep", plate
    assert found["VD-433-K"] == "redact" and found["VD-434-K"] == "redact"


def test_a_login_with_the_persons_name_after_it() -> None:
    text = "Export door mdewaele (M. de Waele), 12-10-2025. Later gewijzigd door mdewaele."
    found = redacted_of_type(text, "name")
    assert found.count("mdewaele") == 2
    assert of_type("Zie de regeling (J. Jansen) hierover.", "name") == [("J. Jansen", "redact")]


def test_an_office_holder_acting_as_a_private_person() -> None:
    text = "De heer K. Hoogland, raadslid in Veendam, kwam als gewone kiezer stemmen."
    assert of_type(text, "name") == [("K. Hoogland", "redact")]
    in_office = "Wethouder P. Mulder opent de avond als voorzitter."
    assert of_type(in_office, "name") == [("P. Mulder", "keep")]
    others = "Wethouder P. Mulder licht toe dat ouders als melder kunnen optreden."
    assert of_type(others, "name") == [("P. Mulder", "keep")]


def test_two_first_names_before_a_surname(model) -> None:  # noqa: F811
    text = "- Tjeerd en Harmke Boelstra vragen of hun dochter mag blijven."
    names = redacted_names_with_model(text)
    assert "Tjeerd" in names and any("Harmke" in name for name in names)
    for other in (
        "Gasten P. Lindqvist uit Kiruna en M. Haugen uit Bergen.",
        "teamleider Werk en Inkomen     Bernadette Sips",
    ):
        names = redacted_names_with_model(other)
        assert "Kiruna" not in names and "Inkomen" not in names and "Werk" not in names


def test_a_street_and_its_number_not_across_a_blank_line() -> None:
    assert redacted_addresses("Handtekening: K. Boekveld\n\n5. 16.30 uur - een kiezer") == []
    assert redacted_addresses("Molenstraat\n12, Assen") == ["Molenstraat\n12"]
