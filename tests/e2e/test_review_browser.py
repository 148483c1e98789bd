"""End to end in a real browser: Debian's Chromium driven by Playwright, plus an axe-core scan
of every page (zero serious or critical violations)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from ledger.models import Document
from ledger.states import Status
from review import create_app
from tests.review_support import PASSWORD, queued_copy
from woo.context import RunContext, open_context

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "build" / "node" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, RunContext, int]]:
    settings, document_id = queued_copy(tmp_path_factory.mktemp("e2e"))
    ctx = open_context(settings)
    port = _free_port()
    config = uvicorn.Config(
        create_app(settings, ctx=ctx), host="127.0.0.1", port=port, log_level="warning"
    )
    web = uvicorn.Server(config)
    thread = threading.Thread(target=web.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not web.started:
        assert time.monotonic() < deadline, "de server start niet"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ctx, document_id
    web.should_exit = True
    thread.join(timeout=10)
    ctx.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "Chromium ontbreekt: draai scripts/setup"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


def _page(browser: Browser) -> Page:
    # axe is injected as a script; the app's CSP (script-src 'self') would block that.
    context = browser.new_context(bypass_csp=True)
    return context.new_page()


def _axe(page: Page) -> list[dict]:
    assert AXE.exists(), "axe-core ontbreekt: draai scripts/setup"
    page.add_script_tag(content=AXE.read_text())
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', "
        "'wcag21aa', 'best-practice']})"
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def _login(page: Page, base: str, name: str, password: str = PASSWORD) -> None:
    page.goto(f"{base}/inloggen")
    page.get_by_label("Naam").fill(name)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()


def test_a_wrong_password_shows_a_dutch_error_and_no_queue(server, browser) -> None:
    base, _, _ = server
    page = _page(browser)
    _login(page, base, "anna", "niet-het-goede-wachtwoord")
    expect(page.get_by_role("alert")).to_contain_text("De naam of het wachtwoord klopt niet.")
    assert _axe(page) == []
    page.goto(f"{base}/")
    expect(page).to_have_url(f"{base}/inloggen")


def test_review_a_document_change_a_redaction_and_publish_it(server, browser) -> None:
    base, ctx, document_id = server
    page = _page(browser)
    _login(page, base, "anna")
    expect(page.get_by_role("heading", name="Wachtrij", exact=True)).to_be_visible()
    assert _axe(page) == []

    page.get_by_role("link", name="notitie").click()
    expect(page.get_by_role("heading", name="Gelakte passages")).to_be_visible()
    assert _axe(page) == []

    # Keep the e-mail address visible (the reviewer decides it may stay), by keyboard.
    with ctx.ledger.session() as session:
        spans = session.get(Document, document_id).current_redaction().spans
    email = next(i for i, s in enumerate(spans) if s["type"] == "email")
    page.locator(f"#p{email}-houd").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Keuzes opslaan en opnieuw lakken").click()
    expect(page.get_by_role("status")).to_contain_text("opnieuw gecontroleerd")

    page.get_by_label("Besluitenlijsten").check()
    page.get_by_role("button", name="Categorie opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("informatiecategorie is opgeslagen")

    page.get_by_role("button", name="Publiceren", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Het document is gepubliceerd.")
    link = page.get_by_role("link", name="/documenten/")
    expect(link.first).to_be_visible()
    assert _axe(page) == []
    with ctx.ledger.session() as session:
        document = session.get(Document, document_id)
        assert document.status == Status.PUBLISHED
        kept = [s["type"] for s in document.current_redaction().spans if s["action"] == "keep"]
        assert kept == ["email"]  # only what the reviewer chose; the BSN stays redacted


def test_the_pages_of_the_informatiebeheerder_pass_axe(server, browser) -> None:
    base, _, _ = server
    page = _page(browser)
    _login(page, base, "ben")
    for path, heading in (
        ("/ad-hoc", "Een document publiceren"),
        ("/instellingen", "Instellingen"),
    ):
        page.goto(base + path)
        expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
        assert _axe(page) == [], path


def test_the_refusal_page_passes_axe(server, browser) -> None:
    base, _, _ = server
    page = _page(browser)
    _login(page, base, "lex")
    page.goto(f"{base}/ad-hoc")
    expect(page.get_by_role("heading", name="Dit kan niet")).to_be_visible()
    assert _axe(page) == []


def test_pick_a_document_from_a_source_and_follow_the_run(server, browser) -> None:
    from tests.review_support import make_pdf
    from woo.harvest import harvest_source

    base, ctx, _ = server
    folder = Path(ctx.settings.sources[0].options["path"])
    (folder / "besluit-openingstijden.pdf").write_bytes(
        make_pdf(("Besluit over de openingstijden van het gemeentehuis", "Vastgesteld."))
    )
    harvest_source(ctx, ctx.settings.sources[0])
    page = _page(browser)
    _login(page, base, "ben")
    page.goto(f"{base}/ad-hoc")
    page.get_by_label("Bron", exact=True).select_option("map")
    page.get_by_label("Zoekterm").fill("openingstijden")
    page.get_by_role("button", name="Zoeken").click()
    page.get_by_label("Kies besluit-openingstijden").check()
    page.get_by_label("Niet direct publiceren").check()
    assert _axe(page) == []
    page.get_by_role("button", name="Verwerken", exact=True).click()
    expect(page.get_by_role("heading", name="Ad-hocverzoek")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Klaar.", timeout=60_000)
    assert _axe(page) == []
    with ctx.ledger.session() as session:
        document = session.query(Document).filter_by(source_id="besluit-openingstijden.pdf").one()
        assert document.status == Status.QUEUED
