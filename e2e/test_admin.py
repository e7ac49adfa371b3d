"""The riverbend admin invites a member; the invitation mail carries a link (without a mail
server, a development Cairn writes it to its log, never to a page); the invitee accepts it, sets
a name and a password, and lands signed in. The admin also imports a roster and reads its report,
whose tables a keyboard can reach and whose pending invitations lead the admin's dashboard."""

import os
import re
import secrets
import time
import pytest
from selenium.webdriver.common.by import By

from conftest import (check_page, current_path, fill, form_with_field, open_page, page_text,
                      sign_in, sign_out, submit, url)

INVITEE_PASSWORD = "granite-Lantern-4821"


def tick_role(form, role):
    """Ticks the `roles` checkbox for role (by value, else by its label); fails naming the
    checkboxes that exist."""
    boxes = form.find_elements(By.CSS_SELECTOR, "input[type=checkbox][name=roles]")
    for box in boxes:
        label = box.parent.execute_script(
            "return [...(arguments[0].labels || [])].map(l => l.textContent).join(' ')", box)
        if role in (box.get_attribute("value") or "").lower() or role in label.lower():
            if not box.is_selected():
                box.click()
            assert box.is_selected(), f"could not tick the {role} role"
            return
    pytest.fail(f"the invite form has no `roles` checkbox for {role}; checkboxes: "
                f"{[b.get_attribute('value') for b in boxes]}", pytrace=False)


def invitation_link(email, timeout=15):
    """The accept link of the mail to email, read from the server's log as an operator of a
    development installation would (e2e/run names the log in CAIRN_E2E_SERVER_LOG)."""
    log_path = os.environ.get("CAIRN_E2E_SERVER_LOG")
    if not log_path:
        pytest.fail("CAIRN_E2E_SERVER_LOG is not set: this journey reads the mailed link from the "
                    "server's log, so run it with e2e/run", pytrace=False)
    pattern = re.compile(r"(/invitations/accept\?token=[A-Za-z0-9_\-%=.~]+)")
    deadline = time.monotonic() + timeout
    while True:
        with open(log_path, encoding="utf-8", errors="replace") as log:
            lines = [line for line in log if "mail (no SMTP configured)" in line and email in line]
        for line in reversed(lines):
            match = pattern.search(line)
            if match:
                return match.group(1)
        if time.monotonic() > deadline:
            pytest.fail(f"no invitation mail to {email} with an /invitations/accept?token= link in "
                        f"the server log after {timeout}s", pytrace=False)
        time.sleep(0.2)


def test_an_invited_member_accepts_the_invitation_and_lands_signed_in(driver):
    tag = secrets.token_hex(4)
    email = f"e2e-invitee-{tag}@riverbend.example"
    invited_name = f"Invitee {tag}"
    chosen_name = f"Rowan Example {tag}"

    sign_in(driver, "admin@riverbend.example")

    open_page(driver, "/admin/members/invite")
    check_page(driver, "invite a member")
    form = form_with_field(driver, "email")
    fill(form, "email", email)
    fill(form, "display_name", invited_name)
    tick_role(form, "educator")
    submit(driver, form, "sending the invitation")
    assert current_path(driver) != "/signin", "inviting a member signed the admin out"
    after_invite = f"{driver.current_url}: {page_text(driver, 'main')[:500]}"

    open_page(driver, "/admin/members")
    members = page_text(driver, "main")
    assert email in members, f"{email} is not listed on /admin/members after the invitation; " \
        f"the invite form answered {after_invite}"
    check_page(driver, "members")

    status = open_page(driver, "/operator/outbox")
    assert status is None or status == 200, f"/operator/outbox answered HTTP {status}"
    check_page(driver, "development outbox")
    link = invitation_link(email)
    assert link.split("=", 1)[1] not in page_text(driver, "main"), "the outbox shows a one-time link"
    accept_url = url(link)

    open_page(driver, "/dashboard")
    sign_out(driver)

    open_page(driver, accept_url)
    assert current_path(driver) == "/invitations/accept", \
        f"the invitation link {accept_url} went to {driver.current_url}"
    check_page(driver, "accept the invitation")
    form = form_with_field(driver, "password_confirmation")
    fill(form, "display_name", chosen_name)
    fill(form, "password", INVITEE_PASSWORD)
    fill(form, "password_confirmation", INVITEE_PASSWORD)
    submit(driver, form, "accepting the invitation")

    assert current_path(driver) == "/dashboard", \
        f"accepting the invitation landed on {driver.current_url}, expected /dashboard; " \
        f"page says: {page_text(driver)[:500]}"
    assert chosen_name in page_text(driver), \
        f"the dashboard after accepting does not show the chosen name {chosen_name!r}"
    assert driver.find_elements(By.CSS_SELECTOR, "form[action$='/signout']"), \
        "the invitee is not signed in after accepting (no sign-out form)"


def test_the_admin_imports_a_roster_and_reads_a_report_a_keyboard_can_reach(driver, tmp_path):
    tag = secrets.token_hex(4)
    roster = tmp_path / "roster.csv"
    roster.write_text("email,name,roles,school\n"
                      f"e2e-roster-{tag}@riverbend.example,Roster Person {tag},educator,\n"
                      "educator@riverbend.example,Jordan Ellis,educator,\n"
                      "not-an-email,Nobody,educator,\n", encoding="utf-8")
    sign_in(driver, "admin@riverbend.example")
    open_page(driver, "/admin/members/import")
    check_page(driver, "import a roster")
    form = form_with_field(driver, "roster")
    form.find_element(By.NAME, "roster").send_keys(str(roster))
    submit(driver, form, "importing the roster")
    check_page(driver, "roster import report")
    report = page_text(driver, "main")
    assert f"Roster Person {tag}" in report and "not-an-email" in report, f"the report misses a row: {report[:600]}"
    regions = driver.find_elements(By.CSS_SELECTOR, "main .table-wrap")
    assert len(regions) == 3 and all(r.get_attribute("tabindex") == "0" for r in regions), \
        "each of the report's tables (problems, invited, already members) is a region a keyboard can reach"

    open_page(driver, "/dashboard")
    assert f"Roster Person {tag}" in page_text(driver, "#admin"), \
        "the admin's dashboard does not lead with the new pending invitation"
    check_page(driver, "admin dashboard with pending invitations")

