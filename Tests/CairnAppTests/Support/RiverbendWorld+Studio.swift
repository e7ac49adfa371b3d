@testable import CairnApp
import CairnCore
import CairnStore
import Foundation

/// The studio's use cases over the riverbend world, and what their tests measure.
extension RiverbendWorld {
    var designing: Designing { Designing(installation: installation) }
    var publishing: Publishing { Publishing(installation: installation) }
    var piloting: Piloting { Piloting(installation: installation) }
    var catalog: Catalog { Catalog(installation: installation) }

    var designer: Member { get throws { try member("designer@riverbend.example") } }


    /// Adds `count` active educators to riverbend (`extra-1@riverbend.example` …) and returns them.
    @discardableResult
    func addEducators(_ count: Int, from first: Int = 1) throws -> [Member] {
        try (first..<(first + count)).map { index in
            let email = "extra-\(index)@riverbend.example"
            try installation.administration.createUser(email: email, displayName: "Extra Educator \(index)", organizationSlug: "riverbend",
                                                       roleNames: ["educator"], password: "a long enough password \(index)")
            return try member(email)
        }
    }

    /// A microcredential with a design that passes the checker, published; its latest version.
    @discardableResult
    func publishedMicrocredential(titled title: String, changing change: (inout Design) -> Void = { _ in }) throws -> MicrocredentialVersion {
        var design = Self.reflection
        design.title = title
        change(&design)
        let draft = try designing.create(design, by: try designer)
        return try publishing.move(draft.microcredentialID, to: .published, by: try designer).version
    }
}
