import CairnCore
import CairnHTML

/// The microcredential's double-scored submissions whose two scores differ, side by side, each
/// with a link to resolve it (or to change its resolution) and, once resolved, the note.
struct DisagreementsPage: HTML {
    let context: PageContext
    let microcredential: Microcredential
    let versions: [MicrocredentialVersion]
    let disagreements: [DoubleScore]
    let names: [Person.ID: String]

    var id: Microcredential.ID { microcredential.id }
    var title: String { versions.last?.design.title ?? microcredential.slug }

    var body: some HTML {
        Layout(title: "Disagreements: \(title)", context: context,
               lead: "Submissions scored a second time, blind, where the two assessors chose different levels. Resolve each with the final levels and a note on why.") {
            p(.class("breadcrumb")) {
                a(.href(StudioEndpoints.list.path())) { "Studio" }
                " › "
                a(.href(StudioEndpoints.overview.path(id))) { title }
            }
            if disagreements.isEmpty {
                p(.class("empty-state")) { "No disagreements: every second score so far matched the review." }
            }
            for (index, double) in disagreements.enumerated() {
                section(.class("panel disagreement"), .aria(.labelledby, "disagreement-\(index + 1)-heading")) {
                    h2(.id("disagreement-\(index + 1)-heading")) {
                        "Submission \(index + 1): "
                        double.resolution == nil ? "to resolve" : "resolved"
                    }
                    ScoresSideBySide(double: double, rubric: rubric(of: double), names: names, tableID: "disagreement-\(index + 1)")
                    if let resolution = double.resolution {
                        p { strong { "Resolution note: " }; resolution.note }
                    }
                    p {
                        a(.href(StudioEndpoints.disagreement.path(id, double.submission.id, double.second.assessorID))) {
                            double.resolution == nil ? "Resolve submission \(index + 1)" : "Change the resolution of submission \(index + 1)"
                        }
                    }
                }
            }
        }
    }

    func rubric(of double: DoubleScore) -> Rubric {
        versions.first { $0.id == double.submission.versionID }?.design.rubric ?? Rubric()
    }
}
