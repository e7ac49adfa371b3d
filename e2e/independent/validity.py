"""The validity period check: `validFrom` and `validUntil` (VC Data Model 2.0) against a time."""

from datetime import datetime

from .proof import DATE_TIME
from .report import FAILED, PASSED, VALIDITY_PERIOD, CheckResult


def parse_date_time(value):
    """An aware datetime from an XML Schema dateTimeStamp (a zone is required); None if it is not one."""
    if not isinstance(value, str) or not DATE_TIME.fullmatch(value):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def check_validity_period(credential, now):
    """Passes when now is at or after validFrom and before validUntil (each only if present)."""
    bounds = {}
    for name in ("validFrom", "validUntil"):
        if name in credential:
            moment = parse_date_time(credential[name])
            if moment is None:
                return CheckResult(VALIDITY_PERIOD, FAILED,
                                   f"{name} {credential[name]!r} is not a date and time with a zone")
            bounds[name] = moment
    start, end = bounds.get("validFrom"), bounds.get("validUntil")
    stamp = now.isoformat()
    if start and now < start:
        return CheckResult(VALIDITY_PERIOD, FAILED, f"not valid before {start.isoformat()} (checked at {stamp})")
    if end and now >= end:
        return CheckResult(VALIDITY_PERIOD, FAILED, f"expired at {end.isoformat()} (checked at {stamp})")
    described = {(True, True): f"valid from {start} until {end}", (True, False): f"valid since {start}, with no end",
                 (False, True): f"valid until {end}", (False, False): "the credential states no validity period"}
    return CheckResult(VALIDITY_PERIOD, PASSED, described[(start is not None, end is not None)])
