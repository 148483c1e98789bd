"""Names of pets: a dog called "Rex" or a cat called "Simba" is not a person.

Documents about dog registration, bites and animal shelters name the animals as often as their
owners. A name counts as an animal's only where the document itself says so: after the word for
the animal ("de hond Bikkel"), before its breed ("Bruno (reu, ...)", "Rex, Mechelse herder"), in
a field for it ('"pet_name": "Saar"', "Naam dier: Bruno") or in the cell before the species
("Flip;Kat;Vaccinatie"). Fail closed: a word that the document also writes as part of a
person's name ("Piet Jansen", "Jansen, P.", "meneer Jansen") is never taken for an animal, nor
a known surname in the cell before the animal ("Jansen;Hond;2").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from publicatie.names import surname_known

__all__ = ["SPECIES", "breed_name", "pet_names"]

_NAME = r"(?P<pet>[A-Z][a-zë]{1,11})"
# The animals that people keep and name, as a word on its own or at the end of a compound
# ("hulphond", "waakhond", "huiskat").
SPECIES = r"(?:hond|hondje|reu|teef|pup|puppy|kat|katje|kater|poes|konijn|cavia|paard|pony)"
_BREEDS = (
    r"(?:labrador|golden[ \t]+retriever|retriever|beagle|teckel|poedel|chihuahua|husky|boxer|"
    r"rottweiler|dobermann|bulldog|(?:franse|engelse)[ \t]+bulldog|border[ \t]+collie|collie|"
    r"jack[ \t]+russell(?:[ \t]+terri[eë]r)?|terri[eë]r|staffordshire(?:[ \t]+terri[eë]r)?|"
    r"american[ \t]+staffordshire(?:[ \t]+terri[eë]r)?|amstaff|stabij|kooiker(?:hondje)?|"
    r"malinois|spaniel|cocker|pointer|mastiff|shih[ \t]+tzu|maltezer|dalmatiër|"
    r"(?:mechelse|duitse|hollandse|belgische|australische|friese|oudduitse)[ \t]+herder|"
    r"europese[ \t]+korthaar|maine[ \t]+coon|siamees|ragdoll|britse[ \t]+korthaar|"
    r"boerboel|cane[ \t]+corso|akita|shiba|pitbull|podenco|galgo|whippet|greyhound|windhond|"
    r"schnauzer|bichon|pomeranian|yorkshire(?:[ \t]+terri[eë]r)?|weimaraner|vizsla|"
    r"bordeauxdog|bullterri[eë]r|cavalier|keeshond|berner[ \t]+sennen|newfoundlander|"
    r"labradoodle|goldendoodle|cockapoo|"
    r"reu|teef|kater|poes)"
)
# The animal itself, after a word that may as well be an owner's surname ("Jansen;Hond;2" in a
# register of dog tax).
_ANIMAL = r"(?:Hond|Kat|Konijn|Cavia|Paard|Dog|Cat|Rabbit)"
# A capital word or particle right after the name makes it a person's: "hond Jan de Vries".
_NOT_A_SURNAME_AFTER = r"(?![ \t]+(?:[A-Z]|(?:van|de|der|den|ter|ten)[ \t]+[A-Z]))"

_CUES = [
    # "de hond Bikkel van meneer T. Hesselink", "Mijn hond Pip is weg", "hulphond Rex"
    re.compile(rf"(?<![^\W\d_])[a-z]*{SPECIES}[ \t]+{_NAME}\b{_NOT_A_SURNAME_AFTER}"),
    # "Bruno (reu, niet gecastreerd)", '"Bo (labrador)"', "Rex, Mechelse herder", "Bruno, Amstaff",
    # "Moos (Konijn)": a breed after a bracket or comma, the animal itself after a bracket only
    re.compile(
        rf"(?<![\w.] ){_NAME}[ \t]*"
        rf"(?:\((?:[ \t]*(?i:{_ANIMAL})|(?:een[ \t]+)?(?i:{_BREEDS}))"
        rf"|,[ \t]*(?:een[ \t]+)?(?i:{_BREEDS}))\b"
    ),
    # "Is Rex een erkende hulphond?", "Kaat is dezelfde hond die ..."
    re.compile(
        rf"\b{_NAME}[ \t]+(?:(?:is|was)[ \t]+)?(?:een|mijn|onze|dezelfde)[ \t]+"
        rf"(?:[a-z]+[ \t]+)?[a-z]*{SPECIES}\b"
    ),
    # a tracker's name for it: "Kaat (TT 15 mini, chip 528069562851274)", and the fifteen
    # digits of an animal's chip after its name: "het chipnummer van Sam (528535059810659)"
    re.compile(rf"\b{_NAME}[ \t]*\([^)\n]{{0,30}}\bchip\b"),
    re.compile(rf"\bchip\w*[ \t]+van[ \t]+{_NAME}[ \t]*\(?[ \t]*\d{{15}}\b"),
    # "Mechelse herder (Rex, eig. M. Hilbrands)"
    re.compile(rf"(?i:{_BREEDS})[ \t]*\([ \t]*{_NAME}\b"),
    # a field for it: "Naam dier : Bruno", '"pet_name": "Saar"', "huisdier: Moos"
    re.compile(
        r"(?i:naam[ \t]+(?:dier|hond|kat|huisdier)|pet_?name|dier(?:naam)?|huisdier(?:naam)?|"
        r"hondnaam|naam_dier|animal_?name)"
        rf"\"?[ \t]*[:=][ \t]*\"?{_NAME}\b{_NOT_A_SURNAME_AFTER}"
    ),
    # its call name after the animal or its breed in the same record: '"soort": "kat",
    # "roepnaam": "Mies"', "Mechelse herder, reu, ca. 6 jaar, roepnaam Rex" (a person's call
    # name has no animal before it)
    re.compile(
        rf"(?i:{SPECIES}|{_BREEDS})\b[^\n]{{0,60}}?\broepnaam\"?[ \t]*[:=]?[ \t]*\"?"
        rf"{_NAME}\b{_NOT_A_SURNAME_AFTER}"
    ),
    # a vet's patient record: "Patient: Sam (ID 22871) - Canine, Border Collie"
    re.compile(rf"(?i:pati[eë]nt)[ \t]*:[ \t]*{_NAME}\b(?=[^\n]{{0,40}}(?i:canine|feline|equine))"),
]
# Cues that a surname could meet as well: the cell before the animal ("Bruno;Hond;Gedragsconsult",
# "Kaat | Dog/Jack Russell F", "Moos, konijn"); a word from deduce's surname list is not taken.
_WEAK_CUES = [
    re.compile(
        rf"(?<![\w,.] ){_NAME}[ \t]*(?:[;|\t]|,[ \t]*)[ \t]*\"?(?i:{_ANIMAL})\b(?![ \t]+[a-z])"
    ),
]
_BREED_NAME = re.compile(rf"(?i:{_BREEDS}|{_ANIMAL})")
_TITLE = r"(?:[Mm]eneer|[Mm]evrouw|[Hh]eer|[Dd]hr|[Mm]w|[Mm]evr|[Ff]am)\.?[ \t]+"


def pet_names(text: str, person_names: Iterable[str]) -> frozenset[str]:
    """The words that `text` names as animals. `person_names` are the names the detector took
    for persons; a word written there beside another name part (a first name, an initial) is a
    person's, and so is a word after a title."""
    found = {m.group("pet") for cue in _CUES for m in cue.finditer(text)}
    found |= {
        m.group("pet")
        for cue in _WEAK_CUES
        for m in cue.finditer(text)
        if not surname_known(m.group("pet"))
    }
    if not found:
        return frozenset()
    person_words = set()
    for name in person_names:
        words = re.findall(r"[^\W\d_][\w'-]*\.?", name)
        capitals = [w for w in words if w[:1].isupper()]
        if len(capitals) > 1:
            person_words.update(w.rstrip(".") for w in capitals)
    return frozenset(
        name
        for name in found
        if name not in person_words and not re.search(rf"{_TITLE}{name}\b", text)
    )


def breed_name(value: str) -> bool:
    """Whether a value is a breed or kind of animal ("Jack Russell", "Kat" in the cell after a
    pet's name), not a person's name."""
    return _BREED_NAME.fullmatch(value.strip()) is not None
