"""Phrases that reveal a person's debts: a debt restructuring (schuldsanering, the Wsnp), being
in debt counselling, wage garnishment, arrears with a named creditor.

Debts are no special personal data in the sense of art. 9 AVG, but they touch a person's
private life as closely (ground 5.1.2e). The words are also policy topics (a municipality runs
schuldhulpverlening, publishes a policy on betalingsregelingen), so apart from
"schuldsanering" they are matched only in a personal frame ("zit in de WSNP", "heeft flinke
schulden", "beslag op zijn loon", "staat onder bewind") or with what makes them someone's: an
amount, a creditor or a term ("een achterstand van € 640 bij de energieleverancier",
"huurachterstand vier maanden", "WSNP tot 2026").
"""

from __future__ import annotations

import re

from publicatie.patterns import Hit

__all__ = ["find_debts"]

# a few words of the same sentence between a verb and its object
_WORDS = r"(?:[^\s.;:!?]+[ \t]+)"
# to whom a debt is owed, when a sentence names them
_CREDITOR = (
    r"(?:(?:de|zijn|haar|hun|mijn|uw)\s+)?"
    r"(?:energieleverancier|woningcorporatie|corporatie|verhuurder|zorgverzekeraar|"
    r"belastingdienst|cjib|duo|waterbedrijf|huisbaas|hypotheekverstrekker|bank)"
)
_DEBT = re.compile(
    r"(?<![\w-])(?:"
    # the restructuring itself, not the law's name ("Wet schuldsanering natuurlijke personen")
    r"(?<!wet )schuldsanering\w*"
    rf"|(?:zit|zat|zitten|zaten|toegelaten\s+tot|toelating\s+tot)\s+{_WORDS}{{0,3}}?"
    r"(?:in\s+)?de\s+wsnp"
    r"|wsnp\s+(?:tot|sinds|vanaf|t/m)\s+(?:\d{1,2}[-/ ])?\d{4}"
    # in debt counselling: "zit in een traject bij de schuldhulpverlening", "aangemeld bij ..."
    rf"|(?:zit|zat|zitten|zaten|aangemeld|ingeschreven)\s+{_WORDS}{{0,4}}?"
    r"(?:bij|in|voor)\s+(?:de\s+|een\s+)?schuldhulp\w*"
    # ... or running there: "dat zij bij de schuldhulpverlening van de gemeente loopt"
    rf"|(?<!wie\s)(?<!die\s)bij\s+de\s+schuldhulp\w*\s+{_WORDS}{{0,4}}?(?:loopt|liep|lopen|liepen)"
    r"(?![\w-])"
    # ... the other way round: "dat u in een schuldhulptraject zit", "in de schuldhulp zit"
    # (not the policy's "wie in de schuldhulp zit", "inwoners die in een schuldhulptraject zitten")
    rf"|(?<!wie\s)(?<!die\s)in\s+(?:de|een)\s+schuldhulp\w*\s+{_WORDS}{{0,4}}?"
    r"(?:zit|zitten|zat|zaten)(?![\w-])"
    # admitted on a date: "toelating schuldhulpverlening 01-10-2024"
    r"|toelating\s+(?:tot\s+(?:de\s+)?)?schuldhulp\w*\s+(?:per\s+|op\s+)?"
    r"\d{1,2}[-/]\d{1,2}[-/]\d{4}"
    # debts with collectors: "schulden bij drie incassobureaus"
    # (not a collector's name: "schulden bij Incassobureau Eeltjesma B.V.")
    r"|schulden\s+bij\s+(?:\w+\s+){0,2}?(?-i:incassobureau|deurwaarder|schuldeiser)s?"
    # in debt: "heeft daardoor flinke schulden", "tot je nek in de schulden zit"
    r"|(?:heeft|hebben|had|hadden|heb)\s+(?:(?:daardoor|ook|nog|veel|flinke|grote|hoge|forse|"
    r"oplopende|problematische|zijn|haar|hun)\s+){0,2}schulden(?![\w-])"
    # ... the other way round: "waaruit blijkt dat zij schulden heeft"
    r"|(?:hij|zij|ze|u|ik|je)\s+(?:(?:flinke|grote|veel|hoge|nog|ook)\s+){0,2}schulden\s+"
    r"(?:heeft|had|hebben|heb|hadden)"
    # counselled by the municipal credit bank: "onder begeleiding van de kredietbank staat"
    r"|(?<!wie\s)(?<!die\s)onder\s+begeleiding\s+(?:van|bij)\s+de\s+kredietbank"
    r"|in\s+de\s+(?:schulden|wsnp|schuldsanering)\s+"
    r"(?:zit|zitten|zat|zaten|geraakt|gekomen|terechtgekomen)"
    # under administration: "staat onder bewind", "staat onder budgetbeheer"
    r"|(?:staat|staan|stond|stonden)\s+onder\s+(?:beschermings)?(?:bewind|budgetbeheer|curatele)"
    # a court's curatorship in a record: "BSN 488188982 heeft curatele", "is onder curatele gesteld"
    r"|(?:heeft|had|met)\s+curatele"
    r"|(?:is|werd|wordt)\s+(?:in\s+\d{4}\s+)?onder\s+curatele\s+gesteld"
    # ... in a clause: "dat hij onder beschermingsbewind staat vanwege schulden"
    r"|(?<!wie\s)(?<!die\s)onder\s+(?:beschermings)?(?:bewind|budgetbeheer)\s+"
    r"(?:staat|staan|stond|stonden)(?:\s+vanwege\s+(?:\w+\s+)?schulden)?"
    # ... or why, without the verb: "onder beschermingsbewind vanwege problematische schulden"
    r"|(?<!wie\s)(?<!die\s)onder\s+(?:beschermings)?bewind\s+vanwege\s+(?:\w+\s+)?schulden"
    # ... as a record says it: "moeder heeft bewindvoering"
    r"|(?:heeft|had|hebben|hadden)\s+(?:beschermings)?bewindvoering"
    # an amicable debt arrangement: "in een minnelijk traject zit", "zit in een minnelijk traject"
    # ... "zit in een minnelijk schuldhulptraject"
    r"|(?<!wie\s)(?<!die\s)in\s+een\s+minnelijk\s+(?:schuldhulp)?traject\s+"
    r"(?:zit|zitten|zat|zaten)"
    r"|(?:zit|zat|zitten|zaten)\s+in\s+een\s+minnelijk\s+(?:schuldhulp)?traject"
    # put under administration by the court: "is onder bewind gesteld"
    r"|(?:is|werd|wordt|zijn|werden)\s+(?:in\s+\d{4}\s+)?onder\s+(?:beschermings)?bewind\s+gesteld"
    # a restructuring behind a person: "heb ik in de Wsnp gezeten", "heeft Wsnp-traject afgerond"
    r"|in\s+de\s+wsnp\s+(?:gezeten|beland|terechtgekomen|gekomen)"
    r"|(?:heeft|had|heb|zijn|haar|mijn)\s+(?:een\s+)?wsnp-traject\w*"
    # a tax debt with its amount: "belastingschuld ca. € 41.000"
    r"|(?:belasting|huur|energie|zorg)schuld(?:en)?\s+(?:van\s+)?"
    r"(?:ca\.\s*|circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?(?:€|eur)\s*\d[\d.,]*"
    # wage garnishment by a bailiff; a bankruptcy of the person: "aanvrager failliet verklaard"
    r"|loonbeslag\s+(?:door\s+(?:de\s+|een\s+)?)?deurwaarder"
    r"|(?:heeft|had|heb|met|wegens|zijn|haar|mijn)\s+(?:een\s+)?loonbeslag"
    r"|(?:aanvrager|houder|vergunninghouder|eigenaar|hij|zij|ik)\s+(?:is\s+|werd\s+)?"
    r"failliet\s+verklaard"
    # a debt counselling course of one's own: "naast traject schuldhulpverlening"
    r"|(?:naast|tijdens|in|na)\s+(?:een\s+|het\s+|zijn\s+|haar\s+)?traject\s+schuldhulp\w*"
    # rent arrears of a given length: "huurachterstand vier maanden"
    r"|huurachterstand\s+(?:van\s+)?(?:een|twee|drie|vier|vijf|zes|zeven|acht|\d{1,2})\s+maanden"
    # wage garnishment: "beslag gelegd op mijn loon"
    r"|beslag\s+(?:gelegd\s+)?op\s+(?:het|zijn|haar|mijn|uw|je|hun)\s+"
    r"(?:loon|salaris|uitkering|aow|ww|pensioen|bijstand|toeslag|toeslagen)"
    r"(?:\s+van\s+een\s+\w+)?"
    # ... in a record's words: "beslag op loon door deurwaarder"
    r"|beslag\s+op\s+(?:het\s+)?(?:loon|salaris|uitkering)\s+door\s+(?:de\s+|een\s+)?"
    r"deurwaarder"
    # a payment plan or arrears of one's own: "heeft een betalingsregeling bij de Belastingdienst"
    rf"|(?:heeft|heb|hebben|had|hadden)\s+(?:ook\s+)?(?:nog\s+)?(?:een\s+)?"
    r"(?:betalingsregeling|(?:huur|betalings|energie)?achterstand(?:en)?)"
    rf"(?:\s+(?:bij|met)\s+{_CREDITOR})?"
    rf"|betalingsregeling\s+(?:(?:bij|met)\s+)?{_CREDITOR}"
    # ... the other way round: "dat u een betalingsregeling heeft bij de Belastingdienst"
    # ("dat het gezin een schuldregeling heeft bij de gemeente")
    r"|(?:hij|zij|ze|u|ik|je|gezin|huishouden)\s+(?:ook\s+|nog\s+)*een\s+(?:betalings|schuld)regeling\s+"
    r"(?:heeft|had|hebben|heb|hadden)"
    # a debt arrangement of one's own: "heeft een schuldregeling via de kredietbank"
    r"|(?:heeft|heb|hebben|had|hadden)\s+(?:ook\s+|nog\s+)*(?:een\s+)?schuldregeling"
    # arrears after the person: "meldt hij een betalingsachterstand bij de hypotheekverstrekker"
    r"|(?:hij|zij|ze|u|ik|je)\s+(?:ook\s+|nog\s+)*een\s+(?:betalings|huur|energie|hypotheek)?"
    rf"achterstand(?:en)?\s+(?:bij|met)\s+{_CREDITOR}"
    r"|achterstand(?:en)?\s+van\s+(?:€|eur)\s*[\d.,]+(?:,-+)?\s+bij\s+"
    rf"{_CREDITOR}"
    r")(?![\w-])",
    re.IGNORECASE,
)


def find_debts(text: str) -> list[Hit]:
    """A person's debts, in a personal frame: redacted on ground 5.1.2e."""
    return [
        (
            m.start(),
            m.end(),
            "financial",
            "redact",
            "Financiële situatie van een persoon (schulden).",
        )
        for m in _DEBT.finditer(text)
    ]
