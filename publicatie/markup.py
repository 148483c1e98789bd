"""Character escapes of markup written out in a text: an HTML source's entities and line breaks,
an RTF source's hex escapes and paragraph marks, the tags of Word's document.xml.

A mail's HTML source or an RTF file saved as text hides a name behind its escapes:
"Ren&eacute;e Paardekamp", "06&nbsp;2704&nbsp;8815", "Andr\\'e9 Keulersveld\\par". The detector
reads such a text as a reader of the rendered document would ("Renée Paardekamp",
"06 2704 8815", "André Keulersveld" on a line of its own) and maps what it finds back onto the
characters as they are written.
"""

from __future__ import annotations

import html
import re

_HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# RTF: a character by its code page byte ("\'e9" is é), a control symbol ("\~" is a no-break
# space), the control words that break a line or move to a tab, with the space or line break
# that ends them ("\pard" is another word), and what only sets the type ("{\b H. Kuyckhoven}\par",
# "\fs16 "), which a reader does not see (a group of the document's information,
# "{\info{\title ...}{\author ...}}", keeps its braces).
_RTF_ESCAPE = re.compile(
    r"\\'(?P<byte>[0-9a-fA-F]{2})|\\(?P<word>par|line|tab)(?![a-z]) ?\n?"
    # a no-break space, a no-break hyphen and an optional hyphen: "6031\~EA", "Kapel\-straat"
    r"|\\(?P<symbol>[~_-])"
    r"|(?P<format>\{?\\(?:(?:b|i|ul)0?|ulnone|plain|(?:fs|f|cf|highlight|lang)\d+)(?![a-z0-9]) ?"
    r"|\}(?![{}]))"
)
# An HTML line break is a line break to a reader: "De burgemeester van Woensdrecht,<br>mr. ..."
_HTML_BREAK = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)
# A LaTeX source's spaces: a tie ("Zieuwentseweg~4") and the thin and other small spaces
# ("0545\,25\,06\,81", "dr.\ Jansen") are a space to a reader of the typeset text.
_LATEX_SOURCE = re.compile(r"\\documentclass|\\begin\{document\}")
_LATEX_SPACE = re.compile(r"(?<!\\)~|\\[,;: ]")
# ... and a macro that names a person by role: "\newcommand{\burgemeester}{G.J.~Wiringa}" reads
# as "burgemeester G.J. Wiringa".
_LATEX_ROLE_MACRO = re.compile(r"\\(?:re)?newcommand\{\\(?P<macro>[A-Za-z]{2,40})\}\{")
# An HTML source's tags that only set the type, without attributes: "burgemeester <b>M. Daemen</b>"
# reads as "burgemeester M. Daemen". (A tag with attributes may hold a value itself, such as a
# link's "mailto:", and stays as written.)
_HTML_INLINE = re.compile(r"</?(?:b|i|u|em|strong|small|mark|span)>", re.IGNORECASE)
# Word's document.xml: a run of tags, with the white space between them, is nothing a reader
# sees ("burgemeester </w:t></w:r>\n  <w:r><w:t>A.W. Boonzaaier"); a paragraph's end is a line
# break. A run that names an author (a tracked change, a comment) is read once more, as written,
# after the text, so the author is still found.
_WORD_TAGS = re.compile(r"(?:<[^<>\n]*>(?:[ \t\n]+(?=<))?)+")
_AUTHOR = re.compile(r"\bw:(?:author|initials)=")
# What a reader sees as a plain space or hyphen: a no-break space, a no-break hyphen.
_PLAIN = str.maketrans({"\u00a0": " ", "\u2011": "-", "\u2010": "-"})


def _replacement(match: re.Match[str]) -> str | None:
    if match.re is _HTML_BREAK:
        return "\n"
    if match.re is _HTML_INLINE:
        return ""
    if match.re is _LATEX_SPACE:
        return " "
    if match.re is _LATEX_ROLE_MACRO:
        return match.group("macro") + " "
    if match.re is _WORD_TAGS:
        if "</w:p>" in match.group(0):
            return "\n"
        # deleted and inserted text are two texts, read as a list: "L.M. Ravelingen, K. Schansbroek"
        return ", " if re.search(r"</?w:(?:del|ins)\b", match.group(0)) else ""
    if match.re is _HTML_ENTITY:
        decoded = html.unescape(match.group(0))
        return None if decoded == match.group(0) else decoded.translate(_PLAIN)
    if match.group("format"):
        return ""
    if match.group("symbol"):
        return {"~": " ", "_": "-", "-": ""}[match.group("symbol")]
    if match.group("byte"):
        return bytes.fromhex(match.group("byte")).decode("cp1252", "replace").translate(_PLAIN)
    return "\t" if match.group("word") == "tab" else "\n"


def decode_markup(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """`text` with its HTML entities, line breaks and formatting tags (and, in an RTF source,
    Word's XML or a LaTeX source, its escapes, tags and spaces) decoded, and for each character
    of the result the part of `text` it was written as; None when there is none."""
    escapes = list(_HTML_ENTITY.finditer(text)) if "&" in text else []
    if "<" in text:
        escapes += _HTML_BREAK.finditer(text)
        escapes += _HTML_INLINE.finditer(text)
    if text.lstrip().startswith("{\\rtf"):
        escapes += _RTF_ESCAPE.finditer(text)
    if _LATEX_SOURCE.search(text):
        escapes += _LATEX_SPACE.finditer(text)
        escapes += _LATEX_ROLE_MACRO.finditer(text)
    if "<w:t" in text:
        escapes += _WORD_TAGS.finditer(text)
    escapes.sort(key=lambda m: m.start())
    chars: list[str] = []
    origins: list[tuple[int, int]] = []
    authored: list[re.Match[str]] = []
    at = 0
    for match in escapes:
        if match.start() < at:
            continue
        decoded = _replacement(match)
        if decoded is None:
            continue
        chars.append(text[at : match.start()])
        origins.extend((i, i + 1) for i in range(at, match.start()))
        chars.append(decoded)
        origins.extend([match.span()] * len(decoded))
        at = match.end()
        if match.re is _WORD_TAGS and _AUTHOR.search(match.group(0)):
            authored.append(match)
    if at == 0:
        return None
    chars.append(text[at:])
    origins.extend((i, i + 1) for i in range(at, len(text)))
    for match in authored:  # the tags that name an author, as written, after the text
        chars.append("\n" + match.group(0))
        origins.append((match.start(), match.start() + 1))
        origins.extend((i, i + 1) for i in range(match.start(), match.end()))
    return "".join(chars), origins
