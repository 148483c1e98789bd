"""Detection improvements made after the blind sixty-fifth and sixty-sixth toets sets
(publicatie/evaluation/realistic_toets65 and _toets66) were measured: words that a line break
split after a hyphen (PDF text and OCR), double first names that the name list lacks as a whole,
streets that start with a point of the compass ("Oost-Kinderdijk 77"),
house numbers in a sentence about where someone lives, phone numbers said in pairs of digits or
written with dots, and dates of birth with a two-digit year. New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

from publicatie.convert import to_pdf
from publicatie.detect import join_split_words
from publicatie.evaluation.metrics import readable
from publicatie.pdf_text import extract_text
from publicatie.policy import DetectionPolicy
from publicatie.redact import redact_pdf
from tests.detect_helpers import model, redacted, redacted_of_type  # noqa: F401 (fixture)


def test_a_word_split_after_a_hyphen_is_read_whole_and_reported_where_it_stands(model) -> None:  # noqa: F811
    text = (
        "Het bezwaar van Geertruida Hoogen-\nboezem is ontvangen; zij woont aan de Molen-\n"
        "weg 12 in Ameide.\n> Groet, Lambert Wiel-\n> dijkstra\n"
    )
    found = redacted(text, use_model=True)
    assert ("name", "Geertruida Hoogen-\nboezem") in found
    assert ("address", "Molen-\nweg 12") in found
    assert ("name", "Lambert Wiel-\n> dijkstra") in found


def test_a_hyphen_before_a_capital_stays_a_hyphen() -> None:
    joined = join_split_words("Provincie Zuid-\nHolland en de Alblasser-\nwaard")
    assert joined is not None
    text, where = joined
    assert text == "Provincie Zuid-\nHolland en de Alblasserwaard"
    assert (
        len(where) == len(text)
        and where[-1] == len("Provincie Zuid-\nHolland en de Alblasser-\nwaard") - 1
    )
    assert join_split_words("Geen afgebroken woorden hier.") is None


def test_a_split_name_is_gone_from_the_redacted_pdf() -> None:
    text = "Melding van mevrouw Geertruida Hoogen-\nboezem over de dijk bij Ameide.\n"
    pdf = to_pdf(text.encode(), "x.txt", "text/plain", document="split")
    output, result = redact_pdf(
        pdf, document="split", policy=DetectionPolicy(use_model=False), source_text=text
    )
    assert result.verified
    read = " ".join(" ".join(extract_text(output, document="split")).split())
    assert not readable("Hoogen- boezem", read) and "boezem" not in read
    assert "Ameide" in read


def test_double_first_names_that_the_list_lacks_as_a_whole(model) -> None:  # noqa: F811
    for name in ("Hendrik-Jan Slagboomers", "Joost-Willem Kwikkelaar", "Pieter-Bart van Dijkum"):
        text = f"De aanvraag is ingediend door {name} op 3 maart.\n"
        assert name in redacted_of_type(text, "name", use_model=True), name


def test_house_numbers_in_a_sentence_about_where_someone_lives() -> None:
    text = (
        "Wij wonen aan de vaart, het derde huis na de kerk, nummer 147 dus.\n"
        "De sleutel ligt bij de overbuurvrouw op nummer tachtig.\n"
        "Ik woon aan de kanaalweg, het witte huis, huisnummer eenentwintig.\n"
        "Mevrouw Raamsdonk van nr. 26-b heeft ook gebeld.\n"
        "Agendapunt nummer 3 wordt na de pauze besproken.\n"
    )
    addresses = redacted_of_type(text, "address")
    # since round 44 the word before may be part of the span ("huisnummer eenentwintig")
    for value in ("nummer 147", "nummer tachtig", "nummer eenentwintig", "nr. 26-b"):
        assert any(value in address for address in addresses), value
    assert not any("nummer 3" in address for address in addresses)


def test_a_phone_number_said_in_pairs() -> None:
    text = (
        "Ze is bereikbaar op nul zes twaalf vierendertig achtenvijftig zeventig.\n"
        "Zijn nummer: nul vief zeuven nul, vief een, achtien, negen-en-twintig.\n"
        "Er kwamen twaalf mensen, nul klachten.\n"
    )
    phones = redacted_of_type(text, "phone")
    assert "nul zes twaalf vierendertig achtenvijftig zeventig" in phones
    assert "nul vief zeuven nul, vief een, achtien, negen-en-twintig" in phones
    assert len(phones) == 2


def test_a_mobile_number_with_dots_between_the_pairs() -> None:
    assert "06.41.27.90.38" in redacted_of_type("Bel mij op 06.41.27.90.38 a.u.b.\n", "phone")
    assert "06.18.37.40.55" in redacted_of_type("Moeder: 06.18.37.40.55.\n", "phone")
    assert redacted_of_type("Gebeld op 06.10.2025 08.40 uur.\n", "phone") == []


def test_dates_of_birth_with_a_two_digit_year() -> None:
    text = (
        "Mijn naam is Jeltje Hessink, geboren 7-2-'41.\n"
        "Dhr. G. Latupeirissa *3/2/'44*, echtg. mw W. Latupeirissa *19-8-47*.\n"
    )
    dobs = redacted_of_type(text, "dob")
    assert dobs == ["7-2-'41", "3/2/'44", "19-8-47"]


def test_a_street_that_starts_with_a_point_of_the_compass() -> None:
    text = "Trillingsmeters bij Oost-Kinderdijk 77 en Noord-Brabantlaan 12; Tilburg-Noord 2024.\n"
    addresses = redacted_of_type(text, "address")
    assert addresses == ["Oost-Kinderdijk 77", "Noord-Brabantlaan 12"]
