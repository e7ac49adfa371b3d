"""Every demo role of Riverbend signs in, sees its dashboard, walks its navigation (each page
checked with axe-core) and signs out; plus the sign-in page on its own."""

import re

import pytest
from selenium.webdriver.common.by import By

from conftest import (DEMO_ORGANIZATION, check_page, current_path, form_with_field,
                      open_page, page_text, same_site, sign_in, sign_out, submit_sign_in, url,
                      wait)

ROLES = ["admin", "designer", "assessor", "coach", "educator"]
WRONG_PASSWORD_ERROR = "That email and password don't match an account."


def role_headings(driver):
    """Texts of the headings inside <main> (the dashboard has a section per role)."""
    return [h.text.strip() for h in driver.find_elements(
        By.CSS_SELECTOR, "main h2, main h3, main h4") if h.text.strip()]


def names_role(text, role):
    # "Admin" or "Administrator" both name the admin role; "Coach", "Coaching" the coach role.
    return re.search(rf"\b{role[:5]}", text, re.IGNORECASE) is not None


def nav_links(driver):
    """Same-site links in every <nav aria-label>, in page order, without duplicates or
    in-page anchors."""
    hrefs = driver.execute_script(
        "return [...document.querySelectorAll('nav[aria-label] a[href]')].map(a => a.href);")
    seen, links = set(), []
    for href in hrefs:
        target = href.split("#", 1)[0]
        if not same_site(target) or target in seen:
            continue
        seen.add(target)
        links.append(target)
    return links


@pytest.mark.parametrize("role", ROLES)
def test_each_role_signs_in_walks_its_navigation_and_signs_out(driver, role):
    email = f"{role}@riverbend.example"
    sign_in(driver, email)
    assert current_path(driver) == "/dashboard", \
        f"{email} landed on {driver.current_url} after signing in, expected /dashboard"

    main = page_text(driver, "main")
    assert DEMO_ORGANIZATION in main, \
        f"the dashboard of {email} does not name the organization {DEMO_ORGANIZATION!r}"
    headings = role_headings(driver)
    assert any(names_role(h, role) for h in headings), \
        f"the dashboard of {email} has no section heading naming the {role} role; " \
        f"headings in <main>: {headings}"
    check_page(driver, f"{role} dashboard")

    links = nav_links(driver)
    assert links, f"the dashboard of {email} has no same-site link in a <nav aria-label>"
    admin_links = [l for l in links if "/admin/" in l]
    if role == "admin":
        assert url("/admin/members") in links, \
            f"the admin's navigation does not link to /admin/members: {links}"
    else:
        assert not admin_links, f"the {role}'s navigation links to admin pages: {admin_links}"

    for link in links:
        status = open_page(driver, link)
        assert status is None or status < 400, f"{role}: nav link {link} answered HTTP {status}"
        assert current_path(driver) != "/signin", \
            f"{role}: nav link {link} sent a signed-in person to {driver.current_url}"
        check_page(driver, f"{role} {current_path(driver)}")

    # The account page, behind the person's name in the header: who they are, where.
    driver.find_element(By.CSS_SELECTOR, "a.site-header__person").click()
    wait(driver).until(lambda d: current_path(d) == "/account")
    check_page(driver, f"{role} account page")
    assert email in page_text(driver, "main"), f"the account page of {email} does not show the email"

    open_page(driver, "/dashboard")
    sign_out(driver)
    open_page(driver, "/dashboard")
    assert current_path(driver) == "/signin", \
        f"after signing out, /dashboard went to {driver.current_url} instead of /signin"


def test_the_sign_in_page_passes_axe(driver):
    status = open_page(driver, "/signin")
    assert status is None or status == 200, f"GET /signin answered HTTP {status}"
    form_with_field(driver, "password")
    check_page(driver, "sign-in page")


def test_a_wrong_password_shows_the_error_and_stays_on_sign_in(driver):
    submit_sign_in(driver, "coach@riverbend.example", "not-the-demo-password")
    assert current_path(driver) == "/signin", \
        f"a wrong password went to {driver.current_url}, expected to stay on /signin"
    assert WRONG_PASSWORD_ERROR in page_text(driver), \
        f"the sign-in page does not show {WRONG_PASSWORD_ERROR!r} after a wrong password"
    form = form_with_field(driver, "password")
    assert form.find_element(By.NAME, "password").get_attribute("value") == "", \
        "the sign-in page echoed the wrong password back into the form"
    check_page(driver, "sign-in page with an error")


def test_a_320_pixel_wide_window_shows_the_sign_in_form_without_horizontal_scroll(browser_factory):
    driver = browser_factory(width=320, height=640)
    open_page(driver, "/signin")
    assert driver.execute_script("return window.innerWidth") == 320, "the viewport is not 320px wide"
    form = form_with_field(driver, "password")
    for name in ("email", "password"):
        field = form.find_element(By.NAME, name)
        assert field.is_displayed(), f"the {name} field is not visible at 320px"
        right = driver.execute_script("return arguments[0].getBoundingClientRect().right", field)
        assert right <= 320, f"the {name} field reaches {right}px, past the 320px viewport"
    wait(driver).until(lambda d: d.execute_script("return document.fonts.status") == "loaded")
    scroll_width, inner_width = driver.execute_script(
        "return [document.scrollingElement.scrollWidth, window.innerWidth]")
    assert scroll_width <= inner_width, \
        f"the sign-in page scrolls sideways at 320px: scrollWidth {scroll_width} > innerWidth {inner_width}"
