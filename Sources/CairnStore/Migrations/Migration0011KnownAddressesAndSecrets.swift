/// Sign-in throttling that cannot lock the owner out, and the installation's own secrets.
///
/// - `sign_in_known_addresses`: the addresses an email has signed in from, and when last; the
///   throttle never slows a known pair for other people's failures.
/// - `sign_in_failures (email, address, at)`: the pair counter's index.
/// - `installation_secrets`: keys the installation makes for itself once (the key that signs a
///   visitor's CSRF cookie), shared by every server of one database.
enum Migration0011KnownAddressesAndSecrets {
    static let migration = Migration(11, "known sign-in addresses and installation secrets", [
        """
        CREATE TABLE sign_in_known_addresses (
            email TEXT NOT NULL,
            address TEXT NOT NULL,
            last_at TEXT NOT NULL,
            PRIMARY KEY (email, address)
        )
        """,
        "CREATE INDEX sign_in_failures_pair ON sign_in_failures (email, address, at)",
        """
        CREATE TABLE installation_secrets (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """,
    ])
}
