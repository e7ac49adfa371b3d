/// The credential schema check: each `credentialSchema` entry of type `1EdTechJsonSchemaValidator2019`
/// validated with the bundled JSON Schemas (draft 2019-09).
extension CredentialVerifier {
    func credentialSchemaCheck(_ credential: JSON) -> CheckResult {
        let results = CredentialSchemaCheck(loader: schemas).check(credential)
        guard !results.isEmpty else {
            return CheckResult(.credentialSchema, .notApplicable, "the credential names no credentialSchema")
        }
        var notes: [String] = []
        var inconclusive: [String] = []
        for result in results {
            let name = result.id ?? "an entry"
            switch result.outcome {
            case .conforms: notes.append("conforms to \(name)")
            case .violations(let violations) where violations.allSatisfy(Self.isCompactedSingleton):
                notes.append("conforms to \(name) but for \(violations.map(\.path).joined(separator: ", ")), a single value where "
                             + "the plain JSON schema wants an array (JSON-LD compaction allows it; 1EdTech's validator warns too)")
            case .violations(let violations):
                let shown = violations.prefix(3).map(\.description).joined(separator: "; ")
                let more = violations.count > 3 ? " (and \(violations.count - 3) more)" : ""
                return CheckResult(.credentialSchema, .failed, "the credential does not conform to \(name): \(shown)\(more)")
            case .malformed(let reason): return CheckResult(.credentialSchema, .failed, reason)
            case .notChecked(let reason): notes.append(reason)
            case .unavailable(let error):
                if StructureCheck.kind(of: credential) == .clr, name.contains("/clr/v2p0/") {
                    notes.append("the CLR 2.0 schema \(name) is not bundled; the structure check covered its required fields in code")
                } else {
                    inconclusive.append("\(error)")
                }
            }
        }
        if !inconclusive.isEmpty {
            return CheckResult(.credentialSchema, .inconclusive, "a schema could not be had: " + inconclusive.joined(separator: "; "))
        }
        let allConform = results.allSatisfy { $0.outcome == .conforms }
        return CheckResult(.credentialSchema, allConform ? .passed : .warning, notes.joined(separator: "; "))
    }

    /// OB 3.0 lets `type`, `proof`, `credentialSchema` and `termsOfUse` be a single value (compacted JSON-LD),
    /// which the plain JSON schema refuses as not an array.
    static func isCompactedSingleton(_ violation: JSONSchemaViolation) -> Bool {
        let compactable = ["/proof", "/credentialSchema", "/termsOfUse"]
        return violation.message.hasPrefix("must be an array")
            && (compactable.contains(violation.path) || violation.path.hasSuffix("/type") || violation.path == "/type")
    }
}
