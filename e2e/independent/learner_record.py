"""verify_learner_record: the independent check of a CLR 2.0 ClrCredential and of every credential it holds.

The record's own proof covers the whole bundle (the embedded credentials canonicalize as nodes of its
graph, under the CLR context's plain `verifiableCredential` @set); each embedded credential keeps its own
proof by its issuer, and is checked on its own with verify_credential.
"""

from dataclasses import dataclass

from .report import FAILED, INCONCLUSIVE, PASSED, CheckResult, Report
from .verify import verify_credential

EMBEDDED = "embeddedCredentials"


@dataclass(frozen=True)
class LearnerRecordReport:
    """The record's report (its own checks and one for the credentials it holds) and each held credential's report."""

    record: Report
    embedded: tuple

    @property
    def verdict(self):
        return self.record.verdict

    def __str__(self):
        parts = [f"record: {self.record}"]
        parts += [f"credential {index}: {report}" for index, report in enumerate(self.embedded)]
        return "\n".join(parts)


def _embedded_check(reports):
    if not reports:
        return CheckResult(EMBEDDED, FAILED, "a ClrCredential holds at least one credential in credentialSubject.verifiableCredential")
    invalid = [index for index, report in enumerate(reports) if report.verdict == "invalid"]
    if invalid:
        return CheckResult(EMBEDDED, FAILED, f"credentials {invalid} of {len(reports)} do not verify")
    undecided = [index for index, report in enumerate(reports) if report.verdict == "inconclusive"]
    if undecided:
        return CheckResult(EMBEDDED, INCONCLUSIVE, f"credentials {undecided} of {len(reports)} could not be decided")
    return CheckResult(EMBEDDED, PASSED, f"all {len(reports)} credentials verify")


def verify_learner_record(record, did_documents=None, status_lists=None, now=None):
    """Checks a ClrCredential (parsed JSON) as verify_credential does, then every credential it holds;
    the record is valid only when it and each of them are."""
    if "ClrCredential" not in (record.get("type") or []):
        own = Report((CheckResult(EMBEDDED, FAILED, "the type does not include ClrCredential"),))
        return LearnerRecordReport(own, ())
    own = verify_credential(record, did_documents, status_lists, now)
    held = (record.get("credentialSubject") or {}).get("verifiableCredential") or []
    reports = tuple(verify_credential(credential, did_documents, status_lists, now) for credential in held)
    return LearnerRecordReport(Report(own.checks + (_embedded_check(reports),)), reports)
