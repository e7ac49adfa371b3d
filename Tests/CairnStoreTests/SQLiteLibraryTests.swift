@testable import CairnStore
import CSQLite
import Foundation
import Testing

/// SQLite is set up for many threads before any connection opens.
@Suite struct SQLiteLibraryTests {
    @Test func sqliteKeepsNoMemoryStatisticsSoAllocationsTakeNoGlobalLock() throws {
        try TestDatabase.sqlite.withStore { store in
            _ = try store.database.read { try $0.query("SELECT 1 AS one") }
            // With statistics on, SQLite counts every byte it holds; off, the count stays zero.
            #expect(sqlite3_memory_used() == 0)
        }
    }
}
