"""Phrases that reveal special personal data (art. 5.1.1d Woo): health, religion, criminal
record, ethnicity, sexual orientation, political or union membership, biometrics.

A hit is flagged, never decided alone: a document with special data always waits for a person.

Two kinds of rule live side by side. Words that (almost) only occur when a document says
something about a person are matched bare: "fibromyalgie", "taakstraf", "flikkers".
Words that are just as often a policy topic (an infectious disease in a GGD plan, a rolstoel in
an accessibility paragraph, the huisarts in a referral scheme, "blowen" in the APV) are matched
only in a personal frame: a possessive ("haar rollator"), a subject ("hij blowt"), a verb of
having or suffering ("heeft tuberculose"), an appointment ("afspraak bij de huisarts").
Suffix families ("-ose", "-itis", "-ziekte", "-syndroom", "-ontsteking") are matched in lower
case, so a first name like Rose stays a name, and the few ordinary words with that ending (a
diagnose of the sewers, the iepziekte of the trees) are listed as exceptions.
"""

from __future__ import annotations

import re

from publicatie.animals import SPECIES
from publicatie.patterns import Hit

__all__ = ["find_special"]

# the national parties; membership says something about a person's political opinion
_NATIONAL_PARTIES = (
    r"VVD|CDA|D66|GroenLinks(?:-PvdA)?|PvdA|SP|ChristenUnie|SGP|PVV|PvdD|Partij voor de Dieren|"
    r"JA21|BBB|Volt|DENK|50PLUS|FvD|Forum voor Democratie|NSC|Nieuw Sociaal Contract"
)
# whom a phrase is about: "zijn rollator", "hij blowt"
_POSSESSIVE = r"(?:zijn|haar|mijn|hun|uw|je|jouw|diens)"
_PERSON = r"(?:ik|hij|zij|ze|u|jij|je|wij|we)"

# Diseases of the suffix families whose name is an ordinary word, or a policy topic.
_NOT_A_CONDITION = (
    r"diagnose|prognose|metamorfose|symbiose|osmose|apotheose|glucose|fructose|lactose|sucrose|"
    r"dextrose|maltose|cellulose|viscose|tuberculose|hepatitis|meningitis|virtuose|tuberose|"
    # English words in a Dutch document
    r"purpose|choose|expose|suppose|propose|dispose|compose|verbose|grandiose|bellicose|morose"
)
# "-ziekte" of animals, trees and crops, and the public-health words
_NOT_A_PERSONS_ILLNESS = (
    r"kinder|dier|dieren|plant|planten|iep|iepen|boom|bomen|gewas|vis|vissen|bijen|varkens|"
    r"vogel|paarden|runder|pluimvee|infectie|volks|welvaarts|bollen|aardappel|kastanje|"
    r"meldingsplichtige|legionella|legionairs|veteranen"
)
# infectious diseases are a policy topic of the GGD: only in a personal frame
_INFECTION = (
    r"tuberculose|(?-i:tbc)|corona|covid(?:-19)?|hepatitis(?: [a-e])?|mazelen|kinkhoest|"
    r"legionella|legionairsziekte|veteranenziekte|longontsteking|soa|chlamydia|syfilis|gordelroos|"
    r"schurft"
)
# a body part or function with complaints: "rugklachten", "maagproblemen", "hoofdpijn"
_BODY = (
    r"rug|nek|hart|long|maag|darm|buik|gewricht|knie|heup|schouder|spier|zenuw|adem|"
    r"ademhalings|bekken|been|voet|enkel|pols|nier|lever|blaas|slaap|concentratie|angst|stress|"
    r"spannings|paniek|hart-en-vaat|hartritme"
)
# Bones a person breaks, as an injury report names them.
_BONE = (
    r"sleutelbeen|arm|been|pols|enkel|heup|rib|ribben|neus|kaak|teen|tenen|vinger|vingers|"
    r"elleboog|knie|knieschijf|schouder|bovenarm|onderarm|dijbeen|scheenbeen|kuitbeen|"
    r"bekken|wervel|schedel|jukbeen|hand|voet|middenvoetsbeentje|middenhandsbeentje"
)
# an organ that works badly: "haar nieren werken niet goed" (not the rug: "achter zijn rug")
_ORGAN = (
    r"lever|nieren|nier|hart|longen|long|maag|darmen|knie|knieën|heup|ogen|oren|gehoor|"
    r"geheugen|benen|gewrichten"
)
# groups named in a slur or in "jullie ...": says the person is taken to belong to one
_GROUP = (
    r"Turken|Turk|Marokkanen|Marokkaan|buitenlanders|buitenlander|allochtonen|allochtoon|Polen|"
    r"Surinamers|Surinamer|Antillianen|Antilliaan|negers|neger|zwarten|Afrikanen|moslims|"
    r"joden|jood|zigeuners|zigeuner|Roemenen|Bulgaren|asielzoekers|Syriërs|Somaliërs|"
    r"Eritreeërs|Molukkers|Chinezen|Aziaten|Arabieren|bruinen"
)
_HOMELAND = (
    r"(?:je|jullie|zijn|haar|hun) (?:eigen )?land|(?:de )?Molukken|Marokko|Turkije|Suriname|"
    r"(?:de )?Antillen|Curaçao|Afrika|Azië|Polen|Syrië|Irak|Iran|Afghanistan|Somalië|Eritrea|"
    r"Indonesië|China|Roemenië|Bulgarije|Ghana|Nigeria|Oekraïne|Rusland|Pakistan|India"
)

_SPECIAL = {
    "gezondheid": (
        # the diagnosis of a sewer or a budget is not a person's
        r"lijdt aan|leed aan|gediagnosticeerd|diagnose(?! van (?:de|het|dit|deze) )|ziektebeeld|"
        r"chronisch ziek|ernstig ziek|terminaal ziek|langdurig ziek|ziek gemeld|ziekgemeld|"
        r"ziekte van (?-i:[A-Z])\w+|opgenomen in (?:het|een) (?:ziekenhuis|psychiatrisch)|"
        r"psychische (?:klachten|problemen)|psychiatrisch|psychose|depressie|"
        r"depressief|burn-?out|verslaafd|verslaving|verslavingszorg|alcoholisme|zwanger|"
        r"zwangerschap|zwangerschapsverlof|bevallingsverlof|miskraam|arbeidsongeschikt|"
        # "medische gegevens" names a category (a heading, a ground for refusal), says nothing
        # ("een medische indicatie" is a scheme's condition in policy and answers: in none of
        # the thirteen places of the hand-written sets a person's health); nor do "medische
        # verklaring", "medische situatie" or "medische redenen" by themselves, a form's field
        # or a permit's condition (a person's health in 6 of 43 places, each also by a word
        # that says what: "COPD", "rolstoel")
        r"gezondheidsklachten|gezondheidsproblemen|ggz-behandeling|ziekteverzuim|hiv|kanker|"
        r"dementie|alzheimer|parkinson|multiple sclerose|epilepsie|diabetes|copd|astma|reuma|"
        r"autisme|adhd|herseninfarct|hartinfarct|beroerte|verlamming|verlamd|slechtziend|blind|"
        r"slechthorend|doof|in een rolstoel|rolstoelgebonden|(?:posttraumatische )?stressstoornis|"
        r"ptss(?:-\w+)?|angststoornis|persoonlijkheidsstoornis|eetstoornis|suïcidaal|zelfmoordpoging|"
        # ... and its inflections and neighbours: "suïcidale gedachten", "een depressieve
        # klacht", "problemen heeft met alcohol", "een angstbehandeling" (not "zich gesneden":
        # on the glass in a playground too; not "verantwoord alcoholgebruik", a bar's course)
        r"suïcidale (?:gedachten|neigingen|uitingen)|depressieve (?:klachten|klacht|episode|"
        r"stemming|gevoelens)|zelfbeschadiging|automutilatie|"
        r"problemen (?:heeft |had |hebben )?met (?:alcohol|drugs|drank)|"
        r"(?<!verantwoord )alcoholgebruik|"
        r"angstbehandeling|traumabehandeling|"
        # hundred-and-third round, after the longer phrases above: suicide, an eating disorder, a
        # trauma ("oorlogstrauma", "traumaklachten"; not the "traumaheli" or a "traumacentrum")
        r"suïcid\w*|zelfdoding|zelfmoord\w*|anorexia|boulimia|"
        r"(?-i:(?<!\w)(?:[a-z]*trauma(?:'s)?|traumaklachten|getraumatiseerd)\b)|"
        r"heupoperatie|knieoperatie|hartoperatie|geopereerd|medicatie|medicijngebruik|"
        r"longarts|neuroloog|psychiater|psycholoog|oncoloog|cardioloog|reumatoloog|"
        # (not an occupational therapist, "ergotherapeut", "Ergotherapie Drenthe": the one who
        # advises on a home's adaptation or an aid, named in nearly every Wmo file)
        r"revalidatiecentrum|\w*revalidatie|fysiotherapie|fysiotherapeut|logopedie|"
        # ... and conditions, treatments and aids that the sets' writers marked wherever they
        # stood: "spina bifida", "incontinent", "slikt Ritalin", "een astma-aanval", "katheter"
        # (not "incontinentie" and "incontinentiemateriaal": also a kind of waste in a scheme)
        r"spina bifida|incontinent|ritalin|astma-aanval(?:len)?|katheter|"
        r"keizersnede|hartaandoening(?:en)?|euthanasie|"
        r"chemotherapie|bestraling|dialyse|valrisico|tandheelkundige (?:zorg|behandeling)|"
        r"medisch noodzakelijk|medische noodzaak|gehandicapt|"
        # having the card says something about the holder; the card's name alone does not
        r"(?:heeft|hebben|heb|kreeg|krijgt|bezit)[ \t]+(?:al[ \t]+)?(?:een[ \t]+)?"
        r"gehandicaptenparkeerkaart|"
        r"lichamelijke beperking|verstandelijke beperking|"
        # addiction and mental health, also in everyday words
        r"\w*verslaving(?:s(?:kliniek|arts|problemen|problematiek))?|\w*verslaafd(?: aan)?|"
        # a stay in a women's shelter: "acht weken in de vrouwenopvang gezeten" (not a scheme's
        # "uitstroom vrouwenopvang")
        r"(?:in|uit|van|naar) de vrouwenopvang|"
        r"afkickkliniek|afkicken|ontwenningskliniek|"
        r"\w*psychiater|\w*psycholoog|psychisch\w*|ggz|\w*stoornis(?:sen)?|"
        r"(?:paniek|angst|woede)aanval(?:len)?|hyperventila\w+|nachtmerries|nachtmerrie|"
        r"antidepressiva|antipsychotica|slaapmiddelen|kalmeringsmiddelen|"
        r"(?:'s nachts |erg |vaak |soms )?verward(?:heid)?|vergeetachtig\w*|geheugenproblemen|"
        r"geheugen\w*poli\w*|polikliniek|"
        r"(?:huis)?arts heeft (?:hem|haar|mij|hen|ons) doorverwezen|onder behandeling|"
        # (not "de verklaring van de huisarts": a paper among an application's attachments)
        r"verklaring van (?:de|haar|zijn|hun|een) (?:behandelaar|arts|specialist)|"
        # a limitation in plain words
        r"(?:lukt|kan|gaat) (?:\w+ )?niet meer zelfstandig|niet meer zelfstandig|"
        r"niet meer dan (?:ongeveer |zo'n )?\d+ meter (?:lopen|wandelen)|"
        r"(?:twee|drie|een paar|meerdere|vaak|vaker) keer gevallen|"
        r"valt (?:de laatste (?:tijd|weken|maanden) )?(?:vaak|vaker|regelmatig)|"
        r"val ik (?:makkelijk|snel|vaak)|valt (?:hij|zij|ze) (?:makkelijk|snel|vaak)|"
        r"afgekeurd(?: voor (?:zijn|haar) werk)?|(?:met )?veel pijn|chronische pijn|"
        r"(?-i:MS)|"
        # a medicine with its dose, as a pharmacy's print or a care plan lists it ("CLOZAPINE
        # 100MG TABLET", "metoprolol 50 mg"); not a concentration ("nitraat 50 mg/l")
        r"(?!(?:maximaal|minimaal|ongeveer|totaal|circa|dosis|hooguit)\b)[a-z]{5,}[ \t]+"
        r"\d+(?:[.,]\d+)?[ \t]?(?:mg|mcg|µg|microgram)\b(?![ \t]*/)"
        r"(?:[ \t]+(?:tablet|tabletten|capsule|capsules|zetpil|zetpillen|dragee|pleister)\b)?|"
        # named conditions that are hardly ever a policy topic
        r"fibromyalgie|migraine\w*|hoofdpijn|tinnitus|prednison|"
        # a person's vaccination status (a GGD record; "vaccinatiegraad" is the policy word)
        r"niet gevaccineerd|ongevaccineerd|(?-i:[a-z]*transplantatie)|rolstoelafhankelijk|"
        r"hernia|rughernia|hernia-?operatie|hartfalen|nierfalen|leverfalen|hersenbloeding|"
        # fertility treatment; a syndrome after a letter and a hyphen ("Q-koortsvermoeidheids-
        # syndroom")
        r"ivf(?:-traject|-behandeling)?|(?-i:[A-Z])-[a-z]{3,}syndroom|"
        # a reduced capacity to work by its share
        r"\d{1,3}[ \t]*%[ \t]+(?:arbeidsongeschikt|inzetbaar|belastbaar)|"
        r"hersenletsel|(?-i:NAH|CVA)|tumor|leukemie|long ?covid|hoge bloeddruk|"
        r"trombose|hartkwaal|emfyseem|longemfyseem|jicht|spierdystrofie|coeliakie|"
        r"dyslexie|dyscalculie|zwakbegaafd|verstandelijk beperkt|overspannenheid|"
        # a housing market is "overspannen" too: only a person who is
        r"(?:hij|zij|ik) (?:is|was|ben|raakte|raakt|zit) (?:\w+ )?overspannen|overspannen thuis|"
        r"(?:voedsel)?allergie|chronisch vermoeidheidssyndroom|syndroom van (?-i:[A-Z])\w+|"
        r"(?-i:[a-z]{3,}syndroom)|aan de zuurstof|zuurstofapparaat|"
        # a disease by its suffix, lower case: "artrose", "bronchitis", "longziekte"
        rf"(?!(?:{_NOT_A_CONDITION})(?![\w-]))"
        r"(?-i:[a-zà-ÿ]{4,}(?:ose|itis))|"
        rf"(?!(?:{_NOT_A_PERSONS_ILLNESS})ziekte)(?-i:[a-z]{{3,}}ziekte)|"
        rf"(?-i:[a-z]+ontsteking)|(?:{_BODY})(?:klachten|pijn|problemen|letsel)|"
        rf"pijn (?:in|aan) (?:{_POSSESSIVE}|de|het) (?:{_ORGAN}|rug|schouder|nek|pols|enkel|voet)|"
        rf"{_POSSESSIVE} (?:{_ORGAN})(?: \w+)?? (?:is |zijn |werkt |werken |gaat |gaan )?"
        r"(?:niet (?:meer )?goed|slecht|achteruit|kapot|beschadigd)|"
        # infectious disease, treatment and tests of a person
        rf"(?:heeft|had|heb|hebt|hebben|kreeg|lijdt aan|besmet met|ziek door|overleden aan)"
        rf" (?:(?:een|ernstige?|zware|lichte|latente|actieve|open) ){{0,2}}(?:{_INFECTION})|"
        r"positief getest|(?:is|zijn|was|waren) bij (?:u|hem|haar|mij|jou) positief|"
        r"(?:u|hij|zij|ik) (?:bent |ben |is |was |werd |raakte )?besmet(?! met (?:grond|asbest))|"
        r"latente [\w-]*infectie|bloed (?:laten )?prikken|bloedonderzoek|bloedwaarden|"
        # antibiotics in livestock farming are a policy topic; a course of them is a person's
        r"(?:behandeling|kuur) met antibiotica|antibioticakuur|"
        r"antibiotica (?:slikken|gebruiken|nemen|krijgen)|"
        r"insuline\w*|chemo(?:kuur|kuren)?|morfine|dialyse\w*|dialyseert|"
        r"(?:overleden|gestorven) aan|"
        # body and mobility
        r"amputatie|geamputeerd|prothese|kunstheup|kunstknie|nieuwe (?:heup|knie)|"
        r"slecht ter been|rolstoelgebruiker|"
        # "zijn vrouw een stoma heeft", "heeft een colostoma", "stomazakjes" (not a form's
        # "Medisch afval (incontinentie, stoma e.d.)")
        r"een stoma (?:heeft|hebt|hebben)|(?:colo|ileo|uro)stoma|stomazakjes|"
        r"(?:zijn|haar|mijn|hun|diens|loopt met(?: een| de)?|(?:ik|je|u) heb(?:t)? een|"
        r"zit in(?: een)?|(?:hij|zij|ze|u|zoon|dochter|moeder|vader|man|vrouw|kind) heeft "
        r"(?:nu )?een) "
        r"(?:scootmobiel|rollator|rolstoel|"
        r"gehoorapparaat|geleidehond|blindengeleidehond|stoma|katheter|looprek|krukken)|"
        r"(?:geen|niet) (?:zwaar |fysiek |lichamelijk )+(?:werk|werken)|"
        r"niets zwaars|(?:kan|mag|mocht|kon) (?:\w+ ){0,4}?niet (?:meer )?(?:zwaar )?tillen|"
        r"niet (?:meer )?zwaar (?:mag |kan )?tillen|"
        r"(?-i:CBR)(?: \w+){0,3} (?:getest|gekeurd)|rijgeschiktheid|"
        # pregnancy
        r"bevallen van|(?:pas|net|onlangs|recent) bevallen|bevalling\w*|"
        # sleep and mood
        r"slaapt (?:hij |zij |ze |ik )?(?:erg |heel )?(?:slecht|nauwelijks)|"
        r"nauwelijks (?:te )?slapen|"
        r"slaapproblemen|slapeloosheid|slaappillen|somberheid\w*|"
        r"somber (?:te zijn|is|was|ben|bent|voelt|gestemd)|"
        r"(?:voelt zich|voel me|voel ik me|voelde zich|voelt (?:hij|zij) zich) (?:\w+ )?somber|"
        # care givers of a person, not of the policy
        r"(?:verslavings|long|kinder|oog|kno-|revalidatie|maag-darm-lever)arts|internist|"
        r"uroloog|gynaecoloog|dermatoloog|orthopeed|geriater|psychotherapeut|"
        r"specialist ouderengeneeskunde|"
        # everyone has a huisarts; a treating specialist or a midwife says more ("haar
        # specialist" alone may be the municipality's own)
        rf"{_POSSESSIVE} (?:bedrijfsarts|behandelaar|behandelend (?:arts|specialist)|"
        r"medisch specialist|verloskundige|wijkverpleegkundige|praktijkondersteuner)|"
        rf"(?:afspraak|gesprek|controle|consult) (?:bij|met) (?:de|een|{_POSSESSIVE}) "
        r"(?:huisarts|arts|\w+arts|medisch specialist|tandarts|verloskundige|"
        r"praktijkondersteuner)|"
        rf"(?:die|de|{_POSSESSIVE}) (?:huis)?arts zegt|volgens (?:die|{_POSSESSIVE}) (?:huis)?arts|"
        # addiction in plain words
        r"(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|een paar) "
        r"(?:dag|dagen|week|weken|maand|maanden|jaar) clean|"
        r"(?:ben|bent|blijft|blijven) clean|clean (?:sinds|te blijven|blijven)|"
        rf"(?:drinkt|dronk) (?:{_PERSON} )?(?:vanaf de ochtend|'s ochtends al|al 's ochtends|"
        r"de hele dag|te veel|teveel|overmatig|stevig)|"
        r"(?:drank|alcohol|drugs|gok)(?:probleem|problemen)|"
        rf"{_POSSESSIVE} (?:alcohol|drank|drugs|cannabis|cocaïne|harddrugs|middelen)gebruik|"
        r"drugsgebruiker|(?:drugs|alcohol)verslaafde|alcoholist|junkie|methadon\w*|"
        rf"{_PERSON} blowt|blowt (?:hij|zij|ze)|"
        r"(?:gebruikt|gebruikte|snuift|snoof|spuit) (?:\w+ ){0,2}"
        r"(?:drugs|cocaïne|coke|heroïne|speed|xtc|(?-i:GHB)|crack)|"
        r"(?:is|was|raakte|raakt|zit|zat|ging) (?:\w+ )?aan de "
        r"(?:drugs|drank|alcohol|coke|heroïne)|afgekickt|"
        # third round: compounds and conditions written out
        r"(?-i:[a-z]*kanker)|(?-i:[a-z]*tumor(?:en)?)|schizofren\w*|paranoïde|psychotisch\w*|"
        r"bipolair\w*|(?:depot|psycho)medicatie|(?:cocaïne|heroïne|cannabis|ghb)gebruik|"
        r"meervoudig beperkt|verstandelijk beperkt|lichamelijk beperkt|"
        r"(?:veel|te veel|teveel) alcohol (?:had |heeft )?gedronken|dagelijks drinkt|"
        r"forensisch arts|letsel (?:in|aan) (?:de|het|zijn|haar)|gekneusde? \w+|"
        r"(?:behandeling|behandelingen|chemokuur|bestralingen) in het \w*\s?ziekenhuis|"
        # fifth round: injuries, treatment, conditions written out
        rf"gebroken (?:linker|rechter)?(?:{_BONE})|"
        # sixty-ninth round: the bone before the verb ("haar sleutelbeen gebroken", "toen haar
        # pols brak", "Pols gebroken, gips"; not "de arm van de mast is gebroken")
        rf"{_POSSESSIVE}\s+(?:linker|rechter)?(?:{_BONE})(?:\s+\w+)??\s+(?:gebroken|brak|braken)|"
        rf"(?:^|(?<=[\n:;,(\"])|(?<=[\n:;,(\"] ))(?:{_BONE})\s+gebroken|"
        r"whiplash\w*|"
        r"(?-i:[a-z]*wond(?:en)?)|blauwe plekken|bloedneus|bewusteloo\w*|"
        r"(?:is|werd) (?:daar |er )?gehecht(?! aan)|(?-i:[a-z]*vergiftiging)|"
        r"(?-i:[a-z]*allergi\w*)|epipen|(?-i:[a-z]*dialyse)|"
        # an operation of the body, not of an organisation: "hersteloperatie" (the toeslagen
        # affair's recovery operation), "reddingsoperatie", "zoekoperatie"
        r"(?-i:(?!(?:herstel|reddings|vredes|politie|zoek|opruim|verhuis|inhaal|migratie|"
        r"schoonmaak|bezuinigings|sanerings|spaar|vang|reorganisatie|grond|lucht|zee)operatie)"
        r"[a-z]+operatie)|"
        r"ziekenhuisopname|astmatisch|(?:moeilijk|slecht|nauwelijks) (?:loopt|lopen)|"
        r"(?-i:[a-z]*(?:gehoor|visuele|zicht)beperking)|hormoontherapie|traumabehandeling|"
        r"(?:hoort|horen) stemmen|stemmen (?:uit|in) de|angstig|"
        r"beschikt over een (?:\w+ )?gehandicaptenparkeerkaart|"
        # forty-second round: a person's condition in a word
        r"suikerpatiënt\w*|(?:is|ben|bent|als) diabeet|hartpatiënt\w*|pacemaker|"
        r"long-covid|autistisch|(?-i:ICD)-drager|(?:met|heeft|draagt) een (?-i:ICD)|"
        # sixty-fourth round: an admission, a bypass, a self-help group for addiction
        rf"(?:wegens|na|door|vanwege) (?:een|{_POSSESSIVE}) opname in (?:het|een) \w+|"
        rf"{_POSSESSIVE} bypass\w*|bypassoperatie|(?-i:AA)-(?:groep|bijeenkomst\w*|meeting)|"
        r"anonieme alcoholisten|"
        # sixty-first round: a person's state in plain words
        r"dementerend\w*|(?:ernstig |licht |beginnend )?dement(?= is| was| wordt|[,.])|"
        # ... also with a time between, or a named hospital ("lag tot vorige week in het
        # ziekenhuis", "ligt sinds maandag in het Admiraal De Ruyter Ziekenhuis")
        r"(?:ligt|lag|lagen|liggen|lig)\s+(?:\w+\s+){0,4}?in\s+(?:het|een)\s+"
        r"(?:(?-i:[A-Z])[\w-]*\s+){0,4}ziekenhuis|hartstilstand|reanimatie van (?:hem|haar)|"
        # ... the other way round, said of a person: "omdat hij in het ziekenhuis ligt", "dat
        # zijn cliënt sinds maart in het ziekenhuis ligt"
        r"(?:hij|zij|ze|u|ik|moeder|vader|man|vrouw|sinds \w+) (?:\w+ ){0,2}?in het ziekenhuis "
        r"(?:ligt|lag|liggen|lagen)|"
        # hundred-and-second round: intensive care, a nursing home one lives in or is taken
        # into, a lung disease, a first child on its way
        r"(?:ligt|lag|lagen|liggen|opgenomen)\s+(?:\w+\s+){0,3}?op\s+de\s+"
        r"(?:intensive\s+care|(?-i:IC))\b|"
        r"(?:woont|woonde|verblijft|verbleef|opgenomen)\s+(?:\w+\s+){0,3}?in\s+(?:het|een)\s+"
        r"verpleeghuis|in\s+(?:het|een)\s+verpleeghuis\s+(?:wordt|werd|is)\s+opgenomen|"
        # (not the plural of a leaflet or a register: "longziekten")
        r"long(?:aandoening|ziekte|ziek|patiënt|aanval|ontsteking|emfyseem|embolie)e?\b|"
        r"verwacht(?:en)?\s+(?:\w+\s+){0,3}?(?:haar|hun|ons|een)\s+(?:eerste|tweede|derde)\s+"
        r"kind\w*|(?:is|was|ben|bent|raakte)\s+(?:\w+\s+){0,2}?in\s+verwachting\b|"
        r"hersenschudding|koortsstuip\w*|thuiszuurstof|"
        # hundred-and-fifth round: a psychiatric clinic or ward ("verblijft in een GGZ-kliniek",
        # "op de PAAZ"), being taken into a clinic, a nursing home or a hospital ("opgenomen
        # geweest in de kliniek in Vught"), a heart attack, a leg in plaster; each marked in all
        # of its places in the sets
        r"ggz-kliniek|psychiatrische kliniek|(?-i:PAAZ)|"
        r"opgenomen(?:\s+geweest)?\s+(?:in|op)\s+(?:de\s+|het\s+|een\s+)?"
        r"(?:ggz\w*|psychiatrisch\w*|kliniek|verpleeghuis|ziekenhuis)|"
        r"hartaanval(?:len)?|gipsbeen|in het gips|"
        # sixty-fifth round: compounds and a condition named after the verb
        r"epileptische aanval(?:len)?|slaapapneu|(?:adhd|psychose|slaap)-?medicatie|"
        r"alcoholbehandeling|psychiatrische (?:behandeling|opname)|"
        # at the end of a clause: "omdat de aanvrager tuberculose had." ("tijdens corona had de
        # gemeente ..." is the epidemic)
        rf"(?:{_INFECTION}) (?:had|heeft|hebben|hadden|kreeg|opliep)(?=[.,;:)])|"
        r"overspannen (?:volgens|aldus) (?:de|haar|zijn) (?:bedrijfs|huis)?arts|"
        # English, in a form or a mail of a resident from abroad
        r"(?:type [12] )?diabetic|(?:uses|in) a wheelchair|wheelchair user|"
        # sixty-ninth round: a move into a nursing home ("is in augustus naar het verpleeghuis
        # gegaan")
        r"(?:is|was|ging|gaat|moest|moet|verhuisde|verhuist)\s+(?:\w+\s+){0,3}?naar\s+"
        r"(?:het|een)\s+verpleeghuis"
    ),
    "religie": (
        r"religieuze overtuiging|(?:zijn|haar|hun|het|ons|mijn) geloof|gelovig|moslims?|"
        r"islamitisch|"
        r"eet halal|halal eten|reformatorisch\w*|kerkgang|"
        r"katholiek|rooms-katholiek|protestants|gereformeerd|gereformeerde|hervormd|hervormde|"
        r"joods|hindoe|boeddhist|jehova|moskee|synagoge|kerkgenootschap|"
        # seventy-first round: a church named by its members ("als zevendedags adventist")
        r"(?:zevendedags[ -])?adventist(?:en|e)?|"
        # religious practice without a church word
        r"ramadan|vastenmaand|suikerfeest|offerfeest|(?:de )?sabbat|sjabbat|"
        r"naar de (?:mis|kerk|kerkdienst|moskee|synagoge|tempel|gebedsdienst)|kerkdienst|"
        r"(?:\w+-)?orthodox\w*|christen(?:en)?|\w*pinkstergemeente|baptisten\w*|"
        r"evangelische gemeente|hoofddoek|nikab|boerka|koran|gebedsruimte|moslima|"
        # objects and acts of a faith; an evening service, not an evening shift
        r"rozenkrans|bidprentjes?|gebedskleed|gebedsmatje|(?-i:keppel(?:tje)?)|"
        r"naar de (?:avond|ochtend|zondags|eucharistie|vrijdag)(?:dienst|viering|gebed)|"
        rf"vrijdaggebed|{_PERSON} (?:\w+ )?(?:bidt|bid|bidden)|"
        r"(?:gaat|ging|gaan|wil|wilde|moet|moest) bidden|"
        r"bekeerd|bekering|(?-i:atheïst\w*|humanist\w*)|kerkelijk meelevend|kerkganger\w*|"
        r"belijdend lid|religieuze formule|zonder verwijzing naar (?-i:God)|"
        # a meal by religious law, an office in a congregation
        r"(?:kosher|koosjer|halal) (?:meal|maaltijd|eten|menu)|ouderling|diaken|"
        # a register's abbreviation of the church: "Godsd.: Ned. Herv."
        r"(?-i:(?:Ned\.[ ]?)?Herv\.|Ned\.[ ]?Geref\.)|"
        r"(?-i:religious reasons)"
    ),
    "strafrechtelijk": (
        r"strafblad|strafrechtelijk verleden|veroordeeld|veroordeling|gedetineerd|detentie|"
        # a victim of domestic violence, not the subject of a meeting or a tool ("casusoverleg
        # huiselijk geweld", "in het kader van huiselijk geweld")
        r"(?:na|slachtoffer (?:was |is |werd )?van|(?:melding|vermoeden) van) (?:het |een )?"
        r"huiselijk geweld|huiselijk geweld door|"
        r"proces-verbaal tegen|vog (?:is )?geweigerd|taakstraf|"
        r"werkstraf|gevangenisstraf|celstraf|voorwaardelijke straf|aangehouden|gearresteerd|"
        # a person held as a suspect ("als verdachte gehoord", "verdachte in een lopend
        # onderzoek", "verdachte van verduistering"); not the word alone, a proces-verbaal's
        # and a camera log's name for whoever it is about (48 of 58 places in the sets)
        r"(?:als|tot) verdachte|verdachte (?:in|van)\b|verdacht van|"
        # a person under the probation service's supervision, not the service itself: "Reclassering
        # Nederland", "reclasseringswerker R. Tjon-A-Fong" as a contact (unannotated in 32 of 55
        # places; where annotated, mostly said with "toezicht" or "meldplicht"); someone's own
        # officer tells it too ("zijn reclasseringswerker")
        r"reclasseringstoezicht|(?:toezicht|meldplicht)[ ]+(?:van|bij)[ ]+de[ ]+reclassering|"
        rf"{_POSSESSIVE}[ ]+reclassering\w+|"
        r"(?:loopt|liep|zit|zat|staat|stond)[ ]+bij[ ]+de[ ]+reclassering|"
        # the register is a name; what it shows about a person is the record itself
        r"justitiële documentatie (?:blijkt|bevat|vermeldt|toont|laat zien)[^.;\n]*|"
        rf"{_POSSESSIVE} justitiële documentatie|vermeldingen? in de justitiële documentatie|"
        # a criminal past in everyday words
        r"penitentiaire inrichting|gevangenis|(?-i:PI)|uit de bak|in de bak|bajes|"
        # (not "geen VOG": a paper not (yet) handed in, a rule's condition; unannotated in 15
        # of 17 places, the other two say why: "na zijn gevangenisstraf", "veroordeling")
        r"vrijlating|vrijgelaten|ex-gedetineerde?|(?-i:VOG) (?:is )?geweigerd|"
        r"(?:vaker|vaak|eerder|vaker dan eens) met de politie (?:te maken|in aanraking)|"
        r"enkelband|(?-i:tbs|TBS)|voorarrest|(?:voorlopige )?hechtenis|recidive|"
        r"straf (?:heeft )?uitgezeten|straf (?:uitzit|uitzat|uitzitten)|"
        r"crimine(?:el|le) verleden|justitieel verleden|detentieverleden|"
        # hundred-and-fifth round: an offence by its kind ("vastzit voor een geweldsdelict",
        # "een zedendelict had gemeld"; marked in all of its places in the sets)
        r"(?:zeden|gewelds|vermogens|drugs|verkeers)delict(?:en)?|"
        # "strafrechtelijke antecedenten" is also what a Bibob policy says it looks for
        rf"{_POSSESSIVE} (?:\w+ )?antecedenten|(?:heeft|had|hebben) (?:\w+ ){{0,2}}antecedenten|"
        rf"{_POSSESSIVE} strafzaak|strafzaak tegen (?:hem|haar|hen|betrokkene|{_POSSESSIVE})|"
        r"(?:naar|via) (?-i:Halt)|(?-i:Halt)-?(?:straf|traject|afdoening)|"
        r"(?:een|de) strafbeschikking (?:heeft )?(?:gekregen|kreeg|opgelegd gekregen)|"
        r"(?:kreeg|heeft|had) (?:\w+ ){0,3}strafbeschikking|rijden onder invloed|"
        r"(?:voor|wegens) (?:mishandeling|stalking|belaging)|"
        r"doorgezonden naar de officier van justitie|"
        r"gevangen (?:heeft )?gezeten|agressietraject|"
        # a ban imposed for a person's conduct is criminal data too (art. 1 UAVG)
        r"(?:zijn|haar) (?:huis|gebieds|contact|stadion)verbod|"
        rf"(?:kreeg|heeft|had|kregen|hebben) (?:\w+ ){{0,3}}(?:huis|gebieds|contact|stadion)verbod"
    ),
    "etniciteit": (
        r"etnische afkomst|etniciteit|ras of etnische|huidskleur|migratieachtergrond|"
        r"(?:van )?\w+(?:se|sche|e) (?:afkomst|komaf|origine)|"
        # a people's name joined to it: "van Roma-afkomst", "Roma-achtergrond" (not a school's
        # or a trade's abbreviation: "een HBO-achtergrond", "ICT-achtergrond")
        r"(?:van )?(?-i:[A-Z][a-zë]+)-(?:afkomst|achtergrond)|"
        # a person or a family said to be of a travelling people: "wij zijn Sinti van afkomst",
        # "Wij zijn Jenische reizigers", "Het gezin is Roma", "uit een Sinti-familie" (not
        # the peoples in a policy: "uitsluiting van Sinti en Roma")
        r"(?:wij|we|ik|zij|hij|ze|gezin|familie)[ \t]+(?:zijn|is|ben)[ \t]+"
        r"(?-i:Sinti|Roma|Jenische[ \t]+reizigers|Jenischen?)(?![\w-])(?:[ \t]+van[ \t]+afkomst)?|"
        r"(?-i:Sinti|Roma|Jenische)-(?:familie|gemeenschap)|"
        # a slur names the group the person is taken to belong to
        rf"(?:jullie|vieze|vuile|stomme|kut|kanker|tering|tyfus)[ -]?(?-i:{_GROUP})|"
        r"getinte? (?:huid|man|vrouw|jongen|jongens|meisje|uiterlijk)|donker getint|"
        r"(?:donkere|zwarte|bruine) huid(?:skleur)?|"
        # a suspect described by a nationality: "Oost-Europees uiterlijk"
        r"(?-i:(?:[A-Z]\w*-)?[A-Z]\w+s)(?:e)? uiterlijk|buitenlandse? uiterlijk|"
        r"nikkers?|makak(?:en)?|zwartjoekel\w*|geitenneuker(?:s)?|spleetogen|spleetoog|"
        # the words of an insult: "ga terug naar ...", "dat hij terug moest naar ..."
        rf"(?:(?:ga|rot op|oprotten|opdonderen)(?: \w+){{0,2}}? terug naar|"
        rf"terug (?:moet|moest|moeten|moesten) naar) (?:{_HOMELAND})(?![\w-])|"
        r"terug naar (?:je|jullie) (?:eigen )?land|"
        # a person's flight and status reveal their origin: "kwam in 2016 als vluchteling uit
        # Syrië", "statushouder, gevlucht uit Eritrea", "fled from Kharkiv"
        r"(?:als )?vluchteling(?:e)? uit \w+|gevlucht uit \w+|(?-i:fled) from \w+|"
        r"(?-i:refugee) from \w+|temporary protection|"
        # one person's status; "de huisvesting van statushouders" is the policy topic
        # (also as a cell of XML: "<text:p>statushouder uit Eritrea")
        r"(?:^|(?<=[\n,;:(>\"])|(?<=[\n,;:(] ))statushouder(?![\w-])|"
        r"(?:is|was|als|een|zijn|haar) statushouder(?![\w-])"
    ),
    "seksuele geaardheid": (
        r"seksuele geaardheid|homoseksu\w+|lesbisch\w*|biseksu\w+|transgender|"
        r"homo(?:['’]s)?|homostel|homopaar|homofiel|lesbienne(?:s)?|lesbo|flikker(?:s)?|"
        r"transvrouw|transman|non-binair|geslachtsvermelding|(?:het )?andere geslacht te behoren|"
        rf"{_POSSESSIVE} (?:seksuele (?:gerichtheid|oriëntatie|voorkeur)|genderidentiteit)"
    ),
    "politiek/vakbond": (
        r"lid van de vakbond|vakbondslidmaatschap|politieke voorkeur|vakbondslid|"
        rf"lid (?:ben |bent |is |was |werd )?van (?:de )?(?-i:FNV|CNV)|"
        # a payslip's deduction: "Contributie FNV"
        r"contributie (?-i:FNV|CNV|AbvaKabo)|"
        rf"{_POSSESSIVE} politieke overtuiging|partijlidmaatschap|kaderlid|"
        # membership of a national party ("Ik ben lid van de SGP")
        rf"lid (?:ben |bent |is |was |werd )?(?:van|bij) (?:de )?(?-i:{_NATIONAL_PARTIES})"
    ),
    "biometrie/genetica": (
        r"genetische gegevens|biometrische gegevens|vingerafdruk|"
        r"dna-(?:profiel|materiaal|test|onderzoek|afname)"
    ),
}
_SPECIAL_RE = {
    kind: re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
    for kind, words in _SPECIAL.items()
}


# A job or a team named after the condition it deals with: "casemanager dementie", "consulent
# autisme", "netwerk dementie"; about no one's health.
_JOB_BEFORE = re.compile(
    r"(?<![\w-])(?:casemanagers?|consulent(?:en)?|verpleegkundigen?|coördinator|netwerk|"
    r"ketenzorg|trajectbegeleiders?|specialist(?:en)?|expertisecentrum|spreekuur)[ \t]+$",
    re.IGNORECASE,
)


# An EDIFACT segment's qualifier between its separators: "NAD+MS+++" (the message's sender),
# no multiple sclerosis.
_EDIFACT_QUALIFIER = re.compile(r"\+[A-Z]{2,3}\+")


# "Aangehouden" also means put on hold: a case's status in an export's cell, or a thing held
# back ("Het verzoek van de heer X is aangehouden", "Factuur aangehouden tot 1 december",
# "ontruiming wordt aangehouden"); only a person is arrested.
_ON_HOLD = re.compile(r"(?i)aangehouden")
_STATUS_CELL = re.compile(r"(?:^|[;,\t|\"])[ \t]*$")
_CELL_ENDS = re.compile(r"[ \t]*(?:$|[;,\t|\"])", re.MULTILINE)
_THING_HELD = re.compile(
    r"(?i)\b(?:factuur|facturen|\w*betaling|besluit|verzoek|aanvraag|\w*zaak|ontruiming|"
    r"behandeling|agendapunt|voorstel|beslissing|vergunning|levering|procedure)\b"
    r"(?P<between>[^;:\n]{0,60})$"
)
# Words that point to a person in a sentence; the pronouns and nouns both filters below share.
_PERSON_NOUNS = r"hij|zij|ze|man|vrouw"
_PERSON_WORD = re.compile(
    rf"(?i)\b(?:{_PERSON_NOUNS}|hem|haar|jongen|meisje|verdachte|bestuurder|bewoner)\b"
)


# ... but a decision held back because of a criminal investigation tells of one
_CRIMINAL_CAUSE = re.compile(r"(?i)[^.;\n]{0,40}?\b(?:strafrecht\w*|verdenking|politie|justitie)")


def _held_back(text: str, start: int, end: int) -> bool:
    """Whether "aangehouden" at `start` is a status or a thing put on hold, not an arrest."""
    if _CRIMINAL_CAUSE.match(text, end):
        return False
    before = text[max(0, start - 80) : start]
    if _STATUS_CELL.search(before) and _CELL_ENDS.match(text, end):
        return True
    thing = _THING_HELD.search(before)
    return thing is not None and not _PERSON_WORD.search(thing.group("between"))


# "afgekeurd" is a person's incapacity for work when the sentence says whose ("ik ben ...
# afgekeurd", "is hij voor 80 procent afgekeurd", "volledig afgekeurd") or why ("afgekeurd na
# een herseninfarct", "vanwege een hartafwijking"); otherwise a thing failed a check ("3 van 11
# toestellen afgekeurd", "4 records afgekeurd", "Codes: A = afgekeurd"; 20 of the 34 in the sets).
_PERSON_REJECTED_BEFORE = re.compile(
    rf"(?i)(?<![\w-])(?:{_PERSON_NOUNS}|ik|u|jij|je|wij|we|heer|mevrouw|volledig|"
    r"gedeeltelijk|procent)(?![\w-])|%"
)
_CAUSE_AFTER = re.compile(r"[ \t]+(?i:voor|na|vanwege|wegens)(?![\w-])")
_SENTENCE_START = re.compile(r"[.!?:;=(\n][^.!?:;=(\n]*$")


def _thing_rejected(text: str, start: int, end: int) -> bool:
    """Whether a bare "afgekeurd" at `start` tells of a thing that failed a check."""
    before = text[max(0, start - 120) : start]
    opening = _SENTENCE_START.search(before)
    sentence = before[opening.start() + 1 :] if opening else before
    return not _PERSON_REJECTED_BEFORE.search(sentence) and not _CAUSE_AFTER.match(text, end)


# An animal earlier on the line: a vet's "Simba;Kat;Euthanasie aan huis" is no one's health
_ANIMAL_ON_LINE = re.compile(rf"(?i)(?<![\w-])(?:{SPECIES}|dier)(?![\w-])")


def _of_an_animal(text: str, start: int) -> bool:
    """Whether an animal is named on the line before `start` (its euthanasia, not a person's)."""
    return _ANIMAL_ON_LINE.search(text, text.rfind("\n", 0, start) + 1, start) is not None


def find_special(text: str) -> list[Hit]:
    """Phrases that reveal special personal data (art. 5.1.1d Woo): always reviewed by a person."""
    # a phrase broken over two lines by the wrapping of a mail ("een epileptische\naanval") is
    # read as one line too; a line break that an expression needs is read as it stands
    flat = text.replace("\n", " ")
    matches = [
        (kind, match) for kind, pattern in _SPECIAL_RE.items() for match in pattern.finditer(text)
    ]
    matches += [
        (kind, match)
        for kind, pattern in _SPECIAL_RE.items()
        for match in pattern.finditer(flat)
        if "\n" in text[match.start() : match.end()]
        and not any(m.start() < match.end() and match.start() < m.end() for _, m in matches)
    ]
    return [
        (
            match.start(),
            match.end(),
            "special",
            "redact",
            f"Bijzonder persoonsgegeven ({kind}); beoordeling nodig.",
        )
        for kind, match in matches
        if not _JOB_BEFORE.search(text, max(0, match.start() - 30), match.start())
        and not _EDIFACT_QUALIFIER.match(text, match.start() - 1)
        and not (_ON_HOLD.fullmatch(match.group()) and _held_back(text, match.start(), match.end()))
        and not (match.group().lower() == "euthanasie" and _of_an_animal(text, match.start()))
        and not (
            match.group().lower() == "afgekeurd"
            and _thing_rejected(text, match.start(), match.end())
        )
    ]
