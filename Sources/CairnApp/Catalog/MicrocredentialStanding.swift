import CairnCore

/// Where a signed-in educator stands with a microcredential, so that its page offers the next step:
/// start it, go back to the work they started, or see the credential they hold.
public enum MicrocredentialStanding: Sendable, Equatable {
    /// Neither started nor held: they may start it.
    case mayStart
    /// Started and still open (a decision of *earned* closes it): their workspace is this enrollment's.
    case working(Enrollment.ID)
    /// An award of it stands, so it cannot be started again until it is revoked or expires.
    case holds(StandingAward)

    /// The standing from what the educator has: an award that stands comes first, then an open enrollment.
    init(award: StandingAward?, openEnrollment: Enrollment.ID?) {
        if let award {
            self = .holds(award)
        } else if let openEnrollment {
            self = .working(openEnrollment)
        } else {
            self = .mayStart
        }
    }
}
