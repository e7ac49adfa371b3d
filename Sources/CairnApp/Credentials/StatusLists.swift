import CairnCore
import CairnCredentials
import Foundation
import Synchronization

/// Each organization's revocation lists: Bitstring Status List credentials of 131,072 entries,
/// signed by the organization, built from its credentials' statuses and kept until one changes.
///
/// A credential's index in Cairn is a counter; its position in a list is that counter passed through
/// a fixed permutation, so neighbouring positions do not tell which credentials were issued together.
enum StatusLists {
    /// Entries per list: the spec's minimum, for herd privacy.
    static let size = BitstringStatusList.minimumEntries

    /// The number (from 1) of the list a credential's status index falls in.
    static func list(of statusIndex: Int) -> Int { statusIndex / size + 1 }

    /// A credential's position in its list.
    static func position(of statusIndex: Int) -> Int { permuted(statusIndex % size) }

    /// A bijection of 0..<size (size is a power of two: an odd multiplier and an offset, modulo size).
    static func permuted(_ n: Int) -> Int { (n &* 0x2_9A4B &+ 0xB_3D15) & (size - 1) }

    /// The unsigned list credential of `list`, with the positions of `revoked` (status indexes in that list) set.
    static func credential(listURL: String, issuerDID: String, revoked: [Int], at now: Date) throws -> JSON {
        var bits = try BitstringStatusList(entries: size)
        for index in revoked { try bits.set(position(of: index)) }
        return [
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "id": .string(listURL), "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": .string(issuerDID), "validFrom": .string(DataIntegritySigner.dateTimeStamp(now)),
            "credentialSubject": ["id": .string(listURL + "#list"), "type": "BitstringStatusList", "statusPurpose": "revocation",
                                  "encodedList": .string(bits.encodedList)],
        ]
    }
}
