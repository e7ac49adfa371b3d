import CairnCore
import CairnCredentials
import Foundation

/// The Open Badges 3.0 `Achievement` of one microcredential version: what earning it means, as the
/// version's public URL answers it and as every credential issued for that version embeds it.
///
/// Its `id` is the version's stable URL; alignments point at the learning objectives, and one
/// `ResultDescription` per rubric criterion carries the levels and the level the success rule requires.
public enum AchievementDocument {
    /// The contexts of a stand-alone Achievement document.
    static let contexts: JSON = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]

    /// The stand-alone document (with its `@context`) of `version` of `microcredential`, published by `organization`.
    static func json(version: MicrocredentialVersion, microcredential: Microcredential, organization: Organization,
                            baseURL: String) -> JSON {
        guard case .object(var members) = achievement(version: version, microcredential: microcredential, organization: organization,
                                                      baseURL: baseURL) else { return .null }
        members["@context"] = contexts
        return .object(members)
    }

    /// The achievement without `@context`, as a credential's subject embeds it.
    static func achievement(version: MicrocredentialVersion, microcredential: Microcredential, organization: Organization,
                            baseURL: String) -> JSON {
        let design = version.design
        let versionURL = baseURL + PublicPaths.versionPath(organization: organization.slug, microcredential: microcredential.slug,
                                                           number: version.number)
        let organizationURL = baseURL + PublicPaths.organizationPath(organization.slug) + "/catalog"
        var objectiveAlignments: [String: JSON] = [:]
        for (index, objective) in design.objectives.enumerated() {
            objectiveAlignments[objective.id] = [
                "type": ["Alignment"], "targetName": .string("Objective \(index + 1)"), "targetDescription": .string(objective.statement),
                "targetUrl": .string(versionURL + "#objective-" + objective.id), "targetType": "ceasn:Competency",
                "targetCode": .string(objective.id),
            ]
        }
        let required = design.rubric.passingLevelID
        let resultDescriptions: [JSON] = design.rubric.criteria.map { criterion in
            let levels: [JSON] = design.rubric.levels.map { level in
                var entry: [String: JSON] = [
                    "id": .string(levelID(versionURL, criterion: criterion.id, level: level.id)), "type": ["RubricCriterionLevel"],
                    "name": .string(level.name), "level": .string(level.id), "points": .string(String(level.points)),
                ]
                if let descriptor = criterion.descriptors[level.id] { entry["description"] = .string(descriptor) }
                return .object(entry)
            }
            var entry: [String: JSON] = [
                "id": .string(resultDescriptionID(versionURL, criterion: criterion.id)), "type": ["ResultDescription"],
                "name": .string(criterion.title), "resultType": "RubricCriterionLevel",
                "allowedValue": .array(design.rubric.levels.map { .string($0.name) }),
                "requiredLevel": .string(levelID(versionURL, criterion: criterion.id, level: required)),
                "rubricCriterionLevel": .array(levels),
            ]
            let aligned = criterion.objectiveIDs.compactMap { objectiveAlignments[$0] }
            if !aligned.isEmpty { entry["alignment"] = .array(aligned) }
            return .object(entry)
        }
        var achievement: [String: JSON] = [
            "id": .string(versionURL), "type": ["Achievement"], "achievementType": "MicroCredential",
            "name": .string(design.title),
            "description": .string(design.summary.isEmpty ? design.competency : design.summary),
            "criteria": ["id": .string(versionURL + "#evidence"), "narrative": .string(narrative(of: design))],
            "creator": ["id": .string(organizationURL), "type": ["Profile"], "name": .string(organization.name),
                        "url": .string(organizationURL)],
            "alignment": .array(design.objectives.compactMap { objectiveAlignments[$0.id] }),
            "resultDescription": .array(resultDescriptions),
            "tag": .array(design.subjects.map { .string($0) }),
            "humanCode": .string("\(microcredential.slug)-v\(version.number)"),
            "version": .string(String(version.number)),
            "inLanguage": "en",
        ]
        if design.creditHours > 0 { achievement["creditsAvailable"] = .number(design.creditHours) }
        return .object(achievement)
    }

    /// The id of a criterion's `ResultDescription` in the achievement of the version at `versionURL`.
    static func resultDescriptionID(_ versionURL: String, criterion: String) -> String { versionURL + "#criterion-" + criterion }

    /// The id of a criterion's level (`RubricCriterionLevel`) in the achievement of the version at `versionURL`.
    static func levelID(_ versionURL: String, criterion: String, level: String) -> String {
        versionURL + "#criterion-\(criterion)-level-\(level)"
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
