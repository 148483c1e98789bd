"""Detection improvements made after the blind eighty-seventh to ninetieth toets sets
(publicatie/evaluation/realistic_toets87 to _toets90) were measured: office holders in a register
of written questions, in a record's role field or an export's key, in a committee's attendance
list closed by "(leden)", abbreviated as a note defines it ("gs = gemeentesecretaris"), as a
paraph in a legend, under a mayor of a place with a small word in its name, with a portfolio
written with "&"; persons as a WhatsApp sender outside the contacts, a reversed name ending in its
particle, a first name read in full elsewhere, a house number with an addition after "bij" or
"van"; and, against redacting too much: a hearing's parties as speakers, a legend's codes, small
words after "paraaf", a form's numbered steps, carnival associations in a column of applicants,
reporting points' mailboxes and the number beside them. New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    names_with_model,
    of_type,
    redacted,
    redacted_names_with_model,
    spans,
)


def test_questioners_and_portfolio_holders_in_a_register_of_written_questions_stay() -> None:
    text = (
        "Griffie - Register schriftelijke vragen art. 40 RvO\n\n"
        "Nr\tIngediend\tVragensteller\tOnderwerp\tPortefeuillehouder\tBehandelaar\n"
        "2026-SV-12\t2026-02-03\tK. Vlietstra\tParkeerbeleid\tB. Oudebrug\tT. Ganzewinkel\n"
        "2026-SV-13\t2026-02-05\tH. Ommering\tJeugdzorg\tD. Zwanenveld\tS. Kalkhaven\n"
    )
    names = dict(of_type(text, "name"))
    for holder in ("K. Vlietstra", "B. Oudebrug", "H. Ommering", "D. Zwanenveld"):
        assert names[holder] == "keep", holder
    assert names["T. Ganzewinkel"] == "redact"
    assert names["S. Kalkhaven"] == "redact"


def test_a_questioner_outside_a_register_of_council_questions_is_redacted() -> None:
    text = (
        "Overzicht klantvragen\n\n"
        "Nr\tDatum\tVragensteller\tOnderwerp\n"
        "1\t2026-02-03\tP. Rietkamp\tAfvalpas kwijt\n"
        "2\t2026-02-04\tM. Beekhuis\tParkeervergunning\n"
    )
    names = dict(of_type(text, "name"))
    assert names["P. Rietkamp"] == "redact"
    assert names["M. Beekhuis"] == "redact"


def test_an_office_in_a_records_role_field_keeps_the_name() -> None:
    text = (
        "selectiecommissie:\n"
        "  - naam: J. Wolderink\n"
        "    rol: voorzitter selectiecommissie, raadslid\n"
        "  - naam: M. Esselbrugge\n"
        "    rol: adviseur (burgemeester)\n"
        "  - naam: Petra Hazebroek\n"
        "    rol: secretaresse van de burgemeester\n"
        'deelnemers: [{"naam": "A. Brinkhorst", "functie": "wethouder"}, '
        '{"naam": "R. Dijkhof", "functie": "beleidsadviseur"}]\n'
    )
    names = dict(of_type(text, "name"))
    assert names["J. Wolderink"] == "keep"
    assert names["M. Esselbrugge"] == "keep"
    assert names["Petra Hazebroek"] == "redact"
    assert names["A. Brinkhorst"] == "keep"
    assert names["R. Dijkhof"] == "redact"


def test_a_role_field_of_another_part_of_the_export_does_not_count() -> None:
    text = (
        "# Export aangemaakt door tvelthuis\n"
        "procedure:\n"
        "  id: WERV-2026-01\n"
        "  functie: griffier van de gemeenteraad\n"
    )
    assert dict(of_type(text, "name"))["tvelthuis"] == "redact"


def test_an_office_as_an_exports_key_keeps_the_name(model) -> None:  # noqa: F811
    text = (
        "contacten:\n"
        '  burgemeester: "H. Kampstra (opent de markt)"\n'
        '  wethouder_economie: "L. Veldhorst"\n'
        '  contact_markt: "Ineke Stroomberg"\n'
    )
    names = names_with_model(text)
    assert names["H. Kampstra"] == "keep"
    assert names["L. Veldhorst"] == "keep"
    assert names["Ineke Stroomberg"] == "redact"


def test_a_committees_attendance_list_closed_by_leden_stays() -> None:
    text = (
        "Verslag van de vergadering van de commissie Ruimte\n"
        "Datum: 3 maart 2026\n\n"
        "Aanwezig: P. Oosterwold (voorzitter), G. Ruisendaal, W. Akkerveen en "
        "H. Stegeman-Louw (leden); wethouder B. Kerkhoven\n"
        "Verslag: N. Paddenburg\n"
    )
    names = dict(of_type(text, "name"))
    for member in ("G. Ruisendaal", "W. Akkerveen", "H. Stegeman-Louw"):
        assert names[member] == "keep", member
    assert names["N. Paddenburg"] == "redact"


def test_an_objections_committees_members_are_not_kept_by_the_leden_rule() -> None:
    text = (
        "Hoorzitting commissie bezwaarschriften\n\n"
        "Aanwezig: R. Gortemaker, F. Lindeboom en T. Haverkamp-Zijl (leden); "
        "namens bezwaarmaker: de heer P. Middelhuis\n"
    )
    names = dict(of_type(text, "name"))
    assert names["R. Gortemaker"] == "redact"
    assert names["P. Middelhuis"] == "redact"


def test_an_office_abbreviated_as_the_note_defines_it_keeps_the_name(model) -> None:  # noqa: F811
    text = (
        "Afk.: tl = teamleider; gs = gemeentesecretaris; ic = integriteitscoördinator\n"
        "03-03-26 KBo - gs A.J. Dommerholt geïnformeerd; tl Rianne Sluiskamp belt terug.\n"
    )
    names = names_with_model(text)
    assert names["A.J. Dommerholt"] == "keep"
    assert names["Rianne Sluiskamp"] == "redact"


def test_without_the_legend_gs_does_not_make_an_office_holder() -> None:
    text = "03-03-26 KBo - gs A.J. Dommerholt geïnformeerd.\n"
    assert dict(of_type(text, "name"))["A.J. Dommerholt"] == "redact"


def test_office_holders_paraphs_and_role_codes_in_a_legend_stay(model) -> None:  # noqa: F811
    text = (
        "Afk.: hb = huisbezoek; WA = wijkagent; WC = woonconsulent (corporatie); "
        "BZ = bemoeizorg GGD; WBo = griffier W. Bosgraaf\n"
        "14-01-25  KdV  Hb samen met WA Ruud Tegelberg.\n"
        "24-01-25  KdV  Zorgmelding. BZ Anke Lommers (GGD) neemt contact op.\n"
        "04-03-25  KdV  Casusoverleg (KdV, WA, WC, BZ). Uitnodiging via WBo.\n"
    )
    names = redacted_names_with_model(text)
    for code in ("WA", "WC", "BZ", "WBo"):
        assert code not in names, code
    assert "KdV" in names
    assert "Ruud Tegelberg" in names
    assert "Anke Lommers" in names


def test_a_legend_code_for_a_person_stays_redacted(model) -> None:  # noqa: F811
    text = "Afk.: KT = Kees Tolhuis; hb = huisbezoek\n12-01-26 KT hb gedaan, KT belt terug.\n"
    assert "KT" in redacted_names_with_model(text)


def test_small_words_after_paraaf_are_no_paraphs() -> None:
    text = (
        "Ter paraaf naar teamleider en ter tekening naar de burgemeester.\n"
        "Zus en zwager helpen mee; de buren en de corporatie zijn ingelicht.\n"
    )
    assert [t for k, t in redacted(text) if k == "name"] == []


def test_a_hearings_parties_as_speakers_are_no_names(model) -> None:  # noqa: F811
    text = (
        "[00:01:10] VOORZITTER: Wie spreekt er namens u?\n"
        "[00:01:40] BETROKKENE: Ik ben Henk Scholtenhuis, handhaver.\n"
        "[00:02:05] GETUIGE: Ik zag het vanaf de overkant.\n"
        "[00:02:30] BETROKKENE: Dat klopt niet.\n"
    )
    names = redacted_names_with_model(text)
    assert "BETROKKENE" not in names
    assert "GETUIGE" not in names
    assert "Henk Scholtenhuis" in names


def test_a_forms_numbered_steps_are_no_names(model) -> None:  # noqa: F811
    text = (
        "--- Stap 1: Over u ---\nUw naam       : Joke Brandsema\n"
        "--- Stap 2: Uw melding ---\nOmschrijving  : lekkage\n"
    )
    names = redacted_names_with_model(text)
    assert "Stap" not in names
    assert "Joke Brandsema" in names


def test_carnival_associations_in_a_column_of_applicants_are_no_persons(model) -> None:  # noqa: F811
    text = (
        "nr\tevenement\taanvrager\tleidinggevende\n"
        "1\tPrinsenbal\tCV De Dolle Dravers\tJoost Ellemeet\n"
        "2\tJeugdbal\tJeugdraad Broekhuizen\tFemke Tielemans\n"
        "3\tOptocht\tStichting Carnaval Beesel\tRuud Kessels\n"
    )
    names = redacted_names_with_model(text)
    assert "Joost Ellemeet" in names
    assert "Femke Tielemans" in names
    for word in (
        "Dolle Dravers",
        "Jeugdraad Broekhuizen",
        "Carnaval Beesel",
        "CV De Dolle Dravers",
    ):
        assert word not in names, word


def test_a_trade_names_word_does_not_become_a_first_name_in_lower_case(model) -> None:  # noqa: F811
    text = (
        "Aanvrager: Zaal Hendrikx (eenmanszaak)\n"
        "In de zaal is plaats voor 200 gasten; de zaal heeft een eigen vergunning.\n"
    )
    names = redacted_names_with_model(text)
    assert "zaal" not in names


def test_a_whatsapp_sender_outside_the_contacts_is_a_name(model) -> None:  # noqa: F811
    text = (
        "[12-04-2026, 20:11:05] Anja Roefs: Weer herrie bij de speeltuin.\n"
        "[12-04-2026, 20:13:40] ~ Servaas: Ik zie ze ook, drie scooters.\n"
    )
    assert "Servaas" in redacted_names_with_model(text)


def test_a_reversed_name_keeps_its_particle() -> None:
    text = (
        "Van: Dijkhuizen, Marloes van <m.vandijkhuizen@venray.nl>\n"
        "[09:12] Broekhoven, Teun van der (Brandweer): onderweg\n"
    )
    names = [t for k, t in redacted(text) if k == "name"]
    assert "Dijkhuizen, Marloes van" in names
    assert "Broekhoven, Teun van der" in names


def test_a_first_name_read_in_full_elsewhere_goes_with_its_surname(model) -> None:  # noqa: F811
    text = (
        "[03-05-2026 09:01:11] \u200eGeke Rozendom heeft groep \u201cStage\u201d aangemaakt\n"
        "[03-05-2026 09:01:12] \u200eGeke Rozendom heeft Pim Aalbers toegevoegd\n"
        "[03-05-2026 09:02:30] Geke Rozendom: Welkom allemaal.\n"
    )
    names = redacted_names_with_model(text)
    assert names.count("Geke Rozendom") == 3


def test_a_house_number_with_an_addition_after_bij_or_van_is_an_address() -> None:
    text = (
        "Hij is aan het klussen bij nr. 14c. Dit is Ruud, van nr. 7-b.\n"
        "Ik sta bij nr 22 achter het raam.\n"
        "Zie bijlage nr. 3a en motie nr. 12b.\n"
    )
    found = [t for k, t in redacted(text) if k == "address"]
    assert found == ["nr. 14c", "nr. 7-b", "nr 22"]


def test_an_office_holder_under_a_mayor_of_a_place_with_small_words_stays() -> None:
    text = "Hoogachtend,\nde burgemeester van Bergen op Zoom,\n\nmr. P.J.M. Hazelhoff\n"
    assert dict(of_type(text, "name"))["P.J.M. Hazelhoff"] == "keep"


def test_an_alderman_with_an_ampersand_portfolio_stays(model) -> None:  # noqa: F811
    text = "Voorstel: wethouder P&O K. Lindenhout informeren zodra het besluit er is.\n"
    assert names_with_model(text) == {"K. Lindenhout": "keep"}


def test_a_reporting_points_mailbox_and_the_number_beside_it_stay() -> None:
    text = (
        "Bel Marco op 0180 12 34 56 of mail m.dekker@zuidplas.nl.\n\n"
        "Vragen over dit formulier: meldpunt.fraude@zuidplas.nl of 0180 33 01 00.\n"
        "Vragen? Bel (0180) 33 02 00 of mail naar klachten@zuidplas.nl.\n"
        "De deurwaarder (0180 45 67 00, algemeen nummer) belt terug.\n"
    )
    kept = {t for _, t, action in spans(text) if action == "keep"}
    assert {"meldpunt.fraude@zuidplas.nl", "0180 33 01 00", "(0180) 33 02 00"} <= kept
    assert "klachten@zuidplas.nl" in kept
    assert "0180 12 34 56" not in kept
    assert "m.dekker@zuidplas.nl" not in kept
    assert "Bel" not in [t for k, t in redacted(text) if k == "name"]
