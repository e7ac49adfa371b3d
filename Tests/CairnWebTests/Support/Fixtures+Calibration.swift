import CairnApp
import CairnCore
import CairnHTML
import CairnStore
@testable import CairnWeb
import Foundation

/// The calibration, second scoring, agreement and review policy pages, filled in for the page checks.
extension Fixtures {
    static let snapshot = EvidenceSnapshot(items: [
        try! EvidenceItem(requirementID: "context", text: "A **grade 4** class; fractions were hard.", links: ["https://example.org/unit"],
                          files: [EvidenceFile(sha256: String(repeating: "a", count: 64), filename: "plan.pdf", contentType: "application/pdf", size: 40_000)]),
    ])

    static let decided = Submission(
        id: Submission.ID(rawValue: "s-1"), organizationID: microcredential.organizationID, enrollmentID: Enrollment.ID(rawValue: "e-1"),
        educatorID: Person.ID(rawValue: "p-9"), microcredentialID: microcredential.id, versionID: publishedVersion.id, attempt: 1,
        snapshot: snapshot, submittedAt: published, state: .decided(.notYet, by: Person.ID(rawValue: "p-2"), at: published))

    static func exemplar(_ id: String, note: String) -> Exemplar {
        Exemplar(id: Exemplar.ID(rawValue: id), organizationID: microcredential.organizationID, microcredentialID: microcredential.id,
                 versionID: publishedVersion.id, submissionID: decided.id, snapshot: snapshot,
                 referenceScores: ["c1": "demonstrated", "c2": "approaching", "c3": "demonstrated"], note: note,
                 createdBy: Person.ID(rawValue: "p-1"), createdAt: published)
    }

    static let double = DoubleScore(
        submission: decided,
        review: Review(submissionID: decided.id, assessorID: Person.ID(rawValue: "p-2"),
                       scores: [ScoreEntry(criterionID: "c1", levelID: "demonstrated"), ScoreEntry(criterionID: "c2", levelID: "approaching"),
                                ScoreEntry(criterionID: "c3", levelID: "demonstrated")],
                       computedDecision: .notYet, override: nil, decidedAt: published),
        second: SecondScoring.Score(submissionID: decided.id, assessorID: Person.ID(rawValue: "p-3"),
                                    scores: ["c1": "demonstrated", "c2": "demonstrated", "c3": "exemplary"], scoredAt: published),
        resolution: ScoreResolution(submissionID: decided.id, secondAssessorID: Person.ID(rawValue: "p-3"),
                                    levels: ["c1": "demonstrated", "c2": "approaching", "c3": "demonstrated"], note: "Only most students answered.",
                                    resolvedBy: Person.ID(rawValue: "p-1"), resolvedAt: published))

    static let assessorNames: [Person.ID: String] = [Person.ID(rawValue: "p-2"): "Samuel Osei", Person.ID(rawValue: "p-3"): "Luis Ortega"]

    static var calibrationPages: [(name: String, html: String)] {
        let assessor = context(roles: [.assessor], path: "/review/calibration/mc-1")
        let exemplars = [exemplar("x-1", note: "Distractors map to misconceptions."), exemplar("x-2", note: "")]
        var levelErrors = FormErrors()
        levelErrors.add("Choose a level for “Hinge questions”.", for: "level_c1")
        var policyErrors = FormErrors()
        policyErrors.add("Enter a percentage from 0 to 100.", for: "second_scoring_percent")
        let agreement = Agreement([("demonstrated", "demonstrated"), ("approaching", "demonstrated")])
        let rubric = design.rubric
        let calibration = Calibrating.Page(microcredentialID: Microcredential.ID(rawValue: "mc-1"), title: design.title,
                                      items: exemplars.map { .init(exemplar: $0, version: publishedVersion, enrollmentID: decided.enrollmentID) },
                                      scored: [exemplars[0].id])
        return [
            ("exemplars", ExemplarsPage(context: designer("/studio/mc-1/exemplars"), microcredential: microcredential,
                                        versions: [publishedVersion], exemplars: exemplars,
                                        candidates: [.init(submission: decided, isExemplar: true)]).render()),
            ("exemplars-empty", ExemplarsPage(context: designer("/studio/mc-1/exemplars"), microcredential: microcredential,
                                              versions: [publishedVersion], exemplars: [], candidates: []).render()),
            ("exemplar-form", ExemplarFormPage(context: designer("/studio/mc-1/exemplars/from/s-1"), microcredential: microcredential,
                                               submission: decided, version: publishedVersion, levels: ["c2": "approaching"],
                                               note: "Why", errors: levelErrors).render()),
            ("calibration", CalibrationPage(context: assessor, calibration: calibration, item: calibration.items[1],
                                            selected: ["c2": "exemplary"], errors: levelErrors).render()),
            ("calibration-empty", CalibrationPage(context: assessor, calibration: Calibrating.Page(microcredentialID: Microcredential.ID(rawValue: "mc-1"), title: design.title,
                                                                                              items: [], scored: []), item: nil).render()),
            ("calibration-results", CalibrationResultsPage(context: assessor, calibration: calibration, item: calibration.items[0],
                                                           result: exemplars[0].compare(["c1": "exemplary", "c2": "approaching", "c3": "not-yet"],
                                                                                        rubric: rubric)).render()),
            ("calibration-results-done", CalibrationResultsPage(context: assessor, calibration: {
                var done = calibration
                done.scored = Set(exemplars.map(\.id))
                return done
            }(), item: calibration.items[1], result: exemplars[1].compare(exemplars[1].referenceScores, rubric: rubric)).render()),
            ("second-scoring-list", SecondScoringListPage(context: context(roles: [.assessor], path: "/review/second"),
                                                          rows: [.init(submission: decided, title: design.title)]).render()),
            ("second-scoring", SecondScoringPage(context: context(roles: [.assessor], path: "/review/second/s-1"), submission: decided,
                                                 version: publishedVersion, selected: ["c2": "demonstrated"], errors: levelErrors).render()),
            ("disagreements", DisagreementsPage(context: designer("/studio/mc-1/disagreements"), microcredential: microcredential,
                                                versions: [publishedVersion], disagreements: [double, double], names: assessorNames).render()),
            ("resolve-disagreement", ResolveDisagreementPage(context: designer("/studio/mc-1/disagreements/s-1/p-3"), microcredential: microcredential,
                                                             version: publishedVersion, double: double, names: assessorNames,
                                                             levels: ["c1": "demonstrated"], note: "", errors: levelErrors).render()),
            ("agreement", AgreementPage(context: context(roles: [.admin], path: "/admin/agreement"), report: AgreementReport(
                doubleScored: 1, overall: agreement, assessors: [.init(name: "Samuel Osei", detail: nil, agreement: agreement)],
                criteria: [.init(name: "Hinge questions", detail: design.title, agreement: agreement)])).render()),
            ("agreement-empty", AgreementPage(context: context(roles: [.admin], path: "/admin/agreement"), report: AgreementReport(
                doubleScored: 0, overall: Agreement([(String, String)]()), assessors: [], criteria: [])).render()),
            ("review-policy", ReviewPolicyPage(context: context(roles: [.admin], path: "/admin/review-policy"),
                                               microcredentials: [Choice(value: "mc-1", label: design.title)],
                                               values: .init(notYetBeforeCoach: "3", claimHours: "48", secondScoringPercent: "150", hidden: ["mc-1"]),
                                               errors: policyErrors).render()),
            ("pilot-feedback-earning", PilotFeedbackPage(context: context(roles: [.educator], path: "/pilot/v-1/feedback"), version: pilotVersion,
                                                         earning: PilotEarningPanel(versionID: MicrocredentialVersion.ID(rawValue: "v-1"), enrollmentID: nil, csrfToken: csrf)).render()),
        ]
    }
}
