/// Why an educator cannot start or work on an enrollment.
public enum EnrollmentError: Error, Equatable, Sendable {
    /// One active enrollment per educator and microcredential: this one.
    case alreadyEnrolled(Enrollment.ID)
    /// Only a published version (or a pilot the educator takes part in) can be started.
    case notOpen(LifecycleState)
    /// The evidence is incomplete: submitting needs the problems fixed first.
    case incomplete([CompletenessProblem])
    /// The enrollment is under review or earned: the workspace cannot be submitted now.
    case cannotSubmit(EnrollmentStatus)
    /// The requirement is not in the pinned version's design.
    case unknownRequirement(String)
    /// A link that is not http(s).
    case invalidLink(String)
}
