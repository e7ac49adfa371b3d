import CairnCore
import CairnHTML

/// A double-scored submission's levels side by side per criterion: the review's, the second
/// score's and, once resolved, the final level; rows where the assessors differ are marked.
struct ScoresSideBySide: HTML {
    let double: DoubleScore
    let rubric: Rubric
    let names: [Person.ID: String]
    /// Unique on the page.
    let tableID: String

    var body: some HTML {
        let disagreements = Set(double.disagreements)
        let firstName = names[double.review.assessorID] ?? "First assessor"
        let secondName = names[double.second.assessorID] ?? "Second assessor"
        DataTable(id: tableID, caption: "Attempt \(double.submission.attempt): levels of \(firstName) (review) and \(secondName) (second score)",
                  columns: [
                      .init("Criterion", rowHeader: true) { (criterion: Criterion) in
                          criterion.title
                          if disagreements.contains(criterion.id) { span(.class("badge badge--alert")) { " Differs" } }
                      },
                      .init("\(firstName) (review)") { criterion in rubric.levelName(double.review.levels[criterion.id]) },
                      .init("\(secondName) (second score)") { criterion in rubric.levelName(double.second.scores[criterion.id]) },
                      .init("Final level") { criterion in
                          double.resolution.map { rubric.levelName($0.levels[criterion.id]) } ?? "Not resolved yet"
                      },
                  ], rows: rubric.criteria, emptyMessage: "The rubric has no criteria.")
    }
}
