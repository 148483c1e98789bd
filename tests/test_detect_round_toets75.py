"""Detection improvements made after the blind seventy-fifth and seventy-sixth toets sets
(publicatie/evaluation/realistic_toets75 and _toets76) were measured, all about redacting too
much: a desk or a department invited in a calendar export or speaking in a call transcript, a
building named after its place ("Algemene Begraafplaats Heemstede", "Kazerne Gorssel"), and
English words in a mail that deduce knows as first names. New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import model, of_type, redacted_of_type  # noqa: F401 (fixture)


def test_a_desk_or_department_in_a_calendar_export_is_no_person() -> None:
    text = (
        "BEGIN:VEVENT\nSUMMARY:Afspraak paspoort\n"
        "ORGANIZER;CN=Burgerzaken Heemskerk:mailto:burgerzaken@heemskerk.nl\n"
        "ATTENDEE;CN=Balie 3;ROLE=REQ-PARTICIPANT:mailto:balie3@heemskerk.nl\n"
        "ATTENDEE;CN=Petra Zonneveld;ROLE=REQ-PARTICIPANT:mailto:p.zonneveld@ziggo.nl\n"
        "END:VEVENT\n"
    )
    names = redacted_of_type(text, "name")
    assert "Petra Zonneveld" in names
    assert not any("Balie" in n or "Burgerzaken" in n for n in names)


def test_a_desk_speaking_in_a_call_transcript_is_no_name(model) -> None:  # noqa: F811
    text = (
        "Medewerker KCC: Mirte Oudeland\nBeller: B\n\n"
        "[00:00] KCC: Gemeente Heemskerk, u spreekt met Mirte, waarmee kan ik u helpen?\n"
        "[00:05] Beller: Ja, met Bert Koedijker, ik bel over mijn paspoort.\n"
    )
    names = [v for v, action in of_type(text, "name", use_model=True) if action == "redact"]
    assert "KCC" not in names
    assert "Bert Koedijker" in names


def test_a_building_named_after_its_place_is_no_person(model) -> None:  # noqa: F811
    text = (
        "; Begraafplaats: Algemene Begraafplaats Heemstede, Herenweg 1, 2105 MA Heemstede\n"
        "De bevelvoerder van de post (Kazerne Lochem, Nieuweweg 5) nam het over.\n"
    )
    names = [v for v, action in of_type(text, "name", use_model=True) if action == "redact"]
    assert not any("Heemstede" in n or "Lochem" in n for n in names), names


def test_english_day_is_no_name(model) -> None:  # noqa: F811
    text = "[10:02] anna.wright: We plan day activities for young adults, every day but Sunday.\n"
    names = [v for v, action in of_type(text, "name", use_model=True) if action == "redact"]
    assert "day" not in names
