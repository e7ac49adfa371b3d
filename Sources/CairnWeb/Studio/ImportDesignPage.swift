import CairnCore
import CairnHTML

/// Imports a design file (`design`, multipart) shared by another district as a new draft; a bad
/// file's problems are listed with where in the file they are (the JSON path).
public struct ImportDesignPage: HTML {
    let context: PageContext
    let problems: [DesignFileError]
    let errors: FormErrors

    /// - Parameters:
    ///   - problems: what was wrong with the file sent (nothing was saved).
    ///   - errors: a problem with the form itself, such as no file chosen (field `design`).
    public init(context: PageContext, problems: [DesignFileError] = [], errors: FormErrors = FormErrors()) {
        self.context = context
        self.problems = problems
        self.errors = errors
    }

    var summary: FormErrors {
        guard !problems.isEmpty, errors["design"] == nil else { return errors }
        var all = errors
        all.add("The file could not be imported: see the problems listed below.", for: "design")
        return all
    }

    public var body: some HTML {
        Layout(title: "Import a design", context: context, width: .narrow,
               lead: "Start a draft from a design file exported from Cairn, by your district or another.") {
            ErrorSummary(summary)
            if !problems.isEmpty {
                section(.class("panel import-problems"), .aria(.labelledby, "problems-heading")) {
                    h2(.id("problems-heading")) { Wording.count(problems.count, "problem") + " in the file" }
                    ul(.class("plain-list")) {
                        for problem in problems {
                            li {
                                if !problem.path.isEmpty { code { problem.path }; ": " }
                                problem.message
                            }
                        }
                    }
                    p { "Nothing was imported. Fix the file, or export it again, and try once more." }
                }
            }
            PostForm(action: StudioEndpoints.importDesign.path(), csrfToken: context.csrfToken, multipart: true, class: "stack") {
                FileField(label: "Design file", name: "design", accept: ".json,application/json",
                          hint: "A .json file with \"format\": \"cairn-design\". It becomes a new draft; images are not included.",
                          error: summary["design"])
                div(.class("actions")) {
                    SubmitButton("Import as a new draft")
                    ButtonLink("Cancel", to: StudioEndpoints.list.path(), style: .quiet)
                }
            }
        }
    }
}
