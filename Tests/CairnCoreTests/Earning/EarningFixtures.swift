import Foundation
@testable import CairnCore

/// A design with a lesson plan (PDF ≤ 10 MB), a classroom video (MP4 ≤ 500 MB, ≤ 10 min), a reflection
/// (50–300 words) and an optional extra; two criteria on the default scale, every criterion at *demonstrated*.
enum Earning {
    static let org = Organization.ID(rawValue: "org-riverbend")
    static let ana = Person.ID(rawValue: "ana")
    static let ben = Person.ID(rawValue: "ben")
    static let cleo = Person.ID(rawValue: "cleo")
    static let now = Date(timeIntervalSince1970: 1_740_819_600)

    static var design: Design {
        var design = Design.blank(title: "Questioning for thinking")
        design.parts = [RequirementPart(id: "p", title: "Evidence", requirements: [
            EvidenceRequirement(id: "r-plan", kind: .lessonPlan, title: "Lesson plan", limits: EvidenceLimits(fileTypes: ["pdf"], maxFileMegabytes: 10)),
            EvidenceRequirement(id: "r-video", kind: .classroomVideo, title: "Classroom video",
                                limits: EvidenceLimits(fileTypes: ["mp4"], maxFileMegabytes: 500, maxVideoMinutes: 10)),
            EvidenceRequirement(id: "r-reflection", kind: .reflection, title: "Reflection", limits: EvidenceLimits(minWords: 50, maxWords: 300)),
            EvidenceRequirement(id: "r-extra", kind: .other, title: "Anything else", required: false, limits: EvidenceLimits(maxWords: 20)),
        ])]
        design.rubric.criteria = [Criterion(id: "c1", title: "Questions"), Criterion(id: "c2", title: "Wait time")]
        return design
    }

    static let pdf = EvidenceFile(sha256: "aa", filename: "plan.pdf", contentType: "application/pdf", size: 200_000)
    static let video = EvidenceFile(sha256: "bb", filename: "lesson.mp4", contentType: "video/mp4", size: 90_000_000,
                                    videoDurationSeconds: 420, posterSHA256: "cc", captionsSHA256: "dd", consentConfirmed: true)
    static func words(_ n: Int) -> String { Array(repeating: "word", count: n).joined(separator: " ") }

    static var completeWorkspace: Workspace {
        Workspace(entries: [try! EvidenceItem(requirementID: "r-plan", files: [pdf]),
                            try! EvidenceItem(requirementID: "r-video", files: [video]),
                            try! EvidenceItem(requirementID: "r-reflection", text: words(80))])
    }

    static var enrollment: Enrollment {
        Enrollment(id: .init(rawValue: "e1"), organizationID: org, educatorID: ana, microcredentialID: .init(rawValue: "m1"), versionID: .init(rawValue: "v1"), startedAt: now)
    }

    static func submission(attempt: Int = 1, state: Submission.State = .awaitingReview) -> Submission {
        Submission(id: Submission.ID(rawValue: "s\(attempt)"), organizationID: org, enrollmentID: .init(rawValue: "e1"), educatorID: ana,
                   microcredentialID: .init(rawValue: "m1"), versionID: .init(rawValue: "v1"), attempt: attempt,
                   snapshot: EvidenceSnapshot(workspace: completeWorkspace, design: design), submittedAt: now, state: state)
    }

    static func claimed(by assessor: Person.ID = ben) -> Submission {
        submission(state: .claimed(Claim(assessorID: assessor, claimedAt: now)))
    }

    static func scores(_ c1: String, _ c2: String) -> [ScoreEntry] {
        [ScoreEntry(criterionID: "c1", levelID: c1, feedback: "Good questions."), ScoreEntry(criterionID: "c2", levelID: c2)]
    }
}

