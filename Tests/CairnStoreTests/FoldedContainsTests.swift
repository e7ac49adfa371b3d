@testable import CairnStore
import Foundation
import Testing

/// Cairn's `folded_contains` SQL function on SQLite finds what `instr(lower(text), part) > 0` finds.
@Suite struct FoldedContainsTests {
    static let texts = ["Ana Okafor", "ANA.OKAFOR@RIVERBEND.EXAMPLE", "Émile Ørsted", "ÉMILE", "o'brien-smith", "", "a", "Zoë Zapata",
                        "p29@river", "OKAFOROKAFOR", "okafo"]
    static let parts = ["okafor", "ana", "a", "", "émile", "mile", "ørsted", "Ana", "@river", "orok", "zoë", "okafork", "-s", "x"]

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
}
