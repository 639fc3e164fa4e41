"""Headless Chromium (Debian's `chromium`, driven by Playwright) through the real server:
uvicorn on a free port in a thread, serving the fixture knowledge base. A reader opens the home
page, follows a film, sees its facts and the highlighted source sentence, and opens the article.
The film page's screenshot is saved under test-artifacts/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reelwire.web import create_app
from tests.web.helpers import TODAY
from tests.web.live import in_thread

CHROMIUM = shutil.which("chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium); "
                                                         "browser tests skipped")


@pytest.fixture(scope="module")
def server(web_url):
    with in_thread(create_app(web_url, today=TODAY)) as base:
        yield base


@pytest.fixture(scope="module")
def page(server):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1100, "height": 900})
        tab = context.new_page()
        tab.on("dialog", lambda d: pytest.fail(f"a script ran: dialog {d.message!r}"))
        yield tab
        context.close()
        browser.close()


def test_home_film_facts_and_article(server, page):
    page.goto(server + "/")
    assert page.title() == "Home · reelwire"
    page.locator("#upcoming a.film-link", has_text="Lantern Coast").first.click()
    page.wait_for_url("**/films/*")
    assert page.locator("#film-title").inner_text().startswith("Lantern Coast")
    credits = page.locator("li.fact.cast_member")
    assert "Tomas Reyes" in credits.first.inner_text() and "2 sources" in credits.first.inner_text()
    sentence = page.locator("mark.source-sentence", has_text="Tomas Reyes stars in Lantern Coast as Captain Ward Hale.")
    assert sentence.first.is_visible()
    color = sentence.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert color not in ("rgba(0, 0, 0, 0)", "transparent")  # visibly highlighted
    assert page.locator("figure.timeline svg circle").count() == 3
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "film-page.png"), full_page=True)
    assert (ARTIFACTS / "film-page.png").stat().st_size > 10_000

    sentence.first.locator("xpath=ancestor::blockquote//a[contains(@class,'article-link')]").click()
    page.wait_for_url("**/articles/*")
    assert page.locator("h1").inner_text() == "Lantern Coast sails into 2026"
    marks = page.locator("div.text mark.evidence-span")
    assert any("Tomas Reyes stars in Lantern Coast" in t for t in marks.all_inner_texts())
    assert page.locator("a.mention.person", has_text="Tomas Reyes").count() == 1


def test_hostile_article_runs_no_script(server, page):
    page.goto(server + "/search?q=Glass+Harbor")
    page.locator("a", has_text="hostile-markup.md").first.click()
    page.wait_for_url("**/articles/*")
    heading = page.locator("h1").inner_text()
    assert heading.startswith('<script>alert("title")</script>')
    assert page.locator("main img").count() == 0 and page.locator("main script").count() == 0
    page.locator("a.mention.film", has_text="Glass Harbor").first.click()
    page.wait_for_url("**/films/*")
    assert page.locator("main script").count() == 0
    assert page.locator('head script[type="application/ld+json"]').count() == 1
