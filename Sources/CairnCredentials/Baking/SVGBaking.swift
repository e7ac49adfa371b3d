import CXML2

/// Reads and bakes a credential in an SVG's `<openbadges:credential>` element (OB 3.0, “Baked Badge”, SVG):
/// the first child of the root `<svg>`, in the namespace `https://purl.imsglobal.org/ob/v3p0`, holding
/// the JSON in CDATA or the VC-JWT in a `verify` attribute. The SVG is read with libxml2, safely.
/// A CLR 2.0 credential takes the namespace `https://purl.imsglobal.org/clr/v2p0`.
public enum SVGBaking {
    /// The largest image read or baked unless the caller says otherwise (64 MiB).
    public static let defaultLimit = 64 << 20

    /// The credential in the first `credential` element of the standard's namespace, whatever its prefix.
    public static func read(_ svg: [UInt8], standard: BakingStandard = .openBadges3,
                            limit: Int = defaultLimit) throws(BakingError) -> BakedCredential {
        guard svg.count <= limit else { throw .tooLarge(limit: limit) }
        let document = try LibXML2Document(parsing: svg)
        let root = try svgRoot(of: document)
        let name = "<\(standard.svgPrefix):credential>"
        guard let element = credentialElements(under: root, namespace: standard.svgNamespace).first else {
            throw .noCredential("the SVG holds no \(name) element in the namespace \(standard.svgNamespace), so no baked credential")
        }
        if let verify = attribute("verify", of: element) {
            let jwt = verify.trimmingWhitespace
            guard BakedCredential.isCompactJWS(jwt) else {
                throw .malformedCredential("the verify attribute of \(name) is not a compact JWS")
            }
            return .jwt(jwt)
        }
        let text = textContent(of: element).trimmingWhitespace
        guard !text.isEmpty else { throw .malformedCredential("the \(name) element is empty and has no verify attribute") }
        let credential = BakedCredential.json(text)
        try credential.check(in: "SVG")
        return credential
    }

    /// The SVG with the credential in an `<openbadges:credential>` element as the root's first child
    /// and the namespace declared on the root; any credential element already there is removed.
    public static func bake(_ credential: BakedCredential, into svg: [UInt8], standard: BakingStandard = .openBadges3,
                            limit: Int = defaultLimit) throws(BakingError) -> [UInt8] {
        guard svg.count <= limit else { throw .tooLarge(limit: limit) }
        try credential.check(in: "SVG")
        let document = try LibXML2Document(parsing: svg)
        let root = try svgRoot(of: document)
        for old in credentialElements(under: root, namespace: standard.svgNamespace) {
            xmlUnlinkNode(old)
            xmlFreeNode(old)
        }
        let ns = namespace(for: standard, on: root)
        let element = xmlNewDocNode(document.handle, ns, "credential", nil)!
        switch credential {
        case .jwt(let jwt):
            xmlNewProp(element, "verify", jwt)
        case .json(let json):
            // "]]>" would end the CDATA section; inside a JSON string "\u003e" is the same ">".
            let safe = Array(json.replacingAll("]]>", with: "]]\\u003e").utf8)
            let cdata = safe.withUnsafeBufferPointer { xmlNewCDataBlock(document.handle, $0.baseAddress, Int32($0.count)) }
            xmlAddChild(element, cdata)
        }
        if let first = root.pointee.children {
            xmlAddPrevSibling(first, element)
        } else {
            xmlAddChild(root, element)
        }
        return document.serialized()
    }

    private static func svgRoot(of document: LibXML2Document) throws(BakingError) -> xmlNodePtr {
        guard let root = document.root else { throw .malformedSVG("the document has no root element") }
        let name = String(cString: root.pointee.name)
        guard name == "svg" else { throw .malformedSVG("the root element is <\(name)>, not <svg>") }
        return root
    }

    /// The standard's namespace as in scope on the root, declared there (as `openbadges` for OB 3.0) when missing.
    private static func namespace(for standard: BakingStandard, on root: xmlNodePtr) -> xmlNsPtr {
        let namespace = standard.svgNamespace
        if let existing = xmlSearchNsByHref(root.pointee.doc, root, namespace), existing.pointee.prefix != nil {
            return existing
        }
        // OB 2.0 images bind "openbadges" to http://openbadges.org; then another prefix is needed.
        // The root declares finitely many prefixes, so one of these is free.
        var n = 0
        while true {
            let prefix = n == 0 ? standard.svgPrefix : standard.svgPrefix + "\(n + 2)"
            if let declared = xmlNewNs(root, namespace, prefix) { return declared }
            n += 1
        }
    }

    /// Every element named `credential` in the namespace, in document order.
    private static func credentialElements(under root: xmlNodePtr, namespace: String) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE, let ns = node.pointee.ns, let href = ns.pointee.href,
               String(cString: href) == namespace, String(cString: node.pointee.name) == "credential" {
                found.append(node)
                continue
            }
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { children.append(current) }
                child = current.pointee.next
            }
            stack += children.reversed()
        }
        return found
    }

    private static func attribute(_ name: String, of element: xmlNodePtr) -> String? {
        guard let value = xmlGetNoNsProp(element, name) else { return nil }
        defer { cxml2_free(value) }
        return String(cString: value)
    }

    /// The element's text and CDATA children, joined.
    private static func textContent(of element: xmlNodePtr) -> String {
        var text = ""
        var child = element.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let content = current.pointee.content {
                text += String(cString: content)
            }
            child = current.pointee.next
        }
        return text
    }
}

extension String {
    /// The string with every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
