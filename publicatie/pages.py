"""Static, accessible HTML pages (Dutch) for people who read the public site.

    index.html                                   the categories with published documents
    categorieen/infocatNNN/index.html            one category: its overview pages
    categorieen/infocatNNN/pagina-00001.html     the documents of one sitemap shard
    documenten/<public_id>/index.html            one document: metadata and download link,
                                                 or the notice that it was withdrawn

Pages follow the sitemap shards, so a change to one document rewrites one overview page, like
its sitemap. Every value is escaped (Jinja2 autoescape); pages use `lang="nl"`, landmarks, a
skip link, real headings, a description list for metadata and tables with captions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from jinja2 import DictLoader, Environment, select_autoescape

from schemas.diwoo import informatiecategorie_codes, waardelijst

__all__ = [
    "DocumentPage",
    "ListedDocument",
    "category_index_key",
    "category_index_page",
    "category_label",
    "category_page",
    "category_page_key",
    "document_page",
    "document_page_key",
    "home_page",
    "withdrawal_page",
]

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
HTML = "text/html; charset=utf-8"

_BASE = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} – {{ organisatie }}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5}
a{color:#01689b}a:focus{outline:3px solid #ffb612}.skip{position:absolute;left:-999px}
.skip:focus{left:1rem}dt{font-weight:bold}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.3rem;border-bottom:1px solid #ccc}
</style>
</head>
<body>
<a class="skip" href="#inhoud">Direct naar de inhoud</a>
<header><p><a href="{{ base }}/index.html">Actief openbaar gemaakte documenten van
{{ organisatie }}</a></p></header>
<main id="inhoud">
{% block main %}{% endblock %}
</main>
<footer><p>Openbaar gemaakt op grond van de Wet open overheid (Woo).</p></footer>
</body>
</html>
"""

_DOCUMENT = """{% extends "base" %}{% block main %}
<h1>{{ doc.title }}</h1>
<p><a href="{{ doc.download_url }}">Download {{ doc.title }} (PDF)</a></p>
<dl>
<dt>Informatiecategorie</dt>
{% for label in doc.categories %}<dd>{{ label }}</dd>{% endfor %}
<dt>Organisatie</dt><dd>{{ organisatie }}</dd>
{% if doc.created %}<dt>Datum document</dt><dd>{{ doc.created }}</dd>{% endif %}
<dt>Gepubliceerd op</dt><dd>{{ doc.published }}</dd>
<dt>Laatst gewijzigd</dt><dd>{{ doc.lastmod }}</dd>
{% if doc.replaces %}<dt>Vervangt</dt><dd>{{ doc.replaces }}</dd>{% endif %}
<dt>Kenmerk</dt><dd>{{ doc.public_id }}</dd>
</dl>
<p><a href="{{ doc.metadata_url }}">Metadata van dit document (DiWoo-XML)</a></p>
{% endblock %}"""

_WITHDRAWN = """{% extends "base" %}{% block main %}
<h1>Document ingetrokken</h1>
<p>Het document <strong>{{ title }}</strong> (kenmerk {{ public_id }}) is op {{ when }}
ingetrokken en is niet meer beschikbaar.</p>
<dl>
<dt>Reden</dt><dd>{{ reason }}</dd>
{% if explanation %}<dt>Toelichting</dt><dd>{{ explanation }}</dd>{% endif %}
</dl>
{% endblock %}"""

_CATEGORY_PAGE = """{% extends "base" %}{% block main %}
<h1>{{ label }}</h1>
<p>Pagina {{ shard }} van de documenten in deze informatiecategorie.
<a href="index.html">Alle pagina's van deze categorie</a></p>
<table>
<caption>Documenten in {{ label }}, pagina {{ shard }}</caption>
<thead><tr><th scope="col">Titel</th><th scope="col">Laatst gewijzigd</th></tr></thead>
<tbody>
{% for item in items %}<tr><td><a href="{{ item.page_url }}">{{ item.title }}</a></td>
<td>{{ item.lastmod }}</td></tr>
{% endfor %}</tbody>
</table>
{% endblock %}"""

_CATEGORY_INDEX = """{% extends "base" %}{% block main %}
<h1>{{ label }}</h1>
<ul>
{% for shard, count in pages %}<li><a href="pagina-{{ '%05d' % shard }}.html">Pagina {{ shard }}
({{ count }} documenten)</a></li>
{% endfor %}</ul>
{% endblock %}"""

_HOME = """{% extends "base" %}{% block main %}
<h1>Actief openbaar gemaakte documenten</h1>
<table>
<caption>Informatiecategorieën met gepubliceerde documenten</caption>
<thead><tr><th scope="col">Informatiecategorie</th><th scope="col">Documenten</th></tr></thead>
<tbody>
{% for code, label, count in categories %}<tr>
<td><a href="categorieen/{{ code }}/index.html">{{ label }}</a></td><td>{{ count }}</td></tr>
{% endfor %}</tbody>
</table>
{% endblock %}"""


@cache
def _env() -> Environment:
    loader = DictLoader(
        {
            "base": _BASE,
            "document": _DOCUMENT,
            "withdrawn": _WITHDRAWN,
            "category_page": _CATEGORY_PAGE,
            "category_index": _CATEGORY_INDEX,
            "home": _HOME,
        }
    )
    return Environment(loader=loader, autoescape=select_autoescape(default=True))


def _render(name: str, **values: object) -> bytes:
    return _env().get_template(name).render(**values).encode("utf-8")


def _when(moment: datetime) -> str:
    local = moment.astimezone(AMSTERDAM) if moment.tzinfo else moment
    return local.strftime("%d-%m-%Y %H:%M")


@cache
def _labels_by_code() -> dict[str, str]:
    labels = waardelijst("informatiecategorieen")
    return {code: labels[uri] for uri, code in informatiecategorie_codes().items() if code}


def category_label(code: str) -> str:
    """The TOOI label of an `infocatNNN` code (the code itself when unknown)."""
    return _labels_by_code().get(code, code)


def document_page_key(public_id: str) -> str:
    return f"documenten/{public_id}/index.html"


def category_page_key(code: str, shard: int) -> str:
    return f"categorieen/{code}/pagina-{shard:05d}.html"


def category_index_key(code: str) -> str:
    return f"categorieen/{code}/index.html"


@dataclass(frozen=True)
class DocumentPage:
    """What a document page shows."""

    public_id: str
    title: str
    categories: Sequence[str]
    download_url: str
    metadata_url: str
    published: datetime
    lastmod: datetime
    created: str = ""
    replaces: str = ""


@dataclass(frozen=True)
class ListedDocument:
    """One row of a category overview page."""

    title: str
    page_url: str
    lastmod: datetime


def document_page(doc: DocumentPage, *, organisatie: str, base_url: str) -> bytes:
    values = {
        "public_id": doc.public_id,
        "title": doc.title,
        "categories": list(doc.categories),
        "download_url": doc.download_url,
        "metadata_url": doc.metadata_url,
        "published": _when(doc.published),
        "lastmod": _when(doc.lastmod),
        "created": doc.created,
        "replaces": doc.replaces,
    }
    return _render("document", doc=values, title=doc.title, organisatie=organisatie, base=base_url)


def withdrawal_page(
    *,
    public_id: str,
    title: str,
    withdrawn_at: datetime,
    reason: str,
    explanation: str,
    organisatie: str,
    base_url: str,
) -> bytes:
    return _render(
        "withdrawn",
        title=title,
        public_id=public_id,
        when=_when(withdrawn_at),
        reason=reason,
        explanation=explanation,
        organisatie=organisatie,
        base=base_url,
    )


def category_page(
    code: str,
    shard: int,
    items: Sequence[ListedDocument],
    *,
    organisatie: str,
    base_url: str,
) -> bytes:
    rows = [{"title": i.title, "page_url": i.page_url, "lastmod": _when(i.lastmod)} for i in items]
    label = category_label(code)
    return _render(
        "category_page",
        label=label,
        title=f"{label}, pagina {shard}",
        shard=shard,
        items=rows,
        organisatie=organisatie,
        base=base_url,
    )


def category_index_page(
    code: str, pages: Sequence[tuple[int, int]], *, organisatie: str, base_url: str
) -> bytes:
    label = category_label(code)
    return _render(
        "category_index",
        label=label,
        title=label,
        pages=list(pages),
        organisatie=organisatie,
        base=base_url,
    )


def home_page(counts: dict[str, int], *, organisatie: str, base_url: str) -> bytes:
    categories = [(code, category_label(code), counts[code]) for code in sorted(counts)]
    return _render(
        "home",
        categories=categories,
        title="Actief openbaar gemaakte documenten",
        organisatie=organisatie,
        base=base_url,
    )
