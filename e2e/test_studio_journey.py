"""The designer's journey, end to end in a real browser: from an empty page to a published
microcredential through the studio, fixing what the design checker reports; then an anonymous
visitor finds it in the catalog by search and opens its rubric. Every page passes axe."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import (check_page, current_path, fill, open_page, page_text, sign_in, sign_out,
                      wait_for_navigation)

TITLE = "Exit Tickets That Shape Tomorrow's Lesson"


def section_form(driver, section):
    """The editor's form for one section (basics, objectives, evidence, levels, criteria, rule)."""
    forms = driver.find_elements(By.CSS_SELECTOR, f"form[action$='/edit/{section}']")
    assert forms, f"{driver.current_url}: no editor form for {section}"
    return forms[0]


def press(driver, form, action, what):
    """Clicks the form's button with name=action and the given value, and waits for the next page."""
    buttons = form.find_elements(By.CSS_SELECTOR, f"button[name='action'][value='{action}']")
    assert buttons, f"{what}: no button with action {action!r} in {form.get_attribute('action')}"
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", buttons[0])
    wait_for_navigation(driver, form, what)


def save(driver, section, what):
    """Saves a section and fails if the form came back with errors."""
    press(driver, section_form(driver, section), "save", what)
    summaries = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
    assert not summaries, f"{what}: " + summaries[0].text


def new_field_name(driver, form_section, prefix, suffix=""):
    """The name of the (last) field whose name starts with prefix and ends with suffix."""
    selector = f"[name^='{prefix}']" + (f"[name$='{suffix}']" if suffix else "")
    fields = section_form(driver, form_section).find_elements(By.CSS_SELECTOR, selector)
    assert fields, f"no field named {prefix}…{suffix} in the {form_section} section"
    return fields[-1].get_attribute("name")


def test_a_designer_publishes_a_new_microcredential_that_a_visitor_finds_in_the_catalog(driver, viewport):
    title = f"{TITLE} ({viewport[0]} px)"  # one per run: the journey runs at each width
    sign_in(driver, "designer@riverbend.example")
    open_page(driver, "/studio")
    check_page(driver, "studio")

    # An empty page: only a title.
    open_page(driver, "/studio/new")
    check_page(driver, "new microcredential")
    form = driver.find_element(By.CSS_SELECTOR, "form[action='/studio/new']")
    fill(form, "title", title)
    driver.execute_script("arguments[0].requestSubmit()", form)
    wait_for_navigation(driver, form, "creating the microcredential")
    assert current_path(driver).endswith("/edit"), f"creating landed on {driver.current_url}"
    editor_path = current_path(driver)
    studio_path = editor_path[: -len("/edit")]
    check_page(driver, "editor of a blank design")
    assert "objective" in page_text(driver, "main").lower(), "the checker should ask for learning objectives"

    # Basics.
    form = section_form(driver, "basics")
    fill(form, "summary", "Use a two-minute exit ticket to see who learned today's objective, then plan tomorrow from it.")
    fill(form, "competency", "The educator designs exit tickets aligned to the lesson objective and uses the results to regroup and reteach.")
    fill(form, "key_method", "Exit tickets aligned to one objective, sorted the same day")
    fill(form, "subjects", "Assessment, Planning")
    fill(form, "estimated_hours", "8")
    fill(form, "credit_hours", "1")
    save(driver, "basics", "saving the basics")

    # A learning objective.
    press(driver, section_form(driver, "objectives"), "add", "adding an objective")
    objective = new_field_name(driver, "objectives", "objective_")
    fill(section_form(driver, "objectives"), objective, "Design an exit ticket that measures the lesson objective.")
    save(driver, "objectives", "saving the objective")
    objective_id = objective[len("objective_"):]

    # An evidence requirement in the first part, showing that objective.
    form = section_form(driver, "evidence")
    add_buttons = form.find_elements(By.CSS_SELECTOR, "button[name='action'][value^='add:']")
    assert add_buttons, "no button to add a requirement to a part"
    part_id = add_buttons[0].get_attribute("value")[len("add:"):]
    kind = form.find_elements(By.NAME, f"new_kind_{part_id}")
    if kind:
        Select(kind[0]).select_by_value("student-work")
    press(driver, form, f"add:{part_id}", "adding an evidence requirement")
    title_field = new_field_name(driver, "evidence", "requirement_", "_title")
    requirement_id = title_field[len("requirement_"):-len("_title")]
    form = section_form(driver, "evidence")
    fill(form, title_field, "Exit tickets and how you sorted them")
    fill(form, f"requirement_{requirement_id}_prompt", "Upload one day's exit tickets (names removed) and your sorting notes.")
    box = form.find_element(By.CSS_SELECTOR, f"input[name='requirement_{requirement_id}_objectives'][value='{objective_id}']")
    driver.execute_script("arguments[0].checked = true", box)
    save(driver, "evidence", "saving the requirement")

    # The checker still reports: nothing assesses the objective yet.
    check_page(driver, "editor with an unassessed objective")
    assert "criterion" in page_text(driver, "main").lower()

    # A criterion with a descriptor for every level, linked to the objective and the requirement.
    press(driver, section_form(driver, "criteria"), "add", "adding a criterion")
    criterion = new_field_name(driver, "criteria", "criterion_")
    criterion_id = criterion.split("_")[1]
    form = section_form(driver, "criteria")
    fill(form, f"criterion_{criterion_id}", "The exit ticket measures the objective")
    descriptors = form.find_elements(By.CSS_SELECTOR, f"textarea[name^='criterion_{criterion_id}_level_']")
    assert len(descriptors) >= 2, "a descriptor field per level"
    for index, field in enumerate(descriptors):
        field.clear()
        field.send_keys(f"Level {index + 1}: what the assessor sees in the exit tickets and the sorting notes.")
    for name, value in ((f"criterion_{criterion_id}_objectives", objective_id),
                        (f"criterion_{criterion_id}_requirements", requirement_id)):
        box = form.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']")
        driver.execute_script("arguments[0].checked = true", box)
    save(driver, "criteria", "saving the criterion")
    check_page(driver, "editor of a complete design")

    # The overview: no checker errors left, so it can be published.
    open_page(driver, studio_path)
    check_page(driver, "microcredential overview")
    publish = driver.find_elements(By.CSS_SELECTOR, "form[action$='/publish']")
    assert publish, "the overview offers no Publish: " + page_text(driver, "main")[:800]
    driver.execute_script("arguments[0].requestSubmit()", publish[0])
    wait_for_navigation(driver, publish[0], "publishing")
    assert "published" in page_text(driver, "main").lower()
    sign_out(driver)

    # An anonymous visitor finds it by search and opens its rubric.
    open_page(driver, "/o/riverbend/catalog")
    check_page(driver, "catalog")
    search = driver.find_element(By.CSS_SELECTOR, "form[role='search']")
    fill(search, "q", "exit tickets")
    driver.execute_script("arguments[0].requestSubmit()", search)
    wait_for_navigation(driver, search, "searching the catalog")
    check_page(driver, "catalog search results")
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, "main a") if a.text.strip() == title]
    assert links, f"searching 'exit tickets' did not list {title!r}: " + page_text(driver, "main")[:600]
    links[0].click()
    wait_for_navigation(driver, links[0], "opening the microcredential")
    check_page(driver, "microcredential page")
    rubric = page_text(driver, "main")
    assert "The exit ticket measures the objective" in rubric
    assert "Level 1: what the assessor sees" in rubric
