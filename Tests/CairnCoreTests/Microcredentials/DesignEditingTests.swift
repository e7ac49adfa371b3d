import Testing
@testable import CairnCore

@Suite struct DesignEditingTests {
    /// Runs a move outside `#expect` (which cannot hold a mutating call) and returns whether it moved.
    func moved(_ design: inout Design, _ move: (inout Design) -> Bool) -> Bool { move(&design) }

    @Test func aBlankDesignHasTheDefaultScaleTheUsualPartsAndTheDemonstratedRule() {
        let design = Design.blank(title: "Academic Discourse")
        #expect(design.title == "Academic Discourse")
        #expect(design.rubric.levels.map(\.name) == ["Not yet", "Approaching", "Demonstrated", "Exemplary"])
        #expect(design.rubric.levels.map(\.points) == [0, 1, 2, 3])
        #expect(design.parts.map(\.title) == ["Overview questions", "Artifacts", "Reflection"])
        #expect(design.parts.allSatisfy(\.requirements.isEmpty) && design.objectives.isEmpty && design.rubric.criteria.isEmpty)
        #expect(design.rubric.successRule == .everyCriterionAtLeast(level: "demonstrated"))
    }

    @Test func freshIDsAvoidEveryIDInTheDesign() {
        var design = Design.wellFormed
        #expect(design.nextID(prefix: "o") == "o3")
        #expect(design.nextID(prefix: "c") == "c1")
        design.objectives[0].id = "x1"
        design.rubric.levels[0].id = "x2"
        #expect(design.nextID(prefix: "x") == "x3")
        #expect(design.nextID(prefix: "o") == "o1")
        let id = design.addObjective(statement: "Plan wait time after questions.")
        #expect(id == "o1" && design.objectives.last == LearningObjective(id: "o1", statement: "Plan wait time after questions."))
        #expect(Design.isValidLocalID(design.nextID(prefix: "r-")))
    }

    @Test func itemsMoveOnePlaceAndStopAtTheEnds() {
        var design = Design.wellFormed
        #expect(moved(&design) { $0.moveObjective("o2", .up) })
        #expect(design.objectives.map(\.id) == ["o2", "o1"])
        #expect(!moved(&design) { $0.moveObjective("o2", .up) })
        #expect(!moved(&design) { $0.moveObjective("o9", .down) })
        #expect(moved(&design) { $0.moveCriterion("c-design", .down) })
        #expect(design.rubric.criteria.map(\.id) == ["c-evidence", "c-design", "c-adjust"])
        #expect(!moved(&design) { $0.moveCriterion("c-adjust", .down) })
        #expect(moved(&design) { $0.movePart("reflection", .up) })
        #expect(design.parts.map(\.id) == ["overview", "reflection", "artifacts"])
        #expect(!moved(&design) { $0.moveLevel("exemplary", .down) })
        #expect(moved(&design) { $0.moveLevel("not-yet", .down) })
        #expect(design.rubric.levels.map(\.id) == ["approaching", "not-yet", "demonstrated", "exemplary"])
    }

    @Test func aRequirementMovesAcrossPartsAtTheirEdges() {
        var design = Design.wellFormed
        #expect(moved(&design) { $0.moveRequirement("r-work", .up) })
        #expect(design.parts[1].requirements.map(\.id) == ["r-work", "r-plan"])
        #expect(moved(&design) { $0.moveRequirement("r-work", .up) })  // first of Artifacts → last of Overview questions
        #expect(design.parts[0].requirements.map(\.id) == ["r-context", "r-work"])
        #expect(design.parts[1].requirements.map(\.id) == ["r-plan"])
        #expect(moved(&design) { $0.moveRequirement("r-plan", .down) })  // last of Artifacts → first of Reflection
        #expect(design.parts[2].requirements.map(\.id) == ["r-plan", "r-reflect"])
        #expect(!moved(&design) { $0.moveRequirement("r-reflect", .down) })
        #expect(!moved(&design) { $0.moveRequirement("r-context", .up) })
        #expect(DesignChecker.check(design).errors == [])
    }

    @Test func removingAnObjectiveRemovesItsLinks() {
        var design = Design.wellFormed
        design.removeObjective("o2")
        #expect(design.objectives.map(\.id) == ["o1"])
        #expect(design.requirements.map(\.objectiveIDs) == [["o1"], ["o1"], ["o1"], []])
        #expect(design.rubric.criteria.map(\.objectiveIDs) == [["o1"], ["o1"], []])
        #expect(!DesignChecker.check(design).errors.contains { $0.code == .unknownReference })
    }

    @Test func removingARequirementOrAPartRemovesItsLinksFromCriteria() {
        var design = Design.wellFormed
        design.removeRequirement("r-plan")
        #expect(design.requirement("r-plan") == nil)
        #expect(design.rubric.criteria[0].requirementIDs == ["r-context"])
        design.removePart("artifacts")
        #expect(design.parts.map(\.id) == ["overview", "reflection"])
        #expect(design.rubric.criteria[1].requirementIDs == [])
        #expect(!DesignChecker.check(design).errors.contains { $0.code == .unknownReference })
    }

    @Test func removingALevelRemovesItsDescriptors() {
        var design = Design.wellFormed
        design.removeLevel("approaching")
        #expect(design.rubric.levels.map(\.id) == ["not-yet", "demonstrated", "exemplary"])
        #expect(design.rubric.criteria.allSatisfy { $0.descriptors["approaching"] == nil && $0.descriptors.count == 3 })
        #expect(design.rubric.successRule == .everyCriterionAtLeast(level: "demonstrated"))
        #expect(DesignChecker.check(design).errors == [])
    }

    @Test(arguments: [
        ("demonstrated", SuccessRule.everyCriterionAtLeast(level: "demonstrated"), SuccessRule.everyCriterionAtLeast(level: "exemplary")),
        ("exemplary", .everyCriterionAtLeast(level: "exemplary"), .everyCriterionAtLeast(level: "demonstrated")),
        ("approaching", .pointsAtLeast(minimum: 6, floor: "approaching"), .pointsAtLeast(minimum: 6, floor: "demonstrated")),
        ("not-yet", .pointsAtLeast(minimum: 6, floor: "approaching"), .pointsAtLeast(minimum: 6, floor: "approaching")),
    ])
    func aRuleNamingARemovedLevelMovesToTheLowestLevelThatStillPasses(_ removed: String, _ rule: SuccessRule, _ expected: SuccessRule) {
        var design = Design.wellFormed
        design.rubric.successRule = rule
        design.removeLevel(removed)
        #expect(design.rubric.successRule == expected)
        #expect(!DesignChecker.check(design).errors.contains { $0.code == .ruleUnknownLevel })
    }

    @Test func removingEveryLevelLeavesTheRuleForTheCheckerToFlag() {
        var design = Design.wellFormed
        for level in Level.defaultScale { design.removeLevel(level.id) }
        let codes = DesignChecker.check(design).errors.map(\.code)
        #expect(codes.contains(.tooFewLevels) && codes.contains(.ruleUnknownLevel))
    }

    @Test func addedItemsGetFreshIDsAndLevelsGoOnTop() {
        var design = Design.wellFormed
        let part = design.addPart(title: "Extension")
        let requirement = design.addRequirement(kind: .classroomVideo, title: "Video", to: part)
        #expect(requirement == "r1" && design.parts.last?.requirements.map(\.kind) == [.classroomVideo])
        #expect(design.addRequirement(kind: .other, to: "nowhere") == nil)
        #expect(design.addCriterion(title: "Questioning") == "c1")
        #expect(design.addLevel(name: "Leading") == "l1")
        #expect(design.rubric.levels.last == Level(id: "l1", name: "Leading", points: 4))
    }
}
