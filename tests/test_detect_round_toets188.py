"""Lakken, ninety-fourth round (tuned on realistic_toets187 and realistic_toets188).

What the round added: a list of those present with the code in a column of its own and a title
("WH  mr. W.J. Hoogesteger, voorzitter") makes the codes paraphs, also a code of the first
letters of the name's words with its particle ("ND  mr. N. de Rooij"); names on lines that open
with a letter and a full stop are a lettered list's headings only in the order of the alphabet
("## A. Vrijgegeven" above "## B. Nog geblokkeerd"; not "E. Lievense" above "D. Harthoorn"), so
an office holder's initial is read and a namesake with another initial is redacted; a local
party after a comma in a list of submitters with national parties ("J. Hindriks, Lijst
Oldambt") makes a council member; a household's waste pass ("afvalpas 54216150", and "pas"
alone in a text about those passes) and the chip of a container at home are personal numbers;
a login after "export door", as '"verwerkt_door"' in JSON and after "via"; a stay in a women's
shelter, a victim of domestic violence, a compound addiction ("alcoholverslaafd") and a stoma
are special data, "een medische indicatie" and "de verklaring van de huisarts" no longer are;
a contact card without a person's name field (N) is an organisation's, its name, phone and mail
kept; the "naam" in a JSON list of creditors is an organisation, the "naam" in a client's record
a private person, not the office holder of that name; "Cliënt" before a name in a log is no part
of it; a number said to be "ons algemene nummer" stays visible; a namesake "uit" a village or
first of "en 230 andere inwoners" is not the office holder. New variations, not copies of
the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted,
    spans,
)


def _values(text: str, kind: str, action: str = "redact") -> list[str]:
    return [v for k, v, a in spans(text, use_model=True) if k == kind and a == action]


def test_a_list_of_those_present_in_columns_names_the_codes(model) -> None:  # noqa: F811
    text = (
        "Verslag hoorzitting bezwaarcommissie\n\n"
        "Aanwezig:\n"
        "JB  mr. J.A. Brinkhuis, voorzitter\n"
        "HV  de heer H.P. Veldkamp, bezwaarmaker\n"
        "MT  mevrouw M. Veldkamp-Tjoa, echtgenote\n"
        "AvD  mr. A. van Dalen, namens het college\n\n"
        "JB: Welkom allemaal.\n"
        "HV: Ik wil uitleggen wat er gebeurde.\n"
        "MT: Mijn man heeft gelijk.\n"
        "AvD: Het college blijft bij het besluit.\n"
    )
    names = _values(text, "name")
    for code in ("JB", "HV", "MT", "AvD"):
        assert names.count(code) == 2, code


def test_a_code_of_the_first_letters_with_the_particle_is_the_persons(model) -> None:  # noqa: F811
    text = (
        "Aanwezig:\n"
        "KW  K. Wolters, lid\n"
        "ND  mr. N. de Bruijn, juridisch adviseur\n\n"
        "ND: Het college erkent dat.\n"
    )
    assert _values(text, "name").count("ND") == 2


def test_a_column_legend_of_roles_makes_no_codes_of_other_letters(model) -> None:  # noqa: F811
    text = (
        "GL: Welkom, ik ben de gespreksleider.\n"
        "SA: De regeling geldt vanaf november.\n\n"
        "Sleutel\n"
        "Code  Naam              Organisatie\n"
        "GL    Marjolein Brands  Gemeente Oss, communicatie\n"
        "SA    Rutger Hoefnagel  Gemeente Oss, subsidieadviseur\n"
    )
    names = _values(text, "name")
    assert "GL" not in names
    assert "SA" not in names
    assert "Marjolein Brands" in names


def test_a_list_of_submitters_reads_the_office_holders_initial(model) -> None:  # noqa: F811
    text = (
        "Motie 'Schoon centrum'\n\n"
        "Ingediend door:\n"
        "E. Hamstra (GroenLinks-PvdA)\n"
        "D. Visscher (SGP)\n\n"
        "Registratie griffie: ontvangen door K. Visscher (commissiegriffier, kvisscher).\n"
    )
    names = _values(text, "name")
    assert "K. Visscher" in names
    assert "kvisscher" in names
    kept = _values(text, "name", "keep")
    assert "D. Visscher" in kept
    assert "E. Hamstra" in kept


def test_lettered_headings_in_order_are_no_names(model) -> None:  # noqa: F811
    text = (
        "# Overzicht meldingen\n\n"
        "## A. Afgehandeld binnen termijn\n\n| Nr | Status |\n|---|---|\n| 1 | klaar |\n\n"
        "## B. Nog open\n\n| Nr | Status |\n|---|---|\n| 2 | open |\n\n"
        "## C. Doorgezet naar handhaving\n"
    )
    names = _values(text, "name")
    assert not any(n.startswith(("A.", "B.", "C.")) for n in names)


def test_a_local_party_after_a_comma_in_a_list_of_submitters(model) -> None:  # noqa: F811
    text = (
        "Ingediend door:\n"
        "R. Dijkhuis, CDA\n"
        "T. Oosterveld, Stadspartij Harlingen Vooruit\n"
        "M. Brouwer, VVD\n\n"
        "Toelichting: de indieners vragen om een snelle uitvoering.\n"
    )
    kept = _values(text, "name", "keep")
    for name in ("R. Dijkhuis", "T. Oosterveld", "M. Brouwer"):
        assert name in kept, name


def test_waste_passes_and_container_chips_are_personal(model) -> None:  # noqa: F811
    text = (
        "Uit de registratie blijkt dat uw afvalpas 61730248 twee keer is geweigerd.\n"
        "Nummer huidige afvalpas:   5528 0913\n"
        "Oude pas:   5528 0913 blijft geldig; tweede pas 7741 2086 gekoppeld.\n"
        "Bewoner zegt: mijn pas (61730248) werkt niet. Pasregistratie: 61730248 geweigerd.\n"
        '{"container": "OS-0231", "pas": "39184475"}\n'
        "<afvalpas>20847319</afvalpas>\n"
        "De chip in de container is C3F09A7711BE; nieuwe chip 7D21E0A4B9F2.\n"
        '<huidig chip="A0B19C44D3E1" volume="140"/>\n'
    )
    numbers = _values(text, "document_number")
    for number in (
        "61730248",
        "5528 0913",
        "7741 2086",
        "39184475",
        "20847319",
        "C3F09A7711BE",
        "7D21E0A4B9F2",
        "A0B19C44D3E1",
    ):
        assert number in numbers, number
    assert numbers.count("61730248") == 3


def test_pas_alone_outside_a_text_about_waste_passes_stays(model) -> None:  # noqa: F811
    text = "Het loket was pas 12345 seconden open, zegt de teller van de milieustraat.\n"
    assert "12345" not in _values(text, "document_number")


def test_logins_after_export_in_json_and_after_via(model) -> None:  # noqa: F811
    text = (
        "# bestand: boeteregister_2025Q4.csv\n"
        "# export door pkamminga op 2025-12-01 16:22, bron: zaaksysteem\n"
        "# opmerking pkamminga: regel 4 ingetrokken\n"
        '{"zaak": "BB-2025-0466",\n  "verwerkt_door": "hdijkstra"\n}\n'
        "Twee dossiers van dezelfde klant, samenvoegen via rbosgraaf\n"
    )
    names = _values(text, "name")
    assert names.count("pkamminga") == 2
    assert "hdijkstra" in names
    assert "rbosgraaf" in names


def test_a_shelter_domestic_violence_addiction_and_a_stoma_are_special(model) -> None:  # noqa: F811
    text = (
        "Ik heb zes weken in de vrouwenopvang gezeten, omdat ik slachtoffer was van huiselijk "
        "geweld door mijn ex. Mijn broer is drugsverslaafd. Mijn moeder heeft een ileostoma en "
        "mijn vader zegt dat hij een stoma heeft.\n"
    )
    special = " | ".join(_values(text, "special"))
    phrases = ("vrouwenopvang", "huiselijk geweld", "drugsverslaafd", "ileostoma", "stoma heeft")
    for phrase in phrases:
        assert phrase in special, phrase


def test_a_scheme_s_words_are_no_special_data(model) -> None:  # noqa: F811
    text = (
        "Bij een medische indicatie is een grotere container mogelijk; de verklaring van de "
        "huisarts hoort bij de aanvraag. Onderwerp: uitstroom vrouwenopvang. Het casusoverleg "
        "huiselijk geweld komt maandelijks bijeen. Afval: incontinentiemateriaal, stoma e.d.\n"
    )
    assert _values(text, "special") == []


def test_a_contact_card_without_a_persons_name_is_an_organisations(model) -> None:  # noqa: F811
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Budgetloket Rivierenland\nORG:Budgetloket Rivierenland\n"
        "TEL;TYPE=WORK:0344 61 20 40\nEMAIL:info@budgetloket-rl.nl\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Kuipers;Annemiek;;;\nFN:Annemiek Kuipers\n"
        "ORG:Budgetloket Rivierenland\nTEL;TYPE=CELL:06 41 77 20 93\nEND:VCARD\n"
    )
    names = _values(text, "name")
    assert "Budgetloket Rivierenland" not in names
    assert "Annemiek Kuipers" in names
    phones = _values(text, "phone")
    assert "0344 61 20 40" not in phones
    assert "06 41 77 20 93" in phones
    assert "info@budgetloket-rl.nl" not in _values(text, "email")


def test_json_creditors_are_organisations_and_a_client_is_no_office_holder(model) -> None:  # noqa: F811
    text = (
        "{\n"
        '  "client": {\n'
        '    "naam": "B. Hoekstra",\n'
        '    "geboortedatum": "14-03-1991"\n'
        "  },\n"
        '  "schuldeisers": [\n'
        '    {"naam": "Zilveren Kruis", "bedrag": "€ 611,85"},\n'
        '    {"naam": "CJIB", "bedrag": "€ 104,00"},\n'
        '    {"naam": "Woonstichting Triada", "bedrag": "€ 1.412,00"}\n'
        "  ],\n"
        '  "bijzonderheden": ["Niet verwarren met griffier B. Hoekstra."]\n'
        "}\n"
    )
    names = _values(text, "name")
    for organisation in ("Zilveren Kruis", "CJIB", "Woonstichting Triada"):
        assert organisation not in names, organisation
    assert "B. Hoekstra" in names
    assert "B. Hoekstra" in _values(text, "name", "keep")


def test_a_client_before_a_name_in_a_log_is_no_part_of_it(model) -> None:  # noqa: F811
    text = (
        "Datum       Init  Regel\n"
        "2025-10-01  JV    Intake budgetbeheer. Cliënt Sander Wiggers, geb. 03-02-1984.\n"
        "2025-10-03  JV    Cliënt vertelt dat de huur is betaald.\n"
    )
    names = _values(text, "name")
    assert "Sander Wiggers" in names
    assert not any("Cliënt" in n for n in names)


def test_a_number_said_to_be_the_general_one_stays(model) -> None:  # noqa: F811
    text = "Sla dit nummer op: 0344 27 19 50 is ons algemene nummer; mijn eigen is 06 18 44 02 77."
    phones = _values(text, "phone")
    assert "0344 27 19 50" not in phones
    assert "06 18 44 02 77" in phones


def test_a_namesake_from_a_village_or_among_residents_is_no_office_holder(model) -> None:  # noqa: F811
    text = (
        "De raad, gehoord de beraadslaging, overwegende dat:\n"
        "- een petitie van Gerrit Wolters en 230 andere inwoners is aangeboden;\n"
        "- inwoners zoals de heer P.J. Brink uit Nieuw-Amsterdam laten zien dat het kan;\n\n"
        "Ingediend door:\n"
        "G. Wolters (CDA)\n"
        "P. Brink (VVD)\n"
    )
    names = _values(text, "name")
    assert "Gerrit Wolters" in names
    assert "P.J. Brink" in names
    kept = _values(text, "name", "keep")
    assert "G. Wolters" in kept
    assert "P. Brink" in kept
