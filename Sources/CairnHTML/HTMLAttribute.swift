/// What every tag enum in `HTMLTag` declares: the name written in the markup.
public protocol HTMLTagDefinition {
    static var name: String { get }
}

/// Marker protocols: a tag conforming to one accepts that attribute.
public enum HTMLTrait {
    public protocol Href {}
    public protocol Name {}
    public protocol Value {}
    public protocol Required {}
    public protocol Disabled {}
    public protocol Autocomplete {}
    public protocol TableCell {}
}

/// One attribute of an element of tag `Tag`; the value is escaped when rendered.
///
/// Global attributes (`.id`, `.class`, `.aria`, …) work on every tag; the others are declared on
/// the tags that accept them, so `input(.href("/"))` does not compile.
/// A boolean attribute (`.required`, `.checked`) has no value; pass `nil` to leave one out:
/// `input(.type(.checkbox), isOn ? .checked : nil)`.
public struct HTMLAttribute<Tag: HTMLTagDefinition>: Sendable {
    /// The attribute's name; always from Cairn's code, never from a person.
    public let name: String
    /// The value, or `nil` for a boolean attribute that is present.
    public let value: String?

    @usableFromInline init(name: String, value: String?) {
        self.name = name
        self.value = value
    }

    /// Writes each attribute present (a `nil` is one left out) after the tag's name.
    @inlinable static func render(_ attributes: [HTMLAttribute<Tag>?], into output: inout [UInt8]) {
        for case let attribute? in attributes {
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: attribute.name.utf8)
            if let value = attribute.value {
                output.append(UInt8(ascii: "="))
                output.append(UInt8(ascii: "\""))
                HTMLEscaping.appendAttributeValue(value, to: &output)
                output.append(UInt8(ascii: "\""))
            }
        }
    }
}

// MARK: Global attributes

extension HTMLAttribute {
    @inlinable public static func id(_ value: String) -> Self { Self(name: "id", value: value) }
    @inlinable public static func `class`(_ value: String) -> Self { Self(name: "class", value: value) }
    @inlinable public static func lang(_ value: String) -> Self { Self(name: "lang", value: value) }
    @inlinable public static func title(_ value: String) -> Self { Self(name: "title", value: value) }
    @inlinable public static func role(_ value: String) -> Self { Self(name: "role", value: value) }
    @inlinable public static func tabindex(_ value: Int) -> Self { Self(name: "tabindex", value: String(value)) }
    @inlinable public static var hidden: Self { Self(name: "hidden", value: nil) }

    /// An `aria-*` attribute: `.aria("label", "Main")` → `aria-label="Main"`.
    @inlinable public static func aria(_ name: AriaName, _ value: String) -> Self {
        Self(name: "aria-\(name.rawValue)", value: value)
    }

    /// `aria-describedby` naming every id given, or nothing when there is none.
    @inlinable public static func describedBy(_ ids: [String]) -> Self? {
        ids.isEmpty ? nil : Self(name: "aria-describedby", value: ids.joined(separator: " "))
    }

    /// `aria-invalid="true"` when `invalid`, otherwise nothing.
    @inlinable public static func invalid(_ invalid: Bool) -> Self? {
        invalid ? Self(name: "aria-invalid", value: "true") : nil
    }
}

/// The `aria-*` attributes Cairn's views use.
public enum AriaName: String, Sendable {
    case label, labelledby, describedby, current, invalid, live, hidden, sort
}
