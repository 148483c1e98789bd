"""Lakken, hundred-and-twelfth round (tuned on realistic_toets223 and realistic_toets224).

What the round added: the bank account of a club, a foundation or the municipality named as
such ("Rekening vereniging:", "IBAN stichting", "ten name van de vereniging", "t.n.v. Fanfare
..."), not past someone's own account ("niet op de verenigingsrekening maar op rekening ... ten
name van G.J. Roodhart") nor a partnership by name; a language desk and a town's bands are
organisations ("Taalhuis Ommen", "Harmonie Sint Caecilia"), also as "Jan van het Taalhuis",
while a chat's sender "Wiendra Taalhuis:" is still a person; a club's own name after its word
("Korfbalclub De Waard"); "Weg naar Laren 120" is a street; a postcode after "in" ("Parkweg 18 in
7772VR") and a home after "woont trouwens op" are someone's; an address after a person's part
in brackets ("(secretaris vereniging, Berkelsingel 18-2)") is that person's home; a chat's
sender who writes about the council member of that surname ("ook naar dat raadslid
Hengelbrok") is a namesake; a paraph after "akkoord", "gezien" or "Secretaris:", or before a
date; "Verwijs" and "Volgende" opening a sentence are words. New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    kept_of_type,
    model,
    redacted_of_type,
)


def test_a_clubs_account_named_as_such_is_kept(model) -> None:  # noqa: F811
    text = (
        "Rekeningnummer vereniging: NL49 RABO 0312 4456 79\n"
        "Wij maken het voorschot over op NL76 RABO 0312 4456 78 ten name van de stichting.\n"
        "Contributie graag op NL20 INGB 0001 2345 67 t.n.v. Fanfare Kunst Na Arbeid.\n"
    )
    assert kept_of_type(text, "iban", use_model=True) == [
        "NL49 RABO 0312 4456 79",
        "NL76 RABO 0312 4456 78",
        "NL20 INGB 0001 2345 67",
    ]


def test_a_persons_account_beside_the_clubs_word_is_redacted(model) -> None:  # noqa: F811
    text = (
        "Het voorschot is niet op de verenigingsrekening maar op rekening NL76 RABO 0312 4456 "
        "78 ten name van de heer P. Bosgra gestort.\n"
        "Pachter betaalt van rekening NL20 INGB 0001 2345 67 t.n.v. Maatschap Hoekstra-Dijkstra.\n"
    )
    assert redacted_of_type(text, "iban", use_model=True) == [
        "NL76 RABO 0312 4456 78",
        "NL20 INGB 0001 2345 67",
    ]


def test_language_desks_bands_and_clubs_are_no_persons(model) -> None:  # noqa: F811
    text = (
        "Het Taalhuis Ommen organiseert het taalcafé. Bestuur Harmonie Sint Caecilia vraagt "
        "subsidie. Ook Korfbalclub De Waard doet mee.\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == []


def test_a_person_of_the_language_desk_stays_a_person(model) -> None:  # noqa: F811
    text = (
        "[16-09-25 10:02:11] Wiendra Taalhuis: Wie kan er dinsdag?\n"
        "[16-09-25 10:05:40] Bas: Ik. Groet aan Willemien van het Taalhuis.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert any("Wiendra" in n for n in names)
    assert "Willemien" in names


def test_streets_and_postcodes_of_homes(model) -> None:  # noqa: F811
    text = (
        "Zijn moeder A. Bolhuis (Weg naar Laren 14, 7203 HE) betaalt mee.\n"
        "Ik woon op Kanaalweg 7 in 7771TK Hardenberg.\n"
        "Zij woont trouwens op Nijverheid 12, achter de hal.\n"
    )
    assert redacted_of_type(text, "address", use_model=True) == [
        "Weg naar Laren 14",
        "Kanaalweg 7",
        "Nijverheid 12",
    ]
    assert redacted_of_type(text, "postcode", use_model=True) == ["7203 HE", "7771TK"]


def test_an_address_after_a_persons_part_in_brackets_is_their_home(model) -> None:  # noqa: F811
    text = "Afschrift: J. Wolters (penningmeester vereniging, Spoorstraat 40, 7201 AB)\n"
    assert redacted_of_type(text, "address", use_model=True) == ["Spoorstraat 40"]
    assert redacted_of_type(text, "postcode", use_model=True) == ["7201 AB"]


def test_a_chat_sender_writing_about_the_council_member_is_a_namesake(model) -> None:  # noqa: F811
    text = (
        "11-10-2025 20:01 - Kees Brinkhuis: De gemeente wil het geld terug.\n"
        "11-10-2025 20:03 - Kees Brinkhuis: Klopt. Ik mailde ook dat raadslid Brinkhuis.\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == ["Kees Brinkhuis", "Kees Brinkhuis"]
    assert kept_of_type(text, "name", use_model=True) == ["Brinkhuis"]


def test_paraphs_after_a_signing_word_or_before_a_date(model) -> None:  # noqa: F811
    text = (
        "Tweede lezer: T. Bruggink (jurist), akkoord TB 12-03.\n"
        "Secretaris mr. W. Kamphuis.\n"
        "Secretaris: WK   Voorzitter: wethouder Smit\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "TB" in names
    assert "WK" in names


def test_a_roles_label_after_paraaf_is_no_paraph(model) -> None:  # noqa: F811
    text = "Behandelaar: Femke Groen (jurist)\nParaaf FG: Femke Groen\n"
    assert "FG" not in redacted_of_type(text, "name", use_model=True)


def test_instructions_opening_a_sentence_are_words(model) -> None:  # noqa: F811
    text = (
        "Dat hoort niet bij ons. Verwijs naar het Juridisch Loket.\n"
        "Afgehandeld: nee. Volgende actie: 8 juli 2025.\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == []
