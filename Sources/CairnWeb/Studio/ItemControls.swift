import CairnHTML

/// The buttons beside each item of an editor list: move up, move down, remove.
///
/// Each is a submit button named `action` with the value `up:<id>`, `down:<id>` or `remove:<id>`
/// (a `prefix` such as `part-` makes `part-up:<id>`), so the editor works without JavaScript: the
/// form saves what was typed, then applies the action. The first item has no "up", the last no
/// "down". The item's name is read out with each button ("Move up: Objective 2").
struct ItemControls: HTML {
    let id: String
    let itemName: String
    let isFirst: Bool
    let isLast: Bool
    let prefix: String

    init(id: String, itemName: String, isFirst: Bool, isLast: Bool, prefix: String = "") {
        self.id = id
        self.itemName = itemName
        self.isFirst = isFirst
        self.isLast = isLast
        self.prefix = prefix
    }

    var body: some HTML {
        div(.class("item-controls")) {
            if !isFirst { ControlButton(text: "Move up", itemName: itemName, value: "\(prefix)up:\(id)", style: "secondary") }
            if !isLast { ControlButton(text: "Move down", itemName: itemName, value: "\(prefix)down:\(id)", style: "secondary") }
            ControlButton(text: "Remove", itemName: itemName, value: "\(prefix)remove:\(id)", style: "quiet")
        }
    }
}

/// A small submit button whose accessible name includes the item it acts on.
struct ControlButton: HTML {
    let text: String
    let itemName: String
    let value: String
    let style: String

    var body: some HTML {
        button(.type(.submit), .class("button button--small button--\(style)"), .name("action"), .value(value)) {
            text
            span(.class("visually-hidden")) { ": \(itemName)" }
        }
    }
}

/// The first button of an editor form, out of sight: pressing Enter in a field submits the form
/// with the first submit button, which must save, not move or remove the first item.
struct DefaultSaveButton: HTML {
    var body: some HTML {
        button(.type(.submit), .class("visually-hidden"), .name("action"), .value("save"),
               .tabindex(-1), .aria(.hidden, "true")) { "Save" }
    }
}
