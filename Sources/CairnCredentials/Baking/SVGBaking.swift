import CXML2

/// Reads and bakes a credential in an SVG's `<openbadges:credential>` element (OB 3.0, “Baked Badge”, SVG):
/// the first child of the root `<svg>`, in the namespace `https://purl.imsglobal.org/ob/v3p0`, holding
/// the JSON in CDATA or the VC-JWT in a `verify` attribute. The SVG is read with libxml2, safely.
public enum SVGBaking {
    /// The namespace of the credential element.
    public static let namespace = "https://purl.imsglobal.org/ob/v3p0"
    /// The largest image read or baked unless the caller says otherwise (64 MiB).
    public static let defaultLimit = 64 << 20

    /// The credential in the first `credential` element of the OB 3.0 namespace, whatever its prefix.
    public static func read(_ svg: [UInt8], limit: Int = defaultLimit) throws(BakingError) -> BakedCredential {
        guard svg.count <= limit else { throw .tooLarge(limit: limit) }
        let document = try LibXML2Document(parsing: svg)
        let root = try svgRoot(of: document)
        guard let element = credentialElements(under: root).first else {
            throw .noCredential("the SVG holds no <openbadges:credential> element in the namespace \(namespace), so no baked credential")
        }
        if let verify = attribute("verify", of: element) {
            let jwt = verify.trimmingWhitespace
            guard BakedCredential.isCompactJWS(jwt) else {
                throw .malformedCredential("the verify attribute of <openbadges:credential> is not a compact JWS")
            }
            return .jwt(jwt)
        }
        let text = textContent(of: element).trimmingWhitespace
        guard !text.isEmpty else { throw .malformedCredential("the <openbadges:credential> element is empty and has no verify attribute") }
        let credential = BakedCredential.json(text)
        try credential.check(in: "SVG")
        return credential
    }

    /// The SVG with the credential in an `<openbadges:credential>` element as the root's first child
    /// and the namespace declared on the root; any credential element already there is removed.
    public static func bake(_ credential: BakedCredential, into svg: [UInt8], limit: Int = defaultLimit) throws(BakingError) -> [UInt8] {
        guard svg.count <= limit else { throw .tooLarge(limit: limit) }
        try credential.check(in: "SVG")
        let document = try LibXML2Document(parsing: svg)
        let root = try svgRoot(of: document)
        for old in credentialElements(under: root) {
            xmlUnlinkNode(old)
            xmlFreeNode(old)
        }
        let ns = namespace(on: root)
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

    /// The OB 3.0 namespace as declared on the root (or in scope there), declared as `openbadges` when missing.
    private static func namespace(on root: xmlNodePtr) -> xmlNsPtr {
        if let existing = xmlSearchNsByHref(root.pointee.doc, root, namespace), existing.pointee.prefix != nil {
            return existing
        }
        // OB 2.0 images bind "openbadges" to http://openbadges.org; then another prefix is needed.
        for prefix in ["openbadges", "openbadges3", "ob3"] {
            if let declared = xmlNewNs(root, namespace, prefix) { return declared }
        }
        return xmlNewNs(root, namespace, "cairnob3")!
    }

    /// Every element named `credential` in the OB 3.0 namespace, in document order.
    private static func credentialElements(under root: xmlNodePtr) -> [xmlNodePtr] {
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
