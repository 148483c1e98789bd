"""Lakken, eighty-third round (tuned on realistic_toets162).

What the round added: a register's, a map's and a trade body's mailboxes ("wkpb@", "gis@",
"regio.noord@") are functional; a postbus is an organisation's address, also in a register's
cell under a sole trader's row; a park named with "Het" is no person, nor "Pas" opening a
sentence about when; the logins of a map app's "Creator" and "Editor" columns, after "gebruiker"
before an XML comment's end or a team in brackets, after "Klant-ID:", "Paraaf:" and as a
JSON export's "onderzoeker" are a person's; a login where a file's handler is named (a register's
"<behandelaar>", a "Paraaf:" line, a chat channel's poster) is not the wethouder's of that name;
the names on a college advice's "Portefeuille:" line, after "schriftelijke vragen" and before "van
de gemeenteraad" are office holders'; an office holder's namesake stays redacted after a civil
servant's job ("Jurist S. Hoekstra"), in brackets after a house's address and with a company or
park in brackets after it; a couple's initials ("H. en G. Mulder") go with the surname; a
teamleider's or toezichthouder's job in brackets is a civil servant's, not when it says whose
kin the person is not; a neighbour quoted in a note ("buurvrouw Pos: hij ...") is a person.
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    spans,
)


def test_mailboxes_of_a_register_a_map_and_a_regional_office() -> None:
    text = (
        "Vragen over de kaart: gis@ermelo.nl. Aanlevering beperkingen via wkpb@ermelo.nl.\n"
        "Afschrift aan regio.noord@recron.nl en aan j.kramer@ermelo.nl.\n"
    )
    found = spans(text)
    assert ("email", "gis@ermelo.nl", "keep") in found
    assert ("email", "wkpb@ermelo.nl", "keep") in found
    assert ("email", "regio.noord@recron.nl", "keep") in found
    assert ("email", "j.kramer@ermelo.nl", "redact") in found


def test_a_postbus_in_a_register_is_an_organisations_address() -> None:
    text = (
        "regnr;ontvangen;afzender;adres afzender;onderwerp;behandelaar\n"
        "I26.101;02-03-2026;P. Brouwer;Veldweg 12, 3851 KL Ermelo;zienswijze;jdekker\n"
        "I26.102;03-03-2026;B. Smit (Camping De Kolk, KvK 62817364);Kolkweg 4, 3852 MN Ermelo;"
        "reactie;jdekker\n"
        "I26.103;04-03-2026;Belastingdienst;Postbus 2522, 6401 DA Heerlen;aanslag;jdekker\n"
    )
    found = spans(text)
    assert not any(
        action == "redact" and ("Postbus" in value or value == "6401 DA")
        for _, value, action in found
    )
    assert ("address", "Veldweg 12", "redact") in found
    assert ("address", "Kolkweg 4", "redact") in found  # the sole trader's, on its own row


def test_a_park_named_with_het_is_no_person() -> None:
    text = "7\tPGB-2004-013\tBakker, H.\t12-05-1941\tactief\tneef van eigenaar Het Hulsbeek\n"
    found = spans(text)
    assert not any(kind == "name" and "Hulsbeek" in value for kind, value, _ in found)


def test_pas_opening_a_sentence_about_when_is_no_name(model) -> None:  # noqa: F811
    text = (
        "Op 3 maart zagen wij u dozen inladen. Pas na 20 maart 2026 stond uw auto er niet meer. "
        "Daarmee is de overtreding beëindigd."
    )
    assert not any(value == "Pas" for _, value, _ in spans(text, use_model=True))


def test_logins_of_a_map_apps_creator_and_editor_columns() -> None:
    text = (
        "OBJECTID,datum,adres,waarneming,Creator,Editor\n"
        "21,2026-02-03,Kolkweg 8,licht aan,pvdberg,tkramer\n"
        "22,2026-02-03,Kolkweg 10,geen licht,tkramer,tkramer\n"
        "<xmp:CreatorTool>Ricoh MP C3004 (Scan)</xmp:CreatorTool>\n"
    )
    found = spans(text)
    assert ("name", "pvdberg", "redact") in found
    assert ("name", "tkramer", "redact") in found
    assert not any("Ricoh" in value for _, value, _ in found)


def test_logins_cued_by_a_user_a_customer_id_a_paraph_and_an_investigator(
    model,  # noqa: F811
) -> None:
    text = (
        "<!-- export register Ermelo 02-04-2026 09:12, gebruiker wvandam -->\n"
        "Export uit het zaaksysteem, 02-04-2026, gebruiker jdijkstra (DIV)\n"
        "Klant-ID: hbakker-71   Telefoon klant: 06-1234 5678\n"
        "Paraaf:      mhendriks (jurist)\n"
        '{"zaak": "AO-2026-1183", "onderzoeker": "ejansen"}\n'
    )
    found = spans(text, use_model=True)
    for login in ("wvandam", "jdijkstra", "hbakker-71", "mhendriks", "ejansen"):
        assert ("name", login, "redact") in found


def test_a_handlers_login_is_not_the_wethouders_of_that_name() -> None:
    text = (
        "<besluit>\n"
        "  <ondertekenaar>wethouder P. Brouwer</ondertekenaar>\n"
        "  <behandelaar>pbrouwer</behandelaar>\n"
        "</besluit>\n"
        "[09:14] @pbrouwer: controle klaar, verslag volgt\n"
    )
    found = spans(text)
    assert ("name", "P. Brouwer", "keep") in found
    assert ("name", "pbrouwer", "keep") not in found
    assert found.count(("name", "pbrouwer", "redact")) == 2


def test_the_names_on_a_college_advices_portfolio_line(model) -> None:  # noqa: F811
    text = (
        "COLLEGEADVIES\n"
        "Portefeuille:   H. Mulder (wonen), mede K. Bos (financiën)\n"
        "Steller:        Anne de Wit, 0341 25 44 12\n"
        "Bewoner H. Mulder heeft bezwaar gemaakt.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "K. Bos", "keep") in found
    assert ("name", "Anne de Wit", "redact") in found


def test_who_asked_written_questions_is_a_council_member(model) -> None:  # noqa: F811
    text = (
        "I26.201;02-03-2026;P. de Vries;Veldweg 3, 3851 KL Ermelo;zienswijze;jdekker\n"
        "I26.202;04-03-2026;griffie;intern;schriftelijke vragen P. de Vries en Kaya over "
        "handhaving;jdekker\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "P. de Vries", "keep") in found
    assert ("name", "Kaya", "keep") in found
    assert ("name", "P. de Vries", "redact") in found


def test_a_namesake_after_a_civil_servants_job_or_an_address() -> None:
    text = (
        "De raadsleden M. Jansen en T. Smit stelden vragen.\n"
        "- Kolkweg 8 (T. Smit): bezwaar ingediend 20 april.\n"
        "Jurist M. Jansen verwacht dat het besluit standhoudt. Raadslid M. Jansen wil het "
        "advies inzien.\n"
    )
    found = spans(text)
    assert ("name", "T. Smit", "redact") in found
    assert ("name", "T. Smit", "keep") in found
    assert ("name", "M. Jansen", "redact") in found
    assert ("name", "M. Jansen", "keep") in found


def test_a_namesake_with_a_company_or_park_in_brackets() -> None:
    text = (
        "Aanwezig: wethouder A. Visser (voorzitter), B. Visser (Camping De Kolk), "
        "L. Meijer (VvE De Hoeve); afwezig: raadslid L. Meijer\n"
        "De voorzitter zegt een brief toe via griffier Visser.\n"
    )
    found = spans(text)
    assert ("name", "B. Visser", "redact") in found
    assert ("name", "L. Meijer", "redact") in found
    assert ("name", "L. Meijer", "keep") in found


def test_a_member_of_the_council_named_so_after_the_name(model) -> None:  # noqa: F811
    text = (
        "Ik heb het gemeld bij handhaving en ik mail ook Bakker van de gemeenteraad. "
        "Groet, Els Mulder"
    )
    found = spans(text, use_model=True)
    assert ("name", "Bakker", "keep") in found
    assert ("name", "Els Mulder", "redact") in found


def test_a_couples_initials_go_with_the_surname() -> None:
    found = spans("20;H. en G. Mulder;3.480;26;pgb\nBrief aan R. en T. van Dam, Kolkweg 8.\n")
    assert ("name", "H. en", "redact") in found
    assert ("name", "G. Mulder", "redact") in found
    assert ("name", "R. en", "redact") in found


def test_a_team_leaders_job_in_brackets_and_no_kin_of_one() -> None:
    text = (
        "Aanwezig: wethouder E. Prins, Erik Prins (teamleider Handhaving), "
        "M. Dekker (toezichthouder)\n"
        "Ter kennisname: wethouder E. Prins (geen familie van de teamleider)\n"
        "Erik Prins meldt 31 controles.\n"
    )
    found = spans(text)
    assert ("name", "Erik Prins", "redact") in found
    assert ("name", "E. Prins", "keep") in found
    assert ("name", "E. Prins", "redact") not in found


def test_a_neighbour_quoted_in_a_note() -> None:
    found = spans('112,Kolkweg 54,geen licht,nee,"buurman Stam: hij slaapt er nog",pvdberg\n')
    assert ("name", "Stam", "redact") in found
