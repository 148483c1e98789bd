"""Detection improvements made after the blind fifty-third and fifty-fourth toets sets
(publicatie/evaluation/realistic_toets53 and _toets54) were measured: an office after a name
that opens the next person's name, a form export's long quoted headers, a register's reviewer
and candidate columns, a header in three languages, the Polish birth cue "ur.", a first name
after a trade word, a mail's greeting and an abbreviated office. New variations, not copies of
the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import dates_of_birth, model, names_with_model, of_type  # noqa: F401 (fixture)


def test_an_office_after_a_login_belongs_to_the_next_name() -> None:
    text = (
        "22:05 MKB rgn\\tvoskuijlen  Burgemeester Hoefnagel (Zundert) ingelicht, geen GRIP.\n"
        "22:10 MKB rgn\\tvoskuijlen  inzet beëindigd.\n"
    )
    names = of_type(text, "name")
    assert names.count(("rgn\\tvoskuijlen", "redact")) == 2
    assert ("Hoefnagel", "keep") in names


def test_an_office_after_a_comma_belongs_to_the_next_initials() -> None:
    names = of_type("Aanwezig: P. de Graaff-Lom, wethouder J.K. Stroeve en de notulist.", "name")
    assert ("P. de Graaff-Lom", "redact") in names and ("J.K. Stroeve", "keep") in names


def test_an_office_with_its_portfolio_after_a_name_stays_that_persons() -> None:
    names = of_type("Opgesteld door: A.M. Heijstek  wethouder Sport, in maart.", "name")
    assert names == [("A.M. Heijstek", "keep")]


def test_a_form_export_with_long_quoted_questions() -> None:
    text = (
        '"Tijdstempel","Naam ouder/verzorger","Geboortedatum leerling",'
        '"Toestemming om gegevens te delen met de vervoerder van de pendelbus"\n'
        '"2025/06/02 19:41","Ilse Vreugdenhil","3-4-2012","Ja"\n'
        '"2025/06/02 20:03","K. Baltus","2012-10-17","Ja"\n'
    )
    assert dates_of_birth(text) == ["3-4-2012", "2012-10-17"]


def test_the_reviewer_column_of_a_register() -> None:
    text = (
        "nr\tnaam\tverlofsoort\tbeoordelaar\n"
        "1\tLeeman, G.\tbijzonder\tVersteegh, T.\n"
        "2\tKlapwijk, J.\tregulier\tVersteegh, T.\n"
        "3\tNijsse, A.\tbijzonder\tR. Bongaerts (gem.secr.)\n"
    )
    names = of_type(text, "name")
    assert names.count(("Versteegh, T.", "redact")) == 2
    assert ("R. Bongaerts", "keep") in names  # an office, abbreviated in the cell


def test_a_header_in_three_languages() -> None:
    text = (
        "nr  naam / imię i nazwisko / nume  kamer / pokój  telefoon\n"
        "1   Dorota Wiśniewska              3              +48 512 604 118\n"
        "2   Sorin Mărgineanu               7              06 8421 0597\n"
    )
    names = of_type(text, "name")
    assert ("Dorota Wiśniewska", "redact") in names and ("Sorin Mărgineanu", "redact") in names


def test_a_candidates_column_is_personal_outside_an_election() -> None:
    rows = "| nr | kandidaat | geb. |\n|---|---|---|\n| 1 | Oosterveen, Maud | 08.01.1990 |\n"
    assert ("Oosterveen, Maud", "redact") in of_type(rows, "name")
    election = "Uitslag verkiezing gemeenteraad, kandidatenlijst 3\n\n" + rows.replace(
        "geb.", "stemmen"
    ).replace("08.01.1990", "412")
    assert ("Oosterveen, Maud", "redact") not in of_type(election, "name")


def test_the_polish_birth_cue() -> None:
    assert dates_of_birth("Beller: Bogusław Witkowski, ur. 03.09.1988, tel. +48 604 217 839") == [
        "03.09.1988"
    ]
    assert dates_of_birth("Die Klägerin, geboren am 12.4.1961 in Emmerich") == ["12.4.1961"]
    assert dates_of_birth("Het duurde een uur. 03.09.1988 staat op de gevel.") == []


def test_a_first_name_after_a_trade_or_job_word(model) -> None:  # noqa: F811
    text = (
        "Graafwerk door Grondverzet Rinus Kilman (KvK 76203918) onder toezicht.\n"
        "Kraamverzorgster Rini Hoorweg gebeld: geen klachten.\n"
    )
    names = [n for n, _ in of_type(text, "name", use_model=True)]
    assert any("Rinus Kilman" in n for n in names) and any("Rini Hoorweg" in n for n in names)


def test_a_greeting_names_a_person_not_a_group() -> None:
    assert of_type("Goedemorgen Jorrit,\n\nHieronder de mail van de bewoner.", "name") == [
        ("Jorrit", "redact")
    ]
    for group in ("Beste raadsleden,", "Goedemiddag Team Vergunningen,", "Hallo Buurtbewoners,"):
        assert of_type(group + "\n\nDank voor uw reactie.", "name") == []
