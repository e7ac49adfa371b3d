import CairnCore
import CairnStore

/// The names shown beside video comments and replies.
enum CommentAuthors {
    /// Display names of the educator and of everyone who wrote in the attempts' threads; the
    /// educator is "Educator" when the microcredential hides their name from assessors.
    static func names(in records: [AttemptRecord], educatorID: Person.ID, hideEducator: Bool, store: Store) throws -> [Person.ID: String] {
        var ids = Set(records.flatMap { $0.comments.flatMap { [$0.authorID] + $0.replies.map(\.authorID) } })
        ids.insert(educatorID)
        var names: [Person.ID: String] = [:]
        for id in ids { names[id] = try store.members.fetchPerson(id)?.displayName }
        if hideEducator { names[educatorID] = "Educator" }
        return names
    }
}
