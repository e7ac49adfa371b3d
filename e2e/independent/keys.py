"""Finding the Ed25519 public key a proof names, and who controls it.

`did:key` (W3C CCG did:key): the DID is the key, `z` + base58btc(multicodec 0xed 0x01 + 32 bytes),
resolved here with no look-up. Any other DID (did:web) or controller URL: from a DID document the
caller gives, which must name the method under `assertionMethod` (W3C Controlled Identifiers,
"Retrieve Verification Method").
"""

import base64
import json
from dataclasses import dataclass

from .multibase import MultibaseError, decode_base58btc

ED25519_MULTICODEC = b"\xed\x01"


class KeyNotFound(Exception):
    """The key cannot be had without something the caller did not give (a DID document)."""


class KeyRejected(Exception):
    """The verification method is wrong: malformed, not the issuer's to assert with, not Ed25519."""


@dataclass(frozen=True)
class VerificationMethod:
    """An Ed25519 public key, the URL that names it, and its controller."""

    id: str
    controller: str
    public_key: bytes


def ed25519_from_multikey(value):
    """The 32 bytes of an Ed25519 key in Multikey form (`z6Mk…`)."""
    try:
        data = decode_base58btc(value)
    except MultibaseError as error:
        raise KeyRejected(f"the public key {value!r}: {error}") from error
    if data[:2] != ED25519_MULTICODEC:
        raise KeyRejected(f"the public key {value!r} is not Ed25519 (multicodec {data[:2].hex()}, want ed01)")
    if len(data) != 34:
        raise KeyRejected(f"the Ed25519 key {value!r} is {len(data) - 2} bytes, not 32")
    return data[2:]


def did_key_method(did_url):
    """The verification method of a did:key DID URL; its fragment, if any, must be the key itself."""
    did, _, fragment = did_url.partition("#")
    multibase = did[len("did:key:"):]
    if not multibase or any(c in multibase for c in ":/?;"):
        raise KeyRejected(f"{did_url!r} is not a did:key of one key")
    if fragment and fragment != multibase:
        raise KeyRejected(f"the fragment #{fragment} of {did_url!r} is not the key's own")
    return VerificationMethod(id=f"{did}#{multibase}", controller=did, public_key=ed25519_from_multikey(multibase))


def _absolute(reference, document_id):
    """A DID URL as written in a DID document, made absolute against the document's id."""
    return document_id + reference if reference.startswith("#") else reference


def _ed25519_from_method(method):
    if "publicKeyMultibase" in method:
        return ed25519_from_multikey(method["publicKeyMultibase"])
    jwk = method.get("publicKeyJwk")
    if isinstance(jwk, dict):
        if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519" or not isinstance(jwk.get("x"), str):
            raise KeyRejected(f"the JWK of {method.get('id')} is not an Ed25519 public key (kty OKP, crv Ed25519)")
        x = jwk["x"]
        try:
            key = base64.urlsafe_b64decode(x + "=" * (-len(x) % 4))
        except ValueError as error:
            raise KeyRejected(f"the JWK of {method.get('id')} has an x that is not base64url") from error
        if len(key) != 32:
            raise KeyRejected(f"the Ed25519 JWK of {method.get('id')} holds {len(key)} bytes, not 32")
        return key
    raise KeyRejected(f"{method.get('id')} has neither publicKeyMultibase nor publicKeyJwk")


def document_method(did_url, document, purpose="assertionMethod"):
    """The verification method did_url names in a DID (or controller) document, when the document
    lists it under purpose."""
    if isinstance(document, (str, bytes)):
        document = json.loads(document)
    controller_id = did_url.partition("#")[0]
    if not isinstance(document, dict) or document.get("id") != controller_id:
        found = document.get("id") if isinstance(document, dict) else type(document).__name__
        raise KeyRejected(f"the document given for {controller_id} has the id {found!r}, not {controller_id!r}")
    methods = {}
    for entry in list(document.get("verificationMethod") or []) + list(document.get(purpose) or []):
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            methods[_absolute(entry["id"], controller_id)] = entry
    listed = set()
    for entry in document.get(purpose) or []:
        reference = entry if isinstance(entry, str) else entry.get("id") if isinstance(entry, dict) else None
        if isinstance(reference, str):
            listed.add(_absolute(reference, controller_id))
    method = methods.get(did_url)
    if method is None:
        raise KeyRejected(f"{controller_id}'s document has no verification method {did_url}")
    if did_url not in listed:
        raise KeyRejected(f"{controller_id}'s document does not list {did_url} under {purpose}")
    controller = method.get("controller")
    if not isinstance(controller, str):
        raise KeyRejected(f"the verification method {did_url} names no controller")
    return VerificationMethod(id=did_url, controller=controller, public_key=_ed25519_from_method(method))


def resolve(did_url, documents, purpose="assertionMethod"):
    """The verification method a proof names: did:key by itself, anything else from the documents given
    (keyed by DID or controller URL, as JSON text or parsed)."""
    if not isinstance(did_url, str) or not did_url:
        raise KeyRejected("the proof names no verification method")
    if did_url.startswith("did:key:"):
        return did_key_method(did_url)
    controller_id = did_url.partition("#")[0]
    document = (documents or {}).get(controller_id)
    if document is None:
        raise KeyNotFound(f"the document of {controller_id} was not given, and nothing is fetched")
    return document_method(did_url, document, purpose)
