import CairnCore
import CairnStore
import Foundation

/// An assessor's calibration: scoring a microcredential's exemplars one by one before reviewing it,
/// each time learning per criterion where their levels differed from the designer's reference.
public struct Calibrating: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    private var store: Store { installation.store }

    /// An assessor's calibration on one microcredential: its exemplars in order, and those they scored.
    public struct Page: Sendable {
        /// One exemplar, with the version whose rubric it is scored on and the enrollment its files belong to.
        public struct Item: Sendable {
            public let exemplar: Exemplar
            public let version: MicrocredentialVersion
            /// Nil when the submission it came from is gone (its files with it).
            public let enrollmentID: Enrollment.ID?

            public init(exemplar: Exemplar, version: MicrocredentialVersion, enrollmentID: Enrollment.ID?) {
                (self.exemplar, self.version, self.enrollmentID) = (exemplar, version, enrollmentID)
            }
        }

        public let microcredentialID: Microcredential.ID
        public let title: String
        public let items: [Item]
        public var scored: Set<Exemplar.ID>

        public init(microcredentialID: Microcredential.ID, title: String, items: [Item], scored: Set<Exemplar.ID>) {
            (self.microcredentialID, self.title, self.items, self.scored) = (microcredentialID, title, items, scored)
        }

        /// 1-based.
        public func number(of item: Item) -> Int { (items.firstIndex { $0.exemplar.id == item.exemplar.id } ?? 0) + 1 }

        /// The first exemplar not scored yet.
        public var nextUnscored: Item? { items.first { !scored.contains($0.exemplar.id) } }
    }

    /// The microcredential's exemplars and which the assessor scored, in six queries whatever the number of exemplars.
    ///
    /// - Throws: `CalibrationError.microcredentialNotFound` outside the organization; `.notAnAssessorOfIt`
    ///   for a member who may not assess it.
    public func page(_ id: Microcredential.ID, by assessor: Member) throws -> Page {
        let organizationID = assessor.organization.id, me = assessor.person.id
        try checkAssessor(assessor, of: id)
        let versions = try store.microcredentials.versions(of: id, in: organizationID).sorted { $0.number < $1.number }
        let exemplars = try store.calibration.exemplars(of: id, in: organizationID)
        let sources = try store.submissions.submissions(Set(exemplars.compactMap(\.submissionID)), in: organizationID)
        let items = try exemplars.map { exemplar in
            Page.Item(exemplar: exemplar,
                      version: try versions.first { $0.id == exemplar.versionID }
                          ?? store.microcredentials.findVersion(exemplar.versionID, in: organizationID),
                      enrollmentID: exemplar.submissionID.flatMap { sources[$0] }?.enrollmentID)
        }
        let title = (versions.last { $0.state == .published || $0.state == .pilot } ?? versions.last)?.design.title ?? "Microcredential"
        return Page(microcredentialID: id, title: title, items: items,
                    scored: try store.calibration.calibratedExemplarIDs(by: me, of: id, in: organizationID))
    }

    /// Records the assessor's levels on one exemplar of the microcredential and returns where they
    /// differed from the reference; scoring it again replaces the earlier levels.
    ///
    /// - Throws: what `page` throws; `CalibrationError.exemplarNotFound` for an exemplar of another microcredential.
    public func score(_ exemplarID: Exemplar.ID, of id: Microcredential.ID, levels: [String: String], by assessor: Member) throws -> CalibrationResult {
        let organizationID = assessor.organization.id
        try checkAssessor(assessor, of: id)
        guard try store.calibration.fetchExemplar(exemplarID, of: id, in: organizationID) != nil else { throw CalibrationError.exemplarNotFound }
        return try store.calibration.calibrate(exemplarID, by: assessor.person.id, scores: levels, in: organizationID, at: installation.clock())
    }

    /// Throws unless the microcredential is the organization's and the member may assess it.
    private func checkAssessor(_ assessor: Member, of id: Microcredential.ID) throws {
        let organizationID = assessor.organization.id
        guard try store.microcredentials.fetch(id, in: organizationID) != nil else { throw CalibrationError.microcredentialNotFound }
        guard assessor.has(.assessor), try store.submissions.mayAssess(assessor.person.id, id, in: organizationID)
        else { throw CalibrationError.notAnAssessorOfIt }
    }
}
