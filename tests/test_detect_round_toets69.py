"""Detection improvements made after the blind sixty-ninth and seventieth toets sets
(publicatie/evaluation/realistic_toets69 and _toets70) were measured: a council member of a
local party in a list of signatories with national parties, the dates of birth of several
people on one line, a house number in words after a street, and special data in a compound or
in English. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import model, of_type, redacted_of_type  # noqa: F401 (fixture)


def test_a_local_party_among_national_parties_under_a_motion(model) -> None:  # noqa: F811
    text = (
        "en gaat over tot de orde van de dag.\n\n"
        "W.J. Akkerdijk-Voorn (Lokaal Belang Westland)\n"
        "Sanne Brouwershaven (CDA)\n"
        "P. Oudelaar (D66)\n\n"
        "Insprekers: Jan Verwoerd-Kaag (Buurtvereniging Oost)\n"
    )
    names = dict(of_type(text, "name", use_model=True))
    assert names.get("W.J. Akkerdijk-Voorn") == "keep"
    assert names.get("Sanne Brouwershaven") == "keep"
    # a resident with an association in brackets, outside the block of council members
    assert names.get("Jan Verwoerd-Kaag") == "redact"


def test_the_dates_of_birth_of_several_people_on_one_line() -> None:
    text = "Geboortedata volgens BRP (intern): 21-04-1968 en 11/09/1970.\nBesluit van 12-03-2025.\n"
    assert redacted_of_type(text, "dob") == ["21-04-1968", "11/09/1970"]


def test_a_house_number_in_words_after_the_street() -> None:
    text = "Ik woon op de Molenstraat nummer zeuventien, naast de bakker.\n"
    # since round 44 the street is part of the span: "Molenstraat nummer zeuventien"
    assert any("nummer zeuventien" in a for a in redacted_of_type(text, "address"))


def test_special_data_in_a_compound_and_in_english() -> None:
    text = (
        "Foto 3 toont de insulinepennen van de eigenaar.\n"
        "Worker 12: type 1 diabetic. My husband uses a wheelchair.\n"
    )
    special = redacted_of_type(text, "special")
    for phrase in ("insulinepennen", "type 1 diabetic", "uses a wheelchair"):
        assert phrase in special, phrase
