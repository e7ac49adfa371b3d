"""Makes Cairn's VC-JWT fixtures with Python `cryptography` (an implementation independent of Cairn's):
an ES384 token whose kid is the did:key of W3C vc-di-ecdsa's P-384 vector key, and an RS256 token
carrying a fresh 2048-bit RSA public key in its `jwk` header. ECDSA and RSA keys are made or read
here; the output (tokens.json) is what the tests read. Run from this folder: python3 make-tokens.py"""
import base64, json
from cryptography.hazmat.primitives.asymmetric import ec, rsa, padding, utils
from cryptography.hazmat.primitives import hashes

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
def b58decode(text):
    n = 0
    for c in text:
        n = n * 58 + B58.index(c)
    return b"\0" * (len(text) - len(text.lstrip("1"))) + n.to_bytes((n.bit_length() + 7) // 8, "big")
def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
def part(obj):
    return b64(json.dumps(obj, separators=(",", ":"), sort_keys=True).encode())

pair = json.load(open("../vc-di-ecdsa/p384KeyPair.json"))
secret = b58decode(pair["privateKeyMultibase"][1:])[2:]          # multicodec p384-priv, then d
p384 = ec.derive_private_key(int.from_bytes(secret, "big"), ec.SECP384R1())
did = "did:key:" + pair["publicKeyMultibase"]
credential = {
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    "id": "urn:uuid:9a4d3b8e-2f1c-4d55-8b0e-6c2f1e7a9d10",
    "type": ["VerifiableCredential"],
    "issuer": did,
    "validFrom": "2024-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:learner"},
}
signing_input = part({"alg": "ES384", "kid": did + "#" + pair["publicKeyMultibase"], "typ": "vc+jwt"}) + "." + part(credential)
r, s = utils.decode_dss_signature(p384.sign(signing_input.encode(), ec.ECDSA(hashes.SHA384())))
es384 = signing_input + "." + b64(r.to_bytes(48, "big") + s.to_bytes(48, "big"))

rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
numbers = rsa_key.public_key().public_numbers()
jwk = {"kty": "RSA", "n": b64(numbers.n.to_bytes(256, "big")), "e": b64(numbers.e.to_bytes(3, "big"))}
claims = {"iss": "https://school.example/issuer", "nbf": 1704067200, "jti": "urn:uuid:5e0b8c36-0d5c-4e0c-9d1e-3b7f5a2c8e41",
          "vc": {"@context": ["https://www.w3.org/2018/credentials/v1"], "id": "urn:uuid:5e0b8c36-0d5c-4e0c-9d1e-3b7f5a2c8e41",
                 "type": ["VerifiableCredential"], "issuer": "https://school.example/issuer",
                 "issuanceDate": "2024-01-01T00:00:00Z", "credentialSubject": {"id": "did:example:learner"}}}
signing_input = part({"alg": "RS256", "jwk": jwk, "typ": "JWT"}) + "." + part(claims)
rs256 = signing_input + "." + b64(rsa_key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256()))

json.dump({"es384-did-key": es384, "rs256-jwk-header": rs256}, open("tokens.json", "w"), indent=2)
