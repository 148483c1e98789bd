"""One sample document while it is being written: its blocks, metadata and planted data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sample_corpus.people import Address, People, Person

MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip

# Fictional office holders: acting in office, their names stay visible after lakken.
OFFICE_HOLDERS: dict[str, tuple[str, str]] = {
    "burgemeester": ("A.M. Koolhoven", "burgemeester"),
    "wethouder_ruimte": ("J.P. Bakhuizen", "wethouder"),
    "wethouder_sociaal": ("S. Verhoef", "wethouder"),
    "wethouder_financien": ("M. Yildiz", "wethouder"),
    "wethouder_duurzaam": ("L. de Wilde", "wethouder"),
    "griffier": ("P.J. Vermeulen", "griffier"),
    "secretaris": ("H. Dijkstra", "gemeentesecretaris"),
    "raadslid_a": ("K. Smit", "raadslid"),
    "raadslid_b": ("R. Ouwehand", "raadslid"),
    "raadslid_c": ("E. Boukhari", "raadslid"),
}

# Looks like contact data, but belongs to the organisation: must stay visible.
PUBLIC_PHONE = "14 015"
PUBLIC_EMAIL = "info@pijnacker-nootdorp.nl"
PUBLIC_IBAN = "NL17 BNGH 0285 0047 21"  # the municipality's own account (fictional)
TOWN_HALL = "Oranjeplein 1, 2641 EZ Pijnacker"

_PDF_SAFE = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "€": "EUR", "…": "..."}

BlockKind = Literal["title", "heading", "para", "line", "gap", "small", "table", "page"]


def dutch_date(iso: str) -> str:
    """'2024-03-12' -> '12 maart 2024'."""
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {MONTHS[month - 1]} {year}"


def clean(text: str) -> str:
    """Text limited to what the PDF Base-14 fonts can show (Latin-1)."""
    for old, new in _PDF_SAFE.items():
        text = text.replace(old, new)
    text.encode("latin-1")  # fail loudly on anything else
    return text


@dataclass
class Block:
    kind: BlockKind
    text: str = ""
    rows: list[tuple[str, ...]] = field(default_factory=list)


@dataclass
class Doc:
    """A document under construction. Planting helpers record what they put in the text."""

    file_name: str
    titel: str
    documentsoort: str
    creatiedatum: str
    category: str | None
    people: People
    informatieobjecttype: str | None = None
    blocks: list[Block] = field(default_factory=list)
    identifiers: list[dict[str, str]] = field(default_factory=list)
    office_holders: list[str] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    civil_servants: list[Person] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    protected: list[str] = field(default_factory=lambda: [PUBLIC_PHONE, PUBLIC_IBAN, TOWN_HALL])

    # -- content ---------------------------------------------------------------------
    def title(self, text: str) -> None:
        self.blocks.append(Block("title", clean(text)))

    def h(self, text: str) -> None:
        self.blocks.append(Block("heading", clean(text)))

    def p(self, *texts: str) -> None:
        for text in texts:
            self.blocks.append(Block("para", clean(text)))

    def lines(self, *texts: str) -> None:
        """Lines without space between them (address blocks)."""
        for text in texts:
            self.blocks.append(Block("line", clean(text)))
        self.blocks.append(Block("gap"))

    def small(self, *texts: str) -> None:
        for text in texts:
            self.blocks.append(Block("small", clean(text)))

    def bullets(self, *items: str) -> None:
        self.p(*(f"- {item}" for item in items))

    def table(self, *rows: tuple[str, ...]) -> None:
        self.blocks.append(
            Block("table", rows=[tuple(clean(cell) for cell in row) for row in rows])
        )

    def page(self) -> None:
        self.blocks.append(Block("page"))

    def letterhead(self, to: Person, address: Address, kenmerk: str, onderwerp: str) -> None:
        """The address block, date and reference of an outgoing letter."""
        self.small("Retouradres: Postbus 1, 2640 AA Pijnacker")
        self.lines(
            f"{to.title.capitalize()} {to.formal}",
            address.street,
            f"{address.postcode} {address.city}",
        )
        self.table(
            ("Datum", dutch_date(self.creatiedatum)),
            ("Ons kenmerk", kenmerk),
            ("Onderwerp", onderwerp),
        )
        self.p(to.salutation)

    # -- planting --------------------------------------------------------------------
    def _plant(self, kind: str, value: str) -> str:
        self.identifiers.append({"type": kind, "value": value})
        self.protected.append(value)
        return value

    def bsn(self, dotted: bool = False) -> str:
        return self._plant("bsn", self.people.bsn(dotted))

    def iban(self, grouped: bool = True) -> str:
        return self._plant("iban", self.people.iban(grouped))

    def phone(self, style: str) -> str:
        return self._plant("phone", self.people.phone(style))

    def email(self, person: Person) -> str:
        return self._plant("email", self.people.email(person))

    def person(self, gender: str | None = None) -> Person:
        who = self.people.person(gender)
        self.persons.append(who)
        self.protected += [who.formal, who.full, who.bare_last_name, who.last_name]
        return who

    def civil_servant(self) -> Person:
        who = self.people.person()
        self.civil_servants.append(who)
        self.protected += [who.formal, who.full]
        return who

    def address(self, city: str | None = None) -> Address:
        where = self.people.address(city)
        self.addresses.append(where)
        self.protected += [where.street, f"{where.postcode} {where.city}"]
        return where

    def holder(self, key: str) -> str:
        """'burgemeester A.M. Koolhoven' (role and name), recorded as office holder."""
        name, role = OFFICE_HOLDERS[key]
        if name not in self.office_holders:
            self.office_holders.append(name)
        self.protected.append(name)
        return f"{role} {name}"

    def name_of(self, key: str) -> str:
        """Only the name of an office holder (after a role written in the sentence itself)."""
        self.holder(key)
        return OFFICE_HOLDERS[key][0]

    # -- output ----------------------------------------------------------------------
    def sidecar(self) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "titel": self.titel,
            "documentsoort": self.documentsoort,
            "creatiedatum": self.creatiedatum,
        }
        if self.informatieobjecttype:
            meta["informatieobjecttype"] = self.informatieobjecttype
        return meta

    def planted(self, text: str) -> dict[str, Any]:
        """What was planted, limited to the name forms that really occur in `text`."""

        def forms(person: Person, *, bare: bool = True) -> list[str]:
            candidates = [person.full, person.formal] + ([person.bare_last_name] if bare else [])
            return [form for form in dict.fromkeys(candidates) if form in text]

        return {
            "expected_category": self.category,
            "identifiers": self.identifiers,
            "office_holders": self.office_holders,
            "citizen_names": [form for who in self.persons for form in forms(who)],
            "civil_servant_names": [
                form for who in self.civil_servants for form in forms(who, bare=False)
            ],
            "addresses": [
                {"straat": a.street, "postcode": a.postcode, "plaats": a.city}
                for a in self.addresses
            ],
            "public_values": [v for v in (PUBLIC_PHONE, PUBLIC_EMAIL, PUBLIC_IBAN) if v in text],
        }
