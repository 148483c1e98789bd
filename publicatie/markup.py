"""Character escapes of markup written out in a text: an HTML source's entities and line breaks,
an RTF source's hex escapes and paragraph marks, the tags of Word's document.xml.

A mail's HTML source or an RTF file saved as text hides a name behind its escapes:
"Ren&eacute;e Paardekamp", "06&nbsp;2704&nbsp;8815", "Andr\\'e9 Keulersveld\\par". The detector
reads such a text as a reader of the rendered document would ("Renée Paardekamp",
"06 2704 8815", "André Keulersveld" on a line of its own) and maps what it finds back onto the
characters as they are written.
"""

from __future__ import annotations

import base64
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
# A label printer's ZPL: the field data between "^FD" and "^FS" is what the label shows, each
# field a line of its own ("^FO40,230^BCN,60,N,N,N^FDGPK0798250031^FS").
# The commands between two fields (position, font, barcode) are nothing a reader sees; with
# "^FH" a field's data writes a byte as "_" and two hex digits ("Wi_C5_9Bniewski").
_ZPL_SOURCE = re.compile(r"\^XA")
_ZPL_FIELD = re.compile(
    r"\^FS(?:[^^]|\^(?!FD|FX|XZ))*?(?:\^FD|\^XZ)|\^XA(?:[^^]|\^(?!FD|FX))*?\^FD"
)  # (a comment, "^FX operator tschalks", stays as written)
_ZPL_HEX = re.compile(r"(?:_[0-9A-Fa-f]{2})+")
# A string in JSON or a script: a character by its code ("Ren\\u00e9", "Gerardus\\u00a0Bertens",
# a pair for a character outside the basic plane) and an escaped apostrophe ("Joris \\'t Hart";
# not an escaped double quote, which a JSON reader needs to see where a string ends).
_UNICODE_ESCAPE = re.compile(
    r"\\u(?P<code>[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|[0-9a-fA-F]{4})|\\(?P<quote>')"
)
# A line break written as an escape inside a string of JSON or a log's message: a CSV export or a
# letter sent as one string ("Inhoud bestand:\\n668633128;Al-Khatib, Ahmad;19810801\\n..."),
# read as the lines it holds; not an escaped backslash before an "n" ("C:\\\\nieuw").
_ESCAPED_LINE_BREAK = re.compile(r"(?<!\\)(?:\\r)?\\n")
# ... only on a line that quotes a string and holds two or more of them: a Windows account's
# domain before a login that starts with an "n" ("GEMEENTE\\nkikkert") stays as written.
_QUOTED_LINE = re.compile(r'^[^\n]*"[^\n]*$', re.MULTILINE)
# A PostScript program or a PDF content stream: a string's byte by its octal code ("No\\353lle").
_POSTSCRIPT_SOURCE = re.compile(r"%!PS|\bBT\b[^\n]*\n?[^\n]*\bT[fdj]\b|\)[ \t]*Tj\b")
_OCTAL_ESCAPE = re.compile(r"\\(?P<octal>[0-7]{3})")
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
    if match.re is _UNICODE_ESCAPE:
        if match.group("quote"):
            return match.group("quote")
        code = match.group("code").replace("\\u", "")
        units = bytes.fromhex(code)
        return units.decode("utf-16-be", "replace").translate(_PLAIN)
    if match.re is _ESCAPED_LINE_BREAK:
        return "\n"
    if match.re is _OCTAL_ESCAPE:
        return bytes([int(match.group("octal"), 8) & 0xFF]).decode("cp1252", "replace")
    if match.re is _ZPL_FIELD:
        return "\n"
    if match.re is _ZPL_HEX:
        return bytes.fromhex(match.group(0).replace("_", "")).decode("utf-8", "replace")
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


def _escaped_line_breaks(text: str) -> list[re.Match[str]]:
    """The escaped line breaks of each line that quotes a string and holds two or more."""
    found: list[re.Match[str]] = []
    for line in _QUOTED_LINE.finditer(text):
        breaks = list(_ESCAPED_LINE_BREAK.finditer(text, line.start(), line.end()))
        if len(breaks) >= 2:
            found += breaks
    return found


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
    if "\\u" in text or "\\'" in text:
        escapes += _UNICODE_ESCAPE.finditer(text)
    if "\\" in text and _POSTSCRIPT_SOURCE.search(text):
        escapes += _OCTAL_ESCAPE.finditer(text)
    if "\\n" in text:
        escapes += _escaped_line_breaks(text)
    if "^XA" in text and _ZPL_SOURCE.search(text):
        escapes += _ZPL_FIELD.finditer(text)
        if "^FH" in text:
            escapes += _ZPL_HEX.finditer(text)
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


# A mail saved with its MIME source: a quoted-printable body ("Ren=C3=A9e", a soft line break
# "Gert=\n Maasland" inside a name) and encoded words in the headers
# ("=?UTF-8?Q?Orhan_Kaplano=C4=9Flu?=", "=?utf-8?B?...?=").
_QUOTED_PRINTABLE = re.compile(r"(?i)content-transfer-encoding:[ \t]*quoted-printable")
_QP_ESCAPE = re.compile(r"=\r?\n|(?:=[0-9A-F]{2})+")
_ENCODED_WORD = re.compile(
    r"=\?(?P<charset>[\w-]{1,20})\?(?P<encoding>[QqBb])\?(?P<data>[^?\s]*)\?="
)


def _hex_bytes(run: str, charset: str = "utf-8") -> str:
    try:
        return bytes.fromhex(run.replace("=", "")).decode(charset, "replace").translate(_PLAIN)
    except LookupError:
        return bytes.fromhex(run.replace("=", "")).decode("utf-8", "replace").translate(_PLAIN)


def decode_quoted_printable(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """`text` with its quoted-printable escapes and soft line breaks (when the text declares
    that transfer encoding) and its MIME encoded words decoded, and for each character of the
    result the part of `text` it was written as; None when there is none."""
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    for word in _ENCODED_WORD.finditer(text):
        charset, data = word.group("charset"), word.group("data")
        edits.append((word.start(), word.start("data"), ""))
        if word.group("encoding") in "Bb":
            try:
                decoded = base64.b64decode(data + "=" * (-len(data) % 4)).decode(charset, "replace")
            except (ValueError, LookupError):
                decoded = data
            edits.append((word.start("data"), word.end("data"), decoded))
        else:
            at = word.start("data")
            for piece in re.finditer(r"(?:=[0-9A-Fa-f]{2})+|_", data):
                replacement = " " if piece.group(0) == "_" else _hex_bytes(piece.group(0), charset)
                edits.append((at + piece.start(), at + piece.end(), replacement))
        edits.append((word.end("data"), word.end(), ""))
    if _QUOTED_PRINTABLE.search(text):
        words = [w.span() for w in _ENCODED_WORD.finditer(text)]
        for match in _QP_ESCAPE.finditer(text):
            if any(a <= match.start() < b for a, b in words):
                continue
            replacement = (
                ""
                if match.group(0).startswith("=\n") or match.group(0).startswith("=\r")
                else _hex_bytes(match.group(0))
            )
            edits.append((match.start(), match.end(), replacement))
    if not edits:
        return None
    edits.sort()
    chars: list[str] = []
    origins: list[tuple[int, int]] = []
    at = 0
    for start, end, replacement in edits:
        if start < at:
            continue
        chars.append(text[at:start])
        origins.extend((i, i + 1) for i in range(at, start))
        chars.append(replacement)
        origins.extend([(start, end)] * len(replacement))
        at = end
    chars.append(text[at:])
    origins.extend((i, i + 1) for i in range(at, len(text)))
    return "".join(chars), origins
