"""Lakken, seventy-eighth round (tuned on realistic_toets154 and _toets155).

What the round added: the names a document gives to its animals ("de hond Bikkel", "Bruno
(reu)", '"pet_name": "Saar"', "Flip;Kat;Vaccinatie") are kept with their reason, unless the
document also writes the word as part of a person's name; a breed is no name ("Jack Russell").
A namesake left redacted with a written first name ("Dirk Kooijman") owns that name elsewhere
and the mentions by its initial or login ("Kooijman, D.", "rschuurman") where no office holder
of that surname has that letter; a first name in the sentence of the holder named by office and
surname alone is someone else; "familie van u" tells of namesakes. A team mailbox named after
its subject ("funderingsloket@", "schade.nl@") is functional, and a landline offered with it
("mailen naar ... of bellen met 0182 ..."), behind a menu choice ("(0172-524578, keuze 4)") or
as the line to report on ("Buren melden via ...") is the organisation's. "Mijn KvK is ..." is a
sole trader's; "gecontroleerd: ID-kaart" names no person; an unallocated mobile number in a CSV
cell is redacted. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from publicatie.animals import breed_name, pet_names
from tests.detect_helpers import (  # noqa: F401
    model,
    spans,
)


def test_the_names_a_document_gives_to_its_animals(model) -> None:  # noqa: F811
    text = (
        "Mijn hond Pip is weg. Naam dier : Bruno (reu, 4 jaar)\n"
        '{"pet_name": "Saar"}\nMoos;Konijn;Nagels knippen\nBolt, Hollandse herder\n'
        "Is Rex een erkende hulphond?\n"
    )
    assert pet_names(text, []) == {"Pip", "Bruno", "Saar", "Moos", "Bolt", "Rex"}
    assert breed_name("Jack Russell") and not breed_name("Jan Russell")


def test_a_word_written_as_part_of_a_persons_name_is_no_animal() -> None:
    text = "De hond Pip liep los; P. Pip betaalt.\nDe eigenaar, meneer Vos, kwam met kat Vos.\n"
    assert pet_names(text, ["P. Pip"]) == frozenset()
    assert pet_names(text, []) == {"Pip"}


def test_pets_stay_visible_and_their_owners_do_not(model) -> None:  # noqa: F811
    text = (
        "Melding 14 juni: de hond Bikkel van meneer T. Hesselink is broodmager. Bikkel "
        "stond de hele dag buiten; Hesselink was in het ziekenhuis.\n"
        "Dossier: Bolt (Mechelse herder), eigenaar Marco Hilbrands, Dorpsstraat 12 Dalen. "
        "Bolt beet op 3 mei een fietser.\n"
    )
    found = spans(text, use_model=True)
    assert not [f for f in found if f[1] in ("Bikkel", "Bolt") and f[2] == "redact"]
    assert ("name", "Marco Hilbrands", "redact") in found
    assert ("name", "T. Hesselink", "redact") in found


def test_an_initial_of_a_redacted_namesake_is_not_the_office_holder(model) -> None:  # noqa: F811
    text = (
        'Opleverpunten Kerkstraat\nSN-101,Kerkstraat 4,Scheur,Gereed,"Brinkhuis, P.",'
        '"Brinkhuis, D."\n\nDe woning aan de Kerkstraat 4 is van onze uitvoerder Daan '
        "Brinkhuis; hij en bewoner Pieter Brinkhuis zijn broers. Wethouder Brinkhuis kent de "
        "familie niet.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Brinkhuis", "keep") in found  # the wethouder
    assert ("name", "Brinkhuis, P.", "redact") in found
    assert ("name", "Brinkhuis, D.", "redact") in found


def test_a_subject_mailbox_and_the_line_offered_with_it_stay_visible(model) -> None:  # noqa: F811
    text = (
        "Wie iets wil doorgeven kan mailen naar funderingsloket@krimpenerwaard.nl of bellen "
        "met 0182-390084. Schade aan de auto? Mail schade.nl@crawco-nl.com.\n"
        "Het loket gebruikt een eigen lijn (0172-524578, keuze 4). Buren melden via "
        "0172-524579. Vragen daarover via 0172-524580.\n"
    )
    found = spans(text, use_model=True)
    for value in ("funderingsloket@krimpenerwaard.nl", "schade.nl@crawco-nl.com"):
        assert ("email", value, "keep") in found
    phones = {(text.lstrip("("), action) for kind, text, action in found if kind == "phone"}
    for value in ("0182-390084", "0172-524578", "0172-524579", "0172-524580"):
        assert (value, "keep") in phones


def test_a_persons_direct_line_after_a_mailbox_stays_redacted(model) -> None:  # noqa: F811
    text = "Bel Petra Hoogland via fg@krimpenerwaard.nl of via 0182-390099.\n"
    found = spans(text, use_model=True)
    assert ("phone", "0182-390099", "redact") in found


def test_a_first_name_in_the_sentence_of_the_bare_holder_is_someone_else(model) -> None:  # noqa: F811
    text = (
        "Van: Anke Mulder <a.mulder@hardenberg.nl>\nAan: Rik Schuurman\n\n"
        "BB6217;17-03-2025;Loslopende hond;Langewijk;rschuurman\n\n"
        "Wethouder Schuurman vroeg gisteren aan Rik Schuurman of er al was ingegrepen.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Schuurman", "keep") in found  # the wethouder
    assert found.count(("name", "Rik Schuurman", "redact")) == 2
    assert ("name", "rschuurman", "redact") in found


def test_kin_asked_about_in_a_hearing_makes_namesakes(model) -> None:  # noqa: F811
    text = (
        "Dit is de hoorzitting over het bezwaar van de heer Hilbrands tegen het muilkorfgebod.\n"
        "[00:04:20] S. Wiegman: Is raadslid B. Hilbrands familie van u?\n"
        "[00:04:25] M. Hilbrands: Mijn neef. Maar raadslid Hilbrands heeft hier niets mee te "
        "maken.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "B. Hilbrands", "keep") in found
    assert ("name", "Hilbrands", "keep") in found  # "raadslid Hilbrands"
    assert ("name", "Hilbrands", "redact") in found  # "de heer Hilbrands", the objector


def test_a_kvk_number_a_person_calls_their_own_is_redacted(model) -> None:  # noqa: F811
    text = (
        "Betalen kan op mijn rekening t.n.v. G. Bikker. Mijn KvK is 93812711. De aannemer, "
        "Bouwbedrijf Lek B.V., heeft KvK 22101749.\n"
    )
    found = spans(text, use_model=True)
    assert ("kvk", "93812711", "redact") in found
    assert ("kvk", "22101749", "keep") in found


def test_an_identity_document_after_a_label_is_no_name() -> None:
    found = spans("Gecontroleerd: Paspoort, geboortedatum en adres.\n")
    assert not [f for f in found if f[0] == "name"]


def test_an_unallocated_mobile_number_in_a_csv_cell_is_redacted() -> None:
    text = "77421,14-01-2026,b.vranken52@hotmail.com,06-97038779,6061BW,ingepland\n"
    assert ("phone", "06-97038779", "redact") in spans(text)


def test_a_surname_in_the_cell_before_the_animal_is_no_pet(model) -> None:  # noqa: F811
    # a register of dog tax: the owner's surname before the animal stays a person's
    text = "Naam;Soort;Aantal\nKroeze;Hond;2\nVeenstra;Kat;1\nBruno;Hond;Gedragsconsult\n"
    assert pet_names(text, []) == {"Bruno"}
