/// Counting the statements a use case runs, to hold each page to a fixed number of queries.
extension RiverbendWorld {
    /// How many statements (BEGIN and COMMIT included) `body` runs on the database, and what it returns.
    func statements<T>(_ body: () throws -> T) rethrows -> (count: Int, value: T) {
        let before = store.database.statistics.statements
        let value = try body()
        return (store.database.statistics.statements - before, value)
    }

    /// How many statements `body` runs on the database.
    func statementsRun(_ body: () throws -> Void) rethrows -> Int { try statements(body).count }
}
