import CairnCore
import CairnHTML
import Foundation

/// The Open Badges 3.0 `Achievement` of one microcredential version: what earning it means,
/// as credentials issued for that version will name it.
///
/// Its `id` is the version's stable URL; alignments point at the learning objectives, and one
/// `ResultDescription` per rubric criterion carries the levels and the level the success rule requires.
struct AchievementDocument: Encodable {
    static let contexts = [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]

    struct Profile: Encodable {
        let id: String
        let type = ["Profile"]
        let name: String
        let url: String
    }

    struct Criteria: Encodable {
        let id: String
        let narrative: String
    }

    struct Alignment: Encodable {
        let type = ["Alignment"]
        let targetName: String
        let targetDescription: String?
        let targetUrl: String
        let targetType = "ceasn:Competency"
        let targetCode: String
    }

    struct RubricCriterionLevel: Encodable {
        let id: String
        let type = ["RubricCriterionLevel"]
        let name: String
        let description: String?
        let level: String
        let points: String
    }

    struct ResultDescription: Encodable {
        let id: String
        let type = ["ResultDescription"]
        let name: String
        let resultType = "RubricCriterionLevel"
        let allowedValue: [String]
        let requiredLevel: String
        let rubricCriterionLevel: [RubricCriterionLevel]
        let alignment: [Alignment]?
    }

    let context = contexts
    let id: String
    let type = ["Achievement"]
    let achievementType = "MicroCredential"
    let name: String
    let description: String
    let criteria: Criteria
    let creator: Profile
    let alignment: [Alignment]
    let resultDescription: [ResultDescription]
    let tag: [String]
    let creditsAvailable: Double?
    let humanCode: String
    let version: String
    let inLanguage = "en"

    enum CodingKeys: String, CodingKey {
        case context = "@context", id, type, achievementType, name, description, criteria, creator, alignment,
             resultDescription, tag, creditsAvailable, humanCode, version, inLanguage
    }

    /// Builds the document for `version` of `microcredential`, published by `organization`.
    ///
    /// - Parameters:
    ///   - versionURL: the absolute URL of the version's page, which is also the achievement's id.
    ///   - organizationURL: the absolute URL of the organization's catalog.
    init(version: MicrocredentialVersion, microcredential: Microcredential, organization: Organization,
         versionURL: String, organizationURL: String) {
        let design = version.design
        id = versionURL
        name = design.title
        description = design.summary.isEmpty ? design.competency : design.summary
        criteria = Criteria(id: versionURL + "#evidence", narrative: Self.narrative(of: design))
        creator = Profile(id: organizationURL, name: organization.name, url: organizationURL)
        let objectiveAlignments = Dictionary(uniqueKeysWithValues: design.objectives.enumerated().map { index, objective in
            (objective.id, Alignment(targetName: "Objective \(index + 1)", targetDescription: objective.statement,
                                     targetUrl: versionURL + "#objective-" + objective.id, targetCode: objective.id))
        })
        alignment = design.objectives.compactMap { objectiveAlignments[$0.id] }
        let required = design.rubric.passingLevelID
        resultDescription = design.rubric.criteria.map { criterion in
            let levels = design.rubric.levels.map { level in
                RubricCriterionLevel(id: versionURL + "#criterion-\(criterion.id)-level-\(level.id)", name: level.name,
                                     description: criterion.descriptors[level.id], level: level.id, points: String(level.points))
            }
            let aligned = criterion.objectiveIDs.compactMap { objectiveAlignments[$0] }
            return ResultDescription(
                id: versionURL + "#criterion-" + criterion.id, name: criterion.title,
                allowedValue: design.rubric.levels.map(\.name),
                requiredLevel: versionURL + "#criterion-\(criterion.id)-level-\(required)",
                rubricCriterionLevel: levels, alignment: aligned.isEmpty ? nil : aligned)
        }
        tag = design.subjects
        creditsAvailable = design.creditHours > 0 ? design.creditHours : nil
        humanCode = "\(microcredential.slug)-v\(version.number)"
        self.version = String(version.number)
    }

    /// The criteria narrative (Markdown): the competency, the evidence asked for, and how it is judged.
    static func narrative(of design: Design) -> String {
        var lines = ["**Competency.** \(design.competency)", "", "**Evidence.** The earner submitted evidence from their own classroom:"]
        for part in design.parts where !part.requirements.isEmpty {
            for requirement in part.requirements {
                lines.append("- \(requirement.title) (\(requirement.kind.displayName.lowercased())\(requirement.required ? "" : ", optional")): \(requirement.prompt)")
            }
        }
        lines += ["", "**Assessment.** Trained assessors judged the evidence against a rubric of \(design.rubric.criteria.count) criteria. "
                  + design.rubric.successRuleSentence]
        return lines.joined(separator: "\n")
    }
}
