import Foundation

/// The embedded credentials check: every endorsement (on the credential, its issuer, its achievement, …)
/// and a CLR's `credentialSubject.verifiableCredential`, each verified in turn with its own report.
extension CredentialVerifier {
    func embeddedCheck(_ credential: JSON, at now: Date, depth: Int) -> CheckResult {
        var embedded: [JSON] = []
        Self.collectEndorsements(in: credential, into: &embedded)
        if StructureCheck.kind(of: credential) == .clr {
            embedded += credential["credentialSubject"]?["verifiableCredential"]?.asList ?? []
        }
        guard !embedded.isEmpty else {
            return CheckResult(.embeddedCredentials, .notApplicable, "the credential embeds no endorsement or other credential")
        }
        guard depth < maximumNesting else {
            return CheckResult(.embeddedCredentials, .inconclusive,
                               "credentials are nested more than \(maximumNesting) deep; Cairn does not follow them further")
        }
        let reports = embedded.map { item in
            if let token = item.stringValue { return verify(Array(token.utf8), at: now, depth: depth + 1) }
            return run(VerifierInput(format: "embedded JSON", credential: item, jwt: nil), at: now, depth: depth + 1)
        }
        let invalid = reports.filter { $0.verdict == .invalid }.count
        let inconclusive = reports.filter { $0.verdict == .inconclusive }.count
        let count = "\(reports.count) embedded credential\(reports.count == 1 ? "" : "s")"
        if invalid > 0 { return CheckResult(.embeddedCredentials, .failed, "\(invalid) of \(count) \(invalid == 1 ? "is" : "are") invalid", embedded: reports) }
        if inconclusive > 0 {
            return CheckResult(.embeddedCredentials, .inconclusive, "\(inconclusive) of \(count) could not be decided", embedded: reports)
        }
        return CheckResult(.embeddedCredentials, .passed, "\(count), all valid", embedded: reports)
    }

    /// Every `endorsement` and `endorsementJwt` item under the document, not descending into the
    /// credentials found (they collect their own) nor into a CLR's credentials.
    static func collectEndorsements(in json: JSON, into found: inout [JSON]) {
        switch json {
        case .object(let members):
            for (key, value) in members.sorted(by: { $0.key < $1.key }) {
                if key == "endorsement" || key == "endorsementJwt" { found += value.asList; continue }
                if key == "verifiableCredential" || key == "proof" { continue }
                collectEndorsements(in: value, into: &found)
            }
        case .array(let items): items.forEach { collectEndorsements(in: $0, into: &found) }
        default: break
        }
    }
}
