"""Annotated Dutch test sets: every value that must be redacted or kept, with its offsets.

`build_dataset` generates municipal letters, decision lists and e-mails from templates with a
seeded random generator (so a run is reproducible), plus two short hand-written texts.
`load_realistic` reads the hand-written, hand-annotated documents in `realistic/` (see the
README there): one `.txt` per document and a `.json` with its annotations in document order.
`load_toets` reads the held-out set in `realistic_toets/` in the same format; `load_set` reads
any set of `HAND_WRITTEN_SETS` by its folder name, among them the blind sets `realistic_toets2/`
to `realistic_toets240/` (how each was written and used: `README.md` in this folder).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from stdnum.nl import bsn as stdnum_bsn

__all__ = [
    "HAND_WRITTEN_SETS",
    "REALISTIC_DIR",
    "TOETS_DIR",
    "Annotated",
    "Example",
    "build_dataset",
    "load_realistic",
    "load_set",
    "load_toets",
]


@dataclass(frozen=True)
class Annotated:
    start: int
    end: int
    text: str
    type: str
    action: str  # "redact" or "keep"


@dataclass
class Example:
    id: str
    text: str
    spans: list[Annotated] = field(default_factory=list)


class _Builder:
    def __init__(self, identifier: str) -> None:
        self.id = identifier
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[Annotated] = []

    def add(self, text: str, kind: str | None = None, action: str = "redact") -> _Builder:
        if kind is not None:
            self.spans.append(Annotated(self.length, self.length + len(text), text, kind, action))
        self.parts.append(text)
        self.length += len(text)
        return self

    def build(self) -> Example:
        return Example(self.id, "".join(self.parts), self.spans)


FIRST = ["Karin", "Pieter", "Fatima", "Jeroen", "Sanne", "Mohamed", "Els", "Bram", "Noor", "Ruud"]
INITIALS = ["A.", "J.", "P.", "K.", "M.", "H.J.", "E.", "R.", "S.", "W.F."]
PARTICLE = ["", "", "", "van ", "de ", "van der ", "ten ", "van den "]
SURNAMES = [
    "Hoogendoorn",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Mulder",
    "Bos",
    "Vos",
    "Dekker",
    "Brouwer",
    "Kok",
    "Verhoeven",
    "Schouten",
    "Kuipers",
    "Yilmaz",
    "El Amrani",
    "Groen",
    "Huisman",
    "Koster",
]
STREETS = [
    "Julianastraat",
    "Emmastraat",
    "Oostlaan",
    "Laan van Ypenburg",
    "Lange Kruisweg",
    "Kerkweg",
    "Dorpsstraat",
    "Molenweg",
    "Rietveld",
    "Noordeindseweg",
    "Schoolweg",
]
PLACES = ["Pijnacker", "Nootdorp", "Delfgauw"]
OFFICE = [
    ("burgemeester", "A.M. Koolhoven"),
    ("wethouder", "J.P. Bakhuizen"),
    ("wethouder", "S. Verhoef"),
    ("griffier", "P.J. Vermeulen"),
    ("gemeentesecretaris", "H. Dijkstra"),
    ("raadslid", "K. Smit"),
    ("wethouder", "L. de Wilde"),
]
SPECIAL = [
    "lijdt aan een depressie",
    "heeft een strafblad",
    "is opgenomen in het ziekenhuis",
    "vanwege haar geloof",
]
PLATES = ["GB-12-PX", "12-BBB-3", "ZF-123-K", "4-KLT-56"]


def _bsn(rng: random.Random) -> str:
    while True:
        digits = f"{rng.randrange(10_000_000, 99_999_999):08d}"
        for last in range(10):
            if stdnum_bsn.is_valid(digits + str(last)):
                return digits + str(last)


def _phone(rng: random.Random) -> str:
    number = f"{rng.randrange(10_000_000, 99_999_999)}"
    styles = [
        f"06-{number}",
        f"06 {number[:2]} {number[2:4]} {number[4:6]} {number[6:]}",
        f"+31 6 {number}",
        f"015-{number[:3]} {number[3:7]}",
        f"(06) {number}",
    ]
    return rng.choice(styles)


def _iban(rng: random.Random) -> str:
    from stdnum import iban

    account = f"{rng.randrange(10**9, 10**10):010d}"
    base = f"INGB{account}"
    for check in range(2, 99):
        candidate = f"NL{check:02d}{base}"
        if iban.is_valid(candidate):
            return " ".join(candidate[i : i + 4] for i in range(0, len(candidate), 4))
    return "NL91 ABNA 0417 1643 00"


def _person(rng: random.Random) -> tuple[str, str]:
    """(full name as written, surname with particle capitalised for the salutation)."""
    particle = rng.choice(PARTICLE)
    surname = rng.choice(SURNAMES)
    if rng.random() < 0.5:
        full = f"{rng.choice(INITIALS)} {particle}{surname}"
    else:
        full = f"{rng.choice(FIRST)} {particle}{surname}"
    salutation = (particle[:1].upper() + particle[1:] if particle else "") + surname
    return full, salutation


def _letter(rng: random.Random, index: int) -> Example:
    b = _Builder(f"brief-{index}")
    name, salutation = _person(rng)
    street = f"{rng.choice(STREETS)} {rng.randrange(1, 250)}"
    postcode = f"{rng.randrange(2600, 2699)} {rng.choice(['AB', 'DN', 'PC', 'TL', 'VB', 'MW'])}"
    title = rng.choice(["De heer", "Mevrouw"])
    b.add("gemeente Pijnacker-Nootdorp\nRetouradres: Postbus 1, ")
    b.add("2640 AA", "postcode", "keep").add(" Pijnacker\n")
    b.add(f"{title} ").add(name, "name").add("\n").add(street, "address").add("\n")
    b.add(postcode, "postcode").add(f" {rng.choice(PLACES)}\n\n")
    b.add(f"Geachte {title.split()[-1].lower()} ").add(salutation, "name").add(",\n\n")
    b.add("Op 12 maart 2024 ontvingen wij uw aanvraag (BSN ").add(_bsn(rng), "bsn").add("). ")
    b.add("U bent geboren op ").add(
        f"{rng.randrange(1, 28)}-0{rng.randrange(1, 9)}-19{rng.randrange(40, 99)}", "dob"
    ).add(". ")
    b.add("Wij bereikten u op ").add(_phone(rng), "phone").add(" en per e-mail via ")
    b.add(f"{salutation.split()[-1].lower()}{rng.randrange(1, 99)}@hotmail.com", "email")
    b.add(". Het bedrag van EUR 245,00 storten wij op ").add(_iban(rng), "iban").add(".\n")
    if rng.random() < 0.5:
        b.add("Uw auto met kenteken ").add(rng.choice(PLATES), "kenteken").add(" stond fout.\n")
    if rng.random() < 0.4:
        b.add("Uit de stukken blijkt dat u ").add(rng.choice(SPECIAL), "special").add(".\n")
    role, holder = rng.choice(OFFICE)
    b.add(f"Het besluit is genomen door {role} ").add(holder, "name", "keep").add(".\n")
    b.add("Vragen? Bel ").add("14 015", "phone", "keep").add(" of mail ")
    b.add("info@pijnacker-nootdorp.nl", "email", "keep").add(".\n")
    b.add("Stichting Welzijn (KvK ").add("41234567", "kvk", "keep").add(") voert dit uit.\n")
    b.add("Zie artikel 4:8 Awb. De Dorpsstraat blijft open.\n")
    return b.build()


def _decisions(rng: random.Random, index: int) -> Example:
    b = _Builder(f"besluitenlijst-{index}")
    b.add("Openbare besluitenlijst van burgemeester en wethouders van 8 oktober 2024\nAanwezig\n")
    b.add("burgemeester ").add("A.M. Koolhoven", "name", "keep").add(" (voorzitter); wethouders ")
    b.add("J.P. Bakhuizen", "name", "keep").add(", ").add("S. Verhoef", "name", "keep").add(" en ")
    b.add("L. de Wilde", "name", "keep").add("\nSecretaris\ngemeentesecretaris ")
    b.add("H. Dijkstra", "name", "keep").add("\n1. Inspraak\n")
    name, _ = _person(rng)
    b.add("Mevrouw ").add(name, "name").add(" spreekt in over de bomenkap.\n")
    b.add("Portefeuillehouder: ").add("S. Verhoef", "name", "keep").add(".\n")
    return b.build()


def _mail(rng: random.Random, index: int) -> Example:
    b = _Builder(f"mail-{index}")
    name, salutation = _person(rng)
    b.add("Van: ").add(name, "name").add(" <")
    b.add(f"{salutation.split()[-1].lower()}.{index}@gmail.com", "email").add(">\n")
    b.add("Aan: ").add("woo@pijnacker-nootdorp.nl", "email", "keep").add("\n")
    b.add("Onderwerp: overlast\n\nBeste meneer, mijn buurman op ")
    b.add(f"{rng.choice(STREETS)} {rng.randrange(1, 99)}", "address")
    b.add(" maakt veel lawaai. Bel mij op ").add(_phone(rng), "phone").add(".\n")
    b.add("Met vriendelijke groet,\n").add(name, "name").add("\n")
    return b.build()


HAND_WRITTEN: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Verslag commissie Samenleving 15 april 2024. Voorzitter: raadslid K. Smit. "
        "Inspreker de heer N. van der Berg woont aan de Oostlaan 12 en vraagt aandacht voor de "
        "oversteekplaats. Wethouder S. Verhoef zegt toe te reageren. De heer Van der Berg "
        "bedankt de commissie. Volgende vergadering op 13 mei 2024.",
        [
            ("K. Smit", "name", "keep"),
            ("N. van der Berg", "name", "redact"),
            ("Oostlaan 12", "address", "redact"),
            ("S. Verhoef", "name", "keep"),
            ("Van der Berg", "name", "redact"),
        ],
    ),
    (
        "Woo-besluit 2024-017. Verzoeker mevrouw M. Schouten, Laan van Ypenburg 69, "
        "2632 DJ Nootdorp, vroeg op 2 februari 2024 om documenten. Contactpersoon: "
        "J. Visser, afdeling Juridische Zaken, telefoon 14 015. Paspoortnummer van verzoeker: "
        "NW1234K56. Mevrouw Schouten ontvangt dit besluit per post.",
        [
            ("M. Schouten", "name", "redact"),
            ("Laan van Ypenburg 69", "address", "redact"),
            ("2632 DJ", "postcode", "redact"),
            ("J. Visser", "name", "redact"),
            ("14 015", "phone", "keep"),
            ("NW1234K56", "document_number", "redact"),
            ("Schouten", "name", "redact"),
        ],
    ),
]


def _hand(index: int, text: str, marks: list[tuple[str, str, str]]) -> Example:
    spans = []
    cursor = 0
    for value, kind, action in marks:
        start = text.index(value, cursor)
        spans.append(Annotated(start, start + len(value), value, kind, action))
        cursor = start + len(value)
    return Example(f"hand-{index}", text, spans)


def build_dataset(documents: int = 60, *, seed: int = 2026) -> list[Example]:
    """`documents` generated examples (letters, decision lists, e-mails) plus the hand set."""
    rng = random.Random(seed)
    makers = [_letter, _letter, _decisions, _mail]
    examples = [makers[i % len(makers)](rng, i) for i in range(documents)]
    examples += [_hand(i, text, marks) for i, (text, marks) in enumerate(HAND_WRITTEN)]
    return examples


REALISTIC_DIR = Path(__file__).with_name("realistic")
TOETS_DIR = Path(__file__).with_name("realistic_toets")
# The hand-written sets, by folder, in the order they were written, with the title the report
# gives them and how they were used (publicatie/evaluation/README.md). A new blind set is one
# more line here.
HAND_WRITTEN_SETS = {
    "realistic": "Handgeschreven realistische set",
    "realistic_toets": "Handgeschreven toetsset, held-out (realistic_toets)",
    "realistic_toets2": "Tweede handgeschreven toetsset (realistic_toets2; sinds de derde ronde "
    "ontwikkelset)",
    "realistic_toets3": "Derde handgeschreven toetsset (realistic_toets3; sinds de derde ronde "
    "ontwikkelset)",
    "realistic_toets4": "Vierde handgeschreven toetsset (realistic_toets4; sinds de vierde ronde "
    "ontwikkelset)",
    "realistic_toets5": "Vijfde handgeschreven toetsset (realistic_toets5; sinds de vijfde ronde "
    "ontwikkelset)",
    "realistic_toets6": "Zesde handgeschreven toetsset (realistic_toets6; sinds de zesde ronde "
    "ontwikkelset)",
    "realistic_toets7": "Zevende handgeschreven toetsset (realistic_toets7; sinds de zevende ronde "
    "ontwikkelset)",
    "realistic_toets8": "Achtste handgeschreven toetsset (realistic_toets8; sinds de achtste ronde "
    "ontwikkelset)",
    "realistic_toets9": "Negende handgeschreven toetsset (realistic_toets9; sinds de negende ronde "
    "ontwikkelset)",
    "realistic_toets10": "Tiende handgeschreven toetsset (realistic_toets10; sinds de tiende ronde "
    "ontwikkelset)",
    "realistic_toets11": "Elfde handgeschreven toetsset (realistic_toets11; sinds de elfde ronde "
    "ontwikkelset)",
    "realistic_toets12": "Twaalfde handgeschreven toetsset (realistic_toets12; sinds de twaalfde "
    "ronde ontwikkelset)",
    "realistic_toets13": "Dertiende handgeschreven toetsset (realistic_toets13; sinds de "
    "dertiende ronde ontwikkelset)",
    "realistic_toets14": "Veertiende handgeschreven toetsset (realistic_toets14; sinds de "
    "veertiende ronde ontwikkelset)",
    "realistic_toets15": "Vijftiende handgeschreven toetsset (realistic_toets15; sinds de "
    "vijftiende ronde ontwikkelset)",
    "realistic_toets16": "Zestiende handgeschreven toetsset (realistic_toets16; sinds de "
    "zestiende ronde ontwikkelset)",
    "realistic_toets17": "Zeventiende handgeschreven toetsset (realistic_toets17; sinds de "
    "zestiende ronde ontwikkelset)",
    "realistic_toets18": "Achttiende handgeschreven toetsset (realistic_toets18; sinds de "
    "zeventiende ronde ontwikkelset)",
    "realistic_toets19": "Negentiende handgeschreven toetsset (realistic_toets19; sinds de "
    "achttiende ronde ontwikkelset)",
    "realistic_toets20": "Twintigste handgeschreven toetsset (realistic_toets20; sinds de "
    "achttiende ronde ontwikkelset)",
    "realistic_toets21": "Eenentwintigste handgeschreven toetsset (realistic_toets21; sinds de "
    "negentiende ronde ontwikkelset)",
    "realistic_toets22": "Tweeëntwintigste handgeschreven toetsset (realistic_toets22; sinds de "
    "negentiende ronde ontwikkelset)",
    "realistic_toets23": "Drieëntwintigste handgeschreven toetsset, blind (realistic_toets23)",
    "realistic_toets24": "Vierentwintigste handgeschreven toetsset, blind (realistic_toets24)",
    "realistic_toets25": "Vijfentwintigste handgeschreven toetsset, blind (realistic_toets25)",
    "realistic_toets26": "Zesentwintigste handgeschreven toetsset, blind (realistic_toets26)",
    "realistic_toets27": "Zevenentwintigste handgeschreven toetsset, blind (realistic_toets27)",
    "realistic_toets28": "Achtentwintigste handgeschreven toetsset, blind (realistic_toets28)",
    "realistic_toets29": "Negenentwintigste handgeschreven toetsset, blind (realistic_toets29)",
    "realistic_toets30": "Dertigste handgeschreven toetsset, blind (realistic_toets30)",
    "realistic_toets31": "Eenendertigste handgeschreven toetsset, blind (realistic_toets31)",
    "realistic_toets32": "Tweeëndertigste handgeschreven toetsset, blind (realistic_toets32)",
    "realistic_toets33": "Drieëndertigste handgeschreven toetsset, blind (realistic_toets33)",
    "realistic_toets34": "Vierendertigste handgeschreven toetsset, blind (realistic_toets34)",
    "realistic_toets35": "Vijfendertigste handgeschreven toetsset, blind (realistic_toets35)",
    "realistic_toets36": "Zesendertigste handgeschreven toetsset, blind (realistic_toets36)",
    "realistic_toets37": "Zevenendertigste handgeschreven toetsset, blind (realistic_toets37)",
    "realistic_toets38": "Achtendertigste handgeschreven toetsset, blind (realistic_toets38)",
    "realistic_toets39": "Negenendertigste handgeschreven toetsset, blind (realistic_toets39)",
    "realistic_toets40": "Veertigste handgeschreven toetsset, blind (realistic_toets40)",
    "realistic_toets41": "Eenenveertigste handgeschreven toetsset, blind (realistic_toets41)",
    "realistic_toets42": "Tweeënveertigste handgeschreven toetsset, blind (realistic_toets42)",
    "realistic_toets43": "Drieënveertigste handgeschreven toetsset, blind (realistic_toets43)",
    "realistic_toets44": "Vierenveertigste handgeschreven toetsset, blind (realistic_toets44)",
    "realistic_toets45": "Vijfenveertigste handgeschreven toetsset, blind (realistic_toets45)",
    "realistic_toets46": "Zesenveertigste handgeschreven toetsset, blind (realistic_toets46)",
    "realistic_toets47": "Zevenenveertigste handgeschreven toetsset, blind (realistic_toets47)",
    "realistic_toets48": "Achtenveertigste handgeschreven toetsset, blind (realistic_toets48)",
    "realistic_toets49": "Negenenveertigste handgeschreven toetsset, blind (realistic_toets49)",
    "realistic_toets50": "Vijftigste handgeschreven toetsset, blind (realistic_toets50)",
    "realistic_toets51": "Eenenvijftigste handgeschreven toetsset, blind (realistic_toets51)",
    "realistic_toets52": "Tweeënvijftigste handgeschreven toetsset, blind (realistic_toets52)",
    "realistic_toets53": "Drieënvijftigste handgeschreven toetsset, blind (realistic_toets53)",
    "realistic_toets54": "Vierenvijftigste handgeschreven toetsset, blind (realistic_toets54)",
    "realistic_toets55": "Vijfenvijftigste handgeschreven toetsset, blind (realistic_toets55)",
    "realistic_toets56": "Zesenvijftigste handgeschreven toetsset, blind (realistic_toets56)",
    "realistic_toets57": "Zevenenvijftigste handgeschreven toetsset, blind (realistic_toets57)",
    "realistic_toets58": "Achtenvijftigste handgeschreven toetsset, blind (realistic_toets58)",
    "realistic_toets59": "Negenenvijftigste handgeschreven toetsset, blind (realistic_toets59)",
    "realistic_toets60": "Zestigste handgeschreven toetsset, blind (realistic_toets60)",
    "realistic_toets61": "Eenenzestigste handgeschreven toetsset, blind (realistic_toets61)",
    "realistic_toets62": "Tweeënzestigste handgeschreven toetsset, blind (realistic_toets62)",
    "realistic_toets63": "Drieënzestigste handgeschreven toetsset, blind (realistic_toets63)",
    "realistic_toets64": "Vierenzestigste handgeschreven toetsset, blind (realistic_toets64)",
    "realistic_toets65": "Vijfenzestigste handgeschreven toetsset, blind (realistic_toets65)",
    "realistic_toets66": "Zesenzestigste handgeschreven toetsset, blind (realistic_toets66)",
    "realistic_toets67": "Zevenenzestigste handgeschreven toetsset, blind (realistic_toets67)",
    "realistic_toets68": "Achtenzestigste handgeschreven toetsset, blind (realistic_toets68)",
    "realistic_toets69": "Negenenzestigste handgeschreven toetsset, blind (realistic_toets69)",
    "realistic_toets70": "Zeventigste handgeschreven toetsset, blind (realistic_toets70)",
    "realistic_toets71": "Eenenzeventigste handgeschreven toetsset (realistic_toets71; sinds de "
    "44e ronde ontwikkelset)",
    "realistic_toets72": "Tweeënzeventigste handgeschreven toetsset (realistic_toets72; sinds de "
    "44e ronde ontwikkelset)",
    "realistic_toets73": "Drieënzeventigste handgeschreven toetsset (realistic_toets73; sinds de "
    "45e ronde ontwikkelset)",
    "realistic_toets74": "Vierenzeventigste handgeschreven toetsset (realistic_toets74; sinds de "
    "45e ronde ontwikkelset)",
    "realistic_toets75": "Vijfenzeventigste handgeschreven toetsset (realistic_toets75; sinds de "
    "46e ronde ontwikkelset)",
    "realistic_toets76": "Zesenzeventigste handgeschreven toetsset (realistic_toets76; sinds de "
    "46e ronde ontwikkelset)",
    "realistic_toets77": "Zevenenzeventigste handgeschreven toetsset (realistic_toets77; sinds de "
    "47e ronde ontwikkelset)",
    "realistic_toets78": "Achtenzeventigste handgeschreven toetsset (realistic_toets78; sinds de "
    "47e ronde ontwikkelset)",
    "realistic_toets79": "Negenenzeventigste handgeschreven toetsset (realistic_toets79; sinds de "
    "48e ronde ontwikkelset)",
    "realistic_toets80": "Tachtigste handgeschreven toetsset (realistic_toets80; sinds de "
    "48e ronde ontwikkelset)",
    "realistic_toets81": "Eenentachtigste handgeschreven toetsset (realistic_toets81; sinds de "
    "49e ronde ontwikkelset)",
    "realistic_toets82": "Tweeëntachtigste handgeschreven toetsset (realistic_toets82; sinds de "
    "49e ronde ontwikkelset)",
    "realistic_toets83": "Drieëntachtigste handgeschreven toetsset (realistic_toets83; sinds de "
    "50e ronde ontwikkelset)",
    "realistic_toets84": "Vierentachtigste handgeschreven toetsset (realistic_toets84; sinds de "
    "50e ronde ontwikkelset)",
    "realistic_toets85": "Vijfentachtigste handgeschreven toetsset (realistic_toets85; sinds de "
    "51e ronde ontwikkelset)",
    "realistic_toets86": "Zesentachtigste handgeschreven toetsset (realistic_toets86; sinds de "
    "51e ronde ontwikkelset)",
    "realistic_toets87": "Zevenentachtigste handgeschreven toetsset (realistic_toets87; sinds de "
    "52e ronde ontwikkelset)",
    "realistic_toets88": "Achtentachtigste handgeschreven toetsset (realistic_toets88; sinds de "
    "52e ronde ontwikkelset)",
    "realistic_toets89": "Negenentachtigste handgeschreven toetsset (realistic_toets89; sinds de "
    "52e ronde ontwikkelset)",
    "realistic_toets90": "Negentigste handgeschreven toetsset (realistic_toets90; sinds de "
    "52e ronde ontwikkelset)",
    "realistic_toets91": "Eenennegentigste handgeschreven toetsset, blind (realistic_toets91)",
    "realistic_toets92": "Tweeënnegentigste handgeschreven toetsset, blind (realistic_toets92)",
    "realistic_toets93": "Drieënnegentigste handgeschreven toetsset (realistic_toets93; sinds de "
    "54e ronde ontwikkelset)",
    "realistic_toets94": "Vierennegentigste handgeschreven toetsset (realistic_toets94; sinds de "
    "54e ronde ontwikkelset)",
    "realistic_toets95": "Vijfennegentigste handgeschreven toetsset (realistic_toets95; sinds "
    "de 55e ronde ontwikkelset)",
    "realistic_toets96": "Zesennegentigste handgeschreven toetsset (realistic_toets96; sinds "
    "de 55e ronde ontwikkelset)",
    "realistic_toets97": "Zevenennegentigste handgeschreven toetsset (realistic_toets97; sinds "
    "de 56e ronde ontwikkelset)",
    "realistic_toets98": "Achtennegentigste handgeschreven toetsset (realistic_toets98; sinds "
    "de 56e ronde ontwikkelset)",
    "realistic_toets99": "Negenennegentigste handgeschreven toetsset, blind (realistic_toets99)",
    "realistic_toets100": "Honderdste handgeschreven toetsset, blind (realistic_toets100)",
    "realistic_toets101": "Honderdeerste handgeschreven toetsset (realistic_toets101; sinds "
    "de 57e ronde ontwikkelset)",
    "realistic_toets102": "Honderdtweede handgeschreven toetsset (realistic_toets102; sinds "
    "de 57e ronde ontwikkelset)",
    "realistic_toets103": "Honderdderde handgeschreven toetsset (realistic_toets103; sinds "
    "de 58e ronde ontwikkelset)",
    "realistic_toets104": "Honderdvierde handgeschreven toetsset (realistic_toets104; sinds "
    "de 58e ronde ontwikkelset)",
    "realistic_toets105": "Honderdvijfde handgeschreven toetsset (realistic_toets105; sinds "
    "de 59e ronde ontwikkelset)",
    "realistic_toets106": "Honderdzesde handgeschreven toetsset (realistic_toets106; sinds "
    "de 59e ronde ontwikkelset)",
    "realistic_toets107": "Honderdzevende handgeschreven toetsset (realistic_toets107; sinds "
    "de 60e ronde ontwikkelset)",
    "realistic_toets108": "Honderdachtste handgeschreven toetsset (realistic_toets108; sinds "
    "de 60e ronde ontwikkelset)",
    "realistic_toets109": "Honderdnegende handgeschreven toetsset (realistic_toets109; sinds "
    "de 60e ronde ontwikkelset)",
    "realistic_toets110": "Honderdtiende handgeschreven toetsset (realistic_toets110; sinds "
    "de 60e ronde ontwikkelset)",
    "realistic_toets111": "Honderdelfde handgeschreven toetsset (realistic_toets111; sinds "
    "de 60e ronde ontwikkelset)",
    "realistic_toets112": "Honderdtwaalfde handgeschreven toetsset (realistic_toets112; sinds "
    "de 60e ronde ontwikkelset)",
    "realistic_toets113": "Honderddertiende handgeschreven toetsset (realistic_toets113; sinds "
    "de 61e ronde ontwikkelset)",
    "realistic_toets114": "Honderdveertiende handgeschreven toetsset (realistic_toets114; sinds "
    "de 61e ronde ontwikkelset)",
    "realistic_toets115": "Honderdvijftiende handgeschreven toetsset (realistic_toets115; sinds "
    "de 61e ronde ontwikkelset)",
    "realistic_toets116": "Honderdzestiende handgeschreven toetsset (realistic_toets116; sinds "
    "de 61e ronde ontwikkelset)",
    "realistic_toets117": "Honderdzeventiende handgeschreven toetsset (realistic_toets117; sinds "
    "de 62e ronde ontwikkelset)",
    "realistic_toets118": "Honderdachttiende handgeschreven toetsset (realistic_toets118; sinds "
    "de 62e ronde ontwikkelset)",
    "realistic_toets119": "Honderdnegentiende handgeschreven toetsset (realistic_toets119; sinds "
    "de 63e ronde ontwikkelset)",
    "realistic_toets120": "Honderdtwintigste handgeschreven toetsset (realistic_toets120; sinds "
    "de 63e ronde ontwikkelset)",
    "realistic_toets121": "Honderdeenentwintigste handgeschreven toetsset (realistic_toets121; "
    "sinds de 64e ronde ontwikkelset)",
    "realistic_toets122": "Honderdtweeëntwintigste handgeschreven toetsset (realistic_toets122; "
    "sinds de 64e ronde ontwikkelset)",
    "realistic_toets123": "Honderddrieëntwintigste handgeschreven toetsset (realistic_toets123; "
    "sinds de 65e ronde ontwikkelset)",
    "realistic_toets124": "Honderdvierentwintigste handgeschreven toetsset (realistic_toets124; "
    "sinds de 65e ronde ontwikkelset)",
    "realistic_toets125": "Honderdvijfentwintigste handgeschreven toetsset (realistic_toets125; "
    "sinds de 66e ronde ontwikkelset)",
    "realistic_toets126": "Honderdzesentwintigste handgeschreven toetsset (realistic_toets126; "
    "sinds de 66e ronde ontwikkelset)",
    "realistic_toets127": "Honderdzevenentwintigste handgeschreven toetsset (realistic_toets127; "
    "sinds de 67e ronde ontwikkelset)",
    "realistic_toets128": "Honderdachtentwintigste handgeschreven toetsset (realistic_toets128; "
    "sinds de 67e ronde ontwikkelset)",
    "realistic_toets129": "Honderdnegenentwintigste handgeschreven toetsset (realistic_toets129; "
    "sinds de 68e ronde ontwikkelset)",
    "realistic_toets130": "Honderddertigste handgeschreven toetsset (realistic_toets130; "
    "sinds de 68e ronde ontwikkelset)",
    "realistic_toets131": "Honderdeenendertigste handgeschreven toetsset (realistic_toets131; "
    "sinds de 69e ronde ontwikkelset)",
    "realistic_toets132": "Honderdtweeëndertigste handgeschreven toetsset (realistic_toets132; "
    "sinds de 69e ronde ontwikkelset)",
    "realistic_toets133": "Honderddrieëndertigste handgeschreven toetsset (realistic_toets133; "
    "sinds de 70e ronde ontwikkelset)",
    "realistic_toets134": "Honderdvierendertigste handgeschreven toetsset (realistic_toets134; "
    "sinds de 70e ronde ontwikkelset)",
    "realistic_toets135": "Honderdvijfendertigste handgeschreven toetsset, blind "
    "(realistic_toets135)",
    "realistic_toets136": "Honderdzesendertigste handgeschreven toetsset (realistic_toets136; "
    "sinds de 71e ronde ontwikkelset)",
    "realistic_toets137": "Honderdzevenendertigste handgeschreven toetsset, blind "
    "(realistic_toets137)",
    "realistic_toets138": "Honderdachtendertigste handgeschreven toetsset, blind "
    "(realistic_toets138)",
    "realistic_toets139": "Honderdnegenendertigste handgeschreven toetsset "
    "(realistic_toets139; sinds de 72e ronde ontwikkelset)",
    "realistic_toets140": "Honderdveertigste handgeschreven toetsset "
    "(realistic_toets140; sinds de 72e ronde ontwikkelset)",
    "realistic_toets141": "Honderdeenenveertigste handgeschreven toetsset "
    "(realistic_toets141; sinds de 72e ronde ontwikkelset)",
    "realistic_toets142": "Honderdtweeënveertigste handgeschreven toetsset "
    "(realistic_toets142; sinds de 73e ronde ontwikkelset)",
    "realistic_toets143": "Honderddrieënveertigste handgeschreven toetsset "
    "(realistic_toets143; sinds de 73e ronde ontwikkelset)",
    "realistic_toets144": "Honderdvierenveertigste handgeschreven toetsset "
    "(realistic_toets144; sinds de 73e ronde ontwikkelset)",
    "realistic_toets145": "Honderdvijfenveertigste handgeschreven toetsset "
    "(realistic_toets145; sinds de 74e ronde ontwikkelset)",
    "realistic_toets146": "Honderdzesenveertigste handgeschreven toetsset "
    "(realistic_toets146; sinds de 74e ronde ontwikkelset)",
    "realistic_toets147": "Honderdzevenenveertigste handgeschreven toetsset "
    "(realistic_toets147; sinds de 74e ronde ontwikkelset)",
    "realistic_toets148": "Honderdachtenveertigste handgeschreven toetsset "
    "(realistic_toets148; sinds de 75e ronde ontwikkelset)",
    "realistic_toets149": "Honderdnegenenveertigste handgeschreven toetsset "
    "(realistic_toets149; sinds de 75e ronde ontwikkelset)",
    "realistic_toets150": "Honderdvijftigste handgeschreven toetsset, blind (realistic_toets150)",
    "realistic_toets151": "Honderdeenenvijftigste handgeschreven toetsset, blind "
    "(realistic_toets151)",
    "realistic_toets152": "Honderdtweeënvijftigste handgeschreven toetsset, blind "
    "(realistic_toets152)",
    "realistic_toets153": "Honderddrieënvijftigste handgeschreven toetsset, blind "
    "(realistic_toets153)",
    "realistic_toets154": "Honderdvierenvijftigste handgeschreven toetsset, blind "
    "(realistic_toets154)",
    "realistic_toets155": "Honderdvijfenvijftigste handgeschreven toetsset, blind "
    "(realistic_toets155)",
    "realistic_toets156": "Honderdzesenvijftigste handgeschreven toetsset, blind "
    "(realistic_toets156)",
    "realistic_toets157": "Honderdzevenenvijftigste handgeschreven toetsset, blind "
    "(realistic_toets157)",
    "realistic_toets158": "Honderdachtenvijftigste handgeschreven toetsset, blind "
    "(realistic_toets158)",
    "realistic_toets159": "Honderdnegenenvijftigste handgeschreven toetsset, blind "
    "(realistic_toets159)",
    "realistic_toets160": "Honderdzestigste handgeschreven toetsset, blind (realistic_toets160)",
    "realistic_toets161": "Honderdeenenzestigste handgeschreven toetsset, blind "
    "(realistic_toets161)",
    "realistic_toets162": "Honderdtweeënzestigste handgeschreven toetsset, blind "
    "(realistic_toets162)",
    "realistic_toets163": "Honderddrieënzestigste handgeschreven toetsset, blind "
    "(realistic_toets163)",
    "realistic_toets164": "Honderdvierenzestigste handgeschreven toetsset, blind "
    "(realistic_toets164)",
    "realistic_toets165": "Honderdvijfenzestigste handgeschreven toetsset, blind "
    "(realistic_toets165)",
    "realistic_toets166": "Honderdzesenzestigste handgeschreven toetsset, blind "
    "(realistic_toets166)",
    "realistic_toets167": "Honderdzevenenzestigste handgeschreven toetsset, blind "
    "(realistic_toets167)",
    "realistic_toets168": "Honderdachtenzestigste handgeschreven toetsset, blind "
    "(realistic_toets168)",
    "realistic_toets169": "Honderdnegenenzestigste handgeschreven toetsset, blind "
    "(realistic_toets169)",
    "realistic_toets170": "Honderdzeventigste handgeschreven toetsset, blind (realistic_toets170)",
    "realistic_toets171": "Honderdeenenzeventigste handgeschreven toetsset, blind "
    "(realistic_toets171)",
    "realistic_toets172": "Honderdtweeënzeventigste handgeschreven toetsset, blind "
    "(realistic_toets172)",
    "realistic_toets173": "Honderddrieënzeventigste handgeschreven toetsset, blind "
    "(realistic_toets173)",
    "realistic_toets174": "Honderdvierenzeventigste handgeschreven toetsset, blind "
    "(realistic_toets174)",
    "realistic_toets175": "Honderdvijfenzeventigste handgeschreven toetsset, blind "
    "(realistic_toets175)",
    "realistic_toets176": "Honderdzesenzeventigste handgeschreven toetsset, blind "
    "(realistic_toets176)",
    "realistic_toets177": "Honderdzevenenzeventigste handgeschreven toetsset, blind "
    "(realistic_toets177)",
    "realistic_toets178": "Honderdachtenzeventigste handgeschreven toetsset, blind "
    "(realistic_toets178)",
    "realistic_toets179": "Honderdnegenenzeventigste handgeschreven toetsset, blind "
    "(realistic_toets179)",
    "realistic_toets180": "Honderdtachtigste handgeschreven toetsset, blind (realistic_toets180)",
    "realistic_toets181": "Honderdeenentachtigste handgeschreven toetsset, blind "
    "(realistic_toets181)",
    "realistic_toets182": "Honderdtweeëntachtigste handgeschreven toetsset, blind "
    "(realistic_toets182)",
    "realistic_toets183": "Honderddrieëntachtigste handgeschreven toetsset, blind "
    "(realistic_toets183)",
    "realistic_toets184": "Honderdvierentachtigste handgeschreven toetsset, blind "
    "(realistic_toets184)",
    "realistic_toets185": "Honderdvijfentachtigste handgeschreven toetsset, blind "
    "(realistic_toets185)",
    "realistic_toets186": "Honderdzesentachtigste handgeschreven toetsset, blind "
    "(realistic_toets186)",
    "realistic_toets187": "Honderdzevenentachtigste handgeschreven toetsset, blind "
    "(realistic_toets187)",
    "realistic_toets188": "Honderdachtentachtigste handgeschreven toetsset, blind "
    "(realistic_toets188)",
    "realistic_toets189": "Honderdnegenentachtigste handgeschreven toetsset, blind "
    "(realistic_toets189)",
    "realistic_toets190": "Honderdnegentigste handgeschreven toetsset, blind (realistic_toets190)",
    "realistic_toets191": "Honderdeenennegentigste handgeschreven toetsset, blind "
    "(realistic_toets191)",
    "realistic_toets192": "Honderdtweeënnegentigste handgeschreven toetsset, blind "
    "(realistic_toets192)",
    "realistic_toets193": "Honderddrieënnegentigste handgeschreven toetsset, blind "
    "(realistic_toets193)",
    "realistic_toets194": "Honderdvierennegentigste handgeschreven toetsset, blind "
    "(realistic_toets194)",
    "realistic_toets195": "Honderdvijfennegentigste handgeschreven toetsset, blind "
    "(realistic_toets195)",
    "realistic_toets196": "Honderdzesennegentigste handgeschreven toetsset, blind "
    "(realistic_toets196)",
    "realistic_toets197": "Honderdzevenennegentigste handgeschreven toetsset, blind "
    "(realistic_toets197)",
    "realistic_toets198": "Honderdachtennegentigste handgeschreven toetsset, blind "
    "(realistic_toets198)",
    "realistic_toets199": "Honderdnegenennegentigste handgeschreven toetsset, blind "
    "(realistic_toets199)",
    "realistic_toets200": "Tweehonderdste handgeschreven toetsset, blind (realistic_toets200)",
    "realistic_toets201": "Tweehonderdeerste handgeschreven toetsset, blind (realistic_toets201)",
    "realistic_toets202": "Tweehonderdtweede handgeschreven toetsset, blind (realistic_toets202)",
    "realistic_toets203": "Tweehonderdderde handgeschreven toetsset, blind (realistic_toets203)",
    "realistic_toets204": "Tweehonderdvierde handgeschreven toetsset, blind (realistic_toets204)",
    "realistic_toets205": "Tweehonderdvijfde handgeschreven toetsset, blind (realistic_toets205)",
    "realistic_toets206": "Tweehonderdzesde handgeschreven toetsset, blind (realistic_toets206)",
    "realistic_toets207": "Tweehonderdzevende handgeschreven toetsset, blind (realistic_toets207)",
    "realistic_toets208": "Tweehonderdachtste handgeschreven toetsset, blind (realistic_toets208)",
    "realistic_toets209": "Tweehonderdnegende handgeschreven toetsset, blind (realistic_toets209)",
    "realistic_toets210": "Tweehonderdtiende handgeschreven toetsset, blind (realistic_toets210)",
    "realistic_toets211": "Tweehonderdelfde handgeschreven toetsset, blind (realistic_toets211)",
    "realistic_toets212": "Tweehonderdtwaalfde handgeschreven toetsset, blind (realistic_toets212)",
    "realistic_toets213": "Tweehonderddertiende handgeschreven toetsset, blind "
    "(realistic_toets213)",
    "realistic_toets214": "Tweehonderdveertiende handgeschreven toetsset, blind "
    "(realistic_toets214)",
    "realistic_toets215": "Tweehonderdvijftiende handgeschreven toetsset, blind "
    "(realistic_toets215)",
    "realistic_toets216": "Tweehonderdzestiende handgeschreven toetsset, blind "
    "(realistic_toets216)",
    "realistic_toets217": "Tweehonderdzeventiende handgeschreven toetsset, blind "
    "(realistic_toets217)",
    "realistic_toets218": "Tweehonderdachttiende handgeschreven toetsset, blind "
    "(realistic_toets218)",
    "realistic_toets219": "Tweehonderdnegentiende handgeschreven toetsset, blind "
    "(realistic_toets219)",
    "realistic_toets220": "Tweehonderdtwintigste handgeschreven toetsset, blind "
    "(realistic_toets220)",
    "realistic_toets221": "Tweehonderdeenentwintigste handgeschreven toetsset, blind "
    "(realistic_toets221)",
    "realistic_toets222": "Tweehonderdtweeëntwintigste handgeschreven toetsset, blind "
    "(realistic_toets222)",
    "realistic_toets223": "Tweehonderddrieëntwintigste handgeschreven toetsset, blind "
    "(realistic_toets223)",
    "realistic_toets224": "Tweehonderdvierentwintigste handgeschreven toetsset, blind "
    "(realistic_toets224)",
    "realistic_toets225": "Tweehonderdvijfentwintigste handgeschreven toetsset, blind "
    "(realistic_toets225)",
    "realistic_toets226": "Tweehonderdzesentwintigste handgeschreven toetsset, blind "
    "(realistic_toets226)",
    "realistic_toets227": "Tweehonderdzevenentwintigste handgeschreven toetsset, blind "
    "(realistic_toets227)",
    "realistic_toets228": "Tweehonderdachtentwintigste handgeschreven toetsset, blind "
    "(realistic_toets228)",
    "realistic_toets229": "Tweehonderdnegenentwintigste handgeschreven toetsset, blind "
    "(realistic_toets229)",
    "realistic_toets230": "Tweehonderddertigste handgeschreven toetsset, blind "
    "(realistic_toets230)",
    "realistic_toets231": "Tweehonderdeenendertigste handgeschreven toetsset, blind "
    "(realistic_toets231)",
    "realistic_toets232": "Tweehonderdtweeëndertigste handgeschreven toetsset, blind "
    "(realistic_toets232)",
    "realistic_toets233": "Tweehonderddrieëndertigste handgeschreven toetsset, blind "
    "(realistic_toets233)",
    "realistic_toets234": "Tweehonderdvierendertigste handgeschreven toetsset, blind "
    "(realistic_toets234)",
    "realistic_toets235": "Tweehonderdvijfendertigste handgeschreven toetsset, blind "
    "(realistic_toets235)",
    "realistic_toets236": "Tweehonderdzesendertigste handgeschreven toetsset, blind "
    "(realistic_toets236)",
    "realistic_toets237": "Tweehonderdzevenendertigste handgeschreven toetsset, blind "
    "(realistic_toets237)",
    "realistic_toets238": "Tweehonderdachtendertigste handgeschreven toetsset, blind "
    "(realistic_toets238)",
    "realistic_toets239": "Tweehonderdnegenendertigste handgeschreven toetsset, blind "
    "(realistic_toets239)",
    "realistic_toets240": "Tweehonderdveertigste handgeschreven toetsset, blind "
    "(realistic_toets240)",
}
ACTIONS = ("redact", "keep")


def load_realistic(directory: Path | None = None) -> list[Example]:
    """The hand-written documents with their hand-made annotations, sorted by file name.

    Each `NAME.json` holds `{"annotations": [[action, type, value], ...]}` in document order;
    a value is looked up in `NAME.txt` from the end of the previous one. Raises ValueError when
    a value is missing, or when a value marked in one place also occurs unmarked elsewhere (every
    occurrence must carry its own annotation, so a forgotten repeat cannot go unnoticed).
    """
    folder = directory or REALISTIC_DIR
    examples = []
    for text_path in sorted(folder.glob("*.txt")):
        text = text_path.read_text("utf-8")
        marks = json.loads(text_path.with_suffix(".json").read_text("utf-8"))["annotations"]
        examples.append(_resolve(text_path.stem, text, marks))
    return examples


def load_toets() -> list[Example]:
    """The held-out hand-written set (`realistic_toets/`), loaded like `load_realistic`."""
    return load_realistic(TOETS_DIR)


def load_set(name: str) -> list[Example]:
    """One hand-written set of `HAND_WRITTEN_SETS` by its folder name, read like
    `load_realistic`."""
    if name not in HAND_WRITTEN_SETS:
        raise ValueError(f"onbekende set {name!r}; kies uit {', '.join(HAND_WRITTEN_SETS)}")
    return load_realistic(Path(__file__).with_name(name))


def _resolve(identifier: str, text: str, marks: list[list[str]]) -> Example:
    spans: list[Annotated] = []
    cursor = 0
    for action, kind, value, *_note in marks:
        if action not in ACTIONS:
            raise ValueError(f"{identifier}: unknown action {action!r} for {value!r}")
        start = text.find(value, cursor)
        if start < 0:
            raise ValueError(f"{identifier}: {value!r} not found after offset {cursor}")
        spans.append(Annotated(start, start + len(value), value, kind, action))
        cursor = start + len(value)
    for value in {s.text for s in spans}:
        pattern = rf"(?<![\w@.]){re.escape(value)}(?![\w@])"
        for match in re.finditer(pattern, text):
            if not any(s.start <= match.start() and match.end() <= s.end for s in spans):
                raise ValueError(
                    f"{identifier}: {value!r} at offset {match.start()} is not annotated"
                )
    return Example(identifier, text, spans)
