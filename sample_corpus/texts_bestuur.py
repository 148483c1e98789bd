"""Sample documents for regulations, organisation, council and college (infocat001-009)."""

# Long Dutch prose literals are data; wrapping them to 100 columns would only hurt reading.
# ruff: noqa: E501

from __future__ import annotations

from sample_corpus.document import PUBLIC_EMAIL, PUBLIC_PHONE, TOWN_HALL, Doc, dutch_date
from sample_corpus.people import People


def verordening_afvalstoffenheffing(people: People) -> Doc:
    d = Doc("verordening-afvalstoffenheffing-2025.pdf", "Verordening afvalstoffenheffing 2025",
            "verordening", "2024-11-14", "infocat001", people, "Verordening")  # fmt: skip
    d.title("Verordening op de heffing en de invordering van afvalstoffenheffing 2025")
    d.p(
        "De raad van de gemeente Pijnacker-Nootdorp; gelezen het voorstel van het college van "
        "burgemeester en wethouders van 1 oktober 2024; gelet op artikel 15.33 van de Wet milieubeheer "
        "en artikel 216 van de Gemeentewet;",
        "besluit vast te stellen de volgende verordening:",
    )
    d.h("Artikel 1 Begripsomschrijvingen")
    d.p(
        "In deze verordening wordt verstaan onder: a. perceel: een zelfstandig gedeelte van een "
        "gebouw dat blijkens zijn indeling bestemd is om als een afzonderlijk geheel te worden "
        "gebruikt; b. huishouden: een alleenstaande of twee of meer personen die een duurzaam "
        "gemeenschappelijk huishouden voeren; c. minicontainer: een door of vanwege de gemeente "
        "verstrekte rolcontainer voor de inzameling van huishoudelijke afvalstoffen."
    )
    d.h("Artikel 2 Belastbaar feit en belastingplicht")
    d.p(
        "Onder de naam afvalstoffenheffing wordt een heffing geheven ter bestrijding van de kosten "
        "die voor de gemeente verbonden zijn aan het beheer van huishoudelijke afvalstoffen. De "
        "heffing wordt geheven van degene die bij het begin van het belastingjaar gebruik maakt van "
        "een perceel ten aanzien waarvan ingevolge artikel 10.21 van de Wet milieubeheer een "
        "verplichting tot het inzamelen van huishoudelijke afvalstoffen bestaat."
    )
    d.h("Artikel 3 Tarieven")
    d.p(
        "De heffing bedraagt per belastingjaar voor een eenpersoonshuishouden € 298,40 en voor een "
        "meerpersoonshuishouden € 371,16. Voor het aanbieden van grofvuil op afroep wordt per keer "
        "€ 27,50 geheven. Voor een extra minicontainer voor groente-, fruit- en tuinafval bedraagt "
        "de heffing € 48,00 per jaar."
    )
    d.h("Artikel 4 Wijze van heffing en termijnen van betaling")
    d.p(
        "De heffing wordt geheven bij wege van aanslag. In afwijking van artikel 9 van de "
        "Invorderingswet 1990 moeten aanslagen worden betaald in tien gelijke termijnen, waarvan de "
        "eerste vervalt op de laatste dag van de maand volgende op die waarin het aanslagbiljet is "
        "gedagtekend. Zolang gebruik wordt gemaakt van automatische incasso mag in termijnen worden "
        "betaald."
    )
    d.page()
    d.h("Artikel 5 Kwijtschelding")
    d.p(
        "Bij de invordering van de afvalstoffenheffing wordt kwijtschelding verleend met "
        "inachtneming van de Leidraad invordering gemeente Pijnacker-Nootdorp en de "
        "Uitvoeringsregeling Invorderingswet 1990. Een verzoek om kwijtschelding wordt ingediend "
        "binnen drie maanden na de dagtekening van het aanslagbiljet."
    )
    d.h("Artikel 6 Inwerkingtreding en citeertitel")
    d.p(
        "De Verordening afvalstoffenheffing 2024 wordt ingetrokken met ingang van 1 januari 2025, "
        "met dien verstande dat zij van toepassing blijft op de belastbare feiten die zich voor die "
        "datum hebben voorgedaan. Deze verordening treedt in werking op de dag na bekendmaking en "
        "wordt aangehaald als: Verordening afvalstoffenheffing 2025.",
        "Aldus vastgesteld in de openbare vergadering van de raad van 14 november 2024.",
        f"De voorzitter, {d.holder('burgemeester')}",
        f"De griffier, {d.name_of('griffier')}",
    )
    return d


def wijziging_apv(people: People) -> Doc:
    d = Doc("wijziging-apv-vuurwerk-2024.docx",
            "Besluit tot wijziging van de Algemene Plaatselijke Verordening (vuurwerkvrije zones)",
            "verordening", "2024-07-04", "infocat001", people)  # fmt: skip
    d.title("Wijziging Algemene Plaatselijke Verordening Pijnacker-Nootdorp 2024")
    d.p(
        "De raad van de gemeente Pijnacker-Nootdorp; gelezen het voorstel van burgemeester en "
        "wethouders van 21 mei 2024; gelet op artikel 149 van de Gemeentewet en artikel 2.3a van het "
        "Vuurwerkbesluit; besluit de Algemene Plaatselijke Verordening Pijnacker-Nootdorp 2024 als "
        "volgt te wijzigen:"
    )
    d.h("Artikel I")
    d.p(
        "Na artikel 2:73 wordt een nieuw artikel ingevoegd, luidende: Artikel 2:73a Vuurwerkvrije "
        "zones. 1. Het is verboden consumentenvuurwerk tot ontbranding te brengen in een door de "
        "burgemeester aangewezen vuurwerkvrije zone. 2. De burgemeester wijst in ieder geval "
        "vuurwerkvrije zones aan rond zorginstellingen, dierenweides en de kinderboerderij in het "
        "Dobbepark. 3. Het aanwijzingsbesluit wordt uiterlijk op 1 november bekendgemaakt."
    )
    d.h("Artikel II")
    d.p(
        "Dit besluit treedt in werking op de dag na die van de bekendmaking.",
        "Vastgesteld in de openbare raadsvergadering van 4 juli 2024.",
        f"De griffier, {d.holder('griffier')}     De voorzitter, {d.name_of('burgemeester')}",
    )
    d.h("Toelichting")
    d.p(
        "Uit de evaluatie van de jaarwisseling 2023-2024 bleek dat inwoners veel overlast ervaren "
        "rond zorginstellingen. Met deze wijziging krijgt de burgemeester de bevoegdheid om gericht "
        "vuurwerkvrije zones aan te wijzen. Handhaving gebeurt door boa's en de politie."
    )
    return d


def beleidsregels_bijzondere_bijstand(people: People) -> Doc:
    d = Doc("beleidsregels-bijzondere-bijstand-2024.pdf", "Beleidsregels bijzondere bijstand 2024",
            "beleidsregel", "2024-01-16", "infocat002", people, "Beleidsregel")  # fmt: skip
    d.title("Beleidsregels bijzondere bijstand gemeente Pijnacker-Nootdorp 2024")
    d.p(
        "Het college van burgemeester en wethouders van de gemeente Pijnacker-Nootdorp; gelet op "
        "artikel 35 van de Participatiewet en titel 4.3 van de Algemene wet bestuursrecht; besluit "
        "vast te stellen de volgende beleidsregels:"
    )
    sections = [
        ("Artikel 1 Doel",
         "Deze beleidsregels geven aan hoe het college zijn bevoegdheid gebruikt om bijzondere "
         "bijstand te verlenen voor noodzakelijke kosten die voortvloeien uit bijzondere "
         "omstandigheden en die niet uit het inkomen kunnen worden voldaan."),
        ("Artikel 2 Draagkracht",
         "De draagkracht wordt vastgesteld over een periode van twaalf maanden. Van het inkomen "
         "boven 110 procent van de toepasselijke bijstandsnorm wordt 35 procent als draagkracht in "
         "aanmerking genomen. Vermogen boven de vermogensgrens wordt volledig als draagkracht "
         "meegenomen."),
        ("Artikel 3 Bewindvoering",
         "Kosten van beschermingsbewind worden vergoed tot de maximale tarieven die in de Regeling "
         "beloning curatoren, beschermingsbewindvoerders en mentoren zijn vastgesteld."),
        ("Artikel 4 Woonkosten en verhuizing",
         "Voor inrichtingskosten bij een noodzakelijke verhuizing kan bijzondere bijstand worden "
         "verleend in de vorm van een renteloze lening, tenzij aflossing redelijkerwijs niet van de "
         "aanvrager kan worden verwacht."),
        ("Artikel 5 Eigen bijdrage Wmo en zorgkosten",
         "Kosten van een eigen bijdrage in het kader van de Wet maatschappelijke ondersteuning komen "
         "in aanmerking voor zover de aanvrager geen gebruik kan maken van de gemeentelijke "
         "collectieve zorgverzekering."),
        ("Artikel 6 Hardheidsclausule",
         "Het college kan in bijzondere gevallen afwijken van deze beleidsregels indien toepassing "
         "daarvan voor een belanghebbende gevolgen heeft die onevenredig zijn in verhouding tot de "
         "met de beleidsregels te dienen doelen."),
    ]  # fmt: skip
    for number, (heading, body) in enumerate(sections):
        if number == 3:
            d.page()
        d.h(heading)
        d.p(body)
    d.h("Artikel 7 Inwerkingtreding")
    d.p(
        "Deze beleidsregels treden in werking op de dag na bekendmaking en werken terug tot en met "
        "1 januari 2024. De Beleidsregels bijzondere bijstand 2022 worden ingetrokken.",
        "Aldus vastgesteld in de vergadering van het college van 16 januari 2024.",
        f"De secretaris, {d.holder('secretaris')}",
        f"De burgemeester, {d.name_of('burgemeester')}",
    )
    return d


def verkeersbesluit_parkeerschijfzone(people: People) -> Doc:
    d = Doc("verkeersbesluit-parkeerschijfzone-ackershof.pdf",
            "Verkeersbesluit instellen parkeerschijfzone winkelcentrum Ackershof",
            "verkeersbesluit", "2024-05-28", "infocat002", people)  # fmt: skip
    d.title("Verkeersbesluit parkeerschijfzone winkelcentrum Ackershof, Delfgauw")
    d.p(
        "Burgemeester en wethouders van Pijnacker-Nootdorp maken bekend dat zij hebben besloten een "
        "blauwe zone in te stellen op het parkeerterrein van winkelcentrum Ackershof te Delfgauw, "
        "waar maximaal twee uur geparkeerd mag worden op maandag tot en met zaterdag van 09.00 tot "
        "18.00 uur, door het plaatsen van borden E10 en E11 van bijlage I van het RVV 1990."
    )
    d.h("Overwegingen")
    d.p(
        "Ondernemers en bezoekers hebben aangegeven dat parkeerplaatsen bij het winkelcentrum "
        "langdurig worden bezet door forenzen die met de tram verder reizen. Een parkeerschijfzone "
        "zorgt voor voldoende wisseling van geparkeerde voertuigen. Over dit besluit is overleg "
        "gevoerd met de politie eenheid Den Haag, zoals bedoeld in artikel 24 van het BABW. De "
        "politie heeft positief geadviseerd."
    )
    d.h("Bezwaar")
    d.p(
        "Belanghebbenden kunnen binnen zes weken na de dag van bekendmaking een bezwaarschrift "
        "indienen bij het college van burgemeester en wethouders, Postbus 1, 2640 AA Pijnacker. "
        f"Voor vragen kunt u bellen met {PUBLIC_PHONE} of mailen naar {PUBLIC_EMAIL}.",
        f"Namens het college, {d.holder('wethouder_ruimte')}",
    )
    return d


def adviesaanvraag_ontwerpverordening_wmo(people: People) -> Doc:
    d = Doc("adviesaanvraag-ontwerpverordening-wmo-2025.pdf",
            "Adviesaanvraag ontwerp-Verordening maatschappelijke ondersteuning 2025",
            "ontwerpverordening", "2024-08-20", "infocat003", people,
            "Adviesaanvraag")  # fmt: skip
    d.title("Adviesaanvraag ontwerp-Verordening maatschappelijke ondersteuning 2025")
    d.table(
        ("Aan", "Adviesraad Sociaal Domein Pijnacker-Nootdorp"),
        ("Datum", dutch_date(d.creatiedatum)),
        ("Ons kenmerk", "2024-0815-SD"),
    )
    d.p(
        "Geachte leden van de Adviesraad,",
        "Hierbij vragen wij u om advies over de bijgevoegde ontwerp-Verordening maatschappelijke "
        "ondersteuning Pijnacker-Nootdorp 2025. Op grond van artikel 2.1.3 van de Wmo 2015 stelt de "
        "raad bij verordening regels over de wijze waarop inwoners ondersteuning kunnen aanvragen "
        "en over de eigen bijdrage. Met de ontwerpverordening willen wij de toegang tot "
        "huishoudelijke ondersteuning vereenvoudigen en de regels voor het persoonsgebonden budget "
        "in lijn brengen met de landelijke jurisprudentie.",
        "Wij vragen u in het bijzonder in te gaan op de voorgestelde algemene voorziening voor "
        "schoonmaakondersteuning en op de toegankelijkheid van de cliëntondersteuning. Wij "
        "ontvangen uw advies graag uiterlijk 1 oktober 2024, zodat wij het kunnen betrekken bij het "
        "raadsvoorstel dat in november aan de gemeenteraad wordt aangeboden.",
    )
    d.page()
    d.h("Bijlage: ontwerp-Verordening maatschappelijke ondersteuning 2025 (hoofdlijnen)")
    d.bullets(
        "Artikel 3: een melding kan digitaal, schriftelijk of telefonisch via 14 015 worden gedaan.",
        "Artikel 5: het onderzoek wordt binnen zes weken na de melding afgerond.",
        "Artikel 9: huishoudelijke ondersteuning wordt als algemene voorziening aangeboden.",
        "Artikel 12: het pgb-tarief voor informele hulp bedraagt 75 procent van het zorg-in-natura-tarief.",
        "Artikel 18: de raad evalueert de verordening binnen drie jaar na inwerkingtreding.",
    )
    d.p(
        "Met vriendelijke groet, burgemeester en wethouders van Pijnacker-Nootdorp,",
        f"{d.holder('wethouder_sociaal')}",
    )
    return d


def organogram(people: People) -> Doc:
    d = Doc("organogram-gemeentelijke-organisatie-2024.pdf",
            "Organogram ambtelijke organisatie gemeente Pijnacker-Nootdorp 2024", "organogram",
            "2024-02-01", "infocat004", people, "Organogram")  # fmt: skip
    d.title("Organisatie en werkwijze: organogram 2024")
    d.p(
        "De ambtelijke organisatie van de gemeente Pijnacker-Nootdorp werkt voor de gemeenteraad, "
        "het college van burgemeester en wethouders en de burgemeester. Aan het hoofd staat de "
        f"directie onder leiding van de {d.holder('secretaris')}, die tevens algemeen directeur is."
    )
    d.table(
        ("Directie", "gemeentesecretaris/algemeen directeur en twee directeuren"),
        (
            "Ruimte",
            "afdelingen Ruimtelijke Ontwikkeling, Vergunningen en Handhaving, Beheer Openbare Ruimte",
        ),
        ("Samenleving", "afdelingen Werk en Inkomen, Zorg en Jeugd, Onderwijs, Sport en Cultuur"),
        ("Bedrijfsvoering", "afdelingen Financiën, Informatievoorziening, HRM, Juridische Zaken"),
        ("Publiekszaken", "Klantcontactcentrum, Burgerzaken, Belastingen"),
        ("Griffie", "ondersteunt de gemeenteraad; valt rechtstreeks onder de raad"),
    )
    d.p(
        "De griffie staat onder leiding van de griffier en is onafhankelijk van de ambtelijke "
        f"organisatie. De {d.holder('griffier')} legt verantwoording af aan het presidium van de "
        "raad. Taken en bevoegdheden van de afdelingen zijn vastgelegd in het Organisatiebesluit "
        "2024 en de Mandaat-, volmacht- en machtigingsregeling.",
        "Het gemeentehuis is gevestigd aan het Oranjeplein 1 in Pijnacker. Inwoners kunnen de "
        f"gemeente bereiken via {PUBLIC_PHONE}.",
    )
    return d


def mandaatregeling(people: People) -> Doc:
    d = Doc("mandaatregeling-2024.docx", "Mandaat-, volmacht- en machtigingsregeling 2024",
            "mandaatregeling", "2024-03-05", "infocat004", people)  # fmt: skip
    d.title("Mandaat-, volmacht- en machtigingsregeling gemeente Pijnacker-Nootdorp 2024")
    d.p(
        "Het college van burgemeester en wethouders en de burgemeester van Pijnacker-Nootdorp, "
        "ieder voor zover het zijn bevoegdheden betreft; gelet op afdeling 10.1.1 van de Algemene "
        "wet bestuursrecht; besluiten vast te stellen de volgende regeling."
    )
    d.h("Artikel 1 Verlening van mandaat")
    d.p(
        "Aan de in het mandaatregister genoemde functionarissen wordt mandaat verleend tot het nemen "
        "van besluiten en het verrichten van privaatrechtelijke rechtshandelingen. Het register "
        "maakt deel uit van deze regeling en vermeldt per bevoegdheid de gemandateerde functie, de "
        "ondermandaatmogelijkheid en de voorwaarden."
    )
    d.h("Artikel 2 Ondertekening")
    d.p(
        "Een besluit dat in mandaat is genomen wordt ondertekend met: 'burgemeester en wethouders "
        "van Pijnacker-Nootdorp, namens dezen,' gevolgd door de functie en de naam van de "
        "gemandateerde."
    )
    d.h("Artikel 3 Uitzonderingen")
    d.bullets(
        "besluiten waarbij wordt afgeweken van vastgesteld beleid;",
        "beslissingen op bezwaar tegen een in mandaat genomen besluit;",
        "besluiten met financiële gevolgen boven € 250.000.",
    )
    d.p(
        "Aldus vastgesteld op 5 maart 2024.",
        f"Burgemeester en wethouders van Pijnacker-Nootdorp, {d.holder('secretaris')}, "
        f"{d.holder('burgemeester')}",
    )
    return d


def contactgegevens(people: People) -> Doc:
    d = Doc("contactgegevens-gemeente-pijnacker-nootdorp.pdf",
            "Contactgegevens en bereikbaarheid gemeente Pijnacker-Nootdorp", "contactgegevens",
            "2024-01-08", "infocat005", people, "Contactgegevens")  # fmt: skip
    d.title("Bereikbaarheid van de gemeente Pijnacker-Nootdorp")
    d.table(
        ("Bezoekadres", TOWN_HALL),
        ("Postadres", "Postbus 1, 2640 AA Pijnacker"),
        (
            "Telefoon",
            f"{PUBLIC_PHONE} (zonder netnummer), maandag tot en met vrijdag 8.30-17.00 uur",
        ),
        ("E-mail", PUBLIC_EMAIL),
        ("Website", "www.pijnacker-nootdorp.nl"),
    )
    d.h("Een Woo-verzoek indienen")
    d.p(
        "Wilt u informatie van de gemeente ontvangen die nog niet openbaar is? Dan kunt u een "
        "verzoek indienen op grond van de Wet open overheid. Dat kan digitaal via het formulier op "
        f"de website, per e-mail aan {PUBLIC_EMAIL} of per post. Vermeld zo duidelijk mogelijk over "
        "welk onderwerp u informatie wilt. Voor hulp bij het formuleren van uw verzoek kunt u "
        "contact opnemen met de contactfunctionaris Woo via het algemene nummer.",
        "Het college beslist binnen vier weken op uw verzoek. Deze termijn kan met twee weken "
        "worden verlengd.",
    )
    d.h("Bereikbaarheid van de gemeenteraad")
    d.p(
        "De griffie is bereikbaar via griffie@pijnacker-nootdorp.nl. De raadsvergaderingen zijn "
        "openbaar en live te volgen via de website van de gemeenteraad."
    )
    return d


def woo_verzoek_indienen(people: People) -> Doc:
    d = Doc("zo-dient-u-een-woo-verzoek-in.docx", "Zo dient u een Woo-verzoek in",
            "contactgegevens", "2024-04-02", "infocat005", people)  # fmt: skip
    d.title("Zo dient u een Woo-verzoek in bij de gemeente Pijnacker-Nootdorp")
    d.p(
        "Iedereen mag de gemeente om informatie vragen over een bestuurlijke aangelegenheid. U "
        "hoeft niet te zeggen waarom u de informatie wilt hebben.",
        f"Telefonisch: bel {PUBLIC_PHONE} en vraag naar de contactfunctionaris Woo.",
        f"Per e-mail: {PUBLIC_EMAIL}, onder vermelding van 'Woo-verzoek'.",
        "Per post: College van burgemeester en wethouders, Postbus 1, 2640 AA Pijnacker.",
        f"Aan de balie: {TOWN_HALL}, op afspraak.",
        "Na ontvangst krijgt u binnen een week een ontvangstbevestiging. Wij nemen contact met u op "
        "als uw verzoek te algemeen is geformuleerd.",
    )
    return d


def ingekomen_stuk_verkeer(people: People) -> Doc:
    d = Doc("ingekomen-stuk-verkeersveiligheid-klapwijkseweg.pdf",
            "Ingekomen stuk: brief over verkeersveiligheid Klapwijkseweg", "ingekomen stuk",
            "2024-04-22", "infocat006", people, "Ingekomen stuk raad")  # fmt: skip
    who = d.person()
    home = d.address("Pijnacker")
    email, phone = d.email(who), d.phone("mobiel")
    d.lines(
        f"{who.full}",
        home.street,
        f"{home.postcode} {home.city}",
        f"E-mail: {email}",
        f"Telefoon: {phone}",
    )
    d.p(
        "Aan de gemeenteraad van Pijnacker-Nootdorp, t.a.v. de griffie, Postbus 1, 2640 AA Pijnacker",
        f"Pijnacker, {dutch_date(d.creatiedatum)}",
        "Onderwerp: verkeersveiligheid Klapwijkseweg",
        "Geachte leden van de gemeenteraad,",
        "Namens een groep bewoners van de Klapwijkseweg vraag ik uw aandacht voor de "
        "verkeersveiligheid in onze straat. Sinds de opening van de nieuwe ontsluitingsweg rijdt er "
        "veel meer vrachtverkeer door de bebouwde kom. Kinderen die naar de basisschool fietsen "
        "moeten de weg oversteken op een punt zonder zebrapad. Vorige maand is een scholier bijna "
        "aangereden.",
        "Wij vragen de raad om het college te verzoeken een snelheidsremmende maatregel te nemen "
        "en een veilige oversteekplaats aan te leggen. Bijgevoegd vindt u een handtekeningenlijst "
        "met 143 handtekeningen van bewoners.",
        f"Met vriendelijke groet, {who.full}",
    )
    return d


def lijst_ingekomen_stukken(people: People) -> Doc:
    d = Doc("lijst-ingekomen-stukken-raad-2024-05.docx",
            "Lijst van ingekomen stukken gemeenteraad mei 2024", "lijst ingekomen stukken",
            "2024-05-23", "infocat006", people, "Ingekomen stuk raad")  # fmt: skip
    who = d.person()
    d.title("Lijst van ingekomen stukken gemeenteraad 30 mei 2024")
    d.p(
        "Voorstel van het presidium: de stukken in categorie A voor kennisgeving aannemen; de "
        "stukken in categorie B in handen stellen van het college ter afdoening."
    )
    d.table(
        ("A1", "Brief van de Vereniging Nederlandse Gemeenten over de septembercirculaire 2024"),
        ("A2", "Jaarstukken 2023 van de Veiligheidsregio Haaglanden"),
        ("A3", "Ontwerpbegroting 2025 Metropoolregio Rotterdam Den Haag"),
        ("B1", f"Brief van {who.title} {who.formal} over de bomenkap in het Dobbepark"),
        ("B2", "Brief van Stichting Behoud Groen Nootdorp over het bestemmingsplan Nootdorp-Oost"),
        ("B3", "Motie vreemd aan de orde van de gemeente Zoetermeer over de tramverbinding"),
    )
    d.p(f"De griffier, {d.holder('griffier')}")
    return d


def raadsvoorstel_oranjeplein(people: People) -> Doc:
    d = Doc("raadsvoorstel-herinrichting-oranjeplein.pdf",
            "Raadsvoorstel herinrichting Oranjeplein Pijnacker", "raadsvoorstel", "2024-09-10",
            "infocat008", people, "Raadsvoorstel")  # fmt: skip
    d.title("Raadsvoorstel: krediet herinrichting Oranjeplein")
    d.table(
        ("Raadsvergadering", "31 oktober 2024"),
        ("Portefeuillehouder", d.holder("wethouder_ruimte")),
        ("Agendapunt", "7"),
    )
    d.h("Voorgesteld besluit")
    d.bullets(
        "Een krediet van € 3.450.000 beschikbaar te stellen voor de herinrichting van het Oranjeplein.",
        "De kapitaallasten te dekken uit de reserve centrumontwikkeling.",
        "De begroting 2025 dienovereenkomstig te wijzigen.",
    )
    d.h("Inleiding")
    d.p(
        "Het Oranjeplein is het hart van Pijnacker. Het plein is verouderd, slecht toegankelijk voor "
        "mensen met een beperking en raakt bij hevige regenval regelmatig overstroomd. In 2023 "
        "heeft de raad het Centrumplan Pijnacker vastgesteld. Dit voorstel is de uitwerking daarvan "
        "voor het plein."
    )
    d.h("Beoogd effect")
    d.p(
        "Een aantrekkelijk, groen en klimaatbestendig plein waar markt, evenementen en horeca goed "
        "samengaan, met minder verharding en meer ruimte voor voetgangers."
    )
    d.page()
    d.h("Argumenten")
    d.p(
        "1. Het ontwerp is tot stand gekomen met inwoners, ondernemers en de marktvereniging. In "
        "drie ontwerpateliers hebben ruim 200 mensen meegedacht. 2. De wateropvang onder het plein "
        "voorkomt wateroverlast in de omliggende straten. 3. De bijdrage uit de regeling "
        "Klimaatadaptatie van het Rijk bedraagt € 640.000."
    )
    d.h("Kanttekeningen en risico's")
    d.p(
        "De bouwkosten zijn onzeker door prijsstijgingen. Er is een post onvoorzien van tien procent "
        "opgenomen. Tijdens de werkzaamheden verhuist de weekmarkt tijdelijk naar de Raadhuisstraat."
    )
    d.h("Financiën")
    d.table(
        ("Ontwerp en voorbereiding", "€ 310.000"),
        ("Uitvoering", "€ 2.790.000"),
        ("Onvoorzien", "€ 350.000"),
        ("Totaal", "€ 3.450.000"),
    )
    d.p(
        "Burgemeester en wethouders van Pijnacker-Nootdorp,",
        f"de secretaris, {d.name_of('secretaris')}; de burgemeester, {d.name_of('burgemeester')}",
    )
    return d


def besluitenlijst_raad(people: People) -> Doc:
    d = Doc("besluitenlijst-gemeenteraad-2024-06-27.pdf",
            "Besluitenlijst openbare vergadering gemeenteraad 27 juni 2024", "besluitenlijst",
            "2024-06-28", "infocat008", people, "Besluitenlijst raad")  # fmt: skip
    speaker = d.person()
    d.title("Besluitenlijst van de openbare vergadering van de gemeenteraad van 27 juni 2024")
    d.table(
        ("Voorzitter", d.holder("burgemeester")),
        ("Griffier", d.holder("griffier")),
        ("Aanwezig", "27 raadsleden; afwezig met kennisgeving: geen"),
    )
    d.h("1. Opening en vaststelling van de agenda")
    d.p("De voorzitter opent de vergadering om 19.30 uur. De agenda wordt ongewijzigd vastgesteld.")
    d.h("2. Spreekrecht burgers")
    d.p(
        f"{speaker.title.capitalize()} {speaker.formal} spreekt in over de bomenkap in het Dobbepark "
        f"en overhandigt een petitie aan de voorzitter."
    )
    d.h("3. Kadernota 2025")
    d.p(
        "De kadernota wordt vastgesteld met 19 stemmen voor en 8 tegen. Het amendement van "
        f"{d.holder('raadslid_a')} over het behoud van de bibliotheekvestiging in Delfgauw wordt "
        "unaniem aangenomen. De motie van "
        f"{d.holder('raadslid_b')} over gratis parkeren bij het zwembad wordt verworpen."
    )
    d.h("4. Wijziging APV (vuurwerkvrije zones)")
    d.p(
        "Het besluit wordt vastgesteld. "
        f"Wethouder {d.name_of('wethouder_duurzaam')} zegt toe de raad voor 1 december te "
        "informeren over de aangewezen zones."
    )
    d.h("5. Sluiting")
    d.p("De voorzitter sluit de vergadering om 23.05 uur.")
    return d


def verslag_commissie(people: People) -> Doc:
    d = Doc("verslag-commissie-samenleving-2024-04-15.docx",
            "Verslag commissie Samenleving 15 april 2024", "verslag", "2024-04-25", "infocat008",
            people)  # fmt: skip
    speaker = d.person("v")
    d.title("Verslag van de vergadering van de commissie Samenleving van 15 april 2024")
    d.p(
        f"Voorzitter: {d.holder('raadslid_c')}. Aanwezig namens het college: "
        f"{d.holder('wethouder_sociaal')}.",
    )
    d.h("Agendapunt 3: Inspreken")
    d.p(
        f"{speaker.title.capitalize()} {speaker.formal}, moeder van een leerling van De Regenboog, "
        "spreekt in over het leerlingenvervoer. Zij vraagt aandacht voor de lange reistijden van "
        "kinderen in het speciaal onderwijs."
    )
    d.h("Agendapunt 4: Jeugdhulp regio Haaglanden")
    d.p(
        f"Raadslid {d.name_of('raadslid_a')} vraagt naar de wachtlijsten in de specialistische "
        "jeugdhulp. De wethouder antwoordt dat de gemiddelde wachttijd in de regio 14 weken is en "
        "zegt toe een overzicht per zorgaanbieder te sturen. De commissie adviseert het voorstel "
        "als hamerstuk te behandelen."
    )
    return d


def besluitenlijst_bw(people: People, file_name: str, date: str, meeting: str) -> Doc:
    d = Doc(file_name, f"Openbare besluitenlijst college van B&W {meeting}", "besluitenlijst",
            date, "infocat009", people, "Besluitenlijst B&W")  # fmt: skip
    d.title(
        f"Openbare besluitenlijst van de vergadering van burgemeester en wethouders van {meeting}"
    )
    d.table(
        ("Aanwezig", f"{d.holder('burgemeester')} (voorzitter); wethouders {d.name_of('wethouder_ruimte')}, "
                     f"{d.name_of('wethouder_sociaal')}, {d.name_of('wethouder_financien')}, "
                     f"{d.name_of('wethouder_duurzaam')}"),
        ("Secretaris", d.holder("secretaris")),
    )  # fmt: skip
    items = [
        ("Subsidieplafonds 2025", "Het college stelt de subsidieplafonds voor 2025 vast en "
         "publiceert deze in het Gemeenteblad.", "wethouder_financien"),
        ("Beantwoording schriftelijke vragen over zwerfafval", "Het college stemt in met de "
         "beantwoording van de vragen van de fractie over zwerfafval in Keijzershof.",
         "wethouder_duurzaam"),
        ("Uitvoeringsprogramma Jeugd", "Het college stelt het uitvoeringsprogramma vast en "
         "informeert de raad met een raadsinformatiebrief.", "wethouder_sociaal"),
        ("Verkoop perceel Tolweg", "Het college besluit het perceel aan de Tolweg te verkopen "
         "conform de taxatie; de raad wordt in de gelegenheid gesteld wensen en bedenkingen te "
         "uiten.", "wethouder_ruimte"),
    ]  # fmt: skip
    for number, (subject, decision, holder) in enumerate(items, start=1):
        d.h(f"{number}. {subject}")
        d.p(f"Besluit: {decision} Portefeuillehouder: {d.name_of(holder)}.")
    return d


def besluitenlijst_bw_maart(people: People) -> Doc:
    return besluitenlijst_bw(
        people, "besluitenlijst-bw-2024-03-12.pdf", "2024-03-12", "12 maart 2024"
    )


def besluitenlijst_bw_oktober(people: People) -> Doc:
    return besluitenlijst_bw(
        people, "besluitenlijst-bw-2024-10-08.pdf", "2024-10-08", "8 oktober 2024"
    )


def agenda_bw(people: People) -> Doc:
    d = Doc("agenda-collegevergadering-2024-09-17.docx",
            "Agenda collegevergadering burgemeester en wethouders 17 september 2024", "agenda",
            "2024-09-13", "infocat009", people)  # fmt: skip
    d.title("Agenda vergadering college van burgemeester en wethouders, 17 september 2024")
    d.p(f"Voorzitter: {d.holder('burgemeester')}. Locatie: collegekamer, gemeentehuis Pijnacker.")
    d.table(
        ("1", "Vaststellen besluitenlijst vorige vergadering"),
        ("2", f"Programmabegroting 2025 ({d.holder('wethouder_financien')})"),
        ("3", f"Gebiedsvisie Ruyven ({d.holder('wethouder_ruimte')})"),
        ("4", f"Preventieakkoord alcohol en roken ({d.holder('wethouder_sociaal')})"),
        ("5", "Rondvraag"),
    )
    return d


TEXTS = [
    verordening_afvalstoffenheffing, wijziging_apv, beleidsregels_bijzondere_bijstand,
    verkeersbesluit_parkeerschijfzone, adviesaanvraag_ontwerpverordening_wmo, organogram,
    mandaatregeling, contactgegevens, woo_verzoek_indienen, ingekomen_stuk_verkeer,
    lijst_ingekomen_stukken, raadsvoorstel_oranjeplein, besluitenlijst_raad, verslag_commissie,
    besluitenlijst_bw_maart, agenda_bw, besluitenlijst_bw_oktober,
]  # fmt: skip
