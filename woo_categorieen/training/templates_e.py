"""A fifth training style per weak category: the forms real public documents turned out to take.

Written for this corpus on 2026-11-29 after measuring the model on 72 real public documents
(`echte_documenten.csv`, see PROVENANCE.md): where the model failed, the real documents had a
form no template covered yet (minutes and decision lists of the council, answers to council
questions, parliamentary papers, ombudsman reports, web pages on how to file a Woo request,
letters from the VNG to college and council, news items and vacancies that mention Woo words).
The families below imitate those *forms* (headings, order of parts, typical formulas) in words
of our own; no sentence of a real document is copied, and the real documents themselves are
never trained on (they are the test set). None of these family ids ends in "c", so all of them
are training families; the held-out families stay as they were.
"""

# Long Dutch prose literals are data; wrapping them to 100 columns would only hurt reading.
# ruff: noqa: E501

from __future__ import annotations

from woo_categorieen.training.family import NONE_LABEL, Family

FAMILIES_E: tuple[Family, ...] = (
    Family(
        "infocat002",
        "002e",
        (
            "[Beleidsnota|Toetsingskader|Uitvoeringsstrategie] {onderwerp}",
            "Handhavingsstrategie {jaar}-{volgendjaar}",
        ),
        ("beleidsnota-{jaar}", "toetsingskader-{nr}", "strategie-{kenmerk}"),
        (
            "Gegevens van de regeling. Vastgesteld door: college van burgemeester en wethouders. Onderwerp: [openbare orde en veiligheid|ruimtelijke ordening|bestuur en recht]. Citeertitel: [Beleidsnota|Toetsingskader] {onderwerp} {jaar}.",
            "1. Inleiding. Deze nota geeft het kader waarmee het college aanvragen en meldingen over {onderwerp} beoordeelt. Zo weten [organisatoren|aanvragers|ondernemers] vooraf waar zij aan toe zijn.",
            "2. Uitgangspunten. Bij de beoordeling wegen wij [de openbare orde|de veiligheid|het woon- en leefklimaat] en [de belangen van omwonenden|de kosten|de drukte] af. Het college kan van dit kader afwijken als de omstandigheden daarom vragen.",
            "?3. Prioriteiten voor toezicht en handhaving: [eerst waarschuwen, dan een last onder dwangsom|risicogericht controleren|samenwerken met de omgevingsdienst].",
            "Deze nota treedt in werking op de dag na bekendmaking en vervangt de nota van {vorigjaar}.",
        ),
        ("Beleidsregel", "Beleidsnota"),
    ),
    Family(
        "infocat004",
        "004e",
        (
            "Het college van burgemeester en wethouders",
            "Zo is de gemeente {gemeente} georganiseerd",
            "Portefeuilleverdeling college {jaar}",
        ),
        ("college-bw", "organisatie", "portefeuilleverdeling-{jaar}"),
        (
            "Het college is het dagelijks bestuur van de gemeente. Het bestaat uit de burgemeester en [drie|vier|vijf] wethouders en wordt ondersteund door de gemeentesecretaris.",
            "Portefeuilleverdeling: burgemeester {naam}: openbare orde, veiligheid en communicatie. Wethouder {naam2}: [financiën en sociaal domein|wonen en ruimte|onderwijs en sport].",
            "De ambtelijke organisatie bestaat uit [{aantal} teams|drie domeinen en een staf], onder leiding van de gemeentesecretaris, die ook algemeen directeur is. De griffie werkt voor de gemeenteraad.",
            "?Het college vergadert wekelijks; wie namens het college mag beslissen staat in het mandaatregister.",
            "Meer over de taken van de afdelingen leest u op de pagina Organisatie.",
        ),
        ("Organogram", "Organisatiebeschrijving"),
    ),
    Family(
        "infocat005",
        "005e",
        (
            "Woo-verzoek indienen",
            "Informatie opvragen bij de [gemeente|provincie|omgevingsdienst]",
            "Hoe vraagt u documenten op?",
        ),
        ("woo-verzoek-indienen", "informatie-opvragen", "contact-woo"),
        (
            "Zoekt u informatie die [de gemeente|de provincie|wij] nog niet openbaar [heeft|hebben] gemaakt? Dan kunt u een verzoek om informatie indienen op grond van de Wet open overheid.",
            "Zo dient u uw verzoek in: [via het digitale formulier met DigiD|per post aan Postbus {huisnummer}, {gemeente}|per e-mail aan woo@{gemeente}.nl]. Noem het onderwerp en de periode zo precies mogelijk.",
            "Contactpersoon Woo: heeft u vragen over welke informatie er is of over uw lopende verzoek? Bel [14 0{nr}|het algemene nummer] of mail de Woo-contactpersoon.",
            "?Wilt u alleen gegevens over uzelf inzien? Dan is een inzageverzoek de juiste weg.",
            "Wij beslissen binnen vier weken; die termijn kan met twee weken worden verlengd.",
        ),
        ("Contactgegevens", "Webpagina"),
    ),
    Family(
        "infocat006",
        "006e",
        (
            "Ledenbrief {kenmerk}: {onderwerp}",
            "Brief aan colleges en gemeenteraden over {onderwerp}",
            "Open brief aan de gemeenteraad over {onderwerp}",
        ),
        ("ledenbrief-{kenmerk}", "brief-aan-raad-{nr}", "open-brief-{jaar}"),
        (
            "[Ledenbrief|Brief] {kenmerk}. Aan: [de colleges van burgemeester en wethouders en de gemeenteraden|de leden van de gemeenteraad en het college]. Datum: {datum}.",
            "Geachte leden van [college en raad|de raad], [Hierbij informeren wij u over|Wij vragen uw aandacht voor|Met deze brief reageren wij op] {onderwerp}.",
            "[Wij roepen u op dit punt te bespreken.|U kunt tot {datum2} reageren.|Namens {aantal}0 bewoners vragen wij de raad om opheldering.]",
            "?Bijlagen: [de ingediende voorstellen|het overzicht van kandidaten|de handtekeningenlijst].",
            "Met vriendelijke groet, [het bestuur van de VNG|{organisatie}|namens de bewoners, {naam}].",
        ),
        ("Ingekomen stuk",),
    ),
    Family(
        "infocat007",
        "007e",
        (
            "Kamerstuk {jaar}-{nr}: nota naar aanleiding van het verslag",
            "Verslag van een schriftelijk overleg over {onderwerp}",
        ),
        ("kst-{nr}{huisnummer}-{nr}", "verslag-so-{jaar}"),
        (
            "{nr}{huisnummer} [Wijziging van de Gemeentewet|Voorstel van wet] in verband met {onderwerp}",
            "Nr. {nr} [NOTA NAAR AANLEIDING VAN HET VERSLAG|VERSLAG VAN EEN SCHRIFTELIJK OVERLEG|VERSLAG]. Vastgesteld {datum}.",
            "De vaste commissie voor [Binnenlandse Zaken|Justitie en Veiligheid|Volkshuisvesting] heeft [de regering enkele vragen voorgelegd|kennisgenomen van het wetsvoorstel]. De leden van de fracties van [VVD|CDA|GroenLinks-PvdA|D66] stellen nog vragen.",
            "?Met belangstelling heb ik kennisgenomen van het verslag. Hieronder ga ik, mede namens de minister van [Financiën|Justitie en Veiligheid], in op de gestelde vragen.",
            "De griffier van de commissie, {naam}.",
        ),
        ("Kamerstuk",),
    ),
    Family(
        "infocat008",
        "008e",
        (
            "Notulen openbare vergadering gemeenteraad {datum}",
            "Besluitenlijst van de gemeenteraad {datum}",
            "Agenda raadsvergadering {datum}",
        ),
        ("notulen-raad-{jaar}", "besluitenlijst-raad-{nr}", "agenda-raad-{jaar}-{nr}"),
        (
            "[Notulen van de openbare vergadering|Besluitenlijst van de vergadering|Agenda van de vergadering] van de raad van de gemeente {gemeente}, gehouden op {datum}, aanvang {uur} uur. Voorzitter: burgemeester {naam}. Griffier: {naam2}.",
            "Aanwezig: {aantal} raadsleden van de fracties [VVD, CDA en lokale partijen|GroenLinks, PvdA en D66|alle fracties]. [Afwezig met kennisgeving: één raadslid.|Er zijn geen afmeldingen.]",
            "1. Opening en vaststellen van de agenda. [De agenda wordt ongewijzigd vastgesteld.|De agenda wordt gewijzigd vastgesteld; een motie vreemd aan de orde wordt toegevoegd.] 2. Vaststellen besluitenlijst van de vorige raadsvergadering. 3. Lijst van ingekomen stukken: afgedaan volgens het voorstel.",
            "4. Raadsvoorstel {onderwerp}. Besluit: [de raad stemt unaniem in met het voorstel|het voorstel wordt aangenomen met {aantal} stemmen voor|het voorstel wordt aangehouden]. [Een amendement van de fractie wordt verworpen.|Er zijn geen stemverklaringen.]",
            "?5. Vragenuur. Raadslid {naam2} stelt vragen over {onderwerp2}; de wethouder antwoordt.",
            "Sluiting om [22.15|23.05|21.40] uur. Vastgesteld in de raadsvergadering van {datum2}. De griffier, de voorzitter.",
        ),
        ("Besluitenlijst raad", "Vergaderstuk raad"),
    ),
    Family(
        "infocat008",
        "008f",
        (
            "Beantwoording schriftelijke vragen fractie over {onderwerp}",
            "Antwoord op artikel [33|40|42]-vragen {onderwerp}",
        ),
        ("beantwoording-vragen-{kenmerk}", "raadsvragen-{jaar}"),
        (
            "Aan de raadsfractie van [een lokale partij|de SP|het CDA|GroenLinks], t.a.v. {naam}. Datum: {datum}. Onderwerp: beantwoording vragen ex artikel [33|40|42] Reglement van Orde.",
            "Geachte heer, mevrouw, Op {datum2} stelde uw fractie schriftelijke vragen over {onderwerp}. Hieronder leest u onze antwoorden; wij sturen een afschrift aan de hele raad.",
            "Vraag 1: Is het college bekend met [de situatie|de klachten van omwonenden|het bericht in de krant]? Antwoord: Ja. [Wij hebben hierover contact met de betrokkenen.|Wij volgen de ontwikkelingen op de voet.]",
            "?Vraag 2: Wanneer informeert u de raad? Antwoord: in de eerstvolgende raadsinformatiebrief.",
            "Hoogachtend, het college van burgemeester en wethouders, de secretaris, de burgemeester.",
        ),
        ("Vergaderstuk raad",),
    ),
    Family(
        "infocat008",
        "008g",
        ("Statenvoorstel {onderwerp}", "Voorstel aan het algemeen bestuur: {onderwerp}"),
        ("statenvoorstel-{nr}", "voorstel-ab-{kenmerk}"),
        (
            "[Aan Provinciale Staten|Aan het algemeen bestuur]. Vergadering: {datum}. Agendapunt: {nr}. Onderwerp: {onderwerp}. Behandelend ambtenaar: {naam}.",
            "Aanleiding en bevoegdheid: door [nieuwe wetgeving|een uitspraak van de rechter|een wijziging van de regeling] moeten [twee|drie] [verordeningen|regelingen] worden aangepast. Het vaststellen daarvan is een bevoegdheid van [Staten|het algemeen bestuur].",
            "Korte samenvatting: [de beslistermijnen worden korter|de tarieven worden geïndexeerd|de begroting wordt gewijzigd]. Voorgesteld besluit: de bijgevoegde wijziging vast te stellen.",
            "?Financiële gevolgen: [geen|beperkt, binnen de begroting].",
            "[Gedeputeerde Staten|Het dagelijks bestuur], de voorzitter, de secretaris.",
        ),
        ("Raadsvoorstel", "Vergaderstuk raad"),
    ),
    Family(
        "infocat009",
        "009e",
        (
            "College van B&W {datum}",
            "Openbaar verslag vergadering Gedeputeerde Staten {datum}",
        ),
        ("college-bw-{jaar}-{nr}", "gs-verslag-{jaar}"),
        (
            "[College van burgemeester en wethouders|Vergadering Gedeputeerde Staten] [dinsdag|woensdag] {datum}, {uur} uur. Voorzitter: {naam}. Agendapunten.",
            "1. Vaststellen [besluitenlijst|verslag] vorige vergadering. Besluit: ongewijzigd vastgesteld.",
            "2. {onderwerp}. Samenvatting: [het college heeft een onderzoek laten uitvoeren|de werkgroep heeft een plan opgesteld|er ligt een voorstel van de portefeuillehouder]. Voorgesteld besluit: 1. kennis te nemen van [de rapportage|het plan]; 2. de raad te informeren met een raadsinformatiebrief.",
            "3. {onderwerp2}. [Het college besluit conform.|Gedeputeerde Staten besluiten het plan vast te stellen en een statenbrief te sturen.]",
            "?4. Portefeuilleverdeling: [de wethouder|de gedeputeerde] draagt een onderdeel over aan een collega. Besluit: akkoord.",
        ),
        ("Besluitenlijst B&W", "Agenda college"),
    ),
    Family(
        "infocat010",
        "010e",
        (
            "Advies Afdeling advisering Raad van State over {onderwerp}",
            "Advies [adviescollege|Raad voor het Openbaar Bestuur] inzake {onderwerp}",
        ),
        ("advies-rvs-{kenmerk}", "advies-{jaar}-{nr}"),
        (
            "Bij [brief|kabinetsmissive] van {datum} is het voorstel over {onderwerp} ter advisering voorgelegd aan [de Afdeling advisering van de Raad van State|het adviescollege|de adviesraad].",
            "Het voorstel beoogt [procedures te versnellen|de uitvoering te vereenvoudigen|gemeenten meer ruimte te geven]. [De Afdeling|Het college van advies|De raad] onderschrijft het doel, maar maakt een aantal opmerkingen.",
            "[De Afdeling|Het adviescollege] adviseert [het voorstel aan te passen|de toelichting aan te vullen|eerst de gevolgen voor de uitvoering in kaart te brengen] voordat het wordt vastgesteld.",
            "?Samenvatting van het advies: [dragende motivering ontbreekt|de verhouding tot {wet} is onduidelijk].",
            "[De vice-president|De voorzitter], {naam}.",
        ),
        ("Advies",),
    ),
    Family(
        "infocat012",
        "012e",
        (
            "Uitvoeringsprogramma {onderwerp} {jaar}",
            "Jaarprogramma [VTH|toezicht en handhaving] {jaar}",
        ),
        ("uitvoeringsprogramma-{jaar}", "jaarprogramma-{nr}"),
        (
            "Uitvoeringsprogramma {jaar}, gemeente {gemeente}. Dit programma beschrijft welke taken wij dit jaar uitvoeren, met welke prioriteit en met hoeveel capaciteit.",
            "Inhoud: inleiding; beschikbare en benodigde capaciteit; vergunningverlening per activiteit; toezicht [op bouwen|op evenementen|op milieu]; handhaving en sanctiestrategie.",
            "Per taak staat hoeveel uren er beschikbaar zijn. [Er is een tekort van {aantal}0 uur; daarom krijgen risicovolle taken voorrang.|De capaciteit is voldoende voor de geplande taken.]",
            "?Over de uitvoering rapporteren wij in het jaarverslag over {jaar}.",
            "Vastgesteld door het college op {datum}.",
        ),
        ("Jaarplan",),
    ),
    Family(
        "infocat012",
        "012f",
        ("Jaarstukken {vorigjaar}: leeswijzer", "Jaarverslag {vorigjaar}: inleiding"),
        ("jaarstukken-{vorigjaar}", "leeswijzer-{vorigjaar}"),
        (
            "Geachte raad, Met de jaarstukken {vorigjaar} legt het college verantwoording af over de uitvoering van de begroting. De jaarstukken bestaan uit het jaarverslag en de jaarrekening.",
            "Per programma beantwoorden wij drie vragen: wat wilden we bereiken, wat hebben we daarvoor gedaan en wat heeft het gekost? Grote afwijkingen lichten wij toe.",
            "De jaarrekening bevat de balans, het overzicht van baten en lasten en de toelichting. [De accountant heeft een goedkeurende verklaring afgegeven.|De controle van de accountant loopt nog.]",
            "?Leeswijzer: via de knop Programma's gaat u direct naar een hoofdstuk.",
            "De raad stelt de jaarstukken vóór 15 juli vast.",
        ),
        ("Jaarverslag", "Jaarstukken"),
    ),
    Family(
        "infocat017",
        "017e",
        (
            "Rapport ombudsman: {onderwerp}",
            "Samenvatting behandelde klacht {kenmerk}",
        ),
        ("rapport-ombudsman-{kenmerk}", "behandelde-klacht-{nr}"),
        (
            "[Rapport|Samenvatting] van de [gemeentelijke ombudsman|Nationale ombudsman|ombudscommissie] over een klacht betreffende [het college van burgemeester en wethouders|de afdeling Sociaal Domein|een uitvoeringsorganisatie] van {gemeente}.",
            "Verzoeker klaagt erover dat [de gemeente niet reageerde op zijn brieven|hij niet werd gehoord voordat een besluit viel|een medewerker hem onheus bejegende]. Verzoeker had zich eerst tot de gemeente gewend; daarna kon de ombudsman de klacht onderzoeken.",
            "Bevindingen: [de gemeente erkent dat de communicatie beter had gekund|uit de stukken blijkt dat verzoeker wel is geïnformeerd|de maatregel was niet evenredig].",
            "Oordeel: de ombudsman vindt de klacht [gegrond|niet gegrond|gedeeltelijk gegrond]. De gemeente heeft [in strijd|niet in strijd] gehandeld met de behoorlijkheidsnorm [goede motivering|evenredigheid|betrouwbaarheid].",
            "?Aanbeveling: [bied excuses aan|leg de werkwijze vast|informeer inwoners eerder].",
        ),
        ("Klachtoordeel", "Rapport ombudsman"),
    ),
    Family(
        NONE_LABEL,
        "geen-e",
        ("Vacature {onderwerp}", "Inhuuropdracht adviseur {onderwerp}"),
        ("vacature-{nr}", "inhuuropdracht-{kenmerk}"),
        (
            "De gemeente {gemeente} zoekt een [beleidsmedewerker|projectleider|adviseur|beleidsondersteuner] voor {onderwerp}. Uren per week: [32-36|28-36|36]. Salaris: schaal [10|11|12].",
            "Wat ga je doen? Je [bereidt het portefeuillehoudersoverleg voor|organiseert de verkiezingen|adviseert het bestuur over de voortgang|begeleidt planologische procedures] en werkt samen met collega's van andere teams.",
            "Wat vragen wij? HBO- of WO-denkniveau, ervaring bij een gemeente en kennis van [de Omgevingswet|de Kieswet|het sociaal domein|projectmatig werken].",
            "?Wat bieden wij? Een afwisselende baan, thuiswerken in overleg en een reiskostenvergoeding.",
            "Solliciteren kan tot {datum} via het werkenbij-portaal. Vragen? Bel {naam}, recruiter.",
        ),
        ("Webpagina",),
        share=0.2,
    ),
    Family(
        NONE_LABEL,
        "geen-f",
        (
            "Raadsleden kritisch over {onderwerp}",
            "Column: brieven aan de raad",
            "Nieuws uit {gemeente}",
        ),
        ("nieuws-{kenmerk}", "column-{jaar}"),
        (
            "{gemeente} – [Raadsleden van twee fracties zijn|Een bewonersgroep is|De oppositie is] niet te spreken over {onderwerp}, zo blijkt uit [vragen die deze week aan het college zijn gesteld|een brief die de redactie in handen heeft|de discussie in de raadszaal].",
            "Volgens de [fracties|bewoners|critici] had de gemeente [inwoners eerder moeten informeren|een andere toon moeten kiezen|de kosten beter moeten ramen]. De wethouder laat weten [in gesprek te gaan met de betrokkenen|het dossier opnieuw te bekijken|de raad binnenkort te informeren].",
            "?Eerder dit jaar [stond het onderwerp ook op de agenda|vroeg de fractie om een debat|werd een petitie aangeboden].",
            "[Door {naam}.|Bron: redactie, {datum}.|Reageren? Mail de redactie.]",
        ),
        ("Nieuwsbericht",),
        share=0.2,
    ),
    Family(
        NONE_LABEL,
        "geen-g",
        (
            "Bezwaar maken tegen een besluit",
            "[Boom kappen|Evenement organiseren|Verbouwen]: zo werkt het",
        ),
        ("product-{nr}", "bezwaar-maken"),
        (
            "Bent u het niet eens met een besluit van de gemeente, bijvoorbeeld over [een vergunning|een uitkering|een boete]? Dan kunt u bezwaar maken. Zo gaat dat in zijn werk.",
            "Stap 1: lees het besluit goed. Stap 2: schrijf binnen zes weken waarom u het er niet mee eens bent. Stap 3: de commissie bezwaarschriften nodigt u uit voor een hoorzitting.",
            "Kosten: [aan een bezwaarschrift zijn geen kosten verbonden|de leges bedragen {bedrag}]. Termijn: [wij beslissen meestal binnen twaalf weken|de behandeling duurt acht weken].",
            "?Tip: bel eerst met de behandelaar; soms is een oplossing snel gevonden.",
            "Heeft u vragen? Bel 14 0{nr} of kom langs in het gemeentehuis.",
        ),
        ("Webpagina",),
        share=0.2,
    ),
    Family(
        NONE_LABEL,
        "geen-h",
        ("Uitspraak [rechtbank|Raad van State] {kenmerk}", "ECLI uitspraak {jaar}-{nr}"),
        ("uitspraak-{kenmerk}", "ecli-{jaar}-{nr}"),
        (
            "Uitspraak van [de rechtbank|de Afdeling bestuursrechtspraak van de Raad van State] in het geding tussen [eiser|appellant] en het college van burgemeester en wethouders van {gemeente}. Zaaknummer {kenmerk}. Datum uitspraak {datum}.",
            "Procesverloop. Bij besluit van {datum2} heeft het college [een vergunning geweigerd|een aanvraag afgewezen|een last onder dwangsom opgelegd]. Het bezwaar daartegen is ongegrond verklaard. Daartegen is beroep ingesteld.",
            "Overwegingen. De rechtbank stelt vast dat het college [het besluit onvoldoende heeft gemotiveerd|de belangen zorgvuldig heeft afgewogen|te laat heeft beslist].",
            "Beslissing. De rechtbank verklaart het beroep [gegrond|ongegrond] [en draagt het college op een nieuw besluit te nemen|en vergoedt het griffierecht niet].",
            "?Tegen deze uitspraak kan hoger beroep worden ingesteld.",
        ),
        ("Uitspraak",),
        share=0.2,
    ),
    Family(
        NONE_LABEL,
        "geen-i",
        ("Overeenkomst van opdracht {onderwerp}", "Conceptovereenkomst dienstverlening {kenmerk}"),
        ("overeenkomst-opdracht-{jaar}", "conceptovereenkomst-{kenmerk}"),
        (
            "Overeenkomst van opdracht. Referentie aanbesteding {kenmerk}. Status: [concept|definitief]. De ondergetekenden: de gemeente {gemeente}, vertegenwoordigd door de burgemeester, hierna: opdrachtgever; en {organisatie}, hierna: opdrachtnemer.",
            "Inhoud: artikel 1 definities; artikel 2 duur van de overeenkomst; artikel 3 uitvoering; artikel 4 tarieven en facturering; artikel 5 aansprakelijkheid en verzekering; artikel 6 ontbinding.",
            "Opdrachtnemer levert [accountantsdiensten|advieswerk|schoonmaakdiensten|ICT-beheer] tegen een uurtarief van {bedrag} exclusief btw. Facturen worden binnen dertig dagen betaald.",
            "?Op deze overeenkomst zijn de algemene inkoopvoorwaarden van de gemeente van toepassing.",
            "Aldus overeengekomen en in tweevoud ondertekend te {gemeente} op {datum}.",
        ),
        ("Overeenkomst",),
        share=0.2,
    ),
)
