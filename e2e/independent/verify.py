"""verify_credential: the independent check of a credential, every check on its own."""

import json
from datetime import datetime, timezone

from .proof import verify_proofs
from .report import FAILED, INCONCLUSIVE, ISSUER_KEY, NOT_APPLICABLE, PASSED, PROOF, CheckResult, Report
from .status import check_status
from .validity import check_validity_period


def _parse(credential_json):
    if isinstance(credential_json, (str, bytes)):
        return json.loads(credential_json)
    return credential_json


def _issuer_id(credential):
    issuer = credential.get("issuer")
    if isinstance(issuer, dict):
        issuer = issuer.get("id")
    return issuer if isinstance(issuer, str) else None


def _proof_check(outcomes):
    for wanted in (FAILED, INCONCLUSIVE):
        for outcome in outcomes:
            if outcome.status == wanted:
                return CheckResult(PROOF, wanted, outcome.reason)
    return CheckResult(PROOF, PASSED, "; ".join(outcome.reason for outcome in outcomes))


def _issuer_key_check(credential, outcomes):
    methods = [outcome.method for outcome in outcomes if outcome.method is not None]
    if not methods:
        return CheckResult(ISSUER_KEY, NOT_APPLICABLE, "no proof verified, so there is no key to match with the issuer")
    issuer = _issuer_id(credential)
    if issuer is None:
        return CheckResult(ISSUER_KEY, FAILED, "the credential names no issuer id to match the key with")
    for method in methods:
        if method.controller != issuer:
            return CheckResult(ISSUER_KEY, FAILED,
                               f"the key {method.id} is controlled by {method.controller}, not by the issuer {issuer}")
    return CheckResult(ISSUER_KEY, PASSED, f"the signing key is the issuer's: {issuer} controls {methods[0].id}")


def verify_credential(credential_json, did_documents=None, status_lists=None, now=None):
    """Checks a credential's proof, that its issuer controls the signing key, its validity period and
    its status, and returns a Report of each check's outcome.

    credential_json: the credential as JSON text or parsed. did_documents: {DID or controller URL:
    its document (JSON text or parsed)} for keys other than did:key (a did:web document fetched by the
    caller). status_lists: {statusListCredential URL: the list credential (JSON text or parsed)}. now: an
    aware datetime (default: the current time). Nothing is fetched: what is not given is inconclusive.
    """
    if now is None:
        now = datetime.now(timezone.utc)
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime (with a time zone)")
    try:
        credential = _parse(credential_json)
    except ValueError as error:
        return Report((CheckResult(PROOF, FAILED, f"the credential is not JSON: {error}"),))
    if not isinstance(credential, dict):
        return Report((CheckResult(PROOF, FAILED, "the credential is not a JSON object"),))
    outcomes = verify_proofs(credential, did_documents)

    def verify_list(list_credential):
        return verify_credential(list_credential, did_documents, None, now)

    return Report((
        _proof_check(outcomes),
        _issuer_key_check(credential, outcomes),
        check_validity_period(credential, now),
        check_status(credential, status_lists, verify_list),
    ))
