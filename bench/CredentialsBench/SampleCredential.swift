import CairnCredentials

/// The credential the benchmark signs and verifies: an Open Badges 3.0 AchievementCredential as Cairn
/// issues one for a microcredential assessed on a six-criterion rubric.
enum SampleCredential {
    /// The fixed key of the benchmark's issuer (a `did:key`).
    static let key = try! Ed25519PrivateKey(seed: Array(repeating: 7, count: 32))
    static let issuer = DIDKey.did(for: key.publicKey)!
    static let verificationMethod = DIDKey.verificationMethod(for: key.publicKey)!.id

    static let criteria = ["Sets learning goals", "Gathers evidence", "Gives feedback",
                           "Adjusts instruction", "Involves students", "Reflects on practice"]
    static let levels = ["Beginning", "Developing", "Proficient", "Exemplary"]
    static let achievementID = "https://cairn.example/o/northfield/microcredentials/formative-assessment/versions/3"

    /// The unsigned credential.
    static var unsigned: JSON {
        [
            "@context": ["https://www.w3.org/ns/credentials/v2",
                         "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                         "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"],
            "id": "https://cairn.example/o/northfield/credentials/6f1c2a9e-4b7d-4c1e-9a53-0d2e8f7b1c44",
            "type": ["VerifiableCredential", "AchievementCredential"],
            "name": "Formative Assessment in the Early Grades",
            "issuer": [
                "id": .string(issuer), "type": ["Profile"], "name": "Northfield Public Schools",
                "url": "https://northfield.example", "email": "credentials@northfield.example",
            ],
            "validFrom": "2026-03-02T14:30:00Z",
            "validUntil": "2031-03-02T14:30:00Z",
            "credentialSubject": [
                "type": ["AchievementSubject"],
                "identifier": [[
                    "type": "IdentityObject", "identityType": "emailAddress", "hashed": true,
                    "identityHash": "sha256$4f8a3c2d9b1e7f6a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b",
                    "salt": "k9Qw2xLr",
                ]],
                "achievement": achievement,
                "result": .array(criteria.indices.map { i in
                    ["type": ["Result"], "resultDescription": .string("\(achievementID)#criterion-\(i + 1)"),
                     "achievedLevel": .string("\(achievementID)#criterion-\(i + 1)-level-\(i % 2 == 0 ? 3 : 4)")]
                }),
            ],
            "credentialSchema": [[
                "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
                "type": "1EdTechJsonSchemaValidator2019",
            ]],
            // One entry, as Cairn issues (the OB 3.0 schema allows one object; decision 0012).
            "credentialStatus": ["id": "https://cairn.example/o/northfield/status/revocation/1#4127", "type": "BitstringStatusListEntry",
                                 "statusPurpose": "revocation", "statusListIndex": "4127",
                                 "statusListCredential": "https://cairn.example/o/northfield/status/revocation/1"],
        ]
    }

    static var achievement: JSON {
        [
            "id": .string(achievementID), "type": ["Achievement"],
            "name": "Formative Assessment in the Early Grades",
            "description": "Plans, gathers and acts on evidence of learning in a K-3 classroom, and involves students in it.",
            "achievementType": "MicroCredential",
            "criteria": [
                "id": .string(achievementID + "#criteria"),
                "narrative": "Submit a unit plan, three samples of student work with your feedback, and a reflection; an assessor scores each criterion of the rubric.",
            ],
            "alignment": [
                ["type": ["Alignment"], "targetName": "Assessment literacy", "targetType": "CFItem",
                 "targetUrl": "https://standards.example/teaching/3.2", "targetFramework": "State Teaching Standards",
                 "targetCode": "3.2"],
            ],
            "resultDescription": .array(criteria.enumerated().map { i, name in
                [
                    "id": .string("\(achievementID)#criterion-\(i + 1)"), "type": ["ResultDescription"],
                    "name": .string(name), "resultType": "RubricCriterionLevel",
                    "requiredLevel": .string("\(achievementID)#criterion-\(i + 1)-level-3"),
                    "rubricCriterionLevel": .array(levels.enumerated().map { l, level in
                        ["id": .string("\(achievementID)#criterion-\(i + 1)-level-\(l + 1)"), "type": ["RubricCriterionLevel"],
                         "name": .string(level), "description": .string("\(level) on “\(name)”."),
                         "points": .string(String(l + 1))]
                    }),
                ]
            }),
        ]
    }
}
