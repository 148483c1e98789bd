"""Lakken, hundred-and-tenth round (tuned on realistic_toets219 and realistic_toets220).

What the round added: a street named after a person with a title and a particle ("Dr. Saal
van Zwanenbergsingel 39", "Joh. van Lieshoutstraat 150"), after a title also without one ("Dr.
Huber Noodtstraat 48"), and a street with a describing word before it ("Groene Veenweg 33",
"Hekendorpse Buurtweg 19") is redacted whole, not only its last word; a determiner before the
street ("Deze Dorpsstraat 5") stays outside, and without a title a surname before "van" and a
street is the person and where they live ("G.A. Hiensch van Achterweg 25"). A form's section
letter before
"Contactpersoon" ("F. Contactpersoon bij afwezigheid") is no initial and surname. New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    kept_of_type,
    model,
    redacted_of_type,
)


def test_a_street_named_after_a_titled_person_is_redacted_whole(model) -> None:  # noqa: F811
    text = (
        "Melder: Anouk Verheijen, Prof. Willem van Lindestraat 18, 5341 KT Oss.\n"
        "Eigenaar hond: Ruud Smits, Mgr. van Heeswijkstraat 4a.\n"
        "Tweede adres: Dr. Frans Schutlaan 7.\n"
    )
    addresses = redacted_of_type(text, "address", use_model=True)
    assert "Prof. Willem van Lindestraat 18" in addresses
    assert "Mgr. van Heeswijkstraat 4a" in addresses
    assert "Dr. Frans Schutlaan 7" in addresses


def test_a_street_after_its_describing_word_is_redacted_whole(model) -> None:  # noqa: F811
    text = "De boom staat bij Hooge Akkerweg 12; de eigenaar woont Brabantse Kerkweg 3.\n"
    addresses = redacted_of_type(text, "address", use_model=True)
    assert addresses == ["Hooge Akkerweg 12", "Brabantse Kerkweg 3"]


def test_a_determiner_before_the_street_stays_outside(model) -> None:  # noqa: F811
    text = "Onze Molenstraat 8 ligt aan het water.\n"
    assert redacted_of_type(text, "address", use_model=True) == ["Molenstraat 8"]


def test_a_surname_before_van_and_a_street_stays_a_name(model) -> None:  # noqa: F811
    text = "Verzoeker: P.J. Roefs van Kerkweg 14, 5351 AB Berghem.\nR.M. Dekkers\nLindelaan 3\n"
    assert redacted_of_type(text, "address", use_model=True) == ["Kerkweg 14", "Lindelaan 3"]


def test_a_forms_section_letter_is_no_initial(model) -> None:  # noqa: F811
    text = (
        "Entingsbewijs en polisblad bijgevoegd.\n\n"
        "F. Contactpersoon bij afwezigheid\nSanne Bekkers (zus), 06-41825530.\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == ["Sanne Bekkers"]
