"""The heart of Cairn, end to end in a real browser: an educator starts a published
microcredential, writes and uploads evidence (a real short video made here with ffmpeg, with the
consent confirmation, and a lesson plan PDF), and submits; an assessor comments on two moments of
the video (the button, then the keyboard) and scores it *not yet*; the educator reads the feedback,
jumps to a comment's moment in the video, replies, improves the evidence and resubmits; the
assessor decides *earned*. The educator sees the demo pathway move on, opens the signed credential
from "My credentials", and checks it on its page, on the public verify page and with the independent
verifier in `independent/`; an admin revokes it, and both checks then say revoked. It runs at a desktop's width as Jordan Ellis and at a phone's as Luis
Ortega (each starts the microcredential once); every page passes axe with every control in view,
and the video comment controls, the level choices and the upload area are big enough for a finger."""

import json
import shutil
import subprocess
import urllib.request
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import (check_page, check_touch_targets, current_path, open_page, page_text, sign_in, sign_out,
                      submit_button, url, wait, wait_for_navigation)
from independent import verify_credential

SLUG = "culturally-responsive-practice"
# Who earns it at each width (the viewport's width → email, name): each starts it only once.
EDUCATORS = {1280: ("educator@riverbend.example", "Jordan Ellis"), 390: ("luis.ortega@riverbend.example", "Luis Ortega")}
ASSESSOR = "assessor@riverbend.example"
ADMIN = "admin@riverbend.example"
TITLE = "Culturally Responsive Instruction"

SENTENCES = [
    "My fourth graders bring a great deal from home that school rarely asks about.",
    "This month I interviewed three families about the work they do together on weekends.",
    "Two students help run a family food stall, and they measure and price every morning.",
    "I used what they told me to build a measurement lesson around a market they know well.",
    "Students compared units, argued about fair prices and explained their thinking to partners.",
    "I noticed who spoke first, who waited, and who used a home language to explain an idea.",
]


def words(count):
    """Plain prose of exactly `count` words, made of whole sentences (the last one cut)."""
    text = []
    while len(text) < count:
        for sentence in SENTENCES:
            text.extend(sentence.split())
    return " ".join(text[:count]) + "."


@pytest.fixture(scope="module")
def classroom_video(tmp_path_factory):
    """A real six-second H.264 video with sound, made with ffmpeg for this test."""
    ffmpeg = shutil.which("ffmpeg")
    if not ffmpeg:
        pytest.fail("ffmpeg is missing: scripts/install-deps installs it", pytrace=False)
    path = tmp_path_factory.mktemp("video") / "market-lesson.mp4"
    subprocess.run([ffmpeg, "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=duration=6:size=320x180:rate=15",
                    "-f", "lavfi", "-i", "sine=frequency=330:duration=6", "-c:v", "libx264", "-pix_fmt", "yuv420p",
                    "-c:a", "aac", "-shortest", "-movflags", "+faststart", str(path)], check=True)
    return path


@pytest.fixture(scope="module")
def lesson_plan(tmp_path_factory):
    """A small valid one-page PDF."""
    path = tmp_path_factory.mktemp("plan") / "market-measurement-plan.pdf"
    stream = b"BT /F1 14 Tf 72 720 Td (Market measurement lesson plan) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


# --- the educator's side ---------------------------------------------------------------------

def requirement_form(driver, requirement, suffix=""):
    """The workspace form of one requirement: its text form, or the one whose action ends with suffix."""
    forms = driver.find_elements(By.CSS_SELECTOR, f"form[action$='/evidence/{requirement}{suffix}']")
    assert forms, f"{driver.current_url}: no form for requirement {requirement}{suffix}"
    return forms[0]


def post(driver, form, what, button=None):
    """Clicks the form's (or the given) submit button and waits for the next page; fails on an error summary."""
    target = button or submit_button(form)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", target)
    wait_for_navigation(driver, form, what)
    summaries = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
    assert not summaries, f"{what}: " + summaries[0].text


def write_evidence(driver, requirement, text):
    """Types the text of a requirement (set at once, as a paste would) and saves it without scripts' help."""
    form = requirement_form(driver, requirement)
    area = form.find_element(By.NAME, f"text-{requirement}")
    driver.execute_script("arguments[0].value = arguments[1];", area, text)
    post(driver, form, f"saving {requirement}")


def upload(driver, requirement, path, consent=False):
    """Chooses a file in the requirement's file form (uploaded in chunks by uploads.js), then adds it."""
    form = requirement_form(driver, requirement, "/files")
    chooser = form.find_element(By.CSS_SELECTOR, "input[type=file]")
    chooser.send_keys(str(path))
    wait(driver, 60).until(
        lambda d: form.find_element(By.CSS_SELECTOR, "input[type=hidden][name=file_upload]").get_attribute("value"),
        f"the upload of {path.name} did not complete")
    assert "Uploaded" in form.text, f"no upload confirmation for {path.name}: {form.text!r}"
    if consent:
        box = form.find_element(By.NAME, "consent")
        driver.execute_script("arguments[0].click();", box)
        assert box.is_selected()
    post(driver, form, f"adding {path.name}")
    assert path.name in page_text(driver, "main"), f"{path.name} is not listed after adding it"


def submit_workspace(driver, what):
    form = driver.find_element(By.CSS_SELECTOR, "form[action$='/submit']")
    post(driver, form, what)
    assert "Submitted" in page_text(driver, "main"), f"{what}: no confirmation"


# --- the assessor's side ---------------------------------------------------------------------

def claim(driver, educator_name):
    """Claims the educator's submission of the microcredential from the queue and opens its review."""
    open_page(driver, "/review")
    check_page(driver, "review queue")
    rows = [row for row in driver.find_elements(By.CSS_SELECTOR, "tbody tr")
            if educator_name in row.text and "Culturally" in row.text]
    assert rows, f"{educator_name}'s submission is not in the assessor's queue: " + page_text(driver, "main")
    claim_button = rows[0].find_element(By.CSS_SELECTOR, "button[formaction$='/claim']")
    post(driver, claim_button, "claiming the submission", button=claim_button)
    if not current_path(driver).startswith("/review/"):
        driver.find_element(By.CSS_SELECTOR, "a.queue-continue").click()
    assert current_path(driver).startswith("/review/"), f"claiming landed on {driver.current_url}"
    return current_path(driver)


def video_ready(driver):
    """The first video of the page, once its metadata has loaded."""
    video = driver.find_element(By.CSS_SELECTOR, "video")
    wait(driver, 30).until(lambda d: d.execute_script("return arguments[0].readyState >= 1", video),
                           "the video's metadata did not load")
    return video


def seek_to(driver, video, seconds):
    driver.execute_script("arguments[0].currentTime = arguments[1];", video, seconds)
    wait(driver).until(lambda d: abs(d.execute_script("return arguments[0].currentTime", video) - seconds) < 0.05,
                       f"the video did not move to {seconds}s")


def comment_form(driver):
    forms = driver.find_elements(By.CSS_SELECTOR, "form.video-comment-form")
    assert forms, "the review page has no video comment form"
    return forms[0]


def score(driver, level, feedback):
    """Picks one level for every criterion with feedback, and records the decision."""
    form = driver.find_element(By.CSS_SELECTOR, "form[action$='/decide']")
    names = sorted({radio.get_attribute("name") for radio in form.find_elements(By.CSS_SELECTOR, "input[type=radio][name^='level_']")})
    assert len(names) == 5, f"expected five criteria, found {names}"
    for name in names:
        radio = form.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{level}']")
        driver.execute_script("arguments[0].click();", radio)
        criterion = name[len("level_"):]
        area = form.find_element(By.NAME, f"feedback-{criterion}")
        driver.execute_script("arguments[0].value = arguments[1];", area, f"{feedback} ({criterion})")
    driver.execute_script("arguments[0].value = arguments[1];", form.find_element(By.NAME, "summary"), feedback)
    post(driver, form, f"deciding with every criterion {level}",
         form.find_element(By.CSS_SELECTOR, "button[name=intent][value=decide]"))


def test_an_educator_earns_a_microcredential_after_a_not_yet_with_video_comments(browser_factory, viewport, classroom_video,
                                                                                 lesson_plan):
    email, name = EDUCATORS[viewport[0]]
    educator = browser_factory(*viewport)
    sign_in(educator, email)
    open_page(educator, f"/o/riverbend/microcredentials/{SLUG}")
    start = educator.find_element(By.CSS_SELECTOR, "form[action$='/enroll']")
    post(educator, start, "starting the microcredential")
    workspace = current_path(educator)
    assert workspace.startswith("/earn/"), f"starting landed on {educator.current_url}"
    check_page(educator, "workspace")
    check_touch_targets(educator, "input[type=file]", "the upload areas")

    # Autosave with a live word count: typing is enough, no button.
    context = requirement_form(educator, "context").find_element(By.NAME, "text-context")
    educator.execute_script("arguments[0].value = arguments[1];", context, words(239))
    context.send_keys(" Families")
    wait(educator).until(lambda d: "240" in d.find_element(By.CSS_SELECTOR, "[data-word-count-for='text-context'], .word-count").text,
                         "the live word count did not follow the typing")
    wait(educator, 20).until(lambda d: "Saved" in d.find_element(By.CSS_SELECTOR, ".autosave-status").text,
                             "the text was not autosaved")
    open_page(educator, workspace)
    assert "Families" in requirement_form(educator, "context").find_element(By.NAME, "text-context").get_attribute("value")

    write_evidence(educator, "asset-inventory", words(120))
    upload(educator, "plan", lesson_plan)
    upload(educator, "video", classroom_video, consent=True)
    assert educator.find_elements(By.CSS_SELECTOR, "video"), "the uploaded video does not play in the workspace"
    write_evidence(educator, "student-work", words(90))
    write_evidence(educator, "reflection", words(420))
    main = page_text(educator, "main")
    assert "Everything required is here" in main, "the completeness check still lists problems: " + main
    check_page(educator, "workspace ready to submit")
    submit_workspace(educator, "submitting the first attempt")

    # The assessor: two comments on moments of the video, then every criterion approaching: not yet.
    assessor = browser_factory(*viewport)
    sign_in(assessor, ASSESSOR)
    claim(assessor, name)
    check_page(assessor, "review page")
    check_touch_targets(assessor, ".level-choice", "the rubric's level choices")
    check_touch_targets(assessor, ".video-comment__at-time, .video-comment__mark-end", "the video comment buttons")
    video = video_ready(assessor)
    seek_to(assessor, video, 1.5)
    form = comment_form(assessor)
    assessor.execute_script("arguments[0].click();", form.find_element(By.CSS_SELECTOR, ".video-comment__at-time"))
    assert form.find_element(By.NAME, "start").get_attribute("value") == "1.5"
    form.find_element(By.NAME, "text").send_keys("Here the pricing question invites every student in.")
    post(assessor, form, "commenting at 1.5 s")

    video = video_ready(assessor)
    seek_to(assessor, video, 4)
    video.send_keys("c")  # the keyboard: C with the video focused
    form = comment_form(assessor)
    wait(assessor).until(lambda d: form.find_element(By.NAME, "start").get_attribute("value") == "4",
                         "pressing C on the video did not fill the moment")
    assessor.switch_to.active_element.send_keys("Only two voices in this part; who else could have answered?")
    post(assessor, form, "commenting at 4 s")
    listed = [button.text for button in assessor.find_elements(By.CSS_SELECTOR, ".video-comment__seek")]
    assert listed == ["0:01", "0:04"], f"comments are listed by time: {listed}"
    check_touch_targets(assessor, ".video-comment__seek", "the comments' time buttons")
    score(assessor, "approaching", "Connect the families' knowledge to the learning goal more explicitly")
    assert "Not yet" in page_text(assessor, "main") or "not yet" in page_text(assessor, "main")

    # The educator reads the feedback, goes to a comment's moment, replies, improves and resubmits.
    open_page(educator, workspace)
    notice = educator.find_element(By.CSS_SELECTOR, ".not-yet-notice")
    feedback_link = notice.find_element(By.CSS_SELECTOR, "a[href*='/feedback/']")
    educator.execute_script("arguments[0].click();", feedback_link)
    wait(educator).until(lambda d: "/feedback/" in current_path(d))
    check_page(educator, "feedback")
    assert "Connect the families' knowledge" in page_text(educator, "main")
    video = video_ready(educator)
    second = educator.find_elements(By.CSS_SELECTOR, ".video-comment__seek")[1]
    educator.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", second)
    wait(educator).until(lambda d: abs(d.execute_script("return arguments[0].currentTime", video) - 4) < 1,
                         "clicking the comment's time did not move the video to its moment")
    # A tap on the first comment's text takes the video back to that comment's moment.
    first_text = educator.find_elements(By.CSS_SELECTOR, ".video-comment__text")[0]
    educator.execute_script("arguments[0].scrollIntoView({block: 'center'});", first_text)
    first_text.click()
    wait(educator).until(lambda d: abs(d.execute_script("return arguments[0].currentTime", video) - 1.5) < 1,
                         "tapping the comment did not move the video to its moment")
    reply = educator.find_element(By.CSS_SELECTOR, "form.video-comment__reply-form")
    reply.find_element(By.CSS_SELECTOR, "textarea").send_keys("I will ask the quieter group to price the second stall.")
    post(educator, reply, "replying to the comment")
    assert "quieter group" in page_text(educator, "main")

    open_page(educator, workspace)
    write_evidence(educator, "reflection", words(520))
    submit_workspace(educator, "resubmitting")

    claim(assessor, name)
    check_page(assessor, "review page, second attempt")
    assert "Attempt 1" in page_text(assessor, "main"), "the earlier attempt is on record beside the new one"
    score(assessor, "demonstrated", "The families' knowledge now shapes the lesson")

    open_page(educator, "/earn")
    check_page(educator, "my microcredentials")
    assert "Earned" in page_text(educator, "main")
    open_page(educator, "/dashboard")
    check_page(educator, "educator dashboard")
    # Earning it moved the demo pathway on: Jordan has its elective now, Luis (who had the core) completed it.
    pathway_row = educator.find_element(By.XPATH, "//tr[contains(., 'Responsive small-group teaching')]").text
    assert "1 of 2 earned" in pathway_row or "See your credential" in pathway_row, pathway_row

    # The signed credential: from My credentials to its page, checked there, by an independent verifier, and on the verify page.
    open_page(educator, "/earn/credentials")
    check_page(educator, "my credentials")
    link = educator.find_element(By.XPATH, f"//table//a[contains(@href, '/credentials/') and contains(., \"{TITLE}\")]")
    credential_path = urlparse(link.get_attribute("href")).path
    open_page(educator, credential_path)
    check_page(educator, "credential page")
    assert page_text(educator, ".verification__verdict").startswith("Valid."), page_text(educator, ".verification")
    credential = fetch_json(credential_path, accept="application/ld+json")
    status_url = credential["credentialStatus"]["statusListCredential"]
    report = verify_credential(credential, status_lists={status_url: fetch_json(urlparse(status_url).path)})
    assert report.verdict == "valid", str(report)
    verify_address(educator, credential["id"], "Valid.")

    # An admin revokes it with a reason; the verify page, and the independent check, then say revoked.
    admin = browser_factory(*viewport)
    sign_in(admin, ADMIN)
    open_page(admin, credential_path)
    check_page(admin, "credential page for the issuing organization's admin")
    form = admin.find_element(By.CSS_SELECTOR, "form[action$='/status']")
    admin.execute_script("arguments[0].click();", form.find_element(By.CSS_SELECTOR, "input[name=status][value=revoked]"))
    form.find_element(By.NAME, "reason").send_keys("Awarded to the wrong enrollment during the journey test.")
    post(admin, form, "revoking the credential")
    assert "Revoked" in page_text(admin, "main")
    verify_address(educator, credential["id"], "Not valid.")
    assert "revoked" in page_text(educator, ".verification")
    report = verify_credential(credential, status_lists={status_url: fetch_json(urlparse(status_url).path)})
    assert report.verdict == "invalid" and report["status"].status == "failed", str(report)
    sign_out(admin)
    sign_out(educator)
    sign_out(assessor)


def fetch_json(path, accept="application/json"):
    """A JSON document from the server, as a wallet or a verifier would fetch it (no cookies)."""
    request = urllib.request.Request(url(path), headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read().decode("utf-8"))


def verify_address(driver, address, verdict):
    """Checks a credential on the public verify page by its address; the verdict must start with `verdict`."""
    open_page(driver, "/verify")
    check_page(driver, "verify page")
    form = driver.find_element(By.CSS_SELECTOR, "form[action='/verify']")
    form.find_element(By.NAME, "url").send_keys(address)
    post(driver, form, "checking the credential by its address")
    shown = page_text(driver, ".verification__verdict")
    assert shown.startswith(verdict), page_text(driver, ".verification")
