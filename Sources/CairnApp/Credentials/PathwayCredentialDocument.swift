import CairnCore
import CairnCredentials
import Foundation

/// The unsigned Open Badges 3.0 credential of a completed pathway: `CredentialDocument`'s envelope
/// around the pathway's achievement (a `LearningProgram` whose id is the pathway's page), with the
/// credit hours of the awards that counted as `creditsEarned`.
///
/// The achievement's criteria say each group's rule and name its microcredentials; `related` points
/// at the achievements (the versions' pages) of the awards that counted.
enum PathwayCredentialDocument {
    /// Everything a pathway's credential is made from.
    struct Parts {
        let envelope: CredentialDocument.Envelope
        /// The pathway as published, with what the catalog shows of its components.
        let entry: PathwayCatalogEntry
        /// The educator's progress along it: complete.
        let progress: PathwayProgress
    }

    /// The credential, ready to sign.
    static func json(_ parts: Parts) -> JSON {
        let envelope = parts.envelope, pathway = parts.entry.pathway
        let completedAt = parts.progress.completedAt ?? envelope.organization.createdAt
        return CredentialDocument.json(
            envelope, name: pathway.title,
            description: "\(envelope.educator.displayName) completed \(pathway.title), a pathway of \(envelope.organization.name): "
                + "they earned the microcredentials its rules ask for.",
            achievement: achievement(parts), results: [], creditsEarned: parts.progress.creditHours, awardedAt: completedAt,
            validUntil: nil)
    }

    /// The pathway's achievement, as the credential's subject embeds it.
    static func achievement(_ parts: Parts) -> JSON {
        let organization = parts.envelope.organization, base = parts.envelope.baseURL, entry = parts.entry
        let pathwayURL = base + PublicPaths.pathwayPath(organization: organization.slug, pathway: entry.pathway.slug)
        let organizationURL = base + PublicPaths.organizationPath(organization.slug) + "/catalog"
        let related: [JSON] = parts.progress.countedAwards.compactMap { award in
            guard let slug = entry.components[award.microcredentialID]?.slug else { return nil }
            let versionURL = base + PublicPaths.versionPath(organization: organization.slug, microcredential: slug, number: award.versionNumber)
            return ["id": .string(versionURL), "type": ["Related"], "version": .string(String(award.versionNumber))]
        }
        var achievement: [String: JSON] = [
            "id": .string(pathwayURL), "type": ["Achievement"], "achievementType": "LearningProgram",
            "name": .string(entry.pathway.title),
            "description": .string(entry.pathway.summary.isEmpty ? "A pathway of \(organization.name)'s microcredentials." : entry.pathway.summary),
            "criteria": ["id": .string(pathwayURL + "#criteria"), "narrative": .string(narrative(entry))],
            "creator": ["id": .string(organizationURL), "type": ["Profile"], "name": .string(organization.name),
                        "url": .string(organizationURL)],
            "related": .array(related),
            "humanCode": .string(entry.pathway.slug),
            "inLanguage": "en",
        ]
        let available = entry.creditHoursAvailable
        if available > 0 { achievement["creditsAvailable"] = .number(available) }
        return .object(achievement)
    }

    /// The criteria (Markdown): each group's rule with its microcredentials, and whether the order matters.
    static func narrative(_ entry: PathwayCatalogEntry) -> String {
        var lines = ["Earn the microcredentials each group asks for:", ""]
        for (index, group) in entry.pathway.groups.enumerated() {
            let name = group.title.isEmpty ? "Group \(index + 1)" : group.title
            let titles = group.components.map { component in
                let title = entry.title(of: component.microcredentialID)
                return component.versions.map { "\(title) (\($0.displayName))" } ?? title
            }
            lines.append("- **\(name)**: \(group.rule.displayName.lowercased()) \(titles.joined(separator: "; ")).")
        }
        if entry.pathway.isOrdered {
            lines += ["", "The pathway suggests an order; microcredentials earned in another order still count."]
        }
        return lines.joined(separator: "\n")
    }
}
