"""Detection and redaction improvements made after the blind seventy-third and seventy-fourth
toets sets (publicatie/evaluation/realistic_toets73 and _toets74) were measured: Frisian, German,
Irish and Arabic first names that deduce lacks; workspace handles ("alistair.kendall") and a
LinkedIn profile; English words in a chat are no names; personal numbers in a roster column, in
a list, of an interpreter, a V-number with spaces, German tax and social security numbers; "DOB"
and a form's spaced date; a postcode under its INI key or after a room; a neighbour's house
number after a comma; towns across the border are places. In the PDF: a value found on one page
by its context is redacted on every page, and a name in a file name joined by underscores is
removed too. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from publicatie.convert import to_pdf
from publicatie.names import first_name_known
from publicatie.pdf_text import extract_text
from publicatie.policy import DetectionPolicy
from publicatie.redact import redact_pdf
from tests.detect_helpers import model, of_type, redacted_of_type  # noqa: F401 (fixture)


def test_frisian_german_irish_and_arabic_first_names_are_known(model) -> None:  # noqa: F811
    for name in ("Skelte", "Geertsje", "Ybele", "Wypke", "Ute", "Jürgen", "Roisin", "Hussam"):
        assert first_name_known(name), name
    names = [
        value
        for value, action in of_type(
            "Aanwezig: Skelte Hoekstra en Geertsje Bosma (bewoners), en Ute Brinkmann.\n",
            "name",
            use_model=True,
        )
        if action == "redact"
    ]
    for name in ("Skelte Hoekstra", "Geertsje Bosma", "Ute Brinkmann"):
        assert name in names, name


def test_a_workspace_handle_and_a_linkedin_profile_but_no_file_or_domain(model) -> None:  # noqa: F811
    text = (
        "Exported 2025-07-01 by martijn.oldenkamp (workspace admin)\n"
        "[18:02] martijn.oldenkamp: Medical post is open.\n"
        "Profiel: https://www.linkedin.com/in/sanne-wolters-7b2\n"
        "Zie notulen.docx en gemeente.nl; mail naar maria.jansen@voorbeeld.nl.\n"
    )
    names = [value for value, action in of_type(text, "name", use_model=True) if action == "redact"]
    assert names.count("martijn.oldenkamp") == 2
    assert "sanne-wolters-7b2" in names
    assert not any(v in ("notulen.docx", "gemeente.nl", "maria.jansen") for v in names)


def test_english_words_in_a_chat_are_no_first_names(model) -> None:  # noqa: F811
    text = (
        "[21:47] sam.brewer: Guy down near the stage. He has done well, may need the ward.\n"
        "[21:50] sam.brewer: Police took the other guy. Name Ryan Hartley, DOB 04/11/2001.\n"
    )
    names = [value for value, action in of_type(text, "name", use_model=True) if action == "redact"]
    for word in ("has", "done", "may", "ward", "guy", "Name"):
        assert word not in names, word
    assert "Ryan Hartley" in names
    assert redacted_of_type(text, "dob", use_model=True) == ["04/11/2001"]


def test_personal_numbers_of_a_roster_a_list_an_interpreter_and_from_germany() -> None:
    text = (
        "WEEK   HUISARTS         BIG-NR       MOBIEL\n"
        "27     T.H. Zandvliet   19055402801  06-28810473\n\n"
        "Twee gevallen (klantnummers K-4471920 en K-4470388) worden nagebeld.\n"
        "Met tolk mevrouw R. Jasinska (tolknummer T-20871). Mijn V-nummer is V-2938 4417 0.\n"
        "Steuer-ID     : 30098456078\nSV-Nummer     : 65 140491 C 509\n"
        "Verslag boa Jurjens (BOA-nr. BOA-81.204.775).\n"
    )
    numbers = redacted_of_type(text, "document_number")
    for value in (
        "19055402801",
        "K-4471920",
        "K-4470388",
        "T-20871",
        "V-2938 4417 0",
        "30098456078",
        "65 140491 C 509",
        "BOA-81.204.775",
    ):
        assert value in numbers, value


def test_a_form_s_spaced_date_of_birth_and_a_postcode_under_its_key_or_after_a_room() -> None:
    text = (
        "Geboortedatum: 11 - 02 - 2013\n"
        "[client]\nadres = Grietsestraat 74\npostcode = 6901 GX\nwoonplaats = Zevenaar\n\n"
        "I live in a house of the agency, Hunneveldweg 8, room 4, 6903 ZN Zevenaar.\n"
        "De gemeente zit aan de Markt; postcode 6901 AA is de hele straat.\n"
    )
    assert redacted_of_type(text, "dob") == ["11 - 02 - 2013"]
    postcodes = dict(of_type(text, "postcode"))
    assert postcodes["6901 GX"] == "redact" and postcodes["6903 ZN"] == "redact"
    assert postcodes["6901 AA"] == "keep"


def test_a_neighbours_house_number_after_a_comma() -> None:
    text = (
        "| Yvonne Wijers (buurvrouw, nr. 86) | noodopvang |\n"
        "| HH-25-0107 | Westerweg, achter nr. 12 | schapen op de dijk |\n"
    )
    addresses = redacted_of_type(text, "address")
    assert "nr. 86" in addresses and "nr. 12" in addresses


def test_a_town_across_the_border_is_no_name(model) -> None:  # noqa: F811
    text = (
        "De wethouder informeert zijn collega in Emmerich over de grensarbeiders.\n"
        "Bij bevestiging door Emmerich volgt een proces-verbaal.\n"
    )
    names = [value for value, _ in of_type(text, "name", use_model=True)]
    assert not any("Emmerich" in value for value in names)


def test_a_login_found_on_page_one_is_redacted_on_page_two_as_well() -> None:
    lines = ["jobcoach:", "  naam: Koen Zweerink", "  gebruiker: kzweerink"]
    lines += [f"  regel {i}: tekst over het traject" for i in range(90)]
    lines += ["  - datum: 2025-10-14", "    door: kzweerink", "    tekst: gesprek gevoerd"]
    text = "\n".join(lines) + "\n"
    pdf = to_pdf(text.encode(), "x.txt", "text/plain", document="login")
    output, result = redact_pdf(
        pdf, document="login", policy=DetectionPolicy(use_model=False), source_text=text
    )
    pages = extract_text(output, document="login")
    assert len(pages) >= 2
    assert result.verified, result.reason
    assert not any("kzweerink" in page for page in pages)


def test_a_name_in_a_file_name_joined_by_underscores_is_removed() -> None:
    text = 'Aanvrager: Wael Alloush\nuploads: ["id_alloush_wael_voor.pdf"]\n'
    pdf = to_pdf(text.encode(), "x.txt", "text/plain", document="upload")
    output, result = redact_pdf(
        pdf, document="upload", policy=DetectionPolicy(use_model=False), source_text=text
    )
    read = " ".join(extract_text(output, document="upload")).lower()
    assert "alloush" not in read
    assert result.verified, result.reason
