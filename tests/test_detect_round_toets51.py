"""Detection improvements made after the blind fifty-first and fifty-second toets sets
(publicatie/evaluation/realistic_toets51 and _toets52) were measured: a fixed-width table whose
header has a footnote mark, the Belgian birth sign "°", attendance labels in minutes, the author
of a note with the date in brackets, a signature row of several names in columns, the office
before a name in brackets, and Frisian offices. New variations, not copies of the evaluation
documents.
"""

from __future__ import annotations

from tests.detect_helpers import dates_of_birth, model, names_with_model, of_type  # noqa: F401 (fixture)


def test_a_fixed_width_table_with_a_footnote_mark_in_its_header() -> None:
    text = (
        "Nr  Naam                  Geb.datum   Adres                    Pb-B*  Oordeel\n"
        "01  Peeters, W.J.         12-03-1950  Dorpsstraat 4, 6024 AJ   1,9    verhoogd\n"
        "02  Peeters-Aerts, M.     05-11-1952  Dorpsstraat 4, 6024 AJ   0,8    normaal\n"
        "03  Claes, E.             23-06-1979  Lindeweg 3, 6024 AP      0,4    normaal\n"
        "\n* Pb-B in µg/l.\n"
    )
    assert dates_of_birth(text) == ["12-03-1950", "05-11-1952", "23-06-1979"]


def test_the_belgian_birth_sign() -> None:
    assert dates_of_birth(
        "een signaal over Lotte Wouters (°09.08.2014, rijksregisternummer ...)"
    ) == ["09.08.2014"]
    assert dates_of_birth("Het was 21° op 12-05-2019 in de tuin.") == []


def test_people_in_an_attendance_list() -> None:
    text = "Afwezig met bericht: Sjoerd Zwaagstra (HA 12)\nAanwezig: wethouder P. Jansen\n"
    names = of_type(text, "name")
    assert ("Sjoerd Zwaagstra", "redact") in names and ("P. Jansen", "keep") in names


def test_the_author_of_a_note_with_the_date() -> None:
    text = "Aantekening Vastgoed (Folkert Dijkhoff, 14-03): verhuisauto geboekt op de vrachtboot."
    assert of_type(text, "name") == [("Folkert Dijkhoff", "redact")]


def test_a_signature_row_of_names_in_columns(model) -> None:  # noqa: F811
    text = (
        "De gemeente Terschelling, vertegenwoordigd door de burgemeester, R. Hoekstra, "
        "hierna: verhuurder.\n\nAldus getekend,\n\n"
        "verhuurder   huurder        medehuurder\n"
        "R. Hoekstra  T.J. Zwaneveld  A. Brouwer\n"
    )
    found = of_type(text, "name", use_model=True)
    assert found.count(("R. Hoekstra", "keep")) == 2
    assert ("T.J. Zwaneveld", "redact") in found and ("A. Brouwer", "redact") in found


def test_the_office_before_a_name_in_brackets() -> None:
    assert of_type("De burgemeester (K.L. Hiemstra) is ingelicht.", "name") == [
        ("K.L. Hiemstra", "keep")
    ]
    spokesperson = "De burgemeester (Anke Visser, woordvoerder) belt terug."
    assert of_type(spokesperson, "name") == [("Anke Visser", "redact")]


def test_frisian_offices(model) -> None:  # noqa: F811
    text = "Wy hawwe it besprutsen mei wethâlder T. Sikkema en boargemaster J. de Vries."
    names = names_with_model(text)
    assert names["T. Sikkema"] == "keep" and names["J. de Vries"] == "keep"


def test_an_english_date_of_birth_is_found_again_in_another_notation() -> None:
    # the months live in one table; English full names give a date's value too
    text = "Date of birth: 3 May 1961. Op het formulier staat 03-05-1961 als geboortedag."
    assert dates_of_birth(text) == ["3 May 1961", "03-05-1961"]
