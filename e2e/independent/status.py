"""The status check: a BitstringStatusListEntry read from its status list credential (W3C Bitstring
Status List v1.0, "Validate Algorithm").

The list credential is given by the caller (nothing is fetched) and is verified first: its own proof,
that its issuer controls the key, its validity period. Its `encodedList` is multibase base64url (`u`)
of the GZIP-compressed bitstring; index 0 is the left-most bit of the first byte, and the entry at index
i with statusSize s is the s bits from position i·s.
"""

import json
import zlib

from .report import FAILED, INCONCLUSIVE, NOT_APPLICABLE, PASSED, STATUS, CheckResult
from .multibase import MultibaseError, decode_base64url

MINIMUM_ENTRIES = 131_072
# A decompressed list larger than this is refused (a few kilobytes of GZIP can expand to gigabytes).
MAXIMUM_BYTES = 16 * 1024 * 1024


class StatusError(Exception):
    """The status cannot be read: the error names are the spec's (MALFORMED_VALUE_ERROR, …)."""

    def __init__(self, code, message):
        super().__init__(f"{code}: {message}")
        self.code = code


def decode_bitstring(encoded_list):
    """The uncompressed bitstring of an encodedList."""
    try:
        compressed = decode_base64url(encoded_list)
    except MultibaseError as error:
        raise StatusError("MALFORMED_VALUE_ERROR", f"encodedList: {error}") from error
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)  # GZIP framing only
    try:
        bitstring = inflater.decompress(compressed, MAXIMUM_BYTES + 1)
    except zlib.error as error:
        raise StatusError("MALFORMED_VALUE_ERROR", f"encodedList is not GZIP: {error}") from error
    if len(bitstring) > MAXIMUM_BYTES:
        raise StatusError("MALFORMED_VALUE_ERROR", f"the list expands past {MAXIMUM_BYTES} bytes")
    if not inflater.eof:
        raise StatusError("MALFORMED_VALUE_ERROR", "encodedList is cut short")
    return bitstring


def read_status(bitstring, index, size=1):
    """The value of the entry at index: size bits from bit index·size, the first bit the most significant."""
    if len(bitstring) * 8 // size < MINIMUM_ENTRIES:
        raise StatusError("STATUS_LIST_LENGTH_ERROR",
                          f"the list has room for {len(bitstring) * 8 // size} entries, fewer than {MINIMUM_ENTRIES}")
    first = index * size
    if first + size > len(bitstring) * 8:
        raise StatusError("RANGE_ERROR", f"index {index} lies past the end of the list ({len(bitstring) * 8} bits)")
    value = 0
    for position in range(first, first + size):
        bit = (bitstring[position // 8] >> (7 - position % 8)) & 1
        value = (value << 1) | bit
    return value


def _entry_fields(entry):
    """The index, size and messages of an entry, checked as the spec writes them."""
    index_text = entry.get("statusListIndex")
    if not isinstance(index_text, str) or not index_text.isascii() or not index_text.isdigit():
        raise StatusError("MALFORMED_VALUE_ERROR", f"statusListIndex {index_text!r} is not a base-10 integer string")
    size = entry.get("statusSize", 1)
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise StatusError("MALFORMED_VALUE_ERROR", f"statusSize {size!r} is not an integer above 0")
    messages = entry.get("statusMessage")
    if size > 1 and not (isinstance(messages, list) and len(messages) == 2 ** size):
        raise StatusError("MALFORMED_VALUE_ERROR", f"a statusSize of {size} needs {2 ** size} statusMessage entries")
    return int(index_text), size, messages


def _message(messages, value):
    for message in messages or []:
        if isinstance(message, dict) and isinstance(message.get("status"), str):
            try:
                if int(message["status"], 16) == value:
                    return message.get("message")
            except ValueError:
                continue
    return None


def check_entry(entry, status_lists, verify_list):
    """The status of one BitstringStatusListEntry. verify_list(list_credential) is the list's own
    verification report."""
    if entry.get("type") != "BitstringStatusListEntry":
        return CheckResult(STATUS, INCONCLUSIVE, f"a {entry.get('type')!r} status entry is not checked here")
    purpose = entry.get("statusPurpose")
    url = entry.get("statusListCredential")
    try:
        index, size, messages = _entry_fields(entry)
        if not isinstance(purpose, str) or not isinstance(url, str):
            raise StatusError("MALFORMED_VALUE_ERROR", "the entry needs a statusPurpose and a statusListCredential")
        if entry.get("id") == url:
            raise StatusError("MALFORMED_VALUE_ERROR", "the entry's id is the status list's URL")
        if url not in (status_lists or {}):
            return CheckResult(STATUS, INCONCLUSIVE,
                               f"STATUS_RETRIEVAL_ERROR: the status list {url} was not given, and nothing is fetched")
        list_credential = status_lists[url]
        if isinstance(list_credential, (str, bytes)):
            try:
                list_credential = json.loads(list_credential)
            except ValueError as error:
                raise StatusError("STATUS_RETRIEVAL_ERROR", f"the status list {url} is not JSON") from error
        if not isinstance(list_credential, dict):
            raise StatusError("STATUS_RETRIEVAL_ERROR", f"the status list {url} is not a JSON object")
        if "BitstringStatusListCredential" not in _as_list(list_credential.get("type")):
            raise StatusError("STATUS_VERIFICATION_ERROR", f"{url} is not a BitstringStatusListCredential")
        report = verify_list(list_credential)
        if not report.verified:
            raise StatusError("STATUS_VERIFICATION_ERROR",
                              f"the status list {url} does not verify: "
                              + "; ".join(f"{r.check} {r.status}: {r.reason}" for r in report.checks
                                          if r.status in (FAILED, INCONCLUSIVE)))
        subject = list_credential.get("credentialSubject")
        if not isinstance(subject, dict) or subject.get("type") != "BitstringStatusList":
            raise StatusError("MALFORMED_VALUE_ERROR", f"the subject of {url} is not a BitstringStatusList")
        if purpose not in _as_list(subject.get("statusPurpose")):
            raise StatusError("STATUS_VERIFICATION_ERROR",
                              f"the entry's purpose {purpose!r} is not the list's ({subject.get('statusPurpose')!r})")
        value = read_status(decode_bitstring(subject.get("encodedList")), index, size)
    except StatusError as error:
        return CheckResult(STATUS, FAILED, str(error))
    message = _message(messages, value)
    said = f" ({message})" if message else ""
    if purpose in ("revocation", "suspension") and value:
        return CheckResult(STATUS, FAILED, f"{'revoked' if purpose == 'revocation' else 'suspended'}: "
                                           f"entry {index} of {url} is set{said}")
    if purpose in ("revocation", "suspension"):
        return CheckResult(STATUS, PASSED, f"not {'revoked' if purpose == 'revocation' else 'suspended'}: "
                                           f"entry {index} of {url} is unset")
    return CheckResult(STATUS, PASSED, f"{purpose} status {value:#x}{said} at entry {index} of {url}")


def _as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def check_status(credential, status_lists, verify_list):
    """The status check of a credential: each entry in credentialStatus; the first that fails decides."""
    entries = _as_list(credential.get("credentialStatus"))
    if not entries:
        return CheckResult(STATUS, NOT_APPLICABLE, "the credential has no status entry")
    results = [check_entry(entry, status_lists, verify_list) if isinstance(entry, dict)
               else CheckResult(STATUS, FAILED, "a credentialStatus entry is not a JSON object") for entry in entries]
    for wanted in (FAILED, INCONCLUSIVE):
        for result in results:
            if result.status == wanted:
                return result
    return CheckResult(STATUS, PASSED, "; ".join(result.reason for result in results))
