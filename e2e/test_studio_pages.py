"""Every studio and pilot page a designer or a pilot educator opens passes the page structure
checks and axe (WCAG 2.1 A/AA): overviews, previews, the editor, import, the pilot page, the join
link and the pilot feedback form, and the public pages of every published microcredential."""

import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import check_page, open_page, page_text, sign_in, sign_out, wait_for_navigation


def studio_ids(driver):
    open_page(driver, "/studio")
    hrefs = {a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a[href*='/studio/']")}
    return sorted({m.group(1) for h in hrefs if (m := re.search(r"/studio/([0-9a-f-]{36})(?:$|/)", h or ""))})


# Who joins the pilot at each width (the viewport's width → email): nobody joins twice.
JOINERS = {1280: "coach@riverbend.example", 390: "admin@riverbend.example"}


def test_every_studio_page_of_the_demo_passes_axe(driver, viewport):
    sign_in(driver, "designer@riverbend.example")
    ids = studio_ids(driver)
    assert len(ids) >= 6, f"the demo studio should list six microcredentials, found {len(ids)}"
    open_page(driver, "/studio/import")
    check_page(driver, "import a design")
    invite = None
    for id in ids:
        for suffix in ("", "/preview", "/edit"):
            assert open_page(driver, f"/studio/{id}{suffix}") == 200, f"/studio/{id}{suffix}"
            check_page(driver, f"studio {suffix or 'overview'} of {id}")
        if open_page(driver, f"/studio/{id}/pilot") == 200:
            check_page(driver, f"pilot page of {id}")
            text = page_text(driver, "main")
            assert "clarity" in text.lower(), "the pilot report shows clarity ratings"
            invite = re.search(r"https?://\S+/pilot/join/[A-Za-z0-9_-]+", text) or invite
    assert invite, "the pilot page shares a join link"
    sign_out(driver)

    # A member joins the pilot with the link and answers the feedback form.
    sign_in(driver, JOINERS[viewport[0]])
    path = re.sub(r"^https?://[^/]+", "", invite.group(0))
    open_page(driver, path)
    check_page(driver, "join a pilot")
    form = driver.find_element(By.CSS_SELECTOR, "form[action*='/pilot/join/']")
    driver.execute_script("arguments[0].requestSubmit()", form)
    wait_for_navigation(driver, form, "joining the pilot")
    assert "/feedback" in driver.current_url, f"joining landed on {driver.current_url}"
    check_page(driver, "pilot feedback form")


def test_the_public_pages_of_every_published_microcredential_pass_axe(driver):
    # A visitor's home page lists the organizations' catalogs and leads to them.
    open_page(driver, "/")
    check_page(driver, "a visitor's home page")
    catalog = driver.find_element(By.CSS_SELECTOR, "main a[href='/o/riverbend/catalog']")
    driver.execute_script("arguments[0].click()", catalog)
    WebDriverWait(driver, 15).until(lambda d: d.current_url.endswith("/o/riverbend/catalog"))
    check_page(driver, "the catalog, reached from the home page")
    links = sorted({a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a[href*='/microcredentials/']")})
    assert len(links) >= 3
    for link in links:
        open_page(driver, link)
        check_page(driver, f"public page {link}")
        assert driver.find_elements(By.CSS_SELECTOR, "table"), f"{link}: the rubric table is missing"
