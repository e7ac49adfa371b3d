import Foundation

/// The status check: each `credentialStatus` entry (`BitstringStatusListEntry`, `StatusList2021Entry`,
/// `1EdTechRevocationList`) read from a list fetched only through the caller's `statusLists`; the list
/// credential's own proof is verified. Offline, an entry is inconclusive.
extension CredentialVerifier {
    func statusCheck(_ credential: JSON, at now: Date) -> CheckResult {
        let entries = credential["credentialStatus"]?.asList ?? []
        guard !entries.isEmpty else {
            return CheckResult(.status, .notApplicable, "the credential has no credentialStatus, so it cannot be revoked or suspended")
        }
        var passed: [String] = []
        var warnings: [String] = []
        var inconclusive: [String] = []
        for entry in entries {
            switch statusOf(entry, credential: credential, at: now) {
            case .failed(let reason): return CheckResult(.status, .failed, reason)
            case .inconclusive(let reason): inconclusive.append(reason)
            case .warning(let reason): warnings.append(reason)
            case .passed(let reason): passed.append(reason)
            }
        }
        if !inconclusive.isEmpty { return CheckResult(.status, .inconclusive, (inconclusive + warnings).joined(separator: "; ")) }
        if !warnings.isEmpty { return CheckResult(.status, .warning, (passed + warnings).joined(separator: "; ")) }
        return CheckResult(.status, .passed, passed.joined(separator: "; "))
    }

    /// The outcome of one status entry.
    enum StatusOutcome {
        case passed(String), warning(String), failed(String), inconclusive(String)
    }

    func statusOf(_ entry: JSON, credential: JSON, at now: Date) -> StatusOutcome {
        let type = entry["type"]?.asList.compactMap(\.stringValue) ?? []
        if type.contains("1EdTechRevocationList") { return revocationList(entry, credential: credential) }
        let isBitstring = type.contains("BitstringStatusListEntry")
        guard isBitstring || type.contains("StatusList2021Entry") else {
            return .inconclusive("Cairn does not read status entries of type \(entry["type"]?.serialized ?? "none")")
        }
        let entryName = isBitstring ? "BitstringStatusListEntry" : "StatusList2021Entry"
        guard let listURL = entry["statusListCredential"]?.stringValue,
              let indexText = entry["statusListIndex"]?.stringValue, let index = Int(indexText), index >= 0,
              let purpose = entry["statusPurpose"]?.stringValue else {
            return .failed("the \(entryName) needs a statusListCredential URL, a statusListIndex (a number in a string) and a statusPurpose")
        }
        let statusSize = Int(entry["statusSize"]?.stringValue ?? "") ?? Int(entry["statusSize"]?.numberValue ?? 1)
        guard let statusLists else {
            return .inconclusive("the status list \(listURL) was not fetched: the check is offline")
        }
        let list: JSON
        do throws(StatusFetchError) { list = try statusLists.statusList(at: listURL) } catch {
            return .inconclusive("the status list \(listURL) could not be fetched: \(error)")
        }
        let listType = isBitstring ? "BitstringStatusListCredential" : "StatusList2021Credential"
        guard list["type"]?.asList.contains(.string(listType)) == true else {
            return .failed("\(listURL) is not a \(listType)")
        }
        let proofs = ProofVerifier(loader: loader, keys: keys).verify(list)
        if proofs.isEmpty { return .failed("the status list \(listURL) has no proof, so anyone could have written it") }
        if let bad = proofs.first(where: { !$0.isValid }) {
            return bad.verdict == .invalid ? .failed("the status list \(listURL) does not verify: \(bad)")
                : .inconclusive("the status list \(listURL) could not be verified: \(bad)")
        }
        let listIssuer = list["issuer"]?["id"]?.stringValue ?? list["issuer"]?.stringValue
        for method in proofs.compactMap(\.verificationMethod) where method.controller != listIssuer {
            return .failed("the status list \(listURL) is signed by \(method.controller), not by its issuer")
        }
        if let end = (list["validUntil"] ?? list["expirationDate"])?.stringValue, let until = ValidityPeriodCheck.date(end), now >= until {
            return .inconclusive("the status list \(listURL) expired at \(end); a current one is needed")
        }
        let subject = list["credentialSubject"]
        guard let encoded = subject?["encodedList"]?.stringValue else { return .failed("the status list \(listURL) has no encodedList") }
        if let listPurpose = subject?["statusPurpose"]?.asList.compactMap(\.stringValue), !listPurpose.contains(purpose) {
            return .failed("the status list \(listURL) is for \(listPurpose.joined(separator: ", ")), not \(purpose)")
        }
        let value: Int
        do throws(StatusListError) {
            let bits = isBitstring ? try BitstringStatusList(encodedList: encoded, statusSize: statusSize)
                : try BitstringStatusList(statusList2021EncodedList: encoded)
            value = try bits.status(at: index, statusSize: statusSize)
        } catch {
            return .failed("the status list \(listURL) cannot be read at \(index): \(error)")
        }
        switch (purpose, value) {
        case ("revocation", 0): return .passed("not revoked (entry \(index) of \(listURL))")
        case ("suspension", 0): return .passed("not suspended (entry \(index) of \(listURL))")
        case ("revocation", _): return .failed("the credential has been revoked (entry \(index) of \(listURL) is set)")
        case ("suspension", _): return .failed("the credential is suspended (entry \(index) of \(listURL) is set)")
        default: return .warning("the \(purpose) status at entry \(index) of \(listURL) is \(value)")
        }
    }

    /// 1EdTech's revocation list: revoked when it lists the credential's id (with `revoked` absent or true).
    func revocationList(_ entry: JSON, credential: JSON) -> StatusOutcome {
        guard let url = entry["id"]?.stringValue else { return .failed("the 1EdTechRevocationList entry has no id (the list's URL)") }
        guard let statusLists else { return .inconclusive("the revocation list \(url) was not fetched: the check is offline") }
        let list: JSON
        do throws(StatusFetchError) { list = try statusLists.statusList(at: url) } catch {
            return .inconclusive("the revocation list \(url) could not be fetched: \(error)")
        }
        let id = credential["id"]?.stringValue
        for item in list["revokedCredential"]?.asList ?? [] where item["id"]?.stringValue == id {
            if item["revoked"]?.boolValue != false {
                let why = item["revocationReason"]?.stringValue.map { ": \($0)" } ?? ""
                return .failed("the credential has been revoked (listed in \(url))\(why)")
            }
        }
        return .passed("not revoked (not listed in \(url))")
    }
}
