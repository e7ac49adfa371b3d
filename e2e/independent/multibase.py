"""The two multibase encodings credentials use: base58btc (`z`) for keys and signatures, base64url
without padding (`u`) for status lists."""

import base64

BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_VALUES = {character: value for value, character in enumerate(BASE58_ALPHABET)}


class MultibaseError(ValueError):
    """A value that is not in the multibase encoding expected."""


def base58_decode(text):
    """The bytes of a base58 (Bitcoin alphabet) string; each leading '1' is a zero byte."""
    number = 0
    for character in text:
        if character not in _BASE58_VALUES:
            raise MultibaseError(f"{character!r} is not a base58 character")
        number = number * 58 + _BASE58_VALUES[character]
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    zeros = len(text) - len(text.lstrip("1"))
    return b"\x00" * zeros + body


def base58_encode(data):
    """The base58 (Bitcoin alphabet) string of bytes; each leading zero byte is a '1'."""
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, digit = divmod(number, 58)
        out = BASE58_ALPHABET[digit] + out
    zeros = len(data) - len(data.lstrip(b"\x00"))
    return "1" * zeros + out


def decode_base58btc(value):
    """The bytes of a multibase base58btc value: 'z' followed by base58."""
    if not isinstance(value, str) or not value.startswith("z"):
        raise MultibaseError(f"{value!r} is not multibase base58btc (it must begin with 'z')")
    return base58_decode(value[1:])


def decode_base64url(value):
    """The bytes of a multibase base64url value: 'u' followed by base64url without padding."""
    if not isinstance(value, str) or not value.startswith("u"):
        raise MultibaseError(f"{value!r} is not multibase base64url (it must begin with 'u')")
    body = value[1:]
    if "=" in body or any(c not in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" for c in body):
        raise MultibaseError("the value is not base64url without padding")
    try:
        return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except ValueError as error:
        raise MultibaseError(f"the value is not base64url: {error}") from error
