import CairnCredentials
import Foundation

/// What verifying a credential found, in words for the person holding it and for whoever checks it:
/// the verdict, and each check with why it came out so and what that means.
public struct CredentialVerification: Sendable, Equatable {
    /// The overall answer.
    public enum Verdict: String, Sendable, Equatable {
        case valid, invalid, inconclusive
    }

    /// One check.
    public struct Check: Sendable, Equatable {
        /// The check's name ("Proof", "Validity period", …).
        public let name: String
        /// `passed`, `warning`, `failed`, `inconclusive` or `not applicable`.
        public let status: String
        /// What the check found, in the verifier's words.
        public let reason: String
        /// What the check looks at, in plain words.
        public let explanation: String
        /// What its outcome means for the person holding the credential.
        public let meaning: String
        /// The verifications of credentials inside this one (endorsements, a learner record's credentials).
        public let embedded: [CredentialVerification]
    }

    public let verdict: Verdict
    /// What the input was read as ("JSON", "VC-JWT", "PNG (baked JSON)"); nil when it could not be read.
    public let format: String?
    public let checks: [Check]
    /// The credential's name and issuer's name, when it had them.
    public let credentialName: String?
    public let issuerName: String?
    /// The report as JSON text (`verdict`, `format`, `checks`), as `cairn verify --json` prints it.
    public let json: String

    /// The verdict in one sentence for the person holding the credential.
    public var summary: String {
        switch verdict {
        case .valid: "This credential is genuine: it was signed by its issuer, has not been changed since, and is in force."
        case .invalid: "This credential does not verify: see the check that failed below."
        case .inconclusive: "This credential could not be fully checked here: see which check could not be decided below."
        }
    }

    init(_ report: VerificationReport) {
        verdict = Verdict(rawValue: report.verdict.rawValue) ?? .inconclusive
        format = report.format
        checks = report.checks.map { result in
            Check(name: result.check.title, status: result.status.rawValue, reason: result.reason,
                  explanation: Self.explanation(result.check), meaning: Self.meaning(result.check, result.status),
                  embedded: result.embedded.map(CredentialVerification.init))
        }
        credentialName = report.credential?["name"]?.stringValue
        issuerName = report.credential?["issuer"]?["name"]?.stringValue
        json = report.json.serialized
    }

    /// What each check looks at.
    static func explanation(_ check: VerificationCheck) -> String {
        switch check {
        case .input: "Whether the file or text holds a credential Cairn can read: JSON, a signed token (JWT), or a badge image with the credential baked in."
        case .context: "Whether the credential names the vocabularies of Verifiable Credentials and Open Badges 3.0 that give its fields their meaning."
        case .structure: "Whether it has what an Open Badges credential must have: an issuer, a recipient, an achievement, dates."
        case .credentialSchema: "Whether it passes the JSON Schema it names (the official Open Badges 3.0 or learner record schema)."
        case .jsonLD: "Whether every field is defined by its vocabularies, so none is silently left out of what the signature covers."
        case .proof: "Whether the issuer's digital signature matches the credential exactly: any change after signing breaks it."
        case .issuerKey: "Whether the key that signed it belongs to the issuer the credential names."
        case .validityPeriod: "Whether today falls between the date it became valid and the date it expires, if it expires."
        case .status: "Whether the issuer has revoked it, from the issuer's published status list."
        case .embeddedCredentials: "Whether the credentials inside it (endorsements, the credentials of a learner record) verify in turn."
        }
    }

    /// What a check's outcome means for the holder.
    static func meaning(_ check: VerificationCheck, _ status: CheckResult.Status) -> String {
        switch (check, status) {
        case (_, .notApplicable): "Nothing to check here."
        case (_, .inconclusive): "This could not be decided here (it needs something not available, such as the network); it is not a pass."
        case (.proof, .passed): "Nothing in the credential has changed since the issuer signed it."
        case (.proof, .failed): "The credential was changed after it was signed, or the signature is not the issuer's: do not rely on it."
        case (.issuerKey, .passed): "The signature is the issuer's own."
        case (.issuerKey, .failed): "Someone other than the named issuer signed it."
        case (.validityPeriod, .passed): "It is in force today."
        case (.validityPeriod, .failed): "It is not in force today: it has expired or is not valid yet. The record of what was earned stays."
        case (.status, .passed): "The issuer has not revoked it."
        case (.status, .failed): "The issuer has withdrawn it; ask them why."
        case (_, .passed): "This part is as it should be."
        case (_, .warning): "It passes, with something worth knowing."
        case (_, .failed): "This part is wrong, so the credential cannot be relied on as it is."
        }
    }
}
