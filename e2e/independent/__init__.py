"""An independent check of Cairn's credentials, written from the W3C specifications: Data Integrity
eddsa-rdfc-2022 proofs (pyld for RDFC-1.0, `cryptography` for Ed25519), did:key and given DID documents,
the validity period, Bitstring Status List entries, and a CLR 2.0 record with the credentials it holds. It shares no code with CairnCredentials.
"""

from .learner_record import LearnerRecordReport, verify_learner_record
from .report import CheckResult, Report
from .verify import verify_credential

__all__ = ["CheckResult", "LearnerRecordReport", "Report", "verify_credential", "verify_learner_record"]
