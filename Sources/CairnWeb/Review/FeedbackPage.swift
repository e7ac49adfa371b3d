import CairnCore
import CairnHTML

/// What the educator reads after a decision: the level, descriptor and feedback per criterion, the
/// summary, the evidence with the assessor's time-stamped comments and their threads, and every
/// attempt on record with its levels.
struct FeedbackPage: HTML {
    let context: PageContext
    let record: AttemptRecord
    /// Every attempt of the enrollment, first first.
    let records: [AttemptRecord]
    let version: MicrocredentialVersion
    let guidance: AttemptGuidance
    let names: [Person.ID: String]
    let errors: FormErrors
    let typedReplies: [String: String]

    var design: Design { version.design }
    var submission: Submission { record.submission }

    var body: some HTML {
        Layout(title: "Feedback on attempt \(submission.attempt)", context: context,
               lead: "\(design.title) · \(record.review?.decision.displayName ?? "Not decided")",
               scripts: [WebAssets.videoCommentsScriptPath]) {
            p(.class("breadcrumb")) { a(.href(EarningEndpoints.workspace.path(guidance.enrollmentID))) { "Back to your workspace" } }
            ErrorSummary(errors)
            if guidance.latestNotYet?.id == submission.id {
                div(.class("notice notice--warning"), .role("note")) {
                    p {
                        "Read the feedback below, then "
                        a(.href(EarningEndpoints.workspace.path(guidance.enrollmentID))) { "improve your evidence and submit again" }
                        "."
                    }
                }
            }
            CoachPointer(guidance: guidance)
            if let review = record.review {
                section(.aria(.labelledby, "levels-heading")) {
                    h2(.id("levels-heading")) { "Levels and feedback" }
                    ReviewResult(review: review, rubric: design.rubric, tableID: "feedback-scores")
                }
            }
            section(.aria(.labelledby, "evidence-heading")) {
                h2(.id("evidence-heading")) { "Your evidence and the assessor's comments" }
                EvidenceView(design: design, items: submission.snapshot.items, enrollmentID: submission.enrollmentID)
                for video in record.videos {
                    VideoCommentsSection(
                        video: video, submissionID: submission.id, isNested: false, form: nil,
                        list: VideoCommentList(comments: record.comments(on: video),
                                               videoElementID: EvidenceView.videoElementID(sha256: video.sha256), rubric: design.rubric,
                                               names: names, replyAction: { EarningEndpoints.reply.path(guidance.enrollmentID, $0.id) },
                                               csrfToken: context.csrfToken, errors: errors, typed: typedReplies))
                }
            }
            section(.aria(.labelledby, "attempts-heading")) {
                h2(.id("attempts-heading")) { "Every attempt" }
                DataTable(id: "attempts", caption: "Your attempts and their levels", columns: attemptColumns, rows: records,
                          emptyMessage: "No attempts yet.")
            }
        }
    }

    var attemptColumns: [DataTable<AttemptRecord>.Column] {
        var columns: [DataTable<AttemptRecord>.Column] = [
            .init("Attempt", rowHeader: true) { row in
                if row.review != nil && row.submission.id != submission.id {
                    a(.href(EarningEndpoints.feedback.path(guidance.enrollmentID, row.submission.id))) { "Attempt \(row.submission.attempt)" }
                } else {
                    "Attempt \(row.submission.attempt)"
                }
            },
            .init("Submitted") { row in DateText(row.submission.submittedAt) },
            .init("Decision") { row in row.review?.decision.displayName ?? "Waiting for review" },
        ]
        for criterion in design.rubric.criteria {
            columns.append(.init(criterion.title) { row in
                row.review?.levels[criterion.id].flatMap { design.rubric.level($0)?.name } ?? "—"
            })
        }
        return columns
    }
}
