"""Dutch number words, as a transcript, a formal deed or a dialect writes them out.

One list for every detector that reads numbers in words: a phone number said digit by digit or
in pairs, a house number ("nummer zesentachtig"), the day of a date of birth ("elf februari").
Regional forms ("vief", "zeuven", "achtien") are part of it: a voicemail in dialect says them.
"""

from __future__ import annotations

__all__ = ["DAY", "PAIR", "TEEN", "TENS", "UNIT"]

# one digit, also "ene" and the regional "vief" and "zeuven"
UNIT = r"(?:nul|een|één|ene|twee|drie|vier|vief|vijf|zes|zeven|zeuven|acht|negen)"
TENS = r"(?:twintig|dertig|veertig|vieftig|vijftig|zestig|zeventig|tachtig|negentig)"
TEEN = (
    r"(?:tien|elf|twaalf|dertien|veertien|vieftien|vijftien|zestien|zeventien|zeuventien|"
    r"achttien|achtien|negentien)"
)
# a number from ten to ninety-nine, also with hyphens: "een-en-veertig", "zesentachtig"
PAIR = rf"(?:{UNIT}-?[eë]n-?{TENS}|{TENS}|{TEEN})"
# the day of a date, longest first: "eenentwintig" before "een", "eerste" as an ordinal
DAY = (
    r"(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]ntwintig|eenendertig|"
    r"dertig|twintig|negentien|achttien|zeventien|zestien|vijftien|veertien|dertien|twaalf|elf|"
    r"tien|negen|acht|zeven|zes|vijf|vier|drie|twee|een|één|eerste)"
)
