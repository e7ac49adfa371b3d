"""The riverbend admin invites a member; the invitation mail (development outbox) carries a
link; the invitee accepts it, sets a name and a password, and lands signed in."""

import re
import secrets
from urllib.parse import urlsplit

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


def invitation_link(driver, email):
    """The accept link of the outbox mail addressed to email: the innermost element holding
    both the address and an /invitations/accept?token= link."""
    text = driver.execute_script("""
        const email = arguments[0];
        let best = null;
        for (const el of document.querySelectorAll('main *')) {
          const t = el.textContent;
          if (t.includes(email) && t.includes('/invitations/accept?token=')
              && (best === null || t.length < best.length)) best = t;
        }
        return best;""", email)
    if text is None:
        pytest.fail(f"/admin/outbox shows no mail to {email} with an /invitations/accept?token= "
                    f"link; outbox text:\n{page_text(driver, 'main')[:2000]}", pytrace=False)
    match = re.search(r"(https?://[^\s<>\"']+)?(/invitations/accept\?token=[A-Za-z0-9_\-%=.~]+)", text)
    assert match, f"no usable invitation link in the mail to {email}: {text[:500]}"
    return match.group(0)


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

    status = open_page(driver, "/admin/outbox")
    assert status is None or status == 200, f"/admin/outbox answered HTTP {status}"
    link = invitation_link(driver, email)
    check_page(driver, "development outbox")
    parsed = urlsplit(link)
    if parsed.scheme:
        print(f"invitation link as mailed: {link}")
    accept_url = url(parsed.path + "?" + parsed.query)

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
