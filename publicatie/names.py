"""Names of natural persons: deduce (offline Dutch de-identification) plus our own cues.

The deduce model is loaded once per process (`load_model`) and its lookup cache is built at
install time (`python -m publicatie.warmup`), never in the middle of a run.

Rule cues: a title ("de heer", "mevrouw"), initials ("J.P. Bakhuizen"), an e-mail header or a
closing ("Van:", "Met vriendelijke groet,"), the Outlook/Teams form "Achternaam, Voornaam", a form
label ("Naam:", also for names in capitals or lower case), a relation ("dochter Petra"), an
office or job title ("wethouder Tom Brinkman", "projectleider Anouk Verschoor") and the "Naam"
column of a plain-text table. Surnames may carry particles ("van der"), foreign prefixes
("El Amrani", "Ait Lahcen"), a double name ("Van den Berg-de Vries") and non-ASCII letters
("Yıldırım", "Hadžić"). Organisation names ("Stichting Jansen Zorg", "Van Gelder Infra B.V."),
street names and places are not persons.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

from publicatie.patterns import (
    DATE_WORD,
    ENGLISH_MONTH,
    LEGAL_ENTITY,
    LEGAL_FORM_INITIALS,
    LIST_ITEM_START,
    block_lines,
    find_table_cells,
    json_field_labels,
    places,
)
from publicatie.roles import OFFICE_ROLES, PARTIES

__all__ = [
    "FILE_EXTENSIONS",
    "NOTE_LOG_START",
    "NOT_A_PARAPH",
    "NO_CAPS_INITIALS",
    "SPORTS_VENUES",
    "SYSTEM_USERS",
    "NameHit",
    "common_dutch_word",
    "common_word_as_name",
    "find_names",
    "first_letters_code",
    "first_name_known",
    "in_organisation",
    "initials_of",
    "json_name_parent",
    "letters_in_order",
    "load_model",
    "model_loaded",
    "opens_street_named_after",
    "opens_with_particle",
    "person_word_known",
    "street_lookup",
    "surname_known",
]

# The extensions of the files a municipality's systems list (a folder, an upload, an audit log).
FILE_EXTENSIONS = r"pdf|docx?|xlsx?|odt|msg|eml|zip|txt|jpe?g|png|tiff?"
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"  # Latin-1 capitals plus Latin Extended-A (Ğ, Ł, Ž, ...)
_LO = "a-zß-öø-ÿĀ-ſ"
_WORD = rf"[{_UP}](?:'[{_UP}])?[{_LO}]+"  # Jansen, O'Connor, Yıldırım, Hadžić
_GAP = r"[ \t]+"  # a name never runs over a line break
_PARTICLE = r"(?:van|de|der|den|ten|ter|te|het|'t|in 't|op|la|le|du|da|di|von|dos|del|della)"
_CAP_PARTICLE = r"(?:Van|De|Der|Den|Ten|Ter|Op|In)"
# Prefixes that belong to the surname, written with a capital: "El Amrani", "Ait Lahcen"; "ait"
# also in small letters, as a Berber name is often written ("Y. ait Bouzian").
_PREFIX = r"(?:El|Al|Ait|Aït|ait|aït|Ben|Bou|Abou|Abu|Ibn|Ould|Da|Dos|Del|Della|Di|Du|La|Le)"
# A double surname may be hyphenated at a line end: "Berg-\nSmit", flattened to "Berg- Smit".
# "Liauw-A-Sjoe", "Tjoe-A-Sioe-Bakema": a single capital between hyphens belongs to the name
_SURNAME_WORD = rf"{_WORD}(?:-(?:[{_UP}]-)?\s?(?:(?:{_PARTICLE}|{_PREFIX}){_GAP})*{_WORD})*"
_SURNAME = (
    rf"(?:(?:{_PARTICLE}|{_CAP_PARTICLE}){_GAP})*(?:{_PREFIX}{_GAP}(?=[{_UP}]))?{_SURNAME_WORD}"
)
_INITIALS = r"(?:[A-Z]\.-?[ \t]?){1,4}"  # "J.P.", "J.-L." (Jean-Luc)
_FIRST = rf"{_WORD}(?:-{_WORD})?"  # Karin, Jan-Willem
_PAREN_FIRST = rf"(?:\({_FIRST}\){_GAP})?"  # "F.M. (Frank) Duijvestijn"
_GREETINGS = r"Beste|Goedemorgen|Goedemiddag|Goedenavond|Hoi|Hallo"
_TITLE = (
    r"(?:de heer|heer|mevrouw|mevr\.|mw\.|mr\.|dhr\.|dr\.|ir\.|ing\.|drs\.|prof\.|meneer|"
    r"mijnheer|dokter|fam\.|familie|gastgezin|Geachte heer|Geachte mevrouw|"
    # a mail's greeting: "Beste Jorrit,", "Goedemorgen Jorrit,", "Hoi Sanne,"
    rf"{_GREETINGS}|"
    # how children and parishioners name teachers and clergy: "meester Harmens", "juf Bos"
    r"meester|juf|juffrouw|zuster|pastoor|dominee|ds\.|"
    # in an English mail: "Ms Xie Yutong", "Mrs Bakker" (Dutch "mr." is a lawyer's title above)
    r"(?-i:Mrs|Ms|Miss|Mr)(?![\w.]))"
)
_PERSON = (
    rf"(?:{_INITIALS}{_PAREN_FIRST}{_SURNAME}|(?:{_FIRST}{_GAP}){{0,3}}{_SURNAME})"  # with cue
)
# "de heer P. ten Have", "Mevrouw A. Hoogendoorn", "Geachte heer Ten Have"
_TITLED = re.compile(
    rf"(?<![\w])(?i:{_TITLE})\s+(?P<name>(?:{_INITIALS}{_PAREN_FIRST}|(?:{_FIRST}{_GAP}){{0,3}})?"
    rf"{_SURNAME})"
)
# "J.P. Bakhuizen", "A. ten Have", "N. van der Berg", "A. (Arben) Krasniqi"; not a postscript
# opening a line ("P.S. Mijn buurman ...", "P.S. Onze buurman ...")
_INITIALLED = re.compile(
    r"(?<![\w.])(?!(?:B\.V|N\.V|V\.O\.F)\.)(?!(?<![^\n])P\.[ ]?S\.[ \t])"
    rf"(?P<name>{_INITIALS}{_PAREN_FIRST}{_SURNAME})(?![\w])"
)
# "Karin Hoogendoorn" in a signature or e-mail header: "Van: Karin Hoogendoorn", "Groet,\nEline"
_HEADER = re.compile(
    rf"(?:(?:^|\n|\s)(?:Van|Aan|CC|Cc|From|To):|Namens|Met vriendelijke groet,?|"
    rf"(?:Vriendelijke |Met )?[Gg]roet(?:en)?,|Hoogachtend,?|"
    # English closings: "Kind regards,\nLizel Sarmiento"
    rf"(?:(?:Kind|Best|Warm|With kind) )?[Rr]egards,|Yours sincerely,|Sincerely,|"
    # who speaks or signs: "u spreekt met Jikkemien Aldegeaster", "my name is Iliyan
    # Zhelyazkov", "Ondertekend door Goaitsen Sjirksma"
    rf"[Uu] spreekt met|[Mm]ijn naam is|[Mm]y name is|[Mm]ein Name ist|"
    rf"[Oo]ndertekend door|[Gg]etekend door)"
    rf"\s+(?P<name>{_FIRST}(?:{_GAP}(?:{_FIRST}{_GAP}){{0,2}}{_SURNAME})?)(?![\w-])"
)
# "Bos, Marieke <m.bos@...>", "Bakker, Jeroen (Ruimte) 10-06-2024 09:14", "door Bakker, J. (Jeroen)"
# ... with its particle after the given name: "Heukelom, Wendy van <w.vanheukelom@...>"
_REVERSED_NAME = (
    rf"{_SURNAME},{_GAP}(?:{_INITIALS}(?:\({_FIRST}\))?|{_FIRST})"
    r"(?:[ \t]+(?:van(?:[ \t]+(?:der|den|de))?|de|ter|ten|te|in 't|op de))?"
)
_REVERSED = re.compile(
    rf"(?<![\w,])(?P<name>{_REVERSED_NAME})"
    # (the "<" of an address, not of a closing tag: "<sym>Flag, Red</sym>" in a GPS track)
    # ... or a chat's sender above the message, with the time: "Roeterink, Lisa 09:06"
    rf"(?=[ \t]*(?:\([^)\n]{{1,50}}\)[ \t]*)?(?:<(?!/)|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}"
    rf"|\d{{1,2}}:\d{{2}}[ \t]*(?:\n|$)))"
    rf"|(?:(?:Van|Aan|CC|Cc|From|To):[ \t]*|;[ \t]*|door[ \t]+)(?P<header>{_REVERSED_NAME})"
    rf"(?=[ \t]*(?:\([^)\n]{{1,50}}\)[ \t]*)?(?:[;<\n]|$))"
    rf"|(?<![\w,])(?P<paren>{_SURNAME},{_GAP}{_INITIALS}\({_FIRST}\))"
    # a chat export's speaker: "[17-11-2025 08:24] Oldijk, Wiert (VRZHZ): ...", or on a line of
    # its own above the message (Teams)
    rf"|(?<=\])[ \t]*(?P<chat>{_REVERSED_NAME})(?=[ \t]*(?:\([^)\n]{{1,50}}\)[ \t]*)?(?::|\n))",
    re.MULTILINE,
)
# A greeting or closing before a comma and a first name: "Groet, Martine", "Hoi, Sanne".
GREETINGS = frozenset(
    {"groet", "groeten", "groetjes", "dank", "bedankt", "hoi", "hallo", "hi", "hey", "thanks",
     "regards", "cheers", "dag", "doei", "mvg", "gr", "liefs", "beste", "dear"}
)  # fmt: skip
# Form fields: "Naam: DE JONG-VERMEULEN, A.C.M.", "Naam: j. van den broek", "Eigenaar: Ruben Koster"
_NAME_TOKEN = rf"(?:(?:[{_UP}]\.){{1,4}}|[{_UP}][{_UP}{_LO}'-]+|{_PARTICLE}|{_CAP_PARTICLE})"
_LOWER_TOKEN = rf"(?:[{_LO}]\.|[{_LO}][{_LO}'-]+)"
_FIELD_END = (
    # a column gap of two or more spaces ends a field too: "Ghassan Al-Sabbagh  V-nr 31..."
    rf"(?=[ \t]*\([^)\n]{{0,40}}\)|[ \t]*(?:$|\n|[,.;][ \t\n]|[,.;]$|[ \t]+\d|"
    rf" {{2}}|\t|[ \t]*[·•|]|"
    rf"[ \t](?:[{_UP}][\w/.-]*[ \t]+){{0,2}}[{_UP}][\w/.-]*[ \t]*:))"
)
_FORM_LABEL = (
    r"(?:aanvrager|verzoeker|melder|cli[eë]nt|eigenaar|partner|echtgeno(?:o)?te?|"
    # who else lives at the address, on a screen of the tax office: "INWONEND : KOLFSCHOTEN D A"
    r"inwonend|inwonende|medebewoner|huisgenoot|"
    r"contactpersoon|behandelaar|behandeld door|onderzoeker|consulent|notulist|verslag|"
    r"ingevuld door|handtekening|afzender|belanghebbende|huurder|verhuurder|tolk|getuige|"
    # who made or checked a list: "Opgesteld: Obada Zaitoun (COA) - gecontroleerd: E. Moltema"
    r"opgesteld|opgesteld door|gecontroleerd|gecontroleerd door|"
    # minutes: "Afwezig met bericht: Pytter Marnedijk (HA 8)"
    r"aanwezig|afwezig|afwezig met bericht|afwezig met kennisgeving|afgemeld|"
    r"hoofdaanvrager|medeaanvrager|kind|gezinslid|werknemer|kandidaat|leerling|deelnemer|"
    # who drove or fixed: "Chauffeur     : PETROVIC D" on a weighbridge ticket
    r"chauffeur|bestuurder|monteur|"
    # the name fields of a form: "Achternaam: Weidestraten-Beemdlaar", "Roepnaam: Driekske"
    r"achternaam|voornamen|voornaam|roepnaam|geslachtsnaam|geboortenaam|meisjesnaam|"
    # an interview's transcript: "Geïnterviewde: Adriana Johanna (Adina) Voorthuijsen"
    r"ge[iï]nterviewde|interviewer|"
    # a file's metadata (exiftool, document properties): "Last Modified By : Hidera, Tsjikke";
    # not "Creator", which names the program
    r"author|auteur|last modified by|modified by|created by|laatst gewijzigd door|"
    r"gewijzigd door|aangemaakt door)"
)
_ANY_TOKEN = rf"(?:{_NAME_TOKEN}|{_LOWER_TOKEN})"
# initials without dots after the surname, as a bank's or a mainframe's screen writes them:
# "NAAM      : KOLFSCHOTEN R A"
_BARE_INITIALS = rf"(?:[ ][{_UP}](?![\w.'-])){{0,3}}"
# "Naam schip:", "Naam project:": the name of a thing, not of a person.
_THING = (
    r"(?:schip|boot|vaartuig|project|evenement|straat|school|product|bestand|document|hond|"
    r"huisdier|activiteit|regeling|subsidie|wijk|buurt|locatie|gebouw)"
)
_FORM = re.compile(
    # ... also "achternaam:", as a decoded query string's field reads ("?achternaam=lindhout")
    rf"(?<![\w])(?i:(?:achter|geslachts)?naam(?:[ \t]+(?!{_THING}\b)[a-z]+)?)[ \t]*:[ \t]*"
    rf"(?P<lower>{_ANY_TOKEN}(?:,?[ \t]+{_ANY_TOKEN}){{0,5}}{_BARE_INITIALS}){_FIELD_END}"
    # "Partner: ...", or a printed form's dot leader: "2. Partner ..........  Rouaa Kurdieh"
    rf"|(?<![\w])(?i:{_FORM_LABEL})[ \t]*(?:\([^)\n]{{1,30}}\)[ \t]*)?(?::|\.{{3,}}:?)"
    r"(?:\*\*)?[ \t]*"  # "**Kandidaat:** Dewayne Kartoredjo" in markdown
    rf"(?P<name>{_NAME_TOKEN}(?:,? {_NAME_TOKEN}){{0,5}}{_BARE_INITIALS}){_FIELD_END}"
    # a quoted value of a YAML or JSON-like export: 'geslachtsnaam: "Nieuwkerk"'
    rf"|(?<![\w])(?i:{_FORM_LABEL})[ \t]*:[ \t]*\""
    rf"(?P<quoted>{_NAME_TOKEN}(?:,? {_NAME_TOKEN}){{0,5}})\"(?=[ \t]*(?:,|$))",
    re.MULTILINE,
)
# A relation or a job right before a name: "dochter Petra", "zoon Maksym", "collega Sanne de
# Ruiter", "projectleider Anouk Verschoor", "BOA M. Schreuder".
_RELATION = (
    r"(?:(?:klein)?zoon|(?:klein)?dochter|echtgeno(?:o)?te?|partner|vriend(?:in)?|buurman|"
    r"buurvrouw|moeder|vader|broer|zus|schoonzoon|schoondochter|collega|neef|nicht|opa|oma|"
    r"tante|oom|"
    # in an English mail: "My wife Keerthana and our son Vivaan"
    r"wife|husband|son|daughter|mother|father|brother|sister|assistant|colleague|"
    r"photographer|neighbour|neighbor|"
    r"mantelzorger|oppas|schoonmaakster|schoonmaker|conci[ëe]rge|vrijwilliger|vrijwilligster|"
    r"stagiair|stagiaire|glazenwasser|glaszetter)"
)
_JOB = (
    r"(?:projectleider|verkeerskundige|wijkregisseur|beleidsadviseur|beleidsmedewerker|"
    r"consulent|monteur|jongerenwerker|budgetcoach|toezichthouder|casemanager|woordvoerder|"
    r"advocaat|notaris|huisarts|tolk|directeur|bestuurder|co[öo]rdinator|teamleider|"
    r"afdelingshoofd|boa|handhaver|inspecteur|opbouwwerker|wijkagent|medewerker|medewerkster|"
    r"leidinggevende|notulist|stedenbouwkundige|adviseur|jurist|behandelaar|onderzoeker|"
    r"eigenaar|eigenares|huurder|bewoner|bewoonster|inspreker|insprekers|omwonende|melder|"
    r"instructeur|instructrice|docent|docente|leerkracht|trainer|trainster|begeleider|"
    r"begeleidster|opzichter|beheerder|beheerster|loonwerker|aannemer|makelaar|taxateur|"
    r"hovenier|loodgieter|elektricien|secretaresse|receptionist|receptioniste|"
    # compounds: "Leerplichtambtenaar Casper Baselmans", "Wijkteammedewerker Jort Harmkamp-Vlug"
    # and with a hyphen: "Wmo-consulent Soenil Gobardhan", "HR-adviseur Adem Akgündüz"
    r"\w+-?(?:ambtenaar|medewerker|medewerkster|consulent|coach|begeleider|regisseur|adviseur|chef|"
    r"functionaris|werker|verpleegkundige|hoofd))"
)
_RELATION_CUED = re.compile(
    # "De buurman, Bèr, doet de kliko": also with the name between commas
    rf"(?<![\w-])(?i:{_RELATION}),?{_GAP}(?P<name>{_FIRST}(?:{_GAP}(?:{_FIRST}{_GAP}){{0,2}}"
    rf"{_SURNAME})?)(?=[ \t]*[,.;:()]|[ \t]+[{_LO}]|\s*$|\n)"
)
_JOB_CUED = re.compile(
    # the job and the name in one cell: not "eigenaar<tab>Soort<tab>Aantal" in a header row
    rf"(?<![\w-])(?i:{_JOB}),?[ ]{{1,2}}(?:(?i:{_TITLE}){_GAP})?(?P<name>{_INITIALS}{_PAREN_FIRST}"
    rf"{_SURNAME}|{_FIRST}{_GAP}(?:{_FIRST}{_GAP}){{0,2}}{_SURNAME})(?![\w-])"
)
# A police officer or an enforcer is often named by the surname alone: "Wijkagent Eikholt
# langs", "melding bij wijkagent Bijlberg", "collega-boa Tijhuis"
_OFFICER_SURNAME = re.compile(
    # not in brackets after a person, where it names the district: "(wijkagent Poelenburg)"; not
    # "handhaver Varen", "handhaver Stadswerven": a handhaver's team or area
    r"(?<![\w(-])(?i:wijkagent|hoofdagent|brigadier|rechercheur|verbalisant|(?:collega-)?boa|"
    # a bailiff by name: "een brief van deurwaarder Rutgerink"
    rf"wachtmeester|(?:gerechts)?deurwaarder)[ ](?P<name>{_SURNAME})(?![\w-])"
)
_ROLE_ALT = "|".join(sorted((re.escape(r) for r in OFFICE_ROLES), key=len, reverse=True))
# An office right before a name: "wethouder Tom Brinkman", "burgemeester mr. J.G.M. Aukes"
_ROLE_CUED = re.compile(
    rf"(?<![\w-])(?i:{_ROLE_ALT}){_GAP}(?:(?i:{_TITLE}){_GAP})*(?P<name>{_PERSON})(?![\w-])"
)

# "Jorien Bakker-Smit", "Johannes Cornelis van den Berg"
_FULL_NAME = rf"(?:{_FIRST}{_GAP}){{1,3}}{_SURNAME}"
# A job, an office or a party right after a name: "Jorien Bakker-Smit (consulent Sociaal Team)",
# "Thijs Hermsen, consulent inkomen", "Koen Vermaas\nWethouder", "Nora Essafi (PvdA)".
_CUE_AFTER = re.compile(
    rf"(?<![\w-])(?P<name>{_FULL_NAME})(?=[ \t]*(?:[,(|\n][ \t]*|[ \t])(?:senior |junior )?"
    rf"(?i:{_JOB}|{_ROLE_ALT})(?![\w-])|[ \t]*\((?:{PARTIES})\))"
)
# A surname alone before a party: "Commissieleden: Baştürk (DENK), De Raadt (SP)"
_PARTY_SURNAME = re.compile(rf"(?<![\w-])(?P<name>{_SURNAME})(?=[ \t]*\((?:{PARTIES})\))")
# People who live somewhere: "Siobhan O'Connor en Lucas Meijboom, wonende aan de Singel 342"
# ... or whose address follows: "Kees Bouwmeester, Turfmarkt 88"
_RESIDENT = re.compile(
    rf"(?<![\w-])(?P<name>{_FULL_NAME})(?=(?:[ \t]+en[ \t]+{_FULL_NAME})?,?[ \t]+"
    rf"(?:wonende|wonend|woonachtig|geboren|geb\.)(?![\w])|,[ \t]+[A-Z][\w'-]*"
    rf"(?:[ \t][A-Za-z][\w'-]*){{0,3}}[ \t]\d{{1,5}}(?!\d|[.,:-]\d))"
)
# A name with a date of birth or an age in brackets: "Amir (geb. 14-05-2015)", "Mol (82)"
_WITH_BIRTH = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_FIRST}{_GAP}){{0,3}}{_SURNAME})"
    rf"(?=[ \t]*\((?:geb\.|geboren|\d{{1,3}}(?: jaar)?\))"
    # "1. Jomar Villanueva Dimaculangan, born 14 May 1991": two words or more before the comma
    rf"|,[ \t]+(?:born|geboren|geb\.)(?![\w]))"
)
# A foreign surname prefix makes a name on its own: "El Haddouchi", "Ait Lahcen", "Ben Salah"
_PREFIXED = re.compile(
    r"(?<![\w-])(?P<name>(?:El|Ait|Aït|Ben|Bou|Abou|Ould)[ \t]+(?!Salvador|Niño|Nino|Paso)"
    rf"{_SURNAME_WORD})(?![\w-])"
)
# A chat export's sender: "[03-10-2023 08:05] Lotte de Graaf (SWT): ...", "12-06-24 09:14 - ruud:"
# An association or a unit in a name column ("VV Venlosche Boys", "Statengriffie") is no person.
_CLUB = re.compile(
    # a carnival association and its youth council: "CV De Wellse Wortelen", "Jeugdraad ..."
    r"\b(?:VV|SV|RKVV|RKSV|CV|(?i:\w*club|\w*vereniging|schutterij|harmonie|fanfare|\w*koor|"
    r"scouting|fonds|kerk|parochie|buurtvereniging|dorpsraad|wijkraad|jeugdraad|carnaval\w*|"
    # and the organisation's own units: "Statengriffie", "Griffie (functioneel)", "team Wmo"
    r"\w*griffie|team|afdeling|functioneel|servicekoppeling|\w*secretariaat))\b"
)
_FIRST_AND_INITIAL = re.compile(rf"{_FIRST}[ \t]+[{_UP}]\.")
_CHAT_SENDER = re.compile(
    r"(?:\[\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]|"
    # Teams, Slack: "[09:19] jildou mulderij:", "[chat 10:22] jarno brederveld:"
    r"(?<![\w\]])\[(?:[a-z]+ )?\d{1,2}:\d{2}(?::\d{2})?\]|"
    # Pidgin, at a line's start: "(20:00:05) harm: ...", "(18-04-2026 19:58:40) Lies N.: ..."
    r"^\((?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?\)|"
    r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}[ \t]+-)[ \t]+"
    # WhatsApp marks a sender who is not in the contacts: "[10-03-2025, 21:53:18] ~ Mathieu:"
    r"(?:~[ \t\u202f\u00a0]*)?"
    # a role, not a person: "Bezoeker:", "Digitale assistent:", "medewerker:"
    r"(?!(?i:bezoeker|medewerker|beller|klant|inwoner|burger|agent|chatbot|bot|systeem|"
    r"operator|digitale assistent|virtuele assistent|assistent|gast|melder)[ \t]*[:(])"
    # nor an export's label after its date: "peildatum: 12-01-2026 08:41 - aangemaakt door: pvonk"
    r"(?!(?i:[a-z]+[ \t]+door)[ \t]*:)"
    # a title before the name: "[11-02-25 20:10:22] Ds. Knarsma: ..."
    r"(?:(?:Ds|Dr|Drs|Mr|Dhr|Mw|Mevr|Ir|Ing|Br|Zr)\.[ \t]+)?"
    rf"(?P<lower>(?:{_NAME_TOKEN}|{_LOWER_TOKEN})(?:[ \t]+(?:{_NAME_TOKEN}|{_LOWER_TOKEN})){{0,4}})"
    r"(?=[ \t]*(?:\([^)\n]{1,30}\))?:[ \t]|[ \t]+(?:entered|left) the room\b)",
    re.MULTILINE,
)

# A note log's author, a login at a line's start after the date and time: "21-01-2026 09:12
# tbloemendaal: teruggebeld ..." (one word: not "behandelaar toegewezen:")
NOTE_LOG_START = r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]+"
_NOTE_LOG_AUTHOR = re.compile(
    rf"{NOTE_LOG_START}(?P<lower>[a-z][a-z0-9_.-]{{2,30}})(?=:[ \t])",
    re.MULTILINE,
)
# What tells a Pidgin log from an agenda with times in brackets: its header or its room notices.
_PIDGIN_LOG = re.compile(
    r"^Conversation with [^\n]+ at [^\n]+|^\([\d:/ -]+\) [^\n]{1,60} (?:entered|left) the room",
    re.MULTILINE,
)


@functools.lru_cache(maxsize=8)
def _pidgin_log(text: str) -> bool:
    """Whether `text` is a Pidgin log (`_PIDGIN_LOG`); cached: every sender asks."""
    return _PIDGIN_LOG.search(text) is not None


_STOP_WORDS = {
    # a table's column headers and a list's labels: "Unit  Adres", "Meter elektra", "Kamer 3"
    "unit",
    "meter",
    "kamer",
    "bron",
    # "Namens Mooiland  Namens de bouwer": who signs for whom; "Stemverklaring Kloosterboer:"
    # (a council member's explanation of a vote)
    "namens",
    "stemverklaring",
    "location",
    # a form's section: "F. Contactpersoon bij afwezigheid" (its letter is no initial)
    "contactpersoon",
    # words that open a sentence in a neighbour's language or a note: "Bien cordialement", "aux
    # Pays-Bas", "Ruhe ab 22 Uhr", "Bank bij de molen", "Pap de gemeente belde"
    "bien",
    "pays-bas",
    "ruhe",
    "bank",
    "pap",
    # an export's key and a statistics program's command: "timestamp", "LIST", SharePoint's
    # "Items(412)", a notebook's "Python 3"
    "timestamp",
    "list",
    "items",
    "python",
    # a municipal service named in a report: "Leerplicht Borger-Odoorn"
    "leerplicht",
    # an adjective of a place's part ("de Nieuwe Haven") and a German article ("Das Standgeld")
    "nieuwe",
    "das",
    "zelf",
    # a system's own entry in an audit trail's user column
    "systeem",
    # a label in a log line after a customer's name: "Klant 20417 KRAMER S  Factuur 26000311"
    "factuur",
    # a records system's own entries in its "Aangemaakt door" column: a conversion, a migration
    "conversie",
    "migratie",
    # the act and its team: "Beste Woo-team", "het Woo-verzoek", "WOO-2026-0087" (not "Wob": a
    # nickname too, "Wolbert (Wob) Kievitkamp")
    "woo",
    # a log line's level: "2026-03-12 23:51:08  Warning  admin  192.168.10.5"
    "warning",
    "notice",
    "critical",
    # words that open a chat message or an exclamation: "Jongens, ...", "Oei. Mooi zo."
    "jongens",
    "oei",
    "mooi",
    "helaas",
    # a fund's or a policy's word: "Fonds Vitale Kernen"
    "kernen",
    # diseases named after a person: "casemanager Parkinson", "de ziekte van Alzheimer"
    "parkinson",
    "alzheimer",
    "huntington",
    "crohn",
    "asperger",
    # services that report in a log's column of reporters: "2025-09-05|16:10|—|jongerenwerk|"
    "jongerenwerk",
    "buurtwerk",
    "opbouwwerk",
    "welzijnswerk",
    "straatwerk",
    # departments, labels and words that start a line in a header or a form, read as names
    # after a colon ("Van: Parkeren Eindhoven", "Mobiel: ...", "Paraaf: ...")
    "parkeren",
    "belastingen",
    "mobiel",
    "paraaf",
    "ocr",
    # English and German words before a name-like word ("My Dutch colleague", "Since May",
    # "Meine Adresse", "Sehr geehrte Damen und Herren", "Können Sie"; not "damen", also a
    # Dutch surname: "Kees Damen")
    "my",
    "our",
    "since",
    "sie",
    "ihre",
    "ihr",
    "meine",
    "mein",
    "herren",
    "darin",
    "bitte",
    "gemeente",
    "college",
    "raad",
    "heer",
    "mevrouw",
    "meneer",
    "burgemeester",
    "wethouder",
    "datum",
    "onderwerp",
    "geachte",
    "geacht",
    "bsn",
    "iban",
    "kvk",
    "btw",
    "e-mail",
    "email",
    "telefoon",
    "tel",
    "adres",
    "postcode",
    "woonplaats",
    "geboortedatum",
    "naam",
    # the labels of a form's name fields and of a table's columns ("Roepnaam:", "Dag  Tijd")
    "roepnaam",
    "voornamen",
    "voornaam",
    "achternaam",
    "geslachtsnaam",
    "bijnaam",
    "dag",
    "tijd",
    # a committee's portfolio in its name: "Raadscommissie Economische Zaken, Haven en Toerisme"
    "haven",
    "toerisme",
    "handtekening",
    "bijlagen",
    "direct",
    # headings of a form's sections: "A. Uw gegevens", "D. Ondertekening"
    "uw",
    "ondertekening",
    "gegevens",
    "toelichting",
    "verklaring",
    "machtiging",
    "inleiding",
    "samenvatting",
    "conclusie",
    "aanvraag",
    "betreft",
    "artikel",
    "bijlage",
    "pagina",
    "team",
    "afdeling",
    "postbus",
    "zaken",
    "burgerzaken",
    "vergunningen",
    "handhaving",
    "sociaal",
    "wijkteam",
    "griffie",
    "nota",
    "notitie",
    "memo",
    "verslag",
    "besluit",
    "regeling",
    "verordening",
    "wet",
    "dank",
    "vriend",
    "zij",
    "hij",
    "wij",
    "ik",
    "u",
    "ze",
    # portfolios after "wethouder": "Wethouder Financiën", "wethouder Ruimtelijke Ordening"
    "financiën",
    "financien",
    "onderwijs",
    "jeugd",
    "wonen",
    "economie",
    "cultuur",
    "sport",
    "verkeer",
    "mobiliteit",
    "duurzaamheid",
    "ruimtelijke",
    "ordening",
    "ruimte",
    "welzijn",
    "werk",
    "inkomen",
    "participatie",
    "openbare",
    "veiligheid",
    "milieu",
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "january",
    "february",
    "march",
    "june",
    "july",
    "august",
    "october",
}
# A municipality's sports grounds and pools: "Sportpark Den Boogerd" names no person or owner.
SPORTS_VENUES = frozenset({"sportpark", "sporthal", "zwembad", "openluchtbad", "sportcomplex"})
# A language desk and a town's bands ("Taalhuis Hardenberg", "Harmonie Sint Walburg"):
# organisations, that a contact's name also carries after a first name ("Wiendra Taalhuis:").
_GROUP_WORDS = frozenset({"taalhuis", "harmonie", "fanfare"})
_ORG_WORDS = {
    # buildings and desks: "Algemene Begraafplaats Heemstede", "Kazerne Gorssel", "Balie 2"
    "begraafplaats",
    "kazerne",
    "sporthal",
    "dorpshuis",
    "balie",
    "stadhuis",
    "gemeentehuis",
    "raadhuis",
    "stichting",
    "vereniging",
    "coöperatie",
    "bv",
    "b.v.",
    "nv",
    "n.v.",
    "vof",
    "v.o.f.",
    "partners",
    "advocaten",
    "notarissen",
    "accountants",
    "makelaars",
    "holding",
    "groep",
    "group",
    "infra",
    "zorg",
    "thuiszorg",
    "fonds",
    "provincie",
    "waterschap",
    "ministerie",
    "commissie",
    "school",
    # "Willem de Zwijger College", "Stedelijk Lyceum"
    "college",
    "lyceum",
    "ziekenhuis",
    "kerk",
    "museum",
    # "Gedeputeerde Staten van Noord-Brabant", "Eindhoven Airport", "Hogeschool Windesheim",
    # "het Rode Kruis"
    "kruis",
    "staten",
    "airport",
    "luchthaven",
    "university",
    "universiteit",
    "hogeschool",
    "stadion",
    # "Sociale Dienst Drechtsteden", "Scouting Sint-Joris", "Rekenkamer Metropool Amsterdam"
    "dienst",
    "scouting",
    "rekenkamer",
    "metropool",
    # "Johan Cruyff Foundation", "Sporthal Ria Ameidenaar", "Openluchtbad De Wiel"
    "foundation",
    # a copy shop: "Copyshop Valkenburg" (a barbershop is often its owner's trade name)
    "copyshop",
    *_GROUP_WORDS,
    *SPORTS_VENUES,
}
_OF_AN_ORGANISATION = ("van", "bij", "voor", "namens")
_ORG_SUFFIX = re.compile(
    r"\w{3,}(?:bedrijf|centrum|loket|dienst|bureau|vereniging|stichting|corporatie|winkel|"
    # a council or committee: "Adviesraad", "Cliëntenraad", "Bezwaarcommissie"
    r"salon|praktijk|kantoor|fabriek|handel|comité|beheer|raad|commissie|universiteit|kliniek|"
    # an information point ("Grensinfopunt Scheldemond"), a rule ("Standplaatsenregeling",
    # "Marktverordening Sluis 2022")
    r"punt|regeling|verordening|reglement)$",
    re.IGNORECASE,
)
# A car's make and model in a list of vehicles ("Alfa Romeo Spider", "Mini Cooper S",
# "Porsche 912"): no person. Makes that are also given names ("Mercedes", "Austin") only with
# their other half ("Mercedes-Benz").
CAR_MODEL = re.compile(
    r"(?:Alfa Romeo|Aston Martin|Audi|BMW|Citroën|Citroen|Chevrolet|Dacia|DAF|Fiat|Ford|"
    r"Hyundai|Jaguar|Lancia|Land Rover|Mazda|Mercedes-Benz|Mini|Mitsubishi|Nissan|Opel|"
    r"Peugeot|Porsche|Renault|Saab|Škoda|Skoda|Subaru|Suzuki|Tesla|Toyota|Triumph|Volkswagen|"
    r"Volvo)[ \t]+[A-Z0-9][\w-]*"
)
_SCHOOL_END = re.compile(r"\w{3,}school$")


def _school_named_after_someone(bare: str, word: str, index: int, count: int) -> bool:
    """Whether the word is a school's name that ends the hit or a sentence ("Ds. Hopperusschool",
    "Nicolaas Beetsschool"); not the first word of a longer hit that goes on ("Zwemschool Ria
    Kalkstra" is its owner's trade name)."""
    ends_sentence = word.endswith((".", ","))
    return bool(_SCHOOL_END.search(bare)) and (
        (index == count - 1 and (index > 0 or count == 1)) or ends_sentence
    )


_ORG_AFTER = re.compile(
    # words joined by "&" too: "Jan Kamphuis Jeugd & Gezin B.V."
    r"^[ \t]*(?:[A-Z][\w'-]*[ \t]+){0,2}(?:[A-Z][\w'-]*[ \t]+&[ \t]+[A-Z][\w'-]*[ \t]+)?"
    r"(?:&[ \t]*(?:Zn\.?|Zonen|Partners|Co\.?)|"
    r"B\.?V\.?(?!\w)|N\.?V\.?(?!\w)|V\.?O\.?F\.?(?!\w)|Advocaten|Notarissen|Accountants|"
    r"Makelaars|Holding|Groep|Infra|"
    # a club with its founding year, the word before its name too: "Gymnastiek Olympia '79"
    r"'\d{2}(?!\w)|"
    # foreign legal forms: "Spedition Albrecht GmbH", "Van Aert Aerial Solutions BV"
    r"GmbH|AG(?!\w)|Ltd\.?(?!\w)|Limited|BVBA|S\.?R\.?L\.?(?!\w)|S\.?A\.?(?!\w)|Sp\.[ ]z[ ]o\.o\.)"
)
_ORG_BEFORE = re.compile(
    r"(?:(?i:stichting|vereniging|buurthuis|\w*centrum|café|restaurant|hotel|basisschool|"
    # a building or an institution named after someone: "Paviljoen Everdina Tilanus",
    # "Ontmoetingscentrum Hendrik Schelterhuis"; a ship: "het tankschip Hendrika Adriana", "de
    # botter Geertje Hendrika" (a whole word: "Strandpaviljoen De Blinkerd Yorrick Braeckman"
    # is the trade name of its owner)
    r"(?<!\w)(?:paviljoen|verpleeghuis|hospice|huize|lyceum|gymnasium|kapel|\w*schip|botter|"
    r"tjalk|kotter|vaartuig)|"
    r"school|gemeenschapshuis|dorpshuis|jeugdraad)|\w{3,}(?:bedrijf|praktijk|kantoor|salon|winkel|kliniek)"
    # a carnival association: "CV De Wellse Wortelen"; a school: "CBS Gysbert Japicx", "OBS
    # Pieter Stuyvesant"; special education: "VSO De Vonder", "SO Kempenrank"
    r"|(?<!\w)(?:CV|CBS|OBS|PCBS|RKBS|IKC|SBO|SO|VSO|SBAO|ZMLK))[ \t]+"
    r"(?:De[ \t]+|Het[ \t]+|'t[ \t]+)?$"
)
_STREET_WORD = re.compile(
    r"\w{3,}(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|plantsoen|park|markt)$"
)
_JOB_WORD = re.compile(
    rf"(?:{_JOB}|{_ROLE_ALT}|\w*(?:manager|adviseur|medewerker|medewerkster|coördinator|"
    r"directeur|consulent|specialist|officer|secretaresse|assistent))$",
    re.IGNORECASE,
)
# Adjective endings no first name or surname has.
_ADJECTIVE = re.compile(r"(?:lijke|ische|iële)$", re.IGNORECASE)
_SMALL_WORDS_AFTER_COLON = re.compile(r":[ \t]+[a-z]+[ \t]+[a-z]")
_LABEL_NEXT = re.compile(r"[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?:")
_PERSON_TITLE_BEFORE = re.compile(r"(?i:mevrouw|de heer|meneer|mijnheer|dhr\.|mevr\.|mw\.)[ \t]+$")
_HOUSE_NUMBER_NEXT = re.compile(r"[ \t]+\d{1,5}(?!\d)")
_NEXT_WORDS = re.compile(r"(?:[ \t]+(?:(?:van|de|der|den|het|ter|ten)[ \t]+)*[A-Z][\w'-]*){1,3}")
# The verbs that offer a number or an address: "Vragen? Bel (023) ...", "Bel Jan op 0318 ...".
_OFFER_VERBS = frozenset({"Bel", "Bellen", "Mail"})
_LEADING = re.compile(
    # a label read with the name: "Name Ryan Hargreaves, DOB ..."
    # ... or the verb that offers a number: "Vragen? Bel (023) ...", "Bel Jan op 0318 ..."
    rf"^(?:(?:(?i:{_TITLE}|{_ROLE_ALT}|{_RELATION}|{_JOB}|wethouder|raadslid|meneer)|Name|Naam|"
    rf"{'|'.join(sorted(_OFFER_VERBS))})\s+)+"
)
_PARTICLES = {"van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "op", "in"}
# The office "commissaris van de Koning": "Koning" is a surname too, but not in this office.
_KINGS_COMMISSIONER = re.compile(r"(?i:commissaris)[ \t]+van[ \t]+de[ \t]+Koning(?:in)?\b")


def _is_place(name: str, *, small_places: bool = False) -> bool:
    """A place or municipality name; initials or a particle ("van der") make it a person.

    `small_places` also consults deduce's longer list of places (villages, hamlets), for hits
    of the model that have no cue of a person.
    """
    if _place_words(name.split(), small_places=small_places):
        return True  # also "Den Haag", "Alphen aan den Rijn", "Den Haag Den Haag"
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if any(re.fullmatch(r"(?:[A-Z]\.)+", w) or w.lower() in _PARTICLES for w in words):
        return False
    return all(w.strip(".,").lower() in places() for w in words)


def _place_words(words: list[str], *, small_places: bool = False) -> bool:
    """Whether the words are one or more place names in a row."""
    if not words:
        return False
    words = [w.strip(".,") for w in words]
    known = _lookup("placename") if small_places and model_loaded() else None
    reachable = [True] + [False] * len(words)
    for end in range(1, len(words) + 1):
        reachable[end] = any(
            reachable[start]
            and (
                " ".join(words[start:end]).lower() in places()
                or (known is not None and words[start:end] in known)
            )
            for start in range(max(0, end - 5), end)
        )
    return reachable[-1]


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    text: str
    origin: str  # "rule" or "model"
    confidence: float


_MODEL_LOCK = threading.Lock()


@functools.cache
def _load() -> Any:
    import deduce

    model = deduce.Deduce()
    _add_first_names(model)
    return model


def _add_first_names(model: Any) -> None:
    """Add our own first names (`data/voornamen_aanvulling.txt`: Ukrainian, Polish, Romanian,
    Bulgarian, Eritrean, Somali, Afghan, Surinamese-Hindustani, ... names that deduce's list
    lacks) to deduce's first-name lookup, which its annotator reads while it runs. A name that
    is also a common Dutch word or a place is left out."""
    lookup = model.lookup_structs["first_name"]
    common = model.lookup_structs["whitelist"]
    words = model.lookup_structs["common_word"]
    lines = resources.files("publicatie").joinpath("data/voornamen_aanvulling.txt")
    added: set[str] = set()
    for line in lines.read_text("utf-8").splitlines():
        name = line.strip()
        if not name or name.startswith("#") or len(name) < 3:  # "Ute", "Ies": three will do
            continue
        lowered = name.lower()
        if lowered in common or lowered in words or lowered in places() or [name] in lookup:
            continue
        lookup.add_item([name])
        added.add(name)
    # the annotator that reads the lookup keeps the first words it can start at
    for annotator in _annotators(model.processors):
        if getattr(annotator, "_trie", None) is lookup:
            annotator._start_words |= added


def _annotators(group: Any) -> Any:
    for processor in getattr(group, "_processors", {}).values():
        if hasattr(processor, "_processors"):
            yield from _annotators(processor)
        else:
            yield processor


def load_model() -> Any:
    """The deduce model, loaded once per process (slow the first time after install).

    Thread-safe: task runners call detection from several threads at once.
    """
    with _MODEL_LOCK:
        return _load()


def model_loaded() -> bool:
    return _load.cache_info().currsize > 0


def _lookup(name: str) -> Any:
    return load_model().lookup_structs[name]


def street_lookup() -> Any:
    """A test for deduce's list of Dutch street names: `lookup(["Oude", "Vest"])`."""
    streets = _lookup("street")
    return lambda words: list(words) in streets


def first_name_known(word: str) -> bool:
    """Whether deduce's first-name list has `word` (False when deduce is not loaded)."""
    if not model_loaded():
        return False
    if [word[:1].upper() + word[1:].lower()] in _lookup("first_name"):
        return True
    # a double first name that the list lacks as a whole: "Hendrik-Jan", "Joost-Willem"
    parts = word.split("-")
    return len(parts) == 2 and all(
        len(part) >= 2 and [part[:1].upper() + part[1:].lower()] in _lookup("first_name")
        for part in parts
    )


def person_word_known(word: str) -> bool:
    """Whether deduce's first-name or surname list has `word` (True when deduce is not loaded:
    then nothing can be ruled out)."""
    if not model_loaded():
        return True
    return [word[:1].upper() + word[1:].lower()] in _lookup("first_name") or surname_known(word)


def surname_known(word: str) -> bool:
    """Whether deduce's surname list has `word` (True when deduce is not loaded: then nothing
    can be ruled out)."""
    if not model_loaded():
        return True
    return [word[:1].upper() + word[1:].lower()] in _lookup("surname")


def _common_word(word: str) -> bool:
    lowered = word.lower()
    return lowered in _lookup("whitelist") or lowered in _lookup("common_word")


# A nickname in quotes after its cue: 'bekend als "Sjo"', "roepnaam 'Mies'", 'bijnaam "Kroket"'.
_NICKNAME = re.compile(
    r"(?<![\w-])(?i:bekend(?:[ \t]+bij[ \t]+\w+)?[ \t]+als|(?:roep|bij)naam(?:[ \t]+is)?|alias)"
    rf"[ \t]*:?[ \t]*[\"“'‘](?P<name>[{_UP}][\w'-]{{1,20}}(?:[ \t][{_UP}][\w'-]{{1,20}})?)[\"”'’]"
)
_ANIMAL = re.compile(r"(?i)\b(?:hond|honden|kat|poes|paard|pony|dier|huisdier|reu|teef|kater)\b")
# A name in a query, as a log or a web address writes it: "geslnaam=ISIK;voorn=YASAR".
_QUERY_NAME = re.compile(
    r"(?<![\w])(?i:geslnaam|geslachtsnaam|achternaam|voorn|voornaam|voornamen|naam)[ \t]*="
    rf"(?P<name>[{_UP}{_LO}][{_UP}{_LO}'-]{{1,30}})(?![\w'-])"
)
# ... typed in lower case into a web address's search: "/register/zoek?naam=hoeks"
_QUERY_NAME_LOWER = re.compile(
    r"[?&](?i:geslnaam|achternaam|naam|name|lastname|surname)="
    rf"(?P<lower>[{_LO}][{_LO}'-]{{2,30}})(?=$|[&#,;\s\"'])",
    re.MULTILINE,
)
# A first name, a nickname in quotes or brackets, and a surname: 'Jos "Bolle" van Bakel',
# "Wolbert (Wob) Kievitkamp"; the nickname is the person's as much as the name is.
_WITH_NICKNAME = re.compile(
    rf"(?<![\w-])(?P<name>{_FIRST}{_GAP}(?:\(?[\"“'‘][{_UP}][\w'-]{{1,20}}[\"”'’]\)?|"
    rf"\([{_UP}][\w'-]{{1,20}}\)){_GAP}{_SURNAME})(?![\w-])"
    # ... or after the whole name: 'Hindriekus Jacobus Moltsma ("Hinnie")'
    rf"|(?<![\w-]){_FIRST}{_GAP}(?:{_FIRST}{_GAP}){{0,2}}{_SURNAME}[ \t]*"
    rf"\([\"“'‘](?P<after>[{_UP}][\w'-]{{1,20}})[\"”'’]\)"
)
# A name right before its relation to someone in brackets: "Focko (vader van Duuk)", "Vasyl
# Marchenko (opa)".
_FAMILY = (
    r"(?:vader|moeder|opa|oma|(?:klein)?zoon|(?:klein)?dochter|broer|zus|oom|tante|neef|"
    r"nicht|echtgeno(?:o)?te?|partner|schoon(?:zoon|dochter|vader|moeder))"
)
_RELATION_AFTER = re.compile(
    # a first name alone only with whose relative it is ("Focko (vader van ...)"), not a label
    # ("Medeverzoeker (echtgenoot)") or a language ("Tigrinya (moeder)")
    rf"(?<![\w-])(?:(?P<name>{_FIRST}(?:{_GAP}{_FIRST}){{0,2}}{_GAP}{_SURNAME})[ \t]*"
    rf"\((?i:{_FAMILY})(?:[ \t]+van\b[^)\n]{{0,40}})?\)"
    rf"|(?P<first>{_FIRST})[ \t]*\((?i:{_FAMILY})[ \t]+van\b[^)\n]{{1,40}}\))"
)
# Who wrote a note, with the date, in brackets: "Aantekening Vastgoed (Aebe Dobbewijk, 13-03)"
_AUTHOR_AND_DATE = re.compile(
    rf"\((?P<name>{_FIRST}{_GAP}(?:{_FIRST}{_GAP}){{0,2}}{_SURNAME}),[ \t]*"
    r"\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\)"
)
# A maiden name in brackets: "Jenneke Spierink-Belterman (meisjesnaam Belterman)"
_MAIDEN_NAME = re.compile(
    rf"\((?i:meisjesnaam|geboortenaam|geboren|geb\.)[ \t]+(?P<name>{_SURNAME})\)"
)
# The second of two people greeted: "Beste Mulu en Heran,"
_GREETED_SECOND = re.compile(
    rf"(?<![\w-])(?:Beste|Geachte|Lieve|Hoi|Hallo|Dear)[ \t]+{_FIRST}[ \t]+(?:en|and|&)[ \t]+"
    rf"(?P<name>{_FIRST})(?=[ \t]*[,!\n])"
)
_RULES: tuple[tuple[re.Pattern[str], float, tuple[str, ...]], ...] = (
    (_NICKNAME, 0.8, ("name",)),
    (_WITH_NICKNAME, 0.8, ("name", "after")),
    (_QUERY_NAME, 0.8, ("name",)),
    (_QUERY_NAME_LOWER, 0.75, ("lower",)),
    (_TITLED, 0.9, ("name",)),
    (_REVERSED, 0.85, ("name", "header", "paren", "chat")),
    (_FORM, 0.85, ("name", "lower", "quoted")),
    (_HEADER, 0.85, ("name",)),
    (_ROLE_CUED, 0.85, ("name",)),
    (_PARTY_SURNAME, 0.8, ("name",)),
    (_JOB_CUED, 0.8, ("name",)),
    (_OFFICER_SURNAME, 0.75, ("name",)),
    (_RELATION_CUED, 0.8, ("name",)),
    (_INITIALLED, 0.8, ("name",)),
    (_CUE_AFTER, 0.8, ("name",)),
    (_RESIDENT, 0.8, ("name",)),
    (_WITH_BIRTH, 0.8, ("name",)),
    (_CHAT_SENDER, 0.8, ("lower",)),
    (_NOTE_LOG_AUTHOR, 0.8, ("lower",)),
    (_PREFIXED, 0.75, ("name",)),
    (_RELATION_AFTER, 0.75, ("name", "first")),
    (_GREETED_SECOND, 0.8, ("name",)),
    (_MAIDEN_NAME, 0.8, ("name",)),
    (_AUTHOR_AND_DATE, 0.8, ("name",)),
)


# A staff member's paraph: "(paraaf JDi)", "Paraaf teamleider: HvdL", "Aantekening behandelaar
# (SBT):", "Notitie 3 november 2025 (MLG):", "Afgerond door MA". Letters only, two of them
# capitals (or all lower case after "paraaf"), never a common abbreviation.
# (with a letter with a diacritic: "HBü" for Hester Büter)
_PARAPH_TOKEN = r"([A-Z][A-Za-zß-ÿ]{1,4}|[a-z]{2,5})"
_PARAPH_CUED = re.compile(
    # (quoted in YAML or JSON: 'paraaf: "LTs"')
    # (not a compound: "Paraafroute", "Paraafblok")
    r"(?<!\w)(?i:paraaf)(?![^\W\d_])[\"']?(?:[ \t]+[^\W\d_]+(?!\w)){0,2}[ \t]*:?[ \t]*[\"']?"
    + _PARAPH_TOKEN
    + r"(?!\w|\.\w)"
    r"|(?i:aantekening|notitie|verwerkingsnotitie|opmerking)[^\n:()]{0,40}\("
    + _PARAPH_TOKEN
    + r"(?=[),])"
    r"|(?i:aantekening)[ \t]+" + _PARAPH_TOKEN + r"(?=,|:|[ \t]+\d)"
    # "Opgesteld: 2 mei 2025, MB / EKB": the date, then who
    r"|(?i:opgesteld|gecontroleerd|gezien|akkoord|geaccordeerd)[ \t]*:[^\n]{0,30}?,[ \t]*"
    + _PARAPH_TOKEN
    + r"(?=[ \t]*(?:/|,|\n|$))"
    # "Opgesteld: ASch, 12 maart 2026": who first, then the date
    r"|(?i:opgesteld|gecontroleerd|gezien|geaccordeerd)[ \t]*:[ \t]*"
    + _PARAPH_TOKEN
    + r"(?=,[ \t]*\d)"
    r"|(?i:logger|notulist|notulen|verslag|uitkijker|behandelaar|dienstdoend|mdw|medewerker|"
    r"operator)[ \t]*:[ \t]*" + _PARAPH_TOKEN + r"(?=[ \t]*[(,\n])"
    r"|(?i:afgerond|verwerkt|behandeld|aangenomen|gecontroleerd|genoteerd|gegenereerd|"
    r"aangemaakt|ingevoerd|gewijzigd|opgesteld|geregistreerd)[^\n]{0,25}?[ \t]+door[ \t]+"
    + _PARAPH_TOKEN
    + r"(?!\w|\.\w)"
    # a webcare team's reply signed with the agent's initials after a caret: "... Fijne dag! ^LO"
    # (after a sentence's end: not a label printer's "^FX" command opening a line)
    r"|(?<=[.!?] )\^" + _PARAPH_TOKEN + r"(?=[\"\s]|$)"
)


# "Inge Welleweerd (IW)": the paraph in brackets after the name; "IdK (Ise de Kreij, ...)":
# the paraph before the name in brackets. Two patterns, both tried everywhere: "Hessel van der
# Werf (HvdW)" also reads as "Werf" before a bracket.
_PARAPH_AFTER_NAME = re.compile(r"\((?P<token>[A-Z][A-Za-zß-ÿ]{1,5})\)")
_PARAPH_BEFORE_NAME = re.compile(
    r"(?<![\w.@/-])(?P<token>[A-Z][A-Za-zß-ÿ]{1,5})[ \t]+\((?P<named>[A-Z][^()\n]{3,60})\)"
)
_PARAPH_BEFORE_LOGIN = re.compile(
    r"(?<![\w.@/-])(?P<token>[A-Z][A-Za-z]{1,3})[ \t]+\((?P<login>[a-z][a-z0-9]{4,20})\)"
)
# ... and the other way round, a login before its paraph: "Ontvangen door: jkattenpoel (JK)"
_LOGIN_BEFORE_PARAPH = re.compile(
    r"(?<![\w.@/-])(?P<login>[a-z][a-z0-9]{4,20})[ \t]+\((?P<token>[A-Z][A-Za-z]{1,3})\)"
)
# A legend's paraph ("GvB"), and the name it gives it: "Gerrit van Buuren", "J. Koobs", or the
# surname first and then the initials ("Velthuis, N.").
_LEGEND_CODE = r"(?<![\w.@/-])(?P<token>[A-Z][A-Za-zß-ÿ]{1,5})"
_LEGEND_NAME = (
    r"[A-Z][\w'-]*,[ \t]*[A-Z]\.(?:[ \t]?[A-Z]\.){0,3}(?!\w)|"
    r"[A-Z][\w.'-]*(?:[ \t]+(?:[A-Z][\w.'-]*|van|de|der|den|ter|te|ten|het|'t|in)){1,5}"
)
# A legend that spells the paraphs out: "Legenda: GvB = Gerrit van Buuren, AT = Anja Tebbens",
# "MvdV = Marloes van der Veer; SA = Stijn Aaftink", "NV = Velthuis, N.", perhaps with the
# person's job or title before the name: "YR = boa Yvo Rijnberg", "TR = toezichthouder Tom
# Ruitenberg", "HB = mr. H. Borst" (the code must still be the name's initials, and an office
# there is an office holder's paraph: "WBe = griffier W. Beeckman").
_LEGEND_JOB = r"(?P<job>(?:[a-zß-ÿ][\w'-]*\.?[ \t]+){0,3})"
_PARAPH_LEGEND = re.compile(rf"{_LEGEND_CODE}[ \t]*=[ \t]*{_LEGEND_JOB}(?P<named>{_LEGEND_NAME})")
# ... an office among those words: the code is then an office holder's paraph, left to the office
# rules ("WBe = griffier W. Beeckman")
_OFFICE_JOB = re.compile(rf"(?<![\w-])(?i:{_ROLE_ALT})(?![\w-])")
# A minute's list of those present, each line a code, a dash and who it is, perhaps with a
# title: "RK – de heer R.P. Kranenburg, bezwaarmaker", "SD – mr. S.L. Doornenbal"; or the code
# in a column of its own: "WH  mr. W.J. Hoogesteger, voorzitter".
_ATTENDEE_LEGEND = re.compile(
    rf"^[ \t]*{_LEGEND_CODE}(?:[ \t]+[–-][ \t]+|[ \t]{{2,}}|\t[ \t]*)"
    r"(?:(?i:de[ \t]+heer|mevrouw|meneer|dhr\.|mw\.|mr\.|drs\.|dr\.|ing\.|ir\.)[ \t]+)*"
    rf"(?P<named>{_LEGEND_NAME})",
    re.MULTILINE,
)
# The same under a heading of its own, without "=": "## Legenda\nKV Kees Veurink - MR Marcel
# Rouwenhorst - JK J. Koobs" (up to the first blank line).
_LEGEND_HEADING = re.compile(r"^[ \t#*]*(?i:legenda)\b[^\n]*", re.M)
_LEGEND_ITEM = re.compile(rf"{_LEGEND_CODE}[ \t]+(?P<named>{_LEGEND_NAME})")


def _legend_items(text: str) -> list[re.Match[str]]:
    """The paraphs and names of each legend under a "Legenda" heading, on the heading's own line
    and on the lines below it up to a blank line."""
    items = []
    for heading in _LEGEND_HEADING.finditer(text):
        end = text.find("\n\n", heading.end())
        items += _LEGEND_ITEM.finditer(text, heading.start(), len(text) if end < 0 else end)
    return items


def _legend_words(named: str) -> str:
    """A legend's name with the initials first, as `initials_of` reads it: "Velthuis, N." ->
    "N. Velthuis"."""
    surname, comma, initials = named.partition(",")
    return f"{initials.strip()} {surname}" if comma else named


# A staff paraph with a tussenvoegsel in small letters ("MvdV", "HvdW", "LdJ", "PvL", "BvdH"):
# that shape is a person's initials wherever it stands, except these abbreviations.
_TUSSENVOEGSEL_PARAPH = re.compile(
    r"(?<![\w.@/&-])[A-Z](?:v|vd|vdr|vh|d|t|te|ter|vt|vs|iv|o)[A-Z][a-z]{0,2}(?![\w@/&-]|\.\w)"
)
# A paraph of an initial and the first two letters of the surname ("AKr", "JPr", "THs"): in the
# evaluation sets this shape stood for a person 56 times and for something else 9 times (units,
# degrees, three organisations, listed below); a plural of an acronym ("PCs") ends in "s".
_SURNAME_LETTERS_PARAPH = re.compile(
    r"(?<![\w.@/&-])(?!IJ)[A-Z][A-Z][a-rt-z](?<!Wh)(?<!Hz)(?<!Sc)(?![\w@/&-]|\.\w)"
)
_NOT_A_PERSONAL_PARAPH = {
    "KvK", "VvE", "RvS", "RvT", "RvC", "RvB", "RvA", "RvdK", "OvJ", "CdK", "CvdK", "PvdA", "PvdD",
    "PvE", "WvS", "WvSr", "WvSv", "WvK", "CvB", "HvJ", "MvT", "NvT", "MvA", "NvW", "NvA", "PvA",
    "HvA", "MvO", "DvO", "StvZ", "OvD", "CvD", "HOvD", "AC", "RvR", "SVn", "GGz", "ASz",
    # a noise report's levels: "LAr,LT", "LAeq", "LAmax"
    "LAr", "LT", "LAeq", "LAmax", "LCeq", "LAF",
}  # fmt: skip
# Small words after "paraaf" and two more words ("Ter paraaf naar teamleider en ter tekening"):
# in small letters no paraph, though "EN" in capitals may be one.
_SMALL_WORDS = frozenset(
    {"en", "of", "aan", "bij", "met", "te", "ter", "tot", "naar", "als", "dan", "per", "na",
     "uit", "nu", "al", "zo", "is", "om", "die", "dat", "wel", "niet", "ook", "zelf"}
)  # fmt: skip
_NOT_A_PARAPH = {
    "ab", "db", "gs", "ps", "bv", "nv", "ok", "nb", "kcc", "div", "hr", "ict", "or", "mt", "cda",
    "vvd", "pvv", "sgp", "sp", "ja", "nee", "wmo", "brp", "boa", "ggd", "pdf", "nl", "bsn",
    "kvk", "btw", "iban", "tel", "fax", "zie", "de", "het", "een", "van", "voor", "in", "op",
    "team", "unit", "mij", "ons", "hem", "haar", "hen", "wie",
    # a relation in brackets after a name: "belnotitie Luuk Schapendonk (zoon)"
    "zoon", "vader", "moeder", "broer", "zus", "oom", "tante", "opa", "oma", "neef", "buur",
    # the header of a table of paraphs: "functie  naam  paraaf  datum  opmerking"
    "datum", "naam", "opm", "functie",
}  # fmt: skip
# Abbreviations that are also somebody's initials ("RA" for registeraccountant): never taken
# for the paraph of a person named in the document.
NOT_A_PARAPH = frozenset(
    _NOT_A_PARAPH
    | {
        "ra", "id", "tv", "pr", "it", "ov", "mb", "gb", "kb", "eu", "vs", "cv", "ww", "aow", "bs",
        "cc", "bcc", "pm", "am", "ad", "nr", "tk", "ek", "rvs", "om", "kk", "ir", "dr", "mr",
        "ing", "drs", "pb", "gr", "vz", "st", "zzp", "fw", "fwd", "re", "ezk", "vws", "bzk",
        "ocw", "ienw", "lnv",
    }
    | {token.lower() for token in _NOT_A_PERSONAL_PARAPH}
)  # fmt: skip
# Initials that sign a note at its end: "... akkoord – GH 14-8", "... in dit plan – DD]",
# "... niet zelf sturen. WJ" (a dash after text on the same line, or a full stop, then the
# initials, perhaps a date, and the end of the line).
_SIGNED_PARAPH = re.compile(
    # "... onder DL-2025-031. -PSa": the dash may also stick to the initials after a full stop
    r"(?:(?<=\S)[ \t]+[–—-][ \t]+|(?<=[.!?])[ \t]+(?:[–—-](?=[A-Z]))?)"
    r"(?P<token>[A-Z]{2,3}|[A-Z][a-z]{0,3}[A-Z][a-z]?)"
    r"(?:[ \t]+\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?)?[ \t]*[\]\")]?[ \t]*$",
    re.MULTILINE,
)
_NOT_A_SIGNATURE = {
    "nb", "ps", "eu", "nl", "vs", "cc", "bcc", "ggd", "coa", "uwv", "svb", "ind", "nap", "bv", "nv",
}  # fmt: skip
# A paraph in a log row, right after the date and time: "02-01  13.30  HZ    Dijkposthoofd ..."
_LOG_PARAPH = re.compile(
    r"(?<![\w-])\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?[ \t]+\d{1,2}[.:]\d{2}[ \t]+"
    r"(?P<token>[A-Z]{2,3}|[A-Z][a-z]{0,3}[A-Z][a-z]?)(?=[ \t]+\S)"
)
_PARAPH_LIST_ITEM = re.compile(r"[A-Z][A-Za-z]{1,4}")


def _listed_with(text: str, found: set[str]) -> set[str]:
    """Paraphs listed with a known one: "(AK, RvW en SdB)", "Paraaf toezichthouders: PWS /
    NED", "Opgesteld: 2 mei 2025, MB / EKB"."""
    more: set[str] = set()
    if not found:
        return more
    for match in re.finditer(
        r"[A-Z][A-Za-z]{1,4}(?:[ \t]*(?:,|/|&|\ben\b)[ \t]*[A-Z][A-Za-z]{1,4})+", text
    ):
        items = re.split(r"[ \t]*(?:,|/|&|\ben\b)[ \t]*", match.group(0))
        if all(
            _PARAPH_LIST_ITEM.fullmatch(item) and sum(c.isupper() for c in item) >= 2
            for item in items
        ) and found & set(items):
            more |= {
                item
                for item in items
                if item.lower() not in _NOT_A_PARAPH | _NOT_A_SIGNATURE
                and item not in _NOT_A_PERSONAL_PARAPH
            }
    return more


_CELL_PARAPH = re.compile(r"[A-Z][A-Za-z]{1,4}")


def _initials_cell(value: str, excluded: set[str] | frozenset[str]) -> bool:
    """Whether a table cell holds a paraph ("MdW", "MLT", "JB"): two to five letters, two of
    them capitals, and not one of the `excluded` abbreviations (in small letters)."""
    return (
        _CELL_PARAPH.fullmatch(value) is not None
        and sum(c.isupper() for c in value) >= 2
        and value.lower() not in excluded
    )


def _column_siblings(text: str, found: set[str]) -> set[str]:
    """Paraphs in the same table column as a known one: a register's "by" column holds "MdW",
    "MLT" and "TM" alike. The column is the cell's index in a row split at tabs or "|", or, in a
    table aligned with spaces, the cell's position in its line; rows count up to a blank line."""
    if not found:
        return set()
    lines = text.split("\n")
    more: set[str] = set()
    for index, line in enumerate(lines):
        for key, value in _row_cells(line):
            if value not in found:
                continue
            for step in (-1, 1):
                other = index + step
                while 0 <= other < len(lines) and lines[other].strip():
                    header = not lines[other - 1].strip() if other else True
                    for other_key, candidate in _row_cells(lines[other]):
                        if header and not re.search(r"\d", lines[other]):
                            break  # the header row: "Nr<tab>Naam<tab>...<tab>JGZ"
                        if (
                            other_key == key
                            and candidate not in found
                            and _initials_cell(candidate, _NOT_A_PARAPH | _NOT_A_SIGNATURE)
                        ):
                            more.add(candidate)
                    other += step
    return more


def _row_cells(line: str) -> list[tuple[tuple[str, int], str]]:
    """(column key, value) of each cell of a table row: split at tabs or "|" (key: the cell's
    index), or at gaps of two or more spaces (key: where the cell starts)."""
    for separator in ("\t", "|"):
        if line.count(separator) >= 2:
            return [((separator, i), cell.strip()) for i, cell in enumerate(line.split(separator))]
    if not re.search(r"\S {2,}\S.* {2,}\S", line):
        return []
    cells = []
    for match in re.finditer(r"\S+(?: \S+)*", line):
        cells.append((("  ", match.start()), match.group(0)))
    return cells


# Where a paraph's name stands before the bracket: the text since the start of the line or the
# last list bullet, so the line before it (joined on a PDF page) does not count.
_NAME_RUN = re.compile(
    r"(?:(?:[A-Z]\.[ \t]*)+|(?:[A-Z][\w'-]*|van|de|der|den|ter|te|ten|het|in|'t)[ \t]+)+$"
)
_NAME_RUN_START = re.compile(r"(?:\n|^|[ \t][-–•][ \t]|;|\|)")


def initials_of(token: str, words: str) -> bool:
    """Whether the capitals of `token` are, in order, the initials of the words (or their
    hyphenated parts) in `words`: "IW" of "Inge Welleweerd", "IRU" of "Ise Raats-Uijl"."""
    capitals = [c for c in token if c.isupper()]
    if len(capitals) < 2 or LEGAL_ENTITY.search(words):
        return False  # "Stichting Wonen Zuid (SWZ)" is an organisation's acronym
    parts = [part for part in re.split(r"[\s.,:'-]+", words) if part]
    if not any(first_name_known(part) for part in parts) and not re.search(r"[A-Z]\.", words):
        return False  # a person: a known first name or initials
    initials = iter([part[0] for part in parts if part[0].isupper()][-6:])
    return all(capital in initials for capital in capitals)  # in order: "AK" of "A.J. Kamminga"


# "Verwerkt door Hélèna Cappellier (HCa)": a name followed by its own paraph is a person's
_NAME_THEN_OWN_PARAPH = re.compile(
    rf"(?<![\w-])(?P<name>{_FIRST}{_GAP}(?:{_FIRST}{_GAP}){{0,2}}{_SURNAME})[ \t]*"
    r"\((?P<token>[A-Z][A-Za-zß-ÿ]{1,4})\)"
)


def _names_with_own_paraph(text: str) -> list[NameHit]:
    """Names followed by a paraph made of their initials ("Inge Welleweerd (IW)") or of the
    initials and the next letters of the surname ("Hélèna Cappellier (HCa)")."""
    hits = []
    for match in _NAME_THEN_OWN_PARAPH.finditer(text):
        name, token = match.group("name"), match.group("token")
        if LEGAL_ENTITY.search(name) or token.lower() in _NOT_A_PARAPH:
            continue
        words = name.split()
        capitals = "".join(w[0] for w in words if w[0].isupper())
        lower = token.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        surname = words[-1].split("-")[0]
        own = token[: len(token) - len(lower)] == capitals and (
            not lower or surname[1 : 1 + len(lower)].lower() == lower
        )
        # an acronym in capitals only may be a unit's ("Team Ruimte Zuid (TRZ)"): then a known
        # first name must open the name
        if own and len(capitals) >= 2 and (lower or first_name_known(words[0])):
            hits.append(NameHit(*match.span("name"), name, "rule", 0.8))
    return hits


def _named_paraphs(text: str) -> list[tuple[re.Match[str], str]]:
    """Each paraph written next to a name, with the words it should be the initials of."""
    found = []
    for match in _PARAPH_AFTER_NAME.finditer(text):
        window = text[max(0, match.start() - 80) : match.start()]
        starts = list(_NAME_RUN_START.finditer(window))
        window = window[starts[-1].end() :] if starts else window
        # the name right before the bracket, or before a role after a comma ("Veerle
        # Nootenboom, HR-adviseur (VNo)")
        for part in (window, window[: window.rfind(",")] if "," in window else ""):
            run = _NAME_RUN.search(part.rstrip() + " ")
            if run:
                found.append((match, run.group(0)))
    found.extend((match, match.group("named")) for match in _PARAPH_BEFORE_NAME.finditer(text))
    for match in [
        *(m for m in _PARAPH_LEGEND.finditer(text) if not _OFFICE_JOB.search(m.group("job"))),
        *_legend_items(text),
        *_ATTENDEE_LEGEND.finditer(text),
    ]:
        found.append((match, _legend_words(match.group("named"))))
    return found


# A block of paraphs under its heading, one row per function: "Parafen\nTeamleider  HvdB
# 28-10\nJuridisch  JKn  29-10". The initials stand in their own column (two spaces or a tab).
_PARAPH_HEADING = re.compile(r"^[ \t]*(?i:parafen|parafering|paraafblok)[ \t]*:?[ \t]*\n", re.M)
_PARAPH_CELL = re.compile(
    r"(?:(?<=\S[ \t][ \t])|(?<=\t))[ \t]*(?P<token>[A-Z][A-Za-z.]{1,6})(?=[ \t]{2,}|\t|[ \t]*$)"
)


def _paraph_block(text: str) -> list[tuple[str, int]]:
    found = []
    for heading in _PARAPH_HEADING.finditer(text):
        for at, line in block_lines(text, heading.end()):
            for match in _PARAPH_CELL.finditer(line):
                token = match.group("token")  # "JKn", "HvdB", "R.Sch."; not "Teamleider"
                if (sum(c.isupper() for c in token) >= 2 or len(token) <= 4) and not re.search(
                    r"[a-z]{4}", token
                ):
                    found.append((token, at + match.start("token")))
    return found


def letters_in_order(letters: str, word: str) -> bool:
    """Whether `letters` occur in `word` in this order (not necessarily side by side)."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _paraph_of(token: str, login: str) -> bool:
    """Whether initials in capitals can be the paraph of a login beside them: its first letter
    and its letters in order ("BK", "bkamphuis"), and the login no word the code abbreviates
    ("de kolom TB (toeristenbelasting)")."""
    return (
        login[0] == token[0].lower()
        and letters_in_order(token.lower(), login)
        and not common_dutch_word(login)
    )


def _attendee_code(match: re.Match[str], words: str) -> bool:
    """Whether a list of those present gives a code in capitals made of the first letters of
    the name's words, its particles too, in order and from the first on: "ND  mr. N. de
    Rooij" (the list itself says who "ND" is, though `initials_of` does not read it so). Only
    the name up to a column's gap: "SA    Salomé Graafmans  Gemeente Heusden" is no "SA". The
    same for a legend that gives the person's job first: "YR = boa Yvo Rijnberg"."""
    token = match.group("token")
    listed = match.re is _ATTENDEE_LEGEND or (match.re is _PARAPH_LEGEND and match.group("job"))
    if not listed or not (token.isupper() and 2 <= len(token) <= 4):
        return False
    return first_letters_code(token, re.split(r"[ \t]{2,}|\t", words)[0])


def first_letters_code(code: str, name: str) -> bool:
    """Whether `code` is made of the first letters of the words of `name`, in order and from
    the first on, particles too: "ND" of "N. de Rooij", "YR" of "Yvo Rijnberg"."""
    firsts = "".join(word[0] for word in re.findall(r"[^\W\d_][\w'-]*", name)).lower()
    return name[:1] == code[:1] and letters_in_order(code.lower(), firsts)


# Two paraphs with a slash between, two people on one entry: "11-03 10:30 SW/DO"
_PARAPH_PAIR = re.compile(r"(?<![\w.@/-])([A-Z][A-Za-z]{1,3})/([A-Z][A-Za-z]{1,3})(?![\w@/-])")


def _paraphs(text: str) -> list[NameHit]:
    """Paraphs in their cue, then every other stand-alone use of the same paraph (a log's
    column, "... Melding MOR-2025-118204. MVe")."""
    found: set[str] = set()
    hits = []
    for match in _PARAPH_CUED.finditer(text):
        group = next(i for i, g in enumerate(match.groups(), 1) if g)
        token, start = match.group(group), match.start(group)
        if token.lower() in _NOT_A_PARAPH or token in _SMALL_WORDS:
            continue
        if token[0].isupper() and sum(c.isupper() for c in token) < 2:
            continue  # "Paraaf: Jan" is a first name, left to the name rules
        found.add(token)
        hits.append(NameHit(start, start + len(token), token, "rule", 0.75))
    # "Inge Welleweerd (IW)", "Veerle Nootenboom, HR-adviseur (VNo)", "IdK (Ise de Kreij, ...)",
    # "GvB = Gerrit van Buuren"
    for match, words in _named_paraphs(text):
        token, start = match.group("token"), match.start("token")
        if not (initials_of(token, words) or _attendee_code(match, words)) or (
            # an abbreviation ("PS", "HR", "NV") only in a legend that gives a person's first
            # name or initials: "PS = Priya Sewdien", "NV = Velthuis, N."
            token.lower() in _NOT_A_PARAPH
            and not (
                # ... or before the name in brackets: "BV (Bart Veldkamp, bveldkamp)"
                match.re in (_PARAPH_LEGEND, _LEGEND_ITEM, _ATTENDEE_LEGEND, _PARAPH_BEFORE_NAME)
                and (first_name_known(words.split()[0]) or re.match(r"(?:[A-Z]\.)+ ", words))
            )
        ):
            continue
        found.add(token)
        if not any(h.start == start for h in hits):
            hits.append(NameHit(start, start + len(token), token, "rule", 0.75))
    # initials before their own login in brackets: "door BK (bkamphuis)", "NdR (ndrooij)"
    for match in _PARAPH_BEFORE_LOGIN.finditer(text):
        token, login = match.group("token"), match.group("login")
        if _paraph_of(token, login) and len(login) <= 16 and _surname_login(login):
            found.add(token)
    # a login and its paraph in brackets after it: "jkattenpoel (JK)", "nplomp (NP)"
    for match in _LOGIN_BEFORE_PARAPH.finditer(text):
        token, login = match.group("token"), match.group("login")
        if (
            _paraph_of(token, login)
            and token.lower() not in _NOT_A_PARAPH
            and (_login_shaped(login) or _surname_login(login))
        ):
            found.add(token)
            hits.append(NameHit(*match.span("login"), login, "rule", 0.75))
    for match in _TUSSENVOEGSEL_PARAPH.finditer(text):
        if match.group(0) not in _NOT_A_PERSONAL_PARAPH:
            found.add(match.group(0))
    for match in _SURNAME_LETTERS_PARAPH.finditer(text):
        if match.group(0) not in _NOT_A_PERSONAL_PARAPH:
            found.add(match.group(0))
    for token, start in _paraph_block(text):
        if token.lower() not in NOT_A_PARAPH and token not in _NOT_A_PERSONAL_PARAPH:
            found.add(token)
            hits.append(NameHit(start, start + len(token), token, "rule", 0.75))
    for match in _LOG_PARAPH.finditer(text):
        token = match.group("token")
        if token.lower() not in _NOT_A_PARAPH | _NOT_A_SIGNATURE:
            found.add(token)
    for match in _SIGNED_PARAPH.finditer(text):
        token = match.group("token")
        if token.lower() not in _NOT_A_PARAPH | _NOT_A_SIGNATURE and (
            token not in _NOT_A_PERSONAL_PARAPH
        ):
            found.add(token)
            hits.append(NameHit(match.start("token"), match.end("token"), token, "rule", 0.7))
    # initials in a name column ("| teamleider | Jeroen Bosgra | jbosgra | JB |"), to be found
    # again in a remark below ("Opmerking JB: ...")
    found |= {
        cell
        for start, end, kind in find_table_cells(text)
        if kind == "name" and _initials_cell(cell := text[start:end].strip(), NOT_A_PARAPH)
    }
    found |= _listed_with(text, found)
    found |= _column_siblings(text, found)
    for token in found:
        for match in re.finditer(rf"(?<![\w.@/-]){re.escape(token)}(?![\w@/-]|\.\w)", text):
            if not any(h.start == match.start() for h in hits):
                hits.append(NameHit(match.start(), match.end(), token, "rule", 0.7))
    # ... and two of them with a slash between ("SW/DO"), which the search above passes by
    for match in _PARAPH_PAIR.finditer(text):
        if match.group(1) in found and match.group(2) in found:
            hits += [NameHit(*match.span(g), match.group(g), "rule", 0.7) for g in (1, 2)]
    return hits


# A user account built from an initial and a surname, as a system export writes who did
# something: "gegenereerd door m.piekema", "telefoon;s.voortman;". Not a file name, a web
# address or the local part of an e-mail address.
_ACCOUNT_NAME = re.compile(
    r"(?<![\w.@/-])[a-z]\.(?!(?:pdf|docx?|xlsx?|odt|txt|html?|jpe?g|png|csv|zip|msg|eml)\b)"
    r"[a-z]{4,}(?![\w.@/-]|\.[a-z])"
)


# A table's alias in an SQL query ("FROM cred_crediteur c JOIN cred_mutatie m") or a node's in
# Cypher ("MATCH (e:Medewerker)"): "c.naam", "m.status" are its columns, no accounts.
_QUERY_ALIAS = re.compile(
    r"\b(?:FROM|JOIN|UPDATE|from|join|update)[ \t\n]+[\w.$\"\[\]]+[ \t\n]+(?:(?:AS|as)[ \t]+)?"
    r"(?P<alias>[a-z])\b(?![ \t]*[.(])"
    r"|\((?P<node>[a-z]):[A-Z]\w*"
)


_QUERY_START = re.compile(r"\b(?:SELECT|MATCH|UPDATE|DELETE|select|match|update|delete)\b")
_QUERY_END = re.compile(r";|\n[ \t]*\n|\Z")


def _queries(text: str) -> list[tuple[int, int, set[str]]]:
    """(start, end, aliases) of each query statement with the aliases it declares."""
    found = []
    for start in _QUERY_START.finditer(text):
        end = _QUERY_END.search(text, start.end())
        stop = end.start() if end else len(text)
        aliases = {
            m.group("alias") or m.group("node")
            for m in _QUERY_ALIAS.finditer(text, start.start(), stop)
        }
        if aliases:
            found.append((start.start(), stop, aliases))
    return found


def _code_variable(text: str, start: int, queries: list[tuple[int, int, set[str]]]) -> bool:
    """Whether the "x." of an account-like "x.word" at `start` is a variable of code: an alias
    the query around it declares, or a function's parameter earlier on the line ("(v) =>
    v.naam", "lambda r: r.naam")."""
    letter = text[start]
    if any(a <= start < b and letter in aliases for a, b, aliases in queries):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    parameter = rf"(?:\(|\b){letter}\)?[ \t]*=>|\blambda[ \t]+{letter}[ \t]*:"
    return re.search(parameter, text[line_start:start]) is not None


# Any account after the word for it: "(gebruiker: gvbuuren)", "door gebruiker mvdveer",
# "Gebruikersnaam: jdekker".
_CUED_ACCOUNT = re.compile(
    # (a customer's login on a ticket: "Klant-ID: jpos-25")
    r"(?:(?i:gebruiker|gebruikersnaam|inlognaam|account|user(?:name)?|login|klant-?id|paraaf)"
    r"[ \t]*:"
    r"|(?<![\w-])(?i:door|van)[ \t]+(?i:gebruiker))[ \t]*"
    # (past the initials of a first hand: "Paraaf: PB / glagerweij")
    r"(?:[A-Z]{2,3}[ \t]*/[ \t]*)?"
    # (not the next label: "Paraaf: EJG / directie: HvdWi")
    r"(?P<account>[a-z][a-z0-9._-]{2,23}[a-z0-9])(?![\w@/-]|\.[a-z]|[ \t]*:)"
    # "bron: Subsidiesysteem, gebruiker tluijten; bedragen ..."
    # "... 16:40, gebruiker skranenburgh" at the end of an export's header line
    # ... also "login" in brackets: "S. Koç, toezichthouder horeca (login skoc)"
    r"|(?<![\w-])(?:(?i:gebruiker)|(?<=\()(?i:login|inlog|account))[ \t]+"
    r"(?P<listed>[a-z][a-z0-9._-]{2,23}[a-z0-9])"
    # ... or before an XML comment's end or the team in brackets: "gebruiker thazeleger -->",
    # "gebruiker nelkhatib (DIV)"
    r"(?=[ \t]*(?:[;,)|–\n]|-->|\((?-i:[A-Z][A-Za-z&]{1,12})\)|$))"
)
# Who filled in or checked a record: "Ingevuld door: fslingerland", "gecontroleerd: kvollebregt",
# "tweede toezichthouder: dstuivenberg" (a word may stand there: "gecontroleerd: handtekening
# komt overeen", "Ingevuld door: consulent Maaike Verdonk")
_CHECKED_ACCOUNT = re.compile(
    # ... or received or handled it: "Ontvangen door: alammertink", "Klachtcoördinator: mpelgrum"
    r"(?i:(?:ingevuld|ontvangen|behandeld)[ \t]+door|gecontroleerd|controleur|"
    # ... or tested it: "Tweede controle: mzandbergen, 17-10-2025", "Toetsing: mzandbergen;"
    r"tweede[ \t]+controle|toetsing|getoetst[ \t]+door|"
    r"klachtco[öo]rdinator|tweede[ \t]+toezichthouder)[ \t]*:[ \t]*"
    # (a word after it, "Ingevuld door: consulent Maaike Verdonk", not the date after "op":
    # "Ontvangen door: dvommeren op 04-03-2025")
    r"(?P<account>[a-z][a-z0-9._-]{2,23}[a-z0-9])(?![\w@/-]|\.[a-z]|[ \t]+(?!op[ \t]+\d)[a-z])"
)
# A login in brackets after the team it was passed to: "Doorgezet naar: riolering (jvdkolk)",
# "Doorgezet naar toezicht (fhoevenaars)"; begun as no Dutch word begins (not "(atelier)") and
# with a surname on deduce's lists, so with the lists loaded only.
_BRACKETED_ACCOUNT = re.compile(r"(?<=[\w.][ \t]\()(?P<account>[a-z][a-z0-9]{4,20}[a-z0-9])(?=\))")
# An account as a log's key-value pair ('user="rpeskens"', "auid=movereem",
# "eigenaar=bveldhuizen"), a header's ("X-Gebruiker: dkooiman", "SamAccountName : svdhoek") or an
# INI section's name ("[gebruiker.tvogten]").
_KEYED_ACCOUNT = re.compile(
    r"(?:(?<![\w-])(?i:user|username|srcuser|dstuser|login|auid|uid|usr|userid|acct|account|"
    r"owner|eigenaar)=\"?|(?<![\w-])(?i:x-gebruiker|x-user|samaccountname)[ \t]*:[ \t]*)"
    r"(?P<account>[a-z][a-z0-9._-]{2,23}[a-z0-9])(?=[\"\s,;]|$)"
    r"|^\[(?i:gebruiker|user|account|medewerker)[.:](?P<listed>[a-z][a-z0-9._-]{2,23}[a-z0-9])\]",
    re.MULTILINE,
)
# The owner of a file in a listing of `ls -l` or `tar -tv`: "-rw-r----- gvoskuilen/grafadm
# 402118 2024-02-12 09:14 kaarten/...", "drwxr-x--- 2 jvdlinden vrijwilligers 4096 ...".
_LISTING_OWNER = re.compile(
    r"^[ \t]*[-dlcbps][-r][-w][-xsS][-r][-w][-xsS][-r][-w][-xtT][.+@]?[ \t]+(?:\d+[ \t]+)?"
    r"(?P<account>[a-z][a-z0-9._-]{2,23}[a-z0-9])(?:/|[ \t]+)[\w.-]+[ \t]+\d",
    re.MULTILINE,
)
# The login of who acted, in an activity log written as date, login, action:
# "  11-03-2025  jslob       huisbezoek, 6 personen", "2025-04-14 13:32 mvandieren  akkoord".
_ACTING_ACCOUNT = re.compile(
    r"^[ \t]*(?:\d{2}-\d{2}-\d{4}|\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?[ \t]+"
    r"(?P<account>[a-z][a-z0-9._-]{3,23}[a-z0-9])[ \t]{2,}\S",
    re.MULTILINE,
)
# A system's account as a file's owner, by its end: "belapp", "wwwdata", "gis_export" (by its
# start: `_SERVICE_ACCOUNT`, `_SYSTEM_ACCOUNT`; a team's: `_IMPERSONAL_LOGIN`)
_MACHINE_ACCOUNT = re.compile(r".*(?:app|svc|srv|data|admin|backup|import|export|ftp)")
# A JSON export's author: '"door":"mrietmolen"', '"verwerkt_door": "bgeense"' (not a team's
# account: '"door":"handhaving"')
_JSON_AUTHOR = re.compile(
    r"\"(?i:(?:aangemaakt|ingevoerd|gewijzigd|gecontroleerd|verwerkt|behandeld)_)?(?i:door)\""
    r"[ \t]*:[ \t]*\""
    r"(?P<account>[a-z][a-z0-9._-]{2,23}[a-z0-9])\""
)
# A login as the value of a key that names who handled or did something: "behandelaar: rhoeks"
# in a YAML example, "Weger         : hjansen" on a weighbridge ticket, '"from": "yrovers"' in
# a ticket export (initials and a surname on deduce's list only: `_surname_login`).
_ROLE_KEYED_ACCOUNT = re.compile(
    # (also a compound: '"baliemedewerker": "lbrugman"')
    r"(?<![\w-])\"?(?i:behandelaar|weger|\w*medewerker|monteur|inspecteur|uitvoerder|chauffeur|"
    r"toezichthouder|onderzoeker|from|assignee|assigned_to|author|reporter|agent|requester|"
    # who logged or changed a record, a device's user: '"loggedBy": "shofstra"',
    # '"username": "jelleharkema"'
    r"(?:logged|created|modified|updated|changed|closed|handled)_?by|operator|installer|"
    # a workflow's step in an XML form: '<Stap naam="intake" door="ikamphuis"'
    r"door|"
    r"user_?name|user|login)\"?"
    r"[ \t]*(?:=>|[:=])[ \t]*\"?"  # Ruby's hash too: '"medewerker" => "adogan"'
    # the whole value: not a transcript's "Agent: goedemiddag, ..."
    # (or before the next field: "Behandelaar: pbroekhuizen | status: compleet")
    r"(?P<account>[a-z][a-z0-9._-]{3,23}[a-z0-9])(?=\"|[ \t]*$|[ \t]+\|[ \t])",
    re.MULTILINE,
)
# An external person's account ("ext_dzwart", "ext-rhesselink") and a login glued to a
# device's code with an underscore ("TD-GA-LM0712_jdeboer"): initials and a known surname only.
_EXTERNAL_ACCOUNT = re.compile(
    r"(?<![\w.@/-])(?P<account>(?i:ext|extern)[_.-][a-z][a-z0-9]{3,20})(?![\w@/-]|\.[a-z])"
    r"|(?<=[A-Z0-9]_)(?P<listed>[a-z][a-z0-9]{3,20})(?![\w@/-]|\.[a-z])"
)
# A laptop or workstation named after its user: a site's code, the kind of device and the login
# in capitals ("UIT-LT-PJONKER", "TD-WS-BNIJBOER"); initials and a known surname only.
_USER_DEVICE = re.compile(
    r"(?<![\w.@/-])[A-Z]{2,5}-(?:LT|WS|NB|PC|DT|WP)-(?P<account>[A-Z]{4,20})(?![\w@/-])"
)
# A login in prose after "door" or "van", before a date, the end of the clause or its purpose:
# "gesorteerd door rhesselink;", "uitgevoerd 20-07 door mtenbrink", "(notitie van shofstra)";
# with deduce's lists only (`_surname_login`), as a word may stand there ("van harte,").
_PROSE_ACCOUNT = re.compile(
    # ... or through whom: "samenvoegen via jwassink"
    # (also a form's field with leader dots: "Ontvangen door ......... ekocabas (bijlagen")
    r"(?<![\w-])(?:door(?:[ \t]*\.{3,})?|van|via|"
    r"(?i:doorgezet|doorgestuurd|overgedragen)[ \t]+(?:naar|aan)"
    # ... or a received file's or a note's label: "Ontvangen: swolterink (KCC)", "Notitie
    # iheutinck: nr. 10 is ..."; who handled or booked it: "Behandeld: ikoppenaal  |",
    # "ingeboekt: jvdlinden |", "Behandelaar shurkmans;"
    r"|(?i:ontvangen|behandeld|ingeboekt)[ \t]*:|(?i:behandelaar)"
    r"|(?i:notitie)(?=[ \t]+[a-z][a-z0-9]{3,20}[a-z0-9]:))"
    r"[ \t]+(?P<account>[a-z][a-z0-9]{3,20}[a-z0-9])"
    # ... or before what it was done for or where: "Geëxporteerd door theijink voor incident
    # ...", "gemaakt door theijink op verzoek van de FG", "gescand door swolterink bij zaak ...",
    # or its team in brackets
    # ("aangemaakt door wscholtens ten behoeve van", "behandeld door hrengelink i.p.v. ...")
    # ... or when: "verwijderd door jsperling op 10-09-2025"; or before the next field: "|"
    r"(?=[ \t]*[;,.):|\n]|[ \t]+\d|[ \t]*$|[ \t]+\(|[ \t]+op[ \t]+\d"
    r"|[ \t]+(?:voor|bij|op[ \t]+verzoek|namens|ten[ \t]+behoeve|i\.p\.v\.|t\.b\.v\.)(?!\w))",
    re.MULTILINE,
)
# A system's own account, no person: "svc_suwi", "service.batch", "sys_import".
_SERVICE_ACCOUNT = re.compile(r"(?:svc|srv|sys|service|batch|system|app|api|task)[._-]")
# A Windows account with its domain, as an audit log writes it: "mg\\tvdkuik", "GEM\\j.devries";
# a JSON export escapes the backslash ("EDE\\\\kvanasselt").
_DOMAIN_ACCOUNT = re.compile(
    # (not a share on a server: "\\\\dgn-fs01\\afdelingen$\\Grondzaken")
    r"(?<![\w\\/.-])(?P<account>[A-Za-z][A-Za-z0-9_-]{1,14}\\{1,2}[a-z][a-z0-9._-]{1,22}[a-z0-9])"
    r"(?![\w\\/$])"
)
# The profile folder of a Windows or Unix account in a path or a prompt:
# "C:\\Users\\esjirkstra\\AppData", "PS C:\\Users\\adm-jvelshorst>", "/home/pvdlaan/"; not a
# shared or built-in profile.
_PROFILE_ACCOUNT = re.compile(
    r"(?i:[A-Z]:\\{1,2}Users\\{1,2}|/home/|/Users/)"
    r"(?!(?i:public|default|all users|administrator|admin|shared)\b)"
    r"(?P<account>[A-Za-z][A-Za-z0-9._-]{2,23}[A-Za-z0-9])(?=\\|/|>)"
)
# A social media handle: "X – DM van @quincy_tuinkamp"; not an e-mail address.
# not a Matrix user ID ("@meldkamer:vrzl.nl"): detect reads those, with the server after them
_HANDLE = re.compile(r"(?<![\w.@])@(?P<handle>[A-Za-z0-9_]{3,30})(?![\w.@-]|:[a-z0-9-]+\.)")
# The end of a quoted key: '"@timestamp" => ...', '"@context": ...' (not a value: '"@jan",')
_QUOTED_KEY_END = re.compile(r'"[ \t]*(?::|=>)')
# The fields a log search names with an "@", unquoted: CloudWatch Logs Insights' "fields
# @timestamp, @message", Logstash's "@version"; JSON-LD's "@context", "@type"
_AT_FIELDS = frozenset(
    {"timestamp", "message", "version", "logstream", "log", "ptr", "ingestiontime",
     "requestid", "duration", "type", "context", "id", "graph", "value", "fields"}
)  # fmt: skip
_PUBLIC_HANDLE = re.compile(
    r"(?i)gemeente|provincie|politie|omroep|nieuws|waterschap|brandweer|ggd|nos|rtv|krant|"
    r"courant|bibliotheek|museum|stichting|vereniging|info"
)
# Logins listed after the word for them: "accounts jmeertenshof, bvaessen", "Gebruikersnamen in
# paden (akampkotte, pbornebroek)", "drie collega's (hdriesmolen, sheldenweerd en dcoolhaege-ext)",
# "account rwantveld uitgeschakeld".
_LOGIN_TOKEN = r"[a-z][a-z0-9._-]{3,23}[a-z0-9]"
_LISTED_ACCOUNTS = re.compile(
    r"(?:(?<![\w-])(?i:accounts|gebruikersnamen|inlognamen|logins|collega's|medewerkers)"
    r"(?:[ \t]+[a-z]{2,12}){0,3}[ \t]*(?:\([ \t]*|:[ \t]*)"
    r"|(?<![\w-])(?i:accounts|gebruikersnamen|inlognamen|logins)[ \t]+)"
    rf"(?P<list>{_LOGIN_TOKEN}(?:(?:[ \t]*,|[ \t]+en)[ \t]+{_LOGIN_TOKEN})*)(?=[ \t]*[)\n;.])"
    # one account, and what happened to it
    rf"|(?<![\w-])(?i:account)[ \t]+(?P<single>{_LOGIN_TOKEN})[ \t]+(?:is[ \t]+|werd[ \t]+)?"
    r"(?=uitgeschakeld|geblokkeerd|verwijderd|aangemaakt|gedeactiveerd|vergrendeld|opgeheven)",
    re.MULTILINE,
)
# A team's or a system's account among them: "ibabs_support", "servicedesk-ict"
_IMPERSONAL_LOGIN = re.compile(
    r"support|helpdesk|servicedesk|beheer|team|noreply|no-reply|bot(?![a-z])|info|balie|griffie"
)
# A system's built-in account, nobody's: "uid=www-data", "owner=postgres", "root@web01:~#".
SYSTEM_USERS = frozenset(
    {"root", "admin", "administrator", "deploy", "www-data", "postgres", "oracle", "git",
     "jenkins", "ansible", "vagrant", "ubuntu", "debian", "centos", "ec2-user", "user",
     "pi", "docker", "backup", "beheer", "beheerder", "service", "nobody", "test"}
)  # fmt: skip
_NOT_AN_ACCOUNT = SYSTEM_USERS | {
    "systeem", "system", "onbekend", "anoniem", "nvt", "geen", "n.v.t.", "leeg", "diverse",
    "overig",
    # a log's own words after "user=" or "login=": nobody's account
    "anonymous", "unknown", "success", "failed", "failure", "true", "false", "none", "null",
    "guest", "gast", "extern", "intern", "everyone", "iedereen",
}  # fmt: skip
# A system account after "aangemaakt door" in an export's header: "aangemaakt 03-10-2025 08:55
# door wtbroekhuis" (a login, not a Dutch word).
_DONE_BY = (
    r"(?<![^\W\d_])(?i:aangemaakt|gegenereerd|ingevoerd|gewijzigd|geregistreerd|verwerkt|uitgedraaid|"
    r"aangepast|bijgewerkt|opgevraagd|"
    # a ticket's status line: "Status: opgelost (19-05-2025 16:10) door mweerhof, ..."
    r"opgelost|afgehandeld|gesloten|toegewezen|"
    # who delivered or checked a file: "(aangeleverd door anowak)", "review door jvanderhoek"
    r"aangeleverd|gecontroleerd|goedgekeurd|review|commit|"
    # ... or exported it: "# export door ndrooij op 2025-12-01 16:22"
    r"ge[eë]xporteerd|export|opgesteld|afgedrukt|gemaakt)"
    r"[^\n]{0,60}?[ \t]door(?![a-z])[ \t]*:?[ \t]*"
    r"(?P<account>[a-z][a-z0-9._]{3,15}[a-z0-9])"
)
_ACCOUNT_AFTER_DOOR = re.compile(  # the account ends the field: "door wtbroekhuis; bestand"
    _DONE_BY
    # "Verwerkt door: schaapmj (Provincie Utrecht)": also before a bracket
    # "gegenereerd 2026-02-11T08:02 door fkorteweg --": an export's header line
    # "Gemaakt door: wdaelmans op 24-11-2025 08:12": before the date
    + r"(?=[ \t]*(?:[;,()|–\n]|[ \t]-{1,2}(?:\s|$)|\Z)|[ \t]+op[ \t]+\d)"
)
# ... or ends a sentence, a JSON string or an XML comment, or comes before where or what for
# ("ingevoerd door pvanderhaar.", "gewijzigd door bgiessenbeek\"", "aangemaakt door mvonkaalders
# -->", "Gemaakt door hheusinkveld in Google My Maps", "opgevraagd door noualhadj t.b.v."), where
# a word may stand as well ("gemaakt door jullie."): so only what is shaped as a login
_ACCOUNT_AFTER_DOOR_IN_PROSE = re.compile(
    _DONE_BY + r"(?=\.(?:\s|\Z)|\"|[ \t]*-->|[ \t]+(?:in|t\.b\.v\.)[ \t])"
)


_GIVEN_NAME_FIELD = re.compile(r"(?i:voornamen|voornaam|roepnaam)[ \t]*\*?[ \t]*[:=][ \t]*$")
_INITIALS_SURNAME = re.compile(r"(?:[A-Z]\.[ ]?){1,4}[A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]{2,})?")
_FIRST_SURNAME = re.compile(
    r"(?!(?:Van|De|Der|Den|Ten|Ter|Het)[ ])[A-Z][a-zà-ÿ]{1,15}[ ][A-Z][a-zà-ÿ]{2,}"
    r"(?:-[A-Z][a-zà-ÿ]{2,})?"
)


_GREETING = re.compile(rf"(?i:{_GREETINGS})\b")
# who a mail greets as a group: "Raadsleden", "Iedereen", "Team Vergunningen", "Buurtbewoners"
_GROUP = re.compile(
    r"(?i:iedereen|allen|allemaal|team\b.*|[\w-]*leden|[\w-]*bewoners|[\w-]*genoten|collega'?s|"
    r"heren|dames|[\w-]*commissie|[\w-]*raad|college|afdeling\b.*|gemeente\b.*)"
)


# The parent key of a YAML block that describes a thing, not a person: its "naam:" is the
# thing's name ("evenement:\n  naam: Sloepentocht Kop van Overijssel").
_OBJECT_KEYS = frozenset(
    {"evenement", "event", "organisatie", "organisation", "bedrijf", "company", "vereniging",
     "stichting", "locatie", "location", "project", "activiteit", "school", "instelling", "club",
     "sloep", "schip", "vaartuig", "boot", "pand", "object", "gebouw", "accommodatie", "venue"}
)  # fmt: skip
_YAML_PARENT = re.compile(r"^(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>[\w-]+):[ \t]*$", re.MULTILINE)


def _parent_key(text: str, start: int, parents: re.Pattern[str], reach: int) -> str | None:
    """The key of the nearest line above text[start] that `parents` matches and that is less
    indented than the line of text[start] (a YAML block's or a pretty-printed JSON object's
    key, lower-cased); None on a line without indentation or without such a parent."""
    line_start = text.rfind("\n", 0, start) + 1
    indent = len(text[line_start:start]) - len(text[line_start:start].lstrip(" \t"))
    if indent == 0:
        return None
    for parent in reversed(list(parents.finditer(text, max(0, line_start - reach), line_start))):
        if len(parent.group("indent")) < indent:
            return parent.group("key").lower()
    return None


def _in_object_section(text: str, start: int) -> bool:
    """Whether text[start] lies on an indented line of a YAML block about a thing."""
    return _parent_key(text, start, _YAML_PARENT, 600) in _OBJECT_KEYS


# A JSON list of organisations by its key: '"schuldeisers": [' holds creditors
_ORGANISATION_LIST_KEYS = frozenset(
    {"schuldeisers", "schuldeiser", "crediteuren", "crediteur", "leveranciers", "instanties",
     "organisaties", "ketenpartners", "verzekeraars", "zorgverzekeraar", "werkgevers"}
)  # fmt: skip
_JSON_PARENT = re.compile(r"^(?P<indent>[ \t]*)\"(?P<key>\w+)\"[ \t]*:[ \t]*[\[{][ \t]*$", re.M)
_JSON_NAME_VALUE = re.compile(r"\"(?i:naam|name)\"[ \t]*:[ \t]*\"$")


def json_name_parent(text: str, start: int) -> str | None:
    """The key of the JSON object or list whose "naam" text[start] is ("client" for a
    '"naam": "D. Lubbers"' on an indented line below '"client": {'), from the indentation of a
    pretty-printed export; None where text[start] is no "naam" value."""
    if not _JSON_NAME_VALUE.search(text, max(0, start - 20), start):
        return None
    return _parent_key(text, start, _JSON_PARENT, 800)


def _in_organisation_list(text: str, start: int) -> bool:
    """Whether text[start] is the "naam" of an element of a JSON list of organisations: '{"naam":
    "CJIB", ...}' below '"schuldeisers": [' (a creditor, no person)."""
    return json_name_parent(text, start) in _ORGANISATION_LIST_KEYS


def _line_at(text: str, index: int) -> str:
    """The line of `text` that `index` stands on."""
    end = text.find("\n", index)
    return text[text.rfind("\n", 0, index) + 1 : end if end >= 0 else len(text)]


def find_names(text: str, *, use_model: bool = True) -> list[NameHit]:
    """Candidate person names in `text` (no role decision yet), sorted, not overlapping."""
    hits: list[NameHit] = []
    for pattern, confidence, groups in _RULES:
        for match in pattern.finditer(text):
            group = next(g for g in groups if match.group(g) is not None)
            start, end = match.span(group)
            span = _clean(text, start, end, cased=group != "lower")
            if (
                span is None
                and pattern is _CHAT_SENDER
                and _FIRST_AND_INITIAL.fullmatch(text, start, end)
            ):
                span = (start, end)  # a chat sender "Gülay K.": a first name and an initial
            if (
                span is None
                and pattern in (_JOB_CUED, _FORM, _TITLED)
                and (
                    _INITIALS_SURNAME.fullmatch(text, start, end)
                    # "de heer Bas Leunisveld": a title and a first name make a person too
                    or (pattern is _TITLED and _FIRST_SURNAME.fullmatch(text, start, end))
                )
                and not _HOUSE_NUMBER_NEXT.match(text, end)
            ):
                # "sportconsulent, A. Hoornweg", "Handtekening: W. Steenwinkel": initials and
                # a cue make a person, though the surname ends like a street or a shop
                span = (start, end)
            if (
                span is None
                and pattern is _FORM
                and _GIVEN_NAME_FIELD.search(text, max(0, start - 20), start)
                and all(first_name_known(w) for w in text[start:end].split())
            ):
                span = (start, end)  # "Roepnaam: Anna": a first name, though a place too
            if span is None:
                continue
            start, end = span
            value = text[start:end]
            if pattern is _NICKNAME and _ANIMAL.search(text, max(0, start - 120), start):
                continue  # 'uw hond, ..., roepnaam "Brutus"'
            if pattern is _REVERSED and value.split(",", 1)[0].strip().lower() in GREETINGS:
                continue  # "Groet, Martine": a closing and a first name, no "surname, name"
            if pattern is _FORM and _in_object_section(text, start):
                continue  # "evenement:\n  naam: Sloepentocht Kop van Overijssel"
            if (
                pattern is _FORM
                and "," in value
                and ("." in value.split(",", 1)[0] or _HOUSE_NUMBER_NEXT.match(text, end))
            ):
                # "J. Koolen, Wmo-consulent" -> "J. Koolen"; "Bestuurder: Henning Tiedemann,
                # Lindenstraße 37": the street after the comma is no name
                end = start + value.index(",")
            words = text[start:end].split()
            if pattern is _JOB_CUED and len(words) < 2:
                continue
            if (
                pattern is _WITH_BIRTH
                and text.startswith(",", end)
                and (
                    len(words) < 2
                    or not LIST_ITEM_START.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
                )
            ):
                continue  # "Amsterdam, geboren en getogen"; only an item of a list
            if pattern is _OFFICER_SURNAME and (
                any(_common_word(w) for w in re.split(r"[ -]", value))
                or _is_place(value, small_places=True)
            ):
                continue  # "de wijkagent Centrum", "boa Zuid": a district, not a surname
            if (
                pattern not in (_CHAT_SENDER, _NOTE_LOG_AUTHOR)
                and len(words) == 1
                and _LABEL_NEXT.match(text, end)
                # a speaker in minutes: "Mevrouw Zwartboer: ..."
                and not (
                    pattern is _TITLED and _PERSON_TITLE_BEFORE.search(text, match.start(), start)
                )
                # ... or a neighbour quoted in a note: "buurvrouw Pos: hij slaapt er nog"
                and not (pattern is _RELATION_CUED and _SMALL_WORDS_AFTER_COLON.match(text, end))
            ):
                continue  # a label left after redaction: "mr. Direct:", "Hoogachtend, Bijlagen:"
            if pattern is _CHAT_SENDER and len(words) == 1 and _SPEAKER_ROLE.fullmatch(value):
                continue  # "[00:00:04] PRESENTATOR (...):", "DIJKGRAAF:": a role, not a name
            if (
                pattern is _CHAT_SENDER
                and text.startswith("(", match.start())
                and not _pidgin_log(text)
            ):
                continue  # "(19:35) Mededelingen: geen.": an agenda's times, not a chat log
            if pattern is _CHAT_SENDER and _heading_after_time(words):
                continue  # "[00:01:25] Tweede voorval: ...", "Concreet: ..." in a transcript
            if group == "lower" and common_dutch_word(value):
                continue  # "de paraaf van betrokkene zelf": a word, not a name in small letters
            if pattern is _TITLED and _GREETING.match(match.group(0)) and _GROUP.fullmatch(value):
                continue  # "Beste raadsleden,", "Goedemorgen team Vergunningen,": no person
            if pattern is _CUE_AFTER and _is_place(text[start:end], small_places=True):
                continue  # "..., Den Haag\nMelder: ...": a place ends the line before a role
            if (
                pattern is _CUE_AFTER
                and "  " in match.group(group)
                and text.startswith("  ", match.end(group))
            ):
                continue  # "Unit  Adres      Bewoner(s)": a table's header row, in columns
            if (
                pattern is _HEADER
                and match.group(0).lstrip().startswith("Namens")
                and _line_at(text, start).count("Namens") > 1
            ):
                continue  # "Namens Mooiland  Namens de bouwer": who signs for whom, in columns
            hits.append(NameHit(start, end, text[start:end], "rule", confidence))
    hits.extend(_initials_only(text))
    hits.extend(_initials_fields(text))
    hits.extend(_names_with_own_paraph(text))
    hits.extend(_paraphs(text))
    queries = _queries(text)
    for match in _ACCOUNT_NAME.finditer(text):
        if not _code_variable(text, match.start(), queries):
            hits.append(NameHit(match.start(), match.end(), match.group(0), "rule", 0.7))
    accounts, recurring = _logins(text)
    hits.extend(accounts)
    hits.extend(_table_names(text))
    hits.extend(recurring)
    hits.extend(_caps_reversed(text))
    if use_model:
        hits.extend(_model_names(text))
        hits.extend(_first_name_led(text))
        hits.extend(_chat_first_names(text))
        hits.extend(_file_name_persons(text))
    spans = [m.span("org" if m.group("org") else "firm") for m in _ORG_NAME.finditer(text)]
    spans += [m.span(0 if m.group("venue") else "club") for m in _VENUE_NAME.finditer(text)]
    # every tail of the name too: "De Drentse Wolden" of "Recreatiepark De Drentse Wolden B.V."
    names = {
        " ".join(words[k:])
        for a, b in spans
        for words in [text[a:b].split()]
        for k in range(len(words))
        if words[k] != "&"
    }
    hits = [_without_leading_noun(text, _without_acronym(h)) for h in hits]
    hits = [
        _before_organisation(text, h, spans)
        for h in hits
        if h.text.strip() not in names
        and not any(a <= h.start and h.end <= b for a, b in spans)
        and not _TRUNCATED_COMPOUND.match(text, h.end)
        and not _section_heading(text, h)
        and not _language(text, h)
        and not _law_abbreviation(text, h)
        and not _in_a_date(text, h)
        and not _english_date(text, h)
        and not _TIME_ZONE_AFTER.match(text, h.end)
        and not _BOT_AFTER.match(text, h.end)
        and not _VEHICLE_MODEL_NEXT.match(text, h.start)  # "Mercedes Sprinter 8+1": a van
        and not _markup_word(text, h)
        and not _SYSTEM_ID.fullmatch(h.text)
        and not _administration_or_language(h)
        and not _HOUSE_BY_ARTICLE.match(h.text)
        and not _opening_adverb(text, h)
        and not _common_noun(text, h)
        and not _opening_word(text, h)
        and not _step_word(text, h)
        and not (h.text == "Damen" and _LADIES_AND_GENTLEMEN.match(text, h.start))
        and not _street_named_after(text, h)
        and not _municipal_handle(h)
        and not _in_organisation_list(text, h.start)
    ]
    # "Kenteken    Voertuig    Reden" over an aligned table: only the parts that read as a name,
    # and not an association in its own cell ("CV De Wellse Wortelen\tFrits Wellerkens")
    return _merge(
        [
            part
            for h in hits
            if h is not None
            for part in _split_at_wide_gaps(h)
            if (part is h or not _association_cell(text, part))
            and not _KEY_OF_A_READING.match(text, part.end)
        ]
    )


# A key with a measured value right after it, in a device's log: "Vac=253.4V", "Pac=0W".
_KEY_OF_A_READING = re.compile(r"=[ \t]*-?\d")
# A chat's bot, marked as such after its name: "Lyro (AI):", "Anna (bot)".
_BOT_AFTER = re.compile(r"[ \t]*\((?:AI|A\.I\.|bot|chatbot|virtuele assistent)\)", re.IGNORECASE)


# An English date line: "On Fri, May 9, 2025 at 11:04 PM", "Sent: Saturday, May 10, 2025".
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?"
_ENGLISH_DATE_WORD = re.compile(rf"^(?:On[ \t]+)?{_WEEKDAY}(?:,[ \t]*{ENGLISH_MONTH})?$")
_DAY_AND_YEAR_NEXT = re.compile(r",?[ \t]+(?:[A-Z][a-z]{2,8}[ \t]+)?\d{1,2},[ \t]*\d{4}\b")


def _english_date(text: str, hit: NameHit) -> bool:
    """ "On Fri" or "Saturday, May" before "9, 2025": a date in an English mail header."""
    return bool(_ENGLISH_DATE_WORD.match(hit.text) and _DAY_AND_YEAR_NEXT.match(text, hit.end))


def _heading_after_time(words: list[str]) -> bool:
    """Whether the words after a time stamp are a heading or a sentence's start, not a sender:
    a capital and then a word in small letters ("Tweede voorval", "Actiepunten voor mezelf"),
    or one common word ("Concreet"). A sender in small letters ("jildou mulderij") is a name."""
    if not words[0][:1].isupper():
        return False
    if len(words) == 1:
        return common_dutch_word(words[0])
    return any(w[:1].islower() and w.lower() not in _PARTICLES for w in words[1:])


def _association_cell(text: str, part: NameHit) -> bool:
    """Whether a part of a hit split at a table's gaps is an association's cell ("CV De Wellse
    Wortelen", "Jeugdraad ...") rather than a person's."""
    return bool(
        _ORG_BEFORE.search(text, max(0, part.start - 40), part.start) or _CLUB.match(part.text)
    )


# A speaker in a transcript named by the part they play: an office, a job or the programme's role.
_SPEAKER_ROLE = re.compile(
    rf"(?i:{_JOB}|{_ROLE_ALT}|presentator|presentatrice|"
    r"interviewer|interviewster|beller|spreker|spreekster|moderator|host|gast|verslaglegger|"
    r"voorzitter|secretaris|verslag|vraag|antwoord|"
    # a desk or a department speaking in a call transcript: "[00:00] KCC: Gemeente Velsen, ..."
    r"kcc|klantcontact|balie|loket|receptie|meldkamer|centralist|"
    # the parties of a hearing or an interview: "[00:02:12] BETROKKENE: ...", "KLAAGSTER:"
    r"betrokkene|getuige|klager|klaagster|verzoeker|verzoekster|bezwaarmaker|appellant|"
    r"belanghebbende|gemachtigde|raadsman|raadsvrouw|verweerder|verweerster|werkgever|"
    r"werknemer|deskundige|aanvrager|aanvraagster|"
    # who hears a party, and a relative who speaks for them: "HOORDER:", "DOCHTER:"
    r"hoorder|hoorster|dochter|zoon|echtgenoot|echtgenote|tolk)"
)


def role_word(word: str) -> bool:
    """Whether a word names a part someone plays (an office, a job, a speaker's role)."""
    return _SPEAKER_ROLE.fullmatch(word) is not None


def label_word(word: str) -> bool:
    """Whether a word is a label or heading that no name holds ("Namens", "Stemverklaring")."""
    return word.lower() in _STOP_WORDS


# A system's identifier of a user or an object, no name: "U05KJ2P1Q" (Slack), "A3F9K22".
_SYSTEM_ID = re.compile(r"(?=(?:[A-Z]*\d){2})[A-Z0-9]{6,}")
# A Windows time zone in a calendar export: "TZID=W. Europe Standard Time".
_TIME_ZONE_AFTER = re.compile(r"[ \t]+(?:Standard|Daylight)[ \t]+Time\b")

# A markup's own word, not a name: an attribute's name before its value ('<Data Name="Bron">',
# '<text page="1">') or a BibTeX entry's type ("@misc{mondeling2024,").
_ATTRIBUTE_NEXT = re.compile(r"=[ \t]*[\"']")


# ... or a directive after an "@": a diagram's delimiters in PlantUML source ("@startuml",
# "@endmindmap"), Turtle's and CSS's ("@prefix dgn: <...>", "@base", "@media")
_AT_DIRECTIVE = re.compile(
    r"(?:start|end)(?:uml|mindmap|gantt|wbs|json|yaml|salt|ditaa|dot)|prefix|base|media|import"
)


def _markup_word(text: str, hit: NameHit) -> bool:
    if _ATTRIBUTE_NEXT.match(text, hit.end):
        return True
    if text[hit.start - 1 : hit.start] == "@" and _AT_DIRECTIVE.fullmatch(hit.text):
        return True
    return text[hit.start - 1 : hit.start] == "@" and text.startswith("{", hit.end)


# Columns of an aligned table, not one name: "Kenteken    Voertuig    Locatie    Reden  Boa"
_WIDE_GAP = re.compile(r" {3,}|\t")


def _split_at_wide_gaps(hit: NameHit) -> list[NameHit]:
    """A hit across the columns of an aligned table, cut at the gaps: the parts that still read
    as a name (two words or an initial: "fam. Büsing", "Akkerbouw Wellens"), not a lone header
    word ("Kenteken")."""
    if not _WIDE_GAP.search(hit.text):
        return [hit]
    pieces: list[tuple[int, int]] = []
    at = 0
    for piece in _WIDE_GAP.split(hit.text):
        start = hit.text.index(piece, at)
        at = start + len(piece)
        if pieces and _ENDS_WITH_PARTICLE.search(hit.text, pieces[-1][0], pieces[-1][1]):
            pieces[-1] = (pieces[-1][0], at)  # "J.  van   Rernmerswaal" in a scan: one name
        else:
            pieces.append((start, at))
    return [
        NameHit(hit.start + a, hit.start + b, hit.text[a:b], hit.origin, hit.confidence)
        for a, b in pieces
        if len(hit.text[a:b].split()) >= 2 or re.search(r"\b[A-Z]\.", hit.text[a:b])
    ]


_ENDS_WITH_PARTICLE = re.compile(rf"(?<![\w-]){_PARTICLE}$")
_OPENING_PARTICLE = re.compile(rf"(?:(?i:{_PARTICLE})|{_PREFIX})[ \t]")


def opens_with_particle(name: str) -> bool:
    """Whether a surname opens with its particle or prefix: "El Bensaid", "Van Nolmeer"."""
    return _OPENING_PARTICLE.match(name) is not None


# (not across a table's tab: "NL18TRIO0355132525\tWO\tvoldaan" is a paraph, not Wednesday)
_DIGIT_BEFORE = re.compile(r"\d[ ]*[/.,-]?[ ]*$")
_DIGIT_AFTER = re.compile(r"[ ]*[/.,-]?[ ]*\d")
# a time of day right before: a log's "10-03 13:15 DO Teruggebeld" is a paraph after the time,
# where a weekday would stand before it ("do 13 maart 13:15")
_TIME_BEFORE = re.compile(r"(?<!\d)\d{1,2}[:.][0-5]\d[ \t]+$")


def _in_a_date(text: str, hit: NameHit) -> bool:
    """A month or a weekday written next to a number: "05/May/25", "Fri May 16", "12 April"."""
    if not all(DATE_WORD.fullmatch(w) for w in hit.text.split()):
        return False
    if _DIGIT_AFTER.match(text, hit.end):
        return True
    start = hit.start
    after_a_time = hit.text.isupper() and _TIME_BEFORE.search(text, max(0, start - 8), start)
    return bool(_DIGIT_BEFORE.search(text, max(0, start - 4), start)) and not after_a_time


_ACRONYM_AFTER = re.compile(r"^(?P<name>.+?)[ \t]+(?P<org>[A-Z]{2,4})$")
_ACRONYM_BEFORE = re.compile(r"^(?P<org>[A-Z]{2,4}),[ \t]+(?P<name>.+)$")


def _without_acronym(hit: NameHit) -> NameHit:
    """A contact saved as "Ettina NCG" or read as "IMG, Wubkje": the organisation's acronym is
    no surname (it would be redacted wherever the organisation is named)."""
    for pattern in (_ACRONYM_AFTER, _ACRONYM_BEFORE):
        match = pattern.match(hit.text)
        if match is None or person_word_known(match.group("org").capitalize()):
            continue  # "LI, Wei": a surname in capitals after all
        if first_name_known(match.group("name").split()[0]):
            start = hit.start + match.start("name")
            return NameHit(start, start + len(match.group("name")), match.group("name"),
                           hit.origin, hit.confidence)  # fmt: skip
    return hit


def _table_names(text: str) -> list[NameHit]:
    """The cells of a name column; a company, association or unit there ("Garage Hoebergen
    B.V.", "VV Venlosche Boys", "Statengriffie") is not a person."""
    hits = []
    for start, end, kind in find_table_cells(text):
        if kind not in ("name", "office") or LEGAL_ENTITY.search(text, start, end):
            continue
        if _CLUB.search(text, start, end) or _PARTY_IN_CELL.search(text, start, end):
            continue  # "A. Bentaleb (D66), D. Hollebeek (GL)": council members, read as such
        if _PUBLIC_BODY_CELL.match(text, start, end):
            continue  # "Politie Oost-Nederland", "toezicht (intern)" as a report's reporter
        start, end = _cell_name(text, start, end)
        value = text[start:end]
        words = value.split()
        if (
            value == value.lower()
            and len(words) >= 2
            and (re.search(r"\d", value) or (len(words) >= 3 and not first_name_known(words[0])))
        ):
            continue  # "melding buren via 112": a note in the column, no name ("karin wessels" is)
        if value.lower() in _STOP_WORDS or role_word(value):
            continue  # "jongerenwerk", "boa" reporting in a log's column of reporters
        if value.lower() in _SIGN_OFF_WORDS:
            continue  # "akkoord" in the paraph column where an office holder signs off
        if len(words) == 2 and words[0].lower() in _STOP_WORDS and words[1].isdigit():
            continue  # a notebook's kernel as its "display_name": "Python 3"
        if (
            len(words) == 2
            and (words[0].lower() in _STOP_WORDS or role_word(words[0]))
            and _is_place(words[1], small_places=True)
        ):
            continue  # "Jongerenwerk Vroomshoop" as a chat's sender: a service by its place
        if _FILE_NAME_CELL.fullmatch(value):
            continue  # "08_reactie_eigenaar_M_Everaerts.msg" under "Naam" in a folder listing
        if start < end and not _SERVICE_ACCOUNT.match(text, start, end):
            hits.append(NameHit(start, end, text[start:end], "rule", 0.85))
    return hits


# What stands in a paraph's or a login's cell instead of initials: how it was signed off.
_SIGN_OFF_WORDS = frozenset(
    {"akkoord", "accoord", "gezien", "getekend", "geparafeerd", "afwezig", "vervalt", "n.v.t.",
     "nvt", "ok", "oké", "ja", "nee", "volgt", "n.b."}
)  # fmt: skip
# A public body or a municipal team in a name column: who reported it ("Politie Oost-Nederland",
# "toezicht (intern)", "meldkamer")
_PUBLIC_BODY_CELL = re.compile(
    r"[ \t\"']*(?i:politie|brandweer|gemeente|provincie|waterschap|ggd|veiligheidsregio|"
    r"omgevingsdienst|rijkswaterstaat|meldkamer|toezicht|handhaving|buitendienst|wijkbeheer|"
    r"openbare ruimte|kcc|klantcontact)(?![\w.-])"  # (not a login: "kcc.jdeddens")
)
# A file in a folder listing's "Naam" column: the person in it is found as in any file name.
_FILE_NAME_CELL = re.compile(rf"[\w.-]+\.(?i:{FILE_EXTENSIONS})")
_PARTY_IN_CELL = re.compile(rf"\((?:{PARTIES})\)")
# A cell "burgemeester Keulartz", "gem.secretaris Maenen" or "Bowen Mestrom (inkoper)": the
# name is what follows the function in lower case and comes before a bracket, so that the role
# before it is read like anywhere else (an office holder stays visible).
_CELL_LEAD = re.compile(r"(?:[a-z][\w.-]*\.?\s+)+(?=[A-Z])")
_CELL_TAIL = re.compile(r"\s*\([^()\n]*\)\s*$")


def _cell_name(text: str, start: int, end: int) -> tuple[int, int]:
    cell = text[start:end]
    # "H.W. van Luijk-Radstaake, geb. 3 juni 1957, Zeelandlaan 40": the name, then the person's
    # other data (a reversed name "Jansen, P." has no digits after its comma)
    # "ja, Esther Kuipenga, Sluisstraat 18": the answer before the name is no part of it
    answer = re.match(r"(?:ja|nee|yes|no)[ \t]*,[ \t]*(?=[A-Z])", cell, re.IGNORECASE)
    if answer:
        start += answer.end()
        cell = text[start:end]
    comma = cell.find(", ")
    rest = cell[comma + 2 :]
    if (
        comma > 0
        and re.search(r"\d", rest)
        and re.search(r"\s", rest)  # not "Annegret Wöhlk, C4F7JK2R9": her number with her name
        and cell.count("(", 0, comma) == cell.count(")", 0, comma)  # not inside brackets
    ):
        end = start + comma
        cell = text[start:end]
    lead = _CELL_LEAD.match(cell)
    if lead and not _PARTICLE_LEAD.match(cell):
        start += lead.end()
    tail = _CELL_TAIL.search(text, start, end)
    if tail and len(text[start : tail.start()].split()) >= 2:
        end = tail.start()  # not "Frank (achternaam bekend)": a first name alone is no name hit
    return start, end


# "van der Heijden" in a name column is a surname with its particles, not a function.
_PARTICLE_LEAD = re.compile(r"(?:(?:van|de|der|den|ten|ter|te|het|'t|in|op|la|le|el|al)\s+)+[A-Z]")


# A login with the person's name after it in brackets: "ingelogd: tkwabstra (T. Kwabstra-Eppinga,
# pers.nr. ...)"; the login holds the surname.
_LOGIN_WITH_NAME = re.compile(
    r"(?<![\w.@/-])(?P<account>[a-z][a-z0-9._]{3,20})[ \t]*\("
    rf"(?P<name>(?:{_INITIALS}|{_FIRST}{_GAP})(?:{_FIRST}{_GAP}){{0,2}}{_SURNAME})[,)]"
)


# A feature file of Gherkin (behaviour-driven tests): its lines of "@tags" name no accounts
_GHERKIN = re.compile(
    r"^[ \t]*(?:Feature|Functionaliteit|Scenario|Abstract Scenario|Scenario Outline)"
    r"[ \t]*:",
    re.MULTILINE,
)
_TAG_LINE = re.compile(r"[ \t]*@\w+(?:[ \t]+@\w+)*[ \t]*(?:\n|\Z)")


# A system's or a department's account behind a domain: "EERSEL\\adminvth", "fs01\\vth".
_SYSTEM_ACCOUNT = re.compile(
    r"(?i:admin|svc|service|scan|system|sys|backup|test)[\w.-]*|(?i:vth|vvb|kcc|ict|wmo|ozb|woz)"
)


_LOGIN_PARTICLE = re.compile(r"(?:vander|vanden|vande|van|vd|der|den|de|ter|ten|te)?")


def _surname_login(token: str) -> bool:
    """Whether `token` is one to three initials, maybe particles, and a known surname
    ("jslob", "tvdhoek"); without deduce's lists nothing can be ruled out."""
    if not model_loaded():
        return True
    if common_dutch_word(token):
        return False
    for initials in (1, 2, 3):
        rest = token[initials:]
        # a particle, or a surname that begins like one: "tvdhoek", "aterpstra", "ddekker"
        for surname in {rest[_LOGIN_PARTICLE.match(rest).end() :] or rest, rest}:
            if len(surname) >= 3 and [surname.capitalize()] in _lookup("surname"):
                return True
    return _first_name_and_surname(token)


def _device_user(login: str) -> bool:
    """Whether the capitals after a device's code are its user's login: shaped like one
    ("pjonker", "rput"; not "balie"), or one initial and a known surname of five letters or more
    ("iverboom", "twouda"); with deduce's lists only."""
    if not model_loaded() or common_dutch_word(login) or not _surname_login(login):
        return False
    one_initial = [login[1:].capitalize()]
    return _login_shaped(login) or (len(login) >= 6 and one_initial in _lookup("surname"))


def _initial_and_surname(token: str) -> bool:
    """Whether a login of seven letters or more is one initial and a known surname, also where
    the two read like the start of a word ("theijink": "th" as in "thuis"); with deduce's
    lists loaded."""
    return (
        len(token) >= 7
        and token[1] not in "aeiouy"  # "paarden" is a word, not "p" and "Aarden"
        and [token[1:].capitalize()] in _lookup("surname")
    )


def _first_name_and_surname(token: str) -> bool:
    """Whether `token` is a known first name and a known surname run together ("jelleharkema");
    with deduce's lists loaded."""
    return any(
        first_name_known(token[:cut].capitalize())
        and [token[cut:].capitalize()] in _lookup("surname")
        for cut in range(3, len(token) - 3)
    )


# How Dutch words begin with two consonants ("graven", "klachten", "schaal"); a login's
# initial before its surname mostly does not ("rhesselink", "mtenbrink", "jdeboer").
_WORD_ONSET = re.compile(
    r"[bcdfgkpstvwz][lr]|s[cjkmnptwz]|[dtkgz]w|[ckpt]h|kn|gn|[aeiouy]|.[aeiouy]"
)


def _login_shaped(token: str) -> bool:
    """Whether a lower-case token in prose looks like a login rather than a word: its first two
    letters are no way a Dutch word begins, or it is a known first name and surname run together
    ("jelleharkema")."""
    return not _WORD_ONSET.match(token) or _first_name_and_surname(token)


def _logins(text: str) -> tuple[list[NameHit], list[NameHit]]:
    """Accounts where they are named (private social media handles, after "gebruiker" or
    "aangemaakt … door"), and every other use of those and of the logins in a name column:
    a login found once is that person wherever it stands, in other rows or in a log."""
    found: list[NameHit] = []
    logins = set()
    gherkin = _GHERKIN.search(text) is not None
    for match in _HANDLE.finditer(text):
        handle = match.group("handle")
        if gherkin and _TAG_LINE.match(text, text.rfind("\n", 0, match.start()) + 1):
            continue  # a scenario's tags: "@inschrijving @mo"
        if handle.islower() and common_dutch_word(handle):
            continue  # a word after an "@", not an account: "@inschrijving"
        if handle.lower() in _AT_FIELDS:
            continue  # a log's field: "sort @timestamp desc"
        if text[match.start() - 1 : match.start()] == '"' and _QUOTED_KEY_END.match(
            text, match.end()
        ):
            continue  # a quoted key of a log or of JSON-LD: '"@timestamp" =>', '"@context":'
        if not _PUBLIC_HANDLE.search(handle):
            # "@quincy_tuinkamp": a private person's social media account
            logins.add(handle)
            found.append(NameHit(match.start("handle"), match.end("handle"), handle, "rule", 0.7))
    accounts = (
        list(_CUED_ACCOUNT.finditer(text))
        + [
            m
            for m in itertools.chain(
                _ACCOUNT_AFTER_DOOR.finditer(text), _JSON_AUTHOR.finditer(text)
            )
            if not common_dutch_word(m.group("account"))
        ]
        + [
            m
            for m in _ACCOUNT_AFTER_DOOR_IN_PROSE.finditer(text)
            if not common_dutch_word(m.group("account"))
            and (
                _login_shaped(m.group("account"))
                or (model_loaded() and _surname_login(m.group("account")))
            )
        ]
        + list(_DOMAIN_ACCOUNT.finditer(text))
        + list(_PROFILE_ACCOUNT.finditer(text))
        + [
            m
            for m in _LISTING_OWNER.finditer(text)
            if not common_dutch_word(m.group("account"))
            and not _MACHINE_ACCOUNT.fullmatch(m.group("account"))
            and not _SERVICE_ACCOUNT.match(m.group("account"))
            and not _IMPERSONAL_LOGIN.search(m.group("account"))
        ]
        # a word may stand where the login does ("2025-04-14 13:32 verzonden  brief 2")
        + [
            m
            for m in itertools.chain(
                _ACTING_ACCOUNT.finditer(text), _ROLE_KEYED_ACCOUNT.finditer(text)
            )
            if _surname_login(m.group("account"))
        ]
        + [
            m
            for m in _CHECKED_ACCOUNT.finditer(text)
            if not common_dutch_word(m.group("account"))
            and not role_word(m.group("account"))
            and _surname_login(m.group("account"))
        ]
        + [
            m
            for m in _EXTERNAL_ACCOUNT.finditer(text)
            # after a code ("LM0712_jdeboer") only with deduce's lists: "DOC_final" is none
            if (m.group("account") or model_loaded())
            and _surname_login(re.split(r"[_.-]", m.group(0))[-1])
        ]
        + [
            m
            for m in _PROSE_ACCOUNT.finditer(text)
            if model_loaded()
            and _surname_login(m.group("account"))
            and (_login_shaped(m.group("account")) or _initial_and_surname(m.group("account")))
        ]
        # (in brackets a role may stand, one deduce's lists read as an initial and a surname:
        # "(atelier)", "(veerbaas)"; so only what no Dutch word begins with: "jv", "fh")
        + [
            m
            for m in _BRACKETED_ACCOUNT.finditer(text)
            if model_loaded()
            and _surname_login(m.group("account"))
            and not _WORD_ONSET.match(m.group("account"))
        ]
        + [
            m
            for m in _KEYED_ACCOUNT.finditer(text)
            # "[gebruiker.handhaving]": a team's account
            if not common_dutch_word(m.group("account") or m.group("listed"))
        ]
    )
    for match in accounts:
        group = "account" if match.group("account") else "listed"
        account = match.group(group)
        if account not in _NOT_AN_ACCOUNT and not _SYSTEM_ACCOUNT.fullmatch(
            account.rpartition("\\")[2]
        ):
            logins.add(account)
            found.append(NameHit(match.start(group), match.end(group), account, "rule", 0.7))
            domain, _, bare = account.rpartition("\\")
            if (
                domain.strip("\\").isalpha()  # a domain, not a file server ("pn-file01")
                and len(bare) >= 5
                and not common_dutch_word(bare)
                and re.search(rf"(?<![\w\\.@/-]){re.escape(bare)}:", text)
            ):
                logins.add(bare)  # "KenB\\shoogeveen" signs a remark as "shoogeveen: ..."
    for match in _USER_DEVICE.finditer(text):
        account = match.group("account").lower()
        if _device_user(account):
            logins.add(account)  # the user's login elsewhere: "pjonker"
            found.append(NameHit(match.start(), match.end(), match.group(0), "rule", 0.7))
    for match in _LISTED_ACCOUNTS.finditer(text):
        group = "list" if match.group("list") else "single"
        for token in re.finditer(_LOGIN_TOKEN, text[match.start(group) : match.end(group)]):
            account = token.group(0)
            if (
                account == "en"
                or account in _NOT_AN_ACCOUNT
                or common_dutch_word(account)
                # "(vier-ogenprincipe)": a compound of words, not a login
                or common_dutch_word(re.split(r"[._-]", account)[0])
                or _SYSTEM_ACCOUNT.fullmatch(account)
                or _IMPERSONAL_LOGIN.search(account)
            ):
                continue
            start = match.start(group) + token.start()
            logins.add(account)
            found.append(NameHit(start, start + len(account), account, "rule", 0.7))
    for match in _LOGIN_WITH_NAME.finditer(text):
        account = match.group("account")
        surname = re.split(r"[ -]", match.group("name").split(".")[-1].strip())
        words = [w.lower() for w in surname if w and w[0].isupper()]
        if account not in _NOT_AN_ACCOUNT and any(w in account for w in words if len(w) >= 4):
            logins.add(account)  # "door mvdkerkhove (Marieke van de Kerkhove)"
            found.append(NameHit(*match.span("account"), account, "rule", 0.7))
    for hit in _table_names(text):  # a login in a "behandelaar" column
        if (
            re.fullmatch(r"[a-z][a-z0-9._]{3,16}", hit.text)
            and hit.text not in _NOT_AN_ACCOUNT
            and not common_dutch_word(hit.text)
        ):
            logins.add(hit.text)
    recurring = [
        NameHit(match.start(), match.end(), login, "rule", 0.7)
        for login in logins
        for match in re.finditer(rf"(?<![\w.@/-]){re.escape(login)}(?![\w@/-]|\.[a-z])", text)
    ]
    return found, recurring


def common_dutch_word(token: str) -> bool:
    """A common Dutch word ("vis", "roos"; so no login either); only known with the name lists
    loaded."""
    return model_loaded() and _common_word(token)


def common_word_as_name(token: str) -> bool:
    """A first name that is also a common Dutch word ("Vis", "Roos") or an English one ("Guy",
    "Will"): written in small letters it is the word."""
    return token.lower() in _ENGLISH_WORDS_AS_NAMES or common_dutch_word(token)


_LANGUAGES = frozenset(
    {
        "engels",
        "frans",
        "duits",
        "spaans",
        "italiaans",
        "portugees",
        "pools",
        "russisch",
        "oekraiens",
        "oekraïens",
        "roemeens",
        "bulgaars",
        "turks",
        "arabisch",
        "koerdisch",
        "perzisch",
        "farsi",
        "dari",
        "pashtoe",
        "tigrinya",
        "somalisch",
        "amhaars",
        "berbers",
        "tamazight",
        "chinees",
        "mandarijn",
        "kantonees",
        "vietnamees",
        "thais",
        "hindi",
        "urdu",
        "nederlands",
        "fries",
        "papiaments",
        "sranantongo",
    }
)
_LANGUAGE_CUE = re.compile(
    r"(?i:spreekt|spreken|sprak|spreek|verstaat|taal|talen|in het|les in|tolk|vertaald|"
    r"vertaling|moedertaal|(?:redelijk|goed|vloeiend|weinig|geen|een beetje))[ \t]+(?:\w+[ \t]+)?$"
)


def _language(text: str, hit: NameHit) -> bool:
    """ "spreekt redelijk Engels", "tolk Arabisch": a language, not the surname Engels; "Duits
    kenteken", "Poolse chauffeur": a nationality before a noun. Not "Frans" or "Engels" before a
    word in small letters: a first name and a surname that may well start a sentence."""
    word = hit.text.lower().rstrip(".,;:")
    if word in _LANGUAGES and _LANGUAGE_CUE.search(text, max(0, hit.start - 30), hit.start):
        return True
    other = re.search(r"(\w+)[ \t]+(?:of|en)[ \t]+$", text[max(0, hit.start - 30) : hit.start])
    if word in _LANGUAGES and other and other.group(1).lower() in _LANGUAGES:
        return True  # "een antwoord in het Duits of Engels"
    stem = word[:-1] if word.endswith("e") else word
    return (
        stem in _LANGUAGES
        and stem not in ("frans", "engels")
        and bool(re.match(r"[ \t]+[a-z]", text[hit.end : hit.end + 3]))
    )


# A law's abbreviation after an article: "paragraaf 4.84 Bal", "artikel 2:3 Awb".
_ARTICLE_BEFORE = re.compile(
    r"(?i:artikel|artikelen|art\.|paragraaf|par\.|§|hoofdstuk|afdeling|bijlage)[ \t]+"
    r"\d[\w.:]*(?:,?[ \t]+(?i:lid)[ \t]+\d+)?(?:[ \t]+(?i:onder)[ \t]+[a-z])?[ \t]+$"
)


def _law_abbreviation(text: str, hit: NameHit) -> bool:
    return " " not in hit.text and bool(
        _ARTICLE_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    )


# What may stand before a heading's letter on its line: Markdown's marks, the word for a part
_HEADING_BEFORE_LETTER = re.compile(r"[ \t#*]*(?:(?:Deel|Onderdeel|Rubriek)[ \t]+)?")
# ... and the heading of one letter anywhere in the text, with the letter to fill in
_LETTER_HEADING = r"(?m)^[ \t#*]*(?:(?:Deel|Onderdeel|Rubriek)[ \t]+)?{}\.[ \t]+[A-Z]"


def _section_heading(text: str, hit: NameHit) -> bool:
    """ "A. Huishouden", "B. Gezondheid": a lettered heading of a form, next to the heading with
    the letter before or after it, is no initial and surname."""
    heading = re.fullmatch(r"([A-Z])\.[ \t]+\S+", hit.text)
    line_start = text.rfind("\n", 0, hit.start) + 1
    # also a heading in Markdown ("## A. Vrijgegeven na controle") or a part's ("Deel C.
    # Minderjarige kinderen")
    if heading is None or not _HEADING_BEFORE_LETTER.fullmatch(text, line_start, hit.start):
        return False
    letter = ord(heading.group(1))
    # in the order of the alphabet: the letter before above it, or the letter after below it
    # (not "E. Lievense" above "D. Harthoorn" in a list of those who signed a motion)
    return (
        letter > 65
        and re.search(_LETTER_HEADING.format(chr(letter - 1)), text[:line_start]) is not None
    ) or (
        letter < 90
        and re.search(_LETTER_HEADING.format(chr(letter + 1)), text[hit.end :]) is not None
    )


# "Schilders- en Onderhoudsbedrijf": a word cut short before "en" is half a compound, no name.
_TRUNCATED_COMPOUND = re.compile(r"-[ \t]+(?:en|of|&)[ \t]")
_TRAILING_PARTICLES = re.compile(rf"(?:[ \t]+(?:{_PARTICLE}|{_CAP_PARTICLE}))*[ \t]*$")


def _before_organisation(text: str, hit: NameHit, spans: list[tuple[int, int]]) -> NameHit | None:
    """A name that runs into an organisation's name stops where that name starts: "F. Stelwagen
    van Stelwagen & Kleefstra Architecten B.V." is the person "F. Stelwagen" of that firm."""
    for a, b in spans:
        if hit.start < a < hit.end <= b:
            cut = text[hit.start : a]
            end = hit.start + _TRAILING_PARTICLES.search(cut).start()
            if not re.search(r"[^\W\d_]{2}", text[hit.start : end]):
                return None  # only initials were left: "D." of "D. Tolkenpool Van Schuttelaar"
            return NameHit(hit.start, end, text[hit.start : end], hit.origin, hit.confidence)
    return hit


# "Verhoeven Straatmeubilair B.V.", "Oudshoorn & Partners": the same words elsewhere in the
# document ("Frank Muijs | Verhoeven Straatmeubilair <...>") name the organisation, not a person.
# Surnames joined by "&" count too: "Heijstek & Vlasveld Projectmanagement B.V.",
# "Stelwagen & Kleefstra Architecten B.V.", "Van Kasteren-Hurenkamp B.V.".
_ORG_NAME = re.compile(
    rf"(?<![\w-])(?P<org>(?:(?:{_CAP_PARTICLE} +)?{_SURNAME_WORD} +(?:& +)?)"
    r"{1,3})(?=&[ \t]*(?:Zn\.?|Zonen|Partners|Co\.?)"
    r"|B\.?V\.?(?!\w)|N\.?V\.?(?!\w)|V\.?O\.?F\.?(?!\w)|Advocaten|Notarissen|Accountants|"
    r"Makelaars|Architecten)"
    # a firm named by its partners: "Notariskantoor Sonnema & Egbers", "Maatschap Bos en Wit"
    rf"|(?<![\w-])(?:\w*(?:kantoor|bureau)|Maatschap)[ \t]+(?P<firm>{_SURNAME_WORD}"
    rf"(?:[ \t]*(?:&|en)[ \t]*(?:{_CAP_PARTICLE}[ \t]+)?{_SURNAME_WORD})+)"
)


# A sports hall, ground or club by its name: "sporthal De Lambalgen", "BC De Pluim", "Smash
# '79"; the name elsewhere in the document ("van De Pluim", "beheerder De Lambalgen") is the
# venue's or the club's too.
_VENUE_NAME = re.compile(
    rf"(?<!\w)(?:(?i:{'|'.join(sorted(SPORTS_VENUES))}|clubhuis)|BC|ZVV|VV|SV|VC|HC|MHC|TC|KV)"
    r"[ \t]+(?P<venue>(?:De|Het|'t)[ \t]+[A-Z][\w'-]+)(?![ \t]+[A-Z])"
    r"|(?<![\w'-])(?P<club>[A-Z][\w-]+)(?=[ \t]+'\d{2}(?!\w))"
)


def in_organisation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of an organisation's name ("Stichting Jansen Zorg",
    "Oudshoorn & Partners Advocaten", "Van Gelder Infra B.V.")."""
    if _ORG_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    window = max(0, start - 120)
    particles = re.match(rf"(?:(?:{_PARTICLE}|{_CAP_PARTICLE})[ \t]+)*", text[start:end])
    core = start + (particles.end() if particles else 0)
    for match in _ORG_NAME.finditer(text[window : end + 80]):
        group = "org" if match.group("org") else "firm"
        if match.start(group) + window <= core and end <= match.end(group) + window:
            return True  # "Stelwagen" in "Stelwagen & Kleefstra Architecten B.V."
    after = text[end : end + 40]
    if _ORG_AFTER.match(after):
        return True
    following = re.match(r"[ \t]+(\S+)", after)
    return bool(following) and (
        following.group(1).lower() in _ORG_WORDS or bool(_ORG_SUFFIX.match(following.group(1)))
    )


_INITIALS_WORD = re.compile(_INITIALS)  # one word of initials: "I.M."


def _surname_after_initials(words: list[re.Match[str]], index: int) -> bool:
    """Whether the word at `index` is the last, after nothing but initials: a surname, though
    it ends like a shop or an office ("I.M. Wolleswinkel", "H.G. Hazewinkel")."""
    return (
        0 < index == len(words) - 1
        and words[index].group(0)[:1].isupper()
        and all(_INITIALS_WORD.fullmatch(w.group(0)) for w in words[:index])
    )


def _clean(text: str, start: int, end: int, *, cased: bool = True) -> tuple[int, int] | None:
    """Trim a candidate to the person's name, or None when it is not one.

    Cuts at the first word that is a stop word, a street name, a month or an organisation
    word; drops organisation names ("Stichting Jansen Zorg", "Van Gelder Infra B.V."), places
    and leftovers without a capital.
    """
    value = text[start:end]
    if value in _OFFER_VERBS:
        return None  # "Vragen? Bel (023) 574 01 00"
    lead = _LEADING.match(value)
    if lead:
        start += lead.end()
        value = text[start:end]
    for office in _KINGS_COMMISSIONER.finditer(text, max(0, start - 30), end):
        if office.start() < end and start < office.end():
            # "Commissaris van de Koning" itself, or "van de Koning E.W. Glindehorst"
            start = max(start, office.end())
            while start < end and text[start] in " \t,":
                start += 1
            if start >= end:
                return None
            value = text[start:end]
    if _ORG_BEFORE.search(text[max(0, start - 40) : start]):
        return None
    words = list(re.finditer(r"\S+", value))
    if words and _ADJECTIVE.search(words[0].group(0)):
        return None  # "Maatschappelijke Ondersteuning", "Ruimtelijke Ordening"
    if (
        len(words) >= 2
        and words[0].group(0).lower().endswith("club")
        and _is_place(" ".join(w.group(0) for w in words[1:]), small_places=True)
    ):
        return None  # "Tennisclub Brakel": a club named by its place ("Turnclub Dirk Bosmeer"
        # is named after a person, who is found as such)
    keep = len(words)
    street = False
    for i, word in enumerate(words):
        bare = word.group(0).strip(".,;:()").lower()
        if (
            bare in _ORG_WORDS
            or bare.replace(".", "") in _ORG_WORDS
            or (_ORG_SUFFIX.match(bare) and not _surname_after_initials(words, i))
            or _school_named_after_someone(bare, word.group(0), i, len(words))
        ):
            lowered = [w.group(0).lower() for w in words[:i]]
            if i >= 2 and lowered[-1] in ("het", "de") and lowered[-2] in _OF_AN_ORGANISATION:
                keep = i - 2  # "Willemien van het Taalhuis": the person of the organisation
                break
            if (
                0 < i == len(words) - 1
                and bare in _GROUP_WORDS
                and (
                    all(first_name_known(w.group(0)) for w in words[:i])
                    or text.startswith(":", start + word.end())
                )
            ):
                keep = i  # "Wiendra Taalhuis:" as a chat's sender: a first name and where from
                break
            if i == 0 or lowered[-1] not in _OF_AN_ORGANISATION:
                return None  # part of an organisation's name
            keep = i - 1
            break
        if _STREET_WORD.match(bare):
            # a street with a house number is an address after the name ("Wilma Hendriks
            # Kerkstraat 16" in flattened PDF text); without one, the name is the street's
            keep, street = i, not _HOUSE_NUMBER_NEXT.match(text, start + word.end())
            break
        if bare in _STOP_WORDS or (i > 0 and _JOB_WORD.match(bare)):
            if i == 0:
                return None
            keep = i
            break  # "Frank Muijs| Accountmanager" in text flattened from a PDF
    following = _NEXT_WORDS.match(text, start + words[keep - 1].end()) if keep else None
    if (
        following
        and any(_STREET_WORD.match(w.lower()) for w in following.group(0).split())
        and not _HOUSE_NUMBER_NEXT.match(text, following.end())
    ):
        street = True
    if street:
        # The name's last words are (part of) a street name: "Johan de Wittplein", "Jan
        # Pieterszoon| Coenstraat". Only "van ..." separates a person from the street: "Bakker
        # van de Jan Pieterszoon Coenstraat" -> "Bakker".
        cut = [i for i in range(1, keep) if words[i].group(0) == "van"]
        if not cut:
            return None
        keep = cut[-1]
    # "Bakker van" -> "Bakker"; not the particle a reversed name ends with ("Heukelom, Wendy
    # van", "Middelduin, Casper van"), which is part of the surname
    reversed_name = keep > 2 and words[0].group(0).endswith(",")
    while keep and words[keep - 1].group(0).lower() in _PARTICLES and not reversed_name:
        keep -= 1
    if keep == 0:
        return None
    end = start + words[keep - 1].end()
    value = text[start:end].rstrip(",")
    end = start + len(value)
    if _ORG_AFTER.match(text[end : end + 30]) or _is_place(value):
        return None
    if value.startswith("van ") and _is_place(value[4:]):
        return None  # "burgemeester van Katwijk"
    if cased and not any(c.isupper() for c in value):
        return None
    if re.fullmatch(r"(?:[A-Z]\.\s*)+", value):
        return None
    last = value.split()[-1]
    reversed_initials = re.fullmatch(r"[^,\s][^,]*,\s*(?:[A-Z]\.\s*)+", value)
    # a surname in capitals and its initials without dots: "KOLFSCHOTEN R A" on a screen
    bare_initials = re.fullmatch(r"[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)*(?: [A-Z]){1,3}", value)
    if (
        len(last.strip(".")) < 2
        and not value.endswith(")")
        and not reversed_initials
        and not bare_initials
    ):
        return None  # "Dragtstra, S." (a chat's speaker) is a name
    return start, end


# a title, or a label the model read with the name: "Name Ryan Hargreaves", "Naam Jan Bos"
_TITLE_PREFIX = re.compile(rf"^(?:{_TITLE}|(?-i:Name|Naam))\s+", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*|\d+\.\s+)$")
_HYPHEN_REST = re.compile(rf"-(?:{_PARTICLE}{_GAP})*{_WORD}")
_WORD_BEFORE = re.compile(rf"({_FIRST})[ \t]$")


# A person written as initials only, as case notes do to protect them ("H.T.", "J.P. de V.",
# "R. v.d. H.", "T. de V.-R.", "K. El M.") — but not abbreviations written the same way.
_INITIALS_ONLY = re.compile(
    r"(?<![\w.@/])(?:(?:[A-Z]\.){1,3}[ \t]?"
    r"(?:v\.d\.|vd|van der|van den|van de|van|de|den|der|ter|ten|El|Al)[ \t]?[A-Z]\.(?:-[A-Z]\.)?"
    r"|(?:[A-Z]\.){2,3}(?:-[A-Z]\.)?)(?![\w@])"
)
_NOT_INITIALS = {
    "BV", "NV", "CV", "NB", "AUB", "VOF", "OM", "PS", "IO", "UA", "EA", "TAV", "MUV", "DWZ",
    "VGG", "AV", "AM", "PM", "OA", "ZO", "ZSM", "NL", "EU", "VS", "CQ", "EV", "ID", "VZ", "MVG",
    # "N.V.T." (niet van toepassing) in a register's cell, "i.v.m.", "i.p.v.", "m.b.v.",
    # "t.z.t.", "z.o.z."; a structural engineer's unity check, "U.C.", over a column of ratios
    "NVT", "IVM", "IPV", "MBV", "TZT", "ZOZ", "UC",
}  # fmt: skip
# A known first name with a surname or the initial of one: "Ilias Chaouch", "Herman W."
_FIRST_NAME_LED = re.compile(
    rf"(?<![\w.-])(?P<first>{_WORD})[ \t]+(?P<rest>[A-Z]\.(?![\w.])|{_SURNAME_WORD})(?![\w-])"
)


def _initials_only(text: str) -> list[NameHit]:
    hits = []
    for match in _INITIALS_ONLY.finditer(text):
        letters = re.sub(r"[^A-Za-z]", "", match.group(0))
        if letters.upper() in _NOT_INITIALS:
            continue
        hits.append(NameHit(match.start(), match.end(), match.group(0), "rule", 0.7))
    return hits


# A form's field for the initials, whatever letters they are ("Voorletters: A.M.", not "ante
# meridiem"; "Voorletters*: S.", "voorletters: \"A.M.\"", "Voorletters=D.J. |")
_INITIALS_FIELD = re.compile(
    r"(?<![\w-])(?i:voorletters?|initialen)[ \t]*\*?[ \t]*[:=][ \t]*\"?"
    r"(?P<initials>(?:[A-Z]\.[ ]?){0,3}[A-Z]\.)(?=\"|[ \t]*(?:$|[|,;\t]|[ ]{2}))",
    re.MULTILINE,
)


def _initials_fields(text: str) -> list[NameHit]:
    return [
        NameHit(m.start("initials"), m.end("initials"), m.group("initials"), "rule", 0.8)
        for m in _INITIALS_FIELD.finditer(text)
    ]


_NEXT_SURNAME_WORD = re.compile(rf"[ \t]+({_SURNAME_WORD})(?![\w-])")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")


# The last word of a firm named by its partners: no surname ("Luttik & Zwaan Advocaten").
_FIRM_WORDS = frozenset({"advocaten", "advocatuur", "notarissen", "accountants", "architecten"})


def _first_name_led(text: str) -> list[NameHit]:
    """A known first name followed by a word that is no common word, place or organisation
    word: a person, also where deduce does not know the surname."""
    hits = []
    at = 0
    while match := _FIRST_NAME_LED.search(text, at):
        at = match.end()
        first, rest = match.group("first"), match.group("rest")
        if not first_name_known(first) or first.lower() in _STOP_WORDS:
            # the second word may open the name: "Grondverzet Rinus Kilman", "Kraamverzorgster
            # Rini Hoorweg"
            at = match.start("rest")
            continue
        start, end = match.span()
        following = _NEXT_SURNAME_WORD.match(text, end)
        if following and first_name_known(rest) and not _STREET_WORD.search(following.group(1)):
            rest = following.group(1)  # two first names: "Gerrit Jan Wolswinkel"
            end = following.end()
        elif _NAME_GOES_ON.match(text, end):
            continue  # the name goes on ("Jan Pieterszoon Coenstraat"): others judge it whole
        words = [w for w in re.split(r"[\s-]+", rest.rstrip(".")) if w]
        if re.fullmatch(_FIELD_NOUN, rest):
            continue  # "Job Name", "Given Names": a column's or a field's name
        if not rest.endswith(".") and (
            any(w.lower() in _STOP_WORDS or _common_word(w) for w in words)
            # a firm named by its partners: "Luttik & Zwaan Advocaten" is no "Zwaan Advocaten"
            or words[-1].lower() in _FIRM_WORDS
            or _is_place(rest, small_places=True)
            or _HOUSE_NUMBER_NEXT.match(text, end)
            or in_organisation(text, start, end)
            # a street named after someone: "aan de Willem Alexanderlaan" (on deduce's list)
            or (_STREET_WORD.search(rest) and street_lookup()([first, *words]))
        ):
            continue
        hits.append(NameHit(start, end, text[start:end], "rule", 0.7))
    return hits + _common_first_name_with_particle(text)


# A first name that is also a common word, which deduce leaves out, before a particle and a
# surname: "Ben ter Dorshorst", "Wil van Gemert", "Roos de Kleijn".
_COMMON_FIRST_LED = re.compile(
    rf"(?<![\w.-])(?P<first>[{_UP}][{_LO}]+)[ \t]+"
    rf"(?P<rest>(?:(?:van|de|der|den|ter|ten|te|op|in 't)[ \t]+){{1,2}}"
    rf"(?P<surname>{_SURNAME_WORD}))(?![\w-])"
)

# Words of that list that open the name of a day, a season or a thing rather than a person.
_WORDS_BEFORE_OF = frozenset(
    {"dag", "lucht", "zon", "zee", "storm", "hoop", "lente", "mei", "april", "juni", "juli",
     "august", "lief", "bloem", "lot", "joy", "jade"}
)  # fmt: skip


def _common_first_name_with_particle(text: str) -> list[NameHit]:
    """ "Ben ter Dorshorst": a common word's first name, made a name by its particle."""
    hits = []
    for match in _COMMON_FIRST_LED.finditer(text):
        surname = match.group("surname")
        first = match.group("first").lower()
        if (
            first not in _COMMON_FIRST_NAMES
            or first_name_known(first)  # "Jan de Kreuk": other rules judge a known name
            or first in _WORDS_BEFORE_OF  # "Dag van de Architectuur", "Mei van ..."
            or (_common_word(surname) and [surname] not in _lookup("surname"))
            or _is_place(surname, small_places=True)
            or _STREET_WORD.search(surname)
            or in_organisation(text, match.start(), match.end())
        ):
            continue
        hits.append(NameHit(match.start(), match.end(), match.group(0), "rule", 0.7))
    return hits


# A register line with the surname in capitals first: "TEKLEHAIMANOT, Awet Weldegiorgis", also
# with a Korean or Chinese given name in two parts: "JANG, Min-jun", "PARK, Seo-Yeon"
# or with initials and the particles after them: "WAVERBEEK, G.H.", "ZIJLSTEE, M.A. van der"
_REVERSED_INITIALS = (
    rf"(?!{LEGAL_FORM_INITIALS})(?:[A-Z]\.){{1,4}}"
    r"(?:[ \t]+(?:van|de|der|den|ter|ten|te|in 't|op de)(?:[ \t]+(?:der|den|de|het))?)?"
)
# (not the initials of the next name in a list: "A. Schrama, D. Egbink")
# ("DE JONG-HOEKSMA, M.": with the particles in capitals too)
# (and an Arabic surname's article: "EL OUALI, Rachid", "AL HASSAN, Noor")
_CAPS_PARTICLES = r"(?:(?:VAN|DE|DER|DEN|TER|TEN|TE|EL|AL)[ ])*"
_CAPS_REVERSED = re.compile(
    rf"(?<![\w-])(?P<name>{_CAPS_PARTICLES}[{_UP}][{_UP}'-]{{2,}}(?:[ -][{_UP}][{_UP}'-]+)?,[ \t]+"
    rf"(?:{_WORD}(?:-[{_UP}]?[{_LO}]+)?(?:[ \t]+{_WORD})?|{_REVERSED_INITIALS}(?![ ][{_UP}])))"
    r"(?![\w-])"
)
# A surname written first with the initials after its comma: "Lekveld, M.", "Oost-Bree, J.K."
# ... also a surname of two words as in the Achterhoek and Twente: "Klein Gunnewiek, H.J."
_SURNAME_COMMA_INITIALS = re.compile(
    rf"(?<![\w-])(?<![A-Z]\. )(?P<name>(?:(?:Klein|Groot|Olde|Oude|Nieuwe)[ ])?"
    rf"[{_UP}][{_LO}]{{2,}}(?:-[{_UP}][{_LO}]+)?,[ ]"
    rf"{_REVERSED_INITIALS})(?![\w-])(?![ ][{_UP}])"
)


# Initials before a surname in capitals, in a text written in capitals: "BORGEN: M.J. LATHUMER,
# Y. KREBBERS EN P.A. KAMPERS." (not an abbreviation: "N.B. DIT", "T.A.V. DE", "B.V. ABC")
_INITIALS_CAPS = re.compile(
    rf"(?<![\w.-])(?P<name>(?:[{_UP}]\.){{1,4}}[ ](?:(?:VAN|DE|DER|DEN|TER|TEN)[ ])*"
    rf"[{_UP}]{{3,}}(?:-[{_UP}]{{3,}})?)(?![\w-]|\.\w)"
)
_ABBREVIATIONS = frozenset(
    {
        "n.b.",
        "t.a.v.",
        "i.v.m.",
        "b.v.",
        "n.v.",
        "a.u.b.",
        "o.a.",
        "z.s.m.",
        "m.b.t.",
        "i.o.",
        "c.q.",
        "e.d.",
        "d.w.z.",
        "t.z.t.",
        "v.o.f.",
        "p.s.",
        "i.p.v.",
        "m.u.v.",
        "t.b.v.",
        "z.o.z.",
        "i.s.m.",
        "m.i.v.",
        "e.a.",
        "v.v.",
        "a.s.",
        "j.l.",
        "s.v.p.",
        "o.b.v.",
        "n.a.v.",
        "p.a.",
    }
)


# A surname in capitals and one or two initials without dots, as a log or a register writes
# them: "LANTINGA B zaak ...", "<BEHANDELAAR>WOLTERS E</BEHANDELAAR>", "POSTHUMA R".
_CAPS_SURNAME_INITIALS = re.compile(
    rf"(?<![\w-])(?P<name>{_CAPS_PARTICLES}(?P<surname>[A-Z]{{3,}}(?:-[A-Z]{{3,}})?)[ ]"
    r"(?P<initials>[A-Z]{1,2}))(?=[ \t]{2,}|[\n/,;:)\]<\"'|]|$|[ ][a-z])",
    re.MULTILINE,
)
# Capitals after a surname in capitals that are no initials: a legal form, a word, an acronym
# (also detect's test for initials after a redacted surname: "BOERSMA G").
NO_CAPS_INITIALS = frozenset(
    {"BV", "NV", "CV", "VOF", "EN", "OF", "DE", "TE", "IN", "OP", "AAN", "HET", "VAN", "DEN",
     "DER", "TER", "TEN", "NL", "BE", "DAT", "DIE", "OM", "ZIN", "WW", "ZW", "AOW", "UWV",
     "IT", "HR", "OK", "PC", "TV", "ID", "NS"}
)  # fmt: skip


def _caps_surname_initials(text: str) -> list[NameHit]:
    """`_CAPS_SURNAME_INITIALS` where each part of the surname is on deduce's list of surnames
    and no word or place ("STATUS OK", "ZAAK A" are none)."""
    if not model_loaded():
        return []
    hits = []
    for match in _CAPS_SURNAME_INITIALS.finditer(text):
        parts = match.group("surname").split("-")
        # a short surname is as often a thing's part: "BLOK C", "POORT A", "HAL B"
        if (
            len(match.group("surname")) < 5
            or match.group("initials") in NO_CAPS_INITIALS
            or not all(
                [part.capitalize()] in _lookup("surname")
                and part.lower() not in _STOP_WORDS
                and part.lower() not in places()
                and not common_dutch_word(part.lower())
                for part in parts
            )
        ):
            continue
        hits.append(NameHit(match.start(), match.end(), match.group("name"), "rule", 0.7))
    return hits


def _caps_reversed(text: str) -> list[NameHit]:
    hits = _caps_surname_initials(text)
    for match in _INITIALS_CAPS.finditer(text):
        initials, _, surname = match.group("name").partition(" ")
        last = surname.split()[-1]
        if initials.lower() in _ABBREVIATIONS or any(
            w.lower() in _STOP_WORDS or w.lower() in places() or common_dutch_word(w.lower())
            for w in last.split("-")
        ):
            continue  # "T.A.V. DE HEER", "N.B. GEEN": an abbreviation and a word
        hits.append(NameHit(match.start(), match.end(), match.group(0), "rule", 0.75))
    for match in _CAPS_REVERSED.finditer(text):
        surname = re.sub(_CAPS_PARTICLES, "", match.group("name").split(",", 1)[0], count=1)
        if any(w.lower() in _STOP_WORDS for w in re.split(r"[ -]", surname)):
            continue  # "BESLUIT, Gemeente": a heading
        given = match.group("name").split(",", 1)[1].strip()
        if len(surname) <= 4 and _is_place(given):
            continue  # "jurist OOV, Brunssum": a department and its town
        hits.append(NameHit(match.start(), match.end(), match.group(0), "rule", 0.75))
    for match in _SURNAME_COMMA_INITIALS.finditer(text):
        surname = match.group("name").split(",", 1)[0]
        if any(
            w.lower() in _STOP_WORDS or w.lower() in places() or common_dutch_word(w.lower())
            for w in surname.split("-")
        ):
            continue  # "Utrecht, J.", "Zie, A.": a place or a word, no surname
        hits.append(NameHit(match.start(), match.end(), match.group(0), "rule", 0.7))
    return hits


# In a chat export a first name is often typed in lower case ("op naam van froukje"); common
# words that are also first names are left out.
_CHAT_LINE = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{3,25}\]|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}[ \t]+-)"
    r"[^\n]*$",
    re.MULTILINE,
)
_LOWER_WORD = re.compile(r"(?<![\w@#/.-])[a-z]{3,12}(?![\w@/-])")
_COMMON_FIRST_NAMES = frozenset(
    {"ben", "wil", "roos", "mark", "bas", "kim", "rob", "dag", "jan", "sterre", "rik", "lucht",
     "zon", "zee", "bram", "storm", "hoop", "stijn", "tim", "rosa", "bo", "sem", "noor", "lente",
     "vera", "frank", "hans", "piet", "klaas", "ruben", "mees", "tom", "daan", "bart", "guus",
     "mei", "april", "juni", "juli", "august", "jade", "joy", "lief", "fleur", "bloem", "eva",
     "anna", "ada", "ida", "lot", "kees", "joost", "wim", "dirk", "gert", "sander", "ton",
     "ken"}
)  # fmt: skip
# English words that deduce also knows as first names: in an English chat "has", "may", "done"
# and "him" are words ("Guy has done it", "he may call him").
_ENGLISH_WORDS_AS_NAMES = frozenset(
    {"has", "him", "her", "may", "done", "will", "can", "guy", "bill", "sue", "pat", "art", "ward",
     "line",
     "don", "ray", "hope", "grace", "dawn", "june", "holly", "rose", "rich", "chase", "sunny",
     "lane", "dale", "glen", "gene", "sky", "star", "ash", "cliff", "drew", "earl", "jay",
     "kit", "lance", "miles", "norm", "penny", "rod", "sandy", "wade", "mason", "hunter", "day",
     "job", "said", "summer", "autumn", "robin", "ruby", "hazel", "ivy", "pearl", "amber",
     "crystal", "faith", "major", "king", "prince", "chance", "reed", "jack", "max"}
)  # fmt: skip


# A file name and the parts between its underscores: "05_ID_Husar_Vasile_RX882014.pdf".
_FILE_NAME = re.compile(
    rf"(?<![\w.-])[\w.-]*_[\w.-]*\.(?:{FILE_EXTENSIONS})(?!\w)",
    re.IGNORECASE,
)
_FILE_NAME_PART = re.compile(r"[^_.]+")


def _surname_like(word: str) -> bool:
    """Long enough for a surname, and no common word, stop word or place."""
    return (
        len(word) >= 4
        and not _common_word(word)
        and word.lower() not in _STOP_WORDS
        and not _is_place(word, small_places=True)
    )


# A title or an initial before a surname in a file name: "06_zienswijze_mr_Zwaenepoel.pdf",
# "08_reactie_eigenaar_M_Everaerts.msg".
_FILE_NAME_TITLES = frozenset({"mr", "dhr", "mw", "mevr", "dr", "drs", "ir", "fam"})


# A surname written as one word in a file name, its particles or its second part joined with
# capitals: "vdHeijden", "vanHaren", "terHorst", "BosmanTerHaar".
_JOINED_SURNAME = re.compile(
    r"(?:v|vd|vdr|van|vanden|vander|vande|de|den|der|te|ter|ten)(?P<surname>[A-Z][a-z]{2,})"
    r"|(?P<first>[A-Z][a-z]{2,})(?:Van(?:De[rn]?)?|Ter|Ten|Te|De[rn]?)[A-Z][a-z]{2,}"
)
# the particles of a surname split by underscores ("van_der_Heijden"); not "in", "op", "het"
_FILE_PARTICLES = frozenset(_PARTICLES - {"het", "'t", "op", "in"})
# A second person's initial after "_en_": "05_bezwaar_Willems_T_en_M.pdf".
_AND_INITIAL = re.compile(r"_en_[A-Z](?![^\W_])")


def _file_surname(word: str) -> bool:
    """A part of a file name that reads as a surname before an initial: "Cornelissen" in
    "Cornelissen_W" (on deduce's list of surnames, and no word: not "Versie_B", "Route_A"), or
    one joined with its particle or second part ("vdHeijden", "BosmanTerHaar")."""
    if word.isalpha() and word.istitle():
        return len(word) >= 4 and [word] in _lookup("surname") and not _common_word(word)
    return _JOINED_SURNAME.fullmatch(word) is not None


def _file_name_initialled(
    text: str, parts: list[re.Match[str]], words: list[str]
) -> tuple[list[NameHit], set[int]]:
    """A surname and the initial after it ("Cornelissen_W", "vdHeijden_A", "Willems_T_en_M"),
    and an initial or particles before a surname ("A_ter_Horst", "van_der_Heijden"), in the
    parts of one file name; with the indexes of the parts they take."""
    hits: list[NameHit] = []
    taken: set[int] = set()

    def joined(i: int, j: int) -> bool:
        return all(text[parts[k].end() : parts[k + 1].start()] == "_" for k in range(i, j))

    for i in range(len(parts) - 1):
        a, b = words[i], words[i + 1]
        if i in taken or not joined(i, i + 1):
            continue
        if len(b) == 1 and b.isupper() and _file_surname(a):
            start, end = parts[i].start(), parts[i + 1].end()
            more = _AND_INITIAL.match(text, end)
            end = more.end() if more else end
            hits.append(NameHit(start, end, text[start:end], "rule", 0.7))
            taken.update(k for k in range(i, len(parts)) if parts[k].start() < end)
            continue
        initial = len(a) == 1 and a.isupper()
        first = i + 1 if initial else i
        j = first
        while j < len(parts) and words[j] in _FILE_PARTICLES and j - first < 3:
            j += 1
        if j == first or j >= len(parts) or not joined(i, j):
            continue
        surname = words[j]
        if (
            surname.isalpha()
            and surname.istitle()
            and len(surname) >= 4
            and not _common_word(surname)
            and surname.lower() not in _STOP_WORDS | _ORG_WORDS
            # "A_ter_Horst"; without an initial two particles: "van_der_Heijden" (not
            # "Huis_ter_Heide", "Plan_van_Aanpak")
            and (initial or j - first >= 2)
        ):
            start, end = parts[i].start(), parts[j].end()
            hits.append(NameHit(start, end, text[start:end], "rule", 0.7))
            taken.update(range(i, j + 1))
    return hits, taken


def _file_name_persons(text: str) -> list[NameHit]:
    """A surname and a first name side by side in a file name ("Husar_Vasile", "Chirila_Ana",
    "HOEKX_Mylo"), or a first name and a surname ("Jan_Dekker"): one part a known first name,
    the other no first name and no word or place; a surname after a title or an initial
    ("mr_Zwaenepoel", "M_Everaerts"); a surname and its initial (`_file_name_initialled`)."""
    hits = []
    for file_name in _FILE_NAME.finditer(text):
        parts = list(_FILE_NAME_PART.finditer(text, file_name.start(), file_name.end()))
        words = [p.group(0) for p in parts]
        initialled, taken = _file_name_initialled(text, parts, words)
        hits.extend(initialled)
        for i in range(len(parts) - 1):
            a, b = words[i], words[i + 1]
            if text[parts[i].end() : parts[i + 1].start()] != "_" or {i, i + 1} & taken:
                continue
            if not (a.isalpha() and b.isalpha() and b.istitle()):
                continue
            if (a in _FILE_NAME_TITLES or (len(a) == 1 and a.isupper())) and _surname_like(b):
                # the title stays out of the name, the initial belongs to it
                start = parts[i + 1].start() if a in _FILE_NAME_TITLES else parts[i].start()
                end = parts[i + 1].end()
                hits.append(NameHit(start, end, text[start:end], "rule", 0.7))
                continue
            if a.isupper() and len(a) >= 4 and first_name_known(b) and _surname_like(a.title()):
                # a surname in capitals, then the first name: "03_BRP_HOEKX_Mylo_19900314.pdf"
                hits.append(NameHit(parts[i].start(), parts[i + 1].end(), f"{a}_{b}", "rule", 0.7))
                continue
            if not a.istitle():
                continue
            if first_name_known(a) and not first_name_known(b):
                surname = b
            elif first_name_known(b) and not first_name_known(a):
                following = words[i + 2] if i + 2 < len(words) else ""
                if following.isalpha() and following.istitle():
                    continue  # "Vergunning_Jan_Dekker": the first name opens the next pair
                surname = a
            else:
                continue
            if _surname_like(surname):
                hits.append(NameHit(parts[i].start(), parts[i + 1].end(), f"{a}_{b}", "rule", 0.7))
    return hits


def _chat_first_names(text: str) -> list[NameHit]:
    hits = []
    for line in _CHAT_LINE.finditer(text):
        for match in _LOWER_WORD.finditer(text, line.start(), line.end()):
            word = match.group(0)
            if (
                word in _COMMON_FIRST_NAMES
                or word in _ENGLISH_WORDS_AS_NAMES
                or word in _STOP_WORDS
                or word in _DIALECT_WORDS  # "mien man" (my husband) in a transcript
                or _common_word(word)
            ):
                continue
            if first_name_known(word):
                hits.append(NameHit(match.start(), match.end(), word, "rule", 0.6))
    return hits


# A car park by its letter ("P Cauberg", "P+R Meerssen-West") after a preposition, a comma or "P+".
_PARKING = re.compile(r"[PR][ ][A-Z]")
_PARKING_BEFORE = re.compile(r"(?:(?<![\w-])(?:op|bij|naar|aan|via|at|near|de)[ ]|[,:][ ]|P\+)$")
# A section's letter, not an initial: "vak D Denekamp" (a cemetery's section in a village),
# "blok B Tubbergen".
_SECTION_LETTER = re.compile(r"[A-Z][ ][A-Z]")
_SECTION_BEFORE = re.compile(
    r"(?<![\w-])(?i:vak|blok|veld|rij|sectie|kavel|fase|hal|strook|perceel)[ ]$"
)
# A vehicle's make before its model: "Mercedes Sprinter", "Volkswagen Crafter", "Ford Transit".
_MAKES = (
    r"(?:Mercedes(?:-Benz)?|Volkswagen|Renault|Peugeot|Citro[eë]n|Opel|Fiat|Toyota|Iveco|Volvo|"
    r"Nissan|Ford|Skoda|Tesla)"
)
_VEHICLE_MODEL_NEXT = re.compile(
    rf"{_MAKES}[ \t]+(?:Sprinter|Vito|Crafter|Transporter|Caddy|Transit|Tourneo|Trafic|Master|"
    r"Kangoo|Boxer|Expert|Jumper|Jumpy|Vivaro|Movano|Ducato|Doblo|Proace|Daily|Primastar|"
    r"Interstar|Model|[A-Z]?\d)"
)
# The word before a unit of the organisation: "team Groen", "afdeling Beheer", "cluster Buiten".
_UNIT_BEFORE = re.compile(r"(?<![\w-])(?i:team|afdeling|cluster|sector|unit)[ \t]+$")


# A surname joined to a noun of law or science is a term named after someone: "Mulder-feiten"
# (the Wet Mulder's offences), "een Mulder-beschikking", "het Cushing-syndroom"; not "het
# Jansen-dossier" (that person's file), a double surname with its particle ("Hoekstra-van der
# Meer") or with a capital ("Mulder-Hofman").
COMPOUND_TERM_NEXT = re.compile(
    r"-(?:feit|feiten|beschikking|beschikkingen|procedure|procedures|wet|boete|boetes|sanctie|"
    r"sancties|norm|methode|model|effect|syndroom|ziekte|test)\b(?!-)"
)


# The second word of an English column or field name that deduce reads as a person because the
# first is a first name too: "Job Name", "Job Type", "Job No." in a printer's log, "Given Names"
# in an identity scanner's fields.
_FIELD_NOUN = r"(?:Names?|Type|No\.?|Nr\.?|Details|Log|Status|Title|Number|ID|Owner)(?![\w.])"
_FIELD_NOUN_NEXT = re.compile(rf"[ \t]+{_FIELD_NOUN}")


# A park, a farm or a house named with "Het" ("eigenaar Het Riet", "camping Het Hof"); no
# person's name opens with that article ("'t Hart" does with its short form).
_HOUSE_BY_ARTICLE = re.compile(r"Het[ \t]+[A-Z]")
# "Pas" opening a sentence before when it happened ("Pas op 16 februari bent u verhuisd"): the
# adverb, not the surname
_PAS_ADVERB_NEXT = re.compile(
    r"[ \t]+(?:op|in|na|sinds|vanaf|bij|toen|nadat|als|wanneer|morgen|volgende|later|daarna|"
    r"dan|over|eind|begin|medio|\d)\b"
)


# A street named after a person: the name with a street's ending glued to its last word ("Truus
# Zonneveldhof", "Zuster Truushof" for the midwife Truus Zonneveld), where that word without the
# ending stands in the text on its own (an "-hof" surname alone, "Oosterhof", is a person's).
_STREET_ENDING = re.compile(
    r"(?P<base>[A-Z][a-zà-ÿ'-]{4,})(?:hof|laan|straat|plein|pad|erf|dreef|singel|park|hage)$"
)
# A municipality's own account on a social network: "@GemZuidplas", "GemeenteAalten"
_MUNICIPAL_HANDLE = re.compile(r"@?(?:Gem|Gemeente)(?P<place>[A-Z][a-z]+(?:[A-Z][a-z]+)?)")


def _street_word(word: str, text: str) -> bool:
    """Whether `word` is a person's name with a street's ending whose name stands in `text` on
    its own (`_STREET_ENDING`), also as part of a double surname ("Marga Roodbeen-Zonneveld")."""
    ending = _STREET_ENDING.search(word)
    return ending is not None and (
        re.search(rf"(?<!\w){re.escape(ending.group('base'))}(?!\w)", text) is not None
    )


def _street_named_after(text: str, hit: NameHit) -> bool:
    """Whether a hit is a street named after a person ("Truus Zonneveldhof")."""
    words = hit.text.split()
    return bool(words) and _street_word(words[-1], text)


_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[A-Z][\w'-]+)")


def opens_street_named_after(text: str, end: int) -> bool:
    """Whether the word after a name ending at `end` makes it a street named after a person
    ("Truus" before "Zonneveldhof", `_STREET_ENDING`): the first name there is the street's."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and _street_word(word.group("word"), text)


def _municipal_handle(hit: NameHit) -> bool:
    """Whether a hit is a municipality's handle ("GemZuidplas"): no person."""
    found = _MUNICIPAL_HANDLE.fullmatch(hit.text.strip())
    return found is not None and _is_place(found.group("place"), small_places=True)


def _opening_adverb(text: str, hit: NameHit) -> bool:
    """Whether a hit is "Pas" opening a sentence as the adverb ("Pas op 16 februari ...")."""
    return (
        hit.text == "Pas"
        and _SENTENCE_START.search(text, max(0, hit.start - 4), hit.start) is not None
        and _PAS_ADVERB_NEXT.match(text, hit.end) is not None
    )


# Where any word is written with a capital: a line's, a cell's, an element's, a sentence's or a
# label's value's start ("Onderwerp: Kelder onder water", "<omschrijving>Duiker onder inrit").
_OPENING = re.compile(
    r"(?:^[ \t]*(?:[-*#>|][ \t]*)*(?:\d{1,2}[.)][ \t]+)?"
    r"|(?:(?<=[a-z0-9)\]\"'*])[.!?]|:)[\"')\]*]*[ \t]+|>|\|[ \t]*)$"
)
_TITLE_BEFORE_WORD = re.compile(rf"(?<![\w.])(?i:{_TITLE})[ \t]*$")  # "Dhr. Kelder", "Beste Kelder"
_SMALL_WORD_NEXT = re.compile(r"[ \t]+[a-z]")


# A German letter's salutation, whose "Damen" is a Dutch surname elsewhere ("Kees Damen")
_LADIES_AND_GENTLEMEN = re.compile(r"Damen[ \t]+und[ \t]+Herren")


# Nouns for a person's relation, and a note's, that are surnames too ("Buurman", "Neef", "Noot")
_PERSON_NOUNS = frozenset({"Buurman", "Buurvrouw", "Neef", "Nicht", "Noot"})
_NAME_BEFORE_WORD = re.compile(r"(?:\b[A-Z]\.|\b[A-Z][a-z]+)[ \t]+$")


def _theme_noun(text: str, word: str) -> bool:
    """Whether `word` is a noun that the document itself writes in small letters ("onze kelder",
    "de duiker", "tussen vinder en houder") and capitalises only where any word is capitalised:
    opening a line, a sentence, an element or a label's value. Fail closed: written with a
    capital anywhere else ("meneer Kelder", "J. Kelder") it is a name."""
    if not re.fullmatch(r"[A-Z][a-z]{2,}", word) or first_name_known(word):
        return False  # a first name typed in small letters in a chat is still a name
    # as a word of its own, not in a login or a mailbox ("megan.spencer@..."); a relative, a
    # neighbour or a note opening a sentence needs no such proof ("Buurman van het graf sprak me
    # aan", "Neef gevonden via buurvrouw", "Noot notulist:")
    if word not in _PERSON_NOUNS and (
        re.search(rf"(?<![\w@.-]){word.lower()}(?![\w@-]|\.\w)", text) is None
    ):
        return False
    for match in re.finditer(rf"(?<![\w@.-]){word}(?![\w@-])", text):
        before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        if _TITLE_BEFORE_WORD.search(before):
            return False
        if word in _PERSON_NOUNS:
            # (a log's entry after its time and code: "11:40 NtW Neef gevonden"; not after an
            # initial or a given name: "J. Neef", "Karin Neef")
            if _NAME_BEFORE_WORD.search(before):
                return False
        elif not _OPENING.search(before):
            return False
    return True


def _common_noun(text: str, hit: NameHit) -> bool:
    """Whether a one-word hit is such a noun before a small word ("Kelder onder water", "Tak op
    auto gevallen"): a word of the theme, not a surname."""
    return _SMALL_WORD_NEXT.match(text, hit.end) is not None and _theme_noun(text, hit.text)


# Words that deduce knows as surnames and that open a sentence or a line as the word itself: a
# ticket or a receipt ("Bon BON-2025-11873", "Bon is meegestuurd"; none of the 85 in the sets a
# name), "Super, dank je!" in a chat, a chat's instruction ("Verwijs naar Justis.", "Verwijs
# door naar taalhuis@..."), a note's next step ("Volgende actie: 8 juli"; none of the 95 a name).
# Not after a first name or a title: "Marjan Bon", "Dennis Verwijs" stay.
_OPENING_WORDS = frozenset({"Bon", "Super", "Verwijs", "Volgende"})
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:][ \t]+|[\n\t][ \t]*)$")


# A form's or a procedure's step before its number: "--- Stap 1 Uw gegevens ---", "Stap 2 van
# het formulier", "Stap3Handler" (none of the 51 "Stap" in the sets is a name).
_STEP_NUMBER = re.compile(r"[ \t]?\d")


def _step_word(text: str, hit: NameHit) -> bool:
    return hit.text == "Stap" and _STEP_NUMBER.match(text, hit.end) is not None


def _opening_word(text: str, hit: NameHit) -> bool:
    return (
        hit.text in _OPENING_WORDS
        and _OPENS_SENTENCE.search(text, max(0, hit.start - 3), hit.start) is not None
    )


# the part a person plays in a file, before the name in a log: "Cliënt Rik Wentink, geb. ..."
_PARTY_NOUN = re.compile(
    r"Cli[eë]nte?|Klant|Melder|Bewoner|Bewoonster|Aanvrager|Aanvraagster|Betrokkene|Klager|"
    r"Klaagster|Bezwaarmaker|Verdachte"
)


_ONE_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _without_leading_noun(text: str, hit: NameHit) -> NameHit:
    """A name read together with the noun that opens its sentence ("Vinder Tjitske is gebeld"
    where the document also writes "tussen vinder en houder"): the noun is no part of it."""
    first, _, rest = hit.text.partition(" ")
    if person_word_known(first) or first.lower() in _PARTICLES:
        return hit
    if not (
        (first_name_known(rest) and _theme_noun(text, first))
        # "Cliënt Rik Wentink": a first name and a surname after the party's noun (not a
        # business of one's own: "Atelier Francesca Rossi"), or a surname alone: "Verdachte
        # Versteege verklaarde" (else "Verdachte" is read as a first name, and "VERDACHTE 1"
        # over the next record as that person's)
        or (
            _PARTY_NOUN.fullmatch(first)
            and (first_name_known(rest.split(" ")[0]) or _ONE_SURNAME.fullmatch(rest))
        )
    ):
        return hit
    start = hit.end - len(rest)
    return NameHit(start, hit.end, rest, hit.origin, hit.confidence)


# A club's word before a name with an article: "Schaakclub De Berkel" is the club's own name.
_CLUB_BEFORE = re.compile(r"(?<![\w-])[A-Z]?[a-z]*club[ \t]+$", re.IGNORECASE)


def _model_names(text: str) -> list[NameHit]:
    hits = []
    labels = json_field_labels(text)
    for annotation in load_model().deidentify(text).annotations:
        if not annotation.tag.startswith("persoon") and annotation.tag not in (
            "patient",
            "naam",
        ):
            continue
        start, end = annotation.start_char, annotation.end_char
        if any(a <= start and end <= b for a, b in labels):
            continue  # '{"fieldName":"Given Names","value":"RATNA"}': the label is no person
        if text[max(0, start - 2) : start].endswith(("<", "</")):
            continue  # '<Link End1Id="P1" End2Id="P2"/>': an element's tag
        first_word = re.match(r"[A-Z][a-z]+", text[start:end])
        if first_word and _FIELD_NOUN_NEXT.match(text, start + first_word.end()):
            continue  # "Job No.,Job Type,Job Name": a log's columns
        if _AMPERSAND_BEFORE.search(text, max(0, start - 4), start):
            # "B&B De Kapelhoeve": the second B is no initial and the house no person
            rest = _AFTER_AMPERSAND_LETTER.match(text, start, end)
            house = rest.end() if rest is not None else start
            if _HOUSE_NAME.fullmatch(text, house, end) and not _OWNER_NEXT.match(text, end):
                continue
            if _INITIALLED_REST.match(text, house, end):
                start = house  # "wethouder P&O R. Sparenburg": the O is the portfolio's
        value = text[start:end]
        prefix = _TITLE_PREFIX.match(value)
        if prefix:
            start += prefix.end()
        span = _clean(text, start, end)
        if span is None:
            continue
        start, end = span
        value = text[start:end].strip()
        words = [w.lower() for w in re.split(r"[\s-]+", value) if w]
        if (
            len(value) < 2
            or _is_place(value, small_places=True)
            or any(w in _STOP_WORDS for w in words)
        ):
            # deduce also tags place names and headings ("Artikel") as persons; a single word
            # that is also a place ("Van den Berg", "De Boer", "Van Dijk") does not make one
            continue
        if _not_a_person(value) or _hyphenated_place(value):
            continue
        if _on_a_street(text, start, value):
            continue  # "de vuurwerkvrije zone op de Heuvel": a street, no "Op de Heuvel"
        if _PARKING.match(value) and _PARKING_BEFORE.search(text, max(0, start - 12), start):
            continue  # "parkeren op P Wittemerallee", "P+R Vilt": a car park, no initial
        if _SECTION_LETTER.match(value) and _SECTION_BEFORE.search(text, max(0, start - 8), start):
            continue  # "ruiming vak B Tubbergen": a section's letter and a place, no person
        if " " not in value and _UNIT_BEFORE.search(text, max(0, start - 12), start):
            continue  # "team Groen", "afdeling Beheer": a unit of the organisation, no surname
        if " " not in value and (
            _LABEL_NEXT.match(text, start + len(value))
            or COMPOUND_TERM_NEXT.match(text, start + len(value))
            or _NUMBERED_HEADING_NEXT.match(text, start + len(value))
            or _english_or_dialect_word(text, start, value)
            # a German noun of money: "Standgeld", "Zwangsgeld", "Bußgeld"
            or (len(value) > 6 and value.lower().endswith("geld"))
        ):
            continue
        if value.startswith(("De ", "Het ", "'t ")) and _CLUB_BEFORE.search(
            text, max(0, start - 30), start
        ):
            continue  # "Schaakclub De Berkel", "Korfbalclub De Waard": the club's own name
        start, end = _extend(text, start, start + len(value))
        hits.append(NameHit(start, end, text[start:end], "model", 0.75))
    return hits


# A place named by a preposition and the street's name ("op de Heuvel", "aan de Brink"): deduce
# reads "Op de Heuvel" as a surname with its particle; a person is named so after a title.
_ON_A_STREET = re.compile(r"(?:[Oo]p|[Aa]an|[Bb]ij)[ \t]+den?[ \t]+(?P<street>[A-Z][\w'-]+)")


def _on_a_street(text: str, start: int, value: str) -> bool:
    """Whether a hit is a preposition with a known street's name, not after a title."""
    found = _ON_A_STREET.fullmatch(value)
    return (
        found is not None
        and street_lookup()([found.group("street")])
        and not _PERSON_TITLE_BEFORE.search(text, max(0, start - 12), start)
    )


# A numbered heading of a form or a procedure, or a search hit's line: "--- Stap 1: Over u ---",
# "[Stap 2 - Uw melding]", "Line 112: ..." in an editor's search results.
_NUMBERED_HEADING_NEXT = re.compile(r"[ \t]+\d{1,4}(?:[ \t]*:(?!\d)|[ \t]+[-–][ \t])")
_AMPERSAND_BEFORE = re.compile(r"&(?:[A-Z][ \t]+)?$")
_AFTER_AMPERSAND_LETTER = re.compile(r"[A-Z][ \t]+")
_INITIALLED_REST = re.compile(r"(?:[A-Z]\.){1,4}[ \t]?[A-Z]")
# "B&B De Zeven Linden – Annelies Vossenberg": the owner named after the house
_OWNER_NEXT = re.compile(r"[ \t]*[–-][ \t]*[A-Z]")
_HOUSE_NAME = re.compile(r"(?:De|Het|'t)[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?")
# Languages and nationalities ("in het Duits", "Franse vertaling", "Nest Franse bulldogs"): a
# hit of deduce that holds one is no person (a rule's cue makes "R. Spaans" one); not "Frans"
# or "Engels", which are names too. Nor is any hit holding a German town's administration:
# "Gebührensatzung der Stadt Aachen", "Gemeinderat der Gemeinde Lansingerland", "Laut
# Polizei", "Ordnungsamt Herzogenrath".
_LANGUAGE_WORDS = frozenset(
    {"duits", "duitse", "franse", "engelse", "poolse", "spaans", "spaanse", "turks", "turkse",
     "arabisch"}
)  # fmt: skip
_ADMINISTRATION_WORDS = frozenset(
    {"stadt", "gemeinde", "gemeinderat", "städteregion", "polizei", "ordnungsamt", "rathaus",
     "jugendamt", "sozialamt", "jobcenter", "landkreis", "kreisverwaltung",
     # a shared mailbox as a calendar's attendee: "CN=Leerplicht postbus"
     "postbus", "mailbox", "servicedesk", "helpdesk",
     # a desk or a court as a calendar's organiser or a party: "CN=Burgerlijke Stand Medemblik",
     # "Rechtbank Gelderland", "the Municipality"
     "burgerlijke", "rechtbank", "municipality"}
)  # fmt: skip
# Words deduce knows as first names that are words of English or a Dutch dialect: "Don't",
# "Can the municipality ...", "Both were taken ...", Limburgish and Drents "mien" (my), "noe"
# (now), "kier" (times), "bin" (am), "kiek" (looks), English "on the floor".
_CONTRACTION_NEXT = re.compile(r"['’]t(?!\w)")
_QUESTION_NEXT = re.compile(
    r"[ \t]+(?:we|you|I|they|he|she|it|the|this|that|my|our|your|someone|anyone|somebody)(?!\w)"
)
_ENGLISH_OPENERS = frozenset({"Can", "Could", "Will", "Would", "Both", "Has", "Have", "Did"})
_DIALECT_WORDS = frozenset(
    {"mien", "dien", "zien", "bin", "noe", "kier", "kiek", "ich", "ouch", "neet", "gein", "floor",
     # Frisian: "fan" (of), "bern" (children), "kin" (can), "nim" (take), "belle" (call), "jo"
     # (you); German "das", "an"; "dochter" opening a sentence in a note
     "fan", "bern", "kin", "nim", "belle", "jo", "das", "an", "dochter"}
)  # fmt: skip


def _administration_or_language(hit: NameHit) -> bool:
    words = {w.lower() for w in re.split(r"[\s,;()]+", hit.text)}
    return bool(words & _ADMINISTRATION_WORDS) or (
        hit.origin == "model" and bool(words & _LANGUAGE_WORDS)
    )


def _english_or_dialect_word(text: str, start: int, value: str) -> bool:
    end = start + len(value)
    if _CONTRACTION_NEXT.match(text, end):
        return True
    if value in _ENGLISH_OPENERS and (
        _QUESTION_NEXT.match(text, end) or (value == "Both" and _SMALL_WORD_NEXT.match(text, end))
    ):
        return True
    if value.lower() not in _DIALECT_WORDS:
        return False
    # in small letters, or opening a sentence ("Mien eige sjuur"); "tante Mien" is a name
    return value.islower() or _SENTENCE_START.search(text[max(0, start - 10) : start]) is not None


# A building named by the place it stands in: "Slot Zeist", "Huis Doorn" (before another word
# these may open a surname: "Slot", "Huis", "Hof").
_BUILDING_BEFORE_PLACE = frozenset({"slot", "fort", "huis", "hof", "station", "gemeente"})
# ... and words no name starts with: "Kasteel Radboud", "Landgoed Hoog Beek".
_BUILDING_WORDS = frozenset({"kasteel", "landgoed", "paleis", "abdij", "klooster", "buitenplaats"})
# A holiday home or a park is named like a person at times ("Chalet Vink"); a first name after
# the word makes it a sole trader's name ("Camping Ria Dijkhuis"), which stays a person's.
_LODGING_WORDS = frozenset(
    {
        "chalet", "villa", "bungalow", "bungalowpark", "vakantiepark", "recreatiepark",
        "groepsaccommodatie", "vakantiewoning", "boerderijcamping", "camping", "hostel",
    }
)  # fmt: skip
# A quarter after a place: "Wijchen-Oost".
_QUARTERS = frozenset({"oost", "west", "noord", "zuid", "centrum", "midden", "dorp", "stad"})


def _hyphenated_place(value: str) -> bool:
    """A place joined to another place or to a quarter: "Wijchen-Oost", "Beuningen-Weurt"."""
    parts = value.split("-")
    return (
        len(parts) == 2
        and " " not in value
        and _is_place(parts[0], small_places=True)
        and (parts[1].lower() in _QUARTERS or _is_place(parts[1], small_places=True))
    )


def _not_a_person(value: str) -> bool:
    """A model hit that starts with a word no name starts with: an adjective ("Goudse Poort",
    "Zilveren Kruis") or a long compound noun ("Parkeergarage ..."), unknown as a first name or
    surname."""
    words = value.split()
    first = words[0]
    if (
        first in ("te", "in")
        and len(words) > 1
        and _is_place(" ".join(words[1:]), small_places=True)
    ):
        return True  # "geboren 09-04-1998 te Deventer", "zijn collega in Emmerich": where
    if len(words) < 2 or "." in first or first.lower() in _PARTICLES:
        return False
    if first.lower() in _BUILDING_BEFORE_PLACE and _is_place(" ".join(words[1:])):
        return True  # "raadzaal Slot Zeist", "Huis Doorn": a building, named by its place
    if first.lower() in _BUILDING_WORDS:
        return True  # "Kasteel Radboud", "Landgoed Hoog Beek": no name starts with the word
    if (
        first.lower() in _LODGING_WORDS
        and len(words) <= 3
        and not any(map(first_name_known, words[1:]))
    ):
        return True  # "Chalet Vink", "Villa Bosrand" (not a trade name "Camping Ria Dijkhuis")
    if first_name_known(first) or [first] in _lookup("surname"):
        return False
    lowered = first.lower()
    return lowered.endswith(("se", "sche", "en")) or len(first) >= 11


def _extend(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a model hit over the rest of a double surname ("van den Berg" + "-de Vries") and
    over first names right before it ("Johannes Cornelis" + "van den Berg")."""
    rest = _HYPHEN_REST.match(text, end)
    if rest:
        end = rest.end()
    for _ in range(3):
        before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
        if before is None:
            break
        word = before.group(1)
        word_start = start - len(before.group(0))
        lowered = word.lower()
        if (
            lowered in _STOP_WORDS
            or lowered in _ORG_WORDS
            or lowered in places()
            or _STREET_WORD.match(lowered)
            or _LEADING.match(word + " ")
            or lowered.endswith("kliniek")  # "Dierenkliniek De Polder": the clinic's name
        ):
            break
        at_start = _SENTENCE_START.search(text[max(0, word_start - 10) : word_start])
        if not first_name_known(word) and (at_start or _common_word(word)):
            break
        start = word_start
    return start, end


_COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")


def _split_columns(hits: list[NameHit]) -> list[NameHit]:
    """A hit that runs over a wide gap holds two columns ("Theo Beentjes      Nel Kaagman"):
    two people, each judged on their own."""
    result = []
    for hit in hits:
        if not _COLUMN_GAP.search(hit.text):
            result.append(hit)
            continue
        offset = hit.start
        for part in _COLUMN_GAP.split(hit.text):
            start = hit.text.find(part, offset - hit.start) + hit.start if part else offset
            if part.strip():
                result.append(NameHit(start, start + len(part), part, hit.origin, hit.confidence))
            offset = start + len(part)
    return result


def _merge(hits: list[NameHit]) -> list[NameHit]:
    """Longest hit wins where hits overlap; rules win ties."""
    hits = _split_columns(hits)
    hits.sort(key=lambda h: (-(h.end - h.start), h.origin != "rule", h.start))
    chosen: list[NameHit] = []
    for hit in hits:
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)
