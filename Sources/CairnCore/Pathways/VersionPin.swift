/// The versions of a microcredential that count in a pathway component.
public enum VersionPin: Hashable, Sendable {
    /// This version number or a later one ("version 2 or later").
    case from(Int)
    /// Only these version numbers.
    case only(Set<Int>)

    /// Whether an award of this version number counts.
    public func admits(_ number: Int) -> Bool {
        switch self {
        case .from(let first): number >= first
        case .only(let numbers): numbers.contains(number)
        }
    }

    /// Whether the pin names only real version numbers (1 or more) and at least one of them.
    public var isWellFormed: Bool {
        switch self {
        case .from(let first): first >= 1
        case .only(let numbers): !numbers.isEmpty && numbers.allSatisfy { $0 >= 1 }
        }
    }

    /// How the pin reads to people: "version 2 or later", "version 1 or 3".
    public var displayName: String {
        switch self {
        case .from(let first):
            return first <= 1 ? "any version" : "version \(first) or later"
        case .only(let numbers):
            let sorted = numbers.sorted().map(String.init)
            guard let last = sorted.last else { return "no version" }
            return sorted.count == 1 ? "version \(last)" : "version \(sorted.dropLast().joined(separator: ", ")) or \(last)"
        }
    }
}
