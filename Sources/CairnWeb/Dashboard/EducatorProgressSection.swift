import CairnCore
import CairnHTML
import Foundation

/// One of the educator's microcredentials on the dashboard: where it stands and what to do next.
public struct EducatorProgressRow: Sendable, Hashable {
    public var title: String
    public var status: EnrollmentStatus
    /// "Add evidence for 2 requirements", "Waiting for review", "Earned on 25 November 2026"…
    public var nextStep: String
    /// The workspace or the feedback page.
    public var link: String

    public init(title: String, status: EnrollmentStatus, nextStep: String, link: String) {
        self.title = title
        self.status = status
        self.nextStep = nextStep
        self.link = link
    }

    /// The next step for an enrollment given its attempts, its open problems (while in progress) and the attempt policy.
    ///
    /// - Parameter states: the states of its attempts, first to latest; `latestSubmissionID` the last one's.
    static func nextStep(enrollmentID: Enrollment.ID, status: EnrollmentStatus, states: [Submission.State],
                         latestSubmissionID: Submission.ID?, problems: [CompletenessProblem],
                         policy: AttemptPolicy) -> (text: String, link: String) {
        let workspace = EarningEndpoints.workspace.path(enrollmentID)
        let feedback = latestSubmissionID.map { EarningEndpoints.feedback.path(enrollmentID, $0) } ?? workspace
        switch status {
        case .inProgress:
            let missing = Set(problems.filter { $0.kind == .missing }.map(\.requirementID)).count
            let other = Set(problems.map(\.requirementID)).count
            if missing > 0 { return ("Add evidence for \(missing) requirement\(missing == 1 ? "" : "s")", workspace) }
            if other > 0 { return ("Bring \(other) requirement\(other == 1 ? "" : "s") within limits", workspace) }
            return ("Ready to submit", workspace)
        case .submitted, .underReview:
            return ("Waiting for review", workspace)
        case .notYet:
            let decisions = states.compactMap { state -> Decision? in if case .decided(let decision, _, _) = state { decision } else { nil } }
            if case .seeCoach = policy.nextStep(after: decisions) {
                return ("Read the feedback, talk it through with a coach, and resubmit", feedback)
            }
            return ("Read the feedback and resubmit", feedback)
        case .earned:
            if case .decided(_, _, let at) = states.last { return ("Earned on \(DateText.long(at))", feedback) }
            return ("Earned", feedback)
        }
    }
}

/// The educator's microcredentials by status, each with its next step.
struct EducatorProgressSection: HTML {
    let rows: [EducatorProgressRow]
    let organizationSlug: String?

    var body: some HTML {
        DataTable(id: "educator-progress", caption: "My microcredentials, by status", columns: [
            .init("Microcredential", rowHeader: true) { row in row.title },
            .init("Next step") { row in a(.href(row.link)) { row.nextStep } },
            .init("Status") { row in MyMicrocredentialsPage.label(row.status) },
        ], rows: rows.sorted { EnrollmentStatus.allCases.firstIndex(of: $0.status)! < EnrollmentStatus.allCases.firstIndex(of: $1.status)! },
           emptyMessage: "You haven't started a microcredential yet.")
        if let organizationSlug {
            ul(.class("link-list")) {
                li { a(.href(CatalogEndpoints.catalog.path(organizationSlug))) { "Browse the catalog of microcredentials" } }
            }
        }
    }
}
