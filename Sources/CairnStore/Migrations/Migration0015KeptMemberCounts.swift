/// Each organization keeps how many members it has, written with every new membership, so the
/// members page of a district does not count 50,000 rows on every request.
enum Migration0015KeptMemberCounts {
    static let migration = Migration(15, "kept member counts", [
        "ALTER TABLE organizations ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0",
        "UPDATE organizations SET member_count = (SELECT COUNT(*) FROM memberships m WHERE m.organization_id = organizations.id)",
    ])
}
