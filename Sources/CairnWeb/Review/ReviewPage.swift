import CairnCore
import CairnHTML

/// The review of one submission: the evidence beside the rubric (two columns on a wide screen),
/// a comment form and the comments under each video, the scoring form with the decision the
/// success rule gives, and the earlier attempts' reviews. Once decided it shows the result instead of the form.
struct ReviewPage: HTML {
    let context: PageContext
    let attempt: AttemptRecord
    let version: MicrocredentialVersion
    /// Nil when the microcredential hides educators' names from assessors.
    let educatorName: String?
    /// Earlier attempts of the same enrollment, first first.
    let history: [AttemptRecord]
    /// Who wrote comments and replies.
    let names: [Person.ID: String]
    /// Whether the viewer holds the running claim (the form) or decided it (read-only).
    let isOpen: Bool
    let form: ReviewForm
    /// The decision the success rule gives for the levels checked, once asked.
    let preview: Decision?
    let commentInput: VideoCommentInput?
    let errors: FormErrors
    let typedReplies: [String: String]

    var submission: Submission { attempt.submission }
    var design: Design { version.design }

    var body: some HTML {
        Layout(title: "Review: \(design.title)", context: context,
               lead: "Attempt \(submission.attempt) · \(educatorName ?? "Educator (name hidden)") · version \(version.number)",
               scripts: [WebAssets.videoCommentsScriptPath]) {
            p(.class("breadcrumb")) { a(.href(ReviewEndpoints.queue.path())) { "Review queue" } }
            ErrorSummary(errors)
            p(.class("muted")) {
                "Submitted "
                DateText(submission.submittedAt)
                if isOpen, case .claimed(let claim) = submission.state {
                    ". You hold it until \(DateText.long(claim.expiresAt)) at \(DateText.clockTime(claim.expiresAt)) UTC; release it if you cannot finish."
                }
            }
            if let review = attempt.review {
                section(.class("panel"), .aria(.labelledby, "result-heading")) {
                    h2(.id("result-heading")) { "Your decision" }
                    ReviewResult(review: review, rubric: design.rubric, tableID: "result-scores")
                }
            }
            div(.class("review-layout")) {
                section(.class("review-layout__evidence"), .aria(.labelledby, "evidence-heading")) {
                    h2(.id("evidence-heading")) { "Evidence" }
                    EvidenceView(design: design, items: submission.snapshot.items, enrollmentID: submission.enrollmentID)
                    for video in attempt.videos { comments(on: video) }
                }
                section(.class("review-layout__rubric"), .aria(.labelledby, "scoring-heading")) {
                    h2(.id("scoring-heading")) { isOpen ? "Score against the rubric" : "Rubric" }
                    if isOpen && attempt.review == nil { scoringForm } else { RubricTable(design: design) }
                }
            }
            if !history.isEmpty {
                section(.aria(.labelledby, "history-heading")) {
                    h2(.id("history-heading")) { "Earlier attempts" }
                    for earlier in history { historyEntry(earlier) }
                }
            }
        }
    }

    func comments(on video: EvidenceFile) -> some HTML {
        let videoID = EvidenceView.videoElementID(sha256: video.sha256)
        let typed = commentInput?.file == video.sha256 ? commentInput : nil
        return VideoCommentsSection(
            video: video, submissionID: submission.id, isNested: false,
            form: isOpen && attempt.review == nil
                ? VideoCommentForm(action: ReviewEndpoints.addComment.path(submission.id), csrfToken: context.csrfToken, file: video,
                                   videoElementID: videoID, criteria: design.rubric.criteria, typed: typed,
                                   errors: typed == nil ? FormErrors() : errors)
                : nil,
            list: commentList(attempt, video: video))
    }

    func commentList(_ record: AttemptRecord, video: EvidenceFile) -> VideoCommentList {
        VideoCommentList(comments: record.comments(on: video), videoElementID: EvidenceView.videoElementID(sha256: video.sha256),
                         rubric: design.rubric, names: names,
                         replyAction: { ReviewEndpoints.reply.path(submission.id, $0.id) },
                         csrfToken: context.csrfToken, errors: errors, typed: typedReplies)
    }

    @HTMLBuilder var scoringForm: HTMLGroup {
        PostForm(action: ReviewEndpoints.decide.path(submission.id), csrfToken: context.csrfToken, class: "review-form stack") {
            for criterion in design.rubric.criteria {
                CriterionScoreField(criterion: criterion, levels: design.rubric.levels, selected: form.levels[criterion.id],
                                    feedback: form.feedback[criterion.id] ?? "", errors: errors)
            }
            TextArea(label: "Summary for the educator", name: ReviewForm.summaryField, value: form.summary, rows: 5,
                     hint: "What went well, and what to work on next.", error: errors[ReviewForm.summaryField])
            div(.class("decision-preview"), .id("decision-preview"), .aria(.live, "polite")) {
                p { strong { "Success rule. " }; design.rubric.successRuleSentence }
                if let preview {
                    p(.class("decision-preview__result")) {
                        "With these levels the rubric gives: "
                        strong { preview.displayName }
                    }
                } else {
                    p(.class("muted")) { "Choose a level for every criterion, then check the decision." }
                }
            }
            SelectField(label: "Decision", name: ReviewForm.overrideField,
                        choices: Decision.allCases.map { Choice(value: $0.rawValue, label: "Override: \($0.displayName)") },
                        selected: form.override, emptyChoice: "Keep the decision the rubric gives",
                        hint: "Override only when the rubric's result would be unfair; your justification is kept with the review.",
                        error: errors[ReviewForm.overrideField])
            TextArea(label: "Justification for an override", name: ReviewForm.justificationField, value: form.justification, rows: 3,
                     hint: "Required when you override the decision the rubric gives.", error: errors[ReviewForm.justificationField])
            div(.class("actions")) {
                SubmitButton("Check decision", style: .secondary, name: "intent", value: "check")
                SubmitButton("Record decision", name: "intent", value: "decide")
            }
        }
        PostForm(action: ReviewEndpoints.release.path(submission.id), csrfToken: context.csrfToken, class: "review-release") {
            SubmitButton("Release to the queue", style: .quiet)
        }
    }

    func historyEntry(_ earlier: AttemptRecord) -> some HTML {
        let headingID = "attempt-\(earlier.submission.attempt)-heading"
        return section(.class("review-history"), .aria(.labelledby, headingID)) {
            h3(.id(headingID)) { "Attempt \(earlier.submission.attempt)" + (earlier.review.map { ": \($0.decision.displayName)" } ?? "") }
            if let review = earlier.review {
                ReviewResult(review: review, rubric: design.rubric, tableID: "attempt-\(earlier.submission.attempt)-scores")
            } else {
                p(.class("muted")) { "Not decided." }
            }
            for video in earlier.videos {
                VideoCommentsSection(video: video, submissionID: earlier.submission.id, isNested: true, form: nil,
                                     list: commentList(earlier, video: video))
            }
        }
    }
}
