import CairnCore
import CairnStore
import Foundation

extension Demo {
    /// A credential of the demo's past: who earned what, how long ago, and what became of it.
    private struct PastCredential {
        let educator: String
        let microcredential: String
        let version: Int
        let earnedDaysAgo: Double
        /// A status an admin gave it later, with when and why.
        let change: (status: CredentialStatus, daysAgo: Double, reason: String)?
    }

    /// Credentials in every state an admin and a verifier meet, beside those earned in `evidence.json`:
    /// earned from a version since retired (Luis's small-group one is the core of the demo pathway, which
    /// leaves him half way), expired, revoked, and suspended (Tom, who has left the district).
    private static let pastCredentials = [
        PastCredential(educator: "luis.ortega@riverbend.example", microcredential: "family-communication", version: 1,
                       earnedDaysAgo: 400, change: nil),
        PastCredential(educator: "tom.baker@riverbend.example", microcredential: "family-communication", version: 1,
                       earnedDaysAgo: 1_200, change: nil),
        PastCredential(educator: "tom.baker@riverbend.example", microcredential: "culturally-responsive-practice", version: 1,
                       earnedDaysAgo: 100,
                       change: (.revoked, 30, "Awarded in error: the evidence reviewed was another educator's, sent by mistake.")),
        PastCredential(educator: "luis.ortega@riverbend.example", microcredential: "small-group-instruction", version: 1,
                       earnedDaysAgo: 370, change: nil),
        PastCredential(educator: "tom.baker@riverbend.example", microcredential: "small-group-instruction", version: 1,
                       earnedDaysAgo: 390,
                       change: (.suspended, 10, "On hold while the district checks the consent forms for the student work shown.")),
    ]

    /// Earns each past credential the way a review would (text evidence, the demo assessor's decision at
    /// the top level), signs it as of that day, then applies the admin's later change.
    static func seedCredentials(in organization: Organization, person: (String) -> Person.ID?, installation: Installation,
                                at now: Date) throws {
        let store = installation.store
        func ago(_ days: Double) -> Date { now.addingTimeInterval(-days * 86400) }
        guard let assessor = person("assessor@riverbend.example"), let admin = person("admin@riverbend.example") else { return }
        var files = DemoFiles(installation: installation)
        for past in pastCredentials {
            guard let educator = person(past.educator),
                  let microcredential = try store.microcredentials.fetch(slug: past.microcredential, in: organization.id),
                  let version = try store.microcredentials.fetchVersion(number: past.version, of: microcredential.id, in: organization.id) else {
                throw Administration.Problem(description: "The demo cannot earn \(past.microcredential) v\(past.version) for \(past.educator).")
            }
            let earnedAt = ago(past.earnedDaysAgo), submittedAt = ago(past.earnedDaysAgo + 3)
            let enrollment = Enrollment(organizationID: organization.id, educatorID: educator, microcredentialID: microcredential.id,
                                        versionID: version.id, startedAt: ago(past.earnedDaysAgo + 40))
            try store.enrollments.enroll(enrollment)
            for requirement in version.design.requirements {
                let videos = requirement.kind == .classroomVideo ? [try files.evidenceFile(Item.File(asset: "classroom-video.mp4", filename: "lesson.mp4"))] : []
                try store.enrollments.save(try EvidenceItem(requirementID: requirement.id, text: pastText(for: requirement), files: videos),
                                           to: enrollment.id, in: organization.id, at: submittedAt.addingTimeInterval(-3600))
            }
            let submission = try store.submissions.submit(enrollment.id, in: organization.id, at: submittedAt)
            try store.submissions.claim(submission.id, by: assessor, in: organization.id, at: earnedAt.addingTimeInterval(-3600))
            let rubric = version.design.rubric
            // The top level on every criterion: earned whatever the success rule.
            let top = rubric.levels.max { $0.points < $1.points }?.id ?? rubric.passingLevelID
            let scores = rubric.criteria.map { ScoreEntry(criterionID: $0.id, levelID: top, feedback: "Strong evidence for this criterion.") }
            try store.write { tx in
                let recorded = try store.reviews.decide(submission.id, by: assessor, scores: scores, summary: "Earned.", override: nil,
                                                        in: organization.id, at: earnedAt, in: tx)
                guard let award = recorded.award else {
                    throw Administration.Problem(description: "The demo's past decision on \(past.microcredential) was not earned.")
                }
                let credential = try Issuing(installation: installation).issue(award, version: version, at: earnedAt, in: tx)
                if let change = past.change {
                    _ = try store.credentials.changeStatus(of: credential.id, in: organization.id, to: change.status, reason: change.reason,
                                                           by: admin, at: ago(change.daysAgo), in: tx)
                }
            }
        }
    }

    /// A past submission's text for a requirement: as many words as its limits ask for (40 when they ask for none).
    private static func pastText(for requirement: EvidenceRequirement) -> String {
        let paragraph = """
            This part of the submission described the classroom, the students and what was tried, with the evidence \
            the requirement asked for: what happened, what the students did and said, what it showed about their \
            learning, and what the teacher changed afterwards as a result of looking closely at that evidence.
            """.split(separator: " ")
        let wanted = min(max(requirement.limits.minWords ?? 40, 40), requirement.limits.maxWords ?? .max)
        return (0..<wanted).map { paragraph[$0 % paragraph.count] }.joined(separator: " ")
    }
}
