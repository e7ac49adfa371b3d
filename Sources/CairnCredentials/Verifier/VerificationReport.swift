/// What verifying a credential found: an overall verdict and every check on its own, in the order run.
public struct VerificationReport: Sendable, Equatable {
    /// The overall verdict.
    public enum Verdict: String, Sendable, Equatable {
        case valid, invalid, inconclusive
    }

    /// What the input was read as (e.g. "JSON", "VC-JWT", "PNG (baked JSON)"); nil when it could not be read.
    public let format: String?
    /// The credential that was checked, when the input held one.
    public let credential: JSON?
    /// The checks, in the order run.
    public let checks: [CheckResult]

    public init(format: String?, credential: JSON?, checks: [CheckResult]) {
        (self.format, self.credential, self.checks) = (format, credential, checks)
    }

    /// Invalid when any check failed; otherwise inconclusive when any could not be decided; otherwise
    /// valid (warnings allowed).
    public var verdict: Verdict {
        if checks.contains(where: { $0.status == .failed }) { return .invalid }
        if checks.contains(where: { $0.status == .inconclusive }) { return .inconclusive }
        return .valid
    }

    /// The result of one check, if it was run.
    public subscript(check: VerificationCheck) -> CheckResult? {
        checks.first { $0.check == check }
    }

    /// The first check that failed, if any.
    public var firstFailure: CheckResult? { checks.first { $0.status == .failed } }

    /// The report as JSON: `verdict`, `format`, and `checks` (each with `check`, `status`, `reason` and the
    /// reports of the credentials it verified in turn).
    public var json: JSON {
        var members: [String: JSON] = ["verdict": .string(verdict.rawValue), "checks": .array(checks.map(\.json))]
        if let format { members["format"] = .string(format) }
        if let id = credential?["id"]?.stringValue { members["id"] = .string(id) }
        return .object(members)
    }
}

/// The checks the verifier runs, in their order.
public enum VerificationCheck: String, Sendable, Equatable, CaseIterable {
    case input, context, structure, credentialSchema, jsonLD, proof, issuerKey, validityPeriod, status, embeddedCredentials

    /// The check's name as a person reads it.
    public var title: String {
        switch self {
        case .input: "Input"
        case .context: "Context"
        case .structure: "Structure"
        case .credentialSchema: "Credential schema"
        case .jsonLD: "JSON-LD"
        case .proof: "Proof"
        case .issuerKey: "Issuer key"
        case .validityPeriod: "Validity period"
        case .status: "Status"
        case .embeddedCredentials: "Embedded credentials"
        }
    }
}

/// The outcome of one check.
public struct CheckResult: Sendable, Equatable {
    /// How a check came out. Only `failed` and `inconclusive` weigh on the verdict.
    public enum Status: String, Sendable, Equatable {
        /// The check passed.
        case passed
        /// The check passed, with something a person should know.
        case warning
        /// The check found the credential wrong: the verdict is invalid.
        case failed
        /// The check could not be decided (offline, an unsupported suite, …): never a pass.
        case inconclusive
        /// Nothing to check (e.g. no status entry, or no key because no proof verified).
        case notApplicable = "not applicable"
    }

    public let check: VerificationCheck
    public let status: Status
    /// Why, in words a person understands.
    public let reason: String
    /// The reports of credentials checked in turn (endorsements, a CLR's credentials).
    public let embedded: [VerificationReport]

    public init(_ check: VerificationCheck, _ status: Status, _ reason: String, embedded: [VerificationReport] = []) {
        (self.check, self.status, self.reason, self.embedded) = (check, status, reason, embedded)
    }

    /// The result as JSON.
    public var json: JSON {
        var members: [String: JSON] = ["check": .string(check.rawValue), "status": .string(status.rawValue),
                                       "reason": .string(reason)]
        if !embedded.isEmpty { members["embedded"] = .array(embedded.map(\.json)) }
        return .object(members)
    }
}
