import CairnCore
@testable import CairnWeb

extension App {
    /// Whether an assessor must score a microcredential's exemplars before claiming (the gate of
    /// `Reviewing.claim`): true when it has exemplars the assessor has not scored yet.
    func needsCalibration(assessor: Person.ID, microcredential: Microcredential.ID, in organization: Organization.ID) throws -> Bool {
        try !installation.store.calibration.hasCalibrated(assessor, for: microcredential, in: organization)
    }
}
