"""Fake but valid-looking Dutch personal data, drawn from a seeded random generator.

Every BSN passes the 11-proef and every IBAN passes mod-97, so detectors that check the
checksum find them. None of it belongs to a real person.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from stdnum import iban as iban_check
from stdnum.nl import bsn as bsn_check

FIRST_NAMES = {
    "m": ["Pieter", "Jan", "Mohamed", "Daan", "Kees", "Ruud", "Sander", "Thijs", "Erik", "Youssef",
          "Bram", "Willem", "Hans", "Rik", "Joost", "Mark"],
    "v": ["Annelies", "Fatima", "Sanne", "Marieke", "Ingrid", "Lotte", "Emma", "Petra", "Yvonne",
          "Anouk", "Els", "Noor", "Karin", "Wilma", "Esther", "Sevda"],
}  # fmt: skip
SURNAMES = [
    ("van der", "Berg"), ("", "Jansen"), ("de", "Vries"), ("", "Bakker"), ("van", "Leeuwen"),
    ("", "Visser"), ("van den", "Broek"), ("", "Kok"), ("", "Hoogendoorn"), ("", "Zwinkels"),
    ("van", "Vliet"), ("", "Verbeek"), ("de", "Groot"), ("", "El Amrani"), ("", "Koppenol"),
    ("van der", "Hoeven"), ("", "Wubben"), ("", "Kaya"), ("", "Spaans"), ("van", "Dam"),
    ("", "Schouten"), ("ten", "Have"), ("", "Oudshoorn"), ("", "Bouwman"), ("van", "Rijn"),
    ("", "Mulder"), ("", "Kraaijeveld"), ("de", "Bruijn"), ("", "Sahin"), ("van der", "Meer"),
]  # fmt: skip
STREETS = {
    "Pijnacker": (["Oostlaan", "Westlaan", "Kerkweg", "Noordweg", "Klapwijkseweg", "Tolweg",
                   "Julianastraat", "Stationsstraat", "Ackerdijkseweg", "Zuideinde"],
                  ["2641", "2642"]),
    "Nootdorp": (["Dorpsstraat", "Veenweg", "Molenweg", "Lange Kruisweg", "Oosteinde",
                  "Laan van Ypenburg"], ["2631", "2632"]),
    "Delfgauw": (["Emmastraat", "Schoolweg", "Sportlaan", "Ruyven"], ["2645"]),
}  # fmt: skip
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl"]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB"]
PHONE_STYLES = ("mobiel", "mobiel_int", "vast", "vast_kort", "mobiel_spaties")


@dataclass(frozen=True)
class Person:
    gender: str  # "m" or "v"
    first_name: str
    tussenvoegsel: str
    surname: str

    @property
    def initials(self) -> str:
        return f"{self.first_name[0]}."

    @property
    def last_name(self) -> str:
        """Surname as written after initials: 'van der Berg'."""
        return f"{self.tussenvoegsel} {self.surname}".strip()

    @property
    def bare_last_name(self) -> str:
        """Surname without initials starts with a capital: 'Van der Berg'."""
        name = self.last_name
        return name[0].upper() + name[1:]

    @property
    def formal(self) -> str:
        """'P. van der Berg'."""
        return f"{self.initials} {self.last_name}"

    @property
    def full(self) -> str:
        """'Pieter van der Berg'."""
        return f"{self.first_name} {self.last_name}"

    @property
    def title(self) -> str:
        return "de heer" if self.gender == "m" else "mevrouw"

    @property
    def salutation(self) -> str:
        """'Geachte heer Van der Berg,'."""
        title = "heer" if self.gender == "m" else "mevrouw"
        return f"Geachte {title} {self.bare_last_name},"


@dataclass(frozen=True)
class Address:
    street: str  # 'Oostlaan 14'
    postcode: str  # '2641 DL'
    city: str


class People:
    """Draws unique fake persons and identifiers; the same seed gives the same corpus."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._used: set[str] = set()

    def _unique(self, make: Callable[[], str]) -> str:
        for _ in range(1000):
            value = make()
            if value not in self._used:
                self._used.add(value)
                return value
        raise RuntimeError("geen unieke waarde gevonden")

    def person(self, gender: str | None = None) -> Person:
        def make() -> str:
            sex = gender or self.rng.choice("mv")
            first = self.rng.choice(FIRST_NAMES[sex])
            tussen, surname = self.rng.choice(SURNAMES)
            return f"{sex}|{first}|{tussen}|{surname}"

        sex, first, tussen, surname = self._unique(lambda: "name:" + make())[5:].split("|")
        return Person(sex, first, tussen, surname)

    def address(self, city: str | None = None) -> Address:
        place = city or self.rng.choice(sorted(STREETS))
        streets, prefixes = STREETS[place]

        def make() -> str:
            letters = "".join(self.rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
            postcode = f"{self.rng.choice(prefixes)} {letters}"
            return f"{self.rng.choice(streets)} {self.rng.randint(1, 180)}|{postcode}"

        street, postcode = self._unique(make).split("|")
        return Address(street, postcode, place)

    def bsn(self, dotted: bool = False) -> str:
        def make() -> str:
            while True:
                digits = [self.rng.randint(1, 9)] + [self.rng.randint(0, 9) for _ in range(7)]
                total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
                check = total % 11
                if check < 10:
                    number = "".join(map(str, digits)) + str(check)
                    if bsn_check.is_valid(number):
                        return number

        number = self._unique(make)
        return f"{number[:4]}.{number[4:6]}.{number[6:]}" if dotted else number

    def iban(self, grouped: bool = True) -> str:
        def make() -> str:
            while True:
                bban = self.rng.choice(BANKS) + "".join(
                    str(self.rng.randint(0, 9)) for _ in range(10)
                )
                numeric = "".join(str(int(c, 36)) for c in bban + "NL00")
                value = f"NL{98 - int(numeric) % 97:02d}{bban}"
                if iban_check.is_valid(value):
                    return value

        value = self._unique(make)
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if grouped else value

    def phone(self, style: str) -> str:
        digits = lambda n: "".join(str(self.rng.randint(0, 9)) for _ in range(n))  # noqa: E731

        def make() -> str:
            mobile = f"{self.rng.randint(1, 5)}{digits(7)}"
            local = f"{self.rng.randint(2, 7)}{digits(6)}"
            if style == "mobiel":
                return f"06-{mobile}"
            if style == "mobiel_int":
                return f"+31 6 {mobile[:4]} {mobile[4:]}"
            if style == "mobiel_spaties":
                return f"06 {mobile[:2]} {mobile[2:4]} {mobile[4:6]} {mobile[6:]}"
            if style == "vast":
                return f"015 - {local[:3]} {local[3:5]} {local[5:]}"
            if style == "vast_kort":
                return f"015-{local}"
            raise ValueError(style)

        return self._unique(make)

    def email(self, person: Person) -> str:
        def make() -> str:
            local = self.rng.choice(
                [
                    f"{person.first_name}.{person.surname}",
                    f"{person.first_name[0]}{person.tussenvoegsel}{person.surname}",
                    f"{person.first_name}{self.rng.randint(70, 99)}",
                ]
            )
            local = local.lower().replace(" ", "")
            return f"{local}@{self.rng.choice(MAIL_DOMAINS)}"

        return self._unique(make)
