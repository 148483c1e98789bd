"""Lakken, ninetieth round (tuned on realistic_toets173 to realistic_toets176).

What the round added: a noun that the document writes in small letters elsewhere ("onze
kelder", "tussen vinder en houder") is no surname where it opens a line, a sentence, an element
or a label's value ("Onderwerp: Kelder onder water", "Vinder Tjitske is gebeld"); an animal's
chip number in groups of three ("528 094 141 148 856", not a BSN in its first nine digits) and
its call name after the animal ('"soort": "kat", "roepnaam": "Mies"'); a clinic and a body of
animal protection are organisations ("Dierenkliniek De Polder", "Landelijke Inspectiedienst
Dierenbescherming"); an abbreviation is a person's initials in a legend that names the person
("PS = Priya Sewdien"); initials in a name column are found again below the table ("Opmerking
JB:"), and "akkoord" in a paraph's cell or "route" in "Paraafroute" is no name; a foundation's
account after its name stays visible; "Stemverklaring Kloosterboer" is a council member's; a
street's house number does not run into the date that opens a chat's next line; logins after
"Ontvangen door:", "Klachtcoördinator:" and before "ten behoeve van"; on a contact card, the
office holder that its note sets its person apart from ("NOTE:Niet het raadslid L. Tijink
(CDA)") is that office holder, and the card's own person is not.
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted,
    spans,
)


def _names(text: str, action: str = "redact") -> list[str]:
    return [v for k, v, a in spans(text, use_model=True) if k == "name" and a == action]


def test_a_theme_noun_opening_a_line_is_no_surname(model) -> None:  # noqa: F811
    text = (
        "Van: Henk Dijkstra <h.dijkstra@ziggo.nl>\n"
        "Onderwerp: Kelder onder water Dorpsstraat\n\n"
        "Geachte heer, mevrouw,\n\nGisteren liep onze kelder vol na de bui. De kelder is nu leeg.\n"
        "<omschrijving>Duiker onder de inrit zit dicht.</omschrijving> Wie beheert de duiker?\n"
    )
    names = _names(text)
    assert "Henk Dijkstra" in names
    assert "Kelder" not in names
    assert "Duiker" not in names


def test_a_theme_noun_written_as_a_name_elsewhere_stays_a_name(model) -> None:  # noqa: F811
    text = (
        "Onderwerp: Kelder onder water\n\n"
        "Onze kelder liep vol. Ik heb meneer Kelder van nummer 12 gevraagd te helpen.\n"
    )
    assert _names(text).count("Kelder") == 2


def test_a_noun_before_a_first_name_is_not_part_of_it(model) -> None:  # noqa: F811
    text = (
        "Houder gebeld om 09:10. Vinder Tjitske is om 09:15 gebeld en bedankt.\n"
        "Vindersloon is een zaak tussen vinder en houder.\n"
    )
    names = _names(text)
    assert "Tjitske" in names
    assert not any("Vinder" in name for name in names)


def test_an_animals_chip_number_in_groups_of_three() -> None:
    text = (
        "kater gechipt: 528 094 141 148 856, eigenaar verhuisd\n"
        "Chipnummer: 528 091 372 431 459\nBSN 123 456 782 staat in het dossier.\n"
    )
    found = redacted(text)
    assert ("document_number", "528 094 141 148 856") in found
    assert ("document_number", "528 091 372 431 459") in found
    assert ("bsn", "528 091 372") not in found
    assert ("bsn", "123 456 782") in found


def test_an_animals_call_name_after_the_animal(model) -> None:  # noqa: F811
    text = (
        '{"dossier": "AS-26-0012", "soort": "kat", "roepnaam": "Mies",\n'
        ' "eigenaar": {"naam": "Postma-Wind, Gerda"}}\n'
        "Labrador, reu, ca. 4 jaar, roepnaam Bruno, chip 528242523536222.\n"
        "Roepnaam van de melder: Jan (Johannes Veldkamp).\n"
    )
    names = _names(text)
    assert "Mies" not in names
    assert "Bruno" not in names
    assert "Postma-Wind, Gerda" in names


def test_a_clinic_and_an_inspection_body_are_organisations(model) -> None:  # noqa: F811
    text = (
        "De stichting laat de katten castreren bij Dierenkliniek De Polder, 0527 37 12 47.\n"
        "Rapport van de Landelijke Inspectiedienst Dierenbescherming, inspecteur Marloes "
        "Raadsveld.\n"
    )
    names = _names(text)
    assert "Marloes Raadsveld" in names
    assert not any("Polder" in name or "Dierenbescherming" in name for name in names)


def test_an_abbreviation_in_a_legend_naming_a_person() -> None:
    text = (
        "| dag | ochtend | avond |\n|---|---|---|\n| ma 22-06 | HP, CN | PS |\n"
        "| di 23-06 | PS | HP |\n\nLegenda\n- HP = Hidde Pasveer, 06-49125529\n"
        "- PS = Priya Sewdien, 06 2550 6299\n- HR = Human Resources\n"
    )
    found = redacted(text)
    assert found.count(("name", "PS")) == 3
    assert ("name", "HR") not in found


def test_initials_of_a_paraph_column_below_the_table_and_a_sign_off() -> None:
    text = (
        "Paraafroute\n| rol | naam | login | paraaf | datum |\n|---|---|---|---|---|\n"
        "| teamleider | Jeroen Bosgra | jbosgra | JB | 19-05 |\n"
        "| portefeuillehouder | wethouder B.H. Stellingwerf | - | akkoord | 22-05 |\n\n"
        "Opmerking JB: graag na het seizoen opschonen. Dekking akkoord.\n"
    )
    found = redacted(text)
    assert found.count(("name", "JB")) == 2
    assert not any(value in ("akkoord", "route") for _, value in found)


def test_a_foundations_account_after_its_name() -> None:
    text = (
        "De lespakketten betalen wij rechtstreeks aan Stichting Zwembaden Noordkop "
        "(NL67 RBRB 3224 5278 26). De 60 euro maken wij over op uw rekening "
        "NL65 TRIO 2097 9921 77.\n"
    )
    found = spans(text)
    assert ("iban", "NL67 RBRB 3224 5278 26", "keep") in found
    assert ("iban", "NL65 TRIO 2097 9921 77", "redact") in found


def test_a_vote_explanation_is_a_council_members(model) -> None:  # noqa: F811
    text = (
        "Ingediend door: H. Pasveer (GroenLinks)\n"
        'Stemverklaring Kloosterboer: "Wij zijn voor zwemles." Raadslid Kloosterboer voegt toe '
        "dat zijn naamgenoot Gerard Kloosterboer niets met het bad te maken heeft.\n"
    )
    assert "Kloosterboer" in _names(text, "keep")
    assert _names(text) == ["Gerard Kloosterboer"]


def test_a_house_number_does_not_run_into_a_chats_date() -> None:
    text = (
        "12-09-25 19:40 - +31632797190: Kan ik ook een ton krijgen? Duistervoordseweg\n"
        "12-09-25 19:44 - Ruud: ja\nHij woont aan de Kerkstraat\n12 in Twello.\n"
    )
    addresses = [value for kind, value in redacted(text) if kind == "address"]
    assert addresses == ["Kerkstraat\n12"]


def test_logins_of_who_received_handled_or_made_it(model) -> None:  # noqa: F811
    text = (
        "# aangemaakt 2026-03-02 08:14 door wscholtens ten behoeve van het overleg\n"
        "Ontvangen door: alammertink, 29-07-2025\n"
        '"opmerking": "behandeld door hrengelink i.p.v. de vaste behandelaar"\n'
        "Ontvangen door: balie, 3 mei\n"
    )
    names = _names(text)
    assert {"wscholtens", "alammertink", "hrengelink"} <= set(names)
    assert "balie" not in names


def test_the_office_holder_a_contact_cards_note_sets_apart(model) -> None:  # noqa: F811
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Tijink;Lotte;;;\nFN:Lotte Tijink\n"
        "ORG:Waterschap Vallei en Veluwe\nTEL;TYPE=CELL:0031 6 22 42 30 42\n"
        "NOTE:Niet het raadslid L. Tijink (CDA), ook niet verwant.\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Brinkerink;Gijs;;;\nFN:Gijs Brinkerink\n"
        "NOTE:Let op: niet verwarren met wethouder G.J. Brinkerink.\nEND:VCARD\n"
    )
    kept, names = _names(text, "keep"), _names(text)
    assert {"L. Tijink", "G.J. Brinkerink"} <= set(kept)
    assert {"Lotte Tijink", "Gijs Brinkerink"} <= set(names)
