"""The mapping layer, the cue layer and the decision (thresholds, margin, review).

These tests run `classify` with the transparent cue table as its text layer (`CUE_LAYER`); the
trained model, the default text layer, is tested in `test_classifier_model.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from woo.errors import ConfigError
from woo.settings import CategoryMappingRule
from woo_categorieen import NO_CATEGORY_REASON, by_code
from woo_categorieen import classify as _classify
from woo_categorieen.classifier import CUE_LAYER
from woo_categorieen.cues import BODY_LIMIT, CUE_TABLE, TextScore, confidences, score_text

classify = partial(_classify, text_layer=CUE_LAYER)
SHARED = Path(__file__).resolve().parents[2] / "shared"
BESLUITENLIJSTEN = "agenda’s en besluitenlijsten bestuurscolleges"

# (expected code, realistic title, start of the body text)
CASES = [
    (
        "infocat001",
        "Verordening maatschappelijke ondersteuning Pijnacker-Nootdorp 2025",
        "De raad van de gemeente Pijnacker-Nootdorp; gelezen het voorstel van burgemeester en "
        "wethouders van 4 februari 2025; besluit: vast te stellen de Verordening maatschappelijke "
        "ondersteuning Pijnacker-Nootdorp 2025.",
    ),
    (
        "infocat002",
        "Beleidsregels handhaving kinderopvang 2024",
        "Het college van burgemeester en wethouders van Pijnacker-Nootdorp; besluiten: vast te "
        "stellen de Beleidsregels handhaving kinderopvang 2024.",
    ),
    (
        "infocat003",
        "Ontwerp Afvalstoffenverordening 2025 - adviesaanvraag",
        "Hierbij vragen wij u advies over de ontwerpverordening. Uw zienswijze ontvangen wij graag "
        "voor 1 april.",
    ),
    (
        "infocat004",
        "Mandaatregeling gemeente Pijnacker-Nootdorp 2024",
        "In deze regeling staat welke medewerkers namens het college besluiten mogen nemen.",
    ),
    (
        "infocat005",
        "Contactgegevens en openingstijden gemeentehuis",
        "U kunt ons bellen via 14 015. Bezoekadres: Oranjeplein 1, Pijnacker.",
    ),
    (
        "infocat006",
        "Lijst van ingekomen stukken raadsvergadering 14 maart 2024",
        "1. Brief van de Vereniging Dorpsbelangen over de herinrichting van de Oostlaan.",
    ),
    (
        "infocat007",
        "Kamerstuk 36 410 nr. 12",
        "Brief van de minister van Binnenlandse Zaken aan de Voorzitter van de Tweede Kamer.",
    ),
    (
        "infocat008",
        "Raadsvoorstel herinrichting Oostlaan",
        "Beslispunten: 1. in te stemmen met het voorlopig ontwerp van de Oostlaan.",
    ),
    (
        "infocat009",
        "Besluitenlijst collegevergadering 5 maart 2024",
        "Aanwezig: burgemeester en wethouders. Het college besluit conform advies.",
    ),
    (
        "infocat010",
        "Advies Adviesraad Sociaal Domein over het armoedebeleid",
        "De adviesraad adviseert het college om de minimaregeling te verruimen.",
    ),
    (
        "infocat011",
        "Convenant Veilig Uitgaan Pijnacker-Nootdorp 2024-2027",
        "Partijen spreken af samen te werken aan een veilig uitgaansklimaat.",
    ),
    (
        "infocat012",
        "Jaarverslag 2023 Omgevingsdienst Haaglanden",
        "In dit jaarverslag leggen wij verantwoording af over de uitvoering van onze taken.",
    ),
    (
        "infocat013",
        "Subsidieregeling verduurzaming sportverenigingen 2025",
        "Het subsidieplafond voor deze regeling bedraagt € 250.000.",
    ),
    (
        "infocat014",
        "Besluit op Woo-verzoek over de aanleg van de N470",
        "Op grond van de Wet open overheid maken wij de documenten op de inventarislijst openbaar.",
    ),
    (
        "infocat015",
        "Onderzoeksrapport rekenkamercommissie: evaluatie participatiebeleid",
        "De rekenkamercommissie heeft onderzoek gedaan naar de uitvoering van het beleid.",
    ),
    (
        "infocat016",
        "Omgevingsvergunning bouwen woning Dorpsstraat 12",
        "Wij verlenen de omgevingsvergunning voor het bouwen van een woning. Bent u het niet eens "
        "met dit besluit? Dan kunt u bezwaar maken.",
    ),
    (
        "infocat017",
        "Klachtoordeel over de bejegening aan de balie",
        "Na de hoorzitting vinden wij uw klacht gegrond.",
    ),
]


@pytest.mark.parametrize(("code", "title", "text"), CASES, ids=[c[0] for c in CASES])
def test_realistic_documents_get_their_category_from_textual_cues(
    code: str, title: str, text: str
) -> None:
    result = classify(title=title, text=text)
    assert result.top is not None
    assert result.top.code == code
    assert result.top.uri == by_code(code).uri
    assert result.top.label == by_code(code).label
    assert result.method == "rules"
    assert not result.needs_review, result.reason


def test_cue_table_covers_every_art_3_3_category() -> None:
    assert {code for code, *_ in CUE_TABLE} == {f"infocat{n:03d}" for n in range(1, 18)}


def test_reason_names_the_deciding_words_and_the_category_in_dutch() -> None:
    result = classify(
        title="Besluitenlijst collegevergadering 5 maart 2024", text="Aanwezig: de wethouders."
    )
    assert result.reason == (f"titel: 'besluitenlijst', 'collegevergadering' → {BESLUITENLIJSTEN}")


def test_body_words_are_named_as_tekst_in_the_reason() -> None:
    result = classify(
        title="Vergadering 5 maart",
        text="Besluitenlijst van de collegevergadering van burgemeester en wethouders.",
    )
    assert result.reason.startswith(
        "tekst: 'besluitenlijst', 'collegevergadering', 'burgemeester en wethouders' → "
    )
    assert result.top is not None and result.top.code == "infocat009"


def test_a_real_programme_budget_is_a_jaarplan() -> None:
    text = (SHARED / "context" / "programmabegroting-2025-bestuur.txt").read_text(encoding="utf-8")
    result = classify(title="Programmabegroting 2025 - Bestuur", text=text)
    assert result.top is not None and result.top.code == "infocat012"
    assert not result.needs_review


def test_file_name_counts_like_the_title() -> None:
    result = classify(
        title="", text="", file_name="Besluitenlijst_collegevergadering_2024-03-05.pdf"
    )
    assert result.top is not None and result.top.code == "infocat009"
    assert not result.needs_review
    assert result.reason.startswith("titel: 'besluitenlijst'")


def test_a_cue_in_the_title_weighs_more_than_the_same_cue_in_the_body() -> None:
    in_title = classify(title="Convenant", text="")
    in_body = classify(title="Document 2024-118", text="Convenant")
    assert in_title.top is not None and in_body.top is not None
    assert in_title.top.confidence > in_body.top.confidence
    assert not in_title.needs_review
    assert in_body.needs_review


def test_only_the_start_of_the_body_is_read() -> None:
    padding = "Dit is een tekst zonder kenmerken. " * (BODY_LIMIT // 30)
    assert len(padding) > BODY_LIMIT
    late = classify(title="Stuk", text=padding + "Besluitenlijst collegevergadering")
    early = classify(title="Stuk", text="Besluitenlijst collegevergadering " + padding)
    assert late.categories == []
    assert early.top is not None and early.top.code == "infocat009"


def test_a_single_weak_cue_is_never_confident() -> None:
    result = classify(title="Notitie", text="Dit gaat over de subsidie voor de sportvereniging.")
    assert result.top is not None and result.top.code == "infocat013"
    assert result.top.confidence < 0.5
    assert result.needs_review


def test_subsidie_beschikking_is_a_beschikking_not_a_subsidieverplichting() -> None:
    result = classify(
        title="Beschikking subsidieverlening Stichting Welzijn 2025",
        text="Wij verlenen u een subsidie van € 12.000. U kunt bezwaar maken.",
    )
    assert result.top is not None and result.top.code == "infocat016"


def test_anders_dan_met_beschikking_does_not_count_as_beschikking() -> None:
    result = classify(
        title="Subsidieovereenkomst",
        text="Een subsidieverplichting anders dan met beschikking.",
    )
    assert [c.code for c in result.categories] == ["infocat013"]


# -- form over subject (third round, 2026-11-29) ----------------------------------------------

FORM_CASES = [
    (
        "infocat001",
        "De raad van de gemeente Voorbeeld; gelezen het voorstel van het college; gelet op artikel "
        "212 van de Gemeentewet; besluit vast te stellen de Financiële verordening 2025.",
        "de raad van de gemeente … besluit … vast te stellen",
    ),
    (
        "infocat001",
        "Provinciale Staten van Utrecht; gelet op artikel 2.6 van de Omgevingswet; besluiten: "
        "Artikel I De Omgevingsverordening wordt als volgt gewijzigd: A Artikel 3 komt te luiden:",
        "artikel I … wordt als volgt gewijzigd",
    ),
    ("infocat006", "Ledenbrief Lbr. 23/045: moties en preadviezen voor de ALV.", "lbr. 23/045"),
    ("infocat007", "Kamervraag 2021Z12345. Ingediend 4 mei. Vraag 1 Klopt het dat", "2021z12345"),
    ("infocat011", "Prestatieafspraken gemeente, corporatie en huurders.", "prestatieafspraken"),
    ("infocat012", "Jaarverslag klachten 2023. In het verslagjaar zijn 40 klachten ingediend.", ""),
    ("infocat014", "Besluit op uw Woo-verzoek van 3 maart over de sporthal.", ""),
    (
        "infocat016",
        "Wij hebben besloten de omgevingsvergunning aan de aanvrager te verlenen. Zaaknummer 12.",
        "besluit … vergunning … te verlenen",
    ),
]


@pytest.mark.parametrize(("code", "text", "shown"), FORM_CASES, ids=[c[0] for c in FORM_CASES])
def test_the_form_of_a_document_has_its_own_cues(code: str, text: str, shown: str) -> None:
    scores = {score.code: score for score in score_text(title="", text=text)}
    assert code in scores
    assert scores[code].score == max(score.score for score in scores.values())
    assert shown in scores[code].evidence


def test_a_motion_counts_for_council_papers_only_in_a_council_context() -> None:
    alone = {s.code for s in score_text(title="", text="Ingediende moties en preadviezen.")}
    council = {s.code for s in score_text(title="", text="De gemeenteraad neemt de motie aan.")}
    assert "infocat008" not in alone
    assert "infocat008" in council


def test_a_woo_request_mentioned_in_passing_is_only_a_weak_cue() -> None:
    news = score_text(title="", text="Een inwoner heeft een Wob-verzoek ingediend, schrijft hij.")
    decision = score_text(title="", text="Besluit op uw Woo-verzoek. Inventarislijst bijgevoegd.")
    assert [s.score for s in news if s.code == "infocat014"] == [1.0]
    assert [s.code for s in decision][:1] == ["infocat014"]
    assert decision[0].score > 4.0


def test_the_overheid_nl_header_names_who_set_the_rule() -> None:
    council = {s.code for s in score_text(title="", text="Vastgesteld doorgemeenteraad")}
    college = {
        s.code
        for s in score_text(title="", text="Vastgesteld doorcollege van burgemeester en wethouders")
    }
    assert council == {"infocat001"}
    assert "infocat002" in college and "infocat001" not in college


# -- threshold and margin --------------------------------------------------------------------


def test_confident_answer_passes_the_default_threshold_but_not_a_stricter_one() -> None:
    title = "Raadsvoorstel herinrichting Oostlaan"
    relaxed = classify(title=title, text="")
    strict = classify(title=title, text="", threshold=0.99)
    assert relaxed.top is not None and strict.top is not None
    assert relaxed.top.confidence == strict.top.confidence < 0.99
    assert not relaxed.needs_review
    assert strict.needs_review
    assert "ter beoordeling: zekerheid" in strict.reason
    assert "lager dan de drempel 0,99" in strict.reason


def test_two_equally_strong_categories_need_review_and_both_are_shown() -> None:
    result = classify(title="Raadsvoorstel vaststelling Verordening op de raadscommissies", text="")
    assert {c.code for c in result.categories} == {"infocat001", "infocat008"}
    assert result.needs_review
    assert "twijfel met" in result.reason
    assert "marge 0,15" in result.reason


def test_margin_decides_whether_a_runner_up_means_review_even_when_not_shown() -> None:
    title = "Jaarverslag klachtbehandeling 2023"  # 012 and 017 both strong in the title
    text = "De klachtencommissie heeft alle klachten behandeld."
    ranked = score_text(title=title, text=text)
    assert [s.code for s in ranked[:2]] == ["infocat017", "infocat012"]
    gap = ranked[0].confidence - ranked[1].confidence
    assert gap > 0.02

    narrow = classify(title=title, text=text, threshold=0.0, margin=round(gap - 0.01, 4))
    wide = classify(title=title, text=text, threshold=0.0, margin=round(gap + 0.01, 4))
    assert narrow.top is not None and narrow.top.code == "infocat017"
    assert not narrow.needs_review
    assert wide.needs_review
    assert "twijfel met jaarplannen en jaarverslagen" in wide.reason


def test_equal_runner_up_is_review_unless_margin_is_zero() -> None:
    title = "Jaarverslag klachtbehandeling 2023"
    assert classify(title=title, text="", threshold=0.0).needs_review
    assert not classify(title=title, text="", threshold=0.0, margin=0.0).needs_review


def test_a_weak_runner_up_is_left_out() -> None:
    result = classify(
        title="Besluitenlijst collegevergadering 5 maart 2024",
        text="Het college besluit conform advies.",
    )
    assert [c.code for c in result.categories] == ["infocat009"]
    assert not result.needs_review


@pytest.mark.parametrize(("threshold", "margin"), [(1.5, 0.15), (-0.1, 0.15), (0.7, 2.0)])
def test_threshold_and_margin_outside_zero_to_one_are_refused(
    threshold: float, margin: float
) -> None:
    with pytest.raises(ConfigError, match="moet tussen 0 en 1 liggen"):
        classify(title="Besluitenlijst", text="", threshold=threshold, margin=margin)


# -- nothing recognised -----------------------------------------------------------------------


def test_no_cue_at_all_gives_no_category_and_review() -> None:
    result = classify(title="Notitie", text="Lorem ipsum dolor sit amet.", file_name="scan001.pdf")
    assert result.categories == []
    assert result.top is None
    assert result.method == "none"
    assert result.reason == NO_CATEGORY_REASON
    assert result.needs_review


# -- layer 1: the organisation's mapping ------------------------------------------------------

RULE_009 = CategoryMappingRule(
    field="informatieobjecttype", value="Besluitenlijst B&W", category="infocat009"
)


def test_mapping_hit_wins_with_high_confidence_and_a_reason_naming_field_and_value() -> None:
    result = classify(
        title="Raadsvoorstel herinrichting Oostlaan",  # the cues would say 008
        text="",
        metadata={"informatieobjecttype": "Besluitenlijst B&W"},
        mapping=[RULE_009],
    )
    assert result.method == "mapping"
    assert [(c.code, c.confidence) for c in result.categories] == [("infocat009", 0.98)]
    assert not result.needs_review
    assert result.reason == f"informatieobjecttype 'Besluitenlijst B&W' → {BESLUITENLIJSTEN}"


@pytest.mark.parametrize(
    "value", ["besluitenlijst b&w", "  BESLUITENLIJST   B&W ", "Besluitenlijst\tB&W"]
)
def test_mapping_compares_values_case_insensitively_and_whitespace_normalised(value: str) -> None:
    result = classify(
        title="x", text="", metadata={"informatieobjecttype": value}, mapping=[RULE_009]
    )
    assert result.method == "mapping"
    assert result.top is not None and result.top.code == "infocat009"


@pytest.mark.parametrize(
    "metadata",
    [
        {"informatieobjecttype": "Besluitenlijst raad"},
        {"documentsoort": "Besluitenlijst B&W"},
        {},
        None,
    ],
)
def test_mapping_miss_falls_back_to_the_cues(metadata: dict[str, str] | None) -> None:
    result = classify(
        title="Raadsvoorstel herinrichting Oostlaan", text="", metadata=metadata, mapping=[RULE_009]
    )
    assert result.method == "rules"
    assert result.top is not None and result.top.code == "infocat008"


@pytest.mark.parametrize(
    "category",
    [
        "https://identifier.overheid.nl/tooi/def/thes/kern/c_46a81018",
        "beschikkingen",
        "INFOCAT016",
    ],
)
def test_mapping_category_may_be_code_uri_or_label(category: str) -> None:
    rule = CategoryMappingRule(field="zaaktype", value="Omgevingsvergunning", category=category)
    result = classify(
        title="x", text="", metadata={"zaaktype": "omgevingsvergunning"}, mapping=[rule]
    )
    assert result.top is not None and result.top.code == "infocat016"


def test_mapping_matches_one_of_several_values_in_a_list() -> None:
    rule = CategoryMappingRule(field="documentsoort", value="convenant", category="infocat011")
    result = classify(
        title="x", text="", metadata={"documentsoort": ["brief", "Convenant"]}, mapping=[rule]
    )
    assert result.top is not None and result.top.code == "infocat011"


def test_bad_category_in_the_mapping_is_a_config_error_even_without_a_hit() -> None:
    rule = CategoryMappingRule(field="zaaktype", value="Subsidie", category="infocat099")
    with pytest.raises(ConfigError) as excinfo:
        classify(title="Besluitenlijst", text="", metadata=None, mapping=[RULE_009, rule])
    message = str(excinfo.value)
    assert "category_mapping regel 2" in message
    assert "onbekende informatiecategorie 'infocat099'" in message


def test_mapping_rules_pointing_to_different_categories_need_review() -> None:
    rules = [
        RULE_009,
        CategoryMappingRule(field="zaaktype", value="Vergunning", category="infocat016"),
    ]
    result = classify(
        title="x",
        text="",
        metadata={"informatieobjecttype": "Besluitenlijst B&W", "zaaktype": "Vergunning"},
        mapping=rules,
    )
    assert result.method == "mapping"
    assert [c.code for c in result.categories] == ["infocat009", "infocat016"]
    assert result.needs_review
    assert "twijfel met beschikkingen" in result.reason


# -- the text layer is replaceable ------------------------------------------------------------


class FixedLayer:
    method = "text"

    def __init__(self, scores: Sequence[TextScore]):
        self.scores = scores

    def score(self, *, title: str, text: str, file_name: str) -> Sequence[TextScore]:
        return self.scores


def test_another_text_layer_can_replace_the_cues() -> None:
    layer = FixedLayer([TextScore(code="infocat015", score=1.0, confidence=0.9, hits=())])
    result = classify(title="Besluitenlijst", text="", text_layer=layer)
    assert result.method == "text"
    assert result.top is not None and result.top.code == "infocat015"
    assert not result.needs_review


# -- confidences ------------------------------------------------------------------------------


def test_confidences_grow_with_the_score_and_stay_below_one_together() -> None:
    weak, strong = confidences({"a": 2.0})["a"], confidences({"a": 9.0})["a"]
    assert 0 < weak < strong < 1
    both = confidences({"a": 9.0, "b": 3.0})
    assert both["a"] > both["b"] and sum(both.values()) < 1


CUE_WORDS = [
    "besluitenlijst",
    "raadsvoorstel",
    "convenant",
    "jaarverslag",
    "advies",
    "subsidie",
    "beschikking",
    "motie",
    "evaluatie",
    "klachtoordeel",
    "notitie",
    "memo",
]


@settings(max_examples=60, deadline=None)
@given(
    title=st.lists(st.sampled_from(CUE_WORDS), max_size=4).map(" ".join),
    text=st.lists(st.sampled_from(CUE_WORDS), max_size=6).map(" ".join),
    threshold=st.floats(0.0, 1.0),
    margin=st.floats(0.0, 1.0),
)
def test_needs_review_whenever_unsure_contested_or_empty(
    title: str, text: str, threshold: float, margin: float
) -> None:
    result = classify(title=title, text=text, threshold=threshold, margin=margin)
    confs = [c.confidence for c in result.categories]
    assert confs == sorted(confs, reverse=True)
    assert all(0.0 <= c <= 1.0 for c in confs)
    if not result.categories:
        assert result.needs_review and result.method == "none"
    elif result.categories[0].confidence < threshold:
        assert result.needs_review
    if len(confs) > 1 and confs[0] - confs[1] < margin - 1e-3:
        assert result.needs_review
