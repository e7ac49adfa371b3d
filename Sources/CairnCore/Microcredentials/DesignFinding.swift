/// One thing the design checker found: an error that blocks piloting and publishing, or a warning.
public struct DesignFinding: Hashable, Sendable {
    /// What was found; stable, for tests and for the UI to pick an icon or help text.
    public enum Code: String, Hashable, Sendable, CaseIterable {
        // Errors
        case titleEmpty = "title-empty"
        case noObjectives = "no-objectives"
        case objectiveEmpty = "objective-empty"
        case objectiveWithoutCriterion = "objective-without-criterion"
        case objectiveWithoutEvidence = "objective-without-evidence"
        case criterionTitleEmpty = "criterion-title-empty"
        case descriptorMissing = "descriptor-missing"
        case requirementTitleEmpty = "requirement-title-empty"
        case requirementWithoutCriterion = "requirement-without-criterion"
        case unknownReference = "unknown-reference"
        case duplicateID = "duplicate-id"
        case invalidID = "invalid-id"
        case tooFewLevels = "too-few-levels"
        case levelNameEmpty = "level-name-empty"
        case ruleUnknownLevel = "rule-unknown-level"
        case ruleImpossibleMinimum = "rule-impossible-minimum"
        case imageAltMissing = "image-alt-missing"
        case limitsNegative = "limits-negative"
        case limitsWordRange = "limits-word-range"
        case linkNotWeb = "link-not-web"
        case hoursNegative = "hours-negative"
        case validityNotPositive = "validity-not-positive"
        // Warnings
        case unmeasurableVerb = "unmeasurable-verb"
        case summaryEmpty = "summary-empty"
        case competencyEmpty = "competency-empty"
        case noRequiredEvidence = "no-required-evidence"
        case requirementPromptEmpty = "requirement-prompt-empty"
        case criterionWithoutObjective = "criterion-without-objective"
        case partEmpty = "part-empty"
        case levelPointsNotIncreasing = "level-points-not-increasing"
        case ruleAlwaysEarned = "rule-always-earned"
        case estimatedHoursMissing = "estimated-hours-missing"
        case noSubjects = "no-subjects"
        case noGradeBands = "no-grade-bands"
    }

    public let code: Code
    /// What is wrong and how to fix it, in words a designer understands.
    public let message: String
    /// The anchor of the field to fix ("title", "objective-o2", "criterion-c1-level-exemplary", "image-alt").
    public let field: String

    public init(_ code: Code, _ message: String, field: String) {
        self.code = code
        self.message = message
        self.field = field
    }
}
