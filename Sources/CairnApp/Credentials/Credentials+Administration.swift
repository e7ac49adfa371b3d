import CairnCore
import CairnStore
import Foundation

extension Credentials {
    /// One page of the credentials an admin's organization issued, newest first, with each educator's name.
    public struct IssuedPage: Sendable {
        public let credentials: [(credential: IssuedCredential, educatorName: String)]
        public let page: Int
        public let hasNextPage: Bool
    }

    /// How many credentials one page lists.
    public static let pageSize = 50

    /// The issued credentials of the admin's organization, page `page` (from 1).
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin`.
    public func issued(page: Int, by admin: Member) throws -> IssuedPage {
        try admin.checkAdmin()
        let page = max(1, page)
        let rows = try store.credentials.credentials(in: admin.organization.id, limit: Self.pageSize + 1, offset: (page - 1) * Self.pageSize)
        return IssuedPage(credentials: rows.prefix(Self.pageSize).map { ($0.0, $0.educatorName) }, page: page,
                          hasNextPage: rows.count > Self.pageSize)
    }

    /// The admin's organization as an issuer: its profile.
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin`.
    public func issuerProfile(by admin: Member) throws -> IssuerProfile {
        try admin.checkAdmin()
        return try store.issuers.profile(of: admin.organization.id)
    }

    /// Saves how the admin's organization appears as issuer in the credentials it issues from now on.
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin`; `IssuerProfileError` for a field that is wrong.
    public func saveIssuerProfile(url: String, email: String, description: String, by admin: Member) throws {
        try admin.checkAdmin()
        let profile = try IssuerProfile.checked(organizationID: admin.organization.id, url: url, email: email, description: description)
        try store.issuers.save(profile, at: installation.clock())
    }
}
