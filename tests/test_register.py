"""The category register: package data that must match the TOOI list exactly."""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from woo.errors import ConfigError
from woo_categorieen import by_code, by_uri, categories, resolve

SHARED = Path(__file__).resolve().parents[2] / "shared"
TOOI_CSV = SHARED / "standards" / "tooi" / "informatiecategorieen.csv"
MANDATORY_SINCE_NOV_2024 = {"infocat001", "infocat002", "infocat004", "infocat005", "infocat007"}


def _tooi_rows() -> list[dict[str, str]]:
    with TOOI_CSV.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_register_has_18_categories_with_unique_codes_and_uris() -> None:
    cats = categories()
    assert len(cats) == 18
    assert len({c.uri for c in cats}) == 18
    codes = [c.code for c in cats if c.code]
    assert codes == [f"infocat{n:03d}" for n in range(1, 18)]


def test_register_matches_the_tooi_list_field_by_field_in_tooi_order() -> None:
    rows = sorted(_tooi_rows(), key=lambda row: int(row["tooi_order"]))
    assert [
        (c.uri, c.code, c.label, c.label_singular, c.article, c.order, c.description)
        for c in categories()
    ] == [
        (
            r["uri"],
            r["sitemapindex_code"],
            r["label"],
            r["label_enkelvoud"],
            r["woo_artikel"],
            int(r["tooi_order"]),
            r["definitie"],
        )
        for r in rows
    ]


def test_packaged_csv_is_a_verbatim_copy_of_the_shared_tooi_list() -> None:
    packaged = resources.files("woo_categorieen.data").joinpath("informatiecategorieen.csv")
    assert packaged.read_bytes() == TOOI_CSV.read_bytes()


def test_art_3_1_effort_duty_comes_last_without_code() -> None:
    last = categories()[-1]
    assert last.uri == "https://identifier.overheid.nl/tooi/def/thes/kern/c_816e508d"
    assert last.code == ""
    assert not last.is_art_3_3
    assert all(c.is_art_3_3 for c in categories()[:-1])


def test_mandatory_from_is_1_november_2024_for_five_categories_and_unset_for_the_rest() -> None:
    for category in categories():
        if category.code in MANDATORY_SINCE_NOV_2024:
            assert category.mandatory_from == date(2024, 11, 1), category.code
        else:
            assert category.mandatory_from is None, category.code


def test_is_mandatory_on_respects_the_date_and_unset_categories() -> None:
    wetten, convenanten = by_code("infocat001"), by_code("infocat011")
    assert not wetten.is_mandatory_on(date(2024, 10, 31))
    assert wetten.is_mandatory_on(date(2024, 11, 1))
    assert not convenanten.is_mandatory_on(date(2030, 1, 1))


def test_mandatory_dates_file_lists_every_art_3_3_code_and_names_its_source() -> None:
    data = json.loads(
        resources.files("woo_categorieen.data").joinpath("verplicht_vanaf.json").read_text()
    )
    assert set(data["verplicht_vanaf"]) == {c.code for c in categories() if c.code}
    assert "Staatscourant 2024, 30890" in data["_bron"]


def test_categories_are_loaded_once_and_the_returned_list_is_a_copy() -> None:
    first = categories()
    first.clear()
    again = categories()
    assert len(again) == 18
    assert again[0] is categories()[0]


def test_category_is_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        categories()[0].label = "iets anders"  # type: ignore[misc]


def test_by_code_and_by_uri_find_the_category() -> None:
    besluitenlijsten = by_code("infocat009")
    assert besluitenlijsten.label == "agenda’s en besluitenlijsten bestuurscolleges"
    assert by_uri(besluitenlijsten.uri) is besluitenlijsten
    assert by_code(" INFOCAT009 ") is besluitenlijsten


@pytest.mark.parametrize(
    "value",
    [
        "infocat016",
        "InfoCat016",
        "https://identifier.overheid.nl/tooi/def/thes/kern/c_46a81018",
        "beschikkingen",
        "Beschikking",
        "  beschikkingen  ",
    ],
)
def test_resolve_accepts_code_uri_and_labels(value: str) -> None:
    assert resolve(value).code == "infocat016"


def test_resolve_accepts_straight_apostrophe_and_extra_spaces_in_labels() -> None:
    assert resolve("agenda's en  besluitenlijsten bestuurscolleges").code == "infocat009"


def test_resolve_finds_art_3_1_by_uri_and_label() -> None:
    uri = "https://identifier.overheid.nl/tooi/def/thes/kern/c_816e508d"
    assert resolve(uri).code == ""
    assert resolve("inspanningsverplichting art 3.1 Woo").uri == uri


@pytest.mark.parametrize("value", ["infocat018", "besluiten", "https://example.org/c_46a81018"])
def test_resolve_refuses_unknown_values_with_a_dutch_message(value: str) -> None:
    with pytest.raises(ConfigError) as excinfo:
        resolve(value)
    assert "onbekende informatiecategorie" in str(excinfo.value)
    assert value in str(excinfo.value)


@pytest.mark.parametrize("value", ["", "   "])
def test_resolve_refuses_empty_values(value: str) -> None:
    with pytest.raises(ConfigError, match="lege of ongeldige informatiecategorie"):
        resolve(value)


def test_by_code_refuses_empty_and_unknown_codes() -> None:
    for value in ("", "infocat000", "c_46a81018"):
        with pytest.raises(ConfigError, match="onbekende informatiecategorie-code"):
            by_code(value)


def test_by_uri_refuses_unknown_uri() -> None:
    with pytest.raises(ConfigError, match="onbekende informatiecategorie-URI"):
        by_uri("https://identifier.overheid.nl/tooi/def/thes/kern/c_00000000")


# -- plain-Dutch explanation and configurable mandatory dates ----------------------------------


def test_every_category_has_a_plain_dutch_explanation_and_typical_documents() -> None:
    from woo_categorieen import categories as all_categories

    for category in all_categories():
        assert len(category.explanation) > 30, category.label
        assert len(category.typical_documents) >= 2, category.label
    assert "besluitenlijst B&W" in by_code("infocat009").typical_documents


def test_an_organisation_can_override_the_mandatory_date_of_a_category() -> None:
    from datetime import date

    from woo_categorieen import with_mandatory_dates

    changed = {c.code: c for c in with_mandatory_dates({"infocat009": "2025-01-01"})}
    assert changed["infocat009"].mandatory_from == date(2025, 1, 1)
    assert changed["infocat001"].mandatory_from == date(2024, 11, 1)  # untouched default
    assert by_code("infocat009").mandatory_from is None  # the register itself is unchanged


def test_a_bad_override_of_a_mandatory_date_is_a_config_error() -> None:
    from woo_categorieen import with_mandatory_dates

    with pytest.raises(ConfigError, match="ongeldige datum"):
        with_mandatory_dates({"infocat009": "morgen"})
    with pytest.raises(ConfigError, match="onbekende informatiecategorie-code"):
        with_mandatory_dates({"infocat099": "2025-01-01"})
