import CairnCore
import CairnStore
import Foundation

/// The demo district's educators at every stage of earning: in progress, submitted, under
/// review, *not yet* with feedback and video comments (and revising), and earned (an exemplar
/// assessors calibrate on). What they
/// submitted is `Demo/Evidence/evidence.json` with its files: invented work, no real people.
extension Demo {
    /// One educator working on one microcredential, as `evidence.json` tells it.
    struct EarningCase: Decodable {
        let educator: String
        let microcredential: String
        let startedDaysAgo: Double
        let attempts: [Attempt]
        let workspace: [Item]
    }

    /// A submitted attempt, with its claim or its review when it has one, and the designer's note
    /// when it became an exemplar for calibration.
    struct Attempt: Decodable {
        let submittedDaysAgo: Double
        let items: [Item]
        let claimedBy: String?
        let review: ReviewPlan?
        let exemplarNote: String?
    }

    /// The educator's answer to one requirement; files name assets of `Demo/Evidence/`.
    struct Item: Decodable {
        struct File: Decodable { let asset: String; let filename: String }
        let requirement: String
        let text: String?
        let links: [String]?
        let files: [File]?
        /// Whether the educator chose to show it with their credential if earned.
        let showWithCredential: Bool?
    }

    /// An assessor's review: a level and feedback per criterion, a summary, and video comments.
    struct ReviewPlan: Decodable {
        struct Comment: Decodable {
            struct Reply: Decodable { let author: String; let text: String }
            let start: Double
            let end: Double?
            let criterion: String?
            let text: String
            let replies: [Reply]
        }
        let assessor: String
        let decidedDaysAgo: Double
        let levels: [String: String]
        let feedback: [String: String]
        let summary: String
        let comments: [Comment]
    }

    /// The video asset's poster frame and captions, shipped beside it.
    static let videoCompanions: [String: (poster: String, captions: String)] = [
        "classroom-video.mp4": (poster: "classroom-video-poster.jpg", captions: "captions.vtt"),
    ]

    /// Who assesses what in the district's organization: the demo assessor every microcredential, Luis
    /// the culturally responsive practice one.
    static func assignAssessors(in organization: Organization, person: (String) -> Person.ID?, store: Store) throws {
        if let samuel = person("assessor@riverbend.example") {
            try store.submissions.addAssessor(samuel, for: nil, in: organization.id)
        }
        if let luis = person("luis.ortega@riverbend.example"),
           let responsive = try store.microcredentials.fetch(slug: "culturally-responsive-practice", in: organization.id) {
            try store.submissions.addAssessor(luis, for: responsive.id, in: organization.id)
        }
    }

    /// Every case of `evidence.json`, in the district's organization (its assessors assigned first).
    static func seedEarning(in organization: Organization, person: (String) -> Person.ID?, installation: Installation, at now: Date) throws {
        var files = DemoFiles(installation: installation)
        for earningCase in try earningCases() {
            try seed(earningCase, in: organization, person: person, files: &files, installation: installation, at: now)
        }
    }

    static func earningCases() throws -> [EarningCase] {
        struct File: Decodable { let cases: [EarningCase] }
        return try JSONDecoder().decode(File.self, from: try resource("Evidence/evidence.json")).cases
    }

    private static func seed(_ earningCase: EarningCase, in organization: Organization, person: (String) -> Person.ID?,
                             files: inout DemoFiles, installation: Installation, at now: Date) throws {
        let store = installation.store
        func ago(_ days: Double) -> Date { now.addingTimeInterval(-days * 86400) }
        func someone(_ email: String) throws -> Person.ID {
            guard let id = person(email) else { throw Administration.Problem(description: "The demo has no person \(email).") }
            return id
        }
        guard let microcredential = try store.microcredentials.fetch(slug: earningCase.microcredential, in: organization.id),
              let version = try store.microcredentials.latestPublished(of: microcredential.id, in: organization.id) else {
            throw Administration.Problem(description: "The demo microcredential \(earningCase.microcredential) is not published.")
        }
        let enrollment = Enrollment(organizationID: organization.id, educatorID: try someone(earningCase.educator),
                                    microcredentialID: microcredential.id, versionID: version.id,
                                    startedAt: ago(earningCase.startedDaysAgo))
        try store.enrollments.enroll(enrollment)
        func save(_ items: [Item], at date: Date) throws {
            for item in items {
                let entry = try EvidenceItem(requirementID: item.requirement, text: item.text ?? "", links: item.links ?? [],
                                             files: try (item.files ?? []).map { try files.evidenceFile($0) })
                try store.enrollments.save(entry, to: enrollment.id, in: organization.id, at: date)
                if item.showWithCredential == true {
                    try store.write { tx in
                        try store.enrollments.setPublic(true, requirement: item.requirement, of: enrollment.id, at: date, in: tx)
                    }
                }
            }
        }
        for attempt in earningCase.attempts {
            let submittedAt = ago(attempt.submittedDaysAgo)
            try save(attempt.items, at: submittedAt.addingTimeInterval(-3600))
            let submission = try store.submissions.submit(enrollment.id, in: organization.id, at: submittedAt)
            if let assessor = attempt.claimedBy {
                try store.submissions.claim(submission.id, by: try someone(assessor), in: organization.id,
                                            at: now.addingTimeInterval(-2 * 3600))
            }
            if let plan = attempt.review {
                try review(submission, plan, organization: organization, someone: someone, installation: installation, at: ago(plan.decidedDaysAgo))
                if let note = attempt.exemplarNote {
                    try store.calibration.add(Exemplar(organizationID: organization.id, microcredentialID: microcredential.id,
                                                       versionID: version.id, submissionID: submission.id, snapshot: submission.snapshot,
                                                       referenceScores: plan.levels, note: note,
                                                       createdBy: try someone("designer@riverbend.example"),
                                                       createdAt: ago(plan.decidedDaysAgo - 1)))
                }
            }
        }
        try save(earningCase.workspace, at: now.addingTimeInterval(-6 * 3600))
    }

    /// Claims, comments on the video, decides (issuing the credential when earned), then lets the educator reply to the comments.
    private static func review(_ submission: Submission, _ plan: ReviewPlan, organization: Organization,
                               someone: (String) throws -> Person.ID, installation: Installation, at decidedAt: Date) throws {
        let store = installation.store
        let assessor = try someone(plan.assessor)
        let claimedAt = decidedAt.addingTimeInterval(-90 * 60)
        try store.submissions.claim(submission.id, by: assessor, in: organization.id, at: claimedAt)
        let video = submission.snapshot.items.flatMap(\.files).first { $0.isVideo }
        var comments: [(VideoComment, [ReviewPlan.Comment.Reply])] = []
        for (index, planned) in plan.comments.enumerated() {
            guard let video else { break }
            let comment = try VideoComment(submissionID: submission.id, fileSHA256: video.sha256, startSeconds: planned.start,
                                           endSeconds: planned.end, text: planned.text, criterionID: planned.criterion,
                                           authorID: assessor, createdAt: claimedAt.addingTimeInterval(Double(index + 1) * 300))
            try store.reviews.add(comment, in: organization.id)
            comments.append((comment, planned.replies))
        }
        let scores = plan.levels.sorted { $0.key < $1.key }.map { criterion, level in
            ScoreEntry(criterionID: criterion, levelID: level, feedback: plan.feedback[criterion] ?? "")
        }
        try store.write { tx in
            let recorded = try store.reviews.decide(submission.id, by: assessor, scores: scores, summary: plan.summary, override: nil,
                                                    in: organization.id, at: decidedAt, in: tx)
            if let award = recorded.award {
                let issuing = Issuing(installation: installation)
                try issuing.issue(award, version: recorded.version, at: decidedAt, in: tx)
                try issuing.issuePathways(completedBy: award, at: decidedAt, in: tx)
            }
        }
        for (comment, replies) in comments {
            for (index, reply) in replies.enumerated() {
                try store.reviews.add(CommentReply(commentID: comment.id, authorID: try someone(reply.author), text: reply.text,
                                                   createdAt: decidedAt.addingTimeInterval(Double(index + 1) * 7200)),
                                      in: organization.id)
            }
        }
    }
}

/// The demo's evidence files put into the blob store once each, described as an upload would
/// describe them: type from the content, and for the video its length, poster and captions.
struct DemoFiles {
    let installation: Installation
    private var stored: [String: (reference: BlobReference, header: [UInt8])] = [:]

    init(installation: Installation) { self.installation = installation }

    /// The evidence file for an asset uploaded under the educator's file name.
    mutating func evidenceFile(_ file: Demo.Item.File) throws -> EvidenceFile {
        let (reference, header) = try blob(file.asset)
        let format = ContentFormat(sniffing: header, filename: file.filename)
        var evidence = EvidenceFile(sha256: reference.id.hex, filename: file.filename,
                                    contentType: format?.contentType ?? "application/octet-stream", size: reference.size)
        if let companions = Demo.videoCompanions[file.asset] {
            evidence.posterSHA256 = try blob(companions.poster).reference.id.hex
            evidence.captionsSHA256 = try blob(companions.captions).reference.id.hex
            evidence.consentConfirmed = true
            let probe = VideoProbe(ffprobePath: installation.configuration.ffprobePath)
            if let path = installation.blobs.path(for: reference.id) { evidence.videoDurationSeconds = probe.duration(of: path) }
        }
        return evidence
    }

    /// The asset's blob (stored on first use) and its first bytes, for sniffing its type.
    private mutating func blob(_ asset: String) throws -> (reference: BlobReference, header: [UInt8]) {
        if let known = stored[asset] { return known }
        let bytes = Array(try Demo.resource("Evidence/" + asset))
        let known = (reference: try installation.blobs.put(bytes), header: Array(bytes.prefix(ContentFormat.headerLength)))
        stored[asset] = known
        return known
    }
}
