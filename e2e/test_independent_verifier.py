"""The independent credential check (e2e/independent/) on published vectors and on a credential that
CairnCredentials signed. No server and no browser: these tests ask for neither fixture.

Status lists and did:web credentials are signed here with the fixture's test seed; the signing helper
uses the checker's own canonical forms, so those tests check the status and key rules, while the W3C
vectors and the Cairn fixture check the proofs against implementations written elsewhere.
"""

import base64
import copy
import gzip
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyld.jsonld import JsonLdError

from independent import verify_credential, verify_learner_record
from independent.canonical import CanonicalizationError, canonical_nquads
from independent.contexts import BUNDLED, load_bundled_context
from independent.multibase import BASE58_ALPHABET, base58_encode
from independent.proof import hash_data
from independent.status import MINIMUM_ENTRIES, StatusError, decode_bitstring, read_status

HERE = Path(__file__).resolve().parent
VECTORS = HERE.parent / "Tests" / "CairnCredentialsTests" / "Suites" / "vectors" / "vc-di-eddsa" / "eddsa-rdfc-2022"
SIGNED_BY_CAIRN = HERE / "fixtures" / "credentials" / "signed-by-cairn.json"
# The seed make-signed-by-cairn.swift signs with: bytes 0x00 … 0x1f (a published test key).
FIXTURE_SEED = bytes(range(32))
# Inside the fixture's validity period (2026-03-02T15:04:05Z to 2031-03-02T15:04:05Z).
DURING = datetime(2027, 6, 1, 12, 0, tzinfo=timezone.utc)
LIST_URL = "https://riverbend.example/status/revocation/1"
FIXTURE_INDEX = 94567


def load(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def vector(folder=""):
    """The signed credential and the intermediates of one W3C eddsa-rdfc-2022 vector."""
    base = VECTORS / folder
    return {
        "signed": load(base / "signedDataInt.json"),
        "canonical_document": (base / "canonDocDataInt.txt").read_text(encoding="utf-8"),
        "canonical_proof": (base / "proofCanonDataInt.txt").read_text(encoding="utf-8"),
        "combined_hash": (base / "combinedHashDataInt.txt").read_text(encoding="utf-8").strip(),
    }


def signed_by_cairn():
    return load(SIGNED_BY_CAIRN)


# --- signing, for the status lists and did:web credentials of these tests ------------------------

def did_key_of(seed):
    public = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return "did:key:z" + base58_encode(b"\xed\x01" + public)


def sign(document, seed=FIXTURE_SEED, method=None, created="2026-03-02T15:04:05Z"):
    """The document with an eddsa-rdfc-2022 proof by the key of seed (did:key unless method is given)."""
    if method is None:
        did = did_key_of(seed)
        method = f"{did}#{did[len('did:key:'):]}"
    unsigned = {key: value for key, value in document.items() if key != "proof"}
    options = {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "created": created,
               "verificationMethod": method, "proofPurpose": "assertionMethod"}
    signature = Ed25519PrivateKey.from_private_bytes(seed).sign(hash_data(unsigned, options).bytes)
    return {**unsigned, "proof": {**options, "proofValue": "z" + base58_encode(signature)}}


def encoded_list(set_indexes=(), entries=MINIMUM_ENTRIES):
    """A status list's encodedList: the entries at set_indexes are 1 (index 0 = the first byte's top bit)."""
    bits = bytearray(entries // 8)
    for index in set_indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    return "u" + base64.urlsafe_b64encode(gzip.compress(bytes(bits), mtime=0)).decode().rstrip("=")


def status_list(set_indexes=(), purpose="revocation", entries=MINIMUM_ENTRIES, seed=FIXTURE_SEED, issuer=None):
    """A signed BitstringStatusListCredential published at LIST_URL."""
    credential = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": LIST_URL,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer or did_key_of(seed),
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": {"id": LIST_URL + "#list", "type": "BitstringStatusList",
                              "statusPurpose": purpose, "encodedList": encoded_list(set_indexes, entries)},
    }
    return sign(credential, seed)


# --- the W3C vectors ------------------------------------------------------------------------------

@pytest.mark.parametrize("folder", ["", "employ"], ids=["alumni", "employment"])
def test_the_w3c_eddsa_rdfc_2022_vectors_verify_with_the_published_intermediates(folder):
    published = vector(folder)
    data = hash_data(published["signed"], published["signed"]["proof"])
    assert data.canonical_document == published["canonical_document"], "canonical document differs from the vector's"
    assert data.canonical_proof_configuration == published["canonical_proof"], \
        "canonical proof configuration differs from the vector's"
    assert data.bytes.hex() == published["combined_hash"], "hash data differs from the vector's combined hash"
    report = verify_credential(published["signed"])
    assert report["proof"].status == "passed", f"the W3C vector should verify:\n{report}"


def test_the_w3c_vector_names_an_issuer_that_does_not_control_its_did_key_and_the_report_says_so():
    report = verify_credential(vector()["signed"])
    assert report["proof"].status == "passed", str(report)
    assert report["issuerKey"].status == "failed", str(report)
    assert "not by the issuer https://vc.example/issuers/5678" in report["issuerKey"].reason


def test_an_open_badge_another_issuer_signed_with_eddsa_rdfc_2022_verifies():
    credential = load(VECTORS.parents[1] / "dcc-fixtures"
                      / "v2-dataIntegrityProof-didKey-legacyRegistry-noStatus-noExpiry-basicOBv3.json")
    report = verify_credential(credential)
    assert report.verified, f"the Digital Credentials Consortium's credential should verify:\n{report}"


def test_a_proof_of_another_suite_is_inconclusive_never_a_pass():
    credential = load(VECTORS.parents[1] / "dcc-fixtures" / "v2-ed25519-didKey-legacy-noStatus-noExpiry-tampered.json")
    report = verify_credential(credential)
    assert report["proof"].status == "inconclusive" and not report.verified, str(report)


def change_one_proof_character(credential):
    proof = credential["proof"]
    value = proof["proofValue"]
    middle = len(value) // 2
    replacement = next(c for c in BASE58_ALPHABET if c != value[middle])
    proof["proofValue"] = value[:middle] + replacement + value[middle + 1:]


def set_issuer(credential, issuer_id):
    if isinstance(credential["issuer"], dict):
        credential["issuer"]["id"] = issuer_id
    else:
        credential["issuer"] = issuer_id


TAMPERS = {
    "name": lambda c: c.update(name=c["name"] + "!"),
    "validFrom": lambda c: c.update(validFrom="2022-12-31T00:00:00Z"),
    "issuer": lambda c: set_issuer(c, "did:example:someone-else"),
    "one proofValue character": change_one_proof_character,
}
CAIRN_TAMPERS = {
    "validUntil": lambda c: c.update(validUntil="2036-03-02T15:04:05Z"),
    "issuer name": lambda c: c["issuer"].update(name="Another District"),
    "achievement name": lambda c: c["credentialSubject"]["achievement"].update(name="Something Else"),
    "status index": lambda c: c["credentialStatus"].update(statusListIndex="12"),
    "proof created": lambda c: c["proof"].update(created="2026-03-03T15:04:05Z"),
}
SOURCES = {"w3c alumni": lambda: vector()["signed"], "w3c employment": lambda: vector("employ")["signed"],
           "signed by cairn": signed_by_cairn}


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("tamper", TAMPERS)
def test_every_single_field_tamper_fails_the_proof(source, tamper):
    credential = copy.deepcopy(SOURCES[source]())
    TAMPERS[tamper](credential)
    report = verify_credential(credential, now=DURING)
    assert report["proof"].status == "failed", f"changing {tamper} of {source} should fail the proof:\n{report}"
    assert not report.verified


@pytest.mark.parametrize("tamper", CAIRN_TAMPERS)
def test_every_tamper_of_the_credential_cairn_signed_fails_the_proof(tamper):
    credential = signed_by_cairn()
    CAIRN_TAMPERS[tamper](credential)
    report = verify_credential(credential, now=DURING, status_lists={LIST_URL: status_list()})
    assert report["proof"].status == "failed", f"changing {tamper} should fail the proof:\n{report}"
    assert report.verdict == "invalid"


# --- the credential CairnCredentials signed ------------------------------------------------------

def test_the_fixture_is_signed_by_the_did_key_of_its_published_seed():
    credential = signed_by_cairn()
    did = did_key_of(FIXTURE_SEED)
    assert credential["issuer"]["id"] == did, "the fixture's issuer should be the did:key of bytes 0x00…0x1f"
    assert credential["proof"]["verificationMethod"] == f"{did}#{did[len('did:key:'):]}"


def test_the_credential_cairn_signed_verifies_with_every_check_passing():
    report = verify_credential(SIGNED_BY_CAIRN.read_text(encoding="utf-8"), now=DURING,
                               status_lists={LIST_URL: json.dumps(status_list(set_indexes=[5, 94566, 94568]))})
    assert report.verified, f"the credential Cairn signed should verify:\n{report}"
    assert [(r.check, r.status) for r in report.checks] == [
        ("proof", "passed"), ("issuerKey", "passed"), ("validityPeriod", "passed"), ("status", "passed")], str(report)
    assert "not revoked: entry 94567" in report["status"].reason


def test_without_its_status_list_the_credential_cairn_signed_is_inconclusive_not_valid():
    report = verify_credential(signed_by_cairn(), now=DURING)
    assert report["proof"].status == "passed", str(report)
    assert report["status"].status == "inconclusive", str(report)
    assert report.verdict == "inconclusive" and not report.verified


# --- the validity period ------------------------------------------------------------------------

@pytest.mark.parametrize("now, expected", [
    (datetime(2026, 3, 2, 15, 4, 4, tzinfo=timezone.utc), "failed"),
    (datetime(2026, 3, 2, 15, 4, 5, tzinfo=timezone.utc), "passed"),
    (datetime(2031, 3, 2, 15, 4, 4, tzinfo=timezone.utc), "passed"),
    (datetime(2031, 3, 2, 15, 4, 5, tzinfo=timezone.utc), "failed"),
    (datetime(2031, 3, 2, 17, 4, 4, tzinfo=timezone(timedelta(hours=2))), "passed"),
], ids=["a second before validFrom", "at validFrom", "a second before validUntil", "at validUntil",
        "before validUntil in another zone"])
def test_the_validity_period_holds_from_valid_from_until_valid_until(now, expected):
    report = verify_credential(signed_by_cairn(), now=now, status_lists={LIST_URL: status_list()})
    assert report["validityPeriod"].status == expected, str(report)
    assert report["proof"].status == "passed", "the time checked at does not change the proof"


def test_a_date_without_a_zone_fails_the_validity_period():
    credential = signed_by_cairn()
    credential["validFrom"] = "2026-03-02T15:04:05"
    assert verify_credential(credential, now=DURING)["validityPeriod"].status == "failed"


def test_a_time_without_a_zone_is_refused():
    with pytest.raises(ValueError):
        verify_credential(signed_by_cairn(), now=datetime(2027, 1, 1))


# --- the status list ----------------------------------------------------------------------------

def test_a_set_bit_revokes_the_credential_cairn_signed():
    report = verify_credential(signed_by_cairn(), now=DURING, status_lists={LIST_URL: status_list([FIXTURE_INDEX])})
    assert report["status"].status == "failed", str(report)
    assert report["status"].reason.startswith("revoked"), str(report)
    assert report["proof"].status == "passed"


def test_a_status_list_changed_after_it_was_signed_fails():
    changed = status_list()
    changed["credentialSubject"]["encodedList"] = encoded_list([FIXTURE_INDEX])
    report = verify_credential(signed_by_cairn(), now=DURING, status_lists={LIST_URL: changed})
    assert report["status"].status == "failed", str(report)
    assert "STATUS_VERIFICATION_ERROR" in report["status"].reason and "proof failed" in report["status"].reason


def test_a_status_list_signed_by_a_key_its_issuer_does_not_control_fails():
    forged = status_list(seed=bytes(range(1, 33)), issuer=did_key_of(FIXTURE_SEED))
    report = verify_credential(signed_by_cairn(), now=DURING, status_lists={LIST_URL: forged})
    assert report["status"].status == "failed", str(report)
    assert "issuerKey failed" in report["status"].reason, str(report)


def test_a_status_list_of_another_purpose_fails():
    report = verify_credential(signed_by_cairn(), now=DURING,
                               status_lists={LIST_URL: status_list(purpose="suspension")})
    assert report["status"].status == "failed", str(report)
    assert "purpose" in report["status"].reason


def test_a_status_list_shorter_than_131072_entries_fails():
    report = verify_credential(signed_by_cairn(), now=DURING,
                               status_lists={LIST_URL: status_list(entries=MINIMUM_ENTRIES - 8)})
    assert report["status"].status == "failed", str(report)
    assert "STATUS_LIST_LENGTH_ERROR" in report["status"].reason


def test_index_zero_is_the_left_most_bit_of_the_first_byte():
    bits = bytearray(MINIMUM_ENTRIES // 8)
    bits[0], bits[1], bits[-1] = 0b1000_0001, 0b1000_0000, 0b0000_0001
    assert [read_status(bytes(bits), i) for i in range(10)] == [1, 0, 0, 0, 0, 0, 0, 1, 1, 0]
    assert read_status(bytes(bits), MINIMUM_ENTRIES - 1) == 1
    assert read_status(bytes(bits), MINIMUM_ENTRIES - 2) == 0


def test_a_status_of_two_bits_reads_its_bits_most_significant_first():
    bits = bytearray(2 * MINIMUM_ENTRIES // 8)
    bits[0] = 0b0110_1100
    assert [read_status(bytes(bits), i, size=2) for i in range(4)] == [1, 2, 3, 0]


def test_an_index_past_the_end_of_the_list_is_a_range_error():
    with pytest.raises(StatusError) as error:
        read_status(bytes(MINIMUM_ENTRIES // 8), MINIMUM_ENTRIES)
    assert error.value.code == "RANGE_ERROR"


def test_the_spec_example_encoded_list_is_131072_unset_entries():
    bitstring = decode_bitstring("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA")
    assert len(bitstring) * 8 == MINIMUM_ENTRIES and not any(bitstring)


def test_an_encoded_list_without_the_multibase_prefix_is_malformed():
    with pytest.raises(StatusError) as error:
        decode_bitstring(encoded_list()[1:])
    assert error.value.code == "MALFORMED_VALUE_ERROR"


def test_a_credential_without_status_has_nothing_to_check():
    report = verify_credential(vector()["signed"])
    assert report["status"].status == "not applicable"


# --- keys from a DID document (did:web) ---------------------------------------------------------

DID_WEB = "did:web:riverbend.example"


def did_web_document(assertion=("#key-1",), document_id=DID_WEB):
    public = did_key_of(FIXTURE_SEED)[len("did:key:"):]
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": document_id,
        "verificationMethod": [{"id": f"{DID_WEB}#key-1", "type": "Multikey", "controller": DID_WEB,
                                "publicKeyMultibase": public}],
        "assertionMethod": list(assertion),
    }


def signed_by_did_web():
    credential = signed_by_cairn()
    credential["issuer"]["id"] = DID_WEB
    return sign(credential, method=f"{DID_WEB}#key-1")


@pytest.mark.parametrize("reference", ["#key-1", f"{DID_WEB}#key-1"], ids=["relative", "absolute"])
def test_a_did_web_credential_verifies_with_the_did_document_given(reference):
    report = verify_credential(signed_by_did_web(), did_documents={DID_WEB: did_web_document([reference])},
                               status_lists={LIST_URL: status_list()}, now=DURING)
    assert report["proof"].status == "passed" and report["issuerKey"].status == "passed", str(report)


def test_a_did_web_credential_is_inconclusive_without_its_did_document():
    report = verify_credential(signed_by_did_web(), now=DURING)
    assert report["proof"].status == "inconclusive", str(report)
    assert "was not given" in report["proof"].reason


def test_a_key_the_did_document_does_not_list_under_assertion_method_fails():
    report = verify_credential(signed_by_did_web(), did_documents={DID_WEB: did_web_document(assertion=())},
                               now=DURING)
    assert report["proof"].status == "failed", str(report)
    assert "assertionMethod" in report["proof"].reason


def test_a_did_document_with_another_id_fails():
    document = did_web_document(document_id="did:web:elsewhere.example")
    report = verify_credential(signed_by_did_web(), did_documents={DID_WEB: json.dumps(document)}, now=DURING)
    assert report["proof"].status == "failed", str(report)


# --- the contexts -------------------------------------------------------------------------------

def test_the_loader_serves_every_bundled_context_by_its_url():
    index = json.loads((BUNDLED[next(iter(BUNDLED))].parent / "index.json").read_text(encoding="utf-8"))
    assert set(BUNDLED) == set(index)
    for url in index:
        loaded = load_bundled_context(url, {})
        assert loaded["documentUrl"] == url and "@context" in loaded["document"], url


@pytest.mark.parametrize("url", ["https://example.org/context.jsonld", "https://w3id.org/vc/status-list/2021/v1",
                                 "file:///etc/passwd"])
def test_the_loader_refuses_any_other_url(url):
    with pytest.raises(JsonLdError):
        load_bundled_context(url, {})


def test_a_credential_naming_an_unbundled_context_fails_the_proof():
    credential = signed_by_cairn()
    credential["@context"] = credential["@context"] + ["https://example.org/context.jsonld"]
    report = verify_credential(credential, now=DURING)
    assert report["proof"].status == "failed", str(report)
    assert "not one of the contexts bundled" in report["proof"].reason


def test_a_property_json_ld_would_drop_has_no_canonical_form():
    document = {"@context": ["https://www.w3.org/2018/credentials/v1"], "type": ["VerifiableCredential"],
                "undefinedTerm": "not covered by any signature"}
    with pytest.raises(CanonicalizationError):
        canonical_nquads(document)
    del document["undefinedTerm"]
    assert canonical_nquads(document).startswith("_:c14n0 ")


def test_the_report_reads_as_json():
    report = verify_credential(vector()["signed"])
    as_json = json.loads(json.dumps(report.as_dict()))
    assert as_json["verdict"] == "invalid" and [c["check"] for c in as_json["checks"]] == [
        "proof", "issuerKey", "validityPeriod", "status"]


# --- a learner record (CLR 2.0) -------------------------------------------------------------------

def learner_record(held):
    """A CLR 2.0 ClrCredential, as Cairn makes one, holding the credentials given, signed with the fixture's seed."""
    record = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:6f4c1e0a-2d3b-4a5c-9e8f-0a1b2c3d4e5f",
        "type": ["VerifiableCredential", "ClrCredential"],
        "name": "Learner record of a teacher",
        "description": "The credentials in force, for a total of 1 credit hour.",
        "partial": False,
        "issuer": {"id": did_key_of(FIXTURE_SEED), "type": ["Profile"], "name": "Riverbend"},
        "validFrom": "2026-03-02T15:04:05Z",
        "credentialSubject": {
            "type": ["ClrSubject"],
            "identifier": [{"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": "A Teacher"}],
            "verifiableCredential": held,
            "achievement": [credential["credentialSubject"]["achievement"] for credential in held],
        },
    }
    return sign(record)


def test_a_learner_record_holding_the_credential_cairn_signed_verifies_with_it():
    lists = {LIST_URL: status_list()}
    report = verify_learner_record(learner_record([signed_by_cairn()]), status_lists=lists, now=DURING)
    assert report.verdict == "valid", str(report)
    assert report.record["embeddedCredentials"].reason == "all 1 credentials verify"
    assert [r.verdict for r in report.embedded] == ["valid"]


def test_a_learner_record_holding_a_revoked_credential_is_invalid_though_its_own_proof_passes():
    lists = {LIST_URL: status_list(set_indexes=[FIXTURE_INDEX])}
    report = verify_learner_record(learner_record([signed_by_cairn()]), status_lists=lists, now=DURING)
    assert report.record["proof"].status == "passed", str(report)
    assert report.verdict == "invalid" and report.embedded[0]["status"].status == "failed", str(report)


def test_a_change_to_a_credential_inside_a_learner_record_fails_both_proofs():
    record = learner_record([signed_by_cairn()])
    record["credentialSubject"]["verifiableCredential"][0]["name"] = "Something never earned"
    report = verify_learner_record(record, status_lists={LIST_URL: status_list()}, now=DURING)
    assert report.record["proof"].status == "failed" and report.embedded[0]["proof"].status == "failed", str(report)


def test_a_learner_record_must_hold_a_credential():
    report = verify_learner_record(learner_record([]), now=DURING)
    assert report.verdict == "invalid" and report.record["embeddedCredentials"].status == "failed", str(report)
