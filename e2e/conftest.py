"""Shared fixtures and helpers for Cairn's browser journeys (run them with e2e/run).

A headless Debian Chromium driven through Debian's chromedriver (never a downloaded one), at a
desktop's width and at a phone's (every journey runs at both), helpers to sign in and out, and
the checks every page gets: its structure, its Content-Security-Policy, every control within the
viewport sideways, and axe-core (WCAG 2.1 A/AA).
"""

import importlib.util
import json
import os
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from selenium import webdriver
from selenium.common.exceptions import (StaleElementReferenceException, TimeoutException,
                                        WebDriverException)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

# Selenium Manager must not try to download a browser or a driver.
os.environ.setdefault("SE_OFFLINE", "true")

CHROMIUM = os.environ.get("CAIRN_E2E_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CAIRN_E2E_CHROMEDRIVER", "/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
WAIT_SECONDS = 15

DEMO_PASSWORD = "cairn-demo-password"
DEMO_ORGANIZATION = "Riverbend Unified School District"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_BLOCKING_IMPACTS = ("serious", "critical")
# Every journey that takes `driver` or `viewport` runs once per width: a desktop, and a phone.
VIEWPORTS = {"desktop": (1280, 900), "phone": (390, 844)}
# The smallest touch target (WCAG 2.5.5's 44 CSS pixels).
TOUCH_TARGET = 44


def _base_url():
    url = os.environ.get("CAIRN_BASE_URL", "").rstrip("/")
    if not url:
        pytest.exit("CAIRN_BASE_URL is not set: run the journeys with e2e/run", returncode=4)
    return url


BASE_URL = None  # set in pytest_configure


def pytest_configure(config):
    global BASE_URL
    BASE_URL = _base_url()


def url(path):
    """The absolute URL of a path on the server under test."""
    return urljoin(BASE_URL + "/", path.lstrip("/"))


def current_path(driver):
    return urlsplit(driver.current_url).path


def same_site(href):
    """Whether an absolute URL points at the server under test."""
    a, b = urlsplit(href), urlsplit(BASE_URL)
    return (a.scheme, a.netloc) == (b.scheme, b.netloc)


def slug(text):
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-")[:120] or "page"


# --- the browser --------------------------------------------------------------------------

def new_driver(width=1280, height=900):
    """A fresh headless Chromium with its own profile (no cookies shared between tests)."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            pytest.fail(f"{path} is missing: install Debian's chromium and chromium-driver "
                        "(scripts/install-deps)", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--lang=en-US"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    # Headless Chromium may keep a minimum window width; make the viewport exactly what was asked.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    # Every page records what its Content-Security-Policy refused (checked by check_page); the
    # devtools protocol injects this listener, so the policy itself does not block it.
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": """
        window.__cairnCSPViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cairnCSPViolations.push(event.effectiveDirective + ' refused ' + (event.blockedURI || 'inline'));
        });"""})
    return driver


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def _save_failure_artifacts(driver, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))
        (ARTIFACTS / f"{name}.html").write_text(driver.page_source, encoding="utf-8")
    except Exception as error:  # the browser may be gone; the test failure says more
        print(f"could not save artifacts for {name}: {error}")


@pytest.fixture
def browser_factory(request):
    """Makes drivers of a given size; each is screenshotted if the test fails, then quit."""
    drivers = []

    def make(width=1280, height=900):
        driver = new_driver(width, height)
        drivers.append(driver)
        return driver

    yield make
    failed = any(getattr(getattr(request.node, f"report_{when}", None), "failed", False)
                 for when in ("setup", "call"))
    for index, driver in enumerate(drivers):
        if failed:
            suffix = f"-{index}" if index else ""
            _save_failure_artifacts(driver, slug(request.node.name) + suffix)
        driver.quit()


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request):
    """The (width, height) a journey runs at: the test runs once at each of VIEWPORTS."""
    return VIEWPORTS[request.param]


@pytest.fixture
def driver(browser_factory, viewport):
    """A headless Chromium at the journey's viewport (1280x900, then 390x844)."""
    return browser_factory(*viewport)


# --- waiting --------------------------------------------------------------------------------

def wait(driver, seconds=WAIT_SECONDS):
    return WebDriverWait(driver, seconds)


def _is_gone(element):
    """Whether element's document has been replaced. Mid-navigation, chromedriver may answer
    "Node … does not belong to the document" instead of a stale element reference."""
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if re.search(r"does not belong to the document|No node with given id", str(error)):
            return True
        raise


def wait_for_navigation(driver, old_element, what):
    """Waits until the page that held old_element has been replaced (a form post landed)."""
    try:
        wait(driver).until(lambda d: _is_gone(old_element))
        wait(driver).until(lambda d: d.execute_script("return document.readyState") == "complete")
    except TimeoutException:
        pytest.fail(f"{what}: the page did not change within {WAIT_SECONDS}s "
                    f"(still at {driver.current_url})", pytrace=False)


def open_page(driver, path_or_url):
    """Opens a page and returns its HTTP status (from the Navigation Timing API)."""
    driver.get(path_or_url if "://" in path_or_url else url(path_or_url))
    wait(driver).until(lambda d: d.execute_script("return document.readyState") == "complete")
    return driver.execute_script(
        "const n = performance.getEntriesByType('navigation')[0];"
        "return n && n.responseStatus ? n.responseStatus : null;")


def page_text(driver, selector="body"):
    """The visible text of an element, with typographic apostrophes made plain."""
    element = driver.find_element(By.CSS_SELECTOR, selector)
    return element.text.replace("\u2019", "'")


def submit_button(form):
    buttons = form.find_elements(
        By.CSS_SELECTOR, "button[type=submit], button:not([type]), input[type=submit]")
    if not buttons:
        pytest.fail(f"form {form.get_attribute('action')!r} has no submit button", pytrace=False)
    return buttons[0]


def form_with_field(driver, name):
    """The (first) form holding a field called name."""
    forms = driver.find_elements(By.XPATH, f"//form[.//*[@name='{name}']]")
    if not forms:
        pytest.fail(f"{driver.current_url}: no form with a field named {name!r}", pytrace=False)
    return forms[0]


def fill(form, name, value):
    field = form.find_element(By.NAME, name)
    field.clear()
    field.send_keys(value)


def submit(driver, form, what):
    """Clicks the form's submit button and waits for the next page."""
    button = submit_button(form)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    wait_for_navigation(driver, form, what)


# --- signing in and out ---------------------------------------------------------------------

def submit_sign_in(driver, email, password):
    """Fills and posts the sign-in form, whatever the outcome."""
    open_page(driver, "/signin")
    form = form_with_field(driver, "password")
    fill(form, "email", email)
    fill(form, "password", password)
    submit(driver, form, f"signing in as {email}")


def sign_in(driver, email, password=DEMO_PASSWORD):
    """Signs in and fails unless the browser left /signin."""
    submit_sign_in(driver, email, password)
    if current_path(driver) == "/signin":
        errors = driver.find_elements(By.CSS_SELECTOR, "[role=alert], .error, .errors, [aria-invalid=true]")
        shown = "; ".join(e.text for e in errors if e.text) or page_text(driver, "body")[:500]
        pytest.fail(f"signing in as {email} stayed on /signin: {shown}", pytrace=False)


def sign_out(driver):
    """Clicks the sign-out button (a form posting to /signout) and checks we land on /signin."""
    forms = driver.find_elements(By.CSS_SELECTOR, "form[action$='/signout']")
    if not forms:
        pytest.fail(f"{driver.current_url}: no sign-out form (a <form> posting to /signout)",
                    pytrace=False)
    submit(driver, forms[0], "signing out")
    assert current_path(driver) == "/signin", \
        f"signing out landed on {driver.current_url}, expected /signin"


# --- accessibility --------------------------------------------------------------------------

def _axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")  # finds it without importing it
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("axe-core is not installed: run through e2e/run (requirements-axe.txt)",
                    pytrace=False)
    path = Path(list(spec.submodule_search_locations)[0]) / "axe.min.js"
    return path.read_text(encoding="utf-8")


_AXE_SOURCE = None


def axe_results(driver):
    """Injects axe-core into the current page (once) and runs it with the WCAG 2.1 A/AA rules."""
    global _AXE_SOURCE
    if _AXE_SOURCE is None:
        _AXE_SOURCE = _axe_source()
    if not driver.execute_script("return typeof window.axe === 'object'"):
        driver.execute_script(_AXE_SOURCE)
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0])"
        "  .then(r => done({ok: true, violations: r.violations, version: r.testEngine.version}))"
        "  .catch(e => done({ok: false, error: String(e && e.stack || e)}));",
        options)
    if not result.get("ok"):
        pytest.fail(f"axe-core could not run on {driver.current_url}: {result.get('error')}",
                    pytrace=False)
    return result["violations"]


def format_violations(violations):
    lines = []
    for v in violations:
        lines.append(f"- [{v.get('impact')}] {v['id']}: {v['help']} ({v.get('helpUrl', '')})")
        for node in v.get("nodes", []):
            target = " ".join(" >>> ".join(t) if isinstance(t, list) else t
                              for t in node.get("target", []))
            lines.append(f"    at {target}")
    return "\n".join(lines)


def axe_check(driver, page_name):
    """Runs axe-core (WCAG 2.1 A and AA) on the current page; fails listing every serious or
    critical violation (rule, help, target selectors) and saves a screenshot in e2e/artifacts/."""
    violations = axe_results(driver)
    blocking = [v for v in violations if v.get("impact") in AXE_BLOCKING_IMPACTS]
    minor = [v for v in violations if v.get("impact") not in AXE_BLOCKING_IMPACTS]
    if minor:
        print(f"axe on {page_name} ({driver.current_url}): minor/moderate findings\n"
              + format_violations(minor))
    if blocking:
        name = "axe-" + slug(page_name)
        _save_failure_artifacts(driver, name)
        (ARTIFACTS / f"{name}.json").write_text(json.dumps(blocking, indent=2), encoding="utf-8")
        pytest.fail(f"axe: {len(blocking)} serious/critical WCAG 2.1 A/AA violation(s) on "
                    f"{page_name} ({driver.current_url}); screenshot in "
                    f"e2e/artifacts/{name}.png\n" + format_violations(blocking), pytrace=False)


def check_page_structure(driver, page_name):
    """The contract every page keeps: one <h1>, a skip link to #main, <main id="main">,
    a nav with an aria-label."""
    problems = []
    h1s = driver.find_elements(By.TAG_NAME, "h1")
    if len(h1s) != 1:
        problems.append(f"{len(h1s)} <h1> elements (want exactly 1)")
    if not driver.find_elements(By.CSS_SELECTOR, "main#main"):
        problems.append('no <main id="main">')
    if not driver.find_elements(By.CSS_SELECTOR, "a[href='#main']"):
        problems.append("no skip link (<a href=\"#main\">)")
    if not driver.find_elements(By.CSS_SELECTOR, "nav[aria-label]"):
        problems.append("no <nav aria-label=…>")
    assert not problems, f"{page_name} ({driver.current_url}): " + "; ".join(problems)


def check_csp(driver, page_name):
    """Nothing on the current page was refused by the Content-Security-Policy (an inline script
    or style, an image from another host): the pages work under the policy Cairn sends."""
    violations = driver.execute_script("return window.__cairnCSPViolations || []")
    assert not violations, f"{page_name} ({driver.current_url}): Content-Security-Policy violations: {violations}"


_CONTROLS_OUT_OF_VIEW = """
const width = document.documentElement.clientWidth;
const out = [];
for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')) {
  const rects = el.getClientRects();
  if (!rects.length || getComputedStyle(el).visibility === 'hidden') continue;  // not shown
  const r = el.getBoundingClientRect();
  if (r.width < 2 && r.height < 2) continue;  // visually hidden, for screen readers
  if (el.classList.contains('skip-link') && r.bottom <= 0) continue;  // shown on focus only
  const left = r.left + window.scrollX, right = r.right + window.scrollX;
  if (left < -1 || right > width + 1) {
    const name = (el.innerText || el.value || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 60);
    out.push(`<${el.tagName.toLowerCase()}> "${name}" spans ${Math.round(left)}..${Math.round(right)}px`);
  }
}
return [width, out];
"""


def check_in_view(driver, page_name):
    """Every visible link, button and field of the current page lies within the viewport
    horizontally (none is out of sight sideways, in the page or in a region that scrolls)."""
    width, out = driver.execute_script(_CONTROLS_OUT_OF_VIEW)
    if out:
        _save_failure_artifacts(driver, "out-of-view-" + slug(page_name))
    assert not out, (f"{page_name} ({driver.current_url}) at {width}px: {len(out)} control(s) out of sight "
                     "sideways:\n  " + "\n  ".join(out))


def check_touch_targets(driver, selector, what):
    """Every visible element matching selector is at least TOUCH_TARGET pixels high and wide
    (a finger can hit it); fails naming those that are smaller."""
    sizes = driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].filter(e => e.getClientRects().length)"
        ".map(e => { const r = e.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; });",
        selector)
    assert sizes, f"{driver.current_url}: no visible {what} ({selector}) to measure"
    small = [size for size in sizes if min(size) < TOUCH_TARGET]
    assert not small, f"{driver.current_url}: {what} smaller than {TOUCH_TARGET}px (width, height): {small}"


def check_page(driver, page_name):
    """Structure, the Content-Security-Policy, every control in view sideways, then
    accessibility, of the current page."""
    check_page_structure(driver, page_name)
    check_csp(driver, page_name)
    check_in_view(driver, page_name)
    axe_check(driver, page_name)
