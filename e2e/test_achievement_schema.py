"""Every published microcredential's Open Badges 3.0 Achievement validates against the
OB 3.0 JSON Schema (draft 2019-09), a copy kept in e2e/fixtures/standards (see its SOURCES.md),
fetched from the server under test at its stable URL with content negotiation."""

import json
import re
import urllib.request
from pathlib import Path

import pytest
from jsonschema import Draft201909Validator

from conftest import url

SCHEMA = (Path(__file__).resolve().parent / "fixtures" / "standards" / "schemas" / "ob-v3p0"
          / "achievementcredential.json")


def achievement_validator():
    if not SCHEMA.exists():
        pytest.fail(f"the OB 3.0 schema is missing at {SCHEMA} (see e2e/fixtures/standards/SOURCES.md)")
    full = json.loads(SCHEMA.read_text())
    # Validate against the schema's own Achievement definition, with every definition it refers to.
    schema = {"$schema": full["$schema"], "$ref": "#/$defs/Achievement", "$defs": full["$defs"]}
    Draft201909Validator.check_schema(schema)
    return Draft201909Validator(schema)


def fetch(path, accept):
    request = urllib.request.Request(url(path), headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=15) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8")


def published_version_paths():
    _, _, html = fetch("/o/riverbend/catalog", "text/html")
    slugs = sorted(set(re.findall(r'href="/o/riverbend/microcredentials/([a-z0-9-]+)"', html)))
    assert slugs, "the demo catalog lists no microcredential"
    paths = []
    for slug in slugs:
        _, _, page = fetch(f"/o/riverbend/microcredentials/{slug}", "text/html")
        versions = re.findall(rf'href="(/o/riverbend/microcredentials/{slug}/versions/\d+)(?:/achievement\.json)?"', page)
        assert versions, f"the page of {slug} links no version"
        paths.append(versions[0])
    return paths


def test_every_published_achievement_validates_against_the_ob3_schema():
    validator = achievement_validator()
    paths = published_version_paths()
    assert len(paths) >= 3, f"expected the demo's published microcredentials, found {paths}"
    for path in paths:
        status, content_type, body = fetch(path, "application/ld+json")
        assert status == 200 and "json" in content_type, f"{path}: {status} {content_type}"
        document = json.loads(body)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        assert not errors, f"{path}: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:10])
        assert document["id"] == url(path), "the achievement's id is its own URL"
        assert document["resultDescription"], "the rubric criteria are in resultDescription"
        same, _, _ = fetch(path + "/achievement.json", "*/*")
        assert same == 200


def test_the_validator_refuses_a_broken_achievement():
    validator = achievement_validator()
    paths = published_version_paths()
    _, _, body = fetch(paths[0], "application/json")
    document = json.loads(body)
    del document["criteria"]
    document["type"] = ["Badge"]
    assert list(validator.iter_errors(document)), "a document without criteria and of the wrong type must fail"
