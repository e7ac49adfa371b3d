"""The pages around review, on the demo's data, each checked with axe: the educator's feedback on a
*not yet* (seeking the video from a comment), the designer's exemplars and disagreements, the
assessor's calibration and second scoring, the admin's review policy and agreement, and everyone's
notifications and settings."""

from selenium.webdriver.common.by import By

from conftest import check_page, current_path, open_page, page_text, sign_in, submit_button, wait, wait_for_navigation

SMALL_GROUP = "Differentiated Small-Group Instruction"
EXEMPLAR_NOTE = "Strong grouping from data; the reflection names each student's next step."


def click(driver, element, what):
    """Clicks a link or button and waits for the next page."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element)
    wait_for_navigation(driver, element, what)


def post(driver, form, what):
    click(driver, submit_button(form), what)
    summaries = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
    assert not summaries, f"{what}: " + summaries[0].text


def link(driver, selector, what):
    links = driver.find_elements(By.CSS_SELECTOR, selector)
    assert links, f"{driver.current_url}: no link for {what} ({selector})"
    return links[0]


def test_the_educator_reads_the_demo_feedback_and_jumps_to_a_comment(driver):
    sign_in(driver, "educator@riverbend.example")
    open_page(driver, "/earn")
    rows = [row for row in driver.find_elements(By.CSS_SELECTOR, "tbody tr") if SMALL_GROUP in row.text]
    assert rows and "Not yet" in rows[0].text, "the demo educator's small-group work is not yet: " + page_text(driver, "main")
    click(driver, rows[0].find_element(By.CSS_SELECTOR, "a"), "opening the workspace")
    check_page(driver, "workspace after not yet")
    click(driver, link(driver, ".not-yet-notice a[href*='/feedback/']", "the feedback"), "opening the feedback")
    check_page(driver, "feedback on a not yet")
    assert len(driver.find_elements(By.CSS_SELECTOR, "li.comment-reply")) >= 1, "the demo reply is in its thread"
    video = driver.find_element(By.CSS_SELECTOR, "video")
    wait(driver, 30).until(lambda d: d.execute_script("return arguments[0].readyState >= 1", video))
    assert driver.find_elements(By.CSS_SELECTOR, "video track[kind=captions]"), "the demo video has captions"
    last = driver.find_elements(By.CSS_SELECTOR, ".video-comment__seek")[-1]
    moment = float(last.get_attribute("data-seek"))
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", last)
    wait(driver).until(lambda d: abs(d.execute_script("return arguments[0].currentTime", video) - moment) < 1,
                       "the comment's time did not move the video")


def test_designer_assessor_and_admin_pages_around_review(browser_factory, viewport):
    designer = browser_factory(*viewport)
    sign_in(designer, "designer@riverbend.example")
    open_page(designer, "/studio")
    click(designer, designer.find_element(By.LINK_TEXT, SMALL_GROUP), "opening the microcredential in the studio")
    click(designer, link(designer, "a[href$='/exemplars']", "exemplars"), "opening the exemplars")
    check_page(designer, "exemplars")
    if not designer.find_elements(By.CSS_SELECTOR, "a[href*='/exemplars/from/']"):
        # The journey runs at each width on one demo: the other run made the only candidate an exemplar.
        earlier = [panel for panel in designer.find_elements(By.CSS_SELECTOR, ".exemplar") if EXEMPLAR_NOTE in panel.text]
        assert earlier, "no submission to use as exemplar, and no exemplar of an earlier run to remove"
        post(designer, earlier[-1].find_element(By.CSS_SELECTOR, "form[action$='/remove']"), "removing the earlier run's exemplar")
    click(designer, link(designer, "a[href*='/exemplars/from/']", "using a submission as exemplar"), "choosing an exemplar")
    check_page(designer, "new exemplar")
    form = designer.find_element(By.CSS_SELECTOR, "form[action*='/exemplars/from/']")
    note = form.find_elements(By.CSS_SELECTOR, "textarea")
    if note:
        note[0].send_keys(EXEMPLAR_NOTE)
    post(designer, form, "saving the exemplar")
    assert "exemplar" in page_text(designer, "main").lower()
    click(designer, link(designer, "a[href$='/disagreements']", "disagreements"), "opening the disagreements")
    check_page(designer, "disagreements")

    admin = browser_factory(*viewport)
    sign_in(admin, "admin@riverbend.example")
    open_page(admin, "/admin/review-policy")
    check_page(admin, "review policy")
    open_page(admin, "/admin/agreement")
    check_page(admin, "agreement")

    assessor = browser_factory(*viewport)
    sign_in(assessor, "assessor@riverbend.example")
    click(assessor, link(assessor, "a[href^='/review/calibration/']", "calibration on the dashboard"), "opening calibration")
    check_page(assessor, "calibration")
    form = assessor.find_element(By.CSS_SELECTOR, "form[action^='/review/calibration/']")
    for name in sorted({radio.get_attribute("name") for radio in form.find_elements(By.CSS_SELECTOR, "input[type=radio]")}):
        choice = form.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='demonstrated']")
        assessor.execute_script("arguments[0].click();", choice)
    post(assessor, form, "scoring the exemplar")
    check_page(assessor, "calibration results")
    assert "reference" in page_text(assessor, "main").lower()
    open_page(assessor, "/review/second")
    check_page(assessor, "second scoring")
    open_page(assessor, "/notifications")
    check_page(assessor, "notifications")
    open_page(assessor, "/settings/notifications")
    check_page(assessor, "notification settings")
    assert current_path(assessor) == "/settings/notifications"
