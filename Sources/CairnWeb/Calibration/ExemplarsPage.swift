import CairnApp
import CairnCore
import CairnHTML
import Foundation

/// A microcredential's exemplars with their reference levels and notes (each removable), and its
/// decided submissions, any of which a designer can use as an exemplar.
///
/// Forms: `POST /studio/:id/exemplars/:exemplar/remove`; links to `GET /studio/:id/exemplars/from/:submission`.
struct ExemplarsPage: HTML {
    typealias Candidate = Exemplars.Page.Decided

    let context: PageContext
    let microcredential: Microcredential
    let versions: [MicrocredentialVersion]
    let exemplars: [Exemplar]
    let candidates: [Candidate]

    var id: Microcredential.ID { microcredential.id }
    var title: String { versions.last?.design.title ?? microcredential.slug }

    func version(_ id: MicrocredentialVersion.ID) -> MicrocredentialVersion? { versions.first { $0.id == id } }

    var body: some HTML {
        Layout(title: "Exemplars: \(title)", context: context,
               lead: "Before an assessor reviews this microcredential for the first time, they score its exemplars and see where they differed from your reference levels.") {
            p(.class("breadcrumb")) {
                a(.href(StudioEndpoints.list.path())) { "Studio" }
                " › "
                a(.href(StudioEndpoints.overview.path(id))) { title }
            }
            p { a(.href(StudioEndpoints.disagreements.path(id))) { "Disagreements between assessors on blind second scores" } }
            section(.aria(.labelledby, "exemplars-heading")) {
                h2(.id("exemplars-heading")) { "Current exemplars" }
                if exemplars.isEmpty {
                    p(.class("empty-state")) { "No exemplars yet. Use a decided submission below as the first one." }
                }
                for (index, exemplar) in exemplars.enumerated() {
                    exemplarPanel(exemplar, number: index + 1)
                }
            }
            section(.aria(.labelledby, "candidates-heading")) {
                h2(.id("candidates-heading")) { "Decided submissions" }
                DataTable(id: "candidates", caption: "Submissions an assessor has decided, newest first",
                          columns: candidateColumns, rows: candidates,
                          emptyMessage: "No submission of this microcredential has been decided yet.")
            }
        }
    }

    func exemplarPanel(_ exemplar: Exemplar, number: Int) -> some HTML {
        let rubric = version(exemplar.versionID)?.design.rubric ?? Rubric()
        let tableID = "exemplar-\(number)"
        return div(.class("panel exemplar")) {
            h3 { "Exemplar \(number)" }
            p(.class("muted")) {
                "Version \(version(exemplar.versionID)?.number ?? 0), marked "
                DateText(exemplar.createdAt)
            }
            DataTable(id: tableID, caption: "Reference levels of exemplar \(number)", columns: [
                .init("Criterion", rowHeader: true) { (criterion: Criterion) in criterion.title },
                .init("Reference level") { criterion in rubric.levelName(exemplar.referenceScores[criterion.id]) },
            ], rows: rubric.criteria, emptyMessage: "The rubric has no criteria.")
            if !exemplar.note.isEmpty {
                p { strong { "Why: " }; exemplar.note }
            }
            PostForm(action: StudioEndpoints.removeExemplar.path(id, exemplar.id), csrfToken: context.csrfToken) {
                SubmitButton("Remove exemplar \(number)", style: .danger)
            }
        }
    }

    var candidateColumns: [DataTable<Candidate>.Column] { [
        .init("Submission", rowHeader: true) { candidate in
            "Attempt \(candidate.submission.attempt), submitted "
            DateText(candidate.submission.submittedAt)
        },
        .init("Version") { candidate in "\(version(candidate.submission.versionID)?.number ?? 0)" },
        .init("Decision") { candidate in candidate.submission.decision?.displayName ?? "—" },
        .init("Action", hideHeader: true) { candidate in
            if candidate.isExemplar {
                span(.class("muted")) { "Already an exemplar" }
            } else {
                a(.href(StudioEndpoints.newExemplar.path(id, candidate.submission.id))) { "Use as exemplar" }
            }
        },
    ] }
}
