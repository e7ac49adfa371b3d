import Foundation
import Testing
@testable import CairnCore

/// One pathway with what its check should find.
struct PathwayCheckCase: Sendable, CustomTestStringConvertible {
    let id: String
    var pathway: Pathway
    var publishing = true
    var catalog: [Microcredential.ID: Set<Int>]? = nil
    let expected: [PathwayProblem]
    var testDescription: String { id }

    static let valid = Pathway.fixture([.group(.allOf, .questioning, .waitTime), .group(.nOf(2), .discourse, .exitTickets, .feedback)])

    static func changing(_ change: (inout Pathway) -> Void) -> Pathway {
        var pathway = valid
        change(&pathway)
        return pathway
    }

    static let cases: [PathwayCheckCase] = [
        PathwayCheckCase(id: "a pathway of all of and 2 of five is fine", pathway: valid, expected: []),
        PathwayCheckCase(id: "blank title", pathway: changing { $0.title = "  \n" }, expected: [.titleRequired]),
        PathwayCheckCase(id: "title of 121 characters", pathway: changing { $0.title = String(repeating: "x", count: 121) },
                         expected: [.titleTooLong(maximum: 120)]),
        PathwayCheckCase(id: "title of 120 characters", pathway: changing { $0.title = String(repeating: "x", count: 120) }, expected: []),
        PathwayCheckCase(id: "summary too long", pathway: changing { $0.summary = String(repeating: "y", count: 1001) },
                         expected: [.summaryTooLong(maximum: 1000)]),
        PathwayCheckCase(id: "slug with spaces", pathway: changing { $0.slug = "Formative assessment" }, expected: [.slugInvalid]),
        PathwayCheckCase(id: "no group, publishing", pathway: changing { $0.groups = [] }, expected: [.noGroups]),
        PathwayCheckCase(id: "no group, a draft saved", pathway: changing { $0.groups = [] }, publishing: false, expected: []),
        PathwayCheckCase(id: "empty second group, publishing", pathway: changing { $0.groups[1].components = [] },
                         expected: [.groupEmpty(group: 2)]),
        PathwayCheckCase(id: "empty second group, a draft saved", pathway: changing { $0.groups[1].components = [] },
                         publishing: false, expected: []),
        PathwayCheckCase(id: "4 of 3", pathway: changing { $0.groups[1].rule = .nOf(4) },
                         expected: [.countOutOfRange(group: 2, count: 4, components: 3)]),
        PathwayCheckCase(id: "0 of 3, even in a draft", pathway: changing { $0.groups[1].rule = .nOf(0) }, publishing: false,
                         expected: [.countOutOfRange(group: 2, count: 0, components: 3)]),
        PathwayCheckCase(id: "3 of 3", pathway: changing { $0.groups[1].rule = .nOf(3) }, expected: []),
        PathwayCheckCase(id: "1 of 1", pathway: changing { $0.groups[1] = .group(.nOf(1), .discourse) }, expected: []),
        PathwayCheckCase(id: "the same microcredential in two groups",
                         pathway: changing { $0.groups[1].components.append(PathwayComponent(.waitTime, versions: .from(2))) },
                         expected: [.repeatedMicrocredential(group: 2, component: 4, firstGroup: 1)]),
        PathwayCheckCase(id: "the same microcredential twice in one group",
                         pathway: changing { $0.groups[0].components.append(PathwayComponent(.questioning)) },
                         expected: [.repeatedMicrocredential(group: 1, component: 3, firstGroup: 1)]),
        PathwayCheckCase(id: "version 0 or later", pathway: changing { $0.groups[0].components[1].versions = .from(0) },
                         expected: [.versionsMalformed(group: 1, component: 2)]),
        PathwayCheckCase(id: "an empty set of versions", pathway: changing { $0.groups[0].components[1].versions = .only([]) },
                         expected: [.versionsMalformed(group: 1, component: 2)]),
        PathwayCheckCase(id: "13 groups", pathway: changing { p in
                             p.groups = (1...13).map { PathwayGroup(rule: .oneOf, components: [PathwayComponent(.init(rawValue: "m\($0)"))]) }
                         }, expected: [.tooManyGroups(maximum: 12)]),
        PathwayCheckCase(id: "41 components", pathway: changing { p in
                             p.groups = [PathwayGroup(rule: .nOf(3), components: (1...41).map { PathwayComponent(.init(rawValue: "m\($0)")) })]
                         }, expected: [.tooManyComponents(maximum: 40)]),
        PathwayCheckCase(id: "40 components", pathway: changing { p in
                             p.groups = [PathwayGroup(rule: .nOf(3), components: (1...40).map { PathwayComponent(.init(rawValue: "m\($0)")) })]
                         }, expected: []),
        PathwayCheckCase(id: "a group title of 81 characters", pathway: changing { $0.groups[0].title = String(repeating: "g", count: 81) },
                         expected: [.groupTitleTooLong(group: 1, maximum: 80)]),
        PathwayCheckCase(id: "a microcredential the catalog does not show",
                         pathway: valid,
                         catalog: [.questioning: [1], .waitTime: [1, 2], .discourse: [1], .exitTickets: [3]],
                         expected: [.notInCatalog(group: 2, component: 3)]),
        PathwayCheckCase(id: "a draft skips the catalog", pathway: valid, publishing: false, catalog: [:], expected: []),
        PathwayCheckCase(id: "version 3 or later when only 1 and 2 were published",
                         pathway: changing { $0.groups[0].components[1].versions = .from(3) },
                         catalog: [.questioning: [1], .waitTime: [1, 2], .discourse: [1], .exitTickets: [1], .feedback: [1]],
                         expected: [.noVersionMatches(group: 1, component: 2)]),
        PathwayCheckCase(id: "versions 2 or 4 when 2 was published",
                         pathway: changing { $0.groups[0].components[1].versions = .only([2, 4]) },
                         catalog: [.questioning: [1], .waitTime: [1, 2], .discourse: [1], .exitTickets: [1], .feedback: [1]],
                         expected: []),
        PathwayCheckCase(id: "every problem at once, in the order of the form",
                         pathway: changing { p in
                             p.title = ""
                             p.slug = "-"
                             p.groups[0].rule = .nOf(5)
                             p.groups[1].components[0] = PathwayComponent(.questioning, versions: .only([0]))
                         },
                         expected: [.slugInvalid, .titleRequired, .countOutOfRange(group: 1, count: 5, components: 2),
                                    .repeatedMicrocredential(group: 2, component: 1, firstGroup: 1), .versionsMalformed(group: 2, component: 1)]),
    ]
}

@Suite struct PathwayCheckingTests {
    @Test(arguments: PathwayCheckCase.cases)
    func aPathwayIsCheckedAgainstEveryRule(_ c: PathwayCheckCase) {
        #expect(c.pathway.problems(publishing: c.publishing, catalog: c.catalog) == c.expected)
    }

    @Test func eachProblemNamesTheFieldToFix() {
        #expect(PathwayProblem.titleRequired.field == "title")
        #expect(PathwayProblem.noGroups.field == "groups")
        #expect(PathwayProblem.groupEmpty(group: 2).field == "group-2")
        #expect(PathwayProblem.countOutOfRange(group: 1, count: 4, components: 3).field == "group-1-rule")
        #expect(PathwayProblem.repeatedMicrocredential(group: 2, component: 4, firstGroup: 1).field == "group-2-component-4")
        #expect(PathwayProblem.noVersionMatches(group: 1, component: 2).field == "group-1-component-2-versions")
        #expect(PathwayProblem.titleRequired.kind == .invalidInput)
    }

    @Test func theMessagesSayHowToFixTheProblem() {
        #expect(PathwayProblem.countOutOfRange(group: 2, count: 4, components: 3).message
                == "Group 2 has 3 microcredentials: ask for between 1 and 3 of them, not 4.")
        #expect(PathwayProblem.repeatedMicrocredential(group: 2, component: 4, firstGroup: 1).message
                == "This microcredential is already in group 1: a microcredential counts once in a pathway.")
        #expect(PathwayProblem.titleTooLong(maximum: 120).message == "Shorten the title to 120 characters or fewer.")
        #expect(PathwayError.hasProblems([.noGroups, .titleRequired]).message == "Fix the 2 problems listed before publishing.")
    }

    @Test func versionPinsAdmitTheirVersionsAndReadAsWords() {
        #expect(VersionPin.from(2).admits(2) && VersionPin.from(2).admits(7) && !VersionPin.from(2).admits(1))
        #expect(VersionPin.only([1, 3]).admits(3) && !VersionPin.only([1, 3]).admits(2))
        #expect(VersionPin.from(2).displayName == "version 2 or later")
        #expect(VersionPin.from(1).displayName == "any version")
        #expect(VersionPin.only([3, 1, 4]).displayName == "version 1, 3 or 4")
        #expect(VersionPin.only([2]).displayName == "version 2")
    }

    @Test func aRuleNeedsAllNOrOneOfItsComponents() {
        #expect(PathwayRule.allOf.requiredCount(of: 4) == 4)
        #expect(PathwayRule.nOf(2).requiredCount(of: 4) == 2)
        #expect(PathwayRule.oneOf.requiredCount(of: 4) == 1)
        for rule in [PathwayRule.allOf, .nOf(3), .oneOf] {
            #expect(PathwayRule(kind: rule.kind, count: 3) == rule)
        }
        #expect(PathwayRule(kind: "n-of", count: nil) == nil)
        #expect(PathwayRule(kind: "most-of", count: 2) == nil)
    }
}
