"""A third training style per category: short notices, web summaries and register entries.

Written for this corpus like `templates_a`/`templates_b`; families ending in "d" are training
families, so every category is learnt from three styles and tested on a fourth ("c").
"""

# Long Dutch prose literals are data; wrapping them to 100 columns would only hurt reading.
# ruff: noqa: E501

from __future__ import annotations

from woo_categorieen.training.family import NONE_LABEL, Family

FAMILIES_D: tuple[Family, ...] = (
    Family(
        "infocat001",
        "001d",
        (
            "Bekendmaking vaststelling {onderwerp}verordening",
            "Nieuwe regels: verordening {onderwerp}",
        ),
        ("bekendmaking-verordening-{nr}", "gmb-{jaar}-{huisnummer}"),
        (
            "De gemeenteraad van {gemeente} heeft op {datum} de [Verordening|verordening|gewijzigde verordening] {onderwerp} vastgesteld.",
            "De verordening bevat regels die voor iedereen gelden, onder meer over [de hoogte van de heffing|vergunningplichten|verboden en geboden].",
            "?De vorige verordening vervalt. De nieuwe regels gelden vanaf {datum2}.",
            "De volledige tekst staat in het elektronisch gemeenteblad en op overheid.nl (lokale regelgeving).",
        ),
        ("Verordening", "Bekendmaking"),
    ),
    Family(
        "infocat002",
        "002d",
        (
            "Bekendmaking beleidsregel {onderwerp}",
            "Besluit tot vaststelling beleidsregels {onderwerp}",
        ),
        ("bekendmaking-beleidsregel-{nr}", "beleidsregel-{jaar}"),
        (
            "Het college van {gemeente} heeft op {datum} [beleidsregels|een beleidsregel|nadere regels] vastgesteld voor {onderwerp}.",
            "Hierin staat hoe het college zijn bevoegdheid gebruikt bij [de beoordeling van aanvragen|handhaving|het verlenen van ontheffingen]. Het gaat om een besluit van algemene strekking, geen algemeen verbindend voorschrift.",
            "?Er staat geen bezwaar of beroep open tegen beleidsregels.",
            "De beleidsregels treden in werking op de dag na bekendmaking.",
        ),
        ("Beleidsregel", "Bekendmaking"),
    ),
    Family(
        "infocat003",
        "003d",
        ("Ontwerp {onderwerp}: advies gevraagd", "Voorontwerp verordening {onderwerp} voor advies"),
        ("ontwerp-{kenmerk}", "voorontwerp-{jaar}"),
        (
            "Het [voorontwerp|ontwerp|concept] van de [verordening|regeling|beleidsregels] {onderwerp} is voor advies gestuurd aan [de adviesraad|de cliëntenraad|de ondernemersvereniging].",
            "Na ontvangst van het advies stelt het college het ontwerp eventueel bij en legt het de regeling ter vaststelling voor.",
            "?De adviesaanvraag en het ontwerp worden hierbij openbaar gemaakt, zoals de Woo voorschrijft.",
            "Zienswijzen en adviezen kunnen tot {datum2} worden ingediend.",
        ),
        ("Ontwerpregeling", "Adviesaanvraag"),
    ),
    Family(
        "infocat004",
        "004d",
        ("Taken en bevoegdheden afdelingen {gemeente}", "Werkwijze en organisatie: zo werken wij"),
        ("taken-bevoegdheden", "werkwijze-organisatie"),
        (
            "Hoe is de gemeente {gemeente} georganiseerd? Het college is het dagelijks bestuur; de ambtelijke organisatie voert het beleid uit.",
            "Per afdeling: [Burgerzaken|Publiekszaken] verzorgt paspoorten en rijbewijzen; [Ruimte|Omgeving] behandelt vergunningen; [Sociaal Domein|Samenleving] voert de Wmo en Jeugdwet uit.",
            "?Wie mag namens het college beslissen? Dat staat in het mandaatregister.",
            "Het organisatieschema met alle teams vindt u in de bijlage.",
        ),
        ("Organogram", "Organisatiebesluit"),
    ),
    Family(
        "infocat005",
        "005d",
        (
            "Openingstijden en adres [gemeentewinkel|stadswinkel|publiekshal]",
            "Contact met de gemeente",
        ),
        ("openingstijden", "contact"),
        (
            "[Gemeentewinkel|Stadswinkel|Publiekshal] {gemeente}, {straat} {huisnummer}. Alleen op afspraak.",
            "Telefonisch bereikbaar: maandag tot en met vrijdag 8.30 - 17.00 uur via 14 0[15|70|30]. WhatsApp en chat: werkdagen tot 16.00 uur.",
            "?Ambtenaar van de burgerlijke stand, meldpunt openbare ruimte en klachten: via hetzelfde nummer.",
            "Postadres: Postbus {huisnummer}, {gemeente}.",
        ),
        ("Contactgegevens",),
    ),
    Family(
        "infocat006",
        "006d",
        (
            "Brief van {naam} aan de raad over {onderwerp}",
            "Petitie {onderwerp} aangeboden aan de gemeenteraad",
        ),
        ("brief-raad-{kenmerk}", "petitie-{nr}"),
        (
            "Geachte leden van de raad, Als [bewoner van de {straat}|ondernemer|voorzitter van {organisatie}] schrijf ik u over {onderwerp}.",
            "[De situatie is onhoudbaar geworden.|Ik wil u een idee voorleggen.|Wij bieden u deze petitie aan met {aantal}0 handtekeningen.]",
            "?Graag ga ik hierover met u in gesprek in de commissievergadering.",
            "Dit stuk is door de griffie geregistreerd als ingekomen stuk en staat op de lijst voor de raadsvergadering van {datum}.",
        ),
        ("Ingekomen stuk",),
    ),
    Family(
        "infocat007",
        "007d",
        (
            "Aanhangsel Handelingen: antwoord op Kamervragen over {onderwerp}",
            "Kamervragen {naam} over {onderwerp}",
        ),
        ("ah-tk-{jaar}-{nr}", "kamervragen-{kenmerk}"),
        (
            "Vragen van het lid {naam} aan de [minister|staatssecretaris] van [Binnenlandse Zaken|Justitie en Veiligheid|Onderwijs] over {onderwerp} (ingezonden {datum}).",
            "Vraag 1: Bent u bekend met het bericht over {onderwerp}? Antwoord: Ja.",
            "Vraag 2: Wat doet u om gemeenten te ondersteunen? Antwoord: [Ik heb de VNG gevraagd|Het Rijk stelt middelen beschikbaar|Ik verwijs naar mijn brief aan uw Kamer].",
            "?Aanhangsel van de Handelingen, Tweede Kamer der Staten-Generaal, vergaderjaar {vorigjaar}-{jaar}.",
        ),
        ("Kamerstuk",),
    ),
    Family(
        "infocat008",
        "008d",
        ("Raadsbesluit {onderwerp}", "Besluit van de raad: {onderwerp}"),
        ("raadsbesluit-{kenmerk}", "raadsbesluit-{jaar}-{nr}"),
        (
            "De raad van de gemeente {gemeente}; gelezen het raadsvoorstel van {datum} over {onderwerp};",
            "besluit: 1. [in te stemmen met|kennis te nemen van|een krediet van {bedrag} beschikbaar te stellen voor] {onderwerp}; 2. de begrotingswijziging vast te stellen.",
            "?Stemverhouding: {aantal} voor, {nr} tegen. De fractie van [de SP|de PVV|een lokale partij] stemde tegen.",
            "Aldus besloten in de openbare raadsvergadering van {datum2}. De griffier, de voorzitter.",
        ),
        ("Raadsbesluit", "Raadsvoorstel"),
    ),
    Family(
        "infocat009",
        "009d",
        ("Collegebesluit: {onderwerp}", "Het college heeft besloten ({datum})"),
        ("collegebesluit-{kenmerk}", "collegebesluit-{jaar}"),
        (
            "Collegevergadering {datum}. Het college van B en W heeft besloten [in te stemmen met|de raad te informeren over|een opdracht te geven voor] {onderwerp}.",
            "Toelichting: [dit besluit volgt op eerdere besluitvorming|de raad wordt met een raadsinformatiebrief geïnformeerd|het besluit past binnen de begroting].",
            "?Besloten: conform voorstel. Openbaarheid: openbaar.",
            "Dit collegebesluit is opgenomen in de openbare besluitenlijst van die week.",
        ),
        ("Collegebesluit", "Besluitenlijst B&W"),
    ),
    Family(
        "infocat010",
        "010d",
        (
            "Advies [Jongerenraad|Participatieraad|Cliëntenraad] aan het college",
            "Reactie op advies {onderwerp}",
        ),
        ("advies-{nr}", "adviesbrief-{kenmerk}"),
        (
            "Het [adviesorgaan|de adviesraad|de cliëntenraad] heeft zich gebogen over {onderwerp}. Wij geven u het volgende advies mee.",
            "Ons advies: [stel een ervaringsdeskundige aan|maak de regeling eenvoudiger|investeer in preventie]. Wij adviseren u dit mee te nemen in het beleid.",
            "?Het advies is unaniem vastgesteld.",
            "Wij zijn graag bereid ons advies toe te lichten.",
        ),
        ("Advies",),
    ),
    Family(
        "infocat011",
        "011d",
        ("Convenant ondertekend: {onderwerp}", "Afsprakenlijst convenant {organisatie}"),
        ("convenant-ondertekend", "convenant-{nr}"),
        (
            "Op {datum} ondertekenden de gemeente {gemeente} en {organisatie} een convenant over {onderwerp}.",
            "In het convenant spreken partijen af [informatie uit te wisselen|samen te investeren|elkaar jaarlijks te informeren]. Het convenant loopt [vier|twee|drie] jaar.",
            "?Andere partijen kunnen later toetreden.",
            "Het convenant is gepubliceerd in de Staatscourant.",
        ),
        ("Convenant",),
    ),
    Family(
        "infocat012",
        "012d",
        ("Jaarverslag {jaar} in het kort", "Verantwoording {vorigjaar}: jaarrekening"),
        ("jaarverslag-kort", "jaarrekening-{vorigjaar}"),
        (
            "In het [jaarverslag|de jaarrekening|het jaarplan] over {vorigjaar} legt [het college|de organisatie|de ombudsman] verantwoording af.",
            "Het resultaat is een [positief|negatief] saldo van {bedrag}. [Het aantal klachten daalde|Er werden {aantal}0 woningen gebouwd|De dienstverlening verbeterde].",
            "?Accountantsverklaring: goedkeurend.",
            "Het verslag is vastgesteld op {datum}.",
        ),
        ("Jaarverslag", "Jaarstukken"),
    ),
    Family(
        "infocat013",
        "013d",
        ("Subsidieregeling {onderwerp} open", "Subsidie aanvragen voor {onderwerp}"),
        ("subsidieregeling-open", "subsidie-aanvragen"),
        (
            "Vanaf {datum} kunt u subsidie aanvragen voor {onderwerp}. Het subsidieplafond is {bedrag}.",
            "De subsidieregeling is bedoeld voor [inwoners|verenigingen|ondernemers] en vergoedt maximaal {percentage}% van de kosten.",
            "?Op = op: als het plafond is bereikt, stopt de regeling.",
            "Aanvragen via het subsidieloket; de regeling loopt tot {datum2}.",
        ),
        ("Subsidieregeling",),
    ),
    Family(
        "infocat014",
        "014d",
        ("Woo-verzoeken {jaar}: besluiten", "Beslissing op Woo-verzoek inzake {onderwerp}"),
        ("woo-beslissing-{nr}", "woo-{jaar}-{huisnummer}"),
        (
            "Op grond van de Wet open overheid heeft [het college|de burgemeester] besloten op een verzoek om informatie over {onderwerp}.",
            "Het besluit en de openbaar gemaakte documenten staan hieronder, met een inventarislijst.",
            "?Gelakte passages bevatten persoonsgegevens (artikel 5.1, tweede lid, onder e).",
            "Verzoeker: [een journalist|een inwoner|een belangenvereniging]. Ontvangen {datum}, besloten {datum2}.",
        ),
        ("Woo-besluit",),
    ),
    Family(
        "infocat015",
        "015d",
        ("Onderzoek naar {onderwerp}: eindrapport", "Rapport {organisatie}: {onderwerp}"),
        ("eindrapport-{kenmerk}", "rapport-{jaar}"),
        (
            "Dit eindrapport beschrijft het onderzoek naar {onderwerp} dat [{organisatie}|een onafhankelijk bureau|de rekenkamer] in {jaar} uitvoerde.",
            "Onderzoeksvragen, aanpak en bevindingen staan in hoofdstuk 2 tot en met 4. Hoofdstuk 5 bevat conclusies en aanbevelingen.",
            "?Het onderzoek is begeleid door een klankbordgroep.",
            "De gemeente gebruikt de uitkomsten bij de evaluatie van het beleid.",
        ),
        ("Onderzoeksrapport",),
    ),
    Family(
        "infocat016",
        "016d",
        (
            "Verleende vergunning {straat} {huisnummer}",
            "Toekenning [ontheffing|vergunning|tegemoetkoming] {kenmerk}",
        ),
        ("verleende-vergunning-{kenmerk}", "toekenning-{nr}"),
        (
            "Het college heeft op {datum} [een vergunning|een ontheffing|een tegemoetkoming] verleend aan [de aanvrager|{organisatie}] voor [{straat} {huisnummer}|{onderwerp}].",
            "Dit besluit is gericht aan de aanvrager. Belanghebbenden kunnen binnen zes weken een bezwaarschrift indienen.",
            "?Het besluit ligt ter inzage; een voorlopige voorziening kan worden gevraagd bij de rechtbank.",
            "Zaaknummer {kenmerk}.",
        ),
        ("Beschikking", "Vergunning"),
    ),
    Family(
        "infocat017",
        "017d",
        ("Uw klacht over {onderwerp}", "Klacht {kenmerk}: onze conclusie"),
        ("klacht-{kenmerk}", "klachtbrief-{nr}"),
        (
            "Geachte heer/mevrouw, U diende op {datum} een klacht in over [de manier waarop wij u behandelden|de bereikbaarheid|een medewerker].",
            "Wij hebben uw klacht onderzocht en met u besproken. [Wij vinden uw klacht gegrond.|Wij vinden uw klacht niet gegrond.] Onze excuses voor het ongemak.",
            "?Wij hebben afspraken gemaakt om herhaling te voorkomen.",
            "Bent u het niet eens met de afhandeling? Dan kunt u naar de Nationale ombudsman.",
        ),
        ("Klachtoordeel",),
    ),
    Family(
        NONE_LABEL,
        "geen-d",
        ("Concept notulen werkoverleg team {onderwerp}", "Checklist {onderwerp}", "To-do lijst"),
        ("werkoverleg-{nr}", "checklist-{kenmerk}", "todo"),
        (
            "[Werkoverleg|Teamoverleg|Stand-up] {datum}. Aanwezig: {naam}, {naam2}.",
            "[Vakantieplanning doorgenomen.|Nieuwe collega stelt zich voor.|Laptops worden vervangen.] {naam} regelt de lunch.",
            "?Rondvraag: parkeerplaatsen in de garage zijn vol.",
            "[Niet publiceren, intern.|Alleen voor eigen gebruik.|Werkdocument.]",
        ),
        ("Notitie", "Memo"),
    ),
)
