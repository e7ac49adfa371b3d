"""Verifying a Data Integrity proof of the eddsa-rdfc-2022 cryptosuite (W3C vc-di-eddsa § 3.3).

transformation: RDFC-1.0 canonical N-Quads of the document without `proof`; proof configuration: the
proof options (the proof without `proofValue`) under the document's `@context`, canonicalized the same
way; hashing: SHA-256(canonical proof configuration) ‖ SHA-256(canonical document), 64 bytes; the
signature: Ed25519 (RFC 8032) over those bytes, `proofValue` = multibase base58btc of its 64 bytes.
"""

import copy
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from . import keys
from .canonical import CanonicalizationError, canonical_nquads
from .multibase import MultibaseError, decode_base58btc
from .report import FAILED, INCONCLUSIVE, PASSED

CRYPTOSUITE = "eddsa-rdfc-2022"
PURPOSE = "assertionMethod"
# XML Schema dateTimeStamp as Data Integrity's `created` is written: a date, a time and a zone.
DATE_TIME = re.compile(r"-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


@dataclass(frozen=True)
class ProofOutcome:
    """How one proof came out, why, and the key that verified it (None unless it passed)."""

    status: str
    reason: str
    method: keys.VerificationMethod | None = None


@dataclass(frozen=True)
class HashData:
    """The intermediates of the hashing step, as vc-di-eddsa's test vectors give them."""

    canonical_document: str
    canonical_proof_configuration: str

    @property
    def bytes(self):
        return (hashlib.sha256(self.canonical_proof_configuration.encode("utf-8")).digest()
                + hashlib.sha256(self.canonical_document.encode("utf-8")).digest())


def hash_data(document, proof_options):
    """Canonicalizes the document without its proofs, and the proof options under its `@context`.

    A `@context` in the proof options must be where the document's own begins, and then stands for it
    (vc-di-eddsa, Verify Proof).
    """
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    options = {key: value for key, value in proof_options.items() if key != "proofValue"}
    if "@context" in options:
        document_context = _as_list(document.get("@context"))
        proof_context = _as_list(options["@context"])
        if document_context[:len(proof_context)] != proof_context:
            raise CanonicalizationError("the proof's @context is not the start of the document's @context")
        unsecured["@context"] = options["@context"]
    configuration = dict(options)
    configuration["@context"] = unsecured.get("@context")
    return HashData(canonical_document=canonical_nquads(copy.deepcopy(unsecured)),
                    canonical_proof_configuration=canonical_nquads(configuration))


def _as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def verify_proof(document, proof, documents=None):
    """Verifies one eddsa-rdfc-2022 proof on a document; keys come from did:key or documents."""
    if not isinstance(proof, dict):
        return ProofOutcome(FAILED, "the proof is not a JSON object")
    if proof.get("type") != "DataIntegrityProof" or proof.get("cryptosuite") != CRYPTOSUITE:
        return ProofOutcome(INCONCLUSIVE, f"a proof of type {proof.get('type')!r}, cryptosuite "
                                          f"{proof.get('cryptosuite')!r}, is not checked here "
                                          f"(only DataIntegrityProof with {CRYPTOSUITE})")
    for name in ("verificationMethod", "proofPurpose", "proofValue"):
        if not isinstance(proof.get(name), str):
            return ProofOutcome(FAILED, f"the proof has no {name}")
    if proof["proofPurpose"] != PURPOSE:
        return ProofOutcome(FAILED, f"the proof's purpose is {proof['proofPurpose']!r}, not {PURPOSE!r}")
    if "created" in proof and not (isinstance(proof["created"], str) and DATE_TIME.fullmatch(proof["created"])):
        return ProofOutcome(FAILED, f"the proof's created {proof['created']!r} is not a date and time with a zone")
    try:
        signature = decode_base58btc(proof["proofValue"])
    except MultibaseError as error:
        return ProofOutcome(FAILED, f"the proofValue: {error}")
    if len(signature) != 64:
        return ProofOutcome(FAILED, f"the proofValue holds {len(signature)} bytes, not an Ed25519 signature's 64")
    try:
        method = keys.resolve(proof["verificationMethod"], documents, PURPOSE)
    except keys.KeyNotFound as error:
        return ProofOutcome(INCONCLUSIVE, str(error))
    except keys.KeyRejected as error:
        return ProofOutcome(FAILED, str(error))
    try:
        data = hash_data(document, proof)
    except CanonicalizationError as error:
        return ProofOutcome(FAILED, f"the credential has no canonical form: {error}")
    try:
        Ed25519PublicKey.from_public_bytes(method.public_key).verify(signature, data.bytes)
    except InvalidSignature:
        return ProofOutcome(FAILED, f"the signature does not match the credential: it was changed after "
                                    f"{method.id} signed it, or that key did not sign it")
    return ProofOutcome(PASSED, f"an {CRYPTOSUITE} signature by {method.id}", method)


def verify_proofs(document, documents=None):
    """Every proof of the document (a proof set), each checked on the document without any of them."""
    proofs = document.get("proof")
    if proofs is None:
        return [ProofOutcome(FAILED, "the credential has no proof")]
    if not isinstance(proofs, list):
        proofs = [proofs]
    if not proofs:
        return [ProofOutcome(FAILED, "the credential's proof list is empty")]
    return [verify_proof(document, proof, documents) for proof in proofs]
