/// Pathways: a designer's groups of microcredentials, each group with its rule (all of, N of, one
/// of) and its components with the versions that count.
///
/// A group is known by its position in the pathway and a component by its position in the group,
/// both from 1. Components carry the organization so that composite foreign keys keep a pathway
/// and its microcredentials in one organization, whatever the SQL; a microcredential appears once
/// in a pathway. A version pin is `from_version` ("version N or later") or `only_versions` (the
/// numbers, comma-separated, ascending), never both; neither means any version.
enum Migration0018Pathways {
    static let migration = Migration(18, "pathways", [
        "CREATE UNIQUE INDEX microcredentials_organization_id ON microcredentials (organization_id, id)",
        """
        CREATE TABLE pathways (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            slug TEXT NOT NULL,
            title TEXT NOT NULL,
            summary TEXT NOT NULL,
            is_ordered INTEGER NOT NULL CHECK (is_ordered IN (0, 1)),
            state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'retired')),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL REFERENCES people (id),
            published_at TEXT,
            retired_at TEXT,
            UNIQUE (organization_id, slug),
            UNIQUE (organization_id, id)
        )
        """,
        "CREATE INDEX pathways_state ON pathways (organization_id, state)",
        """
        CREATE TABLE pathway_groups (
            pathway_id TEXT NOT NULL REFERENCES pathways (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            title TEXT NOT NULL,
            rule TEXT NOT NULL CHECK (rule IN ('all', 'n-of', 'one-of')),
            required_count INTEGER CHECK (required_count IS NULL OR required_count >= 1),
            CHECK ((rule = 'n-of') = (required_count IS NOT NULL)),
            PRIMARY KEY (pathway_id, position)
        )
        """,
        """
        CREATE TABLE pathway_components (
            pathway_id TEXT NOT NULL,
            group_position INTEGER NOT NULL,
            position INTEGER NOT NULL CHECK (position >= 1),
            organization_id TEXT NOT NULL,
            microcredential_id TEXT NOT NULL,
            from_version INTEGER CHECK (from_version IS NULL OR from_version >= 1),
            only_versions TEXT CHECK (only_versions IS NULL OR only_versions <> ''),
            CHECK (from_version IS NULL OR only_versions IS NULL),
            PRIMARY KEY (pathway_id, group_position, position),
            UNIQUE (pathway_id, microcredential_id),
            FOREIGN KEY (pathway_id, group_position) REFERENCES pathway_groups (pathway_id, position) ON DELETE CASCADE,
            FOREIGN KEY (organization_id, pathway_id) REFERENCES pathways (organization_id, id) ON DELETE CASCADE,
            FOREIGN KEY (organization_id, microcredential_id) REFERENCES microcredentials (organization_id, id)
        )
        """,
        "CREATE INDEX pathway_components_microcredential ON pathway_components (organization_id, microcredential_id)",
    ])
}
