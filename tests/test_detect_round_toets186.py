"""Lakken, ninety-third round (tuned on realistic_toets185 and realistic_toets186).

What the round added: a minute's list of those present with a code, a dash and a title
("RK – de heer R.P. Kranenburg, bezwaarmaker") makes the codes paraphs, also as speakers
("RK: Dank u."); a boa's pass in a legend's brackets ("(boa, pas 828756)"), a building
inspector's "legitimatiebewijs", a worker's "Werkpas", the number of a licensee's Verklaring
Sociale Hygiëne and a VOG's application number in an export ('"vog": {"aanvraagnummer": ...')
are personal numbers; a mail's sender with a private mailbox ("Van: Hesseling, Tineke
<t.hesseling62@ziggo.nl>") is a namesake, not the office holder of that surname, and so is the
same name with the first name first ("Tineke Hesseling"), unless a holder in the document has
that first name (a council member mailing from home stays the holder). New variations, not
copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted,
    spans,
)


def _values(text: str, kind: str, action: str = "redact") -> list[str]:
    return [v for k, v, a in spans(text, use_model=True) if k == kind and a == action]


def test_a_list_of_those_present_with_dashes_names_the_codes(model) -> None:  # noqa: F811
    text = (
        "Verslag hoorzitting bezwaarcommissie\n"
        "Aanwezig:\n"
        "GB – de heer G.J. Bosveld, bezwaarmaker\n"
        "LT – mr. L.M. Terlouw, gemachtigde\n\n"
        "GB: Ik heb de brief pas laat ontvangen.\n"
        "LT: Namens mijn cliënt wil ik daar iets aan toevoegen.\n"
        "GB: Dat klopt.\n"
    )
    names = _values(text, "name")
    assert names.count("GB") == 3
    assert names.count("LT") == 2


def test_a_list_of_bodies_with_dashes_names_no_codes(model) -> None:  # noqa: F811
    text = "Afkortingen:\nAB – Algemeen Bestuur\nDB – Dagelijks Bestuur\n\nHet AB besluit.\n"
    names = _values(text, "name")
    assert "AB" not in names
    assert "DB" not in names


def test_passes_of_boas_inspectors_and_workers_are_redacted(model) -> None:  # noqa: F811
    text = (
        "Legenda: TH = Tom Haverkamp (boa, pas 512906), LV = Lisa Verbeek (boa, pas 530177)\n"
        "KS = Kees Smit, toezichthouder bouw, legitimatiebewijs 661045\n"
        "NOTE:Werkpas 704218; bedrijfsbus.\n"
    )
    numbers = _values(text, "document_number")
    for number in ("512906", "530177", "661045", "704218"):
        assert number in numbers


def test_a_social_hygiene_diploma_number_is_redacted(model) -> None:  # noqa: F811
    text = (
        "a. Naam: Verhoef, Bram\n   Verklaring Sociale Hygiëne: 271836\n"
        "NOTE:Verklaring Sociale Hygiëne nr. 390417. KvK 49437706.\n"
    )
    numbers = _values(text, "document_number")
    assert "271836" in numbers
    assert "390417" in numbers


def test_a_vogs_application_number_in_an_export_is_redacted(model) -> None:  # noqa: F811
    text = (
        '{"vrijwilligers": [\n  {"naam": "Bosman, Iris", "functie": "trainer",\n'
        '   "vog": {"aanvraagnummer": "61837204", "afgegeven": "2025-08-19"}}\n]}\n'
    )
    assert "61837204" in _values(text, "document_number")


def test_a_sender_with_a_private_mailbox_is_a_namesake(model) -> None:  # noqa: F811
    text = (
        "Van: Veldkamp, Irene <i.veldkamp71@ziggo.nl>\n"
        "Aan: Vergunningen <vergunningen@hoogeveen.nl>\n"
        "Onderwerp: bouwen zonder vergunning\n\n"
        "Geachte heer, mevrouw,\n\nMijn buurman bouwt zonder vergunning.\n\n"
        "Met vriendelijke groet,\nIrene Veldkamp\n\n"
        "Afschrift: griffier I. Veldkamp (ter kennisname)\n"
    )
    names = _values(text, "name")
    assert "Veldkamp, Irene" in names
    assert "Irene Veldkamp" in names
    assert "I. Veldkamp" in _values(text, "name", "keep")


def test_a_council_member_mailing_from_home_stays_the_holder(model) -> None:  # noqa: F811
    text = (
        "Raadslid Marijke Doornbos-Kuiper heeft vragen gesteld over het sportpark.\n\n"
        "-----\nVan: Marijke Doornbos-Kuiper <marijke.doornbos@gmail.com>\n"
        "Aan: griffie@woerden.nl\nOnderwerp: vragen sportpark\n\n"
        "Beste griffie,\n\nGraag deze vragen doorzetten.\n\nGroet,\nMarijke Doornbos-Kuiper\n"
        "raadslid CDA\n"
    )
    assert "Marijke Doornbos-Kuiper" not in _values(text, "name")
