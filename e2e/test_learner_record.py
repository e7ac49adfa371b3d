"""The learner record, end to end: Mei Chen (who completed the demo pathway) finds it on "My
credentials", opens the printable transcript (axe-checked, with the pathway, its microcredentials and
the total of credit hours), and downloads the signed CLR 2.0 file; the independent verifier in
`independent/` checks the record's proof and the proof, validity and status of each credential it holds.
A visitor without a session is sent to sign in instead."""

import json
import urllib.error
import urllib.request
from urllib.parse import urlparse

from selenium.webdriver.common.by import By

from conftest import check_page, open_page, page_text, sign_in, sign_out, url
from independent import verify_learner_record

MEI = "mei.chen@riverbend.example"
PATHWAY = "Responsive small-group teaching"


def fetch(path, cookies=None, accept="application/json"):
    """The response to a GET (its status, headers and body), with the browser's cookies when given; redirects not followed."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    headers = {"Accept": accept}
    if cookies:
        headers["Cookie"] = "; ".join(f"{cookie['name']}={cookie['value']}" for cookie in cookies)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(urllib.request.Request(url(path), headers=headers), timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_mei_prints_her_transcript_and_her_downloaded_record_verifies_independently(browser_factory):
    driver = browser_factory()
    sign_in(driver, MEI)
    open_page(driver, "/earn/credentials")
    driver.find_element(By.LINK_TEXT, "Print my transcript").click()
    assert urlparse(driver.current_url).path == "/earn/credentials/transcript"
    check_page(driver, "transcript")
    main = page_text(driver, "main")
    assert "Mei Chen" in main and "Riverbend Unified School District" in main
    assert PATHWAY in main and "Verify at" in main
    total = float(page_text(driver, "#total-credit-hours"))
    assert total > 0

    status, headers, body = fetch("/earn/credentials/record.json", cookies=driver.get_cookies())
    assert status == 200, body[:300]
    assert headers["Content-Type"].startswith("application/vc+ld+json")
    assert headers["Content-Disposition"].startswith("attachment")
    record = json.loads(body)
    assert record["type"] == ["VerifiableCredential", "ClrCredential"]
    assert f"a total of {total:g} credit hour" in record["description"]
    held = record["credentialSubject"]["verifiableCredential"]
    lists = {}
    for credential in held:
        list_url = credential["credentialStatus"]["statusListCredential"]
        if list_url not in lists:
            lists[list_url] = json.loads(fetch(urlparse(list_url).path)[2])
    report = verify_learner_record(record, status_lists=lists)
    assert report.verdict == "valid", str(report)
    assert len(report.embedded) == len(held) >= 3 and all(r.verdict == "valid" for r in report.embedded), str(report)
    associations = record["credentialSubject"]["association"]
    assert {a["associationType"] for a in associations} == {"isChildOf"} and len(associations) == 2

    # A changed credential inside breaks the record's proof and its own.
    held[0]["name"] = "Something never earned"
    tampered = verify_learner_record(record, status_lists=lists)
    assert tampered.verdict == "invalid" and tampered.record["proof"].status == "failed", str(tampered)
    sign_out(driver)

    # Without a session there is no record: a browser is sent to sign in, a program is told 401.
    status, headers, _ = fetch("/earn/credentials/record.json", accept="text/html")
    assert status == 303 and headers["Location"].startswith("/signin")
    assert fetch("/earn/credentials/record.json")[0] == 401
