@testable import CairnStore
import Foundation
import Testing

/// Cairn's `folded_contains` SQL function on SQLite finds what `instr(lower(text), part) > 0` finds, and
/// with several texts what `OR` of those finds.
@Suite struct FoldedContainsTests {
    static let texts = ["Ana Okafor", "ANA.OKAFOR@RIVERBEND.EXAMPLE", "Émile Ørsted", "ÉMILE", "o'brien-smith", "", "a", "Zoë Zapata",
                        "p29@river", "OKAFOROKAFOR", "okafo"]
    static let parts = ["okafor", "ana", "a", "", "émile", "mile", "ørsted", "Ana", "@river", "orok", "zoë", "okafork", "-s", "x", "Okafor", "29@", "é", "9"]

    @Test func itAgreesWithInstrOfLowerOnEveryPairOfTextAndPart() throws {
        try TestDatabase.sqlite.withDatabase { db in
            try db.read { tx in
                for text in Self.texts {
                    for part in Self.parts {
                        let row = try #require(try tx.queryOne("""
                            SELECT folded_contains(\(text), \(part)) AS folded, instr(lower(\(text)), \(part)) > 0 AS lowered
                            """))
                        let folded: Int = try row.get("folded"), lowered: Int = try row.get("lowered")
                        #expect(folded == lowered, "\(text) holds \(part)")
                    }
                }
            }
        }
    }

    @Test func itFindsAPartAnywhereWhateverTheCaseOfTheText() throws {
        let pairs = [("Ana OKAFOR", "okafor"), ("OKAFOR", "kaf"), ("OKAFOR", "okaforx"), ("ÉMILE", "émile")]
        let found: [Int] = try TestDatabase.sqlite.withDatabase { db in
            try db.read { tx in
                try pairs.map { text, part in try tx.queryOne("SELECT folded_contains(\(text), \(part)) AS found")?.get("found") ?? -1 }
            }
        }
        #expect(found == [1, 1, 0, 0], "like lower(), only ASCII capitals are made small")
        let nothing: Int? = try TestDatabase.sqlite.withDatabase { db in
            try db.read { try $0.queryOne("SELECT folded_contains(NULL, 'a') AS found")?.get("found") }
        }
        #expect(nothing == nil)
    }

    @Test func withSeveralTextsItAnswersAsOrOfOneTextAtATime() throws {
        try TestDatabase.sqlite.withDatabase { db in
            try db.read { tx in
                let texts: [String?] = ["Ana Okafor", "ana.okafor@riverbend.example", "Zoë Zapata", "", nil]
                for first in texts {
                    for second in texts {
                        for part in ["okafor", "zap", "@river", "", "x"] {
                            let row = try #require(try tx.queryOne("""
                                SELECT folded_contains(\(first), \(second), \(part)) AS together,
                                       (folded_contains(\(first), \(part)) OR folded_contains(\(second), \(part))) AS apart
                                """))
                            let together: Int? = try row.get("together"), apart: Int? = try row.get("apart")
                            #expect(together == apart, "\(String(describing: first)), \(String(describing: second)) hold \(part)")
                        }
                    }
                }
            }
        }
    }

    @Test func withoutATextItIsRefusedWithItsReason() throws {
        try TestDatabase.sqlite.withDatabase { db in
            try db.read { tx in
                let error = #expect(throws: DatabaseError.self) { try tx.queryOne("SELECT folded_contains('okafor') AS found") }
                #expect(String(describing: error).contains("folded_contains takes one text or more"))
            }
        }
    }
}
