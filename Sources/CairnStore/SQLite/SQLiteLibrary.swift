import CSQLite

/// SQLite's process-wide settings, made once before the first connection opens.
enum SQLiteLibrary {
    /// Turns off SQLite's memory statistics: kept on, every allocation and free inside SQLite takes
    /// one process-wide lock, which the server's threads queue for on every large page.
    private static let configured: Bool = cairn_sqlite3_config_int(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK

    /// Applies the settings; later calls do nothing.
    static func configure() { _ = configured }
}
