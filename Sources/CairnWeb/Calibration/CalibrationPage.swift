import CairnCore

/// An assessor's calibration form: each exemplar's evidence, then a level per criterion of its rubric.
///
/// Form: `POST /review/calibration/:microcredential` with `exemplar_<id>_level_<criterion>` for every exemplar.
struct CalibrationPage: HTML {
    /// One exemplar, with the version whose rubric it is scored on.
    struct Item {
        let exemplar: Exemplar
        let version: MicrocredentialVersion
    }

    let context: PageContext
    let microcredentialID: String
    let title: String
    let exemplars: [Item]
    /// The assessor has scored every exemplar already.
    let alreadyScored: Bool
    /// Per exemplar (in order), criterion id → level id typed before a refused post.
    var selected: [[String: String]] = []
    var errors = FormErrors()

    /// The field name prefix of an exemplar's levels.
    static func prefix(_ exemplar: Exemplar) -> String { "exemplar_\(exemplar.id.rawValue)_" }

    var body: some HTML {
        Layout(title: "Calibration: \(title)", context: context,
               lead: "Score these exemplars as you would any submission. Then you see where your levels differ from the designer's reference levels.") {
            ErrorSummary(errors)
            if exemplars.isEmpty {
                p(.class("empty-state")) { "This microcredential has no exemplars yet: there is nothing to calibrate on." }
                p { a(.href(Paths.dashboard)) { "Back to your dashboard" } }
            } else {
                if alreadyScored {
                    div(.class("notice"), .role("note")) {
                        p { "You have scored these exemplars. You can review this microcredential; score them again whenever you like." }
                    }
                }
                PostForm(action: Paths.calibration(microcredentialID), csrfToken: context.csrfToken, class: "stack") {
                    for (index, item) in exemplars.enumerated() {
                        section(.class("calibration-exemplar"), .aria(.labelledby, "exemplar-\(index + 1)-heading")) {
                            h2(.id("exemplar-\(index + 1)-heading")) { "Exemplar \(index + 1)" }
                            SnapshotEvidence(snapshot: item.exemplar.snapshot, design: item.version.design)
                            h3 { "Your levels for exemplar \(index + 1)" }
                            RubricLevelFields(rubric: item.version.design.rubric, prefix: Self.prefix(item.exemplar),
                                              selected: index < selected.count ? selected[index] : [:], errors: errors)
                        }
                    }
                    div(.class("actions")) { SubmitButton("Compare with the reference") }
                }
            }
        }
    }
}
