import CairnCore
import CairnStore
import Foundation

extension Dashboard {
    /// The progress of the educators the coach covers (`Membership.coaches`), stalled first, and who
    /// has not started, in three queries whatever the number of educators.
    func cohort(of coach: Member, at now: Date) throws -> (rows: [CohortRow], notStarted: [String]) {
        // A coach of one school covers only that school's members: load those, not the whole district.
        let candidates = try coach.membership.schoolID.map { try store.members.members(of: coach.organization.id, inSchool: $0) }
            ?? store.members.members(of: coach.organization.id)
        let educators = candidates.filter { $0.has(.educator) && coach.membership.coaches($0.membership) }
        let names = Dictionary(educators.map { ($0.person.id, $0.person.displayName) }, uniquingKeysWith: { a, _ in a })
        let progress = try store.enrollments.progress(of: educators.map(\.person.id), in: coach.organization.id)
        let rows = progress.map { item in
            CohortRow(educatorName: names[item.enrollment.educatorID] ?? "", title: item.title, status: item.status,
                      attempts: item.attempts, notYetCount: item.notYetCount, lastActivity: item.lastActivity,
                      isStalled: [.inProgress, .notYet].contains(item.status) && StalledRule.isStalled(lastActivity: item.lastActivity, at: now))
        }.sorted { ($0.isStalled ? 0 : 1, $0.educatorName, $0.title) < ($1.isStalled ? 0 : 1, $1.educatorName, $1.title) }
        let started = Set(progress.map(\.enrollment.educatorID))
        return (rows, educators.filter { !started.contains($0.person.id) }.map(\.person.displayName).sorted())
    }
}
