#ifndef CSQLite_SHIM_H
#define CSQLite_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro casting -1 to a function pointer: Swift cannot import it.
static inline sqlite3_destructor_type cairn_sqlite3_transient(void) { return SQLITE_TRANSIENT; }

/// sqlite3_db_config is variadic: one wrapper for the integer options.
static inline int cairn_sqlite3_db_config_int(sqlite3 *db, int op, int value, int *result) {
    return sqlite3_db_config(db, op, value, result);
}
/// sqlite3_config is variadic: one wrapper for the process-wide options that take one integer.
static inline int cairn_sqlite3_config_int(int op, int value) {
    return sqlite3_config(op, value);
}
#endif
