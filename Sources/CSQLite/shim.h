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

/// Whether `text`, its ASCII capitals made small as SQLite's `lower()` makes them, holds `part` (already small).
///
/// Most positions of a name or an email differ from `part` at once: the first byte is tested against
/// the two it may be (`o` or `O` for "okafor") before the rest is compared, folded as it goes.
static inline int cairn_folded_holds(const unsigned char *text, int textLength, const unsigned char *part, int partLength) {
    if (partLength == 0) return 1;
    unsigned char first = part[0];
    if (first >= 'A' && first <= 'Z') return 0;  // a folded byte is never a capital
    unsigned char capital = (first >= 'a' && first <= 'z') ? (unsigned char)(first - ('a' - 'A')) : first;
    for (int start = 0; start + partLength <= textLength; start++) {
        unsigned char byte = text[start];
        if (byte != first && byte != capital) continue;
        int matched = 1;
        while (matched < partLength) {
            byte = text[start + matched];
            if (byte >= 'A' && byte <= 'Z') byte += 'a' - 'A';
            if (byte != part[matched]) break;
            matched++;
        }
        if (matched == partLength) return 1;
    }
    return 0;
}

/// `folded_contains(text, …, part)`: 1 when any of the texts, its ASCII capitals made small as
/// SQLite's `lower()` makes them, holds `part` (given already small), else 0; NULL when `part` is
/// NULL, or when no text holds it and one is NULL (as `OR` would answer). With one text, the same as
/// `instr(lower(text), part) > 0` without the copy `lower()` makes of every text it is given; with
/// several, one call where `OR` would make one a text.
static inline void cairn_sqlite3_folded_contains(sqlite3_context *context, int count, sqlite3_value **values) {
    if (count < 2) { sqlite3_result_error(context, "folded_contains takes one text or more, then the part", -1); return; }
    const unsigned char *part = sqlite3_value_text(values[count - 1]);
    if (part == NULL) { sqlite3_result_null(context); return; }
    int partLength = sqlite3_value_bytes(values[count - 1]);
    int sawNull = 0;
    for (int index = 0; index < count - 1; index++) {
        const unsigned char *text = sqlite3_value_text(values[index]);
        if (text == NULL) { sawNull = 1; continue; }
        if (cairn_folded_holds(text, sqlite3_value_bytes(values[index]), part, partLength)) {
            sqlite3_result_int(context, 1);
            return;
        }
    }
    if (sawNull) sqlite3_result_null(context); else sqlite3_result_int(context, 0);
}

/// Adds Cairn's SQL functions to a connection (`folded_contains`, with one text or more).
static inline int cairn_sqlite3_add_functions(sqlite3 *db) {
    return sqlite3_create_function_v2(db, "folded_contains", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      NULL, cairn_sqlite3_folded_contains, NULL, NULL, NULL);
}
#endif
