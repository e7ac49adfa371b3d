import CairnCore
import CairnStore
import Foundation

/// Awarding a microcredential directly to a list of educators, without submissions: from the admin's
/// form or CSV, or from `cairn award`.
///
/// Each row is awarded in its own transaction (the award, its signed credential and status entry, the
/// credentials of the pathways it completes, the educator's notification), so a row refused or failing
/// leaves nothing behind and never stops the others. The report tells each row's fate.
public struct BulkAwarding: Sendable {
    let installation: Installation
    let notifications: Notifications

    public init(installation: Installation, notifications: Notifications) {
        (self.installation, self.notifications) = (installation, notifications)
    }

    var store: Store { installation.store }

    /// What became of one row.
    public struct RowResult: Sendable, Equatable {
        public enum Outcome: Sendable, Equatable {
            /// Awarded: the credential, its URL, and the titles of the pathways it completed.
            case awarded(IssuedCredential.ID, url: String, pathways: [String])
            case refused(DirectAwardProblem)
        }

        public let line: Int
        public let email: String
        public let outcome: Outcome

        public var isAwarded: Bool { if case .awarded = outcome { true } else { false } }
    }

    /// What one run did, row by row in the list's order.
    public struct Report: Sendable {
        public let microcredential: Microcredential
        public let version: MicrocredentialVersion
        public let rows: [RowResult]

        public var awarded: [RowResult] { rows.filter(\.isAwarded) }
        public var refused: [RowResult] { rows.filter { !$0.isAwarded } }
    }

    /// The microcredentials an admin may award: the organization's published ones, by title.
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin`.
    public func choices(by admin: Member) throws -> [CatalogEntry] {
        try admin.checkAdmin()
        return try store.microcredentials.catalog(organization: admin.organization.id)
            .sorted { $0.design.title.localizedCaseInsensitiveCompare($1.design.title) == .orderedAscending }
    }

    /// Awards the latest published version of the admin's organization's microcredential to every row it can.
    ///
    /// - Parameter failed: told of each row that failed for a reason other than the row itself (a credential that could not be signed).
    /// - Throws: `MemberAdministrationError.notAnAdmin`; `DatabaseError.notFound` for another organization's
    ///   microcredential; `BulkAwardingError.notPublished` when it has no published version.
    public func award(_ microcredentialID: Microcredential.ID, to list: DirectAwardList, by admin: Member,
                      failed: (Int, any Error) -> Void = { _, _ in }) throws -> Report {
        try admin.checkAdmin()
        let microcredential = try store.microcredentials.find(microcredentialID, in: admin.organization.id)
        return try run(microcredential, in: admin.organization.id, to: list, by: .admin(admin.person.id), failed: failed)
    }

    /// `award` for the operator at the command line (`cairn award`): the award records no person as its awarder.
    ///
    /// - Throws: `DatabaseError.notFound` for an unknown organization or microcredential; `BulkAwardingError.notPublished`.
    public func awardFromCommandLine(organization slug: String, microcredential microcredentialSlug: String, to list: DirectAwardList,
                                     failed: (Int, any Error) -> Void = { _, _ in }) throws -> Report {
        let organization = try store.organizations.find(slug: slug)
        let microcredential = try store.microcredentials.find(slug: microcredentialSlug, in: organization.id)
        return try run(microcredential, in: organization.id, to: list, by: .commandLine, failed: failed)
    }

    private func run(_ microcredential: Microcredential, in organizationID: Organization.ID, to list: DirectAwardList,
                     by awarder: Award.Awarder, failed: (Int, any Error) -> Void) throws -> Report {
        guard let version = try store.microcredentials.latestPublished(of: microcredential.id, in: organizationID) else {
            throw BulkAwardingError.notPublished
        }
        let problems = list.problems()
        let rows = list.rows.map { row in
            let outcome: RowResult.Outcome
            if let problem = problems[row.line] {
                outcome = .refused(problem)
            } else {
                do {
                    outcome = try awardRow(row, version: version, in: organizationID, by: awarder)
                } catch let problem as DirectAwardProblem {
                    outcome = .refused(problem)
                } catch {
                    failed(row.line, error)
                    outcome = .refused(.couldNotIssue((error as? any DomainError)?.message ?? "Something went wrong while issuing the credential."))
                }
            }
            return RowResult(line: row.line, email: row.email, outcome: outcome)
        }
        return Report(microcredential: microcredential, version: version, rows: rows)
    }

    /// One row, in its own transaction: refused (nothing written) or awarded with everything that follows an award.
    private func awardRow(_ row: DirectAwardList.Row, version: MicrocredentialVersion, in organizationID: Organization.ID,
                          by awarder: Award.Awarder) throws -> RowResult.Outcome {
        let email = try EmailAddress(row.email)  // checked by `problems()`
        let now = installation.clock()
        return try store.write { tx in
            guard let person = try store.members.fetchPerson(email: email, in: tx),
                  let member = try store.members.fetchMember(person: person.id, organization: organizationID, in: tx), member.isActive
            else { throw DirectAwardProblem.notAMember }
            guard member.has(.educator) else { throw DirectAwardProblem.notAnEducator }
            if case .admin(let admin) = awarder, admin == person.id { throw DirectAwardProblem.ownAward }
            // The lock holds off an enrollment or a decision of the same educator and microcredential until this row is done.
            try store.reviews.lockAwarding(version.microcredentialID, to: person.id, in: tx)
            // Work an assessor may still decide would otherwise earn it a second time.
            guard try !store.enrollments.hasUndecidedEnrollment(of: person.id, for: version.microcredentialID, in: organizationID, in: tx)
            else { throw DirectAwardProblem.workInProgress }
            // Earned once while it stands (not revoked, not expired: an expired one is renewed this way too).
            guard try store.reviews.standingAward(of: person.id, for: version.microcredentialID, in: organizationID, at: now, in: tx) == nil
            else { throw DirectAwardProblem.alreadyHolds }
            let award = Award.direct(of: version, in: organizationID, to: person.id, by: awarder, narrative: row.narrative, at: now)
            try store.reviews.insert(award, in: tx)
            let issuing = Issuing(installation: installation)
            let credential = try issuing.issue(award, version: version, at: now, in: tx)
            let pathways = try issuing.issuePathways(completedBy: award, at: now, in: tx)
            try notifications.awardedDirectly(award, credential: credential, to: person, at: now, in: tx)
            return .awarded(credential.id, url: installation.configuration.baseURL + PublicPaths.credentialPath(credential.id.rawValue),
                            pathways: pathways.map(\.name))
        }
    }
}

/// Why a bulk award cannot run at all.
public enum BulkAwardingError: Error, Equatable, Sendable {
    /// The microcredential has no published version to award.
    case notPublished
}

extension BulkAwardingError: DomainError {
    public var kind: DomainErrorKind { .invalidInput }
    public var message: String { "This microcredential has no published version yet: publish it before awarding it." }
    public var field: String? { "microcredential" }
}
