import CSQLite
import CPostgres
import CSodium
/// Persistence for Cairn.
public enum CairnStore {}
