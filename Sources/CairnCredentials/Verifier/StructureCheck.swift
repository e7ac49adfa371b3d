/// The structure check: the fields and types the OB 3.0 / CLR 2.0 data model requires of a credential,
/// checked in code (CLR 2.0 has no schema bundled, and a credential need not name one).
enum StructureCheck {
    /// What kind of credential the `type` says it is.
    enum Kind: String {
        case openBadge = "an Open Badges 3.0 credential"
        case clr = "a CLR 2.0 credential"
        case endorsement = "an Open Badges 3.0 endorsement"
    }

    static func kind(of credential: JSON) -> Kind? {
        let types = Set(credential["type"]?.asList.compactMap(\.stringValue) ?? [])
        guard types.contains("VerifiableCredential") else { return nil }
        if types.contains("ClrCredential") { return .clr }
        if !types.isDisjoint(with: ["OpenBadgeCredential", "AchievementCredential"]) { return .openBadge }
        if types.contains("EndorsementCredential") { return .endorsement }
        return nil
    }

    static func check(_ credential: JSON) -> CheckResult {
        guard let kind = kind(of: credential) else {
            return CheckResult(.structure, .failed, "the type must include VerifiableCredential and one of OpenBadgeCredential, "
                               + "AchievementCredential, ClrCredential or EndorsementCredential; it is \(credential["type"]?.serialized ?? "missing")")
        }
        var problems: [String] = []
        var warnings: [String] = []
        if credential["id"]?.stringValue == nil { problems.append("it has no “id” (a URI)") }
        let issuer = credential["issuer"]
        if issuer?.stringValue != nil {
            problems.append("“issuer” is a bare URI; OB 3.0 needs a Profile object with an “id”")
        } else if let issuer, case .object = issuer {
            if issuer["id"]?.stringValue == nil { problems.append("the issuer has no “id”") }
            if !has(issuer, type: "Profile") { problems.append("the issuer's type does not include Profile") }
        } else {
            problems.append("it has no “issuer”")
        }
        let isVC1 = credential["@context"]?.asList.first?.stringValue == CredentialVerifier.vc1
        let startName = isVC1 ? "issuanceDate" : "validFrom"
        if credential[startName] == nil { problems.append("it has no “\(startName)”") }
        for name in ["validFrom", "validUntil", "issuanceDate", "expirationDate"] {
            if let value = credential[name], ValidityPeriodCheck.date(value.stringValue ?? "") == nil {
                problems.append("“\(name)” is not a date and time with a zone (e.g. 2024-05-01T09:30:00Z): \(value.serialized)")
            }
        }
        switch credential["credentialSubject"] {
        case .object(let subject)?:
            problems += subjectProblems(subject, kind: kind, warnings: &warnings)
        case .some:
            problems.append("“credentialSubject” must be one object")
        case nil:
            problems.append("it has no “credentialSubject”")
        }
        if credential["name"] == nil { warnings.append("it has no “name” to show") }
        if let problem = problems.first {
            let more = problems.count > 1 ? " (and \(problems.count - 1) more: \(problems.dropFirst().joined(separator: "; ")))" : ""
            return CheckResult(.structure, .failed, "as \(kind.rawValue), \(problem)\(more)")
        }
        let reason = "\(kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()) with the fields the data model requires"
        return warnings.isEmpty ? CheckResult(.structure, .passed, reason)
            : CheckResult(.structure, .warning, reason + "; " + warnings.joined(separator: "; "))
    }

    /// What the data model requires of the subject of each kind.
    static func subjectProblems(_ subject: [String: JSON], kind: Kind, warnings: inout [String]) -> [String] {
        var problems: [String] = []
        let subjectJSON = JSON.object(subject)
        func needsIDOrIdentifier() {
            if subject["id"] == nil, (subject["identifier"]?.asList ?? []).isEmpty {
                problems.append("the subject has neither an “id” nor an “identifier”")
            }
            for item in subject["identifier"]?.asList ?? [] where item["type"]?.stringValue != "IdentityObject" {
                problems.append("an identifier of the subject is not an IdentityObject")
            }
        }
        switch kind {
        case .openBadge:
            if !has(subjectJSON, type: "AchievementSubject") { problems.append("the subject's type does not include AchievementSubject") }
            needsIDOrIdentifier()
            guard case .object(let achievement)? = subject["achievement"] else {
                problems.append("the subject has no “achievement” object")
                return problems
            }
            problems += achievementProblems(achievement, in: "the achievement")
            for result in subject["result"]?.asList ?? [] where !has(result, type: "Result") {
                problems.append("a result of the subject is not of type Result")
            }
        case .clr:
            if !has(subjectJSON, type: "ClrSubject") { problems.append("the subject's type does not include ClrSubject") }
            needsIDOrIdentifier()
            let credentials = subject["verifiableCredential"]?.asList ?? []
            if credentials.isEmpty { problems.append("the subject has no “verifiableCredential”: a CLR holds at least one credential") }
            for (index, achievement) in (subject["achievement"]?.asList ?? []).enumerated() {
                if case .object(let members) = achievement { problems += achievementProblems(members, in: "achievement \(index)") }
            }
            for association in subject["association"]?.asList ?? [] {
                for name in ["associationType", "sourceId", "targetId"] where association[name]?.stringValue == nil {
                    problems.append("an association has no “\(name)”")
                }
            }
        case .endorsement:
            if !has(subjectJSON, type: "EndorsementSubject") { problems.append("the subject's type does not include EndorsementSubject") }
            if subject["id"]?.stringValue == nil { problems.append("the subject has no “id”: an endorsement names what it endorses") }
        }
        return problems
    }

    /// An Achievement's required fields.
    static func achievementProblems(_ achievement: [String: JSON], in name: String) -> [String] {
        var problems: [String] = []
        if achievement["id"]?.stringValue == nil { problems.append("\(name) has no “id”") }
        if !has(.object(achievement), type: "Achievement") { problems.append("\(name)'s type does not include Achievement") }
        for field in ["name", "description"] where achievement[field]?.stringValue == nil {
            problems.append("\(name) has no “\(field)”")
        }
        if let criteria = achievement["criteria"] {
            if criteria["id"] == nil && criteria["narrative"] == nil { problems.append("\(name)'s criteria have neither “id” nor “narrative”") }
        } else {
            problems.append("\(name) has no “criteria”")
        }
        return problems
    }

    /// The object's `type` (a string or an array) includes the value.
    static func has(_ object: JSON, type: String) -> Bool {
        object["type"]?.asList.contains(.string(type)) == true
    }
}
