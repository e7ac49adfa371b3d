import CairnCore
import CairnStore
import Foundation

/// What the dashboard loads for each role: the educator's progress, the assessor's queue and
/// calibration, the coach's cohort.
extension DashboardRoutes {
    /// The educator's enrollments with their next steps.
    func educatorProgress(of member: Member) throws -> [EducatorProgressRow] {
        let organizationID = member.organization.id
        let policy = try app.store.reviewPolicies.policy(in: organizationID).attempts
        // The attempts' states, not their evidence; a design and a workspace only where work is in progress.
        let progress = try app.store.enrollments.progress(of: [member.person.id], in: organizationID)
            .sorted { ($0.enrollment.lastActivityAt, $1.enrollment.id.rawValue) > ($1.enrollment.lastActivityAt, $0.enrollment.id.rawValue) }
        return try progress.map { item in
            let enrollment = item.enrollment
            let problems = item.status == .inProgress
                ? CompletenessCheck.check(workspace: try app.store.enrollments.workspace(of: enrollment.id, in: organizationID),
                                          design: try app.store.microcredentials.findVersion(enrollment.versionID, in: organizationID).design)
                : []
            let step = EducatorProgressRow.nextStep(enrollmentID: enrollment.id, status: item.status, states: item.states,
                                                    latestSubmissionID: item.latestSubmissionID, problems: problems, policy: policy)
            return EducatorProgressRow(title: item.title, status: item.status, nextStep: step.text, link: step.link)
        }
    }

    /// The assessor's queue (what waits, how long, what they hold) and calibration per microcredential they review.
    func assessorOverview(of member: Member, at now: Date) throws -> AssessorOverview {
        let organizationID = member.organization.id, me = member.person.id
        let assessed = try app.store.submissions.assessedMicrocredentials(by: me, in: organizationID)
        let titles = Dictionary(assessed.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let queue = try app.store.submissions.queue(for: me, in: organizationID, at: now)
        let waiting = queue.filter { $0.claim == nil || $0.claim?.assessorID != me }
        let claimed = queue.compactMap { entry -> AssessorOverview.Claimed? in
            guard let claim = entry.claim, claim.assessorID == me else { return nil }
            return AssessorOverview.Claimed(submissionID: entry.submissionID, title: titles[entry.microcredentialID] ?? "A microcredential",
                                            educatorName: entry.displayName, expiresAt: claim.expiresAt)
        }
        let calibration = try assessed.map { microcredential in
            AssessorOverview.Calibration(
                microcredentialID: microcredential.id, title: microcredential.title,
                exemplars: try app.store.calibration.exemplars(of: microcredential.id, in: organizationID).count,
                calibrated: try app.store.calibration.hasCalibrated(me, for: microcredential.id, in: organizationID))
        }
        return AssessorOverview(waiting: waiting.count, oldestAge: waiting.map(\.age).max(), claimed: claimed, calibration: calibration)
    }

    /// The progress of the educators the coach covers (`Membership.coaches`), and who has not started.
    func cohort(of coach: Member, at now: Date) throws -> (rows: [CohortRow], notStarted: [String]) {
        // A coach of one school covers only that school's members: load those, not the whole district.
        let candidates = try coach.membership.schoolID.map { try app.store.members.members(of: coach.organization.id, inSchool: $0) }
            ?? app.store.members.members(of: coach.organization.id)
        let educators = candidates.filter { $0.has(.educator) && coach.membership.coaches($0.membership) }
        let names = Dictionary(educators.map { ($0.person.id, $0.person.displayName) }, uniquingKeysWith: { a, _ in a })
        let progress = try app.store.enrollments.progress(of: educators.map(\.person.id), in: coach.organization.id)
        let rows = progress.map { item in
            CohortRow(educatorName: names[item.enrollment.educatorID] ?? "", title: item.title, status: item.status,
                      attempts: item.attempts, notYetCount: item.notYetCount, lastActivity: item.lastActivity,
                      isStalled: [.inProgress, .notYet].contains(item.status) && StalledRule.isStalled(lastActivity: item.lastActivity, at: now))
        }.sorted { ($0.isStalled ? 0 : 1, $0.educatorName, $0.title) < ($1.isStalled ? 0 : 1, $1.educatorName, $1.title) }
        let started = Set(progress.map(\.enrollment.educatorID))
        return (rows, educators.filter { !started.contains($0.person.id) }.map(\.person.displayName).sorted())
    }
}
