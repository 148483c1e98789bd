"""Lakken, hundred-and-third round (tuned on realistic_toets205 and realistic_toets206).

What the round added: "ait" in small letters before a surname belongs to it ("Y. ait Bouzian"); a
redacted person's login inside a recording's file name, with more of the name after it
("fsmeenk_BZW0067_20250415.m4a", "sbouwhuis_audio_20250624.mp3",
"BC_20250318_2114_moosting_7058898.mp4"), also for a double surname run together ("mbouterstam" for
M. Bouter-Stam), where a particle with a capital is no initial ("Van den Dungen": "vddungen" is no
login of his, so the place "Den Dungen" stays); a login after the field "Ontvangen door:" also with
the date after "op" ("Ontvangen door: hwesterveld op 12-05-2025"; not "code ontvangen door
melder"); no login where a letter before a redacted first name makes a common word ("bellen" beside
"Ellen"); special personal data: suicide ("suïcidepoging", "zelfdoding", "zelfmoord"), an eating
disorder ("anorexia"), a trauma ("oorlogstrauma", "traumaklachten"; not a "traumaheli"). New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted_of_type,
)


def test_ait_in_small_letters_belongs_to_the_surname(model) -> None:  # noqa: F811
    text = "Gesprek met moeder H. ait Ouaziz over de dochters. Mevrouw H. ait Ouaziz belt terug.\n"
    names = redacted_of_type(text, "name", use_model=True)
    assert names == ["H. ait Ouaziz", "H. ait Ouaziz"]


def test_a_login_inside_a_recordings_file_name(model) -> None:  # noqa: F811
    text = (
        "Aanwezig: mr. J. Veldhoen (voorzitter), P. Kraaijeveld (secretaris).\n"
        "Opname: pkraaijeveld_BZ0412_20250611.m4a (wordt na vaststelling verwijderd).\n"
        "Verslag van de audio-opname (pkraaijeveld_audio_20250611.mp3).\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert len([n for n in names if n.startswith("pkraaijeveld")]) == 2


def test_a_login_of_a_double_surname_run_together(model) -> None:  # noqa: F811
    text = "Notulist: R. Kamp-Visser. Audio: commissie_20250611_rkampvisser.mp3\n"
    names = redacted_of_type(text, "name", use_model=True)
    assert any(n.startswith("rkampvisser") for n in names)


def test_a_login_after_ontvangen_door(model) -> None:  # noqa: F811
    text = "--- intern ---\nOntvangen door: hwesterveld op 12-05-2025; controle BRP akkoord.\n"
    assert redacted_of_type(text, "name", use_model=True) == ["hwesterveld"]


def test_a_common_word_is_no_login_of_a_first_name(model) -> None:  # noqa: F811
    text = (
        "Gesprek met Ellen over de klacht. Zij schrijft dat de beheerder stond te bellen en\n"
        "te roken tijdens de dienst.\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == ["Ellen"]


def test_suicide_an_eating_disorder_and_a_trauma_are_special(model) -> None:  # noqa: F811
    text = (
        "Hij deed in maart een suïcidepoging. Haar zus is overleden door zelfdoding.\n"
        "De dochter heeft anorexia. De zoon heeft traumaklachten en een oorlogstrauma.\n"
    )
    special = redacted_of_type(text, "special", use_model=True)
    assert len(special) == 5


def test_a_trauma_helicopter_is_no_special_data(model) -> None:  # noqa: F811
    text = "Met de traumaheli naar het Traumacentrum; het traumateam was snel ter plaatse.\n"
    assert redacted_of_type(text, "special", use_model=True) == []


def test_a_role_after_ontvangen_door_is_no_login(model) -> None:  # noqa: F811
    text = "Terugkoppeling via de anonieme postbus (code ontvangen door melder).\n"
    assert redacted_of_type(text, "name", use_model=True) == []


def test_a_capital_particle_is_no_initial_of_a_login(model) -> None:  # noqa: F811
    text = (
        "Onderwerp: erfpacht Kerkstraat Den Dungen\n"
        "De heer Van den Dungen vraagt uitstel. Bijlage: akte_erfpacht_vddungen_1987.pdf\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "Dungen" not in names
