import Foundation

/// An award of a microcredential that its educator still holds: its credential is neither revoked nor
/// expired. While one stands, nobody earns the same microcredential again (not by enrolling, an assessor's
/// *earned* decision, or a direct award); once it is revoked or expired, they may earn it again.
///
/// A suspended credential still stands (suspension is lifted or turned into a revocation). An award stored
/// before credentials were issued has none, and stands.
public struct StandingAward: Sendable, Equatable, Hashable {
    public let awardID: Award.ID
    /// The credential in force (after a correction, the new one); nil for an award stored before credentials.
    public let credentialID: IssuedCredential.ID?
    /// When the credential expires; nil when it does not.
    public let validUntil: Date?

    public init(awardID: Award.ID, credentialID: IssuedCredential.ID?, validUntil: Date?) {
        (self.awardID, self.credentialID, self.validUntil) = (awardID, credentialID, validUntil)
    }

    /// When it expires, the sentence saying when it may be earned again ("It is valid until 1 March 2027: …"); else empty.
    public var renewalSentence: String {
        validUntil.map { "It is valid until \(DateWords.long($0)): you can earn it again once it has expired." } ?? ""
    }
}
