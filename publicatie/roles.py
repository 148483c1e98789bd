"""Role awareness (Woo policy): office holders acting in office stay visible.

A name stays visible when the organisation lists it (office holders, public-facing officials)
or when the text names the office right next to it ("wethouder L. de Wilde",
"A.M. Koolhoven, burgemeester").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "MASTERS",
    "OFFICE_ROLES",
    "PARTIES",
    "civil_servant_near",
    "first_letter",
    "first_name",
    "listed",
    "name_key",
    "names_office",
    "own_job_after",
    "role_near",
    "signature_pair",
    "surname_mentions",
]

OFFICE_ROLES = (
    # German and Belgian neighbours in a cross-border meeting: their mayors, council members
    # and aldermen (schepenen) act in office too
    "samtgemeindebürgermeisterin",
    "samtgemeindebürgermeister",
    "bürgermeisterin",
    "bürgermeister",
    "ratsmitglieder",
    "ratsmitglied",
    "ratsfrau",
    "ratsherr",
    "landrätin",
    "landrat",
    "schepenen",
    "schepen",
    # ... and their French-speaking neighbours: "bourgmestre de Fourons, M. Remersdael",
    # "échevin du tourisme Laurence Devieuxmont"
    "bourgmestre",
    "échevin",
    "échevine",
    "echevin",
    "échevins",
    # English, in a municipality's text for international residents: "alderman (wethouder) Okko
    # Ruhl", "Mayor Bas Breugel"
    "alderman",
    "aldermen",
    "alderwoman",
    "mayor",
    "deputy mayor",
    "councillor",
    "councilor",
    "council member",
    # Frisian: "wethâlder H. Kleistra", "boargemaster", "riedslid"
    "wethâlder",
    "wethâlders",
    "boargemaster",
    "riedslid",
    "riedsleden",
    "burgemeester",
    # abbreviated in a handwritten note or a paraph route: "Bgm Uijen geïnformeerd"
    "bgm",
    "loco-burgemeester",
    "wethouder",
    "wethouders",
    "portefeuillehouder",
    "raadslid",
    "raadsleden",
    "gemeenteraadslid",
    "commissielid",
    "fractievoorzitter",
    "fractievoorzitters",
    "griffier",
    "raadsgriffier",
    "plaatsvervangend griffier",
    "gemeentesecretaris",
    "gem.secretaris",
    "gem. secretaris",
    # abbreviated in a register's cell: "R. Otterloo (gem.secr.)"
    "gem.secr",
    "gem. secr",
    "gemeentesecr",
    "provinciesecretaris",
    "secretaris-directeur",
    "statengriffier",
    "secretaris",
    "voorzitter",
    "rekenkamercommissie",
    "rekenkamer",
    "lid van de rekenkamercommissie",
    # "rekenkamerlid D. Raaimdijk MSc", "dr. C.H. Meulenbroeks | lid rekenkamer"
    "rekenkamerlid",
    "rekenkamerleden",
    "lid rekenkamer",
    "lid van de rekenkamer",
    # the members of a stadsdeel's committee and board, and of a joint body's boards
    "stadsdeelcommissie",
    "lid stadsdeelcommissie",
    "stadsdeelcommissielid",
    "dagelijks bestuur",
    "ab-lid",
    "db-lid",
    "commissaris van de koning",
    "gedeputeerde",
    "statenlid",
    "dijkgraaf",
    "hoogheemraad",
    "heemraad",
    "locoburgemeester",
    "minister",
    "staatssecretaris",
)
_ROLE_ALT = "|".join(sorted((re.escape(r) for r in OFFICE_ROLES), key=len, reverse=True))
# "voorzitter" and "secretaris" are also the chair and secretary of any association: after a
# title ("de voorzitter, de heer P.C. van der Plas") they do not make an office holder.
_AMBIGUOUS = {"voorzitter", "secretaris"}
_POSSESSIVE = re.compile(r"\b(?:onze|ons|mijn|zijn|haar|hun|jullie|uw)[ \t]*$", re.IGNORECASE)
_CLEAR_ALT = "|".join(
    sorted((re.escape(r) for r in OFFICE_ROLES if r not in _AMBIGUOUS), key=len, reverse=True)
)
_TITLES = (
    r"(?:de\s+heer|heer|mevrouw|mevr\.|mw\.|dhr\.|mr\.|dr\.|drs\.|ir\.|ing\.|prof\.|ds\.|"
    # French: "bourgmestre de Fourons, M. Remersdael", "Mme Lixhon"
    r"(?-i:M\.)|monsieur|madame|mme\.?)"
)
# "de burgemeester van Schiedam,", "wethouder van de gemeente Gouda:"
_OF_PLACE = (
    # "de burgemeester van 's-Hertogenbosch,"
    r"(?:\s+van\s+(?:de\s+gemeente\s+)?(?:'s-|'t[ -])?[A-Z][\w'-]*"
    # "Alphen aan den Rijn", "Peel en Maas", "Bergen op Zoom", "Hof van Twente"
    r"(?:\s+(?:aan\s+(?:den|de)\s+|en\s+|op\s+|van\s+)?[A-Z][\w'-]*){0,3})?"
)
# A portfolio after the office: "Wethouder Sport R.M. Heijkoop", "de wethouder Werk en Inkomen,",
# also in lower case when it names a policy field ("de wethouder schuldhulpverlening S. Zengin";
# not any word: "wethouder heeft Jansen gebeld" must not make Jansen an office holder).
_POLICY_FIELD = (
    r"[a-zë-]*(?:verlening|zaken|beleid|zorg|ontwikkeling|beheer|hulp|onderwijs|financiën|"
    r"economie|cultuur|sport|wonen|verkeer|mobiliteit|jeugd|duurzaamheid|participatie|inkomen|"
    r"armoede|veiligheid|handhaving|ruimte|milieu|welzijn|toerisme|erfgoed|energie)"
    # "Wethouder sociaal domein: M.A. Hazelbeek"
    r"|sociaal domein|fysiek domein|ruimtelijke ordening|openbare ruimte"
)
_PORTFOLIO = (
    # "schepen van economie, mevrouw Van Looveren", "wethouder van financiën"
    rf"(?:[ \t]+(?:van|du|de[ \t]+la|des)[ \t]+(?:{_POLICY_FIELD}|tourisme|culture|sports?|"
    r"travaux|finances|jeunesse|enseignement)"
    # "wethouder P&O R. Sparenburg"
    r"|[ \t]+[A-Z][\w&-]*(?:(?:,|[ \t]+en|[ \t]+&)?[ \t]+[A-Z][\w&-]*){0,3}"
    rf"|[ \t]+{_POLICY_FIELD}(?:(?:,|[ \t]+en|[ \t]+&)[ \t]+{_POLICY_FIELD}){{0,2}})?"
)
_BEFORE = re.compile(
    # "De burgemeester (J.W. Helmkamp) is geïnformeerd": the name in brackets after the office
    # "gemeentesecretaris / directeur SED   C.M. Dobbehorst": the secretary who also directs
    # (not the clerk of a committee: "Commissiegriffier: Sophie Kasse" is staff of the griffie;
    # 45 of the 51 such names in the sets are redacted)
    rf"(?!(?<=[Cc]ommissie)(?i:griffier))(?i:{_ROLE_ALT})"
    r"(?:[ \t]*/[ \t]*(?i:algemeen[ \t]+)?(?i:directeur)(?:[ \t]+[A-Z]{2,5})?)?"
    # ... also after "is": "haar schoonzus gemeentesecretaris is (S. Venhuizen)"
    rf"\s*(?:\([A-Za-z-]+\)\s*)?(?:{_OF_PLACE}|{_PORTFOLIO})\s*"
    r"(?:[:,]|(?:(?i:is|was)[ \t]+)?\()?\s*"
    # "gemeentesecretaris H. \nDijkstra": the initials left on the line before, in a PDF's text
    r"(?:(?-i:[A-Z])\.[ \t]?){0,4}\s*$"
)
# The key of a YAML or INI export that opens with the office: "burgemeester_akkoord: ",
# "wethouder_portefeuille = "
# ... or the office alone as a field's key, in YAML, JSON or INI: 'burgemeester: "R. Hebben',
# '"wethouder_evenementen": "J. Kleefkens' (not "voorzitter" or "secretaris" alone: those of
# any association)
_EXPORT_KEY = re.compile(
    rf"(?:^|\n)[ \t]*(?:-[ \t]+)?[\"']?"
    rf"(?:(?P<role>(?i:{_ROLE_ALT}))_[a-z_]+|(?P<office>(?i:{_CLEAR_ALT})))"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?$"
)
# "raadslid mevrouw F. Bennani", "wethouder drs. K.L. Vermaas", "burgemeester mr. J.G.M. Aukes"
_BEFORE_TITLED = re.compile(
    # "wethouder Onderwijs mr. drs. S.E. Laarhoven"; not a label after the office on a page
    # whose lines are joined ("gemeentesecretaris Afschrift: mevrouw E. Verhagen")
    rf"(?i:{_CLEAR_ALT})\s*(?:\([^)\n]{{1,40}}\)\s*)?(?:{_OF_PLACE}\s*[:,]?|{_PORTFOLIO}\s*,?)\s*"
    rf"(?:(?i:{_TITLES})\s*)+$"
)
# The office after a name, on the same line or at the start of the next ("Koen Vermaas\nWethouder"),
# not past a blank line (the office of the next person).
_AFTER = re.compile(
    # "(gemeentesecretaris/algemeen directeur)": the office may also open the brackets
    # "Leendijk, Sophie – raadslid, VVD": a dash in a list of participants
    # "| A.J. Wittebrood | burgemeester |": the office in the next cell of the row
    # "Anja Drentdijk (directeur); wethouder P. Woldinga": after brackets of its own, an office
    # past a semicolon is the next person's
    rf"^[ \t]*(?:\([^)\n]{{1,30}}\)[ \t]*,?[ \t]*(?:[–—][ \t]*|-[ \t]+|[|\t][ \t]*)?"
    rf"|,?[ \t]*(?:[–—][ \t]*|-[ \t]+|[|\t;][ \t]*)?)"
    rf"(?:\n[ \t]*)?"
    # "(voorzitter, burgemeester van Maashorst)": the office after a task in the brackets
    rf"\(?(?:(?<=\()[a-z]{{3,20}},[ \t]*)?(?P<role>{_ROLE_ALT})\b",
    re.IGNORECASE,
)
# "namens de burgemeester van Roermond,": the person signing on behalf of an office holder is a
# civil servant with a mandate, not the office holder.
# "namens de dijkgraaf en heemraden": every office of the list.
_ON_BEHALF = re.compile(
    rf"namens\s+(?:de\s+|het\s+)?(?:{_ROLE_ALT})\b"
    rf"(?:\s*(?:,|en|&)\s*(?:de\s+|het\s+)?(?:{_ROLE_ALT}|heemraden|wethouders|gedeputeerden)\b)*",
    re.IGNORECASE,
)
_TITLES_ONLY = re.compile(rf"[ \t]+(?:{_TITLES}[ \t]+)*", re.IGNORECASE)


# "namens de burgemeester van Terneuzen, M. Dobbelaere,": on one line, the office holder's own
# name after the office; the signer follows on the lines below
_OFFICE_THEN_NAME = re.compile(
    rf"(?:[ \t]+van[ \t]+[A-Z][\w'-]*(?:[ \t-]+[A-Z][\w'-]*)*)?[ \t]*,[ \t]*"
    rf"(?:(?i:{_TITLES})[ \t]*)*"
)
_LINE_ENDS_AFTER_NAME = re.compile(r"[ \t]*,[ \t]*(?:\n|$)")


def _mask_on_behalf(text: str, left: int, start: int, closes_line: bool = False) -> str:
    """text[left:start] with "namens <office>" blanked out, except where the name at `start`
    follows the office directly ("Namens wethouder Esra Tokgöz: ..."), or after a comma on the
    same line where the name closes that line (`closes_line`): then it is the office holder's
    own name, not the name of whoever signs for them."""
    window = text[left:start]

    def blank(match: re.Match[str]) -> str:
        if _TITLES_ONLY.fullmatch(window, match.end()):
            return match.group(0)
        if closes_line and _OFFICE_THEN_NAME.fullmatch(window, match.end()):
            return match.group(0)
        return "#" * len(match.group(0))

    return _ON_BEHALF.sub(blank, window)


# A party right after a name marks a council member: "S. Kaya (GroenLinks)", "B. Zwart (Gouds
# Belang)".
PARTIES = (
    r"VVD|CDA|D66|GroenLinks(?:[-/]PvdA)?|GL(?:[-/]PvdA)?|PvdA|SP|ChristenUnie(?:[-/]SGP)?|"
    r"CU(?:[-/]SGP)?|SGP|PVV|PvdD|Partij voor de Dieren|JA21|BBB|Volt|DENK|50PLUS|FvD|"
    r"Forum voor Democratie|NSC|Nieuw Sociaal Contract|BVNL|"
    r"(?:Lokaal|Leefbaar|Gemeentebelangen|Dorpsbelangen|Stadsbelang|Actiepartij|Stadspartij|"
    r"Onafhankelijk)[\w '-]{0,25}|[A-Z][\w'-]*(?: [A-Z][\w'-]*)? (?:Belang|Lokaal)"
)
_PARTY_AFTER = re.compile(rf"^[ \t]*\((?i:fractie[ \t]+)?(?:{PARTIES})\)")
# ... or an export's record that gives the party on the next line: "- naam: H. Yağmurcu\n
#   fractie: Lokaal Liemers"
_PARTY_KEY_AFTER = re.compile(
    r"[ \t]*[\"']?[ \t]*\n[ \t]*[\"']?(?i:fractie|partij|party)[\"']?[ \t]*[:=]"
)
# A line "Name (Party)" at the end of a motion or under "Indieners:"; the line of a known
# national party in the same block makes a local party's line a council member's too:
# "E.M. Hoogmeijer-Bremland (Hart voor Midden-Delfland)" above "Jasper Duischot (VVD)".
# ... also after a comma: "J. Hindriks, Lijst Oldambt" above "D. Oosterhof, PvdA"
_OWN_PARTY_LINE = re.compile(
    r"[ \t]*(?:\([A-Z][^()\n]{1,50}\)|,[ \t]*[A-Z][^,()\n\d]{1,40})[ \t]*(?:\n|$)"
)
_NATIONAL_PARTY_LINE = re.compile(
    rf"(?:\((?:{PARTIES})\)|,[ \t]*(?:{PARTIES}))[ \t]*$", re.MULTILINE
)


def _party_list(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] ends its line with a party in brackets, in a block of
    lines where another line ends with a known national party."""
    if not _OWN_PARTY_LINE.match(text, end):
        return False
    block_start = text.rfind("\n\n", 0, start) + 1
    block_end = text.find("\n\n", end)
    block = text[block_start : block_end if block_end >= 0 else len(text)]
    return _NATIONAL_PARTY_LINE.search(block) is not None


# Two office labels above two names of a signature block ("De griffier,   De voorzitter,")
_ROLE_LABEL = rf"(?:(?i:de|het)\s+)?(?i:{_ROLE_ALT}){_OF_PLACE}\s*[,:]?"
_TWO_ROLES = re.compile(rf"{_ROLE_LABEL}\s+{_ROLE_LABEL}\s*(?:(?i:{_TITLES})\s*)*$")
_COLLEGE = re.compile(r"burgemeester\s+en\s+wethouders", re.IGNORECASE)
_PARTICLES = {"van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "in", "op", "la", "le"}
_PREFIXES = {"El", "Al", "Ait", "Aït", "Ben", "Bou", "Abou", "Abu", "Ibn", "Ould"}


def _plain(name: str) -> str:
    """The name without a parenthesised first name: "A. (Arben) Krasniqi" -> "A. Krasniqi"."""
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def name_key(name: str) -> str:
    """Surname key for comparisons: the last capitalised word, lower case ('De Vries' → 'vries').

    In the form "Achternaam, Voornaam" the surname comes first ('Vermaas, Koen' → 'vermaas').
    """
    name = _plain(name)
    if "," in name:
        name = name.split(",", 1)[0]
    words = [w for w in re.split(r"[\s.]+", name) if w]
    surname = [w for w in words if len(w) > 1 and w.lower() not in _PARTICLES]
    return surname[-1].lower() if surname else name.strip().lower()


def first_name(name: str) -> str:
    """The first name in a name, or '' ("Koen Vermaas" and "Vermaas, Koen" -> "Koen";
    "K.L. Vermaas" and "Van der Berg" -> '')."""
    name = _plain(name)
    if "," in name:
        given = name.split(",", 1)[1].split()
        word = given[0] if given else ""
    else:
        words = name.split()
        word = words[0] if len(words) >= 2 else ""
    if not word or "." in word or word.lower() in _PARTICLES or not word[0].isupper():
        return ""
    return "" if word in _PREFIXES else word


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"\b[A-Z](?=\.)", name))


# A surname in capitals and initials without dots after it, as a log writes them: "KRAMER S",
# "VAN DINTHER RM"; not a short surname after its particle ("VAN OS")
_CAPS_THEN_INITIALS = re.compile(
    r"(?!(?:VAN|DE|DER|DEN|TER|TEN|TE|VAN DE|VAN DER|VAN DEN)[ ][A-Z]{1,2}$)"
    r"[A-Z][A-Z' -]*[A-Z]{2}[ ](?P<initials>[A-Z]{1,2})"
)


def first_letter(name: str) -> str:
    """The first letter of the given name, from the initials or the first name written out:
    "G.J. Rouwhorst", "Gerrit Rouwhorst" and "ROUWHORST GJ" -> "G"; "Rouwhorst" -> ''."""
    initials = _initials(name)
    if not initials and (caps := _CAPS_THEN_INITIALS.fullmatch(name.strip())):
        initials = caps.group("initials")
    return initials[0] if initials else first_name(name)[:1].upper()


def listed(name: str, people: Iterable[str]) -> bool:
    """Whether `name` is one of `people`: the same surname, and the first letter of the given
    name agrees with one of theirs where both are known ("Stefan Rouwhorst" is no wethouder
    G.J. Rouwhorst, even where the wethouder is also named without initials)."""
    key = name_key(name)
    namesakes = [person for person in people if name_key(person) == key]
    if not namesakes:
        return False
    mine = first_letter(name)
    theirs = {first_letter(person) for person in namesakes} - {""}
    return not mine or not theirs or mine in theirs


# Kin of an office holder, or a namesake said not to be: "geen familie van wethouder Stokkers",
# "geen dochter van wethouder Haverkate", "familie is van burgemeester Pelgrim", "geen familie
# van onze expert L. Dijkstra of van wethouder Kramer-Dijkstra", "burgemeester Pelgrim heeft geen
# familie in Zenderen". Another person of that surname is in the document.
_KIN = (
    r"familie|familielid|verwant\w*|naamgeno(?:ot|te)|dochter|zoon|broer|zus|zuster|vader|moeder|"
    r"neef|nicht|oom|tante|opa|oma|klein(?:zoon|dochter)|schoon(?:zoon|dochter|vader|moeder)|"
    r"echtgeno(?:ot|te)"
)
_HOLDER_NAME = (
    r"(?:(?:[A-Z]\.)+[ \t]*)?(?P<surname>(?:(?:van|de|der|den|ter|ten|te)[ \t]+)*[A-Z][\w'-]+)"
)
_KIN_OF_HOLDER = re.compile(
    rf"(?<![\w-])(?i:{_KIN})(?:\s+(?:is|zijn|was|waren))?\s+(?:van|aan)\s+"
    r"(?:[^.\n]{0,50}?\s(?:of|en)\s+van\s+)?(?:(?i:de|het|onze?|uw)\s+)?"
    rf"(?i:{_ROLE_ALT})\s+{_HOLDER_NAME}"
    rf"|(?i:{_ROLE_ALT})\s+{_HOLDER_NAME.replace('surname', 'holder')}\s+"
    r"(?:heeft|had)\s+geen\s+familie"
    # "hebben niets te maken met burgemeester Hoevenaars", "niet te verwarren met wethouder X"
    r"|(?<![\w-])(?i:(?:niets|niks)\s+te\s+maken\s+(?:hebben\s+|heeft\s+)?met|"
    r"niet\s+te\s+verwarren\s+met)\s+(?:(?i:de|onze?|uw)\s+)?"
    rf"(?i:{_ROLE_ALT})\s+{_HOLDER_NAME.replace('surname', 'unrelated')}"
)


def surnames_of_kin(text: str) -> set[str]:
    """The surname keys of office holders whose kin or namesake the text speaks of: there a
    name with that surname is not the office holder by the surname alone."""
    return {
        name_key(match.group("surname") or match.group("holder") or match.group("unrelated"))
        for match in _KIN_OF_HOLDER.finditer(text)
    }


def same_given_letter(name: str, people: Iterable[str]) -> bool:
    """Whether `name` and one of `people` of the same surname have the same known first letter
    of the given name ("M. Hofstede" and "griffier M. Hofstede")."""
    key, mine = name_key(name), first_letter(name)
    return bool(mine) and any(
        name_key(person) == key and first_letter(person) == mine for person in people
    )


# A civil servant's own job in brackets right after the name: "(bestuursadviseur)", "(beleid
# Jeugd)", "(secretaresse wethouder)", "(dienst toerisme)".
# Who keeps a market, a fair or a port: a civil servant's job ("marktmeester B. Lenderink")
MASTERS = r"marktmeester|kermismeester|havenmeester"
_OWN_JOB = re.compile(
    r"[ \t]*\([^)\n]{0,25}?(?i:adviseur|medewerker|medewerkster|(?<!\w)beleid\b|consulent|"
    r"secretaresse|assistent|ambtenaar|jurist|manager|co[öo]rdinator|notulist|projectleider|controller|"
    r"teamleider|toezichthouder|regisseur|"
    # who keeps a register or a site: "(beheerder begraafplaatsen)", "(begraafadministratie)"
    r"beheerder|beheerster|administratie|"
    # a service or department, and who takes the minutes: "(dienst toerisme)", "(service
    # travaux)", "(verslag)"
    r"(?<!\w)(?:dienst|service|afdeling|verslag)\b|"
    # a team, the legal department, a market's master: "(team Invordering)", "(Juridische
    # Zaken)", "(marktmeester)"
    rf"(?<!\w)team\b|juridisch|{MASTERS})"
    r"[^)\n]{0,25}\)"
)


_MINUTES_AFTER = re.compile(r"[ \t]*\((?i:verslag|notulen)\)")
_CLERK_BEFORE = re.compile(r"(?<![\w-])(?i:griffier)[ \t]+$")


def own_job_after(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by its own civil servant's job in brackets
    (and no office): then no office named before it is that person's."""
    own = _OWN_JOB.match(text, end)
    return (
        own is not None
        and not re.search(rf"(?i:{_ROLE_ALT})", own.group(0))
        # "(geen familie van de teamleider)": another's job
        and not re.search(r"(?i:geen|niet)[ \t]", own.group(0))
    )


_OFFICE_OR_PARTY = re.compile(
    rf"(?i:{_ROLE_ALT}|griffie|college|bestuur|raad|fractie)|(?<![\w-])(?:{PARTIES})(?![\w-])"
)


def names_office(words: str) -> bool:
    """Whether `words` (a label's part in brackets: "Wethouder", "CDA", "Griffie") name an
    office, the college, the council or a party, rather than a team or an organisation."""
    return _OFFICE_OR_PARTY.search(words) is not None


_OFFICE_TITLE = re.compile(rf"(?i:{_CLEAR_ALT})(?![\w-])[ \t]*")


def office_title(value: str) -> int:
    """The length of the office a title or a contact's name starts with ("Wethouder (portefeuille
    ...)", "Raadslid", "Wethouder Anne-Marie Velthuijzen"), with the space after it; 0 when it
    starts with none (the chair of a village council is no office holder)."""
    match = _OFFICE_TITLE.match(value.strip())
    return match.end() + (len(value) - len(value.lstrip())) if match else 0


# A namesake said to be no kin of an office holder, right after the name: "Jorn Dijkstra (geen
# familie van wethouder Dijkstra)", "Ton Vroemen niet van wethouder M. Vroemen".
_NO_KIN_OF_HOLDER_AFTER = re.compile(
    r"[ \t]*[,(]?[^.\n()]{0,25}?(?<![\w-])(?i:geen|niet)[ \t]+"
    r"(?i:familie[ \t]+|verwant[ \t]+|(?:een[ \t]+)?naamgeno\w*[ \t]+)?(?i:van|aan)[ \t]+"
    rf"(?i:de[ \t]+|het[ \t]+|onze?[ \t]+)?(?i:{_ROLE_ALT})(?![\w-])"
)


def role_near(text: str, start: int, end: int) -> str:
    """The office named right before or after the name at text[start:end], or ''.

    Before: "wethouder L. de Wilde", "raadslid mevrouw F. Bennani", "de burgemeester van
    Schiedam,\n\ndrs. C.W. Lamberts-Koeman". After: "A.M. Koolhoven, burgemeester", or a party
    ("S. Kaya (GroenLinks)"). "namens burgemeester en wethouders" is the college, not a person's
    office, so the name signed under it is not an office holder's.
    """
    if own_job_after(text, end) and not (
        _MINUTES_AFTER.match(text, end) and _CLERK_BEFORE.search(text, max(0, start - 12), start)
    ):
        # "wethouder Molebroek, Annerieke Wierhof (bestuursadviseur)": her own job; but the
        # clerk takes the minutes ("griffier W. Kanters (verslag)")
        return ""
    before = text[max(0, start - 80) : start]
    key = _EXPORT_KEY.search(before)
    if key:  # a key of an export: "burgemeester_akkoord: R.G. Grevenstein"
        return (key.group("role") or key.group("office")).lower()
    before = _COLLEGE.sub(lambda m: "#" * len(m.group(0)), before)
    closes_line = _LINE_ENDS_AFTER_NAME.match(text, end) is not None
    before = _mask_on_behalf(before, 0, len(before), closes_line)
    match = _BEFORE.search(before) or _BEFORE_TITLED.search(before)
    if match and match.group(0).rstrip().endswith("(") and not re.match(r"[ \t]*\)", text[end:]):
        match = None  # "De burgemeester (Loes Bakker, woordvoerder)": someone else in brackets
    if match:
        role = _role_word(match.group(0))
        if role in _AMBIGUOUS and not _council_chair(text, start, before, match):
            return ""
        if (
            role in ("rekenkamer", "rekenkamercommissie")
            and _STAFF_OF_BODY.search(before, 0, match.start())
            # "onder verantwoordelijkheid van de rekenkamer: dr. M. Hofmans (voorzitter)"
            and not _AUDIT_MEMBER_AFTER.match(text[end : end + 60])
        ):
            return ""  # "de onderzoeker van de rekenkamer, T. Bosman": its staff, no member
        return role
    board = _BOARD_MEMBER.search(before)
    if board:  # "De voorzitter van het dagelijks bestuur, J.M. Zevenhout-Allard"
        return f"{board.group('role').lower()} {board.group('board').lower()} bestuur"
    titled_chair = _AMBIGUOUS_TITLED.search(before)
    if titled_chair and start < 400 and _council_committee(text):
        return titled_chair.group("role").lower()  # "Voorzitter: mevrouw T. Bruins"
    if (
        titled_chair
        and titled_chair.group("role").lower() == "secretaris"
        and not _POSSESSIVE.search(before, 0, titled_chair.start())
        and _mayor_signs_beside(text, start)
    ):
        return "gemeentesecretaris"  # "De secretaris, mr. K. Schipperheyn   De burgemeester,"
    if _NO_KIN_OF_HOLDER_AFTER.match(text, end):
        return ""  # "Jorn Dijkstra (geen familie van wethouder Dijkstra)": another's office
    after = text[end : end + 40]
    match = _AFTER.search(after)
    if match and _STREET_AFTER_ROLE.match(after, match.end()):
        match = None  # "(Burgemeester Hustinxstraat 9)": a street named after the office
    if (
        match
        and _LABEL_COLON.match(after, match.end())
        and _CELL_SEPARATOR.search(after, 0, match.start("role"))
    ):
        match = None  # "Steller: P. Broekhuizen | portefeuillehouder: Ruitenbeek": the next field
    if (
        match
        and not _COLLEGE.match(after.lstrip(" ,("))
        and not _NEXT_PERSONS_ROLE.match(after)
        and _after_role_fits(text, start, end, match)
        and not _left_columns_role(text, start, end, match)
    ):
        return match.group("role").lower()
    if _PARTY_AFTER.search(after) or _PARTY_KEY_AFTER.match(text, end):
        return "raadslid"
    inside = _PARENS_AFTER.match(after)
    if inside and re.search(r"\d", inside.group(1)):
        inside = None  # "(Burgemeester Smeetsweg 88)": an address, not an office
    if inside:  # "Evelien Timmer (raadslid, GroenLinks)", "(GroenLinks, raadslid)"
        found = re.search(rf"(?<![\w-])(?i:{_ROLE_ALT})(?![\w-])", inside.group(1))
        if found and found.group(0).lower() not in _AMBIGUOUS:
            return found.group(0).lower()
        if found and start < 400 and _council_committee(text):
            # "Aanwezig: M. Hoevebroek (voorzitter), ..." under a council committee's heading
            return found.group(0).lower()
        if re.search(rf"(?<![\w-])(?:{PARTIES})(?![\w-])", inside.group(1)):
            return "raadslid"
        if _party_list(text, start, end):
            return "raadslid"
    if after.startswith(",") and _party_list(text, start, end):
        return "raadslid"  # "J. Hindriks, Lijst Oldambt" among lines like "W. Pranger, VVD"
    if _AUDIT_MEMBER_AFTER.match(after) and _AUDIT_COMMITTEE.search(text):
        return "lid rekenkamercommissie"
    if _LIST_THEN_PARTY.match(text[end : end + 400]):
        return "raadslid"
    shared = _LIST_THEN_OFFICE.match(text[end : end + 400])
    if shared and (
        not shared.group("role").lower().startswith("extern") or _AUDIT_COMMITTEE.search(text)
    ):
        return " ".join(shared.group("role").lower().split())
    if (
        (
            _LIST_THEN_MEMBERS.match(text[end : end + 400])
            and _ATTENDANCE_START.search(text, max(0, start - 300), start)
        )
        or _MEMBERS_AFTER_CHAIR.search(text, max(0, start - 300), start)
    ) and _council_committee(text):
        return "lid van een raadscommissie"
    if _OF_THE_COUNCIL_AFTER.match(text, end):
        return "raadslid"
    line_start = text.rfind("\n", 0, start) + 1
    if _QUESTIONER_BEFORE.search(text, line_start, start) and COUNCIL_QUESTIONS.search(text):
        return "raadslid"
    if _VOTE_EXPLANATION_BEFORE.search(text, line_start, start):
        return "raadslid"
    if _FLOOR_TO_MEMBER_BEFORE.search(text, line_start, start) and _council_committee(text):
        return "lid van een raadscommissie"
    if _PORTFOLIO_FIELD.search(text, line_start, start):
        return "portefeuillehouder"
    if _WRITTEN_QUESTIONS_BEFORE.search(text, max(0, start - 160), start):
        return "raadslid"
    wide = _mask_on_behalf(text, max(0, start - 160), start)
    listed_after = _LIST_OF_OFFICE_HOLDERS.search(wide)
    if listed_after and (
        listed_after.group("role").lower() != "rekenkamer"
        # a rekenkamer's own members, not its staff: "rekenkamer Baarn, de onderzoeker P. Smit"
        or re.search(r"\b(?:voorzitter|lid|leden)\b", listed_after.group(0), re.IGNORECASE)
    ):
        return listed_after.group("role").lower()
    before = text[max(0, start - 160) : start]
    if (
        _COMMITTEE_MEMBERS.search(before) or _MEMBERS_IN_MINUTES.search(before)
    ) and _council_committee(text):
        return "lid van een raadscommissie"
    if (
        start < 400
        and _COLLEGE_ATTENDANCE.search(text, max(0, start - 300), start)
        and _college_meeting(text)
    ):
        return "lid van het college"
    return ""


# The heading of the college's own meeting: "Besluitenlijst collegevergadering burgemeester en
# wethouders van Barneveld", "Verslag B&W-vergadering 4 maart"
_COLLEGE_MEETING = re.compile(
    r"(?i:collegevergadering|b[ \t]*&[ \t]*w-vergadering|vergadering[ \t]+van[ \t]+(?:het[ \t]+)?"
    r"(?:college|burgemeester[ \t]+en[ \t]+wethouders)"
    # "OPENBARE BESLUITENLIJST COLLEGE VAN BURGEMEESTER EN WETHOUDERS HEERDE"
    r"|besluitenlijst[ \t]+(?:van[ \t]+)?(?:het[ \t]+)?college)"
)
# ... and its list of who attended, also on the next line: "Aanwezig: H.G. Wolleswinkel
# (voorzitter), J.W. Ruitenbeek, ...,\nA. Schuiteman; C.P. Broekhuizen (secretaris)" (not the
# next label's line: "Notulist: M. ten Voorde")
_COLLEGE_ATTENDANCE = re.compile(
    r"(?:^|\n)[ \t]*(?i:aanwezig)[ \t]*:[^\n]*(?:\n(?![ \t]*[\w -]{1,25}:)[^\n]*)?$"
)


def _college_meeting(text: str) -> bool:
    """Whether the heading is that of a meeting of the college: there the attendees without a
    word for their office are its members and its secretary."""
    return _headed_by(text, _COLLEGE_MEETING)


# "Wolters van de gemeenteraad", "Kaya uit de raad": a member of the council (not of a board:
# "de raad van bestuur")
_OF_THE_COUNCIL_AFTER = re.compile(
    r"[ \t]+(?:van|uit)[ \t]+de[ \t]+(?:gemeente)?raad(?![\w-])(?![ \t]+van\b)"
)
# A council member's written questions ("schriftelijke vragen", "raadsvragen", "art. 41 RvO"),
# and in such a document who asked them: the "Vragenstellers:" line, "vragensteller Bouwman", a
# question's heading "Vraag 1 (Kraaijeveld)"
_WRITTEN_QUESTIONS = r"schriftelijke[ \t]+vragen|raadsvragen"
COUNCIL_QUESTIONS = re.compile(
    rf"\b(?:{_WRITTEN_QUESTIONS}|art(?:ikel|\.)[ ]?\d+[ ]+(?:RvO|reglement van orde))", re.I
)
_QUESTIONER_BEFORE = re.compile(
    r"(?:^[ \t]*(?i:vragenstellers?|vragensteller\(s\))[ \t]*:[^\n]*"
    r"|(?<![\w-])(?i:vragensteller)[ \t]+|^[ \t]*(?i:vraag)[ \t]+\d+[ \t]*\()$",
    re.MULTILINE,
)
# A council member explains the vote: "Stemverklaring Kloosterboer:", "stemverklaring van
# mevrouw Okkerse"
_VOTE_EXPLANATION_BEFORE = re.compile(
    r"(?<![\w-])(?i:stemverklaring)(?:[ \t]+(?i:van|door))?"
    r"(?:[ \t]+(?i:de[ \t]+heer|mevrouw|dhr\.|mw\.))?[ \t]+$"
)
# The chair opens the round of questions from the committee and gives the first member the floor:
# "Vragen van de commissie? Mevrouw N. Aydin.", "vragen van de leden? De heer T. Vogelpoel" (with
# the question mark only: "Vragen van de commissie\nDe heer Geulsma vraagt" heads the part of a
# hearing's minutes where an objections committee, no council committee, asks)
_FLOOR_TO_MEMBER_BEFORE = re.compile(
    r"(?<![\w-])(?i:vragen)[ \t]+(?:van|uit)[ \t]+de[ \t]+(?i:commissie|leden)[ \t]*\?[ \t]*"
    r"(?:(?i:mevrouw|de[ \t]+heer|meneer)[ \t]+)?$"
)
# A college advice's field of the portfolio: each name on its line is a wethouder's
# ("Portefeuille:   R. Kooiman (handhaving), mede T. Zijlstra (recreatie)").
_PORTFOLIO_FIELD = re.compile(r"^[ \t]*(?i:portefeuille)[ \t]*:[^\n]*$", re.MULTILINE)
# Who asked written questions: council members only ("schriftelijke vragen J. van Dijk en
# Bosman over ...", "raadsvragen van Kaya")
_LISTED_NAME = r"(?:(?:[A-Z]\.)+[ \t]?(?:[a-z]+[ \t]+){0,2}[A-Z][\w'-]+|[A-Z][\w'-]+)"
_WRITTEN_QUESTIONS_BEFORE = re.compile(
    rf"(?i:{_WRITTEN_QUESTIONS})[ \t]+(?:van[ \t]+)?"
    rf"(?:{_LISTED_NAME}(?:[ \t]*,[ \t]*|[ \t]+en[ \t]+)){{0,3}}$"
)
_COLUMN_GAP = re.compile(r"\S[ \t]{3,}$")
_GAP_AFTER = re.compile(r"[ \t]{3,}\S")


def _left_columns_role(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    """A signature block in two columns read as one line (a PDF page with its lines joined):
    "M. van Beurden      T. van den Heuvel gemeentesecretaris      directeur". The role right
    after the right-hand name (no column gap between them) stands under the left-hand one: a
    column gap before the name and after the role. In a table row ("M. Heijink      raadslid
    R") the role is the next cell, after a gap: that one is the person's own."""
    role_start, role_end = end + match.start("role"), end + match.end("role")
    return bool(
        _COLUMN_GAP.search(text, max(0, start - 60), start)
        and _GAP_AFTER.match(text, role_end)
        and not re.search(r"[ \t]{3,}", text[end:role_start])
    )


_STAFF_OF_BODY = re.compile(
    r"(?<!\blid)(?<!\bleden)(?<!voorzitter)[ \t]+van[ \t]+de[ \t]*$", re.IGNORECASE
)
# The office after a name that opens the next person's name: a log line "MKB vrmwb\\aspieringhoek
# Burgemeester Biesheuvel (Altena) ingelicht", a list "P. de Vries, wethouder J. Smit". Only
# across spaces, or a comma before initials; not a portfolio ("A. Smit  wethouder Sport").
_BEFORE_SURNAME = r"(?:(?:van|de|der|den|ten|ter|te)[ \t]+)*"
_NEXT_PERSONS_ROLE = re.compile(
    # across spaces, a comma or a table's bar: the office, then initials and the surname
    # ("fdolfing  | Griffier L. Pasveer vraagt ...": the next cell's person)
    rf"(?:[ \t]+|,[ \t]*|[ \t]*\|[ \t]*)(?i:{_ROLE_ALT})[ \t]+(?:{_TITLES}[ \t]+)?"
    rf"(?:[A-Z]\.[ \t]?){{1,4}}"
    rf"{_BEFORE_SURNAME}[A-Z][a-z]"
    # across spaces only: the office, then a surname that is no portfolio
    rf"|[ \t]+(?i:{_ROLE_ALT})[ \t]+(?!(?i:{_POLICY_FIELD})\b)(?:{_TITLES}[ \t]+)?"
    rf"{_BEFORE_SURNAME}[A-Z][a-zà-ÿ'-]+(?=[ \t]*[(,.;:\n]|[ \t]+[a-z])"
)
# An office followed by a colon past a table's separator is the next field's label
_LABEL_COLON = re.compile(r"[ \t]*:")
_CELL_SEPARATOR = re.compile(r"[|;\t]")
_STREET_AFTER_ROLE = re.compile(r"[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}[ \t]+\d")
# The chair or a member of the board of a joint arrangement (gemeenschappelijke regeling), a
# safety region or a water board: an office holder.
_BOARD_MEMBER = re.compile(
    r"(?P<role>(?i:voorzitter|vicevoorzitter|lid))\s+van\s+het\s+"
    r"(?P<board>(?i:dagelijks|algemeen))\s+(?i:bestuur)(?:\s+van\s+(?:de\s+|het\s+)?"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?\s*[:,]?\s*(?:(?i:mevrouw|de\s+heer|dhr\.|mw\.)\s*)?$"
)
_AMBIGUOUS_TITLED = re.compile(
    rf"(?P<role>(?i:voorzitter|secretaris))\s*[:,]?\s*(?:(?i:{_TITLES})\s*)+$"
)
# "Leden: A. Schrama, D. Egbink, S.R. Bouallou" under the heading of a committee of the council
# or the States (an enquête-, rekenkamer- or raadscommissie): its members are office holders.
_COMMITTEE_MEMBERS = re.compile(
    r"(?:^|\n)[ \t]*(?i:leden|commissieleden|lid)[ \t]*:[ \t]*"
    r"(?:(?:[A-ZÀ-Þ][\w.'-]*|(?i:van|de|der|den|ter|ten|te|het|en|dr\.|drs\.|ir\.|mr\.|"
    r"mevrouw|de heer))[ \t,]*(?:\([^)\n]{1,30}\)[ \t,]*)?)*$"
)
# "Het lid T. Wolfs benadrukt", "de leden T. Wolfs, M. Ramakers en elf andere commissieleden"
# in the minutes of a committee of the council: its members, office holders (not "het lid van
# de Adviesraad J. Jansen", a member of another body).
_MEMBERS_IN_MINUTES = re.compile(
    r"(?<![\w-])(?:[Hh]et|[Dd]e)[ \t]+(?:lid|leden)[ \t]+(?!van\b)"
    r"(?:(?:[A-ZÀ-Þ][\w.'-]*|(?i:van|de|der|den|ter|ten|te|en|dr\.|drs\.|ir\.|mr\.|"
    r"mevrouw|de heer))[ \t,]*)*$"
)
_COUNCIL_COMMITTEE = re.compile(
    r"gemeenteraad|raadscommissie|enqu[eê]tecommissie|provinciale staten|statencommissie|"
    r"rekenkamercommissie|presidium|agendacommissie|auditcommissie|werkgeverscommissie|"
    r"stadsdeelcommissie|"
    # a council committee named by its field: "Commissie Sociaal Domein", "commissie Ruimte"
    # (not an objections or a welstand committee)
    r"\b(?-i:[Cc]ommissie[ \t]+(?!Bezwaar|Beroep|Van|Voor|Welstand|Ruimtelijke)[A-Z])",
    re.IGNORECASE,
)


def _council_committee(text: str) -> bool:
    """Whether the heading is that of a committee of the council or the States."""
    return _headed_by(text, _COUNCIL_COMMITTEE)


def _headed_by(text: str, body: re.Pattern[str]) -> bool:
    """Whether the title lines (the first two) name `body`, and not another body (an advisory or
    complaints committee)."""
    heading = "\n".join(text[:300].split("\n")[:2])
    return bool(body.search(heading)) and not _OTHER_BODY.search(heading)


# A list of names after a plural office: "de raadsleden Wiel Kerkhofs (voorzitter), Sabine
# Leurs-Dirix en Fay Lahlou", "de rekenkamercommissie (voorzitter dr. P. Brekelmans, leden
# Annelies Heesakkers en Kees Verkuijlen)": only names, titles, brackets, commas and "en" between.
_LIST_OF_OFFICE_HOLDERS = re.compile(
    r"(?P<role>(?i:raadsleden|wethouders|statenleden|gedeputeerden|heemraden|ratsmitglieder|"
    # "eigenaar: de griffiers drs. E. Mulkens (Roerdalen) en drs. W. Spee (Echt-Susteren)"
    r"griffiers|raadsgriffiers|burgemeesters|gemeentesecretarissen|fractievoorzitters|"
    r"schepenen|rekenkamercommissie|rekenkamer))(?:[ \t]*[:(][ \t]*|[ \t]+)"
    r"(?:(?:[A-ZÀ-Þ][\w.'-]*|(?i:van|de|der|den|ter|ten|te|het|en|dr\.|drs\.|ir\.|mr\.|prof\.|"
    # "Rekenkamercommissie De Kempen (voorzitter dr. R.M. Strateman, extern lid E. Coomans)",
    # "rekenkamer Baarn, t.a.v. de voorzitter dr. H. Brinkkamp en de leden E. Vlierhout"
    r"ing\.|voorzitter|lid|leden|extern|externe|mevrouw|de heer|t\.a\.v\.))[ \t,(]*"
    r"(?:\([^)\n]{1,30}\)[ \t,]*)?)*$"
)


_PARENS_AFTER = re.compile(r"^[ \t]*\(([^)\n]{1,40})\)")
# "Jantine Visscher-Ekkel (externe voorzitter), Bert Lamberink (extern lid)" in the minutes of
# a rekenkamercommissie: its members are office holders too.
_AUDIT_MEMBER_AFTER = re.compile(
    r"^[ \t]*\((?:extern(?:e)?[ \t]+)?(?:lid|leden|voorzitter)\b"
    # "mr. J. Schasfoort en drs. A.F. Uittenbogaard (leden)": the next name closes the list
    r"|^[ \t]*(?:,|en)[ \t]+(?:[a-z]{1,4}\.[ \t]*)*(?:[A-Z]\.)+[ \t]*[A-Z][\w' -]{1,40}?"
    r"[ \t]*\((?:extern(?:e)?[ \t]+)?leden\)",
    re.I,
)
_AUDIT_COMMITTEE = re.compile(r"rekenkamercommissie|rekenkamer", re.IGNORECASE)
# A list of names closed by their shared office in brackets: "D. Akkaya, Klaartje Kluiswijk en
# N. Skalli (leden stadsdeelcommissie)", "W.J. Zwierberg en Van Putten-Haalboom (allen AB-lid)".
_NAME_IN_LIST = (
    r"(?:(?i:dr|drs|mr|ir|ing|prof)\.[ \t]*)*"
    r"(?:(?:[A-ZÀ-Þ][\w.'-]*|van|de|der|den|ter|ten|te|het|el|al)[ \t]+){0,5}?"
    r"[A-ZÀ-Þ][\w.'-]*"
)
_SHARED_OFFICE = (
    r"raadsleden|raadslid|statenleden|statenlid|wethouders|gedeputeerden|commissieleden|"
    r"(?:leden|lid)[ \t]+(?:van[ \t]+de[ \t]+)?(?:stadsdeel|raads|rekenkamer)?commissie|"
    r"stadsdeelcommissieleden|stadsdeelcommissielid|(?:ab|db)-le(?:den|d)|(?:ab|db)-lid|"
    r"(?:leden|lid)[ \t]+(?:van[ \t]+het[ \t]+)?(?:algemeen|dagelijks)[ \t]+bestuur|"
    # a rekenkamer's external members (only where the text is about a rekenkamer)
    r"externe[ \t]+leden"
)
_LIST_THEN_OFFICE = re.compile(
    rf"^(?:[ \t]*(?:,|en)[ \t]+{_NAME_IN_LIST})*[ \t]*\((?i:allen[ \t]+)?"
    rf"(?P<role>(?i:{_SHARED_OFFICE}))\)"
)
# ... or by their party: "Vragenstellers: Bert Nijswillers en Miriam Euverems (fractie
# Heuvelland Lokaal)"
_LIST_THEN_PARTY = re.compile(
    rf"^(?:[ \t]*(?:,|en)[ \t]+{_NAME_IN_LIST})+[ \t]*\((?i:fractie[ \t]+)?(?:{PARTIES})\)"
)
# ... or by "(leden)" alone, in the list of those present at a committee of the council:
# "Aanwezig: K. Abbenhoek (voorzitter), F. Rokkeman, D. Slikkeman en T. de Looij-Smaal (leden)".
_LIST_THEN_MEMBERS = re.compile(rf"^(?:[ \t]*(?:,|en)[ \t]+{_NAME_IN_LIST})*[ \t]*\((?i:leden)\)")
_ATTENDANCE_START = re.compile(r"(?:^|\n)[ \t]*(?i:aanwezig)\b[^\n]*$")
# ... or by following the chair in that list, without a word for them: "Aanwezig: F. Kuijpers
# (voorzitter), D. Maas, J. Rooijakkers en R. Coppens" (those who are not members are named on
# another line: "Verder: wethouder ...; ambtelijk: ...")
_MEMBERS_AFTER_CHAIR = re.compile(
    rf"(?:^|\n)[ \t]*(?i:aanwezig)[ \t]*:?[ \t]*{_NAME_IN_LIST}[ \t]*\((?i:voorzitter)\)"
    rf"(?:[ \t]*,[ \t]*{_NAME_IN_LIST})*[ \t]*(?:,|en)[ \t]+$"
)
# "voorzitter" and "secretaris" are the municipality's offices only in the council and its
# committees; the chair of a polling station, an advisory committee or an association, and an
# "ambtelijk secretaris", are not office holders.
_COUNCIL = re.compile(
    r"gemeenteraad|raadsvergadering|raadscommissie|commissievergadering|raadsleden|"
    r"\bde raad\b|griffie|rekenkamercommissie|provinciale staten|algemeen bestuur|"
    r"stadsdeelcommissie|"
    r"burgemeester en wethouders|college van (?:burgemeester|b&w|b en w)",
    re.IGNORECASE,
)
_OTHER_BODY = re.compile(
    r"stembureau|urgentiecommissie|bezwaar(?:schriften)?commissie|adviescommissie|"
    r"sollicitatiecommissie|selectiecommissie|klachtencommissie|vereniging|stichting|"
    r"bewonerscommissie|ondernemingsraad|cli[eë]ntenraad|adviesraad|\bvve\b|"
    # advisory committees on buildings and heritage
    r"ruimtelijke kwaliteit|welstand\w*|erfgoedcommissie|monumentencommissie|"
    r"begeleidingscommissie",
    re.IGNORECASE,
)
# the mayor signing beside the secretary: the municipality's own secretary
_MAYOR_SIGNS = re.compile(r"\b(?i:de[ \t]+burgemeester)[ \t]*,")
_QUALIFIED = re.compile(r"(?:ambtelijk|plv\.?|plaatsvervangend)[ \t]*$", re.IGNORECASE)


def _mayor_signs_beside(text: str, start: int) -> bool:
    """Whether the mayor signs on the same line as the name at `start`."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return bool(_MAYOR_SIGNS.search(text, line_start, len(text) if line_end < 0 else line_end))


def _council_chair(text: str, start: int, before: str, match: re.Match[str]) -> bool:
    """Whether an ambiguous office before a name ("Voorzitter: ...", "de secretaris, ...") is
    that of the council or one of its committees."""
    if _POSSESSIVE.search(before, 0, match.start()):
        return False  # "onze secretaris, Nel Kaagman": an association's
    if _QUALIFIED.search(before, 0, match.start()):
        return False
    if start < 400 and _council_committee(text):
        return True  # "Voorzitter: mevrouw H. Wieringh" under a council committee's heading
    if _role_word(match.group(0)) == "secretaris" and _mayor_signs_beside(text, start):
        return True  # "De secretaris, K. Schipperheyn      De burgemeester, C.A. Baetsleer"
    if _OTHER_BODY.search(text, max(0, start - 400), start):
        return False
    return bool(_COUNCIL.search(text))


def _after_role_fits(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    """An office after a name counts unless it is only "voorzitter" or "secretaris" (of any
    committee or association), or sits on the next line in another column of a two-column
    signature block ("M. de Boer      P. Smit\ngemeentesecretaris  directeur")."""
    if match.group("role").lower() in _AMBIGUOUS:
        return False
    if "\n" not in match.group(0):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    name_column = start - line_start
    titles = re.match(rf"[ \t]*(?:(?i:{_TITLES})[ \t]*)*", text[line_start:start])
    if titles and titles.end() == name_column:  # "drs. P. Smit": the line starts the name
        name_column = len(text[line_start:start]) - len(text[line_start:start].lstrip())
    role_at = end + match.start("role")
    role_column = role_at - (text.rfind("\n", 0, role_at) + 1)
    return abs(name_column - role_column) <= 3


def _role_word(label: str) -> str:
    found = re.search(rf"(?i:{_ROLE_ALT})", label)
    return found.group(0).lower() if found else label.strip(" :,").lower()


def signature_pair(text: str, previous_start: int, previous_end: int, start: int) -> bool:
    """Whether a name at `start` is the second of two names signed under two office labels:

    De griffier,        De voorzitter,
    R. Donkersloot      J.W. Stolk
    """
    between = text[previous_end:start]
    if not re.fullmatch(rf"\s*(?:(?i:{_TITLES})\s*)*", between):
        return False
    before = text[max(0, previous_start - 120) : previous_start]
    before = _COLLEGE.sub(lambda m: "#" * len(m.group(0)), before)
    return bool(_TWO_ROLES.search(before))


_CIVIL_BEFORE = re.compile(
    r"(?:behandeld door|contactpersoon|contact op met|behandelaar|medewerker|"
    r"beleidsmedewerker|consulent|adviseur|teamleider|casemanager|ambtenaar)\s*:?\s*$",
    re.IGNORECASE,
)
_CIVIL_AFTER = re.compile(
    r"^\s*(?:\([^)]{1,30}\)\s*)?,?\s*(?:afdeling|team|medewerker|beleidsmedewerker|"
    r"adviseur|teamleider|consulent|behandelaar|van de gemeente)\b",
    re.IGNORECASE,
)


def civil_servant_near(text: str, start: int, end: int) -> bool:
    """Whether the text presents the name at text[start:end] as a civil servant."""
    return bool(
        _CIVIL_BEFORE.search(text[max(0, start - 40) : start])
        or _CIVIL_AFTER.search(text[end : end + 40])
    )


_DOUBLE_SURNAME_HEAD = re.compile(r"\w-(?i:de|van|der|den|ter|ten|te)$")


def surname_mentions(text: str, name: str) -> list[tuple[int, int]]:
    """Spans of the surname of `name` elsewhere in `text`, with its particles ("Ten Have"), also
    in capitals ("DEKKER" on a letterbox or a form)."""
    name = _plain(name)
    if "," in name:
        name = name.split(",", 1)[0]  # "Bos, Marieke" -> "Bos"
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    while words and re.fullmatch(r"(?:[A-Z]\.)+", words[0]):
        words.pop(0)
    # a double surname joined by a particle ("Sijm-de Haan"): also whole, as a speaker label in
    # capitals writes it ("SIJM-DE HAAN:"), besides its second part below
    double = next(
        (
            " ".join(words[k:])
            for k in range(len(words) - 1)
            if _DOUBLE_SURNAME_HEAD.search(words[k])
        ),
        None,
    )
    while (
        len(words) >= 2
        and words[0][0].isupper()
        and words[0].lower() not in _PARTICLES
        and words[0].capitalize() not in _PREFIXES  # also in capitals: "EL HAJJI"
    ):
        words.pop(0)  # first names: "Jan Willem de Groot" -> "de Groot"
    if not words or len(words[-1]) < 3 or not words[-1][0].isupper():
        return []
    if re.fullmatch(r"[A-Z]{2,4}", words[-1]):
        return []  # an acronym ("Ettina NCG" in a chat): the organisation, not a surname
    if words[0].capitalize() in _PREFIXES:  # "El Haddouchi": the prefix belongs to the surname
        words = [" ".join(words)]
    lead = [w.lower() for w in words[:-1]]
    found = []
    variants = {words[-1], words[-1].upper()}
    if words[-1].isupper():  # "STOYANOV, Kaloyan" in a register, "Stoyanov" in the notes
        variants.add("-".join(part.capitalize() for part in words[-1].split("-")))
    for variant in variants:
        at = text.find(variant)
        while at >= 0:
            end = at + len(variant)
            if _word_bounds(text, at, end):
                start = _particles_before(text, at, lead)
                if start is not None:
                    found.append((start, end))
            at = text.find(variant, at + 1)
    for variant in {double, double.upper()} if double else ():
        found += [
            (m.start(), m.end())
            for m in re.finditer(re.escape(variant), text)
            if _word_bounds(text, m.start(), m.end())
        ]
    return sorted(found)


_PARTICLE_RUN = re.compile(
    rf"(?<![\w.])(?:(?i:{'|'.join(sorted(re.escape(p) for p in _PARTICLES))})\s+)+$"
)


def _word_bounds(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_.") and not (after.isalnum() or after == "_")


def _particles_before(text: str, at: int, lead: list[str]) -> int | None:
    """Where the mention starts: its own particles when `lead` is empty ("ten Have"), else the
    particles of the name, which must be there ("van der" for "Van der Berg")."""
    window = text[max(0, at - 40) : at]
    if not lead:
        run = _PARTICLE_RUN.search(window)
        return at - (len(window) - run.start()) if run else at
    words = list(re.finditer(r"\S+", window))
    if len(words) < len(lead) or not window[-1:].isspace():
        return None
    tail = words[-len(lead) :]
    if [w.group(0).lower() for w in tail] != lead:
        return None
    start = at - (len(window) - tail[0].start())
    prev = text[start - 1] if start else " "
    return None if prev.isalnum() or prev in "_." else start
