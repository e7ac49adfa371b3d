import CairnCore
@testable import CairnApp
import Foundation
import Testing

@Suite struct DemoDesignTests {
    static let slugs = Demo.designSlugs

    @Test(arguments: slugs)
    func everyDemoDesignPassesTheDesignChecker(_ slug: String) throws {
        let design = try Demo.design(slug)
        let check = DesignChecker.check(design)
        #expect(check.errors.isEmpty, "\(slug): \(check.errors.map(\.message))")
        #expect(check.warnings.filter { $0.code == .unmeasurableVerb }.isEmpty, "\(slug) uses an unmeasurable verb")
        #expect(design.objectives.count >= 3)
        #expect(design.rubric.criteria.count >= 3)
    }

    @Test(arguments: slugs)
    func everyDemoDesignSurvivesAnExportAndImport(_ slug: String) throws {
        let design = try Demo.design(slug)
        #expect(try DesignFile.decode(DesignFile(design: design).encode()).design == design)
    }

    @Test func thePilotFeedbackCoversEveryItemOfItsDesign() throws {
        let design = try Demo.design("academic-discourse")
        let responses = try Demo.pilotResponses()
        #expect(responses.count == 4)
        for response in responses {
            let feedback = PilotFeedback(versionID: .generate(), personID: .generate(), role: response.role, items: response.items,
                                         relevance: response.relevance, workloadHours: response.workloadHours,
                                         wouldRecommend: response.wouldRecommend, comments: response.comments, submittedAt: Date())
            try feedback.validate(against: design)
            #expect(Set(response.items.map(\.itemID)) == Set(design.requirements.map(\.id) + design.rubric.criteria.map(\.id)))
        }
    }
}
