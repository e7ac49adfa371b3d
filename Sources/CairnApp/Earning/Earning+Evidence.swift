import CairnCore
import CairnStore
import Foundation

extension Earning {
    /// One requirement of the educator's enrollment, while its evidence may still change: made only here.
    public struct EditableRequirement: Sendable {
        public let enrollment: Enrollment
        public let version: MicrocredentialVersion
        public let requirement: EvidenceRequirement
    }

    /// The requirement of the educator's enrollment, when its evidence may still change.
    ///
    /// - Throws: `EnrollmentError.notFound` for another's enrollment; `.unknownRequirement` when the
    ///   pinned version has no such requirement; `.evidenceLocked` once the enrollment is earned.
    public func editable(_ requirementID: String, of id: Enrollment.ID, by educator: Member) throws -> EditableRequirement {
        let enrollment = try self.enrollment(id, of: educator)
        let organizationID = enrollment.organizationID
        let version = try installation.store.microcredentials.findVersion(enrollment.versionID, in: organizationID)
        guard let requirement = version.design.requirement(requirementID) else { throw EnrollmentError.unknownRequirement(requirementID) }
        let attempts = try installation.store.submissions.submissions(of: enrollment.id, in: organizationID)
        guard EnrollmentStatus.derived(from: attempts) != .earned else { throw EnrollmentError.evidenceLocked }
        return EditableRequirement(enrollment: enrollment, version: version, requirement: requirement)
    }

    /// What saving a requirement's text did.
    public struct SavedText: Sendable {
        public let entry: EvidenceItem
        /// The item had been chosen to be shown with the credential, and its change made it private again.
        public let publicChoiceLapsed: Bool
    }

    /// Saves a requirement's text and links, keeping the files it holds; a change lapses the choice to show it.
    @discardableResult
    public func saveText(_ item: EvidenceItem, in editable: EditableRequirement) throws -> SavedText {
        let enrollment = editable.enrollment
        let saved = try installation.store.enrollments.updateEntryLapsing(editable.requirement.id, of: enrollment.id,
                                                                          in: enrollment.organizationID, at: installation.clock()) { entry in
            var saved = item
            saved.files = entry.files
            entry = saved
        }
        return SavedText(entry: saved.entry, publicChoiceLapsed: saved.publicChoiceLapsed)
    }
}
