"""Detection improvements made in the sixtieth round, after the blind sets toets107 to toets112
(publicatie/evaluation/realistic_toets107 to _toets112) were measured: a crash on a URL-encoded
mailbox; names after a plural office and behind HTML formatting tags; markup words (an
attribute's name, a BibTeX entry type, an editor's "Line 112:") that are no names; logins in a
mention, in a wiki, with an unwritten initial and listed after the word for them; RTF control
symbols and LaTeX spaces; fields keyed by a name attribute, a GBA-V answer, a street before its
house number element; a BSN after a case number; a mobile number without its plus. New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from publicatie.detect import detect_personal_data
from publicatie.policy import DetectionPolicy
from publicatie.query_strings import mailbox_parts
from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    redacted,
    redacted_names_with_model,
    redacted_of_type,
    spans,
)


def test_a_url_encoded_mailbox_is_split_at_its_encoded_at_sign() -> None:
    assert mailbox_parts("j.kornelis%40ziggo.nl") == ("j.kornelis", "ziggo.nl")
    assert mailbox_parts("j.kornelis@ziggo.nl") == ("j.kornelis", "ziggo.nl")
    assert mailbox_parts("geen adres") == ("geen adres", "")


def test_a_kept_url_encoded_mailbox_beside_a_redacted_person_does_not_stop_detection() -> None:
    # The check for a sole trader's mailbox once split the address at a literal "@" only, and
    # a functional mailbox in a query string ("%40") crashed detection of the whole document.
    text = (
        "Melder: Hendrika Wolfskamer.\n"
        '10.0.0.7 - - [05/Nov/2025:21:17:30 +0100] "GET /woo/vraag?naam=Truus+Ooievaart'
        '&email=secretaris.dorpsraad%40gmail.com&vraag=notulen HTTP/1.1" 200 5121\n'
    )
    spans = detect_personal_data(text, policy=DetectionPolicy())
    found = {(s.type, s.text) for s in spans if s.action == "redact"}
    assert ("name", "Hendrika Wolfskamer") in found
    assert ("name", "Truus+Ooievaart") in found


def test_names_after_a_plural_office_stay_visible() -> None:
    text = (
        "Eigenaar: de griffiers drs. P. Mulkens (Roerdalen) en mr. W. Spee (Echt-Susteren).\n"
        "Ondertekend door de burgemeesters H. Tielemans en G. Quaedvlieg.\n"
        "Contact: Ruud Bemelmans, projectleider.\n"
    )
    found = {value: action for kind, value, action in spans(text) if kind == "name"}
    for office_holder in ("P. Mulkens", "W. Spee", "H. Tielemans", "G. Quaedvlieg"):
        assert found.get(office_holder) == "keep", office_holder
    assert found.get("Ruud Bemelmans") == "redact"


def test_html_formatting_tags_do_not_hide_the_office_before_a_name(model) -> None:  # noqa: F811
    text = (
        "<p>Voorzitter: burgemeester <b>J. Smeets-Houben</b>. Inspreker: <strong>Lieke "
        "Vossenberg</strong>, tel. <i>06-41873920</i></p>\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "J. Smeets-Houben", "keep") in found
    assert ("name", "Lieke Vossenberg", "redact") in found
    assert ("phone", "06-41873920", "redact") in found


def test_a_markup_word_is_no_name(model) -> None:  # noqa: F811
    event = (
        '<Event><System><Provider Name="DsoKoppelvlak"/></System><EventData>'
        '<Data Name="Bron">VerzoekPoller</Data><Data Name="Gebruiker">Gerrit Nijenhof</Data>'
        "</EventData></Event>\n"
    )
    assert redacted_names_with_model(event) == ["Gerrit Nijenhof"]
    annotation = '<text subject="Intake" page="1" title="Moddermanhuis, Jorien" date="D:2025">\n'
    assert redacted_names_with_model(annotation) == ["Moddermanhuis, Jorien"]
    bibtex = "@misc{mondeling2024,\n  author = {Hendrik Keijzerveld},\n  year = {2024}\n}\n"
    assert "misc" not in redacted_names_with_model(bibtex)


def test_a_login_in_a_mention_and_with_an_unwritten_initial_is_redacted(model) -> None:  # noqa: F811
    text = (
        "Reporter: Kim Wijnbeeren (kwijnbeeren-gem)   Assignee: Thijs Oudekerkhof\n"
        "@kwijnbeeren-gem hoeveel medewerkers? @t.oudekerkhof welke klanten?\n"
        "Beheerder: Anton Coolhaegen; gecontroleerd door ab.coolhaegen.\n"
    )
    found = redacted_names_with_model(text)
    assert found.count("kwijnbeeren-gem") == 2
    assert "t.oudekerkhof" in found
    assert "ab.coolhaegen" in found


def test_logins_listed_after_the_word_for_them_are_redacted() -> None:
    text = (
        "Drie collega's (mvoskuilen, tdrieskamp en bwolterinkx-ext) hebben het dossier geopend.\n"
        "- [ ] Beheeraccounts zonder MFA (accounts jlammersveld, ibabs_support)\n"
        "Gebruikersnamen in paden (akampschulte, pborneveldt) zijn van medewerkers.\n"
        "# 2025-07-26: account rwantendijk uitgeschakeld\n"
        "operators:\n  - rwantendijk\n"
        "Telling door twee medewerkers (vier-ogenprincipe). Uw account aanmaken kan online.\n"
    )
    found = [value for kind, value in redacted(text) if kind == "name"]
    assert found == [
        "mvoskuilen",
        "tdrieskamp",
        "bwolterinkx-ext",
        "jlammersveld",
        "akampschulte",
        "pborneveldt",
        "rwantendijk",
        "rwantendijk",
    ]


def test_a_wiki_login_of_capital_initial_and_surname_is_redacted(model) -> None:  # noqa: F811
    text = (
        "| eigenaar = [[Gebruiker:MRoodhuijsen|Mirjam Roodhuijsen]]\n"
        "Graag per mail. --[[Gebruiker:MRoodhuijsen|MRoodhuijsen]] 3 jun 2025\n"
        "Interview met Lotte Gelderman in De Geldermannen, de krant van Gelderman Media.\n"
    )
    found = redacted_names_with_model(text)
    assert found.count("MRoodhuijsen") == 3
    assert "Geldermannen" not in " ".join(found)  # a word that only starts with the surname


def test_the_line_number_of_a_search_hit_is_no_name(model) -> None:  # noqa: F811
    text = (
        'Search "Oostermaat" (2 hits in 2 files)\n'
        "  S:\\WIZ\\overzicht.xlsx.txt (1 hit)\n"
        "\tLine 112: Oostermaat;K.J.;Holten;groen;32 uur\n"
        "  S:\\WIZ\\verslag.docx.txt (1 hit)\n"
        "\tLine   9: 2. Kay Oostermaat (Holten)\n"
    )
    assert "Line" not in redacted_names_with_model(text)


def test_rtf_control_symbols_are_read_as_the_characters_they_stand_for() -> None:
    rtf = (
        "{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 Arial;}}\n"
        "\\f0 Verzoeker: de heer J. Kleuskens\\par\n"
        "Kapelstraat 12\\~B\\par\n"
        "6031\\~EA Nederweert\\par\n"
        "Telefoon +31\\~6\\~2419\\~8833\\par\n"
        "}\n"
    )
    found = redacted(rtf)
    assert ("address", "Kapelstraat 12\\~B") in found
    assert ("postcode", "6031\\~EA") in found
    assert ("phone", "+31\\~6\\~2419\\~8833") in found


def test_fields_keyed_by_their_name_attribute_are_read_as_fields() -> None:
    xfdf = (
        "<fields>\n"
        '  <field name="verzoeker">\n'
        '    <field name="achternaam"><value>Doornkamp</value></field>\n'
        '    <field name="straat"><value>Lheebroekerweg</value></field>\n'
        '    <field name="huisnummer"><value>7</value></field>\n'
        '    <field name="postcode"><value>7991 NC</value></field>\n'
        "  </field>\n"
        '  <field name="locatie"><field name="straat"><value>Brink</value></field></field>\n'
        "</fields>\n"
        '<EventData><Data Name="Bron">Poller</Data><Data Name="Gebruiker">Gerrit Nijenkamp</Data>'
        "</EventData>\n"
    )
    assert redacted(xfdf) == [
        ("name", "Doornkamp"),
        ("address", "Lheebroekerweg"),
        ("address", "7"),
        ("postcode", "7991 NC"),
        ("name", "Gerrit Nijenkamp"),
    ]


def test_a_bsn_in_the_column_after_a_case_number_is_redacted() -> None:
    # "-00112  815990285" once read as a foreign country code (00 112) before a phone number
    table = (
        "  meldnr       bsn       naam\n"
        "1 VZ-24-00112  815990285 Kaanwerf, Dewi\n"
        "2 VZ-24-00113  905662271 Ekkhage, Luca\n"
    )
    assert redacted_of_type(table, "bsn") == ["815990285", "905662271"]
    assert redacted_of_type("Bel 0034 612 448 903 (Spanje).", "phone") == ["0034 612 448 903"]


def test_a_mobile_number_without_its_plus_is_redacted() -> None:
    log = (
        "2025-09-03 07:12:44 OUT to=31654102938 status=DELIVERED msgid=3165410293812\n"
        "2025-09-03 07:12:45 OUT to=31622810947 status=FAILED\n"
    )
    assert redacted_of_type(log, "phone") == ["31654102938", "31622810947"]


def test_a_gba_v_answer_and_an_xml_address_are_read_as_fields() -> None:
    answer = (
        "PERSOON 1\n"
        "  01.02.40  Geslachtsnaam ....................... Chmielewiak\n"
        "  01.03.10  Geboortedatum ....................... 19890314\n"
        "  08.11.10  Straatnaam .......................... Kreeftenstraat\n"
        "  08.11.20  Huisnummer .......................... 37\n"
        "  08.11.60  Postcode ............................ 4401 KJ\n"
    )
    assert redacted(answer) == [
        ("name", "Chmielewiak"),
        ("dob", "19890314"),
        ("address", "Kreeftenstraat"),
        ("address", "37"),
        ("postcode", "4401 KJ"),
    ]
    xml = (
        "<lrk:Opvanglocatie>\n"
        "  <lrk:Straat>Lieveldseweg</lrk:Straat>\n"
        "  <lrk:Huisnummer>52</lrk:Huisnummer>\n"
        "</lrk:Opvanglocatie>\n"
        "<lrk:Locatie><lrk:Straat>Markt</lrk:Straat></lrk:Locatie>\n"
    )
    assert redacted_of_type(xml, "address") == ["Lieveldseweg", "52"]


def test_the_spaces_of_a_latex_source_do_not_hide_a_number() -> None:
    latex = (
        "\\documentclass{article}\n\\begin{document}\n"
        "De ouders wonen aan de Zieuwentseweg~4, bereikbaar op 0545\\,25\\,06\\,81.\n"
        "\\end{document}\n"
    )
    found = redacted(latex)
    assert ("address", "Zieuwentseweg~4") in found
    assert ("phone", "0545\\,25\\,06\\,81") in found


def test_a_latex_macro_named_after_an_office_keeps_its_holder_visible() -> None:
    latex = (
        "\\documentclass{article}\n"
        "\\newcommand{\\portefeuillehouder}{B.~Zuiderveld}\n"
        "\\newcommand{\\burgemeester}{G.J.~Wieringhe}\n"
        "\\begin{document}\nOpgesteld met mevrouw Femke~Appelkamp (adviseur).\n\\end{document}\n"
    )
    found = spans(latex)
    assert ("name", "B.~Zuiderveld", "keep") in found
    assert ("name", "G.J.~Wieringhe", "keep") in found
    assert ("name", "Femke~Appelkamp", "redact") in found
