"""Sample documents for advice, covenants, reports, decisions, complaints (infocat010-017)
and two internal notes without category cues, meant for the review queue."""

# Long Dutch prose literals are data; wrapping them to 100 columns would only hurt reading.
# ruff: noqa: E501

from __future__ import annotations

from sample_corpus.document import PUBLIC_EMAIL, PUBLIC_IBAN, PUBLIC_PHONE, Doc, dutch_date
from sample_corpus.people import People


def advies_adviesraad_wmo(people: People) -> Doc:
    d = Doc("advies-adviesraad-sociaal-domein-wmo-2025.pdf",
            "Advies Adviesraad Sociaal Domein over de ontwerp-Verordening Wmo 2025", "advies",
            "2024-09-26", "infocat010", people, "Advies")  # fmt: skip
    d.title("Advies over de ontwerp-Verordening maatschappelijke ondersteuning 2025")
    d.table(
        ("Aan", "het college van burgemeester en wethouders van Pijnacker-Nootdorp"),
        ("Van", "Adviesraad Sociaal Domein Pijnacker-Nootdorp"),
        ("Datum", dutch_date(d.creatiedatum)),
        ("Betreft", "uw adviesaanvraag van 20 augustus 2024, kenmerk 2024-0815-SD"),
    )
    d.p(
        "Geacht college,",
        "De Adviesraad dankt u voor de gelegenheid om advies uit te brengen over de "
        "ontwerpverordening. De Adviesraad heeft het ontwerp besproken in zijn vergadering van 12 "
        "september 2024 en daarbij ook ervaringen van inwoners en cliëntorganisaties betrokken.",
    )
    d.h("Advies 1: algemene voorziening huishoudelijke ondersteuning")
    d.p(
        "De Adviesraad kan zich vinden in een algemene voorziening, mits inwoners met een laag "
        "inkomen geen hogere eigen bijdrage gaan betalen dan nu. Wij adviseren een "
        "inkomensafhankelijke korting op te nemen voor huishoudens tot 130 procent van het sociaal "
        "minimum."
    )
    d.h("Advies 2: cliëntondersteuning")
    d.p(
        "Onafhankelijke cliëntondersteuning is nog onvoldoende bekend. De Adviesraad adviseert in "
        "elke beschikking en in elk gesprek actief op deze mogelijkheid te wijzen."
    )
    d.h("Advies 3: evaluatie")
    d.p(
        "De Adviesraad adviseert de evaluatie na twee jaar te laten plaatsvinden in plaats van na "
        "drie jaar, en de Adviesraad daarbij te betrekken.",
        "Met vriendelijke groet, namens de Adviesraad Sociaal Domein, de voorzitter en de secretaris",
    )
    return d


def advies_seniorenraad(people: People) -> Doc:
    d = Doc("advies-seniorenraad-toegankelijkheid-openbare-ruimte.pdf",
            "Advies Seniorenraad over toegankelijkheid van de openbare ruimte", "advies",
            "2024-03-19", "infocat010", people)  # fmt: skip
    d.title("Ongevraagd advies: een toegankelijke openbare ruimte voor ouderen")
    d.p(
        "De Seniorenraad Pijnacker-Nootdorp brengt dit ongevraagde advies uit aan het college naar "
        "aanleiding van signalen van ouderen over obstakels op stoepen, ontbrekende bankjes en "
        "onveilige oversteekplaatsen bij winkelcentra.",
        "Bevindingen: in een schouw met 24 vrijwilligers zijn 187 knelpunten vastgelegd. De meeste "
        "betreffen scheve tegels en te hoge stoepranden bij zebrapaden.",
        "Advies: neem de knelpunten op in het onderhoudsprogramma 2025, plaats om de 250 meter een "
        "rustpunt op looproutes naar voorzieningen en betrek de Seniorenraad bij nieuwe ontwerpen.",
        f"Het advies is besproken met {d.holder('wethouder_ruimte')}, die heeft toegezegd binnen "
        "drie maanden schriftelijk te reageren.",
    )
    return d


def convenant_ondermijning(people: People) -> Doc:
    d = Doc("convenant-aanpak-ondermijning-bedrijventerreinen.pdf",
            "Convenant gezamenlijke aanpak ondermijning op bedrijventerreinen", "convenant",
            "2024-02-14", "infocat011", people, "Convenant")  # fmt: skip
    d.title("Convenant gezamenlijke aanpak ondermijning bedrijventerreinen Pijnacker-Nootdorp")
    d.p(
        "Partijen: de gemeente Pijnacker-Nootdorp, te dezen vertegenwoordigd door "
        f"{d.holder('burgemeester')}; de politie eenheid Den Haag; het Openbaar Ministerie, "
        "arrondissementsparket Den Haag; de Belastingdienst; en de Ondernemersvereniging "
        "Pijnacker-Nootdorp."
    )
    d.h("Overwegingen")
    d.p(
        "Partijen constateren dat criminele activiteiten zich steeds vaker voordoen op "
        "bedrijventerreinen, bijvoorbeeld in de vorm van drugsopslag en fraude met "
        "bedrijfspanden. Een gezamenlijke aanpak is nodig om de weerbaarheid van ondernemers te "
        "vergroten."
    )
    d.h("Afspraken")
    d.bullets(
        "Partijen voeren twee keer per jaar een integrale controle uit op de bedrijventerreinen "
        "Heron en Boezem-Oost.",
        "Partijen delen informatie binnen de kaders van de Algemene verordening gegevensbescherming "
        "en het RIEC-convenant Haaglanden.",
        "De gemeente stelt een meldpunt in voor signalen van ondernemers.",
        "Het convenant geldt voor vier jaar en wordt na twee jaar geëvalueerd.",
    )
    d.p("Aldus overeengekomen en ondertekend te Pijnacker op 14 februari 2024.")
    return d


def convenant_warmte(people: People) -> Doc:
    d = Doc("convenant-duurzame-warmte-nootdorp.docx",
            "Convenant duurzame warmte Nootdorp-Centrum", "convenant", "2024-06-11", "infocat011",
            people)  # fmt: skip
    d.title("Convenant duurzame warmte Nootdorp-Centrum")
    d.p(
        "De gemeente Pijnacker-Nootdorp, woningcorporatie Vidomes, de Energiecoöperatie Nootdorp en "
        "netbeheerder Stedin spreken af samen te werken aan een aardgasvrij Nootdorp-Centrum. De "
        f"gemeente wordt vertegenwoordigd door {d.holder('wethouder_duurzaam')}.",
        "Partijen onderzoeken in 2024 en 2025 de haalbaarheid van een collectief warmtenet met "
        "aquathermie uit de Dobbeplas. De kosten van het onderzoek worden gelijk verdeeld. Inwoners "
        "worden geïnformeerd via bewonersavonden en de gemeentelijke website.",
        "Dit convenant treedt in werking op de dag na ondertekening en eindigt op 31 december 2026.",
    )
    return d


def jaarverslag_bezwaarschriften(people: People) -> Doc:
    d = Doc("jaarverslag-commissie-bezwaarschriften-2023.pdf",
            "Jaarverslag commissie bezwaarschriften 2023", "jaarverslag", "2024-04-09",
            "infocat012", people, "Jaarverslag")  # fmt: skip
    d.title("Jaarverslag 2023 van de commissie bezwaarschriften")
    d.h("1. Inleiding")
    d.p(
        "De commissie bezwaarschriften adviseert het college, de burgemeester en de raad over "
        "bezwaarschriften tegen hun besluiten. In dit jaarverslag legt de commissie verantwoording "
        "af over het jaar 2023 en doet zij aanbevelingen voor de kwaliteit van de besluitvorming."
    )
    d.h("2. Cijfers")
    d.table(
        ("Ingekomen bezwaarschriften", "412 (2022: 388)"),
        ("Informeel afgehandeld", "156"),
        ("Hoorzittingen", "61"),
        ("Gegrond", "38"),
        ("Ongegrond", "127"),
        ("Niet-ontvankelijk", "49"),
        ("Gemiddelde doorlooptijd", "11,2 weken"),
    )
    d.p(
        "Het aantal bezwaren tegen WOZ-beschikkingen daalde, terwijl bezwaren op het gebied van "
        "de Wmo en jeugdhulp toenamen. Van de gegronde bezwaren had een groot deel betrekking op een "
        "onvoldoende gemotiveerd besluit."
    )
    d.page()
    d.h("3. Aanbevelingen")
    d.bullets(
        "Bel een bezwaarmaker binnen twee weken na ontvangst: ruim een derde van de bezwaren wordt "
        "dan informeel opgelost.",
        "Motiveer besluiten over maatwerkvoorzieningen beter, met verwijzing naar het onderzoek.",
        "Houd de wettelijke beslistermijn beter in het oog; in 14 zaken werd deze overschreden.",
    )
    d.h("4. Samenstelling")
    d.p(
        "De commissie bestond in 2023 uit een voorzitter en vier leden, allen extern. Het "
        "secretariaat werd gevoerd door de afdeling Juridische Zaken. Het jaarverslag is op 9 april "
        f"2024 aangeboden aan het college en aan de raad, ter attentie van de {d.holder('griffier')}."
    )
    return d


def jaarplan_vth(people: People) -> Doc:
    d = Doc("uitvoeringsprogramma-vth-2025.pdf",
            "Uitvoeringsprogramma vergunningverlening, toezicht en handhaving 2025", "jaarplan",
            "2024-12-17", "infocat012", people)  # fmt: skip
    d.title("Uitvoeringsprogramma Vergunningverlening, Toezicht en Handhaving 2025")
    d.p(
        "Dit jaarplan beschrijft welke taken de gemeente in 2025 uitvoert op het gebied van "
        "vergunningverlening, toezicht en handhaving onder de Omgevingswet, en met welke "
        "capaciteit. Het programma is vastgesteld door het college op 17 december 2024.",
        "Prioriteiten 2025: brandveiligheid van zorginstellingen, illegale bewoning van "
        "bedrijfspanden, naleving van de regels voor kamerverhuur, en toezicht op bouwplaatsen in "
        "de wijk Tuindersvelden.",
    )
    d.table(
        ("Vergunningaanvragen (verwacht)", "1.150"),
        ("Controles bouw", "640"),
        ("Controles milieu (via ODH)", "320"),
        ("Handhavingsverzoeken", "90"),
        ("Capaciteit", "23,6 fte"),
    )
    d.p(
        f"Portefeuillehouder: {d.holder('wethouder_ruimte')}; openbare orde: {d.holder('burgemeester')}."
    )
    return d


def subsidieovereenkomst(people: People) -> Doc:
    d = Doc("subsidieovereenkomst-stichting-welzijn-2025.pdf",
            "Subsidieovereenkomst Stichting Welzijn Pijnacker-Nootdorp 2025",
            "subsidieovereenkomst", "2024-12-03", "infocat013", people,
            "Subsidieovereenkomst")  # fmt: skip
    contact = d.person()
    phone, email = d.phone("mobiel_int"), d.email(contact)
    d.title("Subsidieovereenkomst 2025 Stichting Welzijn Pijnacker-Nootdorp")
    d.p(
        "Partijen: 1. de gemeente Pijnacker-Nootdorp, vertegenwoordigd door "
        f"{d.holder('wethouder_sociaal')}; 2. Stichting Welzijn Pijnacker-Nootdorp, ingeschreven in "
        "het Handelsregister onder nummer 27289153.",
        "Artikel 1. De gemeente verstrekt de stichting voor 2025 een subsidie van ten hoogste "
        "€ 1.284.500 voor ouderenwerk, mantelzorgondersteuning, vrijwilligerswerk en "
        "buurtbemiddeling. De subsidie wordt in vier termijnen overgemaakt.",
        "Artikel 2. De stichting levert de prestaties die zijn beschreven in bijlage 1 en "
        "rapporteert halfjaarlijks over de resultaten.",
        "Artikel 3. Deze overeenkomst is een overeenkomst als bedoeld in artikel 4:36 van de "
        "Algemene wet bestuursrecht en treedt in de plaats van een subsidiebeschikking.",
        f"Contactpersoon namens de stichting: {contact.title} {contact.formal}, telefoon {phone}, "
        f"e-mail {email}.",
    )
    return d


def woo_besluit(people: People) -> Doc:
    d = Doc("woo-besluit-2024-017-evenementenvergunningen.pdf",
            "Besluit op Woo-verzoek over evenementenvergunningen 2023", "Woo-besluit",
            "2024-06-18", "infocat014", people, "Woo-besluit")  # fmt: skip
    who, home = d.person(), d.address()
    email = d.email(who)
    d.letterhead(who, home, "WOO-2024-017", "Besluit op uw Woo-verzoek")
    d.p(
        f"Op 2 mei 2024 hebben wij per e-mail ({email}) uw verzoek ontvangen om openbaarmaking van "
        "informatie over de evenementenvergunningen die in 2023 zijn verleend voor het "
        "Dobbeplasfestival. U vraagt om de vergunningen, de adviezen van de veiligheidsregio en de "
        "correspondentie met de organisator.",
        "Besluit: wij maken de gevraagde informatie gedeeltelijk openbaar. Persoonsgegevens van "
        "medewerkers en van derden zijn onleesbaar gemaakt op grond van artikel 5.1, tweede lid, "
        "onder e, van de Woo. Een beveiligingsplan is niet openbaar gemaakt op grond van artikel "
        "5.1, tweede lid, onder d, omdat openbaarmaking de inspectie en het toezicht zou kunnen "
        "schaden.",
        "Wij hebben 37 documenten gevonden. Een overzicht vindt u in de inventarislijst.",
        "Bezwaar: als u het niet eens bent met dit besluit, kunt u binnen zes weken bezwaar maken "
        "bij het college.",
        "Met vriendelijke groet, burgemeester en wethouders van Pijnacker-Nootdorp, namens dezen, "
        "de contactfunctionaris Woo",
    )
    return d


def woo_verzoek(people: People) -> Doc:
    d = Doc("woo-verzoek-2024-023-speeltuinen.docx",
            "Woo-verzoek over de inspectie van speeltoestellen", "Woo-verzoek", "2024-08-05",
            "infocat014", people)  # fmt: skip
    who, home = d.person(), d.address("Nootdorp")
    phone, email = d.phone("mobiel_spaties"), d.email(who)
    d.p(
        f"Van: {who.full} <{email}>",
        f"Aan: {PUBLIC_EMAIL}",
        f"Datum: {dutch_date(d.creatiedatum)}",
        "Onderwerp: Woo-verzoek inspecties speeltoestellen",
        "Geachte heer, mevrouw,",
        "Op grond van de Wet open overheid verzoek ik u om openbaarmaking van alle documenten over "
        "de inspecties van speeltoestellen in de gemeente Pijnacker-Nootdorp in de jaren 2022 en "
        "2023, waaronder de inspectierapporten, de lijsten met afgekeurde toestellen en de "
        "interne correspondentie over de speeltuin aan de Veenweg.",
        "Aanleiding is een ongeluk met een schommel waarbij een kind uit de buurt gewond raakte. Ik "
        "ontvang de documenten graag digitaal.",
        f"Met vriendelijke groet, {who.full}",
        f"{home.street}, {home.postcode} {home.city}",
        f"Telefoon: {phone}",
        f"Mocht u mij moeten identificeren: mijn burgerservicenummer is {d.bsn()}.",
    )
    return d


def rekenkamerrapport(people: People) -> Doc:
    d = Doc("rekenkamerrapport-grip-op-het-sociaal-domein.pdf",
            "Rekenkamerrapport Grip op het sociaal domein", "onderzoeksrapport", "2024-10-01",
            "infocat015", people, "Onderzoeksrapport")  # fmt: skip
    respondent = d.civil_servant()
    d.title("Grip op het sociaal domein: onderzoek van de Rekenkamercommissie Pijnacker-Nootdorp")
    d.h("Samenvatting")
    d.p(
        "De Rekenkamercommissie heeft onderzocht in hoeverre de gemeenteraad grip heeft op de "
        "uitgaven en resultaten in het sociaal domein. Het onderzoek is uitgevoerd tussen januari "
        "en juni 2024 en bestond uit dossieronderzoek, een analyse van de planning-en-controlcyclus "
        "en interviews met raadsleden, ambtenaren en zorgaanbieders."
    )
    d.h("Belangrijkste bevindingen")
    d.bullets(
        "De uitgaven aan jeugdhulp stegen van € 9,8 miljoen in 2020 naar € 14,1 miljoen in 2023.",
        "De begroting bevat weinig meetbare doelen; de raad kan daardoor moeilijk sturen.",
        "Informatie over de effecten van de ondersteuning is beperkt beschikbaar.",
        "De samenwerking met de regio Haaglanden is goed georganiseerd, maar de raad wordt er "
        "weinig over geïnformeerd.",
    )
    d.page()
    d.h("Aanbevelingen aan de raad")
    d.p(
        "1. Vraag het college om per programma drie tot vijf meetbare doelen op te nemen. 2. Laat "
        "twee keer per jaar rapporteren over de ontwikkeling van het aantal cliënten en de kosten. "
        "3. Organiseer jaarlijks een themabijeenkomst over de regionale samenwerking."
    )
    d.h("Verantwoording")
    d.p(
        "Het rapport is in concept voor wederhoor voorgelegd aan het college. De bestuurlijke "
        f"reactie van {d.holder('wethouder_sociaal')} is opgenomen in bijlage 2. De commissie dankt "
        f"alle geïnterviewden, onder wie {respondent.formal} (beleidsadviseur jeugd), voor hun "
        "medewerking.",
    )
    d.page()
    d.h("Bijlage 1: Onderzoeksverantwoording")
    d.p(
        "Er zijn 42 documenten bestudeerd en 16 interviews gehouden. Er is een steekproef van 30 "
        "dossiers getrokken uit 2022 en 2023. De normen zijn ontleend aan de Gemeentewet, het "
        "Besluit begroting en verantwoording en de Financiële verordening Pijnacker-Nootdorp."
    )
    return d


def evaluatie_deelmobiliteit(people: People) -> Doc:
    d = Doc("evaluatie-pilot-deelmobiliteit.pdf",
            "Evaluatie pilot deelmobiliteit 2023-2024", "onderzoeksrapport", "2024-07-30",
            "infocat015", people)  # fmt: skip
    d.title("Evaluatie van de pilot deelmobiliteit in Pijnacker-Nootdorp")
    d.p(
        "In opdracht van het college heeft onderzoeksbureau Mobiliteit & Ruimte de pilot met "
        "deelfietsen en deelauto's bij de stations Pijnacker-Centrum en Pijnacker-Zuid "
        "geëvalueerd. Het onderzoek bevat feitelijke gebruikscijfers en een enquête onder 612 "
        "inwoners.",
        "Resultaten: in de pilotperiode zijn 18.240 ritten gemaakt, waarvan 81 procent met een "
        "deelfiets. 23 procent van de gebruikers geeft aan minder vaak de eigen auto te gebruiken. "
        "Klachten gingen vooral over verkeerd geparkeerde fietsen.",
        "Conclusie: de pilot draagt bij aan de doelen van het mobiliteitsplan. Het bureau "
        "adviseert de pilot om te zetten in een concessie voor vier jaar met vaste "
        "parkeervakken.",
        f"Het rapport is aangeboden aan {d.holder('wethouder_ruimte')}.",
    )
    return d


def omgevingsvergunning(people: People) -> Doc:
    d = Doc("omgevingsvergunning-dakkapel-2024-0412.pdf",
            "Omgevingsvergunning voor het plaatsen van een dakkapel", "beschikking", "2024-05-14",
            "infocat016", people, "Omgevingsvergunning")  # fmt: skip
    who, home = d.person(), d.address("Pijnacker")
    officer = d.civil_servant()
    iban, phone = d.iban(grouped=True), d.phone("vast")
    d.letterhead(who, home, "OLO-2024-0412", "Besluit omgevingsvergunning dakkapel")
    d.p(
        f"Op 18 maart 2024 hebben wij uw aanvraag ontvangen voor een omgevingsvergunning voor het "
        f"plaatsen van een dakkapel op het achterdakvlak van de woning {home.street} te "
        f"{home.city}. Wij hebben besloten de vergunning te verlenen voor de activiteit bouwen.",
        "Overwegingen: het bouwplan past binnen het omgevingsplan en voldoet aan de "
        "welstandscriteria voor dakkapellen. De dakkapel is minder dan 1,75 meter hoog en blijft "
        "ruim binnen de randen van het dakvlak.",
        "Leges: u heeft € 418,00 aan leges betaald. Omdat de aanvraag zonder aanvullende gegevens "
        f"kon worden behandeld, storten wij € 45,00 terug op uw rekening {iban}.",
        f"Heeft u vragen? Neem contact op met {officer.formal}, afdeling Vergunningen, via "
        f"{PUBLIC_PHONE}. Wij hebben u ook telefonisch bereikt op {phone}.",
        "Bezwaar: belanghebbenden kunnen binnen zes weken na verzending van dit besluit bezwaar "
        "maken.",
        "Burgemeester en wethouders van Pijnacker-Nootdorp, namens dezen, teamleider Vergunningen",
    )
    return d


def kwijtschelding(people: People) -> Doc:
    d = Doc("beschikking-kwijtschelding-gemeentelijke-belastingen.pdf",
            "Beschikking op verzoek om kwijtschelding gemeentelijke belastingen", "beschikking",
            "2024-04-16", "infocat016", people)  # fmt: skip
    who, home = d.person(), d.address()
    bsn, iban = d.bsn(), d.iban(grouped=False)
    phone = d.phone("vast_kort")
    d.letterhead(who, home, "KWS-2024-1187", "Uw verzoek om kwijtschelding")
    d.table(
        ("Burgerservicenummer", bsn),
        ("Aanslagnummer", "2024.0031.7745"),
        ("Belastingjaar", "2024"),
    )
    d.p(
        "U heeft ons gevraagd om kwijtschelding van de afvalstoffenheffing en de rioolheffing over "
        "2024. Wij hebben uw inkomen en uitgaven beoordeeld volgens de Uitvoeringsregeling "
        "Invorderingswet 1990.",
        "Besluit: wij verlenen u volledige kwijtschelding van € 512,36. U hoeft niets meer te "
        f"betalen. Het bedrag dat al via automatische incasso van rekening {iban} is afgeschreven, "
        "wordt binnen vier weken teruggestort.",
        f"Wij hebben uw telefoonnummer {phone} genoteerd voor eventuele vragen.",
        "Betalingen aan de gemeente zonder incasso kunnen worden gedaan op rekening "
        f"{PUBLIC_IBAN} ten name van gemeente Pijnacker-Nootdorp.",
        "Beroep: bent u het niet eens met deze beslissing, dan kunt u binnen zes weken "
        "administratief beroep instellen bij de invorderingsambtenaar.",
    )
    return d


def evenementenvergunning(people: People) -> Doc:
    d = Doc("evenementenvergunning-koningsdag-delfgauw-2024.docx",
            "Evenementenvergunning Koningsdag Delfgauw 2024", "beschikking", "2024-03-26",
            "infocat016", people, "Evenementenvergunning")  # fmt: skip
    who, home = d.person(), d.address("Delfgauw")
    phone, email = d.phone("mobiel"), d.email(who)
    d.title("Evenementenvergunning Koningsdag Delfgauw 2024")
    d.p(
        f"De burgemeester van Pijnacker-Nootdorp; gelezen de aanvraag van Oranjevereniging "
        f"Delfgauw, vertegenwoordigd door {who.title} {who.formal}, {home.street}, {home.postcode} "
        f"{home.city}; gelet op artikel 2:25 van de Algemene Plaatselijke Verordening;",
        "besluit: vergunning te verlenen voor het organiseren van de Koningsdagviering op 27 april "
        "2024 van 08.00 tot 18.00 uur op het Kerkplein en de Sportlaan, onder de voorwaarden in de "
        "bijlage.",
        f"Contactpersoon op de dag zelf: {who.formal}, mobiel {phone}, e-mail {email}.",
        "Voorwaarden: de organisator zorgt voor voldoende gecertificeerde verkeersregelaars, EHBO "
        "en afvalinzameling. Geluid mag niet meer bedragen dan 85 dB(A) op de gevel van de "
        "dichtstbijzijnde woning.",
        f"De {d.holder('burgemeester')}",
    )
    return d


def klachtoordeel(people: People, file_name: str, date: str, kenmerk: str, subject: str,
                  judgement: str, story: str, *, with_bsn: bool) -> Doc:  # fmt: skip
    d = Doc(file_name, f"Klachtoordeel {kenmerk}: {subject}", "klachtoordeel", date,
            "infocat017", people, "Klachtafhandeling" if with_bsn else None)  # fmt: skip
    who, home = d.person(), d.address()
    email, phone = d.email(who), d.phone("mobiel_int" if with_bsn else "vast")
    d.letterhead(who, home, kenmerk, f"Afhandeling van uw klacht over {subject}")
    d.p(
        f"Op uw klacht, die wij ontvingen per e-mail van {email}, geven wij hierbij ons oordeel als "
        "bedoeld in artikel 9:12 van de Algemene wet bestuursrecht.",
        f"Uw klacht: {story}",
        f"Wij hebben u gehoord op {dutch_date(date)} en u daarna gebeld op {phone} om het verslag "
        "door te nemen.",
    )
    if with_bsn:
        d.p(
            f"Voor de volledigheid: het dossier is geregistreerd onder uw BSN {d.bsn(dotted=True)}. "
            "De te veel betaalde eigen bijdrage van € 86,40 storten wij terug op uw rekening "
            f"{d.iban()}."
        )
    d.p(
        f"Oordeel: wij achten uw klacht {judgement}. Wij bieden u hiervoor onze excuses aan en "
        "hebben de betrokken afdeling gevraagd de werkwijze aan te passen.",
        "Bent u het niet eens met de afhandeling van uw klacht, dan kunt u zich wenden tot de "
        "Nationale ombudsman.",
        f"Met vriendelijke groet, namens het college, {d.holder('secretaris')}",
    )
    return d


def klachtoordeel_k012(people: People) -> Doc:
    return klachtoordeel(
        people, "klachtoordeel-2024-k012.pdf", "2024-05-07", "K-2024-012",
        "de behandeling van uw Wmo-aanvraag",
        "gegrond",
        "u heeft na uw melding voor huishoudelijke ondersteuning tien weken moeten wachten op een "
        "gesprek en bent in die periode niet geïnformeerd over de voortgang.",
        with_bsn=True,
    )  # fmt: skip


def klachtoordeel_k019(people: People) -> Doc:
    return klachtoordeel(
        people, "klachtoordeel-2024-k019.docx", "2024-08-27", "K-2024-019",
        "het optreden van een handhaver",
        "gedeeltelijk gegrond",
        "een boa heeft u op onvriendelijke toon aangesproken op het uitlaten van uw hond buiten "
        "het losloopgebied in het Balijbos en weigerde zijn dienstnummer te noemen.",
        with_bsn=False,
    )  # fmt: skip


def notitie_planning(people: People) -> Doc:
    d = Doc("notitie-afstemming-planning.docx", "Notitie afstemming planning", "notitie",
            "2024-10-03", None, people)  # fmt: skip
    colleague = d.civil_servant()
    d.title("Notitie afstemming planning")
    d.p(
        "Doel van deze notitie is de planning voor de komende weken op elkaar af te stemmen. "
        "Graag jullie reactie voor vrijdag.",
        "Week 41: concept afronden en rondsturen. Week 42: verwerken opmerkingen. Week 43: "
        "definitieve versie. Week 44: reservetijd in verband met de herfstvakantie.",
        f"Punten voor het overleg: wie neemt het over tijdens de vakantie van {colleague.formal}? "
        "Moet de presentatie nog langs de afdeling Communicatie? Kan de vergaderruimte op de eerste "
        "verdieping worden gereserveerd?",
        "Verder geen bijzonderheden.",
    )
    return d


def aantekeningen_overleg(people: People) -> Doc:
    d = Doc("aantekeningen-overleg-oktober.pdf", "Aantekeningen overleg", "aantekeningen",
            "2024-10-09", None, people)  # fmt: skip
    who = d.civil_servant()
    phone = d.phone("mobiel")
    d.title("Aantekeningen overleg 9 oktober")
    d.p(
        f"Aanwezig: projectgroep. Notulist: {who.formal} (bereikbaar op {phone}).",
        "1. Stand van zaken: de meeste acties van vorige keer zijn afgerond. Twee acties lopen nog "
        "en worden doorgeschoven.",
        "2. Taakverdeling: het opstellen van de tekst wordt verdeeld over drie mensen; de eindredactie "
        "ligt bij de trekker.",
        "3. Volgende keer: over drie weken, zelfde tijd. Iedereen neemt zijn laptop mee.",
    )
    return d


TEXTS = [
    advies_adviesraad_wmo, advies_seniorenraad, convenant_ondermijning, convenant_warmte,
    jaarverslag_bezwaarschriften, jaarplan_vth, subsidieovereenkomst, woo_besluit, woo_verzoek,
    rekenkamerrapport, evaluatie_deelmobiliteit, omgevingsvergunning, kwijtschelding,
    evenementenvergunning, klachtoordeel_k012, klachtoordeel_k019, notitie_planning,
    aantekeningen_overleg,
]  # fmt: skip
