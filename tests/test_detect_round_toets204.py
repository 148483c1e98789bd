"""Lakken, hundred-and-second round (tuned on realistic_toets203 and realistic_toets204).

What the round added: a login before its paraph in brackets ("Ontvangen door: jkattenpoel (JK)",
"nplomp (NP)"), the paraph then that person's wherever it stands; a redacted person's login in
a file's path or name ("foto's onder rsprenkels/CR-...", "..._yschoutsen.m4a"), also with the
particles shortened ("jvdstaak" for J. van der Staak); "niet jouw familie" as a sign that the
document has namesakes, so a chat sender with a written first name is not the council member
known by surname only; special personal data: a stay in hospital with a time or a hospital's
name in between ("lag tot vorige week in het ziekenhuis", "sinds maart in het ziekenhuis
ligt", "ligt sinds maandag in het Admiraal De Ruyter Ziekenhuis"), intensive care, living in or
being taken into a nursing home, a lung disease (not "longziekten", a register's plural), a
first child on its way ("verwacht in juni haar eerste kindje", "is in verwachting"); a boa's
number after a comma in a legend ("R. Mendes Tavares, boa, nr. 436329", "(toezichthouder, boa
991370)"); a postcode after "te" behind a street and house number ("Taxandriaweg 85 te 5145JC
Waalwijk"); the municipality's account and a lawyer's third-party account named as such stay
visible ("gemeentelijke rekening NL03 ...", "derdengeldrekening NL31...", "NL74... (gemeente)").
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted_of_type,
)


def test_a_login_before_its_paraph(model) -> None:  # noqa: F811
    text = (
        "-- intern --\n"
        "Aanvraag ingeboekt: 12-03-2025, hvrielink (HV)\n"
        "Afgehandeld door: tbeernaert (TB). Akkoord HV.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names == ["hvrielink", "HV", "tbeernaert", "TB", "HV"]


def test_an_abbreviation_in_brackets_after_a_word_is_no_paraph(model) -> None:  # noqa: F811
    text = "De gemeente (GM) stuurt de omgevingsdienst (OD) een afschrift.\n"
    assert redacted_of_type(text, "name", use_model=True) == []


def test_a_login_in_a_files_path_or_name(model) -> None:  # noqa: F811
    text = (
        "Toezichthouder: M. Gerritsma.\n"
        "Foto's opgeslagen onder mgerritsma/ZK-2025-0412. Geluidsopname:\n"
        "hz_20250611_BZ-2025-0107_mgerritsma.m4a\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names.count("M. Gerritsma") == 1
    assert len([n for n in names if n.startswith("mgerritsma")]) == 2


def test_a_login_with_its_particles_shortened(model) -> None:  # noqa: F811
    text = (
        "Legenda: PvdL = P. van der Linde (stagiair).\n"
        "09:15 PvdL meetpunt 3, foto's in map pvdlinde/meting/0412.\n"
    )
    assert "pvdlinde" in redacted_of_type(text, "name", use_model=True)


def test_a_chat_sender_beside_a_council_member_said_to_be_no_kin(model) -> None:  # noqa: F811
    text = (
        "Harmsen, Joost  10-02-2025 08:55\n"
        "Ik ga donderdag zelf kijken bij de tank.\n\n"
        "Dijkstra, Petra  13-02-2025 14:05\n"
        "Vanuit de griffie: raadslid Harmsen stelt vragen over olietanks.\n"
        "Niet jouw familie, Joost?\n\n"
        "Harmsen, Joost  13-02-2025 14:07\n"
        "Nee hoor. Ik laat de antwoorden aan Petra.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names.count("Harmsen, Joost") == 2


def test_a_stay_in_hospital_with_words_between(model) -> None:  # noqa: F811
    text = (
        "Mijn cliënt lag tot half april in het ziekenhuis. Hij vraagt uitstel omdat zijn vrouw\n"
        "sinds januari in het ziekenhuis ligt. Zijn moeder ligt sinds dinsdag in het Rode Kruis\n"
        "Ziekenhuis en zijn broer ligt op de intensive care.\n"
    )
    special = redacted_of_type(text, "special", use_model=True)
    assert len(special) == 4


def test_a_nursing_home_a_lung_disease_and_a_pregnancy(model) -> None:  # noqa: F811
    text = (
        "Vader woont sinds de zomer in een verpleeghuis. Haar buurman, met een longziekte, kan\n"
        "niet naar buiten. Mevrouw verwacht in oktober haar tweede kind en is in verwachting van\n"
        "een tweeling.\n"
    )
    special = redacted_of_type(text, "special", use_model=True)
    assert len(special) == 4


def test_an_expectation_is_no_pregnancy(model) -> None:  # noqa: F811
    text = (
        "Naar verwachting is de sanering in juni klaar.\nWij zijn in verwachting van uw reactie.\n"
    )
    assert redacted_of_type(text, "special", use_model=True) == []


def test_longziekten_in_a_register_is_no_special_data(model) -> None:  # noqa: F811
    text = "Het register van de GGD telt meldingen over longziekten per wijk.\n"
    assert redacted_of_type(text, "special", use_model=True) == []


def test_a_boas_number_after_a_comma_in_a_legend(model) -> None:  # noqa: F811
    text = (
        "Legenda:\n"
        "HV = H. Verschoor, boa, nr. 572913 (dienstmobiel via de meldkamer)\n"
        "KB = Karin Bosveld (handhaver, boa 804126), TS = T. Schuttevaer (stagiair).\n"
    )
    numbers = redacted_of_type(text, "document_number", use_model=True)
    assert numbers == ["572913", "804126"]


def test_a_postcode_after_te_behind_a_street_and_number(model) -> None:  # noqa: F811
    text = (
        "De heer Gerrit Hoogendoorn, wonende aan de Kloosterlaan 44 te 4133 KD Vianen, en\n"
        "mevrouw A. Zwart, wonende aan de Lekdijk 9 te (4132 NM) Vianen, maken bezwaar.\n"
    )
    assert redacted_of_type(text, "postcode", use_model=True) == ["4133 KD", "4132 NM"]


def test_the_municipalitys_and_a_lawyers_account_stay_visible(model) -> None:  # noqa: F811
    text = (
        "Betaling via gemeentelijke rekening NL54 INGB 5260 1815 90.\n"
        "Proceskosten graag op de derdengeldrekening NL91ABNA0417164300.\n"
        "De leges komen op NL02ABNA0123456789 (gemeente).\n"
        "Zijn eigen rekening: NL20INGB0001234567.\n"
    )
    assert redacted_of_type(text, "iban", use_model=True) == ["NL20INGB0001234567"]
