#ifndef CSQLite_SHIM_H
#define CSQLite_SHIM_H
#include <stddef.h>
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

/// `folded_contains(text, part)`: 1 when `text`, its ASCII capitals made small as SQLite's `lower()`
/// makes them, holds `part` (given already small), else 0; NULL when either is NULL. The same as
/// `instr(lower(text), part) > 0` without the copy `lower()` makes of every text it is given.
static inline void cairn_sqlite3_folded_contains(sqlite3_context *context, int count, sqlite3_value **values) {
    (void)count;
    const unsigned char *text = sqlite3_value_text(values[0]);
    const unsigned char *part = sqlite3_value_text(values[1]);
    if (text == NULL || part == NULL) { sqlite3_result_null(context); return; }
    int textLength = sqlite3_value_bytes(values[0]), partLength = sqlite3_value_bytes(values[1]);
    for (int start = 0; start + partLength <= textLength; start++) {
        int matched = 0;
        while (matched < partLength) {
            unsigned char byte = text[start + matched];
            if (byte >= 'A' && byte <= 'Z') byte += 'a' - 'A';
            if (byte != part[matched]) break;
            matched++;
        }
        if (matched == partLength) { sqlite3_result_int(context, 1); return; }
    }
    sqlite3_result_int(context, 0);
}

/// Adds Cairn's SQL functions to a connection (`folded_contains`).
static inline int cairn_sqlite3_add_functions(sqlite3 *db) {
    return sqlite3_create_function_v2(db, "folded_contains", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      NULL, cairn_sqlite3_folded_contains, NULL, NULL, NULL);
}
#endif
