"""Detection improvements made after the blind ninety-seventh and ninety-eighth toets sets
(publicatie/evaluation/realistic_toets97 and _toets98) were measured: a database client's table
(psql) with its rule under the header, logins as a log's key ('user="..."') and as an INI
section ("[gebruiker.x]"); and, against redacting too much: a calendar's display name of a
functional mailbox, a place that ended a wrongly read name, personnel and security mailboxes, a
log line's identifier that looks like a phone number, a transcript's headings after a time, an
office holder's login, a word in a plate column, an English date line, foundations and sports
venues. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from publicatie.detect import detect_personal_data
from publicatie.policy import DetectionPolicy
from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    redacted,
    redacted_names_with_model,
    spans,
)


def test_a_psql_table_with_its_rule_under_the_header() -> None:
    text = (
        " pnr   | achternaam   | voornamen       | geb_datum  | afdeling\n"
        "-------+--------------+-----------------+------------+----------\n"
        " 51027 | Wanrooij     | Petronella      | 1971-04-12 | Werf\n"
        " 51388 | Kessels-Gooi | Johannes Petrus | 1984-10-30 | Burgerzaken\n"
        "(2 rows)\n"
    )
    found = redacted(text)
    assert ("name", "Wanrooij") in found and ("name", "Kessels-Gooi") in found
    assert ("dob", "1971-04-12") in found and ("dob", "1984-10-30") in found
    assert ("document_number", "51027") in found


def test_logins_as_a_logs_key_and_an_ini_section(model) -> None:  # noqa: F811
    text = (
        'Nov 02 03:10:44 fw01 logid="0100032001" type="event" user="bvanlier" action="login"\n'
        "; bijgewerkt door kmaessen (02-11)\n"
        "[gebruiker.gthijssen]\nweergavenaam = Gijs Thijssen\n"
        "[gebruiker.handhaving]\nweergavenaam = Team Handhaving\n"
    )
    found = redacted(text, use_model=True)
    assert ("name", "bvanlier") in found
    assert ("name", "kmaessen") in found
    assert ("name", "gthijssen") in found
    assert ("name", "handhaving") not in found


def test_a_logs_identifier_is_no_phone_number() -> None:
    text = 'Nov 02 03:10:44 fw01 logid="0100032001" type="event"\ntelnr=0412 63 12 40\n'
    phones = [t for k, t in redacted(text) if k == "phone"]
    assert phones == ["0412 63 12 40"]


def test_personnel_and_security_mailboxes() -> None:
    text = "Cc: p-en-o@venray.nl; or@venray.nl; declaraties@venray.nl; soc-meldingen@venray.nl\n"
    assert [t for k, t in redacted(text) if k == "email"] == []
    assert ("email", "r.janssen@venray.nl") in redacted("Aan: r.janssen@venray.nl\n")


def test_a_calendars_display_name_of_a_functional_mailbox(model) -> None:  # noqa: F811
    text = (
        "BEGIN:VEVENT\n"
        'ORGANIZER;CN="Sportaccommodaties Gennep":mailto:sport@gennep.nl\n'
        'ATTENDEE;CN="Verhoeven, Lotte":mailto:lotte.verhoeven@gmail.com\n'
        "END:VEVENT\n"
    )
    names = redacted_names_with_model(text)
    assert not any("Sportaccommodaties" in n for n in names)
    assert "Verhoeven, Lotte" in names


def test_a_place_that_ended_a_wrongly_read_name_stays_a_place() -> None:
    from publicatie import detect
    from schemas.records import RedactionSpan

    text = "Toernooicommissie VV Venray belt terug. De hal in Venray is vol.\n"
    end = len("Toernooicommissie VV Venray")
    wrong = RedactionSpan(
        start=0, end=end, text=text[:end], type="name", ground="5.1.2e", action="redact",
        reason="Naam van een natuurlijk persoon.", confidence=0.7,
    )  # fmt: skip
    assert detect._repeated_surnames(text, [wrong]) == []
    person = wrong.model_copy(update={"text": "Kees Venray", "end": 11})
    assert detect._repeated_surnames("Kees Venray belt. Venray zegt ja.\n", [person]) != []


def test_a_transcripts_headings_after_a_time_are_no_names(model) -> None:  # noqa: F811
    text = (
        "[00:00:05] Eerste melding: de leidinggevende maakte opmerkingen.\n"
        "[00:00:40] Concreet: hij zei het drie keer.\n"
        "[00:01:10] Afspraken voor later: gesprek plannen.\n"
        "[00:01:30] sanne kuipers: dank je.\n"
        "Dat is de paraaf van betrokkene zelf.\n"
    )
    names = redacted_names_with_model(text)
    assert names == ["sanne kuipers"]


def test_an_office_holders_login_stays_visible(model) -> None:  # noqa: F811
    text = (
        "[gebruiker.mverstegen]\nweergavenaam = Maud Verstegen\nfunctie = wethouder financiën\n\n"
        "[gebruiker.pkoenen]\nweergavenaam = Pieter Koenen\nfunctie = beleidsadviseur\n\n"
        'Nov 03 fw01 user="hgommans" action="login"\n'
        "Melding gezien door wethouder Gommans.\n"
    )
    found = {t: a for k, t, a in spans(text, use_model=True) if k == "name"}
    assert found["mverstegen"] == "keep"
    assert found["hgommans"] == "keep"
    assert found["pkoenen"] == "redact"


def test_a_word_in_a_plate_column_is_no_plate() -> None:
    text = (
        "nr        kenteken   vervoer\n"
        "U25-0701  VL-782-K   aanhanger\n"
        "U25-0702  eigen      bus\n"
        "U25-0703  klant      bakfiets\n"
    )
    plates = [t for k, t in redacted(text) if k == "kenteken"]
    assert plates == ["VL-782-K"]


def test_an_english_date_line_is_no_address_or_name() -> None:
    text = (
        "On Tue, Jun 3, 2025 at 9:12 AM Ilse wrote:\n"
        "Sent: Wednesday, June 4, 2025 10:02\n"
        "Ship to: Dorpsstraat 12, 4233 ab Ameide\n"
    )
    found = detect_personal_data(text, policy=DetectionPolicy())
    redacted_values = {s.text for s in found if s.action == "redact"}
    assert not any("Jun" in v or "2025" in v or "Tue" in v for v in redacted_values)
    assert "Dorpsstraat 12" in redacted_values and "4233 ab" in redacted_values


def test_foundations_and_sports_venues_are_no_persons(model) -> None:  # noqa: F811
    text = (
        "Bijdragen van de Johan Cruyff Foundation en de Krajicek Foundation. De finale is op "
        "Sportpark De Groenendaal; de training in Zwembad De Schelp.\n"
    )
    names = redacted_names_with_model(text)
    assert not any("Foundation" in n or "Groenendaal" in n or "Schelp" in n for n in names)
