"""Special personal data (art. 5.1.1d Woo) in the words municipal documents use: health,
addiction, religion, criminal past, origin, sexual orientation; and the policy words that must
stay unflagged. The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from publicatie.detect import detect_personal_data
from publicatie.special import find_special


def _special(text: str) -> list[str]:
    return [text[start:end] for start, end, *_ in find_special(text)]


def _kinds(text: str) -> list[str]:
    return [reason.split("(")[1].split(")")[0] for *_, reason in find_special(text)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # named conditions and suffix families
        ("Haar dochter heeft sinds jaren fibromyalgie.", "fibromyalgie"),
        ("Hij meldt zich vaak af door migraine.", "migraine"),
        ("De aanvrager heeft artrose in beide knieën.", "artrose"),
        ("Zij kampt met osteoporose.", "osteoporose"),
        ("Mijn zoon heeft een chronische bronchitis.", "bronchitis"),
        ("Hij is bekend met een nierziekte.", "nierziekte"),
        ("Zij heeft een zeldzame stofwisselingsziekte.", "stofwisselingsziekte"),
        ("De oudste heeft het downsyndroom.", "downsyndroom"),
        ("Vader had vorig jaar een longontsteking.", "longontsteking"),
        ("Door zijn nekklachten kan hij niet fietsen.", "nekklachten"),
        ("Zij heeft veel last van maagproblemen.", "maagproblemen"),
        ("Hij klaagt over pijn in zijn schouder.", "pijn in zijn schouder"),
        ("Volgens mij werken haar nieren niet goed meer.", "haar nieren niet goed"),
        ("Zij wacht op een nieuwe knie.", "nieuwe knie"),
        ("Na de amputatie van zijn voet woont hij beneden.", "amputatie"),
        ("Haar moeder is slecht ter been.", "slecht ter been"),
        ("Hij gaat overal heen met zijn rollator.", "zijn rollator"),
        ("Bewoner nummer 4 is rolstoelgebruiker.", "rolstoelgebruiker"),
        ("Zij dialyseert drie keer per week in het ziekenhuis.", "dialyseert"),
        ("Zij is sinds maart overspannen thuis.", "overspannen thuis"),
        ("Hij spuit insuline voor elke maaltijd.", "insuline"),
        ("Haar vader is vorig jaar overleden aan kanker.", "overleden aan"),
        ("De man is in maart overleden aan hartfalen.", "hartfalen"),
        ("Hij mag van de bedrijfsarts niet zwaar tillen.", "niet zwaar tillen"),
        ("Advies: tijdelijk geen lichamelijk werk.", "geen lichamelijk werk"),
        ("Zij is in mei bevallen van een zoon.", "bevallen van"),
        ("Na de bevalling is zij thuis gebleven.", "bevalling"),
        # infection and tests of a person, not the disease as a policy topic
        ("Uw zoon is positief getest op kinkhoest.", "positief getest"),
        ("De bloedtest was bij hem positief.", "was bij hem positief"),
        ("Hij heeft tuberculose en blijft thuis.", "heeft tuberculose"),
        ("Wij stellen vast dat u besmet bent.", "u besmet"),
        ("Er is sprake van een latente infectie.", "latente infectie"),
        ("Zij krijgt een kuur met antibiotica.", "kuur met antibiotica"),
        # sleep and mood
        ("Sinds de inbraak slaapt zij nauwelijks.", "slaapt zij nauwelijks"),
        ("De cliënt zegt somber te zijn.", "somber te zijn"),
        ("Mevrouw voelt zich erg somber.", "voelt zich erg somber"),
        # care givers of a person
        ("Morgen heeft hij een afspraak bij de huisarts.", "afspraak bij de huisarts"),
        ("Zij is onder controle bij de kinderarts.", "kinderarts"),
        ("Hij heeft een gesprek met de verslavingsarts.", "gesprek met de verslavingsarts"),
        ("Volgens haar huisarts mag zij niet werken.", "Volgens haar huisarts"),
        ("Zijn behandelaar is op de hoogte.", "Zijn behandelaar"),
        # addiction in plain words
        ("Hij is nu zes maanden clean.", "zes maanden clean"),
        ("Gisteren: 10 dagen clean.", "10 dagen clean"),
        ("Volgens de buren drinkt hij de hele dag.", "drinkt hij de hele dag"),
        ("Zij heeft een drankprobleem.", "drankprobleem"),
        ("Haar drugsgebruik loopt uit de hand.", "Haar drugsgebruik"),
        ("Hij gebruikt al jaren cocaïne.", "gebruikt al jaren cocaïne"),
        ("Zij krijgt dagelijks methadon bij de apotheek.", "methadon"),
        ("Hij blowt elke avond op het balkon.", "Hij blowt"),
    ],
)
def test_health_in_everyday_words(text: str, phrase: str) -> None:
    found = _special(text)
    assert any(phrase in t or t in phrase for t in found), found
    assert "gezondheid" in _kinds(text)


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        # religion in practice
        ("Op de kast stond een kruisje met een rozenkrans.", "rozenkrans", "religie"),
        ("Bij de uitvaart lagen bidprentjes klaar.", "bidprentjes", "religie"),
        ("Zij gaat op zondag naar de ochtenddienst.", "naar de ochtenddienst", "religie"),
        ("Hij bidt vijf keer per dag.", "Hij bidt", "religie"),
        ("Zij draagt een hoofddoek en is moslima.", "moslima", "religie"),
        ("Hij is twee jaar geleden bekeerd.", "bekeerd", "religie"),
        # criminal past
        (
            "Zijn reclasseringsambtenaar belt elke week.",
            "reclasseringsambtenaar",
            "strafrechtelijk",
        ),
        ("Hij loopt sinds juni met een enkelband.", "enkelband", "strafrechtelijk"),
        ("De jongen moest naar Halt.", "naar Halt", "strafrechtelijk"),
        (
            "Hij kreeg vorige maand een huisverbod.",
            "kreeg vorige maand een huisverbod",
            "strafrechtelijk",
        ),
        ("Zij heeft haar straf uitgezeten.", "straf uitgezeten", "strafrechtelijk"),
        ("Hij heeft meerdere criminele antecedenten.", "antecedenten", "strafrechtelijk"),
        (
            "Uit de justitiële documentatie blijkt een eerdere veroordeling.",
            "justitiële documentatie blijkt een eerdere veroordeling",
            "strafrechtelijk",
        ),
        # origin, also in a slur
        ("De man riep: jullie Marokkanen horen hier niet.", "jullie Marokkanen", "etniciteit"),
        (
            "Zij riepen dat hij terug moest naar Suriname.",
            "terug moest naar Suriname",
            "etniciteit",
        ),
        ("Ga terug naar je eigen land!", "terug naar je eigen land", "etniciteit"),
        ("Hij werd uitgemaakt voor nikker.", "nikker", "etniciteit"),
        (
            "Getuige zag een man met een Oost-Europees uiterlijk.",
            "Oost-Europees uiterlijk",
            "etniciteit",
        ),
        # sexual orientation
        ("De buren pesten hen omdat zij lesbienne is.", "lesbienne", "seksuele geaardheid"),
        ("Hij werd nageroepen met 'vuile flikker'.", "flikker", "seksuele geaardheid"),
        ("Het homostel op nummer 8 voelt zich bedreigd.", "homostel", "seksuele geaardheid"),
        ("Zij werden uitgescholden voor homo's.", "homo's", "seksuele geaardheid"),
        (
            "Hij is gepest om zijn seksuele gerichtheid.",
            "zijn seksuele gerichtheid",
            "seksuele geaardheid",
        ),
        # union, biometrics
        ("Zij is lid van de FNV.", "lid van de FNV", "politiek/vakbond"),
        ("Het DNA-profiel van de verdachte is opgevraagd.", "DNA-profiel", "biometrie/genetica"),
    ],
)
def test_religion_crime_origin_and_orientation(text: str, phrase: str, kind: str) -> None:
    found = _special(text)
    assert any(phrase in t or t in phrase for t in found), found
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # care and policy words
        "De zorg in de wijk wordt beter georganiseerd.",
        "Meld u bij het Wmo-loket voor een scootmobiel of een rolstoel.",
        "Het gebouw is goed toegankelijk voor rolstoelgebruikers.",
        "De collectieve ziektekostenverzekering en de Ziektewet.",
        "De klachtenregeling is herzien; klachten worden binnen zes weken behandeld.",
        "Er kwamen veel klachten binnen over de hoofdproblemen van het plan.",
        "Inwoners kunnen via de huisarts worden doorverwezen naar de praktijkondersteuner.",
        "Haar huisarts is dokter Jansen.",
        # public health and environment as a topic
        "De GGD doet contactonderzoek tuberculose en vaccineert tegen hepatitis B.",
        "Tijdens corona heeft de gemeente extra budget vrijgemaakt.",
        "Het gebruik van antibiotica in de veehouderij raakt de volksgezondheid.",
        "De iepziekte en de kastanjeziekte bedreigen de bomen in het park.",
        "De kinderziekte van het nieuwe zaaksysteem is verholpen.",
        "Uit de diagnose van de riolering blijkt dat het stelsel overbelast is.",
        "De prognose voor 2030 is gunstig; de wijk onderging een metamorfose.",
        "De reacties op het plan zijn positief en de proef was positief.",
        # drugs and public order
        "De drugsoverlast rond het station is afgenomen.",
        "De APV verbiedt blowen op het plein.",
        "Het aantal opgelegde huisverboden is gestegen.",
        "In een strafzaak beslist de rechter, niet de gemeente.",
        # churches and names
        "De Grote Kerk aan het Kerkplein wordt gerestaureerd.",
        "Het kerkplein krijgt nieuwe bestrating.",
        "Het bestemmingsplan staat een gebouw voor de eredienst toe.",
        "Hij werkt deze week in de avonddienst.",
        "Rose de Vries en mevrouw Keppel spraken in.",
        # origin and other ordinary words
        "Veel arbeidsmigranten gaan na een jaar terug naar Polen.",
        "De auto had getinte ruiten.",
        "Het licht in de tunnel flikkert.",
        "De database is opgeschoond en de clean desk policy geldt.",
        "Ongeacht politieke overtuiging is iedereen welkom.",
        "De woningmarkt in de regio is overspannen.",
        "Het Bibob-onderzoek kijkt naar strafrechtelijke antecedenten.",
        "In 2024 werd veertig keer een huisverbod opgelegd.",
        "Na het seizoen moeten de werknemers terug naar Polen.",
        "Wij hadden een gesprek met de specialist inkoop.",
        "Camera's gebruiken geen gezichtsherkenning.",
        "Het project is goed bevallen.",
        "De virtuose pianist speelde in de schouwburg.",
        "Zij praten achter zijn rug slecht over hem.",
    ],
)
def test_policy_words_are_not_special_data(text: str) -> None:
    assert _special(text) == []


def test_a_category_name_alone_is_not_special_data() -> None:
    assert _special("De arbodienst stuurde zijn medische gegevens naar het verkeerde adres.") == []
    assert _special("Het bureau Bibob raadpleegt de justitiële documentatie.") == []
    assert _special("Uit zijn justitiële documentatie blijkt niets.") != []


def test_special_hits_are_redacted_under_5_1_1d() -> None:
    spans = [
        s
        for s in detect_personal_data("Hij heeft suikerziekte en een hernia.")
        if s.type == "special"
    ]
    assert [s.text for s in spans] == ["suikerziekte", "hernia"]
    assert all(s.ground == "5.1.1d" and s.action == "redact" for s in spans)
