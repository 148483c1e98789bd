"""Lakken, hundred-and-fourth round (tuned on realistic_toets207 and realistic_toets208).

What the round added: a log's paraph right after the time of its entry ("14:10 DO Gebeld met") is
no weekday ("do" for donderdag stands before a time); a staff paraph after "wethouder Wentink en"
is the boa of the legend going along, not a second office holder; two paraphs with a slash between
("SW/DO"); who submits a motion, on the line under it ("Ingediend door: E. Lensink, Y. Azzouzi"),
are council members, but not a Woo requester "ingediend door" in a decision list, and "insprekers
H. Kodde en ..." beside a council member of that name are residents; a speaker label with the first
part of a redacted double surname ("VAN DONGEN:" for mr. A. van Dongen-Keijzers); a KvK or btw
number with a person's pronoun before its word ("Zijn btw-nummer staat erop: NL..."); a Dutch
phone number after +31 with its nine digits grouped as a BSN's ("+31 165 803 940") is a phone
number, whole; a date of twelve or more years ago after a name and a comma is a date of birth
("Aangehouden: Kevin Dam, 18-02-2006, woont ..."; not a message's date). New variations, not
copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    kept_of_type,
    model,
    redacted_of_type,
)

_LOG = (
    "LOGBOEK TOEZICHT - team Handhaving\n"
    "Legenda: MK = Mirjam Kolkman (boa 481516), DO = Daan Olthof (boa 623342).\n\n"
    "14-05 09:20 MK Controle Bleekveld, twee zakken naast de container.\n"
    "14-05 14:10 DO Gebeld met bewoner, afspraak gemaakt.\n"
    "15-05 10:00 MK/DO Samen naar de Parkweg, melding MOR-2025-1180.\n"
    "16-05 11:30 Ronde met wethouder Hazeveld en MK door de wijk Noord.\n"
)


def test_a_paraph_after_the_time_of_a_log_entry(model) -> None:  # noqa: F811
    names = redacted_of_type(_LOG, "name", use_model=True)
    assert names.count("DO") == 3


def test_a_paraph_after_one_office_holder_and_en(model) -> None:  # noqa: F811
    assert redacted_of_type(_LOG, "name", use_model=True).count("MK") == 4
    assert kept_of_type(_LOG, "name", use_model=True) == ["Hazeveld"]


def test_two_paraphs_with_a_slash_between(model) -> None:  # noqa: F811
    names = redacted_of_type(_LOG, "name", use_model=True)
    assert names.count("MK") == 4 and names.count("DO") == 3


_MOTION = (
    "Motie M-2025-14 over de handhaving in de wijken\n"
    "De raad, in vergadering bijeen op 12 mei 2025,\n"
    "verzoekt het college extra handhavers in te zetten,\n"
    "en gaat over tot de orde van de dag.\n"
    "Ingediend door: T. Brinkhuis, M. el Amrani, J. Veldkamp\n\n"
    "Ondersteund door bewoners: Sanne Jonkers, Erik Wolterink.\n"
)


def test_who_submits_a_motion_is_a_council_member(model) -> None:  # noqa: F811
    kept = kept_of_type(_MOTION, "name", use_model=True)
    assert kept == ["T. Brinkhuis", "M. el Amrani", "J. Veldkamp"]
    assert redacted_of_type(_MOTION, "name", use_model=True) == ["Sanne Jonkers", "Erik Wolterink"]


def test_a_request_submitted_by_a_resident_is_no_motion(model) -> None:  # noqa: F811
    text = (
        "Besluitenlijst college 3 juni 2025\n"
        "4. Woo-verzoek over de kermis (WOO-2025-044)\n"
        "Ingediend door Gerrit Hoebink, Dorpsstraat 14. Besluit: gedeeltelijk openbaar.\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == ["Gerrit Hoebink"]


def test_speakers_beside_a_council_member_of_the_same_name(model) -> None:  # noqa: F811
    text = (
        "Motie M-2025-20 over kamerverhuur\n"
        "- insprekers P. Wessels en A. Tuinstra vertelden over overlast;\n"
        "en gaat over tot de orde van de dag.\n"
        "Ingediend door: P. Wessels (Lokaal Belang), K. Smit (CDA)\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == ["P. Wessels", "A. Tuinstra"]
    assert kept_of_type(text, "name", use_model=True) == ["P. Wessels", "K. Smit"]


def test_a_speaker_label_with_the_first_part_of_a_double_surname(model) -> None:  # noqa: F811
    text = (
        "Hoorzitting commissie bezwaarschriften\n"
        "Aanwezig: mr. E. van Tilburg-Smeets (voorzitter), drs. K. Aalders (lid).\n\n"
        "VAN TILBURG: Welkom. U hebt het woord.\n"
        "AALDERS: Hoe lang staat de schuur er al?\n"
        "VAN TILBURG: Dan sluit ik de hoorzitting.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names.count("VAN TILBURG") == 2


def test_a_kvk_or_btw_number_with_a_persons_pronoun(model) -> None:  # noqa: F811
    text = (
        "De monteur komt morgen langs. Zijn btw-nummer staat op de offerte: NL813427761B01.\n"
        "De oppas stuurde haar KvK-nummer mee: 71825314.\n"
    )
    assert redacted_of_type(text, "btw") == ["NL813427761B01"]
    assert redacted_of_type(text, "kvk") == ["71825314"]


def test_a_company_number_without_a_pronoun_stays(model) -> None:  # noqa: F811
    text = "Installatiebedrijf Ensink B.V., btw-nummer NL813427761B01, KvK 71825314.\n"
    assert redacted_of_type(text, "btw") == [] and redacted_of_type(text, "kvk") == []


def test_a_dutch_phone_number_grouped_as_a_bsn(model) -> None:  # noqa: F811
    text = "Bereikbaar via +31 165 803 940 of per mail. BSN van de aanvrager: 165803940.\n"
    assert redacted_of_type(text, "phone") == ["+31 165 803 940"]
    assert redacted_of_type(text, "bsn") == ["165803940"]


def test_an_old_date_after_a_name_and_a_comma(model) -> None:  # noqa: F811
    text = (
        "22:40 Twee jongeren op het dak van de sporthal. Aangehouden: Rik Bosschaart, 11-07-2005,\n"
        "woont aan de Molenstraat. Melding van Ineke Vos, 06-03-2025, over geluid.\n"
    )
    assert redacted_of_type(text, "dob", use_model=True) == ["11-07-2005"]
