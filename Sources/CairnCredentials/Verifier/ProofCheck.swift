/// The proof check (embedded Data Integrity / Ed25519Signature2020 proofs, or the JWT's signature) and
/// the issuer key check (each key that verified is controlled by the issuer).
extension CredentialVerifier {
    /// The proof check, and the verification methods of the proofs that verified.
    func proofCheck(_ credential: JSON, jwt: JWTVerifier.Verification?) -> (CheckResult, [VerificationMethod]) {
        if let jwt {
            // Read without a time: its `nbf` and `exp` belong to the validity period check.
            return (Self.proofResult([jwt.proof]), jwt.proof.verificationMethod.map { [$0] } ?? [])
        }
        let results = ProofVerifier(loader: loader, keys: keys).verify(credential)
        guard !results.isEmpty else {
            return (CheckResult(.proof, .failed, "the credential has no proof, so nothing shows who issued it or that it is unchanged"), [])
        }
        return (Self.proofResult(results), results.compactMap(\.verificationMethod))
    }

    /// Invalid when any proof is invalid; valid when the rest are valid (unsupported ones noted); else inconclusive.
    static func proofResult(_ results: [ProofResult]) -> CheckResult {
        if let invalid = results.first(where: { $0.verdict == .invalid }) {
            return CheckResult(.proof, .failed, invalid.description)
        }
        let valid = results.filter(\.isValid)
        guard !valid.isEmpty else {
            return CheckResult(.proof, .inconclusive, results.map(\.description).joined(separator: "; "))
        }
        let others = results.filter { !$0.isValid }
        let reason = results.map(\.description).joined(separator: "; ")
        return CheckResult(.proof, others.isEmpty ? .passed : .warning, reason)
    }

    func issuerKeyCheck(_ credential: JSON, methods: [VerificationMethod]) -> CheckResult {
        guard !methods.isEmpty else {
            return CheckResult(.issuerKey, .notApplicable, "no proof verified, so there is no key to match with the issuer")
        }
        guard let issuer = credential["issuer"]?["id"]?.stringValue ?? credential["issuer"]?.stringValue else {
            return CheckResult(.issuerKey, .failed, "the credential names no issuer id to match the key with")
        }
        for method in methods where method.controller != issuer {
            if method.controller.isEmpty {
                return CheckResult(.issuerKey, .inconclusive, "the key came with the token itself (a “jwk” header), "
                                   + "which says nothing of who controls it; nothing ties it to \(issuer)")
            }
            return CheckResult(.issuerKey, .failed, "the key \(method.id) is controlled by \(method.controller), not by the issuer \(issuer)")
        }
        return CheckResult(.issuerKey, .passed, "the signing key is the issuer's: \(issuer) controls \(methods[0].id)")
    }
}
