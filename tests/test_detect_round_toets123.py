"""Detection improvements made in the sixty-fifth round, after the blind sets toets123 and
toets124 (publicatie/evaluation/realistic_toets123 and _toets124) were measured: the surname in
the column after a first name in a CSV row (it was lost when the first name looked for a given
name after it), initials after a surname ("Bloemendal H."), the article of an Arabic surname
("El Idrissi, A."), a query tool's columns parted by one space, Oracle's dates, a licensee's
SVH number column, a dBase register printed by dbfdump, "postal_code" and "PCODE" columns, a few
health, religion, criminal and debt phrases; and against over-redaction: a legal form is no
initials, a policy on wage garnishment and an epidemic are nobody's data. Five tests are guards
that passed before the round too (a surname that takes the initials after its comma, a legal
form, three policy sentences). New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from tests.detect_helpers import redacted, redacted_of_type, spans


def test_the_last_name_column_after_a_first_name_column_stays_redacted() -> None:
    text = (
        "order,first_name,last_name,phone\n"
        "A-17,Sanne,Verbruggen,+31640918273\n"
        "A-18,Joep,Kwaaitaal,+31611872093\n"
    )
    names = redacted_of_type(text, "name")
    assert names == ["Sanne", "Verbruggen", "Joep", "Kwaaitaal"]


def test_a_surname_written_before_its_given_name_still_takes_it_along() -> None:
    names = redacted_of_type("Ingediend door: Brinkhuis, P.J. op 3 maart.", "name")
    assert names == ["Brinkhuis, P.J."]


def test_initials_after_a_surname_are_part_of_the_name() -> None:
    text = (
        "Aanvrager: Terlouw R. (bouwdossier 1975-0031)\n"
        "data/BNK/1975-0031 Lijsterbeslaan 7 - Terlouw R./0001.tif\n"
        "data/BNK/1988-0152 Schapenlaan 62 - Kortenhoeven-Smit A.J./brief.wpd\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names.count("Terlouw R.") == 2
    assert "Kortenhoeven-Smit A.J." in names


def test_a_legal_form_after_a_name_is_no_initials() -> None:
    text = "De opdracht ging naar Timmerbedrijf Oudejans B.V. in Bunnik."
    names = redacted_of_type(text, "name", use_model=True)
    assert not any(name.endswith("B.V.") and " " in name for name in names)


def test_the_article_of_an_arabic_surname_is_part_of_the_name() -> None:
    text = "Eigenaar: El Haddouchi, K.\nGebruiker: Al Mansouri, Y.\n"
    names = redacted_of_type(text, "name")
    assert names == ["El Haddouchi, K.", "Al Mansouri, Y."]


def test_a_query_tool_column_parted_by_one_space_is_read_on_its_own() -> None:
    text = (
        "ACHTERNAAM           VOORL  GEB_DATUM SVH_NR\n"
        "-------------------- ------ --------- -------\n"
        "Verhoeven            J.     14-SEP-61 5120348\n"
        "Mutlu                E.     03-MAY-90 6613072\n"
    )
    found = redacted(text)
    assert ("dob", "14-SEP-61") in found
    assert ("dob", "03-MAY-90") in found
    assert ("document_number", "5120348") in found
    assert ("name", "Mutlu") in found


def test_a_dbase_register_printed_by_dbfdump_is_read_by_its_fields() -> None:
    text = (
        "$ dbfdump --fields NR,NAAM,VOORN,GEBDAT,ADRES,PCODE,SOORT REGISTER.DBF\n"
        "93/004:KUIJPERS:Wilhelmina:19480312:MOLENSTRAAT 14:5581GT:DHW\n"
        "* 95/002:ROOIJAKKERS:Hendrikus:19611107:DE ZANDERIJ 3:5582KL:SLIJ\n"
    )
    found = redacted(text)
    for value in ("KUIJPERS", "Wilhelmina", "ROOIJAKKERS", "Hendrikus"):
        assert ("name", value) in found
    assert ("dob", "19480312") in found and ("dob", "19611107") in found
    assert ("address", "MOLENSTRAAT 14") in found
    assert ("postcode", "5582KL") in found
    assert not any(value in ("DHW", "SLIJ", "93/004") for _, value in found)


def test_the_field_list_of_dbfdump_info_names_the_columns_of_a_plain_dump() -> None:
    text = (
        "Field info:\n"
        "Num  Name      Type  Len  Decimal\n"
        "1.   NAAM      C     30   0\n"
        "2.   GEBDAT    D     8    0\n"
        "\n"
        "$ dbfdump HOREGIST.DBF\n"
        "BRUGMANS:19590214\n"
    )
    found = redacted(text)
    assert ("name", "BRUGMANS") in found
    assert ("dob", "19590214") in found


def test_a_postal_code_column_of_an_export_is_a_persons_postcode() -> None:
    text = (
        "ticket,first_name,last_name,postal_code\n"
        "T-1,Roos,Habraken,5691 KP\n"
        "T-2,Daan,Swinkels,5692 AB\n"
    )
    assert redacted_of_type(text, "postcode") == ["5691 KP", "5692 AB"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Het dossier werd gesloten na psychiatrische behandeling van de aanvrager.",
         "psychiatrische behandeling"),
        ("De bouw liep vertraging op omdat de eigenaar tuberculose had.", "tuberculose had"),
        ("Zij heeft aangifte gedaan wegens stalking door haar ex.", "wegens stalking"),
        ("De medewerker was overspannen volgens de bedrijfsarts.",
         "overspannen volgens de bedrijfsarts"),
        ("Geb.plaats: Odijk   Godsd.: Ned. Herv.   Beroep: bakker", "Ned. Herv."),
        ("Ik slaap slecht want ik heb slaapapneu.", "slaapapneu"),
        ("Een bezoeker kreeg een epileptische aanval bij de bar.", "epileptische aanval"),
        ("Hij zegt dat hij ADHD-medicatie gebruikt.", "ADHD-medicatie"),
        ("Hij drinkt niet meer sinds zijn alcoholbehandeling.", "alcoholbehandeling"),
    ],
)  # fmt: skip
def test_special_phrases_of_the_round_are_flagged(text: str, phrase: str) -> None:
    assert ("special", phrase, "redact") in spans(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("De vergunning is ingetrokken, aanvrager failliet verklaard.",
         "aanvrager failliet verklaard"),
        ("Mevrouw is in 2021 onder bewind gesteld.", "is in 2021 onder bewind gesteld"),
        ("Dossier P-0211 (loonbeslag deurwaarder)", "loonbeslag deurwaarder"),
        ("Van 2015 tot 2018 heb ik in de Wsnp gezeten.", "in de Wsnp gezeten"),
        ("Zij heeft Wsnp-traject in 2020 afgerond.", "heeft Wsnp-traject"),
        ("Notitie: belastingschuld ca. € 27.500 (2024).", "belastingschuld ca. € 27.500"),
    ],
)  # fmt: skip
def test_debts_of_the_round_are_redacted(text: str, phrase: str) -> None:
    assert ("financial", phrase, "redact") in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "De regeling voor loonbeslag is dit jaar gewijzigd.",
        "Tijdens corona had de gemeente extra werk.",
        "De B.V. is in 2019 failliet verklaard.",
    ],
)
def test_policy_words_of_the_round_are_nobodys_data(text: str) -> None:
    assert not [s for s in spans(text) if s[0] in ("special", "financial")]
