import CairnCore
import CairnStore
import Foundation

/// The Open Badges 3.0 resources an app or a script reads with a bearer token: the educator's
/// credentials, a page at a time, and their profile. A token opens only its own person's things in
/// its own organization, and only while the membership is active.
public struct OpenBadgesResources: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    /// Who a live token speaks for, and what it may read.
    public struct Access: Sendable {
        public let member: Member
        public let scopes: APIScopes
    }

    /// One page of credentials: the signed documents as issued, and the figures for the paging headers.
    public struct CredentialsPage: Sendable {
        /// Each credential's JSON text exactly as signed (to be placed in the response as is).
        public let documents: [String]
        public let total: Int
        public let limit: Int
        public let offset: Int
    }

    /// The most credentials one page holds, and how many when the app does not say.
    public static let maximumLimit = 1000
    public static let defaultLimit = 100

    /// The page of credentials `limit` and `offset` select (newest first), issued after `since` when given.
    ///
    /// - Throws: `OpenBadgesAPIError` `unauthorized`, `insufficientScope`, `invalidQuery`.
    public func credentials(bearer: String?, limit: String?, offset: String?, since: String?) throws -> CredentialsPage {
        let access = try authenticate(bearer, needing: .credentialReadonly)
        let limit = try Self.number(limit, "limit", minimum: 1) ?? Self.defaultLimit
        let offset = try Self.number(offset, "offset", minimum: 0) ?? 0
        var after: Date?
        if let since, !since.isEmpty {
            guard let date = Self.dateTime(since) else {
                throw OpenBadgesAPIError.invalidQuery("since must be an ISO 8601 date-time, such as 2025-03-01T09:00:00Z.")
            }
            after = date
        }
        let page = try installation.store.credentials.documents(of: access.member.person.id, in: access.member.organization.id,
                                                                since: after, limit: min(limit, Self.maximumLimit), offset: offset)
        return CredentialsPage(documents: page.documents, total: page.total, limit: min(limit, Self.maximumLimit), offset: offset)
    }

    /// The educator's profile as an Open Badges 3.0 `Profile`.
    public func profile(bearer: String?) throws -> OpenBadgesProfile {
        let person = try authenticate(bearer, needing: .profileReadonly).member.person
        return OpenBadgesProfile(id: "urn:uuid:" + person.id.rawValue, type: ["Profile"], name: person.displayName,
                                 email: person.email.rawValue)
    }

    /// Refuses what Cairn does not offer (upserting a credential, replacing the profile), after the
    /// token is checked: 401 without a live token, then 405.
    public func refuseChange(bearer: String?) throws -> Never {
        _ = try authenticate(bearer, needing: nil)
        throw OpenBadgesAPIError.notAllowed
    }

    /// The person behind a live access token or personal access token, checking `scope` when given.
    func authenticate(_ bearer: String?, needing scope: APIScope?) throws -> Access {
        guard let bearer, !bearer.isEmpty else { throw OpenBadgesAPIError.unauthorized }
        let store = installation.store, now = installation.clock()
        let hash = Crypto.sha256Hex(bearer)
        let personID: Person.ID, organizationID: Organization.ID, scopes: APIScopes
        if bearer.hasPrefix(APIConnections.personalTokenPrefix) {
            guard let token = try store.personalAccessTokens.find(hash: hash), token.revokedAt == nil else {
                throw OpenBadgesAPIError.unauthorized
            }
            try store.personalAccessTokens.markUsed(token.id, at: now)
            (personID, organizationID, scopes) = (token.personID, token.organizationID, token.scopes)
        } else {
            guard let token = try store.oauth.token(hash: hash, kind: .access), token.isLive(at: now) else {
                throw OpenBadgesAPIError.unauthorized
            }
            (personID, organizationID, scopes) = (token.personID, token.organizationID, token.scopes)
        }
        guard let member = try store.members.fetchMember(person: personID, organization: organizationID), member.isActive else {
            throw OpenBadgesAPIError.unauthorized
        }
        if let scope, !scopes.contains(scope) { throw OpenBadgesAPIError.insufficientScope(scope) }
        return Access(member: member, scopes: scopes)
    }

    private static func number(_ text: String?, _ name: String, minimum: Int) throws(OpenBadgesAPIError) -> Int? {
        guard let text, !text.isEmpty else { return nil }
        guard let value = Int(text), value >= minimum else {
            throw .invalidQuery("\(name) must be a whole number of at least \(minimum).")
        }
        return value
    }

    /// An ISO 8601 date-time, with or without fractional seconds.
    static func dateTime(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }
}

/// The educator as an Open Badges 3.0 `Profile` (the `profile.readonly` answer).
public struct OpenBadgesProfile: Encodable, Sendable, Equatable {
    public let id: String
    public let type: [String]
    public let name: String
    public let email: String
}
