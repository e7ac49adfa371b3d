/// Second scores carry their organization, so the agreement report's stamp (how many second scores
/// an organization has, and the latest) is read from an index alone instead of joining every
/// second score, with its scores' JSON, to its submission.
enum Migration0013SecondScoresByOrganization {
    static let migration = Migration(13, "second scores by organization", [
        "ALTER TABLE second_scores ADD COLUMN organization_id TEXT REFERENCES organizations (id)",
        """
        UPDATE second_scores SET organization_id = (SELECT s.organization_id FROM submissions s WHERE s.id = second_scores.submission_id)
        """,
        "CREATE INDEX second_scores_by_organization ON second_scores (organization_id, scored_at)",
    ])
}
