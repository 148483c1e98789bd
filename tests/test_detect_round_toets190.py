"""Lakken, ninety-fifth round (tuned on realistic_toets189 and realistic_toets190).

What the round added: the registration number of a Verklaring Sociale Hygiëne by its words, also
abbreviated ("VSH-registratie 358513", "Verklaring Sociale Hygiëne (registratienummer 479967)",
"<vsh_registratie>", a register's column "vsh_reg"); a boa's pass in brackets of its own in a
legend ("boa (pas 308463)"); a login after "(login"; a code before a person's name in brackets
that is also an abbreviation ("BV (Bart Veldkamp, bveldkamp)"), and a code before its own login
in brackets ("door BK (bkamphuis)", not "de kolom TB (toeristenbelasting)"); suicidal thoughts,
a depressive complaint, self-harm, problems with alcohol, alcohol use and a treatment for
anxiety as special data (not "verantwoord alcoholgebruik", a bar's course); a chat's sender
above the message with the surname first and the time ("Roeterink, Lisa 09:06"), a namesake
where the office holder of that surname is named by it alone, whose bare surname elsewhere is
then left to the holder; a legal form in a register's own column ("bv") keeps the KvK number of
that row. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted,
    spans,
)


def _values(text: str, kind: str, action: str = "redact") -> list[str]:
    return [v for k, v, a in spans(text, use_model=True) if k == kind and a == action]


def test_hygiene_certificate_numbers_by_their_words_and_abbreviations(model) -> None:  # noqa: F811
    text = (
        "a. leidinggevende J.P. van Dam – VSH-registratie 512238\n"
        "b. leidinggevende S. Aksoy, in het bezit van een Verklaring Sociale Hygiëne "
        "(registratienummer 604417).\n"
        "<leidinggevende><vsh_registratie>733190</vsh_registratie></leidinggevende>\n\n"
        "vergunningnr;inrichting;leidinggevende;vsh_reg;status\n"
        "AW-2025-0201;Eetcafe De Waag;Dam, J.P. van;512238;actief\n"
        "AW-2025-0202;Lunchroom Markt;Aksoy, S.;604417;actief\n"
    )
    numbers = _values(text, "document_number")
    assert numbers.count("512238") == 2
    assert numbers.count("604417") == 2
    assert "733190" in numbers


def test_a_boas_pass_in_brackets_of_its_own(model) -> None:  # noqa: F811
    text = (
        "Legenda: RB = R. Bosch, boa (pas 418263); TV = T. Vermeulen, boa (pas 559071); "
        "KD = K. Dekker, toezichthouder (login kdekker)\n\n"
        "23:40 RB en TV ter plaatse. kdekker gebeld.\n"
    )
    assert {"418263", "559071"} <= set(_values(text, "document_number"))
    assert _values(text, "name").count("kdekker") == 2


def test_a_code_before_a_name_or_its_own_login_in_brackets(model) -> None:  # noqa: F811
    text = (
        "Behandelaars: BV (Bram Verhoef, bverhoef), GK (Gerda Klompmaker, gklompmaker).\n\n"
        "| Zaak | Kind | Behandelaar |\n|---|---|---|\n| LP-2025-0101 | Jansen, T. | BV |\n\n"
        "Ontvangen: 3 november 2025 door HW (hwentink). Paraaf HW.\n"
    )
    names = _values(text, "name")
    assert names.count("BV") == 2
    assert names.count("HW") == 2


def test_a_column_named_in_brackets_is_no_code(model) -> None:  # noqa: F811
    text = "De kolom TB (toeristenbelasting) staat overal op 0,00; de kolom TB telt niet mee."
    assert "TB" not in _values(text, "name")


def test_more_words_for_mental_health_and_alcohol_are_special(model) -> None:  # noqa: F811
    text = (
        "De jongen heeft suïcidale gedachten geuit. Er is sprake van een "
        "depressieve klacht; zijn vader heeft problemen met drank. Moeder staat op een wachtlijst "
        "voor een traumabehandeling; het alcoholgebruik thuis is besproken.\n"
    )
    special = " | ".join(_values(text, "special"))
    for phrase in (
        "suïcidale gedachten",
        "depressieve klacht",
        "problemen met drank",
        "traumabehandeling",
        "alcoholgebruik",
    ):
        assert phrase in special, phrase


def test_a_chat_sender_named_like_a_bare_office_holder_is_a_namesake(model) -> None:  # noqa: F811
    text = (
        "Dijkstra, Femke 09:01\n"
        "Ja, verlengen tot 1 mei. En Marloes: de moeder vraagt of jij familie bent van raadslid "
        "Wolbersink. Gewoon nee zeggen.\n\n"
        "Wolbersink, Marloes 09:06\n"
        "Haha, alweer. Nee. Mijn schoonvader kent Wolbersink wel, van de voetbal.\n\n"
        "Dijkstra, Femke 09:10\n"
        "Ze vraagt het elke keer. Nee, geen familie.\n"
    )
    names = _values(text, "name")
    assert "Wolbersink, Marloes" in names
    assert "Dijkstra, Femke" in names
    assert "Wolbersink" not in names
    assert "Wolbersink" in _values(text, "name", "keep")


def test_a_bars_course_and_a_cut_on_glass_are_no_special_data(model) -> None:  # noqa: F811
    text = (
        "Alle barvrijwilligers hebben de instructie verantwoord alcoholgebruik (IVA) gevolgd. "
        "Veel glas bij de wipwap, mijn dochter heeft zich gesneden.\n"
    )
    assert _values(text, "special") == []


def test_a_legal_form_in_its_own_column_keeps_the_kvk_number(model) -> None:  # noqa: F811
    text = (
        "vergunningnr;inrichting;rechtsvorm;kvk;exploitant;leidinggevende;geb_datum\n"
        "AW-2024-0031;Eetcafe De Zwaan;eenmanszaak;71590384;Brink, T.;Brink, T.;1977-03-02\n"
        "AW-2025-0102;Brasserie Rivierzicht;bv;66201847;Dekker, M.;Dekker, M.;1985-11-20\n"
    )
    kvk = _values(text, "kvk")
    assert "71590384" in kvk
    assert "66201847" not in kvk
