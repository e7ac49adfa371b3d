/// One pass of an instance through compiled schemas, collecting violations with their paths.
struct SchemaValidation {
    /// How many schemas deep one instance may take the validation; past it the value is refused, not the stack.
    static let maximumDepth = 256

    let table: [String: SchemaNode]
    private(set) var violations: [JSONSchemaViolation] = []
    private var depth: Int

    init(table: [String: SchemaNode], depth: Int = 0) { (self.table, self.depth) = (table, depth) }

    mutating func check(_ instance: JSON, against node: SchemaNode, at path: String) {
        guard depth < Self.maximumDepth else {
            report(path, "is nested more deeply than Cairn validates (\(Self.maximumDepth) levels of schema).", "depth")
            return
        }
        depth += 1
        defer { depth -= 1 }
        if let constant = node.constant {
            if !constant { report(path, "is not allowed here.", "false") }
            return
        }
        if let pointer = node.reference, let target = table[pointer] {
            check(instance, against: target, at: path)
        }
        if let types = node.types, !types.contains(where: { Self.has(instance, type: $0) }) {
            report(path, "must be \(Self.list(types.map(Self.name), joinedBy: "or")), but it is \(Self.kind(of: instance)).", "type")
            return  // the other keywords would only repeat the mismatch
        }
        if let values = node.enumValues, !values.contains(instance) {
            report(path, Self.enumMessage(values, found: instance), "enum")
        }
        if case .string(let text) = instance {
            if let format = node.format, !format.accepts(text) {
                report(path, "\(Self.quote(text)) is not \(format.example).", "format")
            }
            if let pattern = node.pattern, !pattern.matches(text) {
                report(path, "\(Self.quote(text)) does not have the form required here (the pattern \(pattern.source)).", "pattern")
            }
        }
        if case .object(let members) = instance { checkObject(members, against: node, at: path) }
        if case .array(let items) = instance { checkArray(items, against: node, at: path) }
        if let all = node.allOf {
            for branch in all { check(instance, against: branch, at: path) }
        }
        if let branches = node.oneOf { checkOneOf(instance, branches, at: path) }
    }

    private mutating func checkObject(_ members: [String: JSON], against node: SchemaNode, at path: String) {
        for name in node.required where members[name] == nil {
            report(path + "/" + JSONPointer.escape(name), "\(Self.quote(name)) is required here but missing.", "required")
        }
        for name in members.keys.sorted() {
            let childPath = path + "/" + JSONPointer.escape(name)
            if let property = node.properties[name] {
                check(members[name]!, against: property, at: childPath)
            } else if let additional = node.additionalProperties {
                if additional.constant == false {
                    let allowed = node.properties.keys.sorted().joined(separator: ", ")
                    report(childPath, "\(Self.quote(name)) is not allowed here; the properties allowed are: \(allowed).",
                           "additionalProperties")
                } else {
                    check(members[name]!, against: additional, at: childPath)
                }
            }
        }
    }

    private mutating func checkArray(_ items: [JSON], against node: SchemaNode, at path: String) {
        if let minimum = node.minItems, items.count < minimum {
            report(path, "must have at least \(Self.count(minimum, "item")), but it has \(items.count).", "minItems")
        }
        switch node.items {
        case .all(let schema):
            for (i, item) in items.enumerated() { check(item, against: schema, at: path + "/\(i)") }
        case .tuple(let schemas):
            for (i, item) in items.enumerated() {
                let childPath = path + "/\(i)"
                if i < schemas.count {
                    check(item, against: schemas[i], at: childPath)
                } else if let additional = node.additionalItems {
                    if additional.constant == false {
                        report(childPath, "is one item too many: only \(Self.count(schemas.count, "item")) are allowed here.",
                               "additionalItems")
                    } else {
                        check(item, against: additional, at: childPath)
                    }
                }
            }
        case nil: break
        }
        if let contains = node.contains, !items.contains(where: { passes($0, contains) }) {
            report(path, Self.containsMessage(contains), "contains")
        }
    }

    /// oneOf: exactly one branch must match. When none does, the reasons of the branch that fits the
    /// value's shape are reported (a Profile object that lacks its `id` says so, not "must be a string").
    private mutating func checkOneOf(_ instance: JSON, _ branches: [SchemaNode], at path: String) {
        var outcomes: [[JSONSchemaViolation]] = []
        for branch in branches {
            var inner = SchemaValidation(table: table, depth: depth)
            inner.check(instance, against: branch, at: path)
            outcomes.append(inner.violations)
        }
        let passing = outcomes.indices.filter { outcomes[$0].isEmpty }
        if passing.count == 1 { return }
        if passing.count > 1 {
            report(path, "matches more than one of the forms allowed here (alternatives \(passing.map(String.init).joined(separator: " and "))), "
                   + "where exactly one must match.", "oneOf")
            return
        }
        let shaped = outcomes.filter { !$0.contains { $0.keyword == "type" && $0.path == path } }
        if shaped.count == 1 {
            violations += shaped[0]
        } else if shaped.isEmpty {
            let kinds = branches.compactMap { expectedKinds($0) }.flatMap { $0 }
            var seen: Set<String> = []
            let unique = kinds.filter { seen.insert($0).inserted }
            report(path, "must be \(Self.list(unique, joinedBy: "or")), but it is \(Self.kind(of: instance)).", "oneOf")
        } else if shaped.allSatisfy({ $0.allSatisfy { $0.path == path } }) {
            let reasons = shaped.flatMap { $0.map(\.message) }
            report(path, "matches none of the forms allowed here: " + reasons.joined(separator: " Or: "), "oneOf")
        } else {
            violations += shaped.min { $0.count < $1.count }!
        }
    }

    /// The type names a branch expects at its top, following a `$ref`.
    private func expectedKinds(_ node: SchemaNode) -> [String]? {
        if let types = node.types { return types.map(Self.name) }
        if let pointer = node.reference, let target = table[pointer] { return expectedKinds(target) }
        return nil
    }

    private func passes(_ instance: JSON, _ node: SchemaNode) -> Bool {
        var inner = SchemaValidation(table: table, depth: depth)
        inner.check(instance, against: node, at: "")
        return inner.violations.isEmpty
    }

    private mutating func report(_ path: String, _ message: String, _ keyword: String) {
        violations.append(JSONSchemaViolation(path: path, message: message, keyword: keyword))
    }

    // MARK: Words

    static func has(_ instance: JSON, type: SchemaNode.TypeName) -> Bool {
        switch (type, instance) {
        case (.object, .object), (.array, .array), (.string, .string), (.number, .number), (.boolean, .bool), (.null, .null): true
        case (.integer, .number(let n)): n == n.rounded() && n.isFinite
        default: false
        }
    }

    static func name(_ type: SchemaNode.TypeName) -> String {
        switch type {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .integer: "a whole number"
        case .boolean: "true or false"
        case .null: "null"
        }
    }

    static func kind(of instance: JSON) -> String {
        switch instance {
        case .object: "an object"
        case .array: "an array"
        case .string(let s): "the string \(quote(s))"
        case .number(let n): "the number \(JSON.format(n))"
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        }
    }

    static func enumMessage(_ values: [JSON], found: JSON) -> String {
        let shown = values.prefix(6).map(\.serialized)
        let more = values.count > 6 ? " or one of \(values.count - 6) more" : ""
        if values.count == 1 { return "must be \(shown[0]), but it is \(kind(of: found))." }
        return "must be one of \(shown.joined(separator: ", "))\(more), but it is \(kind(of: found))."
    }

    static func containsMessage(_ node: SchemaNode) -> String {
        if let values = node.enumValues, node.types == nil, !values.isEmpty {
            let shown = values.map(\.serialized)
            return values.count == 1 ? "must include \(shown[0])."
                : "must include \(list(shown, joinedBy: "or"))."
        }
        return "must include at least one item that matches the schema at \(node.location)."
    }

    static func list(_ words: [String], joinedBy conjunction: String) -> String {
        switch words.count {
        case 0: ""
        case 1: words[0]
        default: words.dropLast().joined(separator: ", ") + " \(conjunction) " + words.last!
        }
    }

    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    static func quote(_ text: String) -> String {
        let short = text.count > 80 ? String(text.prefix(77)) + "…" : text
        return JSON.string(short).serialized
    }
}
