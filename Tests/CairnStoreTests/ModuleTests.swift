import Testing
@testable import CairnStore

@Test func sqlRendersPlaceholdersPerEngine() {
    let sql: SQL = "SELECT * FROM people WHERE id = \("a") AND n IN (\(list: [1, 2]))"
    #expect(sql.rendered(for: .sqlite).text == "SELECT * FROM people WHERE id = ? AND n IN (?, ?)")
    #expect(sql.rendered(for: .postgres).text == "SELECT * FROM people WHERE id = $1 AND n IN ($2, $3)")
    #expect(sql.rendered(for: .postgres).values == [.text("a"), .integer(1), .integer(2)])
}
