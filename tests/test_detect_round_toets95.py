"""Detection improvements made after the blind ninety-fifth and ninety-sixth toets sets
(publicatie/evaluation/realistic_toets95 and _toets96) were measured, all against redacting too
much: a hearing's and a family's roles as speakers, an organisation's line for faults, its
general number as an export's element and the municipality's line in a sentence, a mailbox
announced as the general one, a sports club, a foundation named like a sole trader, words that
open a chat message, German nouns of money and a language after another one.
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    redacted_names_with_model,
    spans,
)


def test_a_hearings_and_a_familys_roles_as_speakers(model) -> None:  # noqa: F811
    text = (
        "Aanwezig: mevrouw T. Gorinchem (hoorster), de heer B. Vuijk (bezwaarmaker) en zijn zoon\n"
        "[00:00:03] HOORSTER: Goedemorgen, u spreekt met mevrouw Gorinchem.\n"
        "[00:00:09] BEZWAARMAKER: Goedemorgen.\n"
        "[00:00:12] ZOON: Ik luister mee, mijn vader hoort slecht.\n"
        "[00:00:20] HOORSTER: Dat is goed.\n"
    )
    names = redacted_names_with_model(text)
    assert "HOORSTER" not in names and "ZOON" not in names
    assert "T. Gorinchem" in names and "B. Vuijk" in names


def test_an_organisations_line_for_faults_and_its_general_number_in_an_export() -> None:
    text = (
        "Lekkage gemeld bij het waterbedrijf (storingsnummer 073 683 80 00, 24 uur per dag).\n"
        "Bewoner A. Zwanenburg belde vanaf 06 2281 4457.\n"
        "<Bedrijf>\n  <Naam>Havenbedrijf Kooyhaven B.V.</Naam>\n"
        "  <AlgemeenNummer>0223 53 22 10</AlgemeenNummer>\n"
        "  <Contact><Naam>P. Stolk</Naam><Telefoon>0223 53 22 47</Telefoon></Contact>\n"
        "</Bedrijf>\n"
    )
    phones = {t: a for k, t, a in spans(text) if k == "phone"}
    assert phones["073 683 80 00"] == "keep"
    assert phones["0223 53 22 10"] == "keep"
    assert phones["06 2281 4457"] == "redact"
    assert phones["0223 53 22 47"] == "redact"


def test_the_municipalitys_line_in_a_sentence() -> None:
    text = (
        "Voor vragen kunt u bellen met de gemeente Hollands Kroon via 0224 29 22 22 of met "
        "de heer K. Wijdenes via 0224 29 23 61.\n"
    )
    phones = {t: a for k, t, a in spans(text) if k == "phone"}
    assert phones == {"0224 29 22 22": "keep", "0224 29 23 61": "redact"}


def test_a_mailbox_announced_as_the_general_one() -> None:
    text = (
        "Stuur het rapport naar het algemene adres loodsdienst.vlissingen@loodswezen.nl en niet "
        "naar mij (r.verhage@loodswezen.nl).\n"
        "[contact]\nemail_functioneel = milieuteam.west@odnhn.nl\nemail = b.zeeman@odnhn.nl\n"
    )
    mails = {t: a for k, t, a in spans(text) if k == "email"}
    assert mails["loodsdienst.vlissingen@loodswezen.nl"] == "keep"
    assert mails["milieuteam.west@odnhn.nl"] == "keep"
    assert mails["r.verhage@loodswezen.nl"] == "redact"
    assert mails["b.zeeman@odnhn.nl"] == "redact"


def test_a_sports_club_is_no_person(model) -> None:  # noqa: F811
    text = (
        "dossier;vereniging;contactpersoon;bedrag\n"
        "TEG-11;Golfclub Ameide;Wieke Broekhuizen;€ 2.100,00\n"
        "TEG-12;Hockeyclub Lexmond;Dirk-Jan Verhoef;€ 1.450,00\n"
    )
    names = redacted_names_with_model(text)
    assert not any("club" in n for n in names)
    assert "Wieke Broekhuizen" in names and "Dirk-Jan Verhoef" in names


def test_a_foundation_named_like_a_sole_trader() -> None:
    foundation = "De subsidie gaat naar Stichting Zorgboerderij Henk Walraven in Heukelum.\n"
    sole_trader = "De subsidie gaat naar Zorgboerderij Henk Walraven in Heukelum.\n"
    assert ("name", "Zorgboerderij Henk Walraven") not in {
        (k, t) for k, t, a in spans(foundation) if a == "redact"
    }
    assert ("name", "Zorgboerderij Henk Walraven") in {
        (k, t) for k, t, a in spans(sole_trader) if a == "redact"
    }


def test_words_that_open_a_chat_message(model) -> None:  # noqa: F811
    text = (
        "[14-05-2025 20:11] Tijmen Boer: Jongens, de subsidie is binnen!\n"
        "[14-05-2025 20:12] Ria Heijkoop: Oei. Dat had ik niet verwacht.\n"
        "[14-05-2025 20:13] Tijmen Boer: Mooi zo. Helaas moet de kantine nog wachten.\n"
    )
    names = redacted_names_with_model(text)
    assert {"Jongens", "Oei", "Mooi", "Helaas"}.isdisjoint(names)
    assert "Tijmen Boer" in names and "Ria Heijkoop" in names


def test_german_nouns_of_money_and_a_language_after_another(model) -> None:  # noqa: F811
    text = (
        "Sehr geehrte Damen und Herren,\n"
        "Das Bußgeld von 400 Euro und das Zwangsgeld halte ich für überzogen. Ich bitte um eine "
        "Antwort auf Deutsch.\nMit freundlichen Grüßen\nHelmut Brinkhaus\n\n"
        "Samenvatting: de heer Brinkhaus vraagt een antwoord in het Duits of Engels.\n"
    )
    names = redacted_names_with_model(text)
    assert not any(n.endswith("geld") for n in names)
    assert "Engels" not in names
    assert "Helmut Brinkhaus" in names
