"""An independent check of Cairn's credentials, written from the W3C specifications: Data Integrity
eddsa-rdfc-2022 proofs (pyld for RDFC-1.0, `cryptography` for Ed25519), did:key and given DID documents,
the validity period, and Bitstring Status List entries. It shares no code with CairnCredentials.
"""

from .report import CheckResult, Report
from .verify import verify_credential

__all__ = ["CheckResult", "Report", "verify_credential"]
