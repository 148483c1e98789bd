"""Slot values and the tiny template language of the synthetic training corpus.

A template is plain Dutch text with `{slot}` fields (filled from `Slots`) and `[a|b|c]` choices
(one alternative picked at random). Everything is driven by one `random.Random`, so the corpus is
reproducible from its seed.
"""

from __future__ import annotations

import random
import re

MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip

# Real Dutch municipalities (names only; all texts about them are made up).
GEMEENTEN = [
    "Pijnacker-Nootdorp", "Zoetermeer", "Delft", "Leiden", "Utrecht", "Amersfoort", "Zwolle",
    "Groningen", "Tilburg", "Eindhoven", "Arnhem", "Nijmegen", "Deventer", "Hengelo", "Almere",
    "Haarlem", "Alkmaar", "Den Helder", "Middelburg", "Goes", "Venlo", "Roermond", "Maastricht",
    "Heerenveen", "Súdwest-Fryslân", "Assen", "Emmen", "Ede", "Apeldoorn", "Lelystad", "Gouda",
    "Westland", "Lansingerland", "Baarn", "Bladel", "Putten", "Velsen", "Noardeast-Fryslân",
    "Borger-Odoorn", "Noordenveld", "Katwijk", "Oss", "Breda", "Zaanstad", "Hoorn",
]  # fmt: skip

# The province of each municipality above, and a water authority there (names only).
PROVINCIES = {
    "Pijnacker-Nootdorp": "Zuid-Holland", "Zoetermeer": "Zuid-Holland", "Delft": "Zuid-Holland",
    "Leiden": "Zuid-Holland", "Utrecht": "Utrecht", "Amersfoort": "Utrecht", "Zwolle": "Overijssel",
    "Groningen": "Groningen", "Tilburg": "Noord-Brabant", "Eindhoven": "Noord-Brabant",
    "Arnhem": "Gelderland", "Nijmegen": "Gelderland", "Deventer": "Overijssel",
    "Hengelo": "Overijssel", "Almere": "Flevoland", "Haarlem": "Noord-Holland",
    "Alkmaar": "Noord-Holland", "Den Helder": "Noord-Holland", "Middelburg": "Zeeland",
    "Goes": "Zeeland", "Venlo": "Limburg", "Roermond": "Limburg", "Maastricht": "Limburg",
    "Heerenveen": "Fryslân", "Súdwest-Fryslân": "Fryslân", "Assen": "Drenthe",
    "Emmen": "Drenthe", "Ede": "Gelderland", "Apeldoorn": "Gelderland", "Lelystad": "Flevoland",
    "Gouda": "Zuid-Holland",
    "Westland": "Zuid-Holland", "Lansingerland": "Zuid-Holland", "Baarn": "Utrecht",
    "Bladel": "Noord-Brabant", "Putten": "Gelderland", "Velsen": "Noord-Holland",
    "Noardeast-Fryslân": "Fryslân", "Borger-Odoorn": "Drenthe", "Noordenveld": "Drenthe",
    "Katwijk": "Zuid-Holland", "Oss": "Noord-Brabant", "Breda": "Noord-Brabant",
    "Zaanstad": "Noord-Holland", "Hoorn": "Noord-Holland",
}  # fmt: skip
WATERSCHAPPEN = {
    "Zuid-Holland": ("Hoogheemraadschap van Delfland", "Hoogheemraadschap van Rijnland"),
    "Utrecht": ("Hoogheemraadschap De Stichtse Rijnlanden", "Waterschap Vallei en Veluwe"),
    "Overijssel": ("Waterschap Drents Overijsselse Delta", "Waterschap Vechtstromen"),
    "Groningen": ("Waterschap Noorderzijlvest", "Waterschap Hunze en Aa's"),
    "Noord-Brabant": ("Waterschap De Dommel", "Waterschap Brabantse Delta"),
    "Gelderland": ("Waterschap Rijn en IJssel", "Waterschap Rivierenland"),
    "Flevoland": ("Waterschap Zuiderzeeland",),
    "Noord-Holland": (
        "Hoogheemraadschap Hollands Noorderkwartier", "Hoogheemraadschap van Rijnland",
    ),
    "Zeeland": ("Waterschap Scheldestromen",),
    "Limburg": ("Waterschap Limburg",),
    "Fryslân": ("Wetterskip Fryslân",),
    "Drenthe": ("Waterschap Hunze en Aa's", "Waterschap Drents Overijsselse Delta"),
}  # fmt: skip

ONDERWERPEN = [
    "herinrichting van de Dorpsstraat", "armoedebeleid", "afvalinzameling", "de nieuwe sporthal",
    "woningbouw aan de Westrand", "energietransitie", "jeugdhulp", "huisvesting van statushouders",
    "verkeersveiligheid rond basisscholen", "de bibliotheekvoorziening", "het zwembad",
    "parkeerregulering in het centrum", "het groenbeleid", "de Wmo-huishoudelijke hulp",
    "laadpalen voor elektrische auto's", "de aanpak van ondermijning", "het minimabeleid",
    "de kinderopvang", "erfgoed en monumenten", "het evenementenbeleid", "wateroverlast",
    "het hondenbeleid", "de toegankelijkheid van de openbare ruimte", "schuldhulpverlening",
    "de renovatie van het gemeentehuis", "het fietsnetwerk", "de warmtetransitie in Oost",
    "de vervanging van de openbare verlichting", "cultuureducatie", "het sportakkoord",
]  # fmt: skip

STRATEN = [
    "Dorpsstraat", "Kerkweg", "Molenlaan", "Stationsplein", "Julianastraat", "Oostlaan",
    "Beatrixlaan", "Schoolstraat", "Raadhuisplein", "Parallelweg", "Industrieweg", "Lindelaan",
    "Prinses Irenestraat", "Vlielandseweg", "Kastanjehof", "Meidoornstraat",
]  # fmt: skip

VOORNAMEN = [
    "Jan", "Sanne", "Mohamed", "Fatima", "Pieter", "Anouk", "Daan", "Eva", "Kees", "Yasmina",
    "Bram", "Lotte", "Hendrik", "Noor", "Wouter", "Ingrid", "Sem", "Marloes", "Ahmet", "Femke",
]  # fmt: skip
ACHTERNAMEN = [
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
    "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "El Amrani", "Yilmaz",
    "van Dijk", "Kok", "Postma",
]  # fmt: skip

ORGANISATIES = [
    "Stichting Welzijn Samen", "Vereniging Dorpsbelangen", "Stichting Buurtsport",
    "Voedselbank Regio", "Muziekvereniging Excelsior", "Stichting Vluchtelingenwerk",
    "Woningcorporatie Wonen Plus", "Sportvereniging De Zwaluwen", "Stichting Cultuurhuis",
    "Historische Vereniging", "Ondernemersvereniging Centrum", "GGD regio",
    "Veiligheidsregio", "Politie eenheid", "Omgevingsdienst regio", "Hoogheemraadschap",
]  # fmt: skip

WETTEN = [
    "de Gemeentewet", "de Participatiewet", "de Wet maatschappelijke ondersteuning 2015",
    "de Jeugdwet", "de Omgevingswet", "de Wegenverkeerswet 1994", "de Wet open overheid",
    "de Algemene wet bestuursrecht", "de Wet milieubeheer", "de Drank- en Horecawet",
]  # fmt: skip

_CHOICE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")


class Slots:
    """Random but consistent values for one document (one municipality, one date, ...)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        year = rng.randint(2019, 2026)
        self.values: dict[str, str] = {
            "gemeente": rng.choice(GEMEENTEN),
            "jaar": str(year),
            "vorigjaar": str(year - 1),
            "volgendjaar": str(year + 1),
            "datum": self.date(year),
            "datum2": self.date(year),
            "onderwerp": rng.choice(ONDERWERPEN),
            "onderwerp2": rng.choice(ONDERWERPEN),
            "straat": rng.choice(STRATEN),
            "huisnummer": str(rng.randint(1, 180)),
            "naam": self.name(),
            "naam2": self.name(),
            "organisatie": rng.choice(ORGANISATIES),
            "wet": rng.choice(WETTEN),
            "bedrag": self.amount(),
            "bedrag2": self.amount(),
            "nr": str(rng.randint(1, 60)),
            "kenmerk": self.reference(year),
            "aantal": str(rng.randint(3, 40)),
            "percentage": str(rng.randint(2, 95)),
            "uur": f"{rng.randint(8, 20)}.{rng.choice(['00', '15', '30', '45'])}",
        }
        self._derive(year)

    def _derive(self, year: int) -> None:
        """Values derived from the drawn ones, without drawing (older families stay identical)."""
        values = self.values
        provincie = PROVINCIES[values["gemeente"]]
        waterschappen = WATERSCHAPPEN[provincie]
        number = int(values["kenmerk"].rsplit("-", 1)[1])
        values["provincie"] = provincie
        values["waterschap"] = waterschappen[number % len(waterschappen)]
        values["kamervraag"] = f"{year}Z{number:05d}"  # a parliamentary question number
        values["lbr"] = f"{year % 100:02d}/{int(values['nr']) * 3:03d}"  # a VNG letter number

    def reference(self, year: int) -> str:
        prefix = self.rng.choice(["Z", "ZK", "D", "UIT", "INT"])
        return f"{prefix}-{year}-{self.rng.randint(100, 99999)}"

    def date(self, year: int) -> str:
        return f"{self.rng.randint(1, 28)} {self.rng.choice(MONTHS)} {year}"

    def name(self) -> str:
        return f"{self.rng.choice(VOORNAMEN)} {self.rng.choice(ACHTERNAMEN)}"

    def amount(self) -> str:
        value = self.rng.choice([self.rng.randint(250, 9999), self.rng.randint(10_000, 2_500_000)])
        return f"€ {value:,}".replace(",", ".")

    def fill(self, template: str) -> str:
        """Pick one alternative per `[a|b]` (innermost first, so choices may nest) and fill every
        `{slot}`."""
        text, previous = template, None
        while text != previous:
            previous = text
            text = _CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), text)
        return _SLOT.sub(lambda m: self.values[m.group(1)], text)
