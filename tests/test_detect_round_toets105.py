"""Detection improvements made after the blind hundred-and-fifth and hundred-and-sixth toets sets
(publicatie/evaluation/realistic_toets105 and _toets106) were measured: initials before a
surname in capitals, in a text written in capitals; council members in an export whose record
gives the party on the next line; and, against redacting too much: SharePoint's "Items(...)"
and a notebook's "Python 3". New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    names_with_model,
    redacted,
    redacted_names_with_model,
)


def test_initials_before_a_surname_in_capitals() -> None:
    text = (
        "> 4. Wie tekenen de borgstelling?\n"
        "4. DE BORGEN ZIJN R.J. HEUVELINK, K. TERWEELE-OOSTRIK EN DE HEER A.P. VAN ZWAMMEREN.\n"
        "N.B. GEEN KOPIE IN HET DOSSIER; T.A.V. DE CONTROLLER. – JvH\n"
    )
    names = {value for kind, value in redacted(text) if kind == "name"}
    assert {"R.J. HEUVELINK", "K. TERWEELE-OOSTRIK", "A.P. VAN ZWAMMEREN"} <= names
    assert not any(value.startswith(("N.B.", "T.A.V.")) for value in names)


def test_council_members_in_an_exports_records_with_their_party(model) -> None:  # noqa: F811
    text = (
        "vraag:\n"
        "  nummer: 2025-041\n"
        "  vraagstellers:\n"
        "    - naam: K. Oosterholt\n"
        "      fractie: Lokaal Liemers\n"
        "    - naam: S. Demirkaya\n"
        "      fractie: VVD\n"
        "  behandelaar:\n"
        "    - naam: T. Geurtsen\n"
        "      afdeling: Financiën\n"
    )
    names = names_with_model(text)
    assert names.get("K. Oosterholt") == "keep" and names.get("S. Demirkaya") == "keep"
    assert names.get("T. Geurtsen") == "redact"


def test_an_export_and_a_notebook_name_no_persons(model) -> None:  # noqa: F811
    text = (
        '{"__metadata": {"id": "Web/Lists(guid\'5b1e\')/Items(88)", "type": "SP.Data.Item"},\n'
        ' "Title": "Schade fietspad", "Melder": "Jeroen Wissink"}\n'
        '{"kernelspec": {"display_name": "Python 3", "name": "python3"}}\n'
    )
    found = redacted_names_with_model(text)
    assert "Jeroen Wissink" in found
    assert not any(value in ("Items", "Python 3", "python3") for value in found)
