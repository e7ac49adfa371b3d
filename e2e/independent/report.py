"""The outcome of an independent check: one result per check, and the verdict they add up to."""

from dataclasses import dataclass, field

# How a check came out; the words are those of Cairn's own verification report.
PASSED = "passed"
FAILED = "failed"
INCONCLUSIVE = "inconclusive"
NOT_APPLICABLE = "not applicable"

# The checks, by the names Cairn's verifier gives them in its JSON report.
PROOF = "proof"
ISSUER_KEY = "issuerKey"
VALIDITY_PERIOD = "validityPeriod"
STATUS = "status"


@dataclass(frozen=True)
class CheckResult:
    """One check: its name, how it came out, and why, in words a person reads."""

    check: str
    status: str
    reason: str

    @property
    def passed(self):
        return self.status == PASSED

    def as_dict(self):
        return {"check": self.check, "status": self.status, "reason": self.reason}


@dataclass(frozen=True)
class Report:
    """Every check run on one credential, in order, with the verdict they give."""

    checks: tuple = field(default_factory=tuple)

    @property
    def verdict(self):
        """'invalid' when a check failed, else 'inconclusive' when one could not be decided, else 'valid'."""
        statuses = {result.status for result in self.checks}
        if FAILED in statuses:
            return "invalid"
        if INCONCLUSIVE in statuses:
            return "inconclusive"
        return "valid"

    @property
    def verified(self):
        """Whether every check passed or had nothing to check."""
        return self.verdict == "valid"

    def __getitem__(self, check):
        for result in self.checks:
            if result.check == check:
                return result
        raise KeyError(f"no {check!r} check in this report (it has {[r.check for r in self.checks]})")

    def as_dict(self):
        return {"verdict": self.verdict, "checks": [result.as_dict() for result in self.checks]}

    def __str__(self):
        lines = [f"verdict: {self.verdict}"]
        lines += [f"  {r.check}: {r.status}: {r.reason}" for r in self.checks]
        return "\n".join(lines)
