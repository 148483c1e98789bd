"""Lakken, seventy-sixth round (tuned on realistic_toets150 and _toets151).

What the round added: namesakes of office holders are residents where the text says so or shows
it. A name said to be no kin ("mevrouw Demir is geen familie van de wethouder", "Jorn Dijkstra
(geen familie van wethouder Dijkstra)"), a name with its own data right after it (a date, a
phone number, an address: "Tekle;17/05/2012", "de heer Haverkamp (Kerkstraat 4"), a first name
written out beside an office holder named only by the surname where the document has namesakes
("Daan Vroemen" and "Ruud Vroemen" beside "wethouder Vroemen"), and the names listed after
"niet van wethouder S. Demir, en ..." are no longer kept as the office holder. Also: a column
header in camel case ("ClientName") and a birth month and year ("Geboortemaand/-jaar: november
1995"). New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted_names_with_model,
    redacted_of_type,
    spans,
)


def test_a_namesake_said_to_be_no_kin_of_the_office_holder_is_redacted(model) -> None:  # noqa: F811
    text = (
        "Wethouder Brouwer opende de avond. Daarna sprak mevrouw Brouwer uit Wolvega over de "
        "subsidie; mevrouw Brouwer is geen familie van de wethouder, zei de voorzitter.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Brouwer", "keep") in found  # the wethouder
    assert found.count(("name", "Brouwer", "redact")) == 2


def test_a_name_before_no_kin_of_an_office_holder_is_no_office_holder(model) -> None:  # noqa: F811
    text = (
        "Het account mdeboer_gem is van onze boswachter Marten de Boer (geen familie van "
        "wethouder De Boer). Wethouder De Boer is geïnformeerd.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Marten de Boer", "redact") in found
    assert ("name", "De Boer", "keep") in found


def test_the_names_listed_after_no_kin_of_an_office_holder_are_residents(model) -> None:  # noqa: F811
    text = (
        "Voor de volledigheid: Sanne Mulder is geen familie van burgemeester Mulder, en Rik "
        "Kuipers niet van wethouder J. Kuipers, en Lotte Kuipers evenmin.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Rik Kuipers", "redact") in found
    assert ("name", "J. Kuipers", "keep") in found
    assert ("name", "Lotte Kuipers", "redact") in found
    # the office written with a capital in the middle of a sentence
    found = spans(text.replace("niet van wethouder", "niet van Wethouder"), use_model=True)
    assert ("name", "Lotte Kuipers", "redact") in found


def test_a_namesake_with_own_data_after_the_name_is_a_resident(model) -> None:  # noqa: F811
    text = (
        "Wethouder Tesfay is portefeuillehouder. Uit de ledenlijst:\n"
        "nr;voornaam;achternaam;geboren;postcode\n"
        "2231;Senait;Tesfay;09/03/2011;8911AB\n"
        "Ook de heer Tesfay (Oostergrachtswal 12, Leeuwarden) belde.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Tesfay", "keep") in found  # the wethouder in the first sentence
    assert found.count(("name", "Tesfay", "redact")) == 2


def test_a_written_first_name_beside_a_bare_office_holder_and_namesakes_is_redacted(model) -> None:  # noqa: F811
    text = (
        "Wethouder Lemmens vroeg naar de ritten. Op de beelden staan ook Finn Lemmens en "
        "Sophie Lemmens, die in dezelfde bus zaten.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Lemmens", "keep") in found
    assert ("name", "Finn Lemmens", "redact") in found
    assert ("name", "Sophie Lemmens", "redact") in found


def test_a_written_first_name_beside_a_bare_office_holder_alone_stays_visible(model) -> None:  # noqa: F811
    # no namesake in sight: "Geert Leijtens" is the wethouder Leijtens of the same message
    text = (
        "Wethouder Leijtens heeft zijn berichten gedownload.\n"
        "Van: Geert Leijtens\nAan: Joep Paijmans\nOnderwerp: bedrijfskavel\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Geert Leijtens", "keep") in found


def test_an_office_holder_named_with_initials_stays_visible_beside_a_namesake(model) -> None:  # noqa: F811
    # the fail-closed rule is for a first name beside a bare surname; "R. Lemmens" beside
    # "wethouder R. Lemmens" is still the wethouder
    text = "Wethouder R. Lemmens opende. Daarna gaf R. Lemmens het woord aan de griffier.\n"
    found = spans(text, use_model=True)
    assert found.count(("name", "R. Lemmens", "keep")) == 2


def test_a_camel_case_name_column_is_read_as_a_name_column() -> None:
    text = (
        "RunDate,RouteId,ClientName,PickupTime\n"
        "2026-02-03,R-07,VERHOEVEN SANNE,07:25\n"
        "2026-02-03,R-07,AKKERMANS DIRK,07:41\n"
    )
    assert redacted_of_type(text, "name") == ["VERHOEVEN SANNE", "AKKERMANS DIRK"]


def test_a_camel_case_identifier_column_is_no_name_column() -> None:
    text = "ClientId,RouteName,Status\nKLT-0042,Noord Ochtend,gepland\nKLT-0043,Zuid,gepland\n"
    assert redacted_of_type(text, "name") == []


def test_a_birth_month_and_year_is_a_date_of_birth() -> None:
    text = (
        "Uiteindelijk belanghebbende\n"
        "  Naam:                  Jansen, Pieter\n"
        "  Geboortemaand/-jaar:   maart 1987\n"
        "  Nationaliteit:         Nederlandse\n"
        "Het contract loopt sinds maart 2020.\n"
    )
    assert redacted_of_type(text, "dob") == ["maart 1987"]
