"""Static Dutch HTML pages: document, withdrawal notice, category overview, home."""

from __future__ import annotations

from datetime import UTC, datetime

from lxml import html

from publicatie import pages

ORG = "gemeente Pijnacker-Nootdorp"
BASE = "https://woo.example.nl"
WHEN = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


def _doc(title: str = "Besluit <script>alert(1)</script> & co") -> pages.DocumentPage:
    return pages.DocumentPage(
        public_id="abc123",
        title=title,
        categories=["Woo-verzoeken en -besluiten"],
        download_url=f"{BASE}/documenten/abc123/besluit.pdf",
        metadata_url=f"{BASE}/documenten/abc123/metadata.xml",
        published=WHEN,
        lastmod=WHEN,
        created="2025-02-28",
    )


def test_document_page_is_dutch_accessible_and_escapes_values():
    page = pages.document_page(_doc(), organisatie=ORG, base_url=BASE).decode()
    tree = html.fromstring(page)
    assert tree.get("lang") == "nl"
    assert tree.xpath("//main[@id='inhoud']") and tree.xpath("//a[@href='#inhoud']")
    assert "<script>" not in page and "&lt;script&gt;" in page
    (download,) = tree.xpath("//main//a[contains(@href, 'besluit.pdf')]")
    assert download.text_content().startswith("Download Besluit")
    assert [dt.text for dt in tree.xpath("//dt")][:2] == ["Informatiecategorie", "Organisatie"]
    assert "01-03-2025 10:30" in page  # shown in Dutch local time


def test_withdrawal_notice_says_what_when_and_why():
    page = pages.withdrawal_page(
        public_id="abc123",
        title="Besluit subsidie",
        withdrawn_at=WHEN,
        reason="correctie privacygevoelige gegevens",
        explanation="BSN zichtbaar",
        organisatie=ORG,
        base_url=BASE,
    ).decode()
    text = html.fromstring(page).text_content()
    assert "Document ingetrokken" in text and "Besluit subsidie" in text
    assert "01-03-2025" in text and "correctie privacygevoelige gegevens" in text
    assert "BSN zichtbaar" in text and ".pdf" not in page


def test_category_page_lists_documents_in_a_captioned_table():
    items = [pages.ListedDocument("Besluit A", f"{BASE}/documenten/a/index.html", WHEN)]
    page = pages.category_page("infocat014", 2, items, organisatie=ORG, base_url=BASE).decode()
    tree = html.fromstring(page)
    assert tree.xpath("//table/caption") and tree.xpath("//th[@scope='col']")
    assert tree.xpath("//h1")[0].text == "Woo-verzoeken en -besluiten"
    assert tree.xpath("//tbody//a/@href") == [f"{BASE}/documenten/a/index.html"]


def test_home_page_links_every_category_with_its_count():
    page = pages.home_page({"infocat014": 3, "infocat002": 1}, organisatie=ORG, base_url=BASE)
    tree = html.fromstring(page.decode())
    assert tree.xpath("//tbody//a/@href") == [
        "categorieen/infocat002/index.html",
        "categorieen/infocat014/index.html",
    ]
