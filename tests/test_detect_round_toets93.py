"""Detection improvements made after the blind ninety-third and ninety-fourth toets sets
(publicatie/evaluation/realistic_toets93 and _toets94) were measured: a paraph with a letter
with a diacritic, a V-nummer as an XML element, a sole trader's KvK number in a record of an
export that says "eenmanszaak", a mailbox that is a redacted person's first name, the chair of a
council committee named by its field; and, against redacting too much: foreign legal forms
(GmbH, Ltd) in a trade name, a form's steps with a dash, a switchboard's number, the
organisation's line for questions and an export's general number, a fund's and a rule's words.
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    names_with_model,
    redacted,
    redacted_names_with_model,
    spans,
)


def test_a_paraph_with_a_letter_with_a_diacritic(model) -> None:  # noqa: F811
    text = (
        "Klantmanager: Gerda Brüning (GBü) | Regeling: PW\n"
        "03-03-2025  GBü  Intake.\n05-03-2025  GBü  Huisbezoek.\n"
    )
    assert redacted_names_with_model(text).count("GBü") == 3


def test_a_v_nummer_as_an_xml_element() -> None:
    text = "<Persoon>\n  <VNummer>3318204756</VNummer>\n  <Naam>Semhar Tesfu</Naam>\n</Persoon>\n"
    assert ("document_number", "3318204756") in redacted(text)


def test_a_sole_traders_kvk_in_an_exports_record() -> None:
    text = (
        '<uittreksel type="eenmanszaak">\n  <kvkNummer>61234569</kvkNummer>\n</uittreksel>\n'
        '<uittreksel type="rechtspersoon">\n  <naam>Dijkhuis Holding B.V.</naam>\n'
        "  <kvkNummer>51234560</kvkNummer>\n</uittreksel>\n"
        '<uittreksel type="eenmanszaak">\n  <kvkNummer>41234561</kvkNummer>\n</uittreksel>\n'
    )
    kvk = {t: a for k, t, a in spans(text) if k == "kvk"}
    assert kvk == {"61234569": "redact", "51234560": "keep", "41234561": "redact"}


def test_a_mailbox_that_is_a_redacted_persons_first_name(model) -> None:  # noqa: F811
    text = "From: Morwenna Pascoe <morwenna@harbourlodges.co.uk>\nTo: toerisme@sluis.nl\n"
    found = {t: a for k, t, a in spans(text, use_model=True)}
    assert found["morwenna@harbourlodges.co.uk"] == "redact"
    assert found["Morwenna Pascoe"] == "redact"
    assert found["toerisme@sluis.nl"] == "keep"


def test_the_chair_of_a_council_committee_named_by_its_field(model) -> None:  # noqa: F811
    text = (
        "Gemeente Pekela - Commissie Ruimte en Economie, dinsdag 7 oktober 2025\n"
        "Aanwezig: K. Mulderij (voorzitter), J. Oosting; wethouder T. Hesselink\n"
        "Verslag: L. Bronsema (notulist)\n"
    )
    names = names_with_model(text)
    assert names["K. Mulderij"] == "keep"
    assert names["L. Bronsema"] == "redact"


def test_the_chair_of_an_objections_committee_is_not_kept_by_that_rule(model) -> None:  # noqa: F811
    text = (
        "Commissie Bezwaarschriften Pekela, hoorzitting 7 oktober 2025\n"
        "Aanwezig: K. Mulderij (voorzitter); bezwaarmaker de heer P. Kuiper\n"
    )
    names = names_with_model(text)
    assert names["P. Kuiper"] == "redact"


def test_foreign_legal_forms_make_an_organisation(model) -> None:  # noqa: F811
    text = (
        "Reisedienst Hoevelmann GmbH · Kalkarer Straße 12 · 47533 Kleve\n\n"
        "Sehr geehrte Damen und Herren,\n...\nMit freundlichen Grüßen\n"
        "Annegret Hoevelmann\nGeschäftsführerin, Reisedienst Hoevelmann GmbH\n"
    )
    names = redacted_names_with_model(text)
    assert "Reisedienst Hoevelmann GmbH" not in names
    assert "Annegret Hoevelmann" in names


def test_a_forms_steps_with_a_dash_are_no_names(model) -> None:  # noqa: F811
    text = "[Stap 1 - Over u]\nNaam: Trijntje Bosker\n[Stap 2 - Uw zorg]\nOmschrijving: eenzaam\n"
    names = redacted_names_with_model(text)
    assert "Stap" not in names
    assert "Trijntje Bosker" in names


def test_a_switchboards_number_and_the_general_line_for_questions_stay() -> None:
    text = (
        "Jan Verbrugge belt terug op 0117 457 386.\n\n"
        "Behandelaar: team Vergunningen, via 0117 457 000.\n\n"
        "telefoon_algemeen = 0115 45 50 01\n\n"
        "Vragen via 0118 41 24 07.\n"
    )
    phones = {t: a for k, t, a in spans(text) if k == "phone"}
    assert phones["0117 457 000"] == "keep"
    assert phones["0115 45 50 01"] == "keep"
    assert phones["0118 41 24 07"] == "keep"
    assert phones["0117 457 386"] == "redact"


def test_a_funds_and_a_rules_words_are_no_names(model) -> None:  # noqa: F811
    text = (
        "Op grond van de Subsidieregeling Fonds Vitale Kernen Hulst 2024 en de "
        "Standplaatsenregeling Terneuzen 2023 vraagt het Grensinfopunt Scheldemond om advies. "
        "Contact: Ilse Verstraete.\n"
    )
    names = redacted_names_with_model(text)
    for word in ("Kernen", "Standplaatsenregeling", "Grensinfopunt Scheldemond", "Grensinfopunt"):
        assert word not in names, word
    assert "Ilse Verstraete" in names
