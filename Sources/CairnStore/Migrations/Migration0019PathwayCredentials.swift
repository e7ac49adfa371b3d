/// Pathway credentials: a credential may record the completion of a pathway instead of an award.
///
/// Such a credential has `pathway_id` and no `award_id` (nor `microcredential_id`); the index finds an
/// educator's pathway credentials, and whether one was issued already when a decision completes a pathway.
enum Migration0019PathwayCredentials {
    static let migration = Migration(19, "pathway credentials", [
        "ALTER TABLE credentials ADD COLUMN pathway_id TEXT REFERENCES pathways (id)",
        "CREATE INDEX credentials_pathway ON credentials (pathway_id, educator_id) WHERE pathway_id IS NOT NULL",
    ])
}
