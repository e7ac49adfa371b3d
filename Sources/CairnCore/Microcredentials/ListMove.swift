/// A step an item takes in an ordered list of a design: the editor's ↑ and ↓ buttons.
public enum ListMove: String, Hashable, Sendable, CaseIterable {
    case up, down
}

extension Array where Element: Identifiable, Element.ID == String {
    /// Moves the item with this id one place; false when there is no such item or it is already at that end.
    @discardableResult
    mutating func move(_ id: String, _ move: ListMove) -> Bool {
        guard let index = firstIndex(where: { $0.id == id }) else { return false }
        let target = move == .up ? index - 1 : index + 1
        guard indices.contains(target) else { return false }
        swapAt(index, target)
        return true
    }
}
