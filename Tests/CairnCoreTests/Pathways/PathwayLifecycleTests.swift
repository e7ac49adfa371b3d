import Foundation
import Testing
@testable import CairnCore

@Suite struct PathwayLifecycleTests {
    @Test func aDraftIsPublishedThenRetiredWithTheTimesStamped() throws {
        var pathway = Pathway.fixture([.group(.allOf, .questioning)])
        try pathway.transition(to: .published, at: .fixture.plus(days: 1))
        #expect(pathway.state == .published && pathway.publishedAt == .fixture.plus(days: 1) && pathway.retiredAt == nil)
        try pathway.transition(to: .retired, at: .fixture.plus(days: 2))
        #expect(pathway.state == .retired && pathway.retiredAt == .fixture.plus(days: 2))
    }

    @Test func aPathwayWithProblemsIsNotPublished() throws {
        var pathway = Pathway.fixture([])
        #expect(throws: PathwayError.hasProblems([.noGroups])) { try pathway.transition(to: .published, at: .fixture) }
        #expect(pathway.state == .draft && pathway.publishedAt == nil)
        pathway.groups = [.group(.allOf, .questioning, .waitTime)]
        #expect(throws: PathwayError.hasProblems([.notInCatalog(group: 1, component: 2)])) {
            try pathway.transition(to: .published, at: .fixture, catalog: [.questioning: [1]])
        }
        try pathway.transition(to: .published, at: .fixture, catalog: [.questioning: [1], .waitTime: [1, 2]])
        #expect(pathway.state == .published)
    }

    @Test(arguments: [(PathwayState.draft, PathwayState.retired), (.published, .draft), (.published, .published),
                      (.retired, .published), (.retired, .draft)])
    func onlyDraftToPublishedToRetiredIsAllowed(_ from: PathwayState, _ to: PathwayState) {
        var pathway = Pathway(organizationID: .init(rawValue: "o"), slug: "p1", title: "P", state: from,
                              createdAt: .fixture, createdBy: .init(rawValue: "ana"))
        #expect(throws: PathwayError.illegalTransition(from: from, to: to)) { try pathway.transition(to: to, at: .fixture) }
        #expect(pathway.state == from)
    }

    @Test func aPathwayListsItsComponentsInOrder() {
        let pathway = Pathway.fixture([.group(.allOf, .questioning, .waitTime), .group(.oneOf, .discourse)])
        #expect(pathway.microcredentialIDs == [.questioning, .waitTime, .discourse])
        #expect(pathway.component(for: .discourse) == PathwayComponent(.discourse))
        #expect(pathway.component(for: .feedback) == nil)
        #expect(pathway.groups[0].requiredCount == 2 && pathway.groups[1].requiredCount == 1)
    }
}
