import Testing
@testable import CairnCore

/// A change to the well-formed design and the one finding it should cause.
struct CheckCase: Sendable, CustomTestStringConvertible {
    let id: String
    let code: DesignFinding.Code
    let field: String
    let change: @Sendable (inout Design) -> Void
    var testDescription: String { id }

    init(_ id: String, _ code: DesignFinding.Code, field: String, _ change: @escaping @Sendable (inout Design) -> Void) {
        (self.id, self.code, self.field, self.change) = (id, code, field, change)
    }

    var design: Design {
        var design = Design.wellFormed
        change(&design)
        return design
    }
}

@Suite struct DesignCheckerTests {
    @Test func aWellFormedDesignHasNoErrorsAndNoWarnings() {
        let check = DesignChecker.check(.wellFormed)
        #expect(check.errors == [])
        #expect(check.warnings == [])
        #expect(check.isPassing)
    }

    static let errors: [CheckCase] = [
        CheckCase("empty title", .titleEmpty, field: "title") { $0.title = "  " },
        CheckCase("no objective", .noObjectives, field: "objectives") { d in
            d.removeObjective("o1")
            d.removeObjective("o2")
        },
        CheckCase("objective without statement", .objectiveEmpty, field: "objective-o2") { $0.objectives[1].statement = "" },
        CheckCase("objective assessed by no criterion", .objectiveWithoutCriterion, field: "objective-o2") { d in
            d.rubric.criteria[1].objectiveIDs = ["o1"]
            d.rubric.criteria[2].objectiveIDs = ["o1"]
        },
        CheckCase("objective shown by no evidence", .objectiveWithoutEvidence, field: "objective-o2") { d in
            d.updateRequirement("r-work") { $0.objectiveIDs = ["o1"] }
            d.updateRequirement("r-reflect") { $0.objectiveIDs = ["o1"] }
        },
        CheckCase("criterion without title", .criterionTitleEmpty, field: "criterion-c-adjust") { $0.rubric.criteria[2].title = "" },
        CheckCase("criterion missing a descriptor", .descriptorMissing, field: "criterion-c-evidence-level-exemplary") {
            $0.rubric.criteria[1].descriptors["exemplary"] = " "
        },
        CheckCase("requirement without title", .requirementTitleEmpty, field: "requirement-r-plan") {
            $0.updateRequirement("r-plan") { $0.title = "" }
        },
        CheckCase("requirement assessed by no criterion", .requirementWithoutCriterion, field: "requirement-r-work") {
            $0.rubric.criteria[1].requirementIDs = ["r-plan"]
        },
        CheckCase("requirement naming an unknown objective", .unknownReference, field: "requirement-r-plan") {
            $0.updateRequirement("r-plan") { $0.objectiveIDs = ["o1", "o9"] }
        },
        CheckCase("criterion naming an unknown objective", .unknownReference, field: "criterion-c-design") {
            $0.rubric.criteria[0].objectiveIDs.append("o9")
        },
        CheckCase("criterion naming an unknown requirement", .unknownReference, field: "criterion-c-design") {
            $0.rubric.criteria[0].requirementIDs.append("r-video")
        },
        CheckCase("descriptor for an unknown level", .unknownReference, field: "criterion-c-design") {
            $0.rubric.criteria[0].descriptors["mastery"] = "Beyond."
        },
        CheckCase("duplicate objective ids", .duplicateID, field: "objective-o1") { $0.objectives.append($0.objectives[0]) },
        CheckCase("duplicate criterion ids", .duplicateID, field: "criterion-c-design") { d in
            d.rubric.criteria.append(d.rubric.criteria[0])
        },
        CheckCase("invalid id", .invalidID, field: "part-Overview Part") { $0.parts[0].id = "Overview Part" },
        CheckCase("fewer than two levels", .tooFewLevels, field: "levels") { d in
            d.rubric.levels = [Level(id: "demonstrated", name: "Demonstrated", points: 1)]
            for c in d.rubric.criteria.indices { d.rubric.criteria[c].descriptors = ["demonstrated": "Done."] }
        },
        CheckCase("level without name", .levelNameEmpty, field: "level-approaching") { $0.rubric.levels[1].name = "" },
        CheckCase("rule naming an unknown level", .ruleUnknownLevel, field: "success-rule") {
            $0.rubric.successRule = .everyCriterionAtLeast(level: "proficient")
        },
        CheckCase("rule with an unknown floor", .ruleUnknownLevel, field: "success-rule") {
            $0.rubric.successRule = .pointsAtLeast(minimum: 6, floor: "basic")
        },
        CheckCase("rule with an impossible minimum", .ruleImpossibleMinimum, field: "success-rule") {
            $0.rubric.successRule = .pointsAtLeast(minimum: 10, floor: "approaching")  // 3 criteria × 3 points = 9
        },
        CheckCase("image without alt text", .imageAltMissing, field: "image-alt") { $0.image = DesignImage(blob: "ab12", alt: "") },
        CheckCase("negative limit", .limitsNegative, field: "requirement-r-plan-limits") {
            $0.updateRequirement("r-plan") { $0.limits.maxFileMegabytes = -5 }
        },
        CheckCase("more minimum words than maximum", .limitsWordRange, field: "requirement-r-reflect-limits") {
            $0.updateRequirement("r-reflect") { $0.limits = EvidenceLimits(minWords: 900, maxWords: 800) }
        },
        CheckCase("link that is not a web address", .linkNotWeb, field: "link-1") {
            $0.links[0].url = "javascript:alert(1)"
        },
        CheckCase("negative credit hours", .hoursNegative, field: "credit-hours") { $0.creditHours = -1 },
        CheckCase("negative estimated hours", .hoursNegative, field: "estimated-hours") { $0.estimatedHours = -2 },
        CheckCase("expiry of zero months", .validityNotPositive, field: "validity-months") { $0.validityMonths = 0 },
    ]

    @Test(arguments: errors)
    func eachProblemIsAnError(_ c: CheckCase) {
        let check = DesignChecker.check(c.design)
        #expect(check.errors.map(\.code) == [c.code])
        #expect(check.errors.first?.field == c.field)
        #expect(check.errors.first?.message.isEmpty == false)
        #expect(!check.isPassing)
    }

    static let warnings: [CheckCase] = [
        CheckCase("objective with “understand”", .unmeasurableVerb, field: "objective-o1") {
            $0.objectives[0].statement = "Understand why checks matter."
        },
        CheckCase("objective with “know”", .unmeasurableVerb, field: "objective-o2") { $0.objectives[1].statement = "Teachers will KNOW three checks." },
        CheckCase("objective with “appreciate”", .unmeasurableVerb, field: "objective-o1") {
            $0.objectives[0].statement = "Appreciates the value of feedback."
        },
        CheckCase("objective with “learn about”", .unmeasurableVerb, field: "objective-o1") {
            $0.objectives[0].statement = "Learn about hinge questions."
        },
        CheckCase("objective with “be aware of”", .unmeasurableVerb, field: "objective-o1") {
            $0.objectives[0].statement = "Be aware of common misconceptions."
        },
        CheckCase("objective with “become familiar with”", .unmeasurableVerb, field: "objective-o2") {
            $0.objectives[1].statement = "Become familiar with exit tickets."
        },
        CheckCase("empty summary", .summaryEmpty, field: "summary") { $0.summary = "" },
        CheckCase("empty competency", .competencyEmpty, field: "competency") { $0.competency = "\n" },
        CheckCase("every requirement optional", .noRequiredEvidence, field: "parts") { d in
            for id in ["r-context", "r-plan", "r-reflect"] { d.updateRequirement(id) { $0.required = false } }
        },
        CheckCase("requirement without prompt", .requirementPromptEmpty, field: "requirement-r-work") {
            $0.updateRequirement("r-work") { $0.prompt = "" }
        },
        CheckCase("criterion tied to no objective", .criterionWithoutObjective, field: "criterion-c-evidence") {
            $0.rubric.criteria[1].objectiveIDs = []
        },
        CheckCase("empty part", .partEmpty, field: "part-p1") { $0.addPart(title: "Extension") },
        CheckCase("levels not increasing in points", .levelPointsNotIncreasing, field: "levels") { $0.rubric.levels[3].points = 2 },
        CheckCase("rule at the lowest level", .ruleAlwaysEarned, field: "success-rule") {
            $0.rubric.successRule = .everyCriterionAtLeast(level: "not-yet")
        },
        CheckCase("points rule any submission meets", .ruleAlwaysEarned, field: "success-rule") {
            $0.rubric.successRule = .pointsAtLeast(minimum: 0, floor: "not-yet")
        },
        CheckCase("no estimated hours", .estimatedHoursMissing, field: "estimated-hours") { $0.estimatedHours = 0 },
        CheckCase("no subject", .noSubjects, field: "subjects") { $0.subjects = [] },
        CheckCase("no grade band", .noGradeBands, field: "grade-bands") { $0.gradeBands = [] },
    ]

    @Test(arguments: warnings)
    func eachWeaknessIsAWarningThatDoesNotBlock(_ c: CheckCase) {
        let check = DesignChecker.check(c.design)
        #expect(check.errors == [])
        #expect(check.warnings.map(\.code) == [c.code])
        #expect(check.warnings.first?.field == c.field)
        #expect(check.isPassing)
    }

    @Test func everyCodeIsCoveredByACase() {
        let covered = Set((Self.errors + Self.warnings).map(\.code))
        #expect(Set(DesignFinding.Code.allCases).subtracting(covered) == [])
    }

    @Test(arguments: [
        ("Understand formative assessment", ["understand"]),
        ("Build shared understanding of success criteria", []),
        ("Use knowledge of students' languages", []),
        ("Acknowledge student ideas", []),
        ("Learn about and become familiar with talk moves", ["learn about", "become familiar with"]),
        ("Learn to ask hinge questions", []),
        ("Students know-how: ask, KNOW, check", ["know"]),
    ])
    func unmeasurableVerbsMatchWholeWordsInAnyCase(_ statement: String, _ expected: [String]) {
        #expect(DesignChecker.unmeasurablePhrases(in: statement) == expected)
    }

    @Test func aBlankDesignNeedsObjectivesAndEvidenceBeforeItCanBePiloted() {
        let check = DesignChecker.check(.blank(title: "Academic Discourse"))
        #expect(check.errors.map(\.code) == [.noObjectives])
        #expect(Set(check.warnings.map(\.code)) == [.summaryEmpty, .competencyEmpty, .estimatedHoursMissing, .noSubjects, .noGradeBands, .partEmpty])
    }

    @Test func aRemovedLevelIsNoLongerRequiredOfDescriptors() {
        var design = Design.wellFormed
        design.rubric.criteria[0].descriptors["exemplary"] = nil
        #expect(DesignChecker.check(design).errors.map(\.field) == ["criterion-c-design-level-exemplary"])
        design.removeLevel("exemplary")
        #expect(DesignChecker.check(design).errors == [])
    }
}
