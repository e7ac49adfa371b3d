/// The shareable link of a pilot: one token per pilot version, with which a member of the same
/// organization joins it. The token is stored as is so the designer can show the link again; it
/// only works for signed-in members of that organization.
enum Migration0003PilotInvitations {
    static let migration = Migration(3, "pilot invitations", [
        """
        CREATE TABLE pilot_invitations (
            version_id TEXT PRIMARY KEY REFERENCES microcredential_versions (id) ON DELETE CASCADE,
            token TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        )
        """,
    ])
}
