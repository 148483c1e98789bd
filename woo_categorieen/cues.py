"""The transparent table of strong Dutch textual cues per category.

Every cue is data: a category code, a weight and one or more regular expressions that must all
match (in lower-cased, whitespace-normalised text). A cue found in the title or file name counts
`TITLE_FACTOR` times as much as one found in the first `BODY_LIMIT` characters of the body.
The trained model reads the cue scores as features and names the cue words in its reason; on its
own (`CUE_LAYER`) the table is a rule layer whose scores become confidences with a softmax against
a fixed "none of these" score (`FLOOR_SCORE`), so a single weak word never yields a confident
answer. Cue hits are cached per (title, body) so features and explanation share one pass.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath
from typing import Literal

Zone = Literal["titel", "tekst"]

TITLE_FACTOR = 3.0
BODY_LIMIT = 3000
FLOOR_SCORE = 4.0
TEMPERATURE = 2.0
MAX_SHOWN = 40

S, M, W = 3.0, 2.0, 1.0  # strong, medium, weak

_ANYWHERE = ".{0,800}?"
_VAST_TE_STELLEN = r"\s*.{0,40}?\bvast te stellen\b"

# (category code, weight, patterns that must all match, text shown in the reason or None for
# the matched words). Order within a category is only the order in which reasons name words.
CUE_TABLE: tuple[tuple[str, float, tuple[str, ...], str | None], ...] = (
    # 001 wetten en algemeen verbindende voorschriften
    ("infocat001", S, (r"\b(?!organisatie)\w*verordening(?:en)?\b",), None),
    ("infocat001", S, (r"\balgemene plaatselijke verordening\b|\bapv\b",), None),
    ("infocat001", S, (r"\balgemeen verbindende? voorschrift(?:en)?\b",), None),
    # The intitulé of a regulation, with or without the colon, whatever comes between ("gelezen
    # …; gelet op artikel 212 …;"), for the council, the provincial council or a water board.
    (
        "infocat001",
        S,
        (
            rf"\bde raad van de gemeente\b{_ANYWHERE}"
            rf"\b(?:besluit|b e s l u i t)\s*:?{_VAST_TE_STELLEN}",
        ),
        "de raad van de gemeente … besluit … vast te stellen",
    ),
    (
        "infocat001",
        S,
        (
            rf"\b(?:provinciale staten|het algemeen bestuur) van\b{_ANYWHERE}"
            rf"\bbesluit(?:en)?\s*:?{_VAST_TE_STELLEN}",
        ),
        "provinciale staten / algemeen bestuur … besluiten … vast te stellen",
    ),
    (
        "infocat001",
        S,
        (r"\b(?:in|voor de toepassing van) deze verordening\b.{0,80}?\bwordt verstaan\b",),
        "in deze verordening wordt verstaan",
    ),
    (
        "infocat001",
        W,
        (r"\bhoofdstuk 1\.? algemene bepalingen\b.{0,40}?\bartikel 1(?:\.1)?\.? begrip",),
        "hoofdstuk 1 algemene bepalingen, artikel 1 begripsbepalingen",
    ),
    # An amending regulation: "Artikel I De … verordening wordt als volgt gewijzigd: A Artikel 3
    # komt te luiden". Amended policy rules use the same words, so medium and weak.
    (
        "infocat001",
        M,
        (r"\bartikel i\b.{0,160}?\bwordt als volgt gewijzigd\b",),
        "artikel I … wordt als volgt gewijzigd",
    ),
    ("infocat001", W, (r"\bkomt te luiden\b",), None),
    # The overheid.nl header names who set the rule: the council (001) or the college (002).
    (
        "infocat001",
        M,
        (r"\bvastgesteld door\s*:?\s*(?:de )?(?:gemeenteraad|provinciale staten)\b",),
        None,
    ),
    # 002 overige besluiten van algemene strekking
    ("infocat002", S, (r"\b\w*beleidsregel(?:s|en)?\b",), None),
    ("infocat002", S, (r"\bbesluit(?:en)? van algemene strekking\b",), None),
    ("infocat002", M, (r"\bnadere regels?\b",), None),
    ("infocat002", M, (r"\bverkeersbesluit(?:en)?\b",), None),
    (
        "infocat002",
        M,
        (r"\btoetsingskader\b|\b(?:uitvoerings|handhavings|sanctie|gedoog)strategie\b",),
        None,
    ),
    (
        "infocat002",
        W,
        (rf"\bburgemeester en wethouders\b{_ANYWHERE}\bbesluiten\s*:{_VAST_TE_STELLEN}",),
        "burgemeester en wethouders … besluiten: vast te stellen",
    ),
    # The same header stands above mandates (004) and subsidy schemes (013): weak.
    (
        "infocat002",
        W,
        (
            r"\bvastgesteld door\s*:?\s*(?:het )?college van burgemeester en wethouders\b"
            r"|\bvastgesteld door\s*:?\s*(?:de )?burgemeester\b(?! en wethouders)",
        ),
        None,
    ),
    # A note that applies an article of the APV is policy under it, not the APV itself.
    (
        "infocat002",
        M,
        (
            r"\bartikel \d[:.]\d+\w* (?:van de )?(?:apv|algemene plaatselijke verordening)\b"
            r"|\bin deze (?:beleids)?nota\b",
        ),
        None,
    ),
    # The council designates cases in which its advice binds the college (Omgevingswet).
    (
        "infocat002",
        M,
        (
            r"\bgevallen\b.{0,60}?\b(?:aan ?te wijzen|aanwijzen|aangewezen)\b"
            r"|\baangewezen gevallen\b",
            r"\bbindend advies\b|\badviesrecht\b|\badvies van de raad (?:is )?bindend\b",
        ),
        None,
    ),
    # 003 ontwerpen van regelgeving met adviesaanvraag
    # A draft also names the rule it drafts ("ontwerpverordening"), so the pair outweighs that.
    ("infocat003", S + 1, (r"\bontwerp\w*", r"\badviesaanvra\w*|\bzienswijze\w*"), None),
    ("infocat003", M, (r"\b(?:internet)?consultatie\b",), None),
    # 004 organisatie en werkwijze
    ("infocat004", S, (r"\bmandaat(?:regeling|besluit)\w*|\bmandaat- en volmacht\w*",), None),
    ("infocat004", S, (r"\borganisatieverordening\w*",), None),
    ("infocat004", S, (r"\borganogram\w*|\borganisatieschema\w*",), None),
    ("infocat004", M, (r"\bdelegatiebesluit\w*|\btaken en bevoegdheden\b",), None),
    ("infocat004", M, (r"\bportefeuilleverdeling\b|\bambtelijke organisatie\b",), None),
    # 005 bereikbaarheidsgegevens
    ("infocat005", S, (r"\bbereikbaarheid(?:sgegevens)?\b",), None),
    ("infocat005", S, (r"\bcontactgegevens\b",), None),
    ("infocat005", S, (r"\bopeningstijden\b",), None),
    ("infocat005", W, (r"\bbezoekadres\b",), None),
    # How a request for information can be filed is part of 005 by definition (art. 3.3 lid 1e).
    (
        "infocat005",
        S,
        (
            r"\b(?:woo|wob)[- ]?verzoek(?:en)? (?:in ?dienen|indienen)\b|\bwoo[- ]?contactpersoon\b"
            r"|\bcontactpersoon (?:woo|wet open overheid)\b|\binformatie opvragen\b",
        ),
        None,
    ),
    # 006 bij vertegenwoordigende organen ingekomen stukken
    ("infocat006", S, (r"\blijst (?:van )?ingekomen stukken\b",), None),
    ("infocat006", S, (r"\bingekomen stuk(?:ken)?\b",), None),
    ("infocat006", M, (r"\bingekomen brie(?:f|ven)\b",), None),
    # A VNG member letter ("Lbr. 23/045") goes to college and council.
    ("infocat006", S, (r"\blbr\.?\s?\d{2}/\d{3}\b",), None),
    ("infocat006", M, (r"\bledenbrie(?:f|ven)\b",), None),
    # 007 vergaderstukken Staten-Generaal
    ("infocat007", S, (r"\bkamerstuk(?:ken)?\b",), None),
    ("infocat007", S, (r"\bhandelingen (?:tweede|eerste) kamer\b",), None),
    ("infocat007", S, (r"\b(?:tweede|eerste) kamer der staten-generaal\b",), None),
    (
        "infocat007",
        S,
        (
            r"\bnota naar aanleiding van het verslag\b|\bverslag van een schriftelijk overleg\b"
            r"|\baanhangsel (?:van de )?handelingen\b|\bkamervra(?:ag|gen)\b",
        ),
        None,
    ),
    # Written questions: "2021Z12345", "Vragen van het lid … aan de minister van …".
    (
        "infocat007",
        S,
        (
            r"\b(?:19|20)\d{2}z\d{5}\b"
            r"|\bvragen van (?:het lid|de leden)\b.{0,160}?"
            r"\baan de (?:minister|staatssecretaris)\b",
        ),
        None,
    ),
    ("infocat007", M, (r"\bvaste (?:kamer)?commissie voor\b",), None),
    # 008 vergaderstukken decentrale overheden
    ("infocat008", S, (r"\braadsvoorstel(?:len)?\b",), None),
    ("infocat008", S, (r"\braadsbesluit(?:en)?\b",), None),
    # A motion or amendment is a council paper only in a council or States context (the VNG's
    # general assembly has motions too).
    (
        "infocat008",
        S,
        (
            r"\bmoties?\b|\bamendement(?:en)?\b",
            r"\b(?:gemeente)?raad\b|\braadsleden\b|\bprovinciale staten\b|\bstatenleden\b"
            r"|\balgemeen bestuur\b|\bfracties?\b",
        ),
        None,
    ),
    ("infocat008", M, (r"\braadsvergadering\w*|\braadsinformatiebrie\w*",), None),
    ("infocat008", M, (r"\bcommissievergadering\w*",), None),
    (
        "infocat008",
        S,
        (
            r"\b(?:notulen|verslag|besluitenlijst) (?:van de )?(?:openbare )?"
            r"(?:vergadering van de )?(?:gemeente)?raad\b|\bnotulen (?:van de )?gemeenteraad\b",
        ),
        None,
    ),
    (
        "infocat008",
        M,
        (
            r"\bartikel \d{2}[- ]vragen\b|\bschriftelijke vragen\b|\braadsvragen\b"
            r"|\bstatenvoorstel\w*",
        ),
        None,
    ),
    # The minutes of a council meeting name its chair and its clerk (a college has no griffier).
    ("infocat008", M, (r"\bgriffier\s*:", r"\b(?:aanwezig|voorzitter)\s*:"), None),
    (
        "infocat008",
        M,
        (
            r"\bbeantwoording (?:van )?(?:de )?artikel \d{2}[- ]vragen\b"
            r"|\bvragen ex artikel \d{2}\b",
        ),
        None,
    ),
    # 009 agenda's en besluitenlijsten bestuurscolleges
    ("infocat009", S, (r"\bbesluitenlijst(?:en)?\b",), None),
    ("infocat009", S, (r"\bagenda (?:van de |voor de )?collegevergadering\b",), None),
    ("infocat009", M, (r"\bcollegevergadering(?:en)?\b",), None),
    ("infocat009", M, (r"\bb\s?&\s?w[- ]?vergadering\b",), None),
    ("infocat009", W, (r"\bburgemeester en wethouders\b",), None),
    ("infocat009", M, (r"\bgedeputeerde staten besluiten\b|\bvoorgesteld besluit\b",), None),
    # 010 adviezen
    ("infocat010", S, (r"\b\w*adviesraad\b",), None),
    ("infocat010", M, (r"\badvies\b",), None),
    ("infocat010", M, (r"\badviescommissie\b|\badviesrapport\b",), None),
    ("infocat010", S, (r"\bafdeling advisering\b|\badvies van de raad van state\b",), None),
    # 011 convenanten
    ("infocat011", S, (r"\bconvenant(?:en)?\b",), None),
    ("infocat011", S, (r"\bsamenwerkingsovereenkomst(?:en)?\b",), None),
    ("infocat011", M, (r"\bintentieovereenkomst\b|\bbestuursovereenkomst\b",), None),
    (
        "infocat011",
        M,
        (
            r"\bprestatieafspraken\b|\bbindingsduur\b"
            r"|\bwerkingsduur van (?:deze|dit) (?:overeenkomst|convenant|afspraken)\b",
        ),
        None,
    ),
    ("infocat011", W, (r"\bpartijen\b", r"\bovereenkomst\b|\bafspraken\b"), None),
    # 012 jaarplannen en jaarverslagen
    ("infocat012", S, (r"\bjaarverslag(?:en)?\b|\bjaarplan(?:nen)?\b",), None),
    ("infocat012", S, (r"\bprogrammabegroting\b|\bjaarrekening\b|\bjaarstukken\b",), None),
    ("infocat012", M, (r"\bbegroting \d{4}\b|\bkadernota\b|\bvoorjaarsnota\b",), None),
    ("infocat012", M, (r"\buitvoeringsprogramma\b|\bjaarprogramma\b",), None),
    (
        "infocat012",
        M,
        (r"\bjaarverslag klachten\b|\bklachtenjaarverslag\b|\bin het verslagjaar\b",),
        None,
    ),
    # 013 subsidieverplichtingen anders dan met beschikking
    ("infocat013", S, (r"\bsubsidieregeling\w*|\bsubsidieplafond\w*",), None),
    ("infocat013", S, (r"\bsubsidieovereenkomst\w*",), None),
    ("infocat013", W, (r"\bsubsidie\w*",), None),
    # 014 Woo-verzoeken en -besluiten: the word "Woo-verzoek" alone is also in news items,
    # parliamentary questions and web pages; the decision or the request itself is strong.
    ("infocat014", W, (r"\bwo[ob][- ]?verzoek\w*",), None),
    (
        "infocat014",
        S,
        (
            r"\b(?:besluit|beslissing) op (?:uw |het )?(?:woo[- ]?|wob[- ]?)?verzoek\w*"
            r"|\bverzoek (?:tot|om) openbaarmaking\b|\bartikel 4\.1 (?:van de )?woo\b",
        ),
        None,
    ),
    ("infocat014", S, (r"\bwo[ob][- ]?besluit\w*",), None),
    ("infocat014", S, (r"\binventarislijst\w*",), None),
    ("infocat014", M, (r"\bwet open overheid\b",), None),
    # 015 onderzoeksrapporten
    ("infocat015", S, (r"\bonderzoeksrapport\w*",), None),
    ("infocat015", S, (r"\brekenkamer\w*",), None),
    ("infocat015", M, (r"\b\w*evaluatie\b",), None),
    # 016 beschikkingen
    ("infocat016", S, (r"(?<!dan met )(?<!dan met een )\b\w*beschikking\b",), None),
    # A page about permits names them too: the decision itself is the strong cue.
    ("infocat016", M, (r"\bomgevingsvergunning\w*",), None),
    ("infocat016", S, (r"\bwij verlenen\b|\bverlenen wij\b",), None),
    (
        "infocat016",
        S,
        (
            r"\b(?:besluit(?:en)?|hebben besloten|besluiten wij)\b.{0,80}?"
            r"\w*(?:vergunning|ontheffing|subsidie|toestemming)\b.{0,60}?\bte verlenen\b",
        ),
        "besluit … vergunning … te verlenen",
    ),
    (
        "infocat016",
        S,
        (
            r"\bverleent\b.{0,80}?\b(?:vergunning|ontheffing|subsidie)\w*"
            r"|\b(?:vergunning|ontheffing|subsidie)\w* (?:is |wordt )?verleend aan\b",
        ),
        "verleent … vergunning",
    ),
    ("infocat016", W, (r"\bzaaknummer\b",), None),
    ("infocat016", M, (r"\bbezwaar (?:kunt u |te )?maken\b|\bbezwaarschrift\b",), None),
    ("infocat016", M, (r"\bbesluit op uw aanvraag\b",), None),
    # 017 klachtoordelen
    ("infocat017", S, (r"\bklachtoordeel\w*",), None),
    ("infocat017", S, (r"\bklacht (?:is )?(?:on)?gegrond\b",), None),
    ("infocat017", S, (r"\bklachtbehandeling\b|\bklachtafhandeling\b",), None),
    ("infocat017", M, (r"\bklachtencommissie\b",), None),
    ("infocat017", M, (r"\bombuds(?:man|vrouw|commissie)\b",), None),
    ("infocat017", S, (r"\bbehoorlijkheids\w*|\bombudsnorm\w*|\bverzoeker klaagt\b",), None),
    # An ombudsman's report on one complaint calls the complainant "verzoeker".
    ("infocat017", M, (r"\bverzoeker\b", r"\bklacht\w*"), None),
)


@dataclass(frozen=True, slots=True)
class Cue:
    code: str
    weight: float
    patterns: tuple[re.Pattern[str], ...]
    shown: str | None = None


@dataclass(frozen=True, slots=True)
class CueHit:
    """One cue found: where, what it shows in the reason, and the score it adds."""

    code: str
    zone: Zone
    shown: str
    score: float


@dataclass(frozen=True, slots=True)
class TextScore:
    """One category as the text layer sees it: raw score, confidence and the deciding hits."""

    code: str
    score: float
    confidence: float
    hits: tuple[CueHit, ...]

    @property
    def evidence(self) -> str:
        """Dutch summary of the deciding words, e.g. "titel: 'besluitenlijst'; tekst: 'b&w'"."""
        parts = []
        for zone in ("titel", "tekst"):
            words = [f"'{hit.shown}'" for hit in self.hits if hit.zone == zone]
            if words:
                parts.append(f"{zone}: {', '.join(dict.fromkeys(words))}")
        return "; ".join(parts)


CUES: tuple[Cue, ...] = tuple(
    Cue(code, weight, tuple(re.compile(p, re.DOTALL) for p in patterns), shown)
    for code, weight, patterns, shown in CUE_TABLE
)


def normalise_text(value: str) -> str:
    value = value.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return " ".join(value.split()).casefold()


def _file_name_text(file_name: str) -> str:
    stem = PurePath(file_name).stem if file_name else ""
    return re.sub(r"[_.+]+", " ", stem)


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def _match(cue: Cue, title: str, body: str) -> CueHit | None:
    """The cue's hit: in the title zone when its first pattern is in the title, else the body."""
    first = cue.patterns[0].search(title)
    zone: Zone = "titel"
    if first is None:
        first, zone = cue.patterns[0].search(body), "tekst"
    if first is None:
        return None
    found = [first]
    for pattern in cue.patterns[1:]:
        match = pattern.search(title) or pattern.search(body)
        if match is None:
            return None
        found.append(match)
    shown = cue.shown or " + ".join(_shorten(m.group(0)) for m in found)
    factor = TITLE_FACTOR if zone == "titel" else 1.0
    return CueHit(code=cue.code, zone=zone, shown=shown, score=cue.weight * factor)


def find_cues(*, title: str, text: str, file_name: str = "") -> list[CueHit]:
    """Every cue in the table found in the title/file name or the start of the body."""
    title_zone = normalise_text(f"{title} {_file_name_text(file_name)}")
    body_zone = normalise_text(text[:BODY_LIMIT])
    return list(_find_in_zones(title_zone, body_zone))


@lru_cache(maxsize=2048)
def _find_in_zones(title_zone: str, body_zone: str) -> tuple[CueHit, ...]:
    """Cached: the model reads the cues as features and again for its explanation."""
    hits = []
    for cue in CUES:
        hit = _match(cue, title_zone, body_zone)
        if hit is not None:
            hits.append(hit)
        if hit is not None and hit.zone == "titel":
            # The same cue in the body as well adds its body weight too.
            body_hit = _match(cue, "", body_zone)
            if body_hit is not None:
                hits.append(body_hit)
    return tuple(hits)


def confidences(scores: dict[str, float]) -> dict[str, float]:
    """Softmax over the scores plus a fixed 'none of these' score, so weak evidence stays low."""
    if not scores:
        return {}
    top = max(FLOOR_SCORE, *scores.values())
    exps = {code: math.exp((score - top) / TEMPERATURE) for code, score in scores.items()}
    total = sum(exps.values()) + math.exp((FLOOR_SCORE - top) / TEMPERATURE)
    return {code: value / total for code, value in exps.items()}


def score_text(*, title: str, text: str, file_name: str = "") -> list[TextScore]:
    """Categories with at least one cue, highest confidence first."""
    hits = find_cues(title=title, text=text, file_name=file_name)
    scores: dict[str, float] = {}
    for hit in hits:
        scores[hit.code] = scores.get(hit.code, 0.0) + hit.score
    conf = confidences(scores)
    result = [
        TextScore(
            code=code,
            score=score,
            confidence=conf[code],
            hits=tuple(hit for hit in hits if hit.code == code),
        )
        for code, score in scores.items()
    ]
    return sorted(result, key=lambda item: (-item.confidence, item.code))
