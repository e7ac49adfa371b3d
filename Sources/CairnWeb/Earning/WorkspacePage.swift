import CairnCore
import CairnHTML

/// The educator's workspace for one enrollment: what keeps it from being submitted, each
/// requirement with its prompt, guidance, limits and rubric criteria, a form for text and links
/// (autosaved by `workspace.js`) and its files, and the Submit form. After submitting it shows the status.
struct WorkspacePage: HTML {
    let context: PageContext
    let enrollmentID: Enrollment.ID
    let version: MicrocredentialVersion
    let workspace: Workspace
    let status: EnrollmentStatus
    let problems: [CompletenessProblem]
    /// Feedback on decided attempts, *not yet* and the coach pointer.
    let guidance: AttemptGuidance
    let errors: FormErrors
    /// What was typed in a refused form, by requirement: (text, links).
    let typed: [String: (String, String)]
    /// A finished upload to offer again in its requirement's file form.
    var pendingUpload: EarningRoutes.PendingUpload? = nil
    /// The requirements whose evidence the educator chose to show with their credential.
    var publicRequirements: Set<String> = []
    /// The requirements whose choice lapsed because the evidence changed after it was made.
    var lapsedRequirements: Set<String> = []

    var design: Design { version.design }
    var canSubmit: Bool { status == .inProgress || status == .notYet }
    var canEdit: Bool { status != .earned }

    var body: some HTML {
        Layout(title: design.title, context: context, lead: "Version \(version.number) · \(MyMicrocredentialsPage.label(status))",
               scripts: [WebAssets.uploadsScriptPath, WebAssets.workspaceScriptPath]) {
            p(.class("breadcrumb")) { a(.href(EarningEndpoints.list.path())) { "My microcredentials" } }
            ErrorSummary(errors)
            AttemptsNotice(guidance: guidance)
            if status == .submitted || status == .underReview {
                div(.class("notice"), .role("note")) {
                    p { "Your evidence is submitted: an assessor will review it. Changes you save now do not change what you submitted." }
                }
            }
            section(.aria(.labelledby, "readiness-heading")) {
                h2(.id("readiness-heading")) { "Ready to submit?" }
                if problems.isEmpty {
                    p { "Everything required is here and within its limits." }
                } else {
                    p { "Before you can submit:" }
                    ul(.class("completeness-problems")) {
                        for problem in problems {
                            li { a(.href("#requirement-\(problem.requirementID)")) { problem.message } }
                        }
                    }
                }
            }
            for (index, part) in design.parts.enumerated() where !part.requirements.isEmpty {
                section(.class("evidence-part"), .aria(.labelledby, "part-\(part.id)-heading")) {
                    h2(.id("part-\(part.id)-heading")) { "Part \(index + 1): \(part.title)" }
                    for requirement in part.requirements { requirementSection(requirement) }
                }
            }
            if canSubmit {
                section(.aria(.labelledby, "submit-heading")) {
                    h2(.id("submit-heading")) { "Submit your evidence" }
                    p { "Submitting sends a copy of your evidence as it is now to an assessor." }
                    PostForm(action: EarningEndpoints.submit.path(enrollmentID), csrfToken: context.csrfToken) {
                        SubmitButton("Submit for review")
                    }
                }
            }
        }
    }

    func requirementSection(_ requirement: EvidenceRequirement) -> some HTML {
        let entry = workspace.entry(for: requirement.id)
        let textName = EarningRoutes.textField(requirement.id), linksName = EarningRoutes.linksField(requirement.id)
        let typedHere = typed[requirement.id]
        let criteria = design.rubric.criteria.filter { $0.requirementIDs.contains(requirement.id) }
        var countHint: String? = nil
        if let entry, !entry.text.isEmpty {
            let words = entry.wordCount
            if let maximum = requirement.limits.maxWords { countHint = "Saved: \(words) of at most \(maximum) words." }
            else if let minimum = requirement.limits.minWords { countHint = "Saved: \(words) words (at least \(minimum))." }
            else { countHint = "Saved: \(words) words." }
        }
        return div(.class("workspace-requirement")) {
            RequirementCard(requirement: requirement, objectiveNumbers: Wording.objectiveNumbers(design))
            if !criteria.isEmpty {
                div(.class("requirement__criteria")) {
                    p(.class("requirement__label")) { "Judged by" }
                    ul { for criterion in criteria { li { criterion.title } } }
                }
            }
            if !canEdit {
                if let entry { EvidenceTextView(item: entry, requirementTitle: requirement.title) }
            } else {
                PostForm(action: EarningEndpoints.saveEvidence.path(enrollmentID, requirement.id), csrfToken: context.csrfToken, class: "stack") {
                    TextArea(label: "Your evidence for “\(requirement.title)” (Markdown)", name: textName,
                             value: typedHere?.0 ?? entry?.text ?? "", rows: 8, hint: countHint, error: errors[textName],
                             data: [("autosave", "")] + [requirement.limits.maxWords.map { ("max-words", String($0)) },
                                                         requirement.limits.minWords.map { ("min-words", String($0)) }].compactMap { $0 })
                    TextArea(label: "Links (one per line, starting with http:// or https://)", name: linksName,
                             value: typedHere?.1 ?? entry?.links.joined(separator: "\n") ?? "", rows: 3,
                             error: errors[linksName])
                    SubmitButton("Save “\(requirement.title)”", style: .secondary)
                }
            }
            if requirement.limits.acceptsFiles || entry?.files.isEmpty == false {
                WorkspaceFiles(enrollmentID: enrollmentID, requirement: requirement, files: entry?.files ?? [],
                               csrfToken: context.csrfToken, errors: errors, canEdit: canEdit,
                               pendingUpload: pendingUpload?.requirementID == requirement.id ? pendingUpload : nil)
            }
            PublicChoiceForm(enrollmentID: enrollmentID, requirement: requirement, isPublic: publicRequirements.contains(requirement.id),
                             lapsed: lapsedRequirements.contains(requirement.id), canChange: canEdit,
                             canChoose: PublicEvidence.mayChooseToShow(status), csrfToken: context.csrfToken)
        }
    }
}
